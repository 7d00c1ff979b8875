"""Screenshots of each kind of page for review, saved to screenshots/ (gitignored).

Regenerate them with `make site && .venv/bin/pytest tests/browser/test_screenshots.py`.
"""

from __future__ import annotations

import pytest
from PIL import Image
from playwright.sync_api import expect

from _site_server import ROOT, SCHEMES, page_paths

pytestmark = pytest.mark.browser

SCREENSHOTS = ROOT / "screenshots"
CASES = [
    (name, scheme, viewport)
    for name, schemes in [("index", ["light"]), ("section", ["light", "dark"]), ("glossary", ["light"]),
                          ("theme", ["light"]), ("theme-map", ["light"])]
    for scheme in schemes
    for viewport in ("desktop", "mobile")
]


@pytest.fixture(scope="module")
def shot_paths(site_dir, sections):
    """name -> path of the page each screenshot shows."""
    themes = [path for path in page_paths(site_dir) if path.startswith("themes/") and path != "themes/"]
    if not themes:
        pytest.fail("the site has no theme page under themes/")
    return {"index": "", "section": sections[0], "glossary": "glossary/", "theme": themes[0], "theme-map": "theme-map/"}


@pytest.mark.parametrize(("name", "scheme", "viewport"), CASES)
def test_screenshot(context_for, root_url, shot_paths, name, scheme, viewport):
    file = SCREENSHOTS / f"{name}-{viewport}{'-dark' if scheme == 'dark' else ''}.png"
    page = context_for(viewport, scheme).new_page()
    try:
        response = page.goto(root_url + shot_paths[name])
        assert response.status == 200, f"{page.url} answered {response.status}"
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=file, full_page=True, animations="disabled")
    finally:
        page.close()
    with Image.open(file) as image:
        darkest, lightest = image.convert("L").getextrema()
    assert darkest != lightest, f"{file.name} is a blank image"
