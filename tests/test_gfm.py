"""GitHub-flavoured Markdown in an essay: a pipe table is a table on the
site (its cells literal, whatever they hold), ~~struck~~ text is struck, and
a task list's boxes are ☐ and ☑."""

from __future__ import annotations

import textwrap

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from essay_site.formats import parse
from essay_site.glossary import load_glossary
from essay_site.link import link
from essay_site.model import Block, Essay
from essay_site.pages.context import Context
from essay_site.pages.inline import para
from essay_site.read import source_text
from test_escape import ESCAPER, HOSTILE, render

TABLE = """
    ---
    title: Comparing Formats
    ---

    Formats differ in what they cost to read.

    | Format | Read time | Notes |
    |:-------|----------:|:-----:|
    | CSV    | 12 s      | text, *no* types |
    | Arrow  | 0.2 s     |
    | Parquet | 1 s | on disk | an extra cell |
"""


def md(text: str) -> Essay:
    return parse(source_text("seeds/essay.md", "essay", textwrap.dedent(text).lstrip("\n")))


def tables(essay: Essay) -> list[Block]:
    return [b for b in essay.intro if b.kind == "table"]


def shown(essay: Essay, glossary: str = "terms:\n- {term: Zqx, definition: Unused.}\n") -> lxml.html.HtmlElement:
    linked = link(essay, load_glossary("g.yml", glossary))
    context = Context.of(linked, ESCAPER, "seeds/essay.md")
    return render("\n\n".join(para(context, "index.md", p) for p in linked.index.paras))


def test_a_pipe_table_is_a_table_block() -> None:
    (table,) = tables(md(TABLE))
    assert (table.columns, table.align) == (3, ("left", "right", "center"))
    # A short row is filled as GitHub fills it; an extra cell is dropped, as GitHub drops it.
    assert table.items == ("Format", "Read time", "Notes", "CSV", "12 s", "text, no types", "Arrow", "0.2 s", "", "Parquet", "1 s", "on disk")
    assert [(m.kind, table.items[5][m.start : m.end]) for m in table.marks_of(5)] == [("em", "no")]


def test_the_table_renders_with_its_header_alignment_and_marks() -> None:
    tree = shown(md(TABLE), "terms:\n- {term: CSV, definition: Comma-separated values.}\n")
    (table,) = tree.cssselect("table")
    assert [th.text_content() for th in table.cssselect("thead th")] == ["Format", "Read time", "Notes"]
    assert [[td.text_content() for td in tr.cssselect("td")] for tr in table.cssselect("tbody tr")] == [
        ["CSV", "12 s", "text, no types"], ["Arrow", "0.2 s", ""], ["Parquet", "1 s", "on disk"],
    ]
    assert "right" in table.cssselect("th")[1].get("style")
    assert table.cssselect("td em")[0].text == "no"
    assert not table.cssselect("a")  # a table's cells are data: no term links
    assert tree.cssselect("div.code-anchor")[0].get("id")  # a link to the table


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_cell_text_stays_in_its_cell_and_renders_literally(text: str) -> None:
    cell = text.replace("|", "\\|").replace("\n", " ")  # a pipe in a cell is escaped in GFM; a row is one line
    essay = md(f"# T\n\nProse.\n\n| A | B |\n|---|---|\n| {cell} | after |\n")
    (table,) = shown(essay).cssselect("table")
    (row,) = table.cssselect("tbody tr")
    cells = [" ".join(td.text_content().split()) for td in row.cssselect("td")]
    (block,) = tables(essay)
    assert cells == [" ".join(block.items[2].split()), "after"]
    assert not table.cssselect("script, img, h1, blockquote, ul, ol")
    assert all(a.get("href").startswith("http") for a in table.cssselect("a"))  # the essay's own links only


@given(st.lists(st.sampled_from(["|", "a", " ", "`", "*", "~~", "\\", "-", ":", "<b>", "[x](y)", "\n"]), max_size=30))
def test_any_row_text_keeps_the_table_whole(pieces: list[str]) -> None:
    row = "".join(pieces).replace("\n", " ")
    essay = md(f"# T\n\nProse.\n\n| A | B |\n|---|---|\n| {row} |\n")
    found = tables(essay)
    if found:
        (table,) = shown(essay).cssselect("table")
        assert len(table.cssselect("thead th")) == 2 and all(len(tr.cssselect("td")) == 2 for tr in table.cssselect("tbody tr"))


def test_struck_text_is_struck() -> None:
    tree = shown(md("# T\n\nI ~~hate~~ love *this ~~bit~~*.\n"))
    assert [d.text_content() for d in tree.iter("del")] == ["hate", "bit"]
    assert "~" not in tree.text_content()


def test_a_task_lists_boxes_are_characters_and_code_keeps_its_brackets() -> None:
    essay = md(
        """
        # T

        - [x] draft the essay
        - [ ] publish it
        > - [X] a task in a quote

        ```
        - [ ] code keeps this
        ```
        """
    )
    assert [b.items for b in essay.intro] == [("☑ draft the essay", "☐ publish it"), ("☑ a task in a quote",), ("- [ ] code keeps this",)]


def test_a_footnotes_links_and_emphasis_are_kept_and_its_text_escaped() -> None:
    """A note that exists to cite a source keeps the link to it."""
    from essay_site.pages.notes import footnotes

    essay = md(
        """
        # T

        A claim.[^talk]

        [^talk]: See the [talk by Teor](https://example.org/talk) and *the slides*; <b>not bold</b> & [x](javascript:alert(1)).

            A second paragraph with a [second link](https://example.org/two).
        """
    )
    linked = link(essay, load_glossary("g.yml", "terms:\n- {term: Zqx, definition: Unused.}\n"))
    context = Context.of(linked, ESCAPER, "seeds/essay.md")
    tree = render("\n\n".join([*(para(context, "index.md", p) for p in linked.index.paras), footnotes(context, [linked.index])]))
    note = tree.xpath("//div[@class='footnote']//li")[0]
    assert [(a.text_content(), a.get("href")) for a in note.xpath(".//a[not(contains(@class, 'footnote-backref'))]")] == [
        ("talk by Teor", "https://example.org/talk"),
        ("second link", "https://example.org/two"),
    ]
    assert [em.text_content() for em in note.xpath(".//em")] == ["the slides"]
    assert not note.xpath(".//b") and "not bold & x." in note.text_content()
