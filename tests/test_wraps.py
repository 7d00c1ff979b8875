"""Hard wraps: lines joined, justified spaces collapsed, line-end hyphens
dropped only where they broke a word; page markers and running headers."""

from __future__ import annotations

import logging

import pytest

from essay_site.formats.wraps import Spelling, join_lines, remove_page_markers, remove_running_headers
from essay_site.formats.plain import split_blocks
from helpers import essay_of, paragraph


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["the devel-", "opment of it"], "the development of it"),
        (["an  admoni-", "tion in such lines"], "an admonition in such lines"),
        (["with-", "out notice"], "without notice"),
        (["a good-", "natured man"], "a good-natured man"),
        (["our co-", "developers"], "our co-developers"),
        (["production-", "quality code"], "production-quality code"),
        (["Self-", "existence"], "Self-existence"),
        (["grace-", "less"], "graceless"),
        (["unbrib-", "able"], "unbribable"),
        (["so--", "then"], "so-- then"),  # a dash, not a hyphen
        (["  I  READ  the  other", "day"], "I READ the other day"),
    ],
)
def test_line_ends_joined(lines: list[str], joined: str) -> None:
    assert join_lines(lines, Spelling.of(tuple(lines))) == joined


def test_the_essays_own_spelling_comes_first() -> None:
    # wordfreq knows "tomorrow"; an essay that writes "to-morrow" keeps its hyphen.
    text = ("Else to-morrow a stranger will say it.", "Think of to-", "morrow.")
    assert join_lines(list(text[1:]), Spelling.of(text)) == "Think of to-morrow."
    assert join_lines(list(text[1:]), Spelling.of(text[1:])) == "Think of tomorrow."


def test_hyphens_are_undone_in_an_essay() -> None:
    e = essay_of(f"The Title\n\nThe soul always hears an admoni-\ntion in such lines, and a good-\nnatured man agrees.\n\nHeading\n\n{paragraph(30)}")
    assert e.intro[0].text == "The soul always hears an admonition in such lines, and a good-natured man agrees."


def test_page_markers_are_removed_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    lines = ("Some text about a logical {2} intellect", "that runs on.", "", "{4}", "", "More text.")
    with caplog.at_level(logging.INFO, logger="essay_site"):
        blocks, removed = remove_page_markers("e.txt", split_blocks(lines))
    assert [t for b in blocks for _, t in b.lines] == ["Some text about a logical intellect", "that runs on.", "More text."]
    assert [(r.first_line, r.last_line, r.rule) for r in removed] == [(4, 4, "page marker")]
    assert "e.txt:4-4: removed page marker: '{4}'" in caplog.messages


def test_braces_glued_to_a_word_are_no_page_marker() -> None:
    lines = ("The mean is \\frac{1}{n} of the sum {2} here,", "and {3}")
    blocks, removed = remove_page_markers("e.txt", split_blocks(lines))
    assert [t for b in blocks for _, t in b.lines] == ["The mean is \\frac{1}{n} of the sum here,", "and"]


def test_bare_page_numbers_counting_up_are_removed_but_a_lone_year_is_not() -> None:
    lines = ("Text one.", "", "12", "", "Text two.", "", "13", "", "Text three.", "", "14", "", "Text four.")
    blocks, removed = remove_page_markers("e.txt", split_blocks(lines))
    assert [r.preview for r in removed] == ["12", "13", "14"]
    year = ("Text.", "", "1879", "", "More.")
    assert remove_page_markers("e.txt", split_blocks(year))[1] == ()


def test_running_headers_are_removed_and_logged() -> None:
    lines = []
    for n in range(4):
        lines += [f"the text of page {n} goes on and on over the lines and", f"line two of page {n} runs on to the",
                  f"THE WILL TO BELIEVE {n + 10}", f"next page, where it ends {n}.", ""]
    blocks, removed = remove_running_headers("e.txt", split_blocks(tuple(lines)))
    assert len(removed) == 4 and {r.rule for r in removed} == {"running header"}
    assert not any("BELIEVE" in t for b in blocks for _, t in b.lines)


def test_repeated_headings_are_not_running_headers() -> None:
    lines = ("What Grew There", "", "Prose.", "", "What Grew There", "", "Prose.", "", "What Grew There", "", "Prose.")
    assert remove_running_headers("e.txt", split_blocks(lines))[1] == ()


def test_numbered_headings_are_not_running_headers() -> None:
    lines = ("Harvest 17", "", "Prose.", "", "Harvest 27", "", "Prose.", "", "Harvest 37", "", "Prose.")
    assert remove_running_headers("e.txt", split_blocks(lines))[1] == ()
    pages = ("The text", "", "WALDEN 12", "", "runs on and", "", "WALDEN 13", "", "on over", "", "WALDEN 14", "", "pages.")
    assert [r.preview for r in remove_running_headers("e.txt", split_blocks(pages))[1]] == ["WALDEN 12", "WALDEN 13", "WALDEN 14"]
    sections = ("Heading 1", "", "Prose.", "", "Heading 2", "", "Prose.", "", "Heading 3", "", "Prose.")
    assert remove_running_headers("e.txt", split_blocks(sections))[1] == ()


def test_page_numbers_inside_paragraphs_are_removed() -> None:
    lines = ("The text runs", "7", "on over the page", "and on", "8", "and on to", "the next", "9", "and ends.")
    blocks, removed = remove_page_markers("e.txt", split_blocks(lines))
    assert [r.preview for r in removed] == ["7", "8", "9"]
    assert join_lines([t for b in blocks for _, t in b.lines]) == "The text runs on over the page and on and on to the next and ends."
    table = ("Scores", "1", "2", "3", "4", "end")
    assert remove_page_markers("e.txt", split_blocks(table))[1] == ()


def test_a_repeated_passage_is_not_a_running_header() -> None:
    """A refrain repeated with the same lines around it is text (found by
    the generated-essay property test): a header sits among different text
    on every page."""
    refrain = ["The tide came in over the stones", "and the harbour bell rang twice", "for the boats not yet home"]
    lines = []
    for n in range(3):
        lines += [f"Stanza {n} opens with its own words, which run on", *refrain, f"until the stanza {n} closes.", ""]
    assert remove_running_headers("e.txt", split_blocks(tuple(lines)))[1] == ()


def test_hard_wrapped_japanese_lines_join_without_a_space() -> None:
    assert join_lines(["科学者になるには", "「あたま」がよくなくてはいけない。", "Terada", "寺田"]) == "科学者になるには「あたま」がよくなくてはいけない。 Terada 寺田"
