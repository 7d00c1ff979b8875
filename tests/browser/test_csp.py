"""The Content-Security-Policy holds on the built site, and everything still works under it.

Every page carries the policy; a reader's whole tour (search, instant
navigation, the palette toggle, the copy menu, a term's preview, the
theme map) reports no violation; and the policy really blocks inline code
that no template wrote.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from _site_server import page_params

pytestmark = pytest.mark.browser

WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sample || '')));
"""


@pytest.fixture
def watched(new_context: Any) -> Iterator[Any]:
    context = new_context("desktop", permissions=["clipboard-read", "clipboard-write"])
    context.add_init_script(WATCH)
    page = context.new_page()
    yield page


def violations(page: Any) -> list[str]:
    return page.evaluate("window.__violations")


@pytest.mark.parametrize("path", page_params())
def test_every_page_carries_the_policy(parse: Any, path: str) -> None:
    (meta,) = parse(path).xpath('//head/meta[@http-equiv="Content-Security-Policy"]')
    policy = dict(d.strip().split(" ", 1) for d in meta.get("content").split(";"))
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'self'"
    assert policy["script-src"].startswith("'self' 'sha256-")
    assert "unsafe-inline" not in meta.get("content")
    assert policy["img-src"] == "'self' data:"
    # The policy comes before every script and style, so it covers them all.
    head = parse(path).xpath("//head")[0]
    first = [el.tag for el in head if el.tag in ("script", "style", "link", "meta")]
    assert first.index("meta") <= 1 and not [t for t in first[: first.index("meta")] if t in ("script", "style")]


def test_a_reader_tour_reports_no_violation(watched: Any, root_url: str, sections: list[str]) -> None:
    page = watched
    page.goto(root_url)
    # Search: its worker and index load under the policy.
    page.locator(".md-search__input").click()
    page.keyboard.type("standards")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    page.keyboard.press("Escape")
    # Instant navigation to a section, then the page's own features.
    target = root_url + sections[0]
    page.locator(f'.md-sidebar--primary nav a.md-nav__link[href="{target}"]').first.click()
    page.wait_for_url(target)
    expect(page.locator("article h1")).to_be_visible()
    page.locator("article a.term").first.hover()
    expect(page.locator(".essay-preview").first).to_be_visible()
    page.keyboard.press("Escape")
    paragraph = page.locator("article p[id]").first
    paragraph.hover()
    paragraph.locator("button.para-copy").click()
    page.get_by_role("menuitem", name="Copy link").click()
    # The copy is asynchronous: wait for the clipboard.
    for _ in range(20):
        if page.evaluate("navigator.clipboard.readText()").endswith(f"p/{paragraph.get_attribute('id')}/"):
            break
        page.wait_for_timeout(100)
    assert page.evaluate("navigator.clipboard.readText()").endswith(f"p/{paragraph.get_attribute('id')}/")
    page.locator("form[data-md-component=palette] label.md-header__button:not([hidden])").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    # The theme map, by instant navigation too.
    page.goto(root_url + "theme-map/")
    expect(page.locator("figure.theme-map svg")).to_be_visible()
    assert violations(page) == []


def test_the_policy_blocks_inline_code_no_template_wrote(watched: Any, root_url: str) -> None:
    page = watched
    page.goto(root_url)
    page.evaluate(
        """() => {
        document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__ran = 1">');
        const s = document.createElement('script'); s.textContent = 'window.__ran = 2'; document.body.append(s);
    }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.__ran") is None
    blocked = violations(page)
    assert any(v.startswith("script-src-attr") for v in blocked), blocked
    assert any(v.startswith("script-src-elem") for v in blocked), blocked
