"""The light/dark toggle switches the palette and the choice survives reloads and page changes."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

TOGGLE = "form[data-md-component=palette] label.md-header__button:not([hidden])"


def test_palette_toggle_switches_and_persists(new_context, root_url, sections):
    page = new_context(color_scheme="light").new_page()
    body = page.locator("body")
    page.goto(root_url)
    expect(body).to_have_attribute("data-md-color-scheme", "default")

    page.locator(TOGGLE).click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)"

    page.reload()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.goto(root_url + sections[0])
    expect(body).to_have_attribute("data-md-color-scheme", "slate")

    page.locator(TOGGLE).click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    page.reload()
    expect(body).to_have_attribute("data-md-color-scheme", "default")


def test_dark_system_preference_gives_the_dark_palette(new_context, root_url):
    page = new_context(color_scheme="dark").new_page()
    page.goto(root_url)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
