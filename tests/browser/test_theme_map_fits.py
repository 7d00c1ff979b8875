"""The theme map fits: no sideways scrolling at 1280 px or 390 px, and every theme name readable."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Below this a theme name is no longer comfortably readable.
MIN_TEXT_PX = 11


def themes_of(parse) -> list[str]:
    return [h.text_content().replace("¶", "").strip() for h in parse("theme-map/").xpath("//article//h3")]


def scrolls_sideways(page) -> list[str]:
    """The page, or any element in the article, that is wider than its box and scrolls."""
    return page.evaluate(
        """() => {
          const found = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) found.push('page: ' + root.scrollWidth + ' > ' + root.clientWidth);
          for (const el of document.querySelectorAll('article *')) {
            const overflow = getComputedStyle(el).overflowX;
            if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1)
              found.push(el.tagName + '.' + el.className);
          }
          return found;
        }"""
    )


@pytest.mark.parametrize("width", [1280, 390])
def test_the_theme_map_does_not_scroll_sideways(browser, root_url, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(root_url + "theme-map/")
    assert scrolls_sideways(page) == []
    context.close()


def test_every_theme_name_is_readable_on_the_wide_map(page, root_url, parse):
    page.goto(root_url + "theme-map/")
    heads = page.locator(".theme-map svg .map-head")
    expect(heads.first).to_be_visible()
    names = heads.evaluate_all("ts => ts.map(t => t.textContent)")
    assert [n.replace(" ", "") for n in names] == [t.replace(" ", "") for t in themes_of(parse)]
    sizes = heads.evaluate_all(
        "ts => ts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)"
    )
    assert min(sizes) >= MIN_TEXT_PX, sizes
    svg = page.locator(".theme-map svg").bounding_box()
    for box in heads.evaluate_all("ts => ts.map(t => t.getBoundingClientRect().toJSON())"):
        assert svg["x"] <= box["left"] and box["right"] <= svg["x"] + svg["width"] + 1, "a theme name is cut off"
    boxes = heads.evaluate_all("ts => ts.map(t => t.getBoundingClientRect().toJSON())")
    for left, right in zip(boxes, boxes[1:]):
        assert left["right"] <= right["left"], "two theme names overlap"


def test_a_phone_gets_one_list_per_theme(mobile_page, root_url, parse):
    mobile_page.goto(root_url + "theme-map/")
    expect(mobile_page.locator(".theme-map")).to_be_hidden()
    lists = mobile_page.locator("article h3 + ul")
    expect(lists).to_have_count(len(themes_of(parse)))
    for h3 in mobile_page.locator("article h3").all():
        box = h3.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert mobile_page.locator("article h3 + ul a").count() >= len(themes_of(parse))
