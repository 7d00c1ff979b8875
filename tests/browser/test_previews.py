"""Link previews (WCAG 1.4.13): hover, keyboard focus, Esc and tap, for each kind of link."""

from __future__ import annotations

import dataclasses
import re
from contextlib import nullcontext
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from _site_server import VIEWPORTS, site_url
from browser.notes_site import axe_violations, instant, navigated_instantly, notes_site

pytestmark = pytest.mark.browser

PREVIEW = ".essay-preview"


@dataclasses.dataclass(frozen=True)
class Kind:
    site: str  # "sample" or "notes"
    path: str
    selector: str  # the link to preview (the first match)
    expected: tuple[str, ...]  # texts the preview must show


@pytest.fixture(scope="module")
def notes_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with notes_site(tmp_path_factory.mktemp("notes")) as url:
        yield url


def words(element) -> str:
    """An element's text as a reader sees it: no ¶ tools, spaces collapsed."""
    text = " ".join(element.itertext())
    return re.sub(r"\s+", " ", text.replace("¶", "")).strip()


@pytest.fixture(scope="module")
def kinds(parse, sections) -> dict[str, Kind]:
    """Each kind of preview, with what it must show, read from the built pages."""
    home = parse("")
    section_href = home.xpath("//article//ol//a/@href")[0]
    opening = parse(section_href.split("#")[0]).xpath("//article//p[@id]")[0]
    theme_page = next(p for p in ["themes/openness/", "themes/standards/"] if parse(p) is not None)
    passage = parse(theme_page).xpath("//article//p[contains(@class, 'passage')]/a/@href")[0]
    page_path, anchor = passage.removeprefix("../../").split("#")
    paragraph = parse(page_path).xpath(f"//*[@id='{anchor}']")[0]
    term_page = next(p for p in sections if parse(p).xpath("//article//a[contains(@class, 'term')]"))
    term = parse(term_page).xpath("//article//a[contains(@class, 'term')]/@href")[0].split("#")[1]
    entry = parse("glossary/").xpath(f"//h2[@id='{term}']")[0]
    definition = entry.getnext()
    appears = next(p for p in entry.itersiblings("p") if "term-where" in p.classes)
    count = len(appears.xpath(".//a"))
    return {
        "section": Kind("sample", "", "article ol a", (words(opening)[:60],)),
        "paragraph": Kind("sample", theme_page, "article p.passage a", (words(paragraph)[:60],)),
        "term": Kind(
            "sample", term_page, "article a.term",
            (words(definition)[:60], f"Appears in {count} section{'' if count == 1 else 's'}"),
        ),
        "note": Kind("notes", "", "article a.footnote-ref", ("The railway platform story appears in several memoirs",)),
    }


def url_of(kind: Kind, root_url: str, notes_url: str) -> str:
    return (root_url if kind.site == "sample" else notes_url) + kind.path


def watch(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


KINDS = ["section", "paragraph", "term", "note"]


@pytest.fixture
def narrow_desktop(browser):
    """A mouse-and-keyboard window below the sidenote width, so notes preview too."""
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("name", KINDS)
def test_hover_shows_a_preview_that_the_pointer_can_enter(narrow_desktop, kinds, root_url, notes_url, name):
    kind, page = kinds[name], narrow_desktop
    errors = watch(page)
    page.goto(url_of(kind, root_url, notes_url))
    link = page.locator(kind.selector).first
    link.hover()
    preview = page.locator(PREVIEW)
    expect(preview).to_be_visible()
    for text in kind.expected:
        expect(preview).to_contain_text(text)
    expect(link).to_have_attribute("aria-describedby", preview.get_attribute("id"))
    # Hoverable: the pointer moves onto the preview, and it stays.
    box = preview.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + min(10, box["height"] / 2), steps=4)
    page.wait_for_timeout(700)
    expect(preview).to_be_visible()
    # Persistent until the pointer leaves; Esc dismisses while hovered.
    page.keyboard.press("Escape")
    expect(preview).to_have_count(0)
    link.hover()
    expect(preview).to_be_visible()
    page.mouse.move(1, 700)
    expect(preview).to_have_count(0)
    assert errors == []


@pytest.mark.parametrize("name", KINDS)
def test_keyboard_focus_shows_the_preview_and_esc_dismisses_it(narrow_desktop, kinds, root_url, notes_url, name):
    kind, page = kinds[name], narrow_desktop
    page.goto(url_of(kind, root_url, notes_url))
    link = page.locator(kind.selector).first
    link.evaluate("a => { const s = document.createElement('span'); s.tabIndex = 0; a.before(s); s.focus(); }")
    page.keyboard.press("Tab")
    expect(link).to_be_focused()
    preview = page.locator(PREVIEW)
    expect(preview).to_be_visible()
    expect(preview).to_contain_text(kind.expected[0])
    page.keyboard.press("Escape")
    expect(preview).to_have_count(0)
    expect(link).to_be_focused()


@pytest.mark.parametrize("name", KINDS)
def test_first_tap_previews_and_the_preview_links_on(browser, kinds, root_url, notes_url, name):
    # A context of its own, left open: after the tap that follows a link,
    # Chromium sometimes never answers the page's or the context's close
    # (seen only in full runs); the browser closes with the package.
    context = browser.new_context(**VIEWPORTS["mobile"], color_scheme="light")
    context.set_default_timeout(10_000)
    kind, page = kinds[name], context.new_page()
    start = url_of(kind, root_url, notes_url)
    page.goto(start)
    link = page.locator(kind.selector).first
    href = link.evaluate("a => a.href")
    link.tap()
    preview = page.locator(PREVIEW)
    expect(preview).to_be_visible()
    expect(preview).to_contain_text(kind.expected[0])
    assert page.url == start, "the first tap followed the link"
    box = preview.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, "the preview runs off a phone screen"
    follow = preview.locator(".essay-preview__follow a")
    assert follow.evaluate("a => a.href") == href
    page.keyboard.press("Escape")
    expect(preview).to_have_count(0)
    link.tap()
    expect(preview).to_be_visible()
    with page.expect_navigation(url=href.split("#")[0] + "**") if "#" not in href else nullcontext():
        page.locator(PREVIEW + " .essay-preview__follow a").tap()
    page.wait_for_url(href.split("#")[0] + "**")


def test_previews_work_after_instant_navigation(narrow_desktop, kinds, root_url, site_dir):
    page, kind = narrow_desktop, kinds["term"]
    instant(page, root_url, site_url(site_dir))
    click = page.locator(f"article a[href$='{kind.path}']").first.click
    assert navigated_instantly(page, root_url, click, root_url + kind.path), "the page was reloaded, not navigated instantly"
    page.locator(kind.selector).first.hover()
    expect(page.locator(PREVIEW)).to_contain_text(kind.expected[1])


def test_term_links_look_distinct_from_other_links(browser, root_url, kinds):
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme)
        page = context.new_page()
        page.goto(root_url + kinds["term"].path)
        style = "a => { const s = getComputedStyle(a); return [s.textDecorationLine, s.textDecorationStyle, s.color]; }"
        term = page.locator("article a.term").first.evaluate(style)
        body = page.locator("article p[id]").first.evaluate("p => getComputedStyle(p).color")
        other = page.locator("article li a:not(.term)").first.evaluate(style)
        assert term[0] == "underline" and term[1] == "dotted", f"{scheme}: a term link has no dotted underline"
        assert term[2] == body, f"{scheme}: a term keeps the text colour, for full contrast"
        assert other[1] != "dotted" and other[2] != term[2], f"{scheme}: a term looks like a navigation link"
        context.close()


def test_no_paragraph_carries_more_than_three_term_links(parse, sections):
    for path in ["", *sections, "read/"]:
        for p in parse(path).xpath("//article//p[@id] | //article//li[@id]"):
            assert len(p.xpath(".//a[contains(@class, 'term')]")) <= 3, f"{path}#{p.get('id')}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", KINDS)
def test_an_open_preview_has_no_axe_violations(browser, kinds, root_url, notes_url, name, scheme):
    context = browser.new_context(viewport={"width": 1100, "height": 800}, color_scheme=scheme, bypass_csp=True)
    page = context.new_page()
    kind = kinds[name]
    page.goto(url_of(kind, root_url, notes_url))
    # Opened by hover, then the pointer rests on the preview: Material's own
    # hover and focus colour of the link is not what this test is about.
    page.locator(kind.selector).first.hover()
    preview = page.locator(PREVIEW)
    expect(preview).to_be_visible()
    box = preview.bounding_box()
    page.mouse.move(box["x"] + 5, box["y"] + 5)
    page.wait_for_timeout(400)
    expect(preview).to_be_visible()
    assert axe_violations(page) == []
    context.close()
