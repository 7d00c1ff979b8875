"""An old book's pages as Project Gutenberg sets them: a transcriber's
note under a label before the title page, a title set over two lines, an
imprint set without blank lines, and notes set where they fall, each under
the paragraph that cites it (the shape of Kant's "Zum ewigen Frieden")."""

from __future__ import annotations

import logging
import textwrap

import pytest

from essay_site.formats import parse
from essay_site.model import Essay
from essay_site.read import source_text

PROSE = [
    "Ein Staat ist keine Haabe, sondern eine Gesellschaft von Menschen, über die niemand anders als er selbst"
    " zu gebieten und zu disponiren hat[1].",
    "Denn sie bedrohen andere Staaten unaufhörlich mit Krieg, durch die Bereitschaft, immer dazu gerüstet zu"
    " erscheinen, und reitzen diese an, sich einander in Menge der Gerüsteten zu übertreffen.",
    "Der Friedenszustand unter Menschen, die neben einander leben, ist kein Naturstand, der vielmehr ein Zustand"
    " des Krieges ist[2].",
    "Völker als Staaten können wie einzelne Menschen beurtheilt werden, die sich in ihrem Naturzustande schon"
    " durch ihr Nebeneinanderseyn lädiren.",
]
NOTES = ["Ein Erbreich ist nicht ein Staat, der von einem andern Staate vererbt werden kann.", "Gemeiniglich nimmt man an, man dürfe gegen Niemand feindlich verfahren."]

BOOK = f"""The Project Gutenberg EBook of Zum ewigen Frieden, by Immanuel Kant

Title: Zum ewigen Frieden
       Ein philosophischer Entwurf

Author: Immanuel Kant

*** START OF THIS PROJECT GUTENBERG EBOOK ZUM EWIGEN FRIEDEN ***




Anmerkungen zur Transkription:


Kursiv gedruckter Text ist mit _Unterstrich_ markiert. Inkonsistenzen in
der Rechtschreibung sind nicht korrigiert.




  Zum
  ewigen Frieden.


  Ein philosophischer Entwurf

  von

  Immanuel Kant.


  Königsberg,
  bey Friedrich Nicolovius.
  1795.




Zum ewigen Frieden.


{PROSE[0]}

     [1] {NOTES[0]}

{PROSE[1]}

{PROSE[2]}

     [2] {NOTES[1]}

{PROSE[3]}

End of the Project Gutenberg EBook of Zum ewigen Frieden, by Immanuel Kant

*** END OF THIS PROJECT GUTENBERG EBOOK ZUM EWIGEN FRIEDEN ***
"""


def book(text: str = BOOK) -> Essay:
    return parse(source_text("seeds/kant.txt", "kant", text))


def test_the_title_page_under_a_transcribers_note_is_the_title_block(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "essay_site")
    essay = book()
    assert (essay.title, essay.dek) == ("Zum ewigen Frieden", "Ein philosophischer Entwurf")
    assert [(f.label, f.value) for f in essay.meta] == [
        ("Author", "Immanuel Kant"), ("Date", "1795"), ("Publisher", "Königsberg, bey Friedrich Nicolovius."),
    ]
    assert "removed transcriber's note: 'Anmerkungen zur Transkription:'" in caplog.text
    assert [b.text for b in essay.intro] == PROSE  # nor the note, the title page or the repeated title


def test_notes_set_under_the_paragraphs_that_cite_them_are_notes() -> None:
    """Each note is taken out where it stands; the paragraphs between the
    notes stay the essay's, in their order, and no note runs on into them."""
    essay = book()
    assert [(n.key, n.text) for n in essay.notes] == [("1", NOTES[0]), ("2", NOTES[1])]
    assert essay.intro[0].text.endswith("[1].") and essay.intro[2].text.endswith("[2].")


def test_a_list_of_notes_at_the_end_keeps_its_continued_paragraphs() -> None:
    """In a list of notes, a paragraph between two notes is the earlier
    note's own: it cites no later note."""
    text = (
        f"The Title\n\n{PROSE[0]}\n\n{PROSE[2]}\n\nNotes\n\n[1] First note.\n\n"
        "it goes on here, in lower case.\n\n[2] Second note.\n"
    )
    essay = parse(source_text("seeds/e.txt", "e", textwrap.dedent(text)))
    assert [(n.key, n.text) for n in essay.notes] == [("1", "First note.\n\nit goes on here, in lower case."), ("2", "Second note.")]


OLD_FILE = """The Project Gutenberg Etext of Idle Days, by A. Writer
#3 in our series by A. Writer

Copyright laws are changing all over the world, be sure to check
the copyright laws for your country before posting these files!

Idle Days

by A. Writer

For these and other matters, please mail to:

Project Gutenberg
P. O. Box  2782
Champaign, IL 61825

***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***
Why is this "Small Print!" statement here?  You know: lawyers.

INDEMNITY
You will indemnify and hold the Project harmless from
[1] distribution of this etext, [2] alteration, or [3] any Defect.

*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*



Idle Days by A. Writer.
Scanned and proofed by Some One, email someone@example.ac.uk



IDLE DAYS

It is surely beyond a doubt that people should be a good deal idle
in youth. Books are good enough in their own way, but they are a
mighty bloodless substitute for life.

Extreme busyness, whether at school or college, is a symptom of
deficient vitality; and a faculty for idleness implies a catholic
appetite and a strong sense of personal identity.

End of the Project Gutenberg eText Idle Days
"""


def test_a_header_from_before_2000_ends_at_its_small_print() -> None:
    """Stevenson's 1996 file: the header, its "Small Print!" licence and
    the credit go, the first line names the author, and "Idle Days by A.
    Writer." is no subtitle. The whole header had been the essay's
    opening, its licence a section with three "notes"."""
    essay = book(OLD_FILE)
    assert (essay.format, essay.title, essay.dek, essay.notes) == ("gutenberg", "Idle Days", None, ())
    assert [(f.label, f.value) for f in essay.meta] == [("Author", "A. Writer")]
    assert [b.text[:24] for b in essay.intro] == ["It is surely beyond a do", "Extreme busyness, whethe"]


def test_an_old_files_credit_line_as_the_title_is_the_work_and_its_author() -> None:
    """Stevenson's 1996 file: "Virginibus Puerisque and Other Papers by Robert
    Louis Stevenson." is the first line after the licence, and the first
    essay's title stands over the contents: the title is the work's, the
    author the credit's, and the lone title line is no paragraph."""
    text = OLD_FILE.replace("The Project Gutenberg Etext of Idle Days, by A. Writer", "The Project Gutenberg Etext of Idle Days, by Writer")
    text = text.replace("Idle Days by A. Writer.\n", "Idle Days and Other Papers by Anna Writer.\n").replace("IDLE DAYS\n", '"IDLE DAYS"\n')
    essay = book(text)
    assert (essay.title, essay.dek, [(f.label, f.value) for f in essay.meta]) == ("Idle Days and Other Papers", None, [("Author", "Anna Writer")])
    assert [b.text[:24] for b in essay.intro] == ["It is surely beyond a do", "Extreme busyness, whethe"]


def test_a_title_pages_introduction_line_and_imprint_block_are_its_fields() -> None:
    """Mill's On Liberty: "With an Introduction by W. L. Courtney, LL.D." and
    an imprint set in one block with no year had been the home page's first
    paragraph (and its description) and a verse block."""
    e = parse(source_text("seeds/liberty.txt", "liberty", textwrap.dedent("""\
        On Liberty.

        By John Stuart Mill.

        With an Introduction by W. L. Courtney, LL.D.

        The Walter Scott Publishing Co., Ltd.
        London and Felling-on-Tyne
        New York and Melbourne

        """) + "\n\n".join(PROSE)))
    assert [(f.label, f.value) for f in e.meta] == [
        ("Author", "John Stuart Mill"),
        ("Edition", "With an Introduction by W. L. Courtney, LL.D."),
        ("Publisher", "The Walter Scott Publishing Co., Ltd., London and Felling-on-Tyne, New York and Melbourne"),
    ]
    assert e.intro[0].text == PROSE[0]


NATURE_PAGE = """NATURE

BY

R. W. EMERSON


A subtle chain of countless rings
The next unto the farthest brings;
The eye reads omens where it goes,
And speaks all languages the rose;


NEW EDITION


BOSTON & CAMBRIDGE:
JAMES MUNROE AND COMPANY
M DCCC XLIX.


Entered, according to the Act of Congress, in the year 1849
By JAMES MUNROE AND COMPANY,
in the Clerk's Office of the District Court of the District of
Massachusetts.



"""


def test_a_title_page_with_a_motto_an_edition_and_a_roman_year_is_the_title_block() -> None:
    """Emerson's Nature: the motto, "NEW EDITION", the imprint ending in
    "M DCCC XLIX." and the copyright entry had been the home page's prose,
    and the imprint a section."""
    e = parse(source_text("seeds/nature.txt", "nature", NATURE_PAGE + "\n\n".join(PROSE)))
    assert [(f.label, f.value) for f in e.meta] == [
        ("Author", "R. W. Emerson"), ("Edition", "New Edition"), ("Publisher", "Boston & Cambridge: James Munroe and Company"),
        ("Date", "1849"), ("Copyright", "Entered, according to the Act of Congress, in the year 1849 By JAMES MUNROE AND COMPANY, "
                                        "in the Clerk's Office of the District Court of the District of Massachusetts."),
    ]
    assert [b.items for b in e.epigraph] == [("A subtle chain of countless rings", "The next unto the farthest brings;",
                                               "The eye reads omens where it goes,", "And speaks all languages the rose;")]
    assert e.intro[0].text == PROSE[0] and not e.sections


BACK_INDEX = """INDEX

Necessity
  two definitions of, 75.

Negative
  inconceivability of, 132.

Newton
  57 n.

Miracles, 114-131;
  definition of, 115 n.
"""


def test_the_index_at_the_back_of_the_book_is_no_part_of_its_last_chapter(caplog: pytest.LogCaptureFixture) -> None:
    """Hume's Enquiry: the index had run on as the last section's prose, and
    fed the glossary ("Necessity" defined as "two definitions of, 75.")."""
    text = f"ESSAYS\n\nCHAPTER I.\n\n{PROSE[0]}\n\nCHAPTER II.\n\n{PROSE[1]}\n\n{BACK_INDEX}"
    with caplog.at_level(logging.INFO, logger="essay_site"):
        e = parse(source_text("seeds/book.txt", "book", text))
    assert [b.text for b in e.sections[-1].blocks] == [PROSE[1]]
    assert [(r.first_line, r.last_line, r.rule) for r in e.removed] == [(11, 23, "book's index")]
    assert "seeds/book.txt:11-23: removed the book's index" in caplog.text


def test_a_last_section_named_index_without_page_numbers_stays() -> None:
    """An essay on indexes may end on a section called "Index": it is prose, not page references."""
    text = f"ESSAYS\n\nCHAPTER I.\n\n{PROSE[0]}\n\nINDEX\n\n{PROSE[1]}\n\n{PROSE[2]}"
    e = parse(source_text("seeds/book.txt", "book", text))
    assert PROSE[2] in [b.text for s in e.sections for b in s.all_blocks()] + [b.text for b in e.intro]
    assert not e.removed


def test_a_title_page_whose_by_line_names_the_title_and_author_under_a_notice() -> None:
    """A publisher's notice above the title ("EVERY PART SOLD SEPARATELY")
    had been the title, "BY" and the author's name paragraphs, and the
    imprint a section. The "by" line says which line is the title."""
    page = (
        "EVERY PART SOLD SEPARATELY\n\nCHEAP EDITION.\n\nESSAYS\n\nDOOR\n\nGABRIËL.\n\nARNHEM, D. A. THIEME.\n\n1869.\n\n\n"
        f"TRAVELLED PEOPLE.\n\n{PROSE[0]}\n\nTHE FAREWELL.\n\n{PROSE[1]}\n"
    )
    e = parse(source_text("seeds/book.txt", "book", page))
    assert e.title == "Essays"
    assert [(f.label, f.value) for f in e.meta] == [("Author", "Gabriël"), ("Date", "1869"), ("Publisher", "Arnhem, D. A. Thieme.")]
    assert [s.heading.casefold() for s in e.sections] == ["travelled people", "the farewell"]


@pytest.mark.parametrize("label", ["INHOUD.", "Inhalt", "TABLE DES MATIÈRES", "Índice", "СОДЕРЖАНИЕ"])
def test_a_contents_page_over_several_blocks_in_any_language_goes(label: str) -> None:
    """Gabriël's "INHOUD.": its parts' titles and the "Bladz." column had
    become sections holding page numbers."""
    contents = (
        f"{label}\n\n\nOP ZEE.\n\n                                      Bladz.\n"
        "BEREISDE LIEDEN                         3.\nAFSCHEID                               17.\n\n\n"
        "DE SLAMAT.\n\n                                      Bladz.\n\nONTBOEZEMING VAN EEN AMBTENAAR       131.\n\n\n\n"
    )
    e = parse(source_text("seeds/book.txt", "book", f"ONTBOEZEMINGEN\n\n{contents}BEREISDE LIEDEN.\n\n{PROSE[0]}\n\nAFSCHEID.\n\n{PROSE[1]}\n"))
    assert [s.heading.casefold() for s in e.sections] == ["bereisde lieden", "afscheid"]
    assert not e.intro


def test_a_contents_page_at_the_back_of_the_book_goes_to_the_end() -> None:
    contents = "ÍNDICE\n\nPRIMERA PARTE\n\nEl estudio                 5\nLa juventud               17\n\nSEGUNDA PARTE\n\nEl porvenir              131\n"
    e = parse(source_text("seeds/book.txt", "book", f"ARIEL\n\nI.\n\n{PROSE[0]}\n\nII.\n\n{PROSE[1]}\n\n{contents}"))
    assert [b.text for s in e.sections for b in s.blocks] == [PROSE[0], PROSE[1]]


def test_notes_after_the_index_are_still_the_books_notes() -> None:
    text = f"ESSAYS\n\nCHAPTER I.\n\n{PROSE[0]}\n\nCHAPTER II.\n\n{PROSE[2]}\n\n{BACK_INDEX}\nFOOTNOTES:\n\n[1] A note.\n\n[2] Another note.\n"
    e = parse(source_text("seeds/book.txt", "book", text))
    assert [(n.key, n.text) for n in e.notes] == [("1", "A note."), ("2", "Another note.")]
    assert [r.rule for r in e.removed] == ["book's index"]
