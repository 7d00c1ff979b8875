"""The paragraph copy buttons: shown only where they can work, robust to any
fragment, and leaving the page's globals alone."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

NO_CLIPBOARD = "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });"
# Malformed percent-escapes: decodeURIComponent throws a URIError on each.
MALFORMED = ["#%E0%A4%A", "#%", "#100%-sure", "#%C3%28"]


def first_paragraph(paragraphs):
    if not paragraphs:
        pytest.fail("no paragraph with a ¶ link on the section pages")
    return paragraphs[0]


def errors_while(page, action) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    action()
    page.wait_for_load_state("load")
    return errors


def test_the_button_shows_where_the_clipboard_works(page, root_url, paragraphs) -> None:
    para = first_paragraph(paragraphs)
    page.goto(f"{root_url}{para.path}")
    expect(page.locator("html")).to_have_class(re.compile(r"\bessay-can-copy\b"))
    page.locator(f"#{para.id}").hover()
    expect(page.locator(f"#{para.id} button.para-copy")).to_be_visible()


@pytest.mark.parametrize("case", ["no JavaScript", "no clipboard API"])
def test_the_button_is_hidden_where_it_cannot_work(new_context, root_url, paragraphs, case: str) -> None:
    para = first_paragraph(paragraphs)
    context = new_context(java_script_enabled=case != "no JavaScript")
    if case == "no clipboard API":
        context.add_init_script(NO_CLIPBOARD)
    page = context.new_page()
    page.goto(f"{root_url}{para.path}")
    paragraph = page.locator(f"#{para.id}")
    paragraph.hover()
    expect(paragraph.locator("button.para-copy")).to_be_hidden()
    # The ¶ link, which needs nothing, stays the way to the paragraph.
    expect(paragraph.locator("a.para-link")).to_be_visible()
    assert page.locator(f"#{para.id} button.para-copy").count() == 1  # hidden, still in place: no layout shift


@pytest.mark.parametrize("fragment", MALFORMED)
def test_a_malformed_fragment_throws_nothing(new_context, root_url, paragraphs, fragment: str) -> None:
    para = first_paragraph(paragraphs)
    page = new_context().new_page()
    assert errors_while(page, lambda: page.goto(f"{root_url}{para.path}{fragment}")) == []
    # Changing to another malformed fragment on the same page (hashchange).
    assert errors_while(page, lambda: page.evaluate("location.hash = '%E0%A4%A'")) == []
    # A good fragment still marks its paragraph afterwards.
    page.evaluate(f"location.hash = {para.id!r}")
    expect(page.locator(f"#{para.id}")).to_have_class(re.compile(r"\bis-target\b"))


def test_no_helper_shadows_a_global(page, root_url, paragraphs) -> None:
    para = first_paragraph(paragraphs)
    page.goto(f"{root_url}{para.path}")
    assert page.evaluate("String(window.confirm).includes('[native code]')")
    leaked = page.evaluate(
        "['announce', 'copy', 'decodeFragment', 'paragraphUrl', 'markTarget', 'setup'].filter(name => name in window)"
    )
    assert leaked == []
