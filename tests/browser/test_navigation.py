"""Reaching every section: the sidebar, the prev/next footer, and search."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from _site_server import path_of

pytestmark = pytest.mark.browser

PRIMARY_NAV_LINKS = ".md-sidebar--primary nav a.md-nav__link[href]"
NEXT_LINK = "a.md-footer__link--next"
PREV_LINK = "a.md-footer__link--prev"


def _nav_order(page, root_url, sections):
    """The section paths in the order the sidebar lists them."""
    hrefs = page.locator(PRIMARY_NAV_LINKS).evaluate_all("links => links.map(a => a.href)")
    order = []
    for path in (path_of(href, root_url) for href in hrefs):
        if path in sections and path not in order:
            order.append(path)
    return order


def test_sidebar_lists_every_section(page, root_url, sections):
    page.goto(root_url)
    assert sorted(_nav_order(page, root_url, sections)) == sections


def test_sidebar_walks_every_section(page, root_url, sections):
    page.goto(root_url)
    for path in _nav_order(page, root_url, sections):
        links = page.locator(PRIMARY_NAV_LINKS)
        hrefs = links.evaluate_all("links => links.map(a => a.href)")
        link = links.nth(hrefs.index(root_url + path))
        label = link.inner_text().strip()
        link.click()
        page.wait_for_url(root_url + path)
        expect(page.locator("article h1")).to_be_visible()
        assert page.title().startswith(label), f"{path}: title {page.title()!r} does not start with {label!r}"


def test_footer_walks_sections_in_sidebar_order(page, root_url, sections):
    page.goto(root_url)
    nav_order = _nav_order(page, root_url, sections)
    chain = [""]
    while page.locator(NEXT_LINK).count():
        page.locator(NEXT_LINK).click()
        page.wait_for_url(lambda url: path_of(url, root_url) != chain[-1])
        path = path_of(page.url, root_url)
        assert path not in chain, f"the footer loops back to {path!r} after {chain}"
        prev = page.locator(PREV_LINK).evaluate("a => a.href")
        assert path_of(prev, root_url) == chain[-1], f"{path}: 'previous' leads to {prev}, not {chain[-1]!r}"
        chain.append(path)
    assert [path for path in chain if path in sections] == nav_order


def test_sections_follow_the_essay_order(page, root_url, sections, parse):
    """The sidebar orders sections as the whole essay on /read/ does."""
    page.goto(root_url)
    nav_order = _nav_order(page, root_url, sections)
    whole_essay = " ".join(parse("read/").xpath("//article")[0].text_content().split())
    positions = {}
    for path in nav_order:
        title = " ".join(parse(path).xpath("//article//h1")[0].text_content().replace("¶", "").split())
        assert title in whole_essay, f"{path}: heading {title!r} is not on /read/"
        positions[path] = whole_essay.index(title)
    assert nav_order == sorted(nav_order, key=positions.__getitem__)


def test_search_finds_the_section_on_pricing_pressure(page, root_url, sections, parse):
    query = "pricing pressure"
    discussing = [path for path in sections if query in parse(path).text_content().lower()]
    assert discussing, f"no section page mentions {query!r}"
    page.goto(root_url)
    page.locator(".md-search__input").click()
    page.keyboard.type(query)
    results = page.locator(".md-search-result__item > a.md-search-result__link")
    expect(results.first).to_be_visible()
    found = [path_of(href, root_url) for href in results.evaluate_all("links => links.map(a => a.href)")]
    hits = [path for path in found if path in discussing]
    assert hits, f"results {found} include none of the sections that discuss it: {discussing}"

    results.nth(found.index(hits[0])).click()
    page.wait_for_url(lambda url: path_of(url, root_url) == hits[0])
    expect(page.locator("article h1")).to_be_visible()
    # search.highlight marks the query words on the page it opens.
    expect(page.locator("article mark[data-md-highlight]").first).to_be_visible()
