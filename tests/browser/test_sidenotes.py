"""Footnotes as sidenotes on wide screens; ordinary footnotes on narrow ones and without JavaScript."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from _site_server import site_url
from browser.notes_site import axe_violations, instant, navigated_instantly, notes_site

pytestmark = pytest.mark.browser

WIDE = {"width": 1440, "height": 900}


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(served root URL, deployed root URL) of the footnotes fixture's site."""
    base = tmp_path_factory.mktemp("notes")
    with notes_site(base) as url:
        yield url, site_url(base / "site")


@pytest.fixture(scope="module")
def notes_url(notes: tuple[str, str]) -> str:
    return notes[0]


def boxes(page, selector: str) -> list[dict]:
    return page.locator(selector).evaluate_all("els => els.map(e => e.getBoundingClientRect().toJSON())")


def overlap(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


@pytest.fixture
def wide_page(browser) -> Iterator:
    context = browser.new_context(viewport=WIDE)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    yield page
    context.close()


@pytest.mark.parametrize("path", ["a-book-for-sixpence/", "readers-nobody-had-counted/", ""])
def test_sidenotes_sit_beside_their_markers_without_overlap(wide_page, notes_url, path):
    page = wide_page
    page.goto(notes_url + path)
    notes = page.locator("article .sidenote")
    markers = page.locator("article a.footnote-ref")
    expect(notes).to_have_count(markers.count())
    assert markers.count() >= 1
    expect(page.locator("article .footnote")).to_be_hidden()
    side, refs = boxes(page, "article .sidenote"), boxes(page, "article a.footnote-ref")
    text = page.locator("article > p").first.bounding_box()
    toc = page.locator(".md-sidebar--secondary").bounding_box()
    for note, ref in zip(side, refs):
        assert note["left"] >= text["x"] + text["width"], "a sidenote covers the text"
        assert note["right"] <= toc["x"], "a sidenote runs into the table of contents"
        assert note["top"] >= ref["top"] - 1, "a sidenote sits above its marker"
    for earlier, later in zip(side, side[1:]):
        assert not overlap(earlier, later), "two sidenotes collide"
    for note, ref in zip(side, refs):
        if note["top"] - ref["top"] > 2:  # pushed down: only by the note above it
            assert any(abs(note["top"] - (other["bottom"] + 12)) < 2 for other in side), "a sidenote is far from its marker"
    assert page.errors == []


def test_sidenote_text_is_the_note(wide_page, notes_url):
    page = wide_page
    page.goto(notes_url + "a-book-for-sixpence/")
    first = page.locator("article .sidenote").first
    expect(first).to_have_attribute("role", "note")
    expect(first).to_contain_text("Continental paperback series")


def test_notes_stay_footnotes_on_a_narrow_screen(browser, notes_url):
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    page = context.new_page()
    page.goto(notes_url + "a-book-for-sixpence/")
    expect(page.locator("article .footnote")).to_be_visible()
    expect(page.locator(".sidenote")).to_have_count(0)
    context.close()


def test_notes_stay_footnotes_without_javascript(browser, notes_url):
    context = browser.new_context(viewport=WIDE, java_script_enabled=False)
    page = context.new_page()
    page.goto(notes_url + "a-book-for-sixpence/")
    expect(page.locator("article .footnote")).to_be_visible()
    expect(page.locator(".sidenote")).to_have_count(0)
    context.close()


def test_sidenotes_follow_instant_navigation(wide_page, notes):
    page, (notes_url, deployed) = wide_page, notes
    instant(page, notes_url, deployed)
    click = page.locator("article a", has_text="A book for sixpence").first.click
    assert navigated_instantly(page, notes_url, click, "**/a-book-for-sixpence/"), "the page was reloaded, not navigated instantly"
    expect(page.locator("article h1")).to_contain_text("A book for sixpence")
    expect(page.locator("article a.footnote-ref")).to_have_count(2)
    expect(page.locator("article .sidenote")).to_have_count(page.locator("article a.footnote-ref").count())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_sidenotes_have_no_axe_violations(browser, notes_url, scheme):
    context = browser.new_context(viewport=WIDE, color_scheme=scheme, bypass_csp=True)
    page = context.new_page()
    page.goto(notes_url + "a-book-for-sixpence/")
    expect(page.locator("article .sidenote").first).to_be_visible()
    assert axe_violations(page) == []
    context.close()
