"""Glossary terms in the text and paragraph links: tooltips, fragments, the copy button."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Properties a :target highlight could plausibly change.
HIGHLIGHT_PROPERTIES = [
    "background-color",
    "background-image",
    "border-left-color",
    "border-left-width",
    "box-shadow",
    "color",
    "outline-color",
    "outline-style",
]


@pytest.fixture(scope="module")
def term(sections, parse):
    """(section path, href, definition) of the first glossary term on a section page.

    The definition is the glossary's: the term's preview shows it (the link
    carries no title, which would add Material's tooltip on top)."""
    for path in sections:
        for link in parse(path).xpath("//article//a[contains(concat(' ', @class, ' '), ' term ')]"):
            assert not link.get("title"), f"{path}: term link {link.get('href')!r} has a title"
            anchor = link.get("href").partition("#")[2]
            entry = parse("glossary/").xpath(f"//h2[@id='{anchor}']")[0]
            definition = next(p for p in entry.itersiblings("p") if "term-theme" not in (p.get("class") or ""))
            return path, link.get("href"), " ".join(definition.text_content().split())
    pytest.fail("no section page has a glossary term link (a.term)")


def _preview_of(page, link):
    """The preview of link (overrides/partials/preview-script.html)."""
    expect(link).to_have_attribute("aria-describedby", re.compile(r"\S"))
    preview = page.locator(f'[id="{link.get_attribute("aria-describedby")}"]')
    expect(preview).to_have_attribute("role", "tooltip")
    return preview


def test_term_preview_shows_the_definition_on_hover(page, root_url, term):
    path, href, definition = term
    page.goto(root_url + path)
    link = page.locator("article a.term").first
    link.hover()
    preview = _preview_of(page, link)
    expect(preview).to_be_visible()
    expect(preview).to_contain_text(definition)
    page.mouse.move(0, 0)
    expect(preview).to_be_hidden()


def test_term_preview_shows_the_definition_on_keyboard_focus(page, root_url, term):
    path, href, definition = term
    page.goto(root_url + path)
    link = page.locator("article a.term").first
    # Arrive with the Tab key, as a keyboard user does: from a focusable spot put just
    # before the term (the text before it has nothing focusable to start from).
    link.evaluate("a => { const s = document.createElement('span'); s.tabIndex = 0; a.before(s); s.focus(); }")
    page.keyboard.press("Tab")
    expect(link).to_be_focused()
    preview = _preview_of(page, link)
    expect(preview).to_be_visible()
    expect(preview).to_contain_text(definition)


def test_term_link_lands_on_the_glossary_entry(page, root_url, term):
    path, href, _ = term
    assert href.startswith("../glossary/#"), f"term link {href!r} does not point into the glossary"
    anchor = href.partition("#")[2]
    page.goto(root_url + path)
    page.locator("article a.term").first.click()
    page.wait_for_url(f"{root_url}glossary/#{anchor}")
    entry = page.locator(f'[id="{anchor}"]')
    expect(entry).to_be_in_viewport()
    header = page.locator("header.md-header").bounding_box()
    assert entry.bounding_box()["y"] >= header["y"] + header["height"] - 1, "the entry is hidden under the header"


def _highlight(page, paragraph_id):
    return page.locator(f'p[id="{paragraph_id}"]').evaluate(
        "(p, names) => Object.fromEntries(names.map(n => [n, getComputedStyle(p).getPropertyValue(n)]))",
        HIGHLIGHT_PROPERTIES,
    )


@pytest.fixture(scope="module")
def two_paragraphs(paragraphs):
    """The first and last linkable paragraph of the section page that has the most."""
    by_page = {}
    for paragraph in paragraphs:
        by_page.setdefault(paragraph.path, []).append(paragraph)
    ones = max(by_page.values(), key=len, default=[])
    if len(ones) < 2:
        pytest.fail("no section page has two paragraphs with a ¶ link")
    return ones[0], ones[-1]


def test_paragraph_fragment_scrolls_to_and_highlights_it(page, root_url, two_paragraphs):
    other, target = two_paragraphs  # the last one, so that reaching it takes a scroll
    page.goto(f"{root_url}{target.path}#{target.id}")
    expect(page.locator(f'p[id="{target.id}"]')).to_be_in_viewport()
    assert page.evaluate("document.querySelector(':target')?.id") == target.id
    assert _highlight(page, target.id) != _highlight(page, other.id), "the :target paragraph looks like any other"


def test_copy_button_puts_the_paragraph_url_on_the_clipboard(new_context, root_url, two_paragraphs):
    opened_at, wanted = two_paragraphs
    page = new_context(permissions=["clipboard-read", "clipboard-write"]).new_page()
    # Open the page at another paragraph: the copied URL must carry only the new fragment.
    page.goto(f"{root_url}{wanted.path}#{opened_at.id}")
    paragraph = page.locator(f'p[id="{wanted.id}"]')
    button = paragraph.locator("button.para-copy")
    # The button opens a menu: "Copy link" copies the paragraph's share page,
    # which forwards to the paragraph (tests/browser/test_share_pages.py).
    expect(button).to_have_accessible_name(re.compile("^Share this paragraph"))
    paragraph.hover()
    button.click()
    page.get_by_role("menuitem", name="Copy link").click()
    expected = f"{root_url}p/{wanted.id}/"
    copied = ""
    for _ in range(20):  # the copy is asynchronous
        copied = page.evaluate("navigator.clipboard.readText()")
        if copied == expected:
            break
        time.sleep(0.1)
    assert copied == expected
