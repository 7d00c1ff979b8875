"""The site at a phone's width (390×844): nothing scrolls sideways, and the nav drawer works."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from _site_server import page_params

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", page_params())
def test_no_horizontal_scroll(mobile_page, root_url, path):
    mobile_page.goto(root_url + path)
    scroll, client = mobile_page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll <= client, f"{path or '/'} is {scroll}px wide in a {client}px viewport"


def test_nav_drawer_opens_and_closes(mobile_page, root_url, sections):
    mobile_page.goto(root_url + sections[0])
    drawer = mobile_page.locator(".md-sidebar--primary")
    expect(drawer).not_to_be_in_viewport()

    mobile_page.locator("label.md-header__button[for=__drawer]").click()
    expect(drawer).to_be_in_viewport()
    expect(drawer.locator("a.md-nav__link").first).to_be_visible()

    # The overlay to the right of the drawer closes it, as a tap beside it would.
    viewport = mobile_page.viewport_size
    mobile_page.locator("label.md-overlay").click(position={"x": viewport["width"] - 10, "y": viewport["height"] // 2})
    expect(drawer).not_to_be_in_viewport()
