"""Texts as editions print them: a Project Gutenberg file with no header,
transcribers' bracketed notes, the apparatus after the notes, a closing
dateline, a library's credit line, and words with combining marks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import markdown
import pytest

from essay_site.build import build
from essay_site.formats import parse
from essay_site.formats.dateline import dateline
from essay_site.model import Block, Essay
from essay_site.read import source_text
from essay_site.terms.words import raw_words
from sandbox import make_project

PROSE = " ".join(["The public use of reason must always be free, and it alone can bring enlightenment."] * 12)


def read(text: str, name: str = "essay.txt") -> Essay:
    return parse(source_text(name, name.rsplit(".", 1)[0], textwrap.dedent(text)))


def body_text(essay: Essay) -> str:
    blocks = [*essay.intro, *(b for s in essay.sections for b in s.all_blocks())]
    return "\n".join(b.text for b in blocks)


EDITION = f"""\

  [ Transcriber's notes:

    The text comes from the 1913 edition. Spaced-out text is marked
    with =, italics with _.
  ]


What Is Enlightenment?


{PROSE}

{PROSE} The end of it.[1]

Königsberg in Prussia, 30 Sept. 1784.

                                               I. Kant.

  [1] I read today the notice of another answer to the same question.


Variant readings


Printings:

1. Berlin Monthly. December 1784. Pp. 481-494.

2. Kant. Short Writings. Neuwied 1793.


  [ The corrected lines follow, first as printed, then as corrected.

  and his congregation after the symbol of the church
  ]


End of the Project Gutenberg EBook of What Is Enlightenment?, by
Immanuel Kant
"""


def test_a_gutenberg_file_without_a_header_is_known_by_its_end_line() -> None:
    essay = read(EDITION)
    assert essay.format == "gutenberg"
    assert essay.title == "What Is Enlightenment?"
    assert ("Author", "Immanuel Kant") in [(m.label, m.value) for m in essay.meta]


def test_transcribers_notes_and_the_apparatus_are_not_the_essay() -> None:
    essay = read(EDITION)
    text = body_text(essay)
    for words in ("Transcriber", "1913 edition", "Variant readings", "Printings", "Neuwied", "corrected lines", "EBook"):
        assert words not in text
    assert [n.key for n in essay.notes] == ["1"]
    rules = {r.rule for r in essay.removed}
    assert {"transcriber's note", "edition's apparatus after the notes"} <= rules


def test_the_closing_dateline_dates_the_essay_and_leaves_the_prose() -> None:
    essay = read(EDITION)
    assert ("Date", "30 Sept. 1784") in [(m.label, m.value) for m in essay.meta]
    assert "Königsberg" not in body_text(essay)
    assert "I. Kant." in body_text(essay)  # the signature stays the author's last line


FRENCH_PROSE = " ".join(["L'authenticité du manuscrit est établie par des preuves qui la rendent incontestable."] * 12)
# The shape of an 8-bit French Gutenberg file (EBook #30633): a header whose
# "Title:" keeps the accents, a credit, then the transcriber's note, a title
# page in capitals without accents, and numbered headings in sentence case.
FRENCH_EDITION = f"""\
Title: Projet de la constitution française de 1791

Author: Maximilien Robespierre

*** START OF THIS PROJECT GUTENBERG EBOOK PROJET--CONSTITUTION FRANCAISE ***




Produced by Daniel Fromont




[Transcriber's notes: Maximilien Robespierre (1758-1794), _Projet de
la constitution française de 1791_ (1894)

Le manuscrit est aujourd'hui conservé à la Chambre des députés]




PROJET DE LA CONSTITUTION FRANCAISE DE 1791




I. Authenticité du document.


{FRENCH_PROSE}


II. Importance du manuscrit.


{FRENCH_PROSE}


III. Une perte regrettable.


{FRENCH_PROSE}




End of the Project Gutenberg EBook of Projet de la constitution française de 1791

*** END OF THIS PROJECT GUTENBERG EBOOK PROJET--CONSTITUTION FRANCAISE ***
"""


def test_a_transcribers_note_after_the_credit_is_not_the_essay() -> None:
    essay = read(FRENCH_EDITION)
    assert "Transcriber" not in body_text(essay) and "députés" not in body_text(essay)
    assert "transcriber's note" in {r.rule for r in essay.removed}


def test_a_title_page_in_capitals_is_spelled_as_the_header_names_the_title() -> None:
    assert read(FRENCH_EDITION).title == "Projet de la constitution française de 1791"


FRENCH_TITLE_PAGE = """\
PROJET DE LA CONSTITUTION FRANCAISE DE 1791


NOTES MANUSCRITES ET INEDITES


PAR

ROBESPIERRE



CONSERVEES DANS LA BIBLIOTHEQUE

AIX

ACHILLE MAKAIRE, IMPRIMEUR-LIBRAIRE

1894



I. Authenticité du document."""


def test_a_title_page_that_opens_with_the_title_and_names_the_author_under_it() -> None:
    """Subtitle above the name, the header's full name as author, the year
    as date, the printer as publisher; the accents the capitals lost are
    put back where the file writes the word in lower case ("inédites")."""
    edition = FRENCH_EDITION.replace("PROJET DE LA CONSTITUTION FRANCAISE DE 1791\n\n\n\n\nI. Authenticité du document.", FRENCH_TITLE_PAGE)
    essay = read(edition.replace("(1894)", "(1894), notes inédites"))
    assert (essay.title, essay.dek) == ("Projet de la constitution française de 1791", "Notes manuscrites et inédites")
    meta = {(m.label, m.value) for m in essay.meta}
    assert {("Author", "Maximilien Robespierre"), ("Date", "1894"), ("Publisher", "Achille Makaire, Imprimeur-Libraire")} <= meta
    assert essay.intro == () and essay.sections[0].heading == "I. Authenticité du document"
    assert "CONSERVEES DANS LA BIBLIOTHEQUE" in {r.preview for r in essay.removed}


def test_a_capital_keeps_its_missing_accent_when_the_file_writes_the_word_two_ways() -> None:
    edition = FRENCH_EDITION.replace("PROJET DE LA CONSTITUTION FRANCAISE DE 1791\n\n\n\n\nI. Authenticité du document.", FRENCH_TITLE_PAGE)
    essay = read(edition.replace("(1894)", "(1894), notes inédites, et inedites aussi"))
    assert essay.dek == "Notes manuscrites et inedites"


def test_without_the_authors_name_under_it_the_title_page_is_not_read() -> None:
    edition = FRENCH_EDITION.replace("PROJET DE LA CONSTITUTION FRANCAISE DE 1791\n\n\n\n\nI. Authenticité du document.", FRENCH_TITLE_PAGE)
    essay = read(edition.replace("ROBESPIERRE\n", "DANTON\n"))
    # The header's author, not one read off the page (that one would be the title page's line).
    assert [(m.label, m.line) for m in essay.meta if m.label == "Author"] == [("Author", header_line(edition, "Author:"))]
    assert "CONSERVEES DANS LA BIBLIOTHEQUE" not in {r.preview for r in essay.removed}


def header_line(text: str, label: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(label))


EDITION_WITHOUT_AUTHOR = f"""The Project Gutenberg EBook of Quiet Servers, by Jane Roe

Title: Quiet Servers

Author: Jane Roe

*** START OF THIS PROJECT GUTENBERG EBOOK QUIET SERVERS ***


QUIET SERVERS


{PROSE}

{PROSE}

*** END OF THIS PROJECT GUTENBERG EBOOK QUIET SERVERS ***
"""


def test_the_headers_author_names_the_author_when_the_pages_do_not() -> None:
    essay = read(EDITION_WITHOUT_AUTHOR)
    assert [(m.label, m.value) for m in essay.meta][:1] == [("Author", "Jane Roe")]
    assert [m.value for m in read(EDITION_WITHOUT_AUTHOR.replace("Author: Jane Roe", "Author: Various")).meta if m.label == "Author"] == []


def test_roman_numbered_headings_in_sentence_case_are_sections() -> None:
    essay = read(FRENCH_EDITION)
    assert [s.heading for s in essay.sections] == [
        "I. Authenticité du document", "II. Importance du manuscrit", "III. Une perte regrettable",
    ]


def test_a_bracketed_note_that_is_a_footnote_stays() -> None:
    essay = read(EDITION.replace("  [ Transcriber's notes:", "  [Footnote A: an author's note.]\n\n  [ Transcriber's notes:", 1))
    assert "an author's note" not in body_text(essay) or any("author's note" in n.text for n in essay.notes)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Königsberg in Preußen, den 30. Septemb. 1784.", "30. Septemb. 1784"),
        ("Париж, Hôtel Mirabeau, 3 апреля 1850 г.", "3 апреля 1850 г."),
        ("Concord, Massachusetts, July 4, 1845.", "July 4, 1845"),
        ("Paris, 1850", "1850"),
        ("Yasnaya Polyana, December 14th, 1908.", "December 14th, 1908"),
        ("I left Paris, in the spring, for good in May 1850 and never came back.", None),
        ("He said so on 3 April 1850.", None),
        ("Paris, the city where everything began and where it ended at last, in 1850.", None),
        ("We met again, years later, in 1850.", None),
        ('ר“ח אדר”ש תרמ"ט', 'ר“ח אדר”ש תרמ"ט'),
        ('ומה יפלא עתה, כי רעיון גדול כזה לא יוכל עוד לפעול.', None),
        ("..", None),  # only stops: no words at all
    ],
)
def test_what_a_closing_dateline_is(line: str, date: str | None) -> None:
    assert dateline(Block("paragraph", (line,), 1)) == date


def test_a_place_and_a_date_on_two_lines_are_one_dateline() -> None:
    """As Tolstoy's letter ends, its sections numbered (so the place, in
    capitals, is no heading)."""
    essay = read(f"Title\n\nI\n\n{PROSE}\n\nII\n\n{PROSE}\n\nYASNAYA POLYANA.\n\nDecember 14th, 1908.\n")
    assert [(m.label, m.value) for m in essay.meta] == [("Date", "December 14th, 1908")]
    assert "POLYANA" not in body_text(essay) and "1908" not in body_text(essay)


def test_an_essay_ending_on_a_sentence_with_a_year_keeps_it() -> None:
    essay = read(f"Title\n\n{PROSE}\n\nWe met again, years later, in 1850.\n")
    assert "in 1850" in body_text(essay)
    assert not [m for m in essay.meta if m.label == "Date"]


def test_a_librarys_credit_line_with_its_address_ends_nothing() -> None:
    credit = "The text above was produced by the volunteers of Project Ben-Yehuda. It is always available at:https://benyehuda.org/read/548"
    essay = read(f"Title\n\n{PROSE}\n\n{PROSE}\n\n\n\n{credit}\n")
    assert "benyehuda" not in body_text(essay)
    assert any(r.rule == "source credit" for r in essay.removed)


@pytest.mark.parametrize(
    "last",
    [
        "- ![img](http://zq.invalid/x.png)",  # found by the fuzz profile: the whole body was taken for a credit
        "[1] River river ![img](http://zq.invalid/x.png).",
        "See [the archive](https://example.org/archive)",
    ],
)
def test_a_closing_line_with_a_markdown_link_or_image_is_the_essays(last: str) -> None:
    essay = read(f"River river\n\n{PROSE}\n\n{last}\n")
    assert "example.org" in body_text(essay) or "zq.invalid" in body_text(essay) or any("zq.invalid" in n.text for n in essay.notes)
    assert not any(r.rule == "source credit" for r in essay.removed)


def test_a_long_closing_paragraph_with_a_link_is_prose() -> None:
    last = PROSE + " More at https://example.org/more"
    essay = read(f"Title\n\n{PROSE}\n\n{last}\n")
    assert "example.org" in body_text(essay)


@pytest.mark.parametrize(
    ("sentence", "language", "words"),
    [
        ("हिन्दी भाषा", "hi", ["हिन्दी", "भाषा"]),
        ("ישׂראל והעם", "he", ["ישׂראל", "והעם"]),
        ("مُحَمَّد رسول", "ar", ["مُحَمَّد", "رسول"]),
        ("Self-Reliance, codin' and didn't", "en", ["Self-Reliance", None, None, "and", "didn't"]),
    ],
)
def test_a_word_keeps_its_combining_marks(sentence: str, language: str, words: list[str | None]) -> None:
    assert list(raw_words(sentence, language)) == words


def test_chapters_after_a_note_in_an_early_chapter_stay() -> None:
    """Only endnotes followed by a short apparatus end the essay: a book
    whose second chapter has the only note keeps its later chapters."""
    book = f"""\
    A Book


    I. FIRST

    {PROSE} One note here.[1]

    [1] The only note.

    {PROSE}

    II. SECOND

    {PROSE}

    III. THIRD

    {PROSE}


    End of the Project Gutenberg EBook of A Book, by Jane Doe
    """
    essay = read(book)
    assert [s.heading for s in essay.sections] == ["I. First", "II. Second", "III. Third"]


def test_a_number_above_the_title_numbers_the_chapter() -> None:
    essay = read(f"VII\n\nOMNIA MEA MECUM PORTO\n\n{PROSE}\n\n{PROSE}\n")
    assert essay.title == "Omnia Mea Mecum Porto"
    assert ("Chapter", "VII") in [(m.label, m.value) for m in essay.meta]


def test_a_bracketed_phrase_after_the_title_is_its_subtitle() -> None:
    essay = read(f"\tThis Is Not the Way [First Article]\n\n{PROSE}\n\n{PROSE}\n")
    assert (essay.title, essay.dek) == ("This Is Not the Way", "First Article")
    assert read(f"The Will to Believe.[1]\n\n{PROSE}\n\n[1] An address.\n").title == "The Will to Believe"


def test_a_web_export_note_with_its_back_link_and_a_bare_marker_under_the_title() -> None:
    essay = read(f"The Title\n\n1\n\n{PROSE}\n\n{PROSE}\n\nPrinted in a weekly, 1889. [The author]  \u21a9\n")
    assert essay.title_note == "1"
    assert [(n.key, n.text) for n in essay.notes] == [("1", "Printed in a weekly, 1889. [The author]")]
    assert "\u21a9" not in body_text(essay) and "Printed in" not in body_text(essay)


def test_a_numbered_heading_under_the_title_is_no_note_marker() -> None:
    essay = read(f"The Title\n\n1.\n\nBeginnings\n\n{PROSE}\n\n2.\n\nEndings\n\n{PROSE}\n")
    assert essay.title_note is None


HERZEN_HEAD = """\
VII

OMNIA MEA MECUM PORTO1

1 All that is mine I carry with me (Lat.).

Ce n'est pas Catilina qui est à vos portes -- c'est la mort!

Proudhon (Voix du Peuple).

Komm her, wir setzen uns zu Tisch!

Wen sollte solche Narrheit rühren?

Goethe

"""


def test_a_quotation_set_apart_and_the_name_it_is_by_are_the_epigraph() -> None:
    body = "\n".join(f"   {PROSE}" for _ in range(3))
    essay = read(HERZEN_HEAD + body + "\n")
    assert [b.items for b in essay.epigraph] == [
        ("Ce n'est pas Catilina qui est à vos portes -- c'est la mort!", "Proudhon (Voix du Peuple)."),
        ("Komm her, wir setzen uns zu Tisch!", "Wen sollte solche Narrheit rühren?", "Goethe"),
    ]
    assert essay.dek is None and essay.sections == ()


def test_a_note_marker_glued_to_the_title_points_at_the_note_under_it() -> None:
    body = "\n".join(f"   {PROSE}" for _ in range(3))
    essay = read(HERZEN_HEAD + body + "\n")
    assert (essay.title, essay.title_note) == ("Omnia Mea Mecum Porto", "1")
    assert [(n.key, n.text) for n in essay.notes] == [("1", "All that is mine I carry with me (Lat.).")]
    assert ("Chapter", "VII") in [(m.label, m.value) for m in essay.meta]


EPIGRAPH_NOTES = HERZEN_HEAD.replace("c'est la mort!", "c'est la mort!2*").replace("rühren?", "rühren?3") + (
    "   2 Not Catiline at your gates, but death (French).\n"
    "   3 Come here, let us sit at the table! Who would be moved\n"
    "   by such folly? (German).\n\n"
)


def test_notes_under_the_epigraph_are_its_notes_their_markers_glued_to_its_lines() -> None:
    essay = read(EPIGRAPH_NOTES + "\n".join(f"   {PROSE}" for _ in range(3)) + "\n")
    assert [b.items[0] for b in essay.epigraph] == ["Ce n'est pas Catilina qui est à vos portes -- c'est la mort![2]*", "Komm her, wir setzen uns zu Tisch!"]
    assert essay.epigraph[1].items[1] == "Wen sollte solche Narrheit rühren?[3]"
    assert [(n.key, n.text) for n in essay.notes] == [
        ("1", "All that is mine I carry with me (Lat.)."),
        ("2", "Not Catiline at your gates, but death (French)."),
        ("3", "Come here, let us sit at the table! Who would be moved by such folly? (German)."),
    ]
    assert all(b.text.startswith(PROSE[:20]) for b in essay.intro)  # the notes are not prose


def test_numbered_lines_under_an_epigraph_without_markers_stay_prose() -> None:
    text = HERZEN_HEAD + "   2 Not Catiline at your gates, but death.\n\n" + "\n".join(f"   {PROSE}" for _ in range(3)) + "\n"
    essay = read(text)
    assert [n.key for n in essay.notes] == ["1"]
    assert essay.intro[0].text.startswith("2 Not Catiline")


def test_the_home_page_links_the_epigraphs_notes(tmp_path: Path) -> None:
    root = make_project(tmp_path, EPIGRAPH_NOTES + "\n".join(f"   {PROSE}" for _ in range(3)) + "\n")
    assert build(root) == 0
    home = (root / "docs" / "index.md").read_text(encoding="utf-8")
    assert "c'est la mort\\![^2]\\*" in home and "rühren?[^3]" in home
    assert "[^2]: Not Catiline at your gates" in home and "[^3]: Come here" in home
    html = markdown.markdown(home.split("\n---\n", 1)[1], extensions=["footnotes", "attr_list"])
    assert 'href="#fn:2"' in html and 'href="#fn:3"' in html and "c'est la mort!<sup" in html


def test_a_short_first_paragraph_and_a_heading_are_no_epigraph() -> None:
    essay = read(f"The Title\n\nA short opening paragraph.\n\nIntroduction\n\n{PROSE}\n\nConclusion\n\n{PROSE}\n")
    assert essay.epigraph == ()
    assert [s.heading for s in essay.sections] == ["Introduction", "Conclusion"]


@pytest.mark.parametrize(
    ("text", "shown", "emphasised"),
    [
        ("a _live_ or _dead_ hypothesis", "a live or dead hypothesis", ["live", "dead"]),
        ("it were, _un_moral, and", "it were, unmoral, and", ["un"]),
        ("snake_case, x_1 and __init__", "snake_case, x_1 and __init__", []),
        # Doubled, as some Gutenberg files write italics: over words only.
        ("the articles in __Free Hindustan__ as well", "the articles in Free Hindustan as well", ["Free Hindustan"]),
        ("[__19th November, 1909__] and __x__", "[19th November, 1909] and __x__", ["19th November, 1909"]),
        # Closing inside a word closes one word only: no span from "_?" to "x_i"
        # (found by the property test: "xi" had become one word).
        ("Why _? The sum of x_i is all.", "Why _? The sum of x_i is all.", []),
        ("an _italic span_ then x_i", "an italic span then x_i", ["italic span"]),
        # After an old text's opening quote, `` too; an rST link's "`__" is no italics.
        ("``_Nature_,'' he said", "``Nature,'' he said", ["Nature"]),
        ("`one <https://x.org>`__, and `two <https://y.org>`__ too", "one, and two too", ["one", "two"]),  # links, not italics
        # A manuscript's words quoted over ten wrapped lines are one span.
        ("_" + "word " * 120 + "ends_.", "word " * 120 + "ends.", ["word " * 120 + "ends"]),
    ],
)
def test_plain_texts_underscores_are_emphasis(text: str, shown: str, emphasised: list[str]) -> None:
    (block,) = read(f"Title\n\n{text}\n").intro
    assert block.items == (shown,)
    assert [shown[m.start : m.end] for m in block.marks_of(0)] == emphasised


@pytest.mark.parametrize(
    ("text", "shown", "marked"),
    [
        ("Most of us read *too fast* and miss the *way*.", "Most of us read too fast and miss the way.", [("too fast", "em"), ("way", "em")]),
        ("It is the **only** way I know.", "It is the only way I know.", [("only", "strong")]),
        # A star before a space, after a letter or between spaced numbers is no emphasis,
        # nor one in brackets (a note's marker) or a path (a wildcard).
        ("A note* here, 5 * 3 * 2, and * * * there.", "A note* here, 5 * 3 * 2, and * * * there.", []),
        ("an observation[*] that a second observation[*] is", "an observation[*] that a second observation[*] is", []),
        ("a study(*) and one(*) more, in src/*/tests/* too", "a study(*) and one(*) more, in src/*/tests/* too", []),
        ("as noted (*see above*) here", "as noted (see above) here", [("see above", "em")]),
    ],
)
def test_plain_texts_stars_are_emphasis_and_bold(text: str, shown: str, marked: list[tuple[str, str]]) -> None:
    (block,) = read(f"Title\n\n{text}\n").intro
    assert block.items == (shown,)
    assert [(shown[m.start : m.end], m.kind) for m in block.marks_of(0)] == marked


def test_a_notes_underscores_are_emphasis_too() -> None:
    essay = read(f"On Notes\n\nA state is not a _patrimonium_ but a society of people[1].\n\n{PROSE}\n\n"
                 "[1] See _Georgii Alphabetum Tibetanum_ for details, and not_this_one.\n")
    (note,) = essay.notes
    assert [(text, [text[m.start : m.end] for m in marks]) for text, marks in note.paragraphs()] == [
        ("See Georgii Alphabetum Tibetanum for details, and not_this_one.", ["Georgii Alphabetum Tibetanum"]),
    ]


def test_a_gutenberg_editions_letter_spacing_is_emphasis_too() -> None:
    essay = read(EDITION.replace("The end of it.[1]", "=Sapere aude!= In den =Büsching=schen Nachrichten, x = 1.[1]"))
    (last,) = [b for b in essay.intro if "Sapere" in b.text]
    assert "Sapere aude! In den Büschingschen Nachrichten, x = 1." in last.text
    assert [last.text[m.start : m.end] for m in last.marks_of(0)] == ["Sapere aude!", "Büsching"]
    # Outside a Gutenberg file "=" is no emphasis: plain text writes "x = 1" and "a=b".
    assert read("Title\n\n=Sapere aude!= here\n").intro[0].text == "=Sapere aude!= here"


WIKI_PAGE = f"""\

← Contents
The Book of Journalism
Author:Jane Doe
The Profession
Qualifications →


Chapter 1
The Profession
{PROSE}
{PROSE}
"""


def test_a_wiki_pages_header_gives_the_title_block_and_goes() -> None:
    essay = read(WIKI_PAGE)
    assert essay.title == "The Profession"
    assert [(m.label, m.value) for m in essay.meta] == [("Author", "Jane Doe"), ("From", "The Book of Journalism"), ("Chapter", "Chapter 1")]
    text = body_text(essay)
    assert text.startswith(PROSE[:40]) and "Contents" not in text and "The Profession" not in text
    assert [r.rule for r in essay.removed][:1] == ["wiki page navigation header"]


def test_an_arrow_at_the_top_without_a_header_is_prose() -> None:
    essay = read(f"← Back to the index of every essay that we have published so far this year\n\nThe Title\n\n{PROSE}\n")
    assert not any(r.rule == "wiki page navigation header" for r in essay.removed)


TITLE_PAGE = f"""\

BREVIARY OF YOUTH

JOHN HENRY DOE

ARIEL

1920

EDITORIAL CERVANTES

PRINTED BY THE WORKS

{PROSE}

{PROSE}





End of the Project Gutenberg EBook of Ariel, by John Henry Doe
"""


def test_a_title_page_with_the_author_above_the_title_is_read_from_the_named_title() -> None:
    essay = read(TITLE_PAGE)
    assert essay.format == "gutenberg"
    assert (essay.title, essay.dek) == ("Ariel", "Breviary of Youth")
    assert [(m.label, m.value) for m in essay.meta] == [("Author", "John Henry Doe"), ("Date", "1920"), ("Publisher", "Editorial Cervantes")]
    assert body_text(essay).startswith(PROSE[:40])
    assert "title page imprint" in [r.rule for r in essay.removed]  # the printer's line
    assert "PRINTED" not in body_text(essay)


def test_a_title_page_whose_first_line_is_the_title_is_read_as_before() -> None:
    essay = read(TITLE_PAGE.replace("BREVIARY OF YOUTH\n\nJOHN HENRY DOE\n\nARIEL", "ARIEL\n\nBY JOHN HENRY DOE"))
    assert essay.title == "Ariel" and ("Author", "John Henry Doe") in [(m.label, m.value) for m in essay.meta]


def test_a_title_pages_line_above_the_imprint_is_the_subtitle_and_a_section_number_ends_the_page() -> None:
    page = TITLE_PAGE.replace("BREVIARY OF YOUTH\n\n", "").replace(
        "ARIEL\n\n1920\n\nEDITORIAL CERVANTES", "ARIEL\n\nA SPEECH\n\nMILANO\n\nCASA EDITRICE BALDINI & C.\n\n1920"
    ).replace("PRINTED BY THE WORKS\n\n", "PRINTED BY THE WORKS\n\nI.\n\n", 1)
    page = page.replace(f"{PROSE}\n\n{PROSE}", f"{PROSE}\n\nII.\n\n{PROSE}")
    essay = read(page)
    assert (essay.title, essay.dek) == ("Ariel", "A Speech")
    assert ("Publisher", "Casa Editrice Baldini & C.") in [(m.label, m.value) for m in essay.meta]
    assert [s.heading for s in essay.sections] == ["I", "II"]  # "I." is not eaten by the imprint
    assert "MILANO" not in body_text(essay)


def test_a_gutenberg_texts_two_hyphens_are_an_em_dash_and_a_rule_stays() -> None:
    page = TITLE_PAGE.replace(
        f"{PROSE}\n\n{PROSE}", f"{PROSE}\n\nThe hall--as its genius--held a bronze. -- Yes, the baak----nog.\n\n----\n\n{PROSE}"
    )
    text = body_text(read(page))
    # Four hyphens after a word are a longer dash, for words left out.
    assert "The hall—as its genius—held a bronze. — Yes, the baak——nog." in text and "--" not in text.replace("----", "")
