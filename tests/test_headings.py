"""Headings by the essay's own style: shapes of lines, then which lines of
an essay are headings and how they nest."""

from __future__ import annotations

import pytest

from essay_site.formats import parse
from essay_site.formats.headings import capitals_to_title_case, shape_of
from essay_site.model import Essay, Section
from essay_site.read import source_text
from helpers import essay_of, paragraph

P = [paragraph(40, f"Prose{i}") for i in range(12)]


@pytest.mark.parametrize(
    ("line", "style", "shown"),
    [
        ("I.", "roman", "I"),
        ("II", "roman", "II"),  # a numeral alone needs no full stop
        ("3", "arabic", "3"),
        ("XIV.", "roman", "XIV"),
        ("I.  BOURGEOIS AND PROLETARIANS", "roman", "I. Bourgeois and Proletarians"),
        ("CHAPTER I.", "chapter", "Chapter I"),
        ("CHAPTER II. WHAT UTILITARIANISM IS", "chapter", "Chapter II: What Utilitarianism Is"),
        ("Chapter 3", "chapter", "Chapter 3"),
        ("1. REACTIONARY SOCIALISM", "arabic", "1. Reactionary Socialism"),
        ("A. Feudal Socialism", "letter", "A. Feudal Socialism"),
        ('C. German, or "True," Socialism', "roman", 'C. German, or "True," Socialism'),  # a letter in context, see below
        ("一、开源的意义", "cjk", "一、开源的意义"),
        ("GENERAL REMARKS.", "caps", "General Remarks"),
        ("서론.", "plain", "서론"),  # Korean headings end in a full stop
        ("What comes next?", "plain", "What comes next?"),
        ("The Lisp years", "plain", "The Lisp years"),
    ],
)
def test_heading_shapes(line: str, style: str, shown: str) -> None:
    shape = shape_of(line)
    assert shape is not None
    assert (shape.style, shape.text()) == (style, shown)


@pytest.mark.parametrize(
    "line",
    [
        "2.  A heavy progressive or graduated income tax.",  # a list item: a sentence
        "This line ends like a sentence.",
        "lower-case start is a fragment",
        "February 2021",  # a date is never a heading
        "March 3, 2021",
        "By Jane Doe",
        "1849",
        "[1] A note",
        "WORKING MEN OF ALL COUNTRIES, UNITE!",
        "A heading that goes on and on for far too many words to be a heading at all really",
    ],
)
def test_lines_that_are_never_headings(line: str) -> None:
    assert shape_of(line) is None


def test_capitals_become_title_case() -> None:
    assert capitals_to_title_case("OF WHAT SORT OF PROOF THE PRINCIPLE OF UTILITY IS SUSCEPTIBLE") == (
        "Of What Sort of Proof the Principle of Utility Is Susceptible"
    )
    assert capitals_to_title_case("CRITICAL-UTOPIAN SOCIALISM AND COMMUNISM") == "Critical-Utopian Socialism and Communism"
    assert capitals_to_title_case("LOUIS XIV AND THE STATE") == "Louis XIV and the State"


def outline(sections: tuple[Section, ...], depth: int = 0) -> list[str]:
    return [line for s in sections for line in ["  " * depth + s.heading, *outline(s.subsections, depth + 1)]]


def test_roman_numerals_are_the_headings_and_numbered_paragraphs_are_not() -> None:
    e = essay_of(
        f"The Title\n\n{P[0]}\n\nI.\n\n{P[1]}\n\n1.  A living option is one in which both hypotheses are live ones.\n\n"
        f"2.  Next, if I say to you: choose.\n\nII.\n\n{P[2]}\n\nOr do you mean modern bourgeois private property?\n\n{P[3]}"
    )
    assert outline(e.sections) == ["I", "II"]
    assert len(e.intro) == 1


def test_nesting_follows_the_styles() -> None:
    e = essay_of(
        f"The Title\n\nI.  FIRST PART\n\n{P[0]}\n\nII.  SECOND PART\n\n1. OLDER SCHOOLS\n\nA. Feudal Ways\n\n{P[1]}\n\n"
        f"B. Petty Ways\n\n{P[2]}\n\nC. German Ways\n\n{P[3]}\n\n2. NEWER SCHOOLS\n\n{P[4]}\n\nIII.  THIRD PART AND\nITS LONG HEADING\n\n{P[5]}"
    )
    assert outline(e.sections) == [
        "I. First Part",
        "II. Second Part",
        "  1. Older Schools",
        "    A. Feudal Ways",
        "    B. Petty Ways",
        "    C. German Ways",
        "  2. Newer Schools",
        "III. Third Part and Its Long Heading",
    ]
    second = e.sections[1]
    assert [s.level for s in second.subsections] == [2, 2]
    assert [s.level for s in second.subsections[0].subsections] == [3, 3, 3]


def test_chapter_number_and_title_line_are_one_heading() -> None:
    e = essay_of(f"The Title\n\nCHAPTER I.\n\n\nGENERAL REMARKS.\n\n{P[0]}\n\nCHAPTER II.\n\nWHAT IT IS.\n\n{P[1]}")
    assert outline(e.sections) == ["Chapter I: General Remarks", "Chapter II: What It Is"]


def test_a_line_broken_out_of_a_sentence_is_prose() -> None:
    e = essay_of(f"The Title\n\nFirst part\n\n{P[0]}\n\nHe understood that\n\nthe house was gone.\n\nSecond part\n\n{P[1]}")
    assert outline(e.sections) == ["First part", "Second part"]
    assert e.sections[0].blocks[1].text == "He understood that the house was gone."


def test_a_lone_capitals_line_among_plain_headings_is_prose() -> None:
    e = essay_of(f"The Title\n\nFirst part\n\n{P[0]}\n\nWHAT A DAY\n\n{P[1]}\n\nSecond part\n\n{P[2]}")
    assert outline(e.sections) == ["First part", "Second part"]


def test_korean_headings_end_in_a_full_stop() -> None:
    e = essay_of(f"제목\n\n서론.\n\n{P[0]}\n\n본론.\n\n{P[1]}\n\n결론.\n\n{P[2]}")
    assert outline(e.sections) == ["서론", "본론", "결론"]


def test_chinese_numbered_headings() -> None:
    e = essay_of(f"标题\n\n一、开源的意义\n\n{P[0]}\n\n二、社区的力量\n\n{P[1]}")
    assert outline(e.sections) == ["一、开源的意义", "二、社区的力量"]


def test_a_date_under_the_title_is_not_a_section() -> None:
    e = essay_of("A Memoir\n\nFebruary 2021\n\n" + "\n\n".join(paragraph(150, f"Para{i}") for i in range(20)))
    assert e.split_into_parts
    assert all(s.heading.startswith("Part ") for s in e.sections)


def test_a_name_under_the_title_is_its_author_not_a_section() -> None:
    e = essay_of("A Memoir\n\nJane Doe\n\n" + "\n\n".join(paragraph(150, f"Para{i}") for i in range(20)))
    assert e.split_into_parts
    assert [(f.label, f.value) for f in e.meta] == [("Author", "Jane Doe")]
    assert e.sections[0].blocks[0].text.startswith("Para0")


@pytest.mark.parametrize(
    ("under_title", "author"),
    [
        ("Patrick Henry", "Patrick Henry"),
        ("Notes Toward Freedom", None),  # "freedom" is one of the essay's words: a subtitle
        ("CHAPTER I.", None),  # a heading's shape
    ],
)
def test_a_bare_name_under_the_title(under_title: str, author: str | None) -> None:
    body = "\n\n".join(f"{p} And freedom, at last." for p in P[:3])
    e = essay_of(f"Give Me Liberty\n\n{under_title}\n\n{body}")
    assert [f.value for f in e.meta if f.label == "Author"] == ([author] if author else [])


def test_a_bare_name_over_an_essay_with_headings_is_no_author() -> None:
    e = essay_of(f"The Title\n\nJane Doe\n\n{P[0]}\n\nSecond Thoughts\n\n{P[1]}\n\nLast Words\n\n{P[2]}")
    assert not e.meta


def test_repeated_titles_are_kept() -> None:
    e = essay_of(f"The Title\n\nI. EXAMPLES\n\n{P[0]}\n\nII. EXAMPLES\n\n{P[1]}")
    assert outline(e.sections) == ["I. Examples", "II. Examples"]


def test_the_title_repeated_with_a_number_is_not_a_section() -> None:
    e = essay_of(f"SELF-RELIANCE.\n\nII. SELF-RELIANCE.\n\n{P[0]}\n\n{P[1]}")
    assert e.sections == ()
    assert len(e.intro) == 2


def test_a_name_line_above_the_contents_stays_and_the_contents_go() -> None:
    e = essay_of(f"The Title\n\nJane Doe\n\nContents\n\nFirst part\n\nSecond part\n\nFirst part\n\n{P[0]}\n\nSecond part\n\n{P[1]}")
    assert outline(e.sections) == ["First part", "Second part"]
    assert [b.text for b in e.intro] == ["Jane Doe"]


def test_a_lone_question_among_the_paragraphs_is_prose() -> None:
    e = essay_of(f"The Title\n\n{P[0]}\n\nI wondered: where would it be after a decade?\n\n{P[1]}")
    assert e.sections == ()
    assert e.intro[1].text == "I wondered: where would it be after a decade?"
    # Questions in a series are the essay's headings.
    e = essay_of(f"The Title\n\n{P[0]}\n\nWhy Go?\n\n{P[1]}\n\nWhy open source?\n\n{P[2]}")
    assert outline(e.sections) == ["Why Go?", "Why open source?"]


def test_chinese_chapters_and_korean_sentences() -> None:
    assert (shape_of("第一章 总论").style, shape_of("第一章 总论").text()) == ("chapter", "第一章 总论")
    assert shape_of("1. 서론.") is not None
    assert shape_of("1. 첫째로 이것은 중요합니다.") is None  # a Korean sentence, not a heading


FRENCH = [
    "La nation est une âme, un principe spirituel. Deux choses qui, à vrai dire, n'en font qu'une constituent "
    "cette âme, ce principe spirituel. L'une est dans le passé, l'autre dans le présent.",
    "L'homme n'est esclave ni de sa race, ni de sa langue, ni de sa religion, ni du cours des fleuves, ni de la "
    "direction des chaînes de montagnes. Une grande agrégation d'hommes, saine d'esprit et chaude de cœur, crée "
    "une conscience morale qui s'appelle une nation.",
]


def detected(text: str) -> Essay:
    """Read as a build reads it: by format, then the language detected."""
    return parse(source_text("test.txt", "test", text))


def test_a_title_in_capitals_is_in_sentence_case_outside_english() -> None:
    essay = detected(
        f"QU'EST-CE QU'UNE NATION ?\n\nPAR ERNEST RENAN\n\nI. LA RACE ET LA LANGUE\n\n{FRENCH[0]}\n\n"
        f"II. L'ŒUVRE DE LOUIS XIV ET DE LA FRANCE\n\n{FRENCH[1]} On dit que Louis XIV fit la France."
    )
    assert essay.language == "fr"
    assert essay.title == "Qu'est-ce qu'une nation ?"
    # A word the essay capitalises inside its sentences is a name and keeps its capital.
    assert [s.heading for s in essay.sections] == ["I. La race et la langue", "II. L'œuvre de Louis XIV et de la France"]
    assert [m.value for m in essay.meta if m.label == "Author"] == ["Ernest Renan"]  # a name keeps a capital on each word


def test_an_english_title_in_capitals_is_in_title_case() -> None:
    essay = detected(f"THE WILL TO BELIEVE\n\n{paragraph(60)}\n\n{paragraph(60, 'Again')}")
    assert essay.language == "en" and essay.title == "The Will to Believe"


def test_a_name_in_capitals_has_a_capital_on_each_word_in_any_script() -> None:
    essay = detected(
        "С ТОГО БЕРЕГА\n\nАвтор: А. И. ГЕРЦЕН\n\n"
        "Мы вовсе не врачи, мы боль. Что выйдет из нашего брожения, из нашей боли, мы не знаем, но боль "
        "обнаруживает, что в организме есть что-то не так. Свободный человек создает свою нравственность.\n\n"
        "Независимость лица от среды есть первое условие его свободы, и никакая внешняя сила не даст её тому, "
        "кто не нашёл её в себе самом."
    )
    assert essay.title == "С того берега"
    assert "А. И. Герцен" in [m.value for m in essay.meta], essay.meta


def test_underlined_headings_are_the_sections_and_nest_by_their_rows() -> None:
    e = essay_of(
        f"On Keeping Notes\n================\n\nby Jane Roe, 12 May 2019\n\n{P[0]}\n\n"
        f"Writing for a reader\n====================\n\n{P[1]}\n\n"
        f"Letters\n-------\n{P[2]}\n\n"  # prose right under the row, no blank line
        f"THE ARCHIVE PROBLEM\n===================\n\n{P[3]}\n\nA short line\n\n{P[4]}"
    )
    assert e.title == "On Keeping Notes" and e.dek is None
    assert [(m.label, m.value) for m in e.meta] == [("Author", "Jane Roe"), ("Date", "12 May 2019")]
    # Underlined headings are the essay's style: the short plain line is prose.
    assert outline(e.sections) == ["Writing for a reader", "  Letters", "The Archive Problem"]
    assert [b.text for b in e.sections[0].subsections[0].blocks] == [P[2]]
    assert not any("===" in b.text or "---" in b.text for s in e.sections for b in s.all_blocks())


def test_an_underlined_heading_over_prose_opening_in_lower_case_is_a_heading() -> None:
    """"iOS apps go through a review…": a sentence may open in lower case;
    the author's underline still makes the line above a heading."""
    e = essay_of(
        f"Small Apps, Big Stores\n======================\n\n{P[0]}\n\nThe review process\n------------------\n\n"
        f"iOS apps go through a review before they reach the store.\n\nSideloading\n-----------\n\n{P[1]}"
    )
    assert outline(e.sections) == ["The review process", "Sideloading"]
    assert [b.text for b in e.sections[0].blocks] == ["iOS apps go through a review before they reach the store."]


def test_an_underlined_heading_over_its_subheading_is_no_contents_entry() -> None:
    """Two projects' sections each have a "Regular decision process": the
    first, straight over its own subheading, had been dropped as a table of
    contents naming the second."""
    e = essay_of(
        f"Governance Survey\n=================\n\n{P[0]}\n\nAstropy\n=======\n\n{P[1]}\n\n"
        f"Regular decision process\n------------------------\n\nCode-level decisions\n~~~~~~~~~~~~~~~~~~~~\n\n{P[2]}\n\n"
        f"Microsoft\n=========\n\n{P[3]}\n\nRegular decision process\n------------------------\n\n{P[4]}"
    )
    assert outline(e.sections) == ["Astropy", "  Regular decision process", "    Code-level decisions", "Microsoft", "  Regular decision process"]


def test_an_overlined_title_and_a_row_under_prose() -> None:
    e = essay_of(
        f"=====\nTitle\n=====\n\n{P[0]}\n\nIntroduction\n~~~~~~~~~~~~\n\n{P[1]}\nThe last line of a paragraph\n----------------------------\n\n{P[2]}"
    )
    assert e.title == "Title"
    assert outline(e.sections) == ["Introduction"]
    # A row under a paragraph's later line is a rule in the text, not an underline.
    assert any("The last line of a paragraph" in b.text for b in e.sections[0].blocks)


def test_a_number_alone_between_unwrapped_paragraphs_is_a_heading() -> None:
    """A paragraph per line and no blank lines: "II" on its own line is
    the section's number, not the first word of the paragraph under it."""
    e = essay_of(f"The Title\n\n{P[0]}\nI\n{P[1]}\n{P[2]}\nII\n{P[3]}\n{P[4]}")
    assert outline(e.sections) == ["I", "II"]
    assert [b.text for b in e.sections[1].blocks] == [P[3], P[4]]
    assert [b.text for b in e.intro] == [P[0]]


CONTENTS_THEN_ESSAY = f"""THE COMMON FIELDS

CONTENTS

INTRODUCTION

OF THE RISE AND DECLINE OF THE COMMON FIELDS IN GENERAL,
  WITH SOME REMARKS ON THE ENCLOSURE OF THE PARISH LANDS

OF THE _PRESENT_ STATE OF THE _PARISH_

INTRODUCTION

{P[0]}

OF THE RISE AND DECLINE OF THE COMMON FIELDS IN GENERAL,
  WITH SOME REMARKS ON THE ENCLOSURE OF THE PARISH LANDS

{P[1]}

OF THE _PRESENT_ STATE OF THE _PARISH_

{P[2]}

F I N I S.
"""


def test_a_heading_carried_over_two_lines_may_be_longer_than_one_line() -> None:
    e = essay_of(CONTENTS_THEN_ESSAY)
    assert outline(e.sections)[1] == "Of the Rise and Decline of the Common Fields in General, with Some Remarks on the Enclosure of the Parish Lands"


def test_contents_whose_entries_stand_between_blank_lines_are_dropped() -> None:
    e = essay_of(CONTENTS_THEN_ESSAY)
    assert len(e.sections) == 3
    assert [b.text for b in e.sections[0].blocks] == [P[0]]
    assert not e.intro


def test_plain_text_emphasis_is_taken_out_of_headings() -> None:
    e = essay_of(CONTENTS_THEN_ESSAY)
    assert e.sections[2].heading == "Of the Present State of the Parish"


def test_a_letter_spaced_finis_is_the_printers_end_mark() -> None:
    e = essay_of(CONTENTS_THEN_ESSAY)
    assert [b.text for b in e.sections[-1].blocks] == [P[2]]


def test_plain_text_emphasis_is_taken_out_of_the_title() -> None:
    assert essay_of(f"On _Walden_ Again\n\n{P[0]}\n\n{P[1]}").title == "On Walden Again"


def test_ordinal_divisions_are_chapters_and_parts() -> None:
    """German, French and old English books number a division with an
    ordinal first: "Erster Abschnitt,", "Zweyter Abschnitt,"."""
    e = essay_of(f"Zum ewigen Frieden\n\nErster Abschnitt,\n\n{P[0]}\n\nZweyter Abschnitt,\n\n{P[1]}\n\nI.\n\n{P[2]}\n\nII.\n\n{P[0]}")
    assert [s.heading for s in e.sections] == ["Erster Abschnitt", "Zweyter Abschnitt"]
    assert [s.heading for s in e.sections[1].subsections] == ["I", "II"]
    for line, label in [("Première partie", "Première partie"), ("SECOND LECTURE.", "SECOND LECTURE"), ("Dritter Theil: Vom Recht", "Dritter Theil")]:
        shape = shape_of(line)
        assert shape is not None and shape.label == label and shape.style in ("part", "chapter")


@pytest.mark.parametrize(
    ("heading", "language"),
    [("JSON이 아닌 YAML로 구성 작성", "ko"), ("서비스 디스커버리에 DNS 사용", "ko"), ("使用 YAML 而不是 JSON", "zh")],
)
def test_acronyms_in_a_heading_of_an_uncased_script_keep_their_capitals(heading: str, language: str) -> None:
    """A Korean or Chinese heading with acronyms is not a heading set in
    capitals: nothing in it is recased."""
    body = {"ko": "쿠버네티스 구성은 중요합니다. 여러 가지 모범 사례가 있습니다.", "zh": "配置很重要。这里有许多最佳实践。"}[language]
    e = parse(source_text("seeds/e.md", "e", f"# 标题 제목\n\n{body}\n\n## {heading}\n\n{body}\n\n## 다른 其他\n\n{body}\n"))
    assert e.sections[0].heading == heading


@pytest.mark.parametrize("line", ["— Американский бог...", "– Who is that", "— Là-bas"])
def test_a_line_of_dialogue_is_no_heading(line: str) -> None:
    """A line opening with a dash is a speaker's, however short and
    unpunctuated."""
    assert shape_of(line) is None


def test_a_front_heading_in_capitals_before_the_first_number_is_a_section() -> None:
    """Emerson's Nature: "INTRODUCTION." before "CHAPTER I." heads a section
    of its own; after the first number, a line in capitals is prose again."""
    e = essay_of(
        f"NATURE\n\nINTRODUCTION.\n\n{P[0]}\n\nCHAPTER I.\n\n{P[1]}\n\nWHAT A DAY\n\n{P[2]}\n\nCHAPTER II.\n\nCOMMODITY.\n\n{P[3]}"
    )
    assert [s.heading for s in e.sections] == ["Introduction", "Chapter I", "Chapter II: Commodity"]
    assert any(b.text == "WHAT A DAY" for b in e.sections[1].blocks)


def test_a_title_set_above_a_bare_chapter_number_is_the_chapters() -> None:
    """Emerson's Nature sets its first chapter's title over the number
    ("NATURE." / "CHAPTER I.") and the others' under it; both are titles.
    A line above a number that already has its title stays where it is."""
    e = essay_of(
        f"NATURE\n\nINTRODUCTION.\n\n{P[0]}\n\nNATURE.\n\nCHAPTER I.\n\n{P[1]}\n\nCHAPTER II.\n\nCOMMODITY.\n\n{P[2]}"
    )
    assert [s.heading for s in e.sections] == ["Introduction", "Chapter I: Nature", "Chapter II: Commodity"]
    assert not any("NATURE" in b.text for s in e.sections for b in s.blocks)
    assert e.sections[1].line == 7  # a link to the chapter lands on its title


def test_a_title_over_a_series_of_bare_numbers_is_each_ones() -> None:
    """Mill's introduction: "INTRODUCTION." over "I.", "II.", "III.", each
    bare. All three are parts of the introduction; "II" and "III" alone had
    been meaningless pages. The chapters after them keep their own titles."""
    e = essay_of(
        f"ON LIBERTY\n\nINTRODUCTION.\n\nI.\n\n{P[0]}\n\nII.\n\n{P[1]}\n\nIII.\n\n{P[2]}\n\n"
        f"CHAPTER I.\n\nINTRODUCTORY.\n\n{P[3]}"
    )
    assert [s.heading for s in e.sections] == ["I. Introduction", "II. Introduction", "III. Introduction", "Chapter I: Introductory"]
    # Another heading ends the series: the numbers after it are not the introduction's.
    ended = essay_of(f"ON LIBERTY\n\nINTRODUCTION.\n\nI.\n\n{P[0]}\n\nII.\n\n{P[1]}\n\nTHE ARGUMENT.\n\n{P[2]}\n\nIII.\n\n{P[3]}")
    assert not any(s.heading.startswith("III") and "Introduction" in s.heading for s in ended.sections)


def test_the_title_again_over_untitled_chapters_is_a_half_title() -> None:
    """Over the one untitled number the line above is that chapter's title;
    over the first of several untitled chapters it is the book's title again."""
    e = essay_of(f"ON LIBERTY\n\nPREFACE.\n\n{P[3]}\n\nON LIBERTY.\n\nCHAPTER I.\n\n{P[0]}\n\nCHAPTER II.\n\n{P[1]}\n\nCHAPTER III.\n\n{P[2]}")
    assert [s.heading for s in e.sections] == ["Preface", "Chapter I", "Chapter II", "Chapter III"]
    assert not any("LIBERTY" in b.text for s in e.sections for b in s.blocks)


def test_one_section_of_a_book_under_its_number_and_title_is_a_section() -> None:
    """An excerpt of one section ("SECTION I." / "OF THE DIFFERENT SPECIES OF
    PHILOSOPHY."): both lines had been prose; a lone "1." still is."""
    e = essay_of(f"OF TASTE\n\nSECTION I.\n\nOF THE DIFFERENT SPECIES OF PHILOSOPHY.\n\n{P[0]}\n\n{P[1]}")
    assert [s.heading for s in e.sections] == ["Section I: Of the Different Species of Philosophy"]
    lone = essay_of(f"THE TITLE\n\n{P[0]}\n\n1.\n\n{P[1]}")
    assert not lone.sections


def test_a_name_set_far_right_under_a_quotation_is_its_credit_not_a_heading() -> None:
    """Gabriël's mottoes: "STERNE." and "»JOSEPH."" had been two sections."""
    motto = "  Strange! quoth I, debating the matter with myself,\n  that one-and-twenty miles sailing, should\n  give a man these rights.--"
    e = essay_of(
        f"OP ZEE\n\nEEN PROLOOG.\n\n{motto}\n\n                                STERNE.\n\n{P[0]}\n\n"
        f"AFSCHEID.\n\nVaterland! dich musst' ich jung verlassen.--\n\n                                »JOSEPH.\"\n\n{P[1]}"
    )
    assert [s.heading.casefold() for s in e.sections] == ["een proloog", "afscheid"]
    assert [b.text for b in e.sections[1].blocks][:2] == ["Vaterland! dich musst' ich jung verlassen.--", '»JOSEPH."']
    # A centred heading after prose is still a heading.
    centred = essay_of(f"THE TITLE\n\n{P[0]}\n\n                    THE RETURN.\n\n{P[1]}\n\n                    THE END OF IT.\n\n{P[2]}")
    assert [s.heading for s in centred.sections] == ["The Return", "The End of It"]


def test_two_lines_above_a_bare_number_are_not_its_title() -> None:
    """Only a lone line is a title above a number: under another heading-like
    line it may be a half-title's subtitle."""
    e = essay_of(f"ESSAYS\n\nCHAPTER I.\n\n{P[0]}\n\nTHE SECOND BOOK\n\nOF THE WORLD\n\nCHAPTER II.\n\n{P[1]}")
    assert [s.heading for s in e.sections] == ["Chapter I", "Chapter II"]


@pytest.mark.parametrize(
    ("line", "label", "title"),
    [
        ("CHAPTER III. - AN APOLOGY FOR IDLERS", "Chapter III", "AN APOLOGY FOR IDLERS"),
        ("CHAPTER I - AN APOLOGY FOR IDLERS", "Chapter I", "AN APOLOGY FOR IDLERS"),
        ("II. — ON FALLING IN LOVE", "II", "ON FALLING IN LOVE"),
        ('CHAPTER I. - "VIRGINIBUS PUERISQUE"', "Chapter I", '"VIRGINIBUS PUERISQUE"'),
    ],
)
def test_a_dash_between_a_number_and_its_title_is_no_part_of_the_title(line: str, label: str, title: str) -> None:
    """Stevenson's Gutenberg edition sets "CHAPTER III. - AN APOLOGY…": the
    title had been "- an Apology for Idlers", recased from its first word "-"."""
    shape = shape_of(line)
    assert shape is not None and (shape.label, shape.title) == (label, title)
    assert not shape.text().startswith(f"{label}: -")


def test_a_quoted_line_alone_is_no_heading_but_a_quoted_title_after_a_number_is() -> None:
    assert shape_of('"VIRGINIBUS PUERISQUE"') is None
    assert shape_of('I. "VIRGINIBUS PUERISQUE"') is not None


@pytest.mark.parametrize(
    "sentence",
    ["وجودة التلفظ هو روح اللغة على التحقيق.", "मेरा सॉफ्टवेयर मुफ़्त है, लेकिन मेरा समय और ध्यान मुफ़्त नहीं है।", "मेरा सॉफ्टवेयर मुफ़्त है, लेकिन समय नहीं है."],
)
def test_a_sentence_alone_in_a_script_without_case_is_no_heading(sentence: str) -> None:
    """A one-sentence paragraph (a pull quote) in Arabic or Hindi had become
    a section: with no capitals to tell, a full stop after more than three
    words, or a danda, ends a sentence."""
    assert shape_of(sentence) is None
    assert shape_of("서론.") is not None and shape_of("١. مقدمة.") is not None


def test_contents_after_the_introduction_are_dropped() -> None:
    """Mill's On Liberty sets its contents after Courtney's introduction;
    the entries, with page numbers, had stayed as prose and swallowed
    Chapter I."""
    e = essay_of(
        f"ON FREEDOM.\n\nINTRODUCTION.\n\n{P[0]}\n\nCONTENTS.\n\nCHAPTER I.\n                PAGE\nINTRODUCTORY      1\n\n"
        "CHAPTER II.\n\nOF THE LIBERTY OF THOUGHT     28\n\n"
        f"CHAPTER I.\n\nINTRODUCTORY.\n\n{P[1]}\n\nCHAPTER II.\n\nOF THE LIBERTY OF THOUGHT.\n\n{P[2]}"
    )
    assert [s.heading for s in e.sections] == ["Introduction", "Chapter I: Introductory", "Chapter II: Of the Liberty of Thought"]
    assert [len(s.blocks) for s in e.sections] == [1, 1, 1]


def test_the_last_contents_entry_and_a_half_title_before_the_first_chapter_go() -> None:
    """Mill's last entry ("CHAPTER V. / APPLICATIONS 177") has the motto
    under it, and "ON LIBERTY." stands again over Chapter I: neither is a
    section or a paragraph of the introduction."""
    e = essay_of(
        f"ON FREEDOM.\n\nINTRODUCTION.\n\n{P[0]}\n\nCONTENTS.\n\nCHAPTER I.\n                PAGE\nINTRODUCTORY      1\n\n"
        "CHAPTER II.\n\nOF THE LIBERTY OF THOUGHT     28\n\n"
        f"{P[2]}\n\nON FREEDOM.\n\nCHAPTER I.\n\nINTRODUCTORY.\n\n{P[1]}\n\nCHAPTER II.\n\nOF THE LIBERTY OF THOUGHT.\n\n{P[2]}"
    )
    assert [s.heading for s in e.sections] == ["Introduction", "Chapter I: Introductory", "Chapter II: Of the Liberty of Thought"]
    assert [b.text for b in e.sections[0].blocks] == [P[0], P[2]]
    assert [r.rule for r in e.removed if r.rule == "half-title"] == ["half-title"]


def test_a_name_over_a_place_and_date_signs_off_and_is_no_heading() -> None:
    """Courtney's introduction to On Liberty ends "W. L. COURTNEY." /
    "LONDON, _July 5th, 1901_.": it had become a subsection (lettered "W.")."""
    e = essay_of(f"ON FREEDOM.\n\nCHAPTER I.\n\n{P[0]}\n\nW. L. COURTNEY.\n\nLONDON, _July 5th, 1901_.\n\nCHAPTER II.\n\n{P[1]}")
    assert [(s.heading, [sub.heading for sub in s.subsections]) for s in e.sections] == [("Chapter I", []), ("Chapter II", [])]
    assert [b.text for b in e.sections[0].blocks][-2:] == ["W. L. COURTNEY.", "LONDON, July 5th, 1901."]


def test_a_heading_in_capitals_keeps_the_capitals_of_an_acronym_the_essay_writes() -> None:
    """Wikipedia's "NSS" heading had become "Nss": the text writes "(NSS)"
    inside its sentences and never in lower case. A word a paragraph opens
    with in capitals ("OUR age is…") is no acronym."""
    text = f"THE BROWSER\n\nTHE NSS LIBRARY\n\nNetwork Security Services (NSS) comprises libraries. {P[0]}\n\nOUR WORK\n\nOUR age is retrospective. {P[1]}"
    e = parse(source_text("seeds/browser.txt", "browser", text))
    assert [s.heading for s in e.sections] == ["The NSS Library", "Our Work"]


@pytest.mark.parametrize(
    ("heading", "shown"),
    [
        ("TL;DR:", "TL;DR:"),
        ("TL;DR: THE SHORT VERSION", "TL;DR: The Short Version"),
        ("PEP: 8012", "PEP: 8012"),
        ("THE FAQ ABOUT JSON AND YAML", "The FAQ About JSON and YAML"),
        ("DR. JEKYLL AND MR. HYDE", "Dr. Jekyll and Mr. Hyde"),  # a title, not an acronym
    ],
)
def test_common_acronyms_keep_their_capitals_in_a_heading_set_in_capitals(heading: str, shown: str) -> None:
    from essay_site.formats.titlecase import display_case

    assert display_case(heading) == shown
