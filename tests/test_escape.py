"""Escaping: hostile essay text renders literally with the site's Markdown setup."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import markdown
import pytest

from essay_site.read import read_markdown_setup
from essay_site.escape import Escaper

ROOT = Path(__file__).resolve().parent.parent
SETUP = read_markdown_setup(ROOT / "mkdocs.yml")
ESCAPER = Escaper(SETUP)

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!-- a comment",
    "[x](javascript:alert(1))",
    "![x](http://example.com/x.png)",
    "*emphasis* and _under_ and **strong** and __strong__",
    "    four spaces of indent make code",
    "\tand a tab",
    "1986. A year that starts a line.",
    "2) another list marker",
    "{: onclick=alert(1) }",
    "text {: #id .class onclick=alert(1) }",
    "--8<-- 'snippets/secret.txt'",
    "# not a heading",
    "> not a quote",
    "- not a list",
    "+ not a list",
    "---",
    "***",
    "___",
    "[x]: http://example.com",
    "*[ABBR]: Abbreviation",
    "[^1]: not a footnote",
    "!!! note",
    "| a | b |",
    ": not a definition",
    "`code` and ``more``",
    "back\\slash at the end\\",
    "&amp; &lt;b&gt; &#60;",
    "<http://example.com>",
    "AT&T and 3 < 4 > 2",
    "= ~ ^ : $ | all of them",
    "line one  \nline two with a hard break",
    "C++ and C# and F#",
    "trailing two spaces  ",
]


def render(markdown_text: str) -> lxml.html.HtmlElement:
    md = markdown.Markdown(extensions=list(SETUP.extensions), extension_configs=SETUP.configs)
    return lxml.html.fragment_fromstring(md.convert(markdown_text), create_parent="div")


@pytest.mark.parametrize("text", HOSTILE)
def test_paragraph_renders_literally(text: str) -> None:
    tree = render(ESCAPER.line(text))
    elements = [el.tag for el in tree.iter() if isinstance(el.tag, str)]
    assert elements == ["div", "p"], (text, lxml.html.tostring(tree))
    assert tree[0].text_content().strip() == " ".join(text.split())
    assert not tree[0].attrib


@pytest.mark.parametrize("text", HOSTILE)
def test_inline_run_after_other_text_renders_literally(text: str) -> None:
    tree = render("Before: " + ESCAPER.inline(text))
    assert [el.tag for el in tree.iter() if isinstance(el.tag, str)] == ["div", "p"]
    assert " ".join(tree[0].text_content().split()) == " ".join(f"Before: {text}".split())


@pytest.mark.parametrize("text", HOSTILE)
def test_list_item_renders_literally(text: str) -> None:
    tree = render(f"- {ESCAPER.line(text)}")
    assert [el.tag for el in tree.iter() if isinstance(el.tag, str)] == ["div", "ul", "li"]
    assert tree[0][0].text_content().strip() == " ".join(text.split())


def test_escaped_characters_follow_mkdocs_yml() -> None:
    """Every syntax character of the configured Markdown is escaped somewhere."""
    md = markdown.Markdown(extensions=list(SETUP.extensions), extension_configs=SETUP.configs)
    for char in md.ESCAPED_CHARS:
        escaped = ESCAPER.line(char)
        assert escaped != char or char in "&<>", char
    assert "|" in md.ESCAPED_CHARS  # tables are on, so pipes are syntax


@pytest.mark.parametrize(
    "after",
    ["# not a heading", "1986. not a list", "- not a list", "> not a quote", "{: onclick=x } not attrs", "    code? no",
     "wow!", "see ](x) and [", "!", "wow!open weights"],
)
def test_line_breaks_after_term_links_stay_literal(after: str) -> None:
    """Term links end their line (attr_list reads one list per line); the text
    that then starts a line is guarded like any other line start."""
    from essay_site.glossary import load_glossary
    from essay_site.link import link
    from essay_site.pages.context import Context
    from essay_site.pages.inline import para
    from helpers import essay_of

    glossary = load_glossary("g.yml", "terms:\n- {term: Open weights, definition: 'Say \"hi\" {x}'}\n- {term: Standards, definition: b}\n")
    essay = essay_of(f"Title\n\nAbout open weights {after} and standards, standards {after} end.\n\nHeading\n\nMore prose here.")
    linked = link(essay, glossary)
    tree = render(para(Context.of(linked, ESCAPER, "seeds/test.txt"), "index.md", linked.index.paras[0]))
    tags = [el.tag for el in tree.iter() if isinstance(el.tag, str)]
    assert tags == ["div", "p", "a", "a", "a", "button"], tags
    (p,) = tree
    terms = p.cssselect("a.term")
    assert [a.text for a in terms] == ["open weights", "standards"]
    assert terms[0].get("title") is None  # the preview shows the definition (preview-script.html)
    text = " ".join(p.text_content().replace("¶", "").split())
    assert text == " ".join(f"About open weights {after} and standards, standards {after} end.".split())


@pytest.mark.parametrize(
    ("written", "emphasised", "terms_inside"),
    [
        ("the _closed weights and open weights_ here", ["closed weights and open weights"], ["open weights"]),
        ("_open weights_ _standards_.", ["open weights", "standards"], ["open weights", "standards"]),  # side by side
        ("_open weights_, then", ["open weights"], ["open weights"]),
        ("a _standards_ish", ["standards"], ["standards"]),  # the span ends inside a word (one word only: emphasis.py)
        ("_open weights and standards_ and _standards_", ["open weights and standards", "standards"], ["open weights", "standards"]),
        ("open weights _and standards_ here", ["and standards"], ["standards"]),  # after a term link's line break
    ],
)
def test_a_term_inside_emphasis_stays_emphasised(written: str, emphasised: list[str], terms_inside: list[str]) -> None:
    from essay_site.glossary import load_glossary
    from essay_site.link import link
    from essay_site.pages.context import Context
    from essay_site.pages.inline import para
    from helpers import essay_of

    glossary = load_glossary("g.yml", "terms:\n- {term: Open weights, definition: d}\n- {term: Standards, definition: b}\n")
    essay = essay_of(f"Title\n\nAbout {written} and more words here.\n\nHeading\n\nMore prose here.")
    linked = link(essay, glossary)
    tree = render(para(Context.of(linked, ESCAPER, "seeds/test.txt"), "index.md", linked.index.paras[0]))
    (p,) = tree
    assert [" ".join(em.text_content().split()) for em in p.iter("em")] == emphasised
    assert [a.text for a in p.cssselect("em > a.term")] == terms_inside, lxml.html.tostring(p)
    assert "*" not in p.text_content() and "_" not in p.text_content()


@pytest.mark.parametrize("before", ["!", "wow!", "[", "](x)", "\\", "`"])
def test_text_right_before_a_term_link_cannot_change_it(before: str) -> None:
    """`!` before `[` would make an image, `\\` would escape the bracket."""
    from essay_site.glossary import load_glossary
    from essay_site.link import link
    from essay_site.pages.context import Context
    from essay_site.pages.inline import para
    from helpers import essay_of

    glossary = load_glossary("g.yml", "terms:\n- {term: Open weights, definition: d}\n")
    essay = essay_of(f"Title\n\nSee {before}open weights and more words here, enough to be a paragraph.\n\nHeading\n\nMore.")
    linked = link(essay, glossary)
    tree = render(para(Context.of(linked, ESCAPER, "seeds/test.txt"), "index.md", linked.index.paras[0]))
    (p,) = tree
    assert not p.cssselect("img")
    assert [a.text for a in p.cssselect("a.term")] == ["open weights"]
    assert " ".join(p.text_content().replace("¶", "").split()).startswith(f"See {before}open weights and")
