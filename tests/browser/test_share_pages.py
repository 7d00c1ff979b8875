"""Paragraph share pages in the browser: their tags, the redirect and the quote card."""

from __future__ import annotations

import io
import re
import time

import pytest
from lxml import html
from PIL import Image
from playwright.sync_api import expect

from _site_server import site_url
from browser.notes_site import axe_violations

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def shared(site_dir, paragraphs):
    """(paragraph, share page tree) for the first paragraph of a section page."""
    paragraph = paragraphs[0]
    page = site_dir / "p" / paragraph.id / "index.html"
    assert page.is_file(), f"no share page for {paragraph.id}"
    return paragraph, html.parse(str(page)).getroot()


def test_every_section_paragraph_has_a_share_page(site_dir, paragraphs):
    missing = [p.id for p in paragraphs if not (site_dir / "p" / p.id / "index.html").is_file()]
    assert missing == []


def test_share_page_tags(site_dir, shared, parse):
    paragraph, tree = shared
    deployed = site_url(site_dir)
    tags = {m.get("property") or m.get("name"): m.get("content") for m in tree.xpath("//meta[@content]")}
    heading = parse(paragraph.path).xpath("//article//h1")[0].text_content().replace("¶", "").strip()
    assert tags["og:title"].endswith(f"› {heading}")
    assert 0 < len(tags["og:description"]) <= 200
    assert tags["og:image"] == f"{deployed}assets/cards/p/{paragraph.id}.png"
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert tags["og:image:alt"] and tags["twitter:card"] == "summary_large_image"
    assert tree.xpath("//link[@rel='canonical']/@href") == [f"{deployed}{paragraph.path}#{paragraph.id}"]
    card = site_dir / "assets" / "cards" / "p" / f"{paragraph.id}.png"
    assert card.stat().st_size <= 300_000
    assert Image.open(io.BytesIO(card.read_bytes())).size == (1200, 630)


def test_share_page_redirects_to_the_paragraph(page, root_url, shared):
    paragraph, _ = shared
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{root_url}p/{paragraph.id}/")
    page.wait_for_url(f"{root_url}{paragraph.path}#{paragraph.id}")
    expect(page.locator(f'[id="{paragraph.id}"]')).to_be_in_viewport()
    assert errors == [], "the share page broke its own Content-Security-Policy"


def test_share_page_keeps_a_further_fragment(page, root_url, shared, paragraphs):
    paragraph, _ = shared
    other = next(p for p in paragraphs if p.path == paragraph.path and p.id != paragraph.id)
    page.goto(f"{root_url}p/{paragraph.id}/#{other.id}")
    page.wait_for_url(f"{root_url}{paragraph.path}#{other.id}")


def test_share_page_redirects_without_javascript(new_context, root_url, shared):
    paragraph, _ = shared
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{root_url}p/{paragraph.id}/")
    page.wait_for_url(f"{root_url}{paragraph.path}#{paragraph.id}")


def clipboard(page, expected_start: str) -> str:
    text = ""
    for _ in range(20):  # the copy is asynchronous
        text = page.evaluate("navigator.clipboard.readText()")
        if text.startswith(expected_start):
            break
        time.sleep(0.1)
    return text


def test_copy_menu_copies_the_share_link_and_a_quote(new_context, root_url, shared):
    paragraph, _ = shared
    page = new_context(permissions=["clipboard-read", "clipboard-write"]).new_page()
    page.goto(f"{root_url}{paragraph.path}")
    block = page.locator(f'[id="{paragraph.id}"]')
    button = block.locator("button.para-copy")
    expect(button).to_have_attribute("aria-haspopup", "menu")
    block.hover()
    button.click()
    menu = page.get_by_role("menu")
    expect(menu.get_by_role("menuitem")).to_have_text(["Copy link", "Copy quote"])
    expect(menu.get_by_role("menuitem").first).to_be_focused()
    menu.get_by_role("menuitem", name="Copy link").click()
    share = f"{root_url}p/{paragraph.id}/"
    assert clipboard(page, share) == share
    expect(button).to_be_focused()
    button.click()
    menu.get_by_role("menuitem", name="Copy quote").click()
    quote = clipboard(page, "> ")
    words = re.sub(r"\s+", " ", block.evaluate("b => b.firstChild.textContent")).strip()[:30]
    assert quote.startswith("> " + words), quote
    assert re.search(r"\n>\n> — \[.+›.+\]\(" + re.escape(share) + r"\)\n$", quote), quote
    button.click()
    page.keyboard.press("Escape")
    expect(menu).to_have_count(0)
    expect(button).to_be_focused()


def test_the_open_copy_menu_has_no_axe_violations(new_context, root_url, shared):
    paragraph, _ = shared
    page = new_context(bypass_csp=True).new_page()
    page.goto(f"{root_url}{paragraph.path}")
    block = page.locator(f'[id="{paragraph.id}"]')
    block.hover()
    block.locator("button.para-copy").click()
    expect(page.get_by_role("menu")).to_be_visible()
    assert axe_violations(page) == []
