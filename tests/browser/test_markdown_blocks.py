"""A Markdown essay's table, struck text, callouts and highlighted code in
the built site, in Chromium: hostile cell, title and code text shows
literally, runs nothing, breaks no row, and the page passes axe-core."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from browser.notes_site import axe_violations, essay_site

pytestmark = pytest.mark.browser

ESSAY = """---
title: Comparing Formats
---

Formats differ in what they cost to read, and the table says by how much.

## The numbers

| Format | Payload | Read time |
|:-------|:--------|----------:|
| CSV | <script>alert(1)</script> | 12 s |
| Arrow | <img src=x onerror=alert(2)> | 0.2 s |
| Parquet | [x](javascript:alert(3)) { .x onclick=alert(4) } | 1 s |
| JSON | a \\| pipe and `code` | ~~slow~~ |

The table shows that ~~nothing~~ something changed.

```python
if cost < 1 and "<script>alert(9)</script>":
    switch(None, 0x1F)  # every kind of token, for axe's contrast check
```

Read <a href="javascript:alert(6)">this</a> and <a href="https://example.org/src">the source</a>.[^1]

[^1]: See [the talk](https://example.org/talk) and <img src=x onerror=alert(7)><script>alert(8)</script> *<b>its</b> slides*.

!!! warning "<img src=x onerror=alert(5)> Mind the *cost*"
    Arrow is fast only when both ends speak it.

> [!TIP]
> Measure before you switch.
"""
CELLS = [
    ["CSV", "alert(1)", "12 s"],
    ["Arrow", "", "0.2 s"],
    ["Parquet", "x { .x onclick=alert(4) }", "1 s"],
    ["JSON", "a | pipe and code", "slow"],
]


@pytest.fixture(scope="module")
def table_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with essay_site(tmp_path_factory.mktemp("tables"), ESSAY, name="essay.md") as url:
        yield url + "the-numbers/"


@contextlib.contextmanager
def page_without_dialogs(browser, url: str) -> Iterator:
    """The page at `url`; on leaving, no script has opened a dialog."""
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    yield page
    page.wait_for_timeout(300)
    assert dialogs == []
    page.close()


def test_hostile_cells_show_literally_in_their_rows(browser, table_url):
    with page_without_dialogs(browser, table_url) as page:
        rows = page.locator("article table tbody tr")
        found = [[" ".join(t.split()) for t in rows.nth(i).locator("td").all_inner_texts()] for i in range(rows.count())]
        assert found == CELLS
        assert page.locator("article table script, article table img, article table [onclick], article table [onerror]").count() == 0
        assert page.locator("article table a").count() == 0  # a javascript: link keeps only its text
        assert [t for t in page.locator("article del").all_inner_texts()] == ["slow", "nothing"]
        callouts = page.locator("article blockquote")
        assert [callouts.nth(i).locator("p").first.inner_text().replace("¶", "").strip() for i in range(callouts.count())] == [
            "Mind the cost",  # raw HTML never renders; the title's own emphasis is kept
            "Tip",
        ]
        assert page.locator("article img, article [onerror]").count() == 0
        assert callouts.first.locator("p strong em").inner_text() == "cost"


def test_raw_html_links_and_a_notes_links_work_and_nothing_hostile_runs(browser, table_url):
    with page_without_dialogs(browser, table_url) as page:
        links = page.locator("article a[href^='https://example.org/']")
        assert {(a.inner_text(), a.get_attribute("href")) for a in links.all()} == {
            ("the source", "https://example.org/src"),
            ("the talk", "https://example.org/talk"),
        }
        assert page.locator("article a[href^='javascript']").count() == 0
        note = page.locator("article .footnote li").first
        assert " ".join(note.inner_text().split()).startswith("See the talk and alert(8) its slides")
        assert note.locator("em").inner_text() == "its slides"
        assert note.locator("img, script, b").count() == 0


WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
"""


def test_code_is_highlighted_under_the_policy_and_shown_as_written(browser, table_url):
    context = browser.new_context()
    context.add_init_script(WATCH)
    page = context.new_page()
    page.goto(table_url)
    code = page.locator("article .highlight code")
    assert code.inner_text().splitlines() == ['if cost < 1 and "<script>alert(9)</script>":', "    switch(None, 0x1F)  # every kind of token, for axe's contrast check"]
    keyword = code.locator("span.k").first
    assert keyword.inner_text() == "if"
    # Material colours Pygments' classes: a keyword is not in the code's own colour.
    colours = keyword.evaluate("k => [getComputedStyle(k).color, getComputedStyle(k.parentElement).color]")
    assert colours[0] != colours[1]
    assert page.evaluate("window.__violations") == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])  # Material's default and slate palettes
def test_the_page_has_no_axe_violations(browser, table_url, scheme):
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    page = context.new_page()
    page.goto(table_url)
    assert axe_violations(page) == []
    context.close()
