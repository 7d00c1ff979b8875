"""An essay's TeX math in the built site, in Chromium: the browser typesets
the MathML itself (each formula has a size of its own, with no script and no
request), TeX that tries to be HTML shows as text, and axe-core finds nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from browser.notes_site import axe_violations, essay_site

pytestmark = pytest.mark.browser

ESSAY = r"""---
title: On Averages
---

## The mean

The mean of $x_i$ over $n$ samples is $\bar{x} = \frac{1}{n}\sum_i x_i$, and when $a*b*c$ grows, so does it.
Prices were $5 and $10 at the shop.

$$
\mathrm{Var}(X) = E[X^2] - E[X]^2
$$

A formula can hold $\text{<img src=x onerror=alert(1)>}$ and $\href{javascript:alert(2)}{y}$ and stay a formula.
"""


@pytest.fixture(scope="module")
def math_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with essay_site(tmp_path_factory.mktemp("math"), ESSAY, name="essay.md") as url:
        yield url + "the-mean/"


def test_formulas_are_typeset_and_hostile_tex_is_text(browser, math_url):
    page = browser.new_page()
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(math_url)
    formulas = page.locator("article math")
    assert formulas.count() == 7
    # MathML laid out by the browser: a fraction is taller than a line of text.
    fraction = page.locator("article math mfrac").first.bounding_box()
    assert fraction and fraction["height"] > 0 and fraction["width"] > 0
    assert page.locator("article .math-block math[display=block]").count() == 1
    assert page.locator("article em").count() == 0  # a*b*c is no emphasis
    assert "$5 and $10" in page.locator("article").inner_text()
    # \text keeps its spaces as no-break spaces.
    assert "<img src=x onerror=alert(1)>" in formulas.nth(5).text_content().replace("\xa0", " ")
    assert page.locator("article img, article [onerror], article math [href], article math [style]").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []
    assert all(r.startswith(math_url.split("/the-mean/")[0]) for r in requests)
    page.close()


def test_the_math_page_has_no_axe_violations(browser, math_url):
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(math_url)
    assert axe_violations(page) == []
    context.close()
