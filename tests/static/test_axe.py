"""axe-core on every page, in both palettes, at desktop and phone widths: no violations."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import expect

from _site_server import ROOT, SCHEMES, VIEWPORTS, page_params

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules/axe-core/axe.min.js"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="module")
def axe(browser) -> Iterator[Callable[[str, str, str], list[dict]]]:
    """axe(url, scheme, viewport): the violations axe finds on the page; one reused tab per context."""
    if not AXE.is_file():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run `make node-deps`", pytrace=False)
    tabs = {}

    def run(url: str, scheme: str, viewport: str) -> list[dict]:
        if (viewport, scheme) not in tabs:
            context = browser.new_context(**VIEWPORTS[viewport], color_scheme=scheme)
            context.add_init_script(path=AXE)
            tabs[viewport, scheme] = context.new_page()
        page = tabs[viewport, scheme]
        page.goto(url)
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
        return page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]

    yield run
    for page in tabs.values():
        page.context.close()


def format_violations(violations: list[dict]) -> str:
    """One block per rule: what it wants, then where it fails and why."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}\n  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  at {' '.join(map(str, node['target']))}")
            lines.extend(f"      {line}" for line in node["failureSummary"].splitlines())
    return "\n".join(lines)


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", page_params())
def test_no_axe_violations(axe, root_url, path, scheme, viewport):
    violations = axe(root_url + path, scheme, viewport)
    if violations:
        pytest.fail(f"{path or '/'} ({scheme}, {viewport}):\n{format_violations(violations)}", pytrace=False)
