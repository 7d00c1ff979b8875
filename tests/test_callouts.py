"""The author's callouts in a Markdown essay (GitHub alerts, MkDocs
admonitions, Docusaurus containers) are block quotes that open with their
title, or with their kind named in the essay's language; never code, never
a literal "[!NOTE]" or "!!! note"."""

from __future__ import annotations

import dataclasses
import textwrap

import pytest

from essay_site.formats import parse
from essay_site.formats.mdquotes import callouts_as_quotes
from essay_site.glossary import load_glossary
from essay_site.link import link
from essay_site.model import Block, Essay
from essay_site.pages.context import Context
from essay_site.pages.inline import para
from essay_site.read import source_text
from test_escape import ESCAPER, render

ESSAY = """
    # Notes on Notes

    An opening paragraph of the essay.

    !!! note "A side remark"
        The body of the note, which is prose.

        A second paragraph of it.

    > [!WARNING]
    > Mind the gap.

    ??? tip
        A folded tip.

    :::danger Beware the **dog**
    The container's body.
    :::

    ```
    !!! note
        code stays code
    ```

    The end.
"""


def md(text: str) -> Essay:
    return parse(source_text("seeds/essay.md", "essay", textwrap.dedent(text).lstrip("\n")))


def quotes(essay: Essay) -> list[Block]:
    return [b for b in essay.intro if b.kind == "quote"]


def test_each_kind_of_callout_is_a_quote() -> None:
    essay = md(ESSAY)
    found = [(q.callout, q.items) for q in quotes(essay)]
    assert found == [
        ("", ("A side remark", "The body of the note, which is prose.", "A second paragraph of it.")),
        ("warning", ("Mind the gap.",)),
        ("tip", ("A folded tip.",)),
        ("", ("Beware the dog", "The container's body.")),  # a title is inline Markdown
    ]
    assert [(m.kind, m.start, m.end) for m in quotes(essay)[0].marks_of(0)] == [("strong", 0, 13)]
    assert [b.kind for b in essay.intro][-2:] == ["code", "paragraph"]
    assert "!!! note\n    code stays code" in essay.intro[-2].text


def test_an_mdx_component_is_a_callout_and_other_components_keep_their_words() -> None:
    essay = md(
        """
        # T

        An opening paragraph of the essay.

        <Note>

        Class components are still supported.

        </Note>

        <Pitfall title="Mind the *gap*">
        Do not call hooks in loops.
        </Pitfall>

        <Intro>

        The introduction's own words.

        </Intro>
        """
    )
    assert [(q.callout, q.items) for q in quotes(essay)] == [
        ("note", ("Class components are still supported.",)),
        ("", ("Mind the gap", "Do not call hooks in loops.")),
    ]
    assert essay.intro[-1].text == "The introduction's own words."


@pytest.mark.parametrize(("language", "label"), [("en", "Warning"), ("es", "Advertencia"), ("ja", "警告")])
def test_a_callout_without_a_title_is_named_in_the_essays_language(language: str, label: str) -> None:
    essay = dataclasses.replace(md(ESSAY), language=language)
    linked = link(essay, load_glossary("g.yml", "terms:\n- {term: Zqx, definition: Unused.}\n"))
    context = Context.of(linked, ESCAPER, "seeds/essay.md")
    tree = render("\n\n".join(para(context, "index.md", p) for p in linked.index.paras))
    opening = [q.cssselect("p")[0].text_content().replace("¶", "").strip() for q in tree.cssselect("blockquote")]
    assert opening == ["A side remark", label, {"en": "Tip", "es": "Consejo", "ja": "ヒント"}[language], "Beware the dog"]
    assert all(q.cssselect("p")[0].cssselect("strong") for q in tree.cssselect("blockquote"))
    shown = " ".join(q.text_content() for q in tree.cssselect("blockquote"))
    assert "[!" not in shown and "!!!" not in shown and ":::" not in shown and "???" not in shown


def test_the_file_keeps_its_lines() -> None:
    lines = textwrap.dedent(ESSAY).lstrip("\n").splitlines()
    out, kinds = callouts_as_quotes(lines, 0)
    assert len(out) == len(lines)
    assert kinds == {5: ("note", "A side remark"), 10: ("warning", ""), 13: ("tip", ""), 16: ("caution", "Beware the **dog**")}


def test_a_container_that_never_closes_hides_nothing() -> None:
    essay = md("# T\n\nProse.\n\n:::note\nStill the essay.\n\nAnd more.\n")
    assert [b.text for b in essay.intro] == ["Prose.", "Still the essay.", "And more."]


def test_content_tabs_are_titled_quotes_one_after_another() -> None:
    essay = md('# T\n\nProse.\n\n=== "Python"\n    Python reads it in one line.\n\n=== "Rust"\n    Rust needs two.\n\nAfter.\n')
    assert [(b.kind, b.items) for b in essay.intro] == [
        ("paragraph", ("Prose.",)), ("quote", ("Python", "Python reads it in one line.")), ("quote", ("Rust", "Rust needs two.")), ("paragraph", ("After.",)),
    ]


def test_a_quarto_callout_is_a_callout_and_other_fenced_divs_only_lose_their_fences() -> None:
    essay = md(
        """
        # Notes on a method

        ::: {.column-page}
        The wide paragraph stays.
        :::

        ::: {.callout-warning title="Read *this* first"}
        The priors matter.
        :::

        :::: {.columns}
        ::: {.column width="50%"}
        Left column.
        :::
        ::::

        ::: column-margin
        A margin note.
        :::
        """
    )
    assert [(b.kind, b.text) for b in essay.intro] == [
        ("paragraph", "The wide paragraph stays."),
        ("quote", "Read this first The priors matter."),
        ("paragraph", "Left column."),
        ("paragraph", "A margin note."),
    ]
    assert not any(":::" in b.text for b in essay.intro)


def test_a_lone_closing_fence_stays_as_written() -> None:
    essay = md("# Title\n\nProse.\n\n:::\n")
    assert [b.text for b in essay.intro] == ["Prose.", ":::"]
