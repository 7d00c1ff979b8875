"""A byline that lists several authors, with their affiliations, is read as
each author, in plain text and in Markdown (a motto may stand before it);
the title block shows authors in a row as one line, "Authors: A, B and C",
listed as the essay's language lists them."""

from __future__ import annotations

import textwrap

import pytest

from essay_site.formats import parse
from essay_site.formats.titlelines import byline_names, date_first
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


ZH_BODY = "　　或者要疑我上文所言，会激起新旧，或什么两派之争，使恶感更深，或相持更烈罢。但我敢断言，反改革者对于改革者的毒害，向来就并未放松过。\n\n　　只有改革者却还在睡梦里，总是吃亏，因而中国也总是没有改革，自此以后，是应该改换些态度和方法的。"
HI_BODY = (
    "इस निबंध में हम देखते हैं कि एक छोटा समुदाय मिलकर एक पुस्तकालय कैसे चलाता है और उसके सदस्य हर सप्ताह कितना समय देते हैं।"
    " हर सदस्य अपनी क्षमता के अनुसार काम करता है।\n\nक्या कोई पुस्तकालय बिना स्वयंसेवकों के चल सकता है? गाँव के लोग मानते हैं कि नहीं।"
)
AR_BODY = (
    "إن تعليم اللغات على الطريقة التي جرى عليها الغربيون قد تكون نظرية أكثر مما هي عملية فيطول أمرها ويصعب تناولها."
    " ولطالما رأينا من يترجم أشعار شكسبير ولا يطاوعه لسانه أن يلفظ كلمات يهتدي بها لوجه طريقه.\n\n"
    "ما اللغة في الحقيقة إلا صورة محكية من الحياة فاقتضى في تعلمها أن يسير الإنسان من نفس الحياة."
)


@pytest.mark.parametrize(
    ("title", "name", "date", "body"),
    [
        ("论“费厄泼赖”应该缓行", "鲁迅", "一九二五年十二月二十九日", ZH_BODY),
        ("संतुलन बनाए रखना", "प्रेमचंद", "२६ जनवरी १९३६", HI_BODY),
        ("تعليم اللغات", "محمد كرد علي", "١ محرم ١٣٢٤", AR_BODY),
    ],
)
def test_a_name_and_a_date_under_the_title_in_a_script_without_case(title: str, name: str, date: str, body: str) -> None:
    """Lu Xun's name and a date in Chinese numerals, a Hindi date in
    Devanagari digits, a Hijri date: the author and the date, as the same
    lines in English are. They had been a paragraph, or pages of their own."""
    for lines in ([name, date], [name], [date]):
        e = essay("\n\n".join([title, *lines, body]))
        expected = [("Author", name)] * (name in lines) + [("Date", date)] * (date in lines)
        assert [(f.label, f.value) for f in e.meta] == expected, lines
        assert e.sections == () and not any(name in b.text or date in b.text for b in e.intro)


def test_a_line_under_the_title_whose_words_the_essay_uses_is_no_author() -> None:
    e = essay("\n\n".join(["تعليم اللغات", "اللغة والحياة", AR_BODY]))
    assert all(f.label != "Author" for f in e.meta)


@pytest.mark.parametrize(
    ("head", "closing", "date", "body"),
    [
        ("论“费厄泼赖”应该缓行\n\n鲁迅", "　　一九二五年十二月二十九日", "一九二五年十二月二十九日", ZH_BODY),
        ("संतुलन बनाए रखना\n\nप्रेमचंद", "लखनऊ, २६ जनवरी १९३६", "२६ जनवरी १९३६", HI_BODY),
        ("تعليم اللغات\n\nمحمد كرد علي", "القاهرة في ١٥ فبراير ١٩٠٦", "١٥ فبراير ١٩٠٦", AR_BODY),
        ("On Balance\n\nPatrick Henry", "December 14th, 1908", "December 14th, 1908", BODY),
    ],
)
def test_a_closing_date_in_any_script_dates_the_essay(head: str, closing: str, date: str, body: str) -> None:
    """The last line, a date alone or a place and a date in the essay's own
    digits, is the Date field and leaves the prose; with a name under the
    title, a Chinese essay's short paragraphs are no title page."""
    e = essay("\n\n".join([head, body, closing]))
    assert [(f.label, f.value) for f in e.meta] == [("Author", head.split("\n\n")[1]), ("Date", date)]
    assert [b.text for b in e.intro][-1] == body.split("\n\n")[-1].strip()


@pytest.mark.parametrize(
    ("line", "name"),
    [("By John Stuart Mill.", "John Stuart Mill"), ("By Martin Luther King, Jr.", "Martin Luther King, Jr."), ("By W. L. Courtney, LL.D.", "W. L. Courtney, LL.D.")],
)
def test_a_title_pages_full_stop_after_the_name_is_no_part_of_it(line: str, name: str) -> None:
    assert authors(essay(f"On Liberty\n\n{line}\n\n{BODY}")) == [name]


def test_a_newspapers_byline_between_bars_gives_the_author_and_the_date() -> None:
    """Le Monde sets "Le Monde | 04.05.2015 à 13h36 • Mis à jour le … |
    Par Martin Untersinger": the name and the first date, not a paragraph."""
    line = "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger"
    e = essay(f"Le projet de loi sur le renseignement\n\n{line}\n\n{BODY}")
    assert [(f.label, f.value) for f in e.meta] == [("Author", "Martin Untersinger"), ("Date", "04.05.2015")]
    assert all("Untersinger" not in b.text for b in e.intro)
    assert date_first("Home | About | Contact") == "Home | About | Contact"


def test_an_iso_date_is_shown_as_the_essays_language_writes_a_date() -> None:
    """Front matter's "date: 2023-02-07" had shown as "Fecha: 2023-02-07"
    on a Spanish essay; a date written out stays as the author wrote it."""
    spanish = "---\ntitle: Mantener un paquete\ndate: 2023-02-07\n---\n\n" + "\n\n".join(
        ["Mantener un paquete de software es una tarea larga que exige paciencia y cuidado con la comunidad."] * 3
    )
    assert shown_meta(essay(spanish, "paquete.md")) == ["**Fecha:** 7 de febrero de 2023"]
    assert shown_meta(essay(f"The Title\n\nApril 5, 2018\n\n{BODY}")) == ["**Date:** April 5, 2018"]


@pytest.mark.parametrize(
    ("date", "body_language"),
    [
        ("14 giugno 2022", "Il Web di oggi è indiscutibilmente molto diverso da quello di vent'anni fa, e cambia sempre di più."),
        ("14. Juni 2022", "Das Web von heute ist ganz anders als vor zwanzig Jahren, und es ändert sich jedes Jahr mehr."),
        ("14 de junho de 2022", "A Web de hoje é muito diferente da de vinte anos atrás, e muda mais a cada ano que passa."),
        ("1er juin 2022", "Le Web d'aujourd'hui est très différent de celui d'il y a vingt ans, et il change chaque année."),
        ("14 Haziran 2022", "Bugünün Web'i yirmi yıl öncekinden çok farklı ve her geçen yıl daha da değişiyor."),
    ],
)
def test_a_date_with_a_month_named_in_another_latin_script_language_is_read(date: str, body_language: str) -> None:
    """Babel's month names: "14 giugno 2022" under the author had been the essay's first paragraph."""
    body = "\n\n".join([body_language] * 3)
    e = essay(f"I documenti non devono diventare applicazioni\nMario Rossi\n{date}\n\n{body}\n")
    assert [(f.label, f.value) for f in e.meta] == [("Author", "Mario Rossi"), ("Date", date)]
    assert e.intro[0].text == body_language


@pytest.mark.parametrize("line", ["Mars attacks in 2022", "Maggio and the others, 2022"])
def test_a_month_name_among_other_words_is_no_date(line: str) -> None:
    e = essay(f"A Title\n\n{line}\n\n{BODY}\n")
    assert not [f for f in e.meta if f.label == "Date"]



def test_a_first_heading_in_title_case_under_the_title_stays_a_heading() -> None:
    """A name alone under the title is the author only when no headings
    follow: "Getting Started" over prose, with "Next steps" later, is the
    first section, however like a name it is set."""
    e = essay(f"A Guide to Everything\n\nGetting Started\n\n{BODY}\n\nNext steps\n\n{BODY}\n")
    assert authors(e) == []
    assert [s.heading for s in e.sections] == ["Getting Started", "Next steps"]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Creato in data: 2022-06-14", "2022-06-14"),
        ("Publié le 14 juin 2022", "14 juin 2022"),
        ("Veröffentlicht am 14. Juni 2022", "14. Juni 2022"),
        ("Datum: 3. März 2020", "3. März 2020"),
    ],
)
def test_a_date_labelled_in_another_language_is_read(line: str, date: str) -> None:
    e = essay(f"A Title\n\n{line}\n\n{BODY}\n")
    assert [f.value for f in e.meta if f.label == "Date"] == [date]


def test_a_line_opening_with_the_word_data_is_no_date() -> None:
    e = essay(f"A Title\n\nData 2020\n\n{BODY}\n")
    assert not [f for f in e.meta if f.label == "Date"]
