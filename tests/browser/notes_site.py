"""Helpers for the reader tests (issue 14). A second built site, of the footnotes fixture essay: the sample essay has
no notes, and sidenotes and note previews need some."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from _site_server import serve
from sandbox import fixture, make_project, mkdocs_build, run_cli


@contextlib.contextmanager
def notes_site(base: Path) -> Iterator[str]:
    """Build the footnotes fixture into `base` and serve it; yield its root URL."""
    with essay_site(base, fixture("footnotes")) as url:
        yield url


@contextlib.contextmanager
def essay_site(base: Path, essay: str, name: str = "essay.txt") -> Iterator[str]:
    """Build a site of `essay` (seeds/<name>) into `base` and serve it; yield its root URL."""
    root = make_project(base, essay, name=name)
    built = run_cli(root)
    assert built.returncode == 0, built.stderr
    site = base / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    with serve(site) as url:
        yield url


def instant(page, root_url: str, deployed: str) -> None:
    """Let Material's instant navigation run on the test server. It only
    follows URLs listed in sitemap.xml, matched with the page's host but the
    sitemap's port; the sitemap names the deployed site, so it is served
    here with the test server's root instead."""

    def rewrite(route):
        body = route.fetch().text().replace(deployed, root_url)
        route.fulfill(body=body, content_type="application/xml")

    page.route("**/sitemap.xml", rewrite)


def navigated_instantly(page, start: str, click, arrived: str) -> bool:
    """Open `start`, `click()` a link, wait for `arrived`: True when Material's
    instant navigation took it (no reload). Material intercepts clicks only
    once it has parsed sitemap.xml (withLatestFrom on the sitemap) and gives
    no sign of that, so on a loaded machine a click can come first and load
    the page in full; up to three tries, each of which must arrive."""
    for _ in range(3):
        page.goto(start)
        page.wait_for_load_state("networkidle")
        page.evaluate("window.notReloaded = true")
        click()
        page.wait_for_url(arrived)
        if page.evaluate("window.notReloaded === true"):
            return True
    return False


AXE = Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}


def axe_violations(page) -> list[str]:
    """axe-core on the page as it is now (a preview open, sidenotes shown): rule and targets."""
    assert AXE.is_file(), "node_modules/axe-core is missing: run `make node-deps`"
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in found]
