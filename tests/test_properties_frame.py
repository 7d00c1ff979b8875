"""Property tests for the page frame: any title, heading or summary text
reaches front matter, the nav and headings as the same text, never as markup.

The body's properties are in test_properties.py; these hold the frame: the
strings the theme prints raw (titles, descriptions, nav labels, site name),
headings ending in Markdown syntax characters, summaries that start a line,
and characters YAML and HTML refuse (noncharacters, controls).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import lxml.html
import markdown
import yaml
from hypothesis import given
from hypothesis import strategies as st

from essay_site.build import generate
from essay_site.escape import Escaper, frame, one_line
from essay_site.read import clean_line, read_markdown_setup, source_text
from essay_site.write import Manifest
from essay_site.yamlfile import SafeLoader, front_matter

ROOT = Path(__file__).resolve().parents[1]
SETUP = read_markdown_setup(ROOT / "mkdocs.yml")
ESCAPER = Escaper(SETUP)
SYNTAX = "#*_\\`[](){}<>!|~^=:$+-.&;\"'"
# Any text, markup and syntax characters weighted up, noncharacters included.
texts = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(SYNTAX), st.sampled_from("\ufffe\uffff\ufdd0")),
    min_size=1,
    max_size=60,
).filter(lambda t: one_line(t) != "")
word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)


def render(text: str) -> lxml.html.HtmlElement:
    md = markdown.Markdown(extensions=list(SETUP.extensions), extension_configs=SETUP.configs)
    tree = lxml.html.fragment_fromstring(md.convert(text) or "<p></p>", create_parent="div")
    for permalink in tree.cssselect("a.headerlink"):  # the toc extension's ¶
        permalink.drop_tree()
    return tree


@given(texts)
def test_frame_text_holds_no_markup_and_decodes_to_the_text(text: str) -> None:
    escaped = frame(text)
    assert not set(escaped) & set("<>\"'")
    assert html.unescape(escaped) == one_line(text)


@given(texts)
def test_front_matter_is_valid_yaml_that_gives_back_the_title(text: str) -> None:
    block = front_matter({"title": frame(text), "description": frame(text)}, "notice")
    body = block.removeprefix("---\n").removesuffix("---\n")
    data = yaml.load(body, Loader=SafeLoader)  # noqa: S506 - a safe loader
    assert data == {"title": frame(text), "description": frame(text)}


@given(st.lists(word, min_size=1, max_size=4), st.sampled_from(["#", "*", "\\", "_", "`", "!", "#!", "**", "\\#", "{#x}"]))
def test_a_heading_keeps_its_trailing_syntax_characters(words: list[str], tail: str) -> None:
    text = " ".join(words).capitalize() + " C" + tail
    (h1,) = render(f"# {ESCAPER.heading(text)}").iter("h1")
    assert h1.text_content() == text


# What the read stage lets through: no controls, no noncharacters, and no
# line separators (U+2028 and the rest end a line; the Markdown reader uses
# U+2028 for the author's own line breaks, which the escaper shows).
read_texts = texts.map(lambda t: clean_line("t", 1, " ".join(t.splitlines()))).filter(lambda t: one_line(t) != "")


@given(read_texts)
def test_any_heading_renders_as_its_text(text: str) -> None:
    tree = render(f"# {ESCAPER.heading(text)}")
    (h1,) = tree.iter("h1")
    assert [el.tag for el in tree.iter() if isinstance(el.tag, str)][1:2] == ["h1"]
    assert " ".join(h1.text_content().split()) == " ".join(one_line(text).split())


@given(st.sampled_from(["1986.", "3)", "-", "+", "*", ">", "#", "    ", "1.", "[x]: y", "*[X]:", "!!! note", "--8<--", ":"]), read_texts)
def test_a_summary_that_starts_a_line_stays_a_paragraph(start: str, rest: str) -> None:
    text = f"{start} {rest}"
    tree = render(f"1. [Section](x.md) · 1 min read  \n    {ESCAPER.line(text)}")
    assert [el.tag for el in tree.iter() if isinstance(el.tag, str)] == ["div", "ol", "li", "a", "br"]
    (li,) = tree.iter("li")
    shown = " ".join(li.text_content().split()).removeprefix("Section · 1 min read").strip()
    assert shown == " ".join(text.split())


HEADING = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40).filter(
    lambda t: re.search(r"\w", t) is not None and t.strip() == t
)


@given(HEADING, HEADING)
def test_generated_pages_carry_title_and_heading_as_frame_text(title: str, heading: str) -> None:
    """Through the whole pipeline: every page's front matter parses, and the
    titles in it and in the nav are the essay's text, frame-escaped."""
    prose = "This opening paragraph is prose, with enough words to read as prose and not as a heading."
    essay = f"{title}\n\n{prose}\n\n{heading}\n\n{prose} Another sentence follows it here.\n"
    inputs = _inputs(essay)
    output = generate(inputs, Manifest(), cached_cards={})
    config = yaml.load(output.files[".essay.yml"].decode(), Loader=SafeLoader)  # noqa: S506
    essay_model = output.linked.essay
    assert config["site_name"] == frame(essay_model.title)
    labels = [next(iter(entry)) for entry in config["nav"]]
    for page in output.linked.pages:
        assert frame(page.heading) in labels
        text = output.files[f"{page.slug}.md"].decode()
        head = yaml.load(text.split("---\n")[1], Loader=SafeLoader)  # noqa: S506
        assert head["title"] == frame(page.heading)
        assert not set(head["description"]) & set("<>\"'")


def _inputs(essay: str):  # noqa: ANN202 - read.Inputs
    from essay_site.read import Inputs

    return Inputs(
        essay=source_text("seeds/essay.txt", "essay", essay),
        glossary=None,
        redirects=None,
        markdown=SETUP,
        site_url="https://example.org/essay/",
    )
