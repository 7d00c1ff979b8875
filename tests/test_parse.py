"""Parsing: tables of lines and small essays → structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from essay_site.formats.lines import heading_like
from essay_site.formats.plain import looks_wrapped
from essay_site.read import read_essay
from helpers import essay_of, paragraph

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_098d6ffab96b1e89.txt"
P1, P2, P3 = paragraph(40, "Alpha"), paragraph(45, "Beta"), paragraph(50, "Gamma")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Constraint can produce a different competitive posture", True),
        ("Why the world should pay close attention", True),
        ("What comes next?", True),
        ("Заключение", True),
        ("개방형 모델의 확산", True),
        ("This line ends like a sentence.", False),
        ("lower-case start is a fragment", False),
        ("1. A numbered lesson", False),
        ("- A bullet", False),
        ("• A bullet", False),
        ("[1] A note", False),
        ("'''", False),
        ("By Jane Doe", False),  # metadata, not a heading
        ("A heading that goes on and on for far too many words to be a heading at all really", False),
    ],
)
def test_heading_like(line: str, expected: bool) -> None:
    assert heading_like(line) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["x" * 95, "y" * 98, "z" * 30], True),
        (["A short line.", "Another short line."], False),
        (["x" * 300, "y" * 280], False),
        (["only one line"], False),
        # One paragraph a line, each ending its sentence, however alike their lengths.
        (["x" * 95 + ".", "y" * 98 + "!", "z" * 80 + ":", "w" * 30 + "..."], False),
        (["x" * 95 + ",", "y" * 98 + ".", "z" * 80 + ".", "w" * 30], True),
        # An address too long for the width stands alone past it, the line before it short.
        (
            [
                "There are planning and triage meetings open to the public happening on IRC.",
                "They are not very popular because most of the work happens on GitHub.  The code of",
                "conduct is at",
                "https://www.rust-lang.org/en-US/policies/code-of-conduct-and-moderation-guidelines.html.",
                "Notes from every meeting are published. The next meeting is on Tuesday.",
            ],
            True,
        ),
        (["Short words,", "then", "more short words here", "and a last line"], False),
    ],
)
def test_looks_wrapped(lines: list[str], expected: bool) -> None:
    assert looks_wrapped(lines) is expected


def test_seed_structure() -> None:
    essay = essay_of(SEED.read_text(encoding="utf-8"))
    assert essay.title == "Why China’s Open-Source Strategy Matters Globally"
    assert essay.dek == "China is not only building models. It is contesting the shape of the market"
    assert len(essay.intro) == 2
    assert len(essay.sections) == 8
    assert all(len(s.blocks) >= 2 for s in essay.sections)
    assert essay.sections[0].heading == "Constraint can produce a different competitive posture"
    assert essay.sections[-1].heading == "Why closed incumbents cannot ignore this pressure"


def test_seed_reads_from_disk_like_from_text() -> None:
    assert read_essay(ROOT, SEED).lines[0] == "Why China’s Open-Source Strategy Matters Globally"


@pytest.mark.parametrize(
    ("text", "title", "dek", "headings", "intro"),
    [
        # title, dek, intro, two sections
        (f"The Title\n\nA subtitle that runs long enough to be a dek\n\n{P1}\n\nFirst part\n\n{P2}\n\nSecond part\n\n{P3}",
         "The Title", "A subtitle that runs long enough to be a dek", ["First part", "Second part"], 1),
        # a short line after the title is a heading, not a dek
        (f"The Title\n\nIntroduction\n\n{P1}\n\nNext\n\n{P2}", "The Title", None, ["Introduction", "Next"], 0),
        # the title repeated as the first heading is dropped
        (f"The Title\n\nThe Title\n\n{P1}\n\nNext\n\n{P2}", "The Title", None, ["Next"], 1),
        # a heading-like line at the very end has no prose: it stays a paragraph
        (f"The Title\n\n{P1}\n\nHeading\n\n{P2}\n\nThe End", "The Title", None, ["Heading"], 1),
        # a table of contents is not a run of empty sections
        (f"The Title\n\nContents\n\nFirst part\n\nSecond part\n\nFirst part\n\n{P1}\n\nSecond part\n\n{P2}",
         "The Title", None, ["First part", "Second part"], 0),
        # the same, written as one block
        (f"The Title\n\nContents\nFirst part\nSecond part\n\nFirst part\n\n{P1}\n\nSecond part\n\n{P2}",
         "The Title", None, ["First part", "Second part"], 0),
    ],
)
def test_structure(text: str, title: str, dek: str | None, headings: list[str], intro: int) -> None:
    essay = essay_of(text)
    assert (essay.title, essay.dek) == (title, dek)
    assert [s.heading for s in essay.sections] == headings
    assert len(essay.intro) == intro


def test_lists_are_lists_never_headings() -> None:
    essay = essay_of(
        f"""\
        The Title

        Lessons

        {P1}

        1. Keep the first lesson short
        2. The second lesson follows
        3. A third

        - one bullet
        - two bullets

        • A round bullet
        • Another round bullet
        """
    )
    (section,) = essay.sections
    kinds = [(b.kind, b.ordered, len(b.items)) for b in section.blocks]
    assert kinds == [("paragraph", False, 1), ("list", True, 3), ("list", False, 2), ("list", False, 2)]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    words = ("word " * 60).split()
    wrapped = "\n".join(" ".join(words[i : i + 15]) for i in range(0, 60, 15)) + "."
    essay = essay_of(f"The Title\n\n{wrapped}\n\nHeading\n\n{P1}")
    assert len(essay.intro) == 1
    assert essay.intro[0].text == " ".join(words) + "."


def test_a_line_that_goes_on_a_sentence_stays_in_its_paragraph() -> None:
    """A block not wrapped at one width (its third line is short) is read a
    line at a time: a line ending in a full stop ends a paragraph, but one
    ending in a comma does not, and a line that opens in lower case goes on
    the one before, however it is indented."""
    block = (
        "FIRST - The remains of monarchial tyranny in the person of the king.\n"
        "SECONDLY - The remains of aristocratical tyranny in the persons of the\n"
        "peers.  THIRDLY - The new republican materials in the persons of the\n"
        "commons,\n"
        "          on whose virtue depends the freedom of England."
    )
    essay = essay_of(f"The Title\n\n{P1}\n\n{block}\n\n{P2}")
    assert [b.text for b in essay.intro[1:3]] == [
        "FIRST - The remains of monarchial tyranny in the person of the king.",
        "SECONDLY - The remains of aristocratical tyranny in the persons of the peers. THIRDLY - The new"
        " republican materials in the persons of the commons, on whose virtue depends the freedom of England.",
    ]


def test_front_matter_is_metadata() -> None:
    essay = essay_of(
        f"The Title\n\nBy Jane Doe\nMarch 3, 2021\n\nAbstract\n\nA short summary of the piece.\n\n{P1}\n\nHeading\n\n{P2}\n\n© 2021 Jane Doe"
    )
    assert [(m.label, m.value) for m in essay.meta] == [
        ("Author", "Jane Doe"),
        ("Date", "March 3, 2021"),
        ("Abstract", "A short summary of the piece."),
        ("Copyright", "© 2021 Jane Doe"),
    ]
    assert [s.heading for s in essay.sections] == ["Heading"]


def test_footnotes_become_notes() -> None:
    essay = essay_of(f"The Title\n\n{P1} A claim.[1]\n\nHeading\n\n{P2} Another.[2]\n\nNotes\n\n[1] First source.\n[2] Second source.")
    assert [(n.key, n.text) for n in essay.notes] == [("1", "First source."), ("2", "Second source.")]
    assert [s.heading for s in essay.sections] == ["Heading"]


def test_no_headings_splits_into_parts() -> None:
    text = "The Title\n\n" + "\n\n".join(paragraph(150, f"Para{i}") for i in range(30))
    essay = essay_of(text)
    assert essay.split_into_parts
    # Each part is labelled by its opening words, cut at a word boundary.
    assert [s.heading for s in essay.sections] == [
        f"Part {n}: Para{p} para{p}0 para{p}1 para{p}2 para{p}3 para{p}4…" for n, p in ((1, 0), (2, 8), (3, 16), (4, 24))
    ]
    assert sum(len(s.blocks) for s in essay.sections) == 30


def test_short_essay_without_headings_stays_one_page() -> None:
    essay = essay_of(f"The Title\n\n{P1}\n\n{P2}")
    assert not essay.split_into_parts
    assert (len(essay.intro), essay.sections) == (2, ())


TABLE = """  Ships.     Guns.     Cost of one.        Cost of all
    6     -   100   -    35,553    -         213,318
   12     -    90   -    29,886    -         358,632

   85 Sloops, bombs,
     and fireships, one     2,000            170,000
     with another,                         _________
                                     Cost  3,266,786"""


def test_a_table_set_with_spaces_keeps_its_columns() -> None:
    """A block a third of whose lines have columns (gaps of four spaces) is
    kept as it was set, in a fixed-width block, not run into one line."""
    essay = essay_of(f"The Title\n\n{P1}\n\n{TABLE}\n\n{P2}")
    blocks = [(b.kind, b.text) for b in essay.intro]
    first, second = TABLE.split("\n\n")
    assert blocks[1:3] == [("code", "\n".join(line[2:] for line in first.splitlines())), ("code", "\n".join(line[3:] for line in second.splitlines()))]
    assert blocks[0][0] == blocks[3][0] == "paragraph"


def test_justified_prose_is_prose() -> None:
    justified = (
        "The  charge  of  building  a  ship  of  each  rate,  and  furnishing  her\n"
        "with  masts,   yards,   sails  and  rigging,  together  with  a  proportion\n"
        "of  eight  months  boatswain's  and  carpenter's  seastores  as  calculated."
    )
    essay = essay_of(f"The Title\n\n{P1}\n\n{justified}\n\n{P2}")
    assert essay.intro[1].kind == "paragraph" and essay.intro[1].text.startswith("The charge of building")


def test_an_indented_verse_quotation_opening_with_a_dash_keeps_its_lines() -> None:
    verse = '          --"Can these things be,\n     And overcome us like a summer\'s cloud,\n     Without our special wonder?"'
    essay = essay_of(f"The Title\n\n{P1}\n\n{verse}\n\n{P2}")
    assert (essay.intro[1].kind, essay.intro[1].items) == (
        "verse", ('--"Can these things be,', "And overcome us like a summer's cloud,", 'Without our special wonder?"'),
    )


@pytest.mark.parametrize(
    "verse",
    [
        # Dutch: guillemet, then an elided article in lower case.
        "»'t is wel verheven,\nAltans, bij storm! doch ik verkoos de lieve dreven\nDer aarde in zoo'n geval. 't Verheevne wordt ook vrij\nEentoonig ras, op zee, als in de poëzij.\"",
        # German low opening quote, the poem indented as a block.
        "    „Wer reitet so spät durch Nacht und Wind?\n    Es ist der Vater mit seinem Kind;\n    Er hat den Knaben wohl in dem Arm,",
    ],
)
def test_a_verse_quotation_opening_with_any_quotation_mark_keeps_its_lines(verse: str) -> None:
    essay = essay_of(f"The Title\n\n{P1}\n\n{verse}\n\n{P2}")
    assert (essay.intro[1].kind, essay.intro[1].items) == ("verse", tuple(line.strip() for line in verse.splitlines()))


def test_a_paragraph_the_author_numbered_is_a_paragraph_with_its_number() -> None:
    """Hume numbers his paragraphs: each had been a one-item list, which the
    link preview and the contents skip ("SECTION I." had been the preview)."""
    numbered = (
        "1. Moral philosophy, or the science of human nature, may be treated\n"
        "after two different manners; each of which has its peculiar merit.\n\n"
        "10. What though these reasonings concerning human nature seem abstract,\n"
        "and of difficult comprehension?"
    )
    essay = essay_of(f"The Title\n\n{numbered}\n\n{P2}")
    assert [(b.kind, b.text[:22]) for b in essay.intro[:2]] == [("paragraph", "1. Moral philosophy, o"), ("paragraph", "10. What though these ")]
    # A list stays a list: items in one block, or an item on one line.
    listed = essay_of(f"The Title\n\n{P1}\n\n1. Buy milk.\n2. Buy bread,\nand butter.\n\n{P2}")
    assert listed.intro[1].kind == "list"


def test_lines_quoted_as_e_mail_quotes_them_are_a_quotation() -> None:
    """"> Dear diary…" had shown its ">" marks, run together with the reply
    they quote (">> Linus wrote:"); each depth is a paragraph of its own."""
    quoted = (
        "> Dear diary, on Sunday I got a letter\n> where Junio told me that...\n>> Linus Torvalds writes:\n>>\n"
        ">> > Junio, maybe you want to talk about it.\n>>\n> Actually, is this not what StGIT is for?"
    )
    essay = essay_of(f"The Title\n\n{P1}\n\n{quoted}\n\n{P2}")
    assert (essay.intro[1].kind, essay.intro[1].items) == (
        "quote",
        ("Dear diary, on Sunday I got a letter where Junio told me that...", "Linus Torvalds writes:",
         "Junio, maybe you want to talk about it.", "Actually, is this not what StGIT is for?"),
    )


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("    $ git checkout master\n    $ cd Documentation; ed git.txt ...\n    $ git commit -s", "code"),
        ("                              *head\n    master^ --> #1 --> #2 --> #3\n          \\\n            \\---> master", "code"),
        ("    Tiger, tiger, burning bright\n    In the forests of the night;\n    What immortal hand or eye", "verse"),
    ],
)
def test_indented_commands_and_drawings_keep_their_lines(block: str, kind: str) -> None:
    """Shell commands and an ASCII graph had run into one line; an indented poem is still verse."""
    essay = essay_of(f"The Title\n\n{P1}\n\n{block}\n\n{P2}")
    assert essay.intro[1].kind == kind
    assert len(essay.intro[1].items if kind == "verse" else essay.intro[1].text.splitlines()) == len(block.splitlines())


def test_items_set_apart_by_blank_lines_are_one_list() -> None:
    """A loose list had been a list of one item each, unevenly spaced; another
    bullet, a jump in the numbers or a numbered paragraph starts anew."""
    essay = essay_of(
        f"The Title\n\n{P1}\n\n- accept\n\n- reject\n\n- defer\n\n• a round one\n\n1. one\n\n2. two\n\n5. five\n\n"
        "6. Moral philosophy, or the science of human nature, may be treated\nafter two different manners; each has its merit.\n\n"
        "7. The other species of philosophers consider man in the light of a\nreasonable rather than an active being."
    )
    assert [(b.kind, len(b.items)) for b in essay.intro[1:]] == [("list", 3), ("list", 1), ("list", 2), ("list", 1), ("paragraph", 1), ("paragraph", 1)]
    assert essay.intro[1].items == ("accept", "reject", "defer")


def test_a_list_items_wrapped_line_stays_in_the_item() -> None:
    """A line of a list item, not indented, that opens in lower case goes on
    the item; the list is not cut in two."""
    listed = (
        "- iron, which thunders overhead and underfoot, celebrating\n"
        "its victories over people;\n- stone of walls covered in soot;\n- gold, for which all this was made."
    )
    essay = essay_of(f"The Title\n\n{P1}\n\n{listed}\n\n{P2}")
    assert (essay.intro[1].kind, essay.intro[1].items) == (
        "list",
        ("iron, which thunders overhead and underfoot, celebrating its victories over people;", "stone of walls covered in soot;",
         "gold, for which all this was made."),
    )


def test_a_line_indented_with_an_ideographic_space_starts_a_paragraph() -> None:
    """As Japanese sets paragraphs: however alike the lines' lengths, or
    however the one before ends."""
    body = "　同じことは、相撲を見るたびに、いつも感じた。土俵の上の力士達は国技館を圧倒している。\n　別に身体のせいではない。問題は、伝統や貫禄ではなく、実質だ。"
    essay = essay_of(f"日本文化私観\n\n{body}\n")
    assert [b.text for b in essay.intro] == [
        "同じことは、相撲を見るたびに、いつも感じた。土俵の上の力士達は国技館を圧倒している。",
        "別に身体のせいではない。問題は、伝統や貫禄ではなく、実質だ。",
    ]
