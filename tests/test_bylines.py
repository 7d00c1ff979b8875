"""A byline that lists several authors, with their affiliations, is read as
each author, in plain text and in Markdown (a motto may stand before it);
the title block shows authors in a row as one line, "Authors: A, B and C",
listed as the essay's language lists them."""

from __future__ import annotations

import textwrap

import pytest

from essay_site.formats import parse
from essay_site.formats.titlelines import byline_names
from essay_site.glossary import load_glossary
from essay_site.link import link
from essay_site.model import Essay
from essay_site.pages.context import Context
from essay_site.pages.titleblock import title_block
from essay_site.read import source_text
from helpers import paragraph
from test_escape import ESCAPER

BODY = "\n\n".join(paragraph(60, word) for word in ("Alpha", "Beta", "Gamma"))


def essay(text: str, name: str = "essay.txt") -> Essay:
    return parse(source_text(f"seeds/{name}", "essay", textwrap.dedent(text).lstrip("\n")))


def authors(e: Essay) -> list[str]:
    return [field.value for field in e.meta if field.label == "Author"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "By Mike Innes (Julia Computing), David Barber (UCL), Tim Besard (UGent) and Deniz Yuret (Koç University)",
            ("Mike Innes", "David Barber", "Tim Besard", "Deniz Yuret"),
        ),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Par Jean Dupont et Marie Curie", ("Jean Dupont", "Marie Curie")),
        ("Autores / Autoras: Jorge Castro, Kat Cosgrove", ("Jorge Castro", "Kat Cosgrove")),  # plural labels
        ("Autoren: Anna Lehmann und Bernd Roth", ("Anna Lehmann", "Bernd Roth")),
        ("By Dr. Ada Lovelace & Charles Babbage", ("Ada Lovelace", "Charles Babbage")),
        ("By Jane Doe", ()),  # one author: byline_name's
        ("By José Ortega y Gasset", ()),
        ("By Russ Cox, for the Go team", ()),
        ("By the time we arrived, the river had risen and the road was gone", ()),
    ],
)
def test_a_byline_that_lists_authors(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


def test_a_plain_text_byline_lists_each_author() -> None:
    e = essay(f"The Title\n\nBy Ann Lee (MIT), Bo Chen (UCL) and Cy Young (ETH)\n\n{BODY}")
    assert authors(e) == ["Ann Lee", "Bo Chen", "Cy Young"]
    assert not any("MIT" in b.text for b in e.intro)


def test_a_markdown_byline_after_a_motto_is_the_authors() -> None:
    e = essay(
        f"---\ntitle: The Title\n---\n\n> A motto that opens the post, as some do.\n\n"
        f'<div style="font-size:75%">\nBy Ann Lee (MIT), Bo Chen (UCL) and Cy Young (ETH)\n</div>\n\n{BODY}\n',
        name="essay.md",
    )
    assert authors(e) == ["Ann Lee", "Bo Chen", "Cy Young"]
    assert not any("Ann Lee" in b.text for b in e.intro)


def shown_meta(e: Essay) -> list[str]:
    linked = link(e, load_glossary("g.yml", "terms:\n- {term: Zqx, definition: Unused.}\n"))
    context = Context.of(linked, ESCAPER, "seeds/essay.txt")
    return [part.split("\n")[0] for part in title_block(context) if part.endswith("{: .essay-meta }")]


def test_authors_in_a_row_are_one_line_and_other_fields_keep_theirs() -> None:
    e = essay(f"The Title\n\nBy Ann Lee (MIT), Bo Chen (UCL) and Cy Young (ETH)\n\n[First note]\n\n[Second note]\n\n{BODY}")
    assert shown_meta(e) == [
        "**Authors:** Ann Lee, Bo Chen, and Cy Young",
        "**Note:** First note",
        "**Note:** Second note",
    ]


def test_authors_are_listed_as_the_language_lists_them() -> None:
    prose = "\n\n".join(
        "Die Aufklärung ist der Ausgang des Menschen aus seiner selbstverschuldeten Unmündigkeit, und "
        "Unmündigkeit ist das Unvermögen, sich seines Verstandes ohne Leitung eines anderen zu bedienen." for _ in range(3)
    )
    e = essay(f"Der Titel\n\nAutor: Anna Lehmann und Bernd Roth\n\n{prose}")
    assert e.language == "de"
    assert shown_meta(e) == ["**Autoren:** Anna Lehmann und Bernd Roth"]


def test_a_byline_after_its_date_is_read_and_front_matter_authors_are_not_repeated() -> None:
    e = essay(
        "---\ntitle: Introducing the Site\nauthor: Dan Abramov and Rachel Nabors\n---\n\n"
        "March 16, 2023 by [Dan Abramov](https://example.org/dan) and [Rachel Nabors](https://example.org/rachel)\n\n"
        f"{BODY}\n",
        name="essay.md",
    )
    assert authors(e) == ["Dan Abramov", "Rachel Nabors"]
    assert [f.value for f in e.meta if f.label == "Date"] == ["March 16, 2023"]
    assert not any("Abramov" in b.text for b in e.intro)


@pytest.mark.parametrize("line", ["Standing by the river, we waited for the boat", "In 1850 by train we went west"])
def test_prose_with_by_after_its_first_words_is_no_byline(line: str) -> None:
    e = essay(f"---\ntitle: T\n---\n\n{line}\n\n{BODY}\n", name="essay.md")
    assert authors(e) == [] and e.intro[0].text == line


def test_a_bold_plural_author_label_in_markdown_is_a_byline() -> None:
    e = essay(f"---\ntitle: T\n---\n\n**Autores / Autoras**: Jorge Castro, Kat Cosgrove\n\n{BODY}\n", name="essay.md")
    assert authors(e) == ["Jorge Castro", "Kat Cosgrove"]
    assert not any("Castro" in b.text for b in e.intro)


def translators(e: Essay) -> list[str]:
    return [field.value for field in e.meta if field.label == "Translator"]


def test_a_translator_is_read_from_front_matter_a_markdown_line_and_plain_text() -> None:
    front = essay(
        "---\ntitle: T\nauthor: Kirti Goyal\ntranslator: >\n  [Jaehan Byun](https://github.com/jaehanbyun)\n---\n\n" + BODY + "\n",
        name="essay.md",
    )
    assert (authors(front), translators(front)) == (["Kirti Goyal"], ["Jaehan Byun"])
    line = essay(f"---\ntitle: T\n---\n\n**Autores**: Jorge Castro\n\n**Tradução:** João Brito\n\n{BODY}\n", name="essay.md")
    assert (authors(line), translators(line)) == (["Jorge Castro"], ["João Brito"])
    assert not any("Brito" in b.text for b in line.intro)
    plain = essay(f"The Kreutzer Sonata\n\nBy Leo Tolstoy\n\nTranslated by Benjamin R. Tucker\n\n{BODY}")
    assert (authors(plain), translators(plain), plain.sections) == (["Leo Tolstoy"], ["Benjamin R. Tucker"], ())


def test_translation_in_a_sentence_is_prose() -> None:
    e = essay(f"---\ntitle: T\n---\n\nTranslation is an art of its own, and a hard one.\n\n{BODY}\n", name="essay.md")
    assert translators(e) == [] and e.intro[0].text.startswith("Translation is an art")


def test_translators_in_a_row_are_one_line() -> None:
    e = essay(f"---\ntitle: T\ntranslators: [Ann Lee, Bo Chen]\n---\n\n{BODY}\n", name="essay.md")
    assert shown_meta(e) == ["**Translators:** Ann Lee and Bo Chen"]
