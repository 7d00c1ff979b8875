"""Paragraph share pages (/p/<id>/), their quote cards, and the term-link cap."""

from __future__ import annotations

import base64
import hashlib
import io
import re
from pathlib import Path

import pytest
from lxml import html
from PIL import Image

from essay_site import build as build_module
from essay_site import cards
from essay_site.build import Project, generate
from essay_site.link import MAX_TERM_LINKS
from essay_site.pages.share import Shared, render
from essay_site.read import read_inputs
from essay_site.redirects import redirect_page
from essay_site.write import Manifest
from sandbox import make_project

SITE_URL = "https://example.github.io/essay-site/"

ESSAY = """\
A Field Guide to Small Rivers

Why streams matter

Small rivers carry more of a landscape's water than the great ones. A stream drains its valley quietly.[1]

The second paragraph says "quotes" & <tags> survive: </script><script>alert(1)</script> stays text.

Where they go

Every stream ends somewhere, usually in a larger one, and the larger one remembers it.

Notes

[1] Hydrologists count them by order, from the smallest upwards.
"""

TERMS_ESSAY = """\
Terms Everywhere

One

Alpha and beta and gamma and delta and epsilon all meet here.

Alpha, beta, gamma, delta and epsilon meet again here.

Two

Alpha and beta and gamma and delta and epsilon meet in another section.
"""

GLOSSARY = """\
terms:
""" + "".join(
    f"  - term: {name}\n    definition: The letter {name}.\n" for name in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")
)


def generated(tmp_path: Path, essay: str = ESSAY, site_url: str | None = SITE_URL, name: str = "essay.txt", **seeds: str):
    root = make_project(tmp_path, essay, name, **seeds)
    mkdocs = root / "mkdocs.yml"
    if site_url is None:
        mkdocs.write_text(re.sub(r"(?m)^site_url:.*\n", "", mkdocs.read_text()))
    project = Project(root)
    inputs = read_inputs(project.root, project.seeds, project.mkdocs_yml)
    return inputs, generate(inputs, Manifest())


def share_pages(files: dict[str, bytes]) -> dict[str, html.HtmlElement]:
    return {p: html.fromstring(data) for p, data in files.items() if re.fullmatch(r"p/[^/]+/index\.html", p)}


def meta(tree: html.HtmlElement, name: str) -> str | None:
    found = tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content')
    return found[0] if found else None


def test_every_paragraph_has_a_share_page_with_its_tags(tmp_path: Path) -> None:
    _, output = generated(tmp_path)
    pages = share_pages(output.files)
    paragraphs = [(page, p) for page in output.linked.pages for p in page.paras]
    assert sorted(pages) == sorted(f"p/{p.anchor}/index.html" for _, p in paragraphs)
    page, para = paragraphs[0]
    tree = pages[f"p/{para.anchor}/index.html"]
    assert meta(tree, "og:title") == "A Field Guide to Small Rivers › Why streams matter"
    description = meta(tree, "og:description")
    assert description.startswith("Small rivers carry more of a landscape's water") and len(description) <= 200
    assert "[1]" not in description, "the note marker stays with the note"
    assert meta(tree, "og:image") == f"{SITE_URL}assets/cards/p/{para.anchor}.png"
    assert (meta(tree, "og:image:width"), meta(tree, "og:image:height")) == ("1200", "630")
    assert meta(tree, "og:image:alt")
    assert meta(tree, "twitter:card") == "summary_large_image"
    assert meta(tree, "og:url") == f"{SITE_URL}p/{para.anchor}/"
    assert tree.xpath("//link[@rel='canonical']/@href") == [f"{SITE_URL}{page.slug}/#{para.anchor}"]


def test_a_share_page_redirects_to_its_paragraph_and_keeps_a_fragment(tmp_path: Path) -> None:
    _, output = generated(tmp_path)
    page = output.linked.pages[1]
    para = page.paras[0]
    tree = share_pages(output.files)[f"p/{para.anchor}/index.html"]
    refresh = tree.xpath("//meta[@http-equiv='refresh']/@content")[0]
    assert refresh == f"0; url=../../{page.slug}/#{para.anchor}"
    script = tree.xpath("//script/text()")[0]
    assert f'"../../{page.slug}/"' in script and "location.hash" in script


def test_the_share_page_allows_only_its_own_script(tmp_path: Path) -> None:
    _, output = generated(tmp_path)
    for tree in share_pages(output.files).values():
        policy = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
        script = tree.xpath("//script/text()")[0]
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"script-src 'sha256-{digest}'" in policy
        assert "default-src 'none'" in policy


def test_essay_text_on_a_share_page_is_escaped(tmp_path: Path) -> None:
    _, output = generated(tmp_path)
    raw = next(data for path, data in output.files.items() if path.startswith("p/the-second-paragraph"))
    assert raw.count(b"<script>") == 1, "the essay's </script><script> must not become markup"
    tree = html.fromstring(raw)
    assert '"quotes" & <tags>' in meta(tree, "og:description")
    assert len(tree.xpath("//script")) == 1


def test_without_a_site_url_there_is_no_relative_image(tmp_path: Path) -> None:
    _, output = generated(tmp_path, site_url=None)
    for tree in share_pages(output.files).values():
        assert meta(tree, "og:image") is None, "og:image must be absolute"
        assert meta(tree, "twitter:card") == "summary"
        assert meta(tree, "og:title")


def test_quote_cards_are_pngs_of_1200_by_630_under_300_kb(tmp_path: Path) -> None:
    _, output = generated(tmp_path)
    found = [p for p in output.files if p.startswith("assets/cards/p/")]
    assert len(found) == len(share_pages(output.files))
    for path in found:
        image = Image.open(io.BytesIO(output.files[path]))
        assert image.format == "PNG" and image.size == (1200, 630)
        assert len(output.files[path]) <= 300_000
    assert sorted(output.manifest.cards) == sorted(p for p in output.files if p.startswith("assets/cards/"))


def test_a_long_quote_card_stays_under_300_kb() -> None:
    quote = "Every word of this paragraph is long and varied, " * 40
    png = cards.render_quote_card("example.github.io/essay-site", "An Essay › A Section " * 5, quote)
    assert len(png) <= 300_000 and Image.open(io.BytesIO(png)).size == (1200, 630)


def test_quote_cards_are_reused_while_their_text_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs, first = generated(tmp_path)
    cached = {path: (key, first.files[path]) for path, key in first.manifest.cards.items()}
    drawn: list[str] = []
    monkeypatch.setattr(build_module.cards, "render_quote_card", lambda *args: drawn.append(args[2]) or b"new")
    again = generate(inputs, first.manifest, cached)
    assert drawn == []
    assert again.files == first.files


def test_share_pages_cost_one_page_and_one_card_per_paragraph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs, _ = generated(tmp_path)
    drawn: list[str] = []
    monkeypatch.setattr(build_module.cards, "render_quote_card", lambda *args: drawn.append(args[2]) or b"png")
    with_pages = generate(inputs, Manifest())
    without = generate(inputs, Manifest(), share_pages=False)
    paragraphs = sum(len(page.paras) for page in (with_pages.linked.index, *with_pages.linked.pages))
    assert len(drawn) == paragraphs
    assert len(with_pages.files) - len(without.files) == 2 * paragraphs


def test_copy_buttons_name_their_share_page(tmp_path: Path) -> None:
    _, output = generated(tmp_path)
    page = output.linked.pages[0]
    markdown = output.files[f"{page.slug}.md"].decode()
    for para in page.paras:
        assert f'data-para="{para.anchor}" data-share="../p/{para.anchor}/"' in markdown


def linked_terms(markdown: str, paragraph_start: str) -> list[str]:
    para = next(block for block in markdown.split("\n\n") if paragraph_start in block and "para-link" in block)
    return [t.lower() for t in re.findall(r"\[([A-Za-z]+)\]\([^)]*glossary[^)]*\)", para)]


def test_a_paragraph_links_at_most_three_terms_and_the_rest_link_next(tmp_path: Path) -> None:
    _, output = generated(tmp_path, TERMS_ESSAY, glossary=GLOSSARY)
    page = output.files[f"{output.linked.pages[0].slug}.md"].decode()
    assert linked_terms(page, "all meet here") == ["alpha", "beta", "gamma"][:MAX_TERM_LINKS]
    assert linked_terms(page, "meet again here") == ["delta", "epsilon"]
    # Another page starts afresh, with the same cap.
    other = output.files[f"{output.linked.pages[1].slug}.md"].decode()
    assert linked_terms(other, "another section") == ["alpha", "beta", "gamma"]


def test_the_one_page_edition_keeps_the_cap(tmp_path: Path) -> None:
    _, output = generated(tmp_path, TERMS_ESSAY, glossary=GLOSSARY)
    whole = output.files["read.md"].decode()
    assert linked_terms(whole, "all meet here") == ["alpha", "beta", "gamma"]
    assert linked_terms(whole, "meet again here") == ["delta", "epsilon"]
    assert linked_terms(whole, "another section") == []


LIST_ESSAY = """\
# Rivers

## Kinds

- Brooks run fast over stones.
- Creeks wind slowly through meadows.
- Bayous barely move at all.
"""


def test_every_list_item_has_its_anchor_link_and_share_page(tmp_path: Path) -> None:
    _, output = generated(tmp_path, LIST_ESSAY, name="rivers.md")
    (page,) = output.linked.pages
    (listed,) = page.paras
    pages = share_pages(output.files)
    assert sorted(pages) == sorted(f"p/{a}/index.html" for a in listed.anchors) and len(listed.anchors) == 3
    tree = pages[f"p/{listed.anchors[1]}/index.html"]
    assert meta(tree, "og:description") == "Creeks wind slowly through meadows."
    markdown = output.files[f"{page.slug}.md"].decode()
    for anchor in listed.anchors:
        assert f"{{: #{anchor} }}" in markdown and f'data-para="{anchor}"' in markdown


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("he", "rtl"), ("en", "ltr")])
def test_a_share_page_and_a_redirect_say_which_way_their_language_reads(language: str, direction: str) -> None:
    """The share page styles nothing (its policy allows no style), so the
    quotation reads right to left only if the page says so itself."""
    shared = Shared("x", "", "مقدمة", "نص الفقرة.")
    for page in (render(shared, SITE_URL, "Site", language), redirect_page("../new/", "مقدمة", language)):
        root = html.fromstring(page.encode())
        assert (root.get("lang"), root.get("dir")) == (language, direction)


def test_an_essay_of_one_page_is_named_by_its_title_not_as_an_introduction(tmp_path: Path) -> None:
    """Every paragraph of an essay without sections had been shared as
    "Title › Introduction", and every term "appears in: Introduction"."""
    one_page = "A Field Guide to Small Rivers\n\n" + "\n\n".join(
        ["Small rivers carry more of a landscape's water than the great ones, and streams drain their valleys quietly."] * 3
    )
    _, output = generated(tmp_path, one_page)
    (tree, *_) = share_pages(output.files).values()
    assert meta(tree, "og:title") == "A Field Guide to Small Rivers"
    glossary = output.files["glossary.md"].decode()
    assert "Introduction" not in glossary and "[A Field Guide to Small Rivers](index.md#" in glossary
