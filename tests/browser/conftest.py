"""Fixtures for the real-browser tests: the served site, Debian's Chromium, pages and contexts."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import html

from _site_server import CHROMIUM, VIEWPORTS, SiteMissingError, launch_chromium, page_paths, require_site, serve
from helpers import missing_tool

# Top-level pages that are not essay sections (see the page contract in the README).
NOT_SECTIONS = {"glossary/", "read/", "theme-map/", "themes/"}


@pytest.fixture(scope="session")
def site_dir() -> Path:
    try:
        return require_site()
    except SiteMissingError as error:
        pytest.fail(str(error), pytrace=False)


# The server, the browser and its contexts last for one test package (tests/browser,
# tests/static), not the session: Playwright's sync API allows one instance at a time,
# and other tests (test_site.py) start their own.

@pytest.fixture(scope="package")
def root_url(site_dir: Path) -> Iterator[str]:
    """URL of the site's home page, served with gzip like GitHub Pages."""
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        missing_tool(f"{CHROMIUM} is missing: install Debian's chromium (make system-deps)")
    with launch_chromium() as browser:
        yield browser


def _configured(context: Any) -> Any:
    # A local static site answers at once: fail in seconds rather than Playwright's 30.
    context.set_default_timeout(10_000)
    return context


@pytest.fixture(scope="package")
def context_for(browser: Any) -> Iterator[Callable[[str, str], Any]]:
    """context_for(viewport, scheme): a session-wide context, for tests that keep no state."""
    contexts: dict[tuple[str, str], Any] = {}

    def get(viewport: str, scheme: str) -> Any:
        if (viewport, scheme) not in contexts:
            contexts[viewport, scheme] = _configured(browser.new_context(**VIEWPORTS[viewport], color_scheme=scheme))
        return contexts[viewport, scheme]

    yield get
    for context in contexts.values():
        context.close()


@pytest.fixture
def new_context(browser: Any) -> Iterator[Callable[..., Any]]:
    """new_context(viewport="desktop", **options): a fresh context, for tests that change state."""
    made: list[Any] = []

    def make(viewport: str = "desktop", **options: Any) -> Any:
        options.setdefault("color_scheme", "light")
        made.append(_configured(browser.new_context(**VIEWPORTS[viewport], **options)))
        return made[-1]

    yield make
    for context in made:
        context.close()


@pytest.fixture
def page(context_for: Callable[[str, str], Any]) -> Iterator[Any]:
    """A new tab in the shared desktop, light context."""
    page = context_for("desktop", "light").new_page()
    yield page
    page.close()


@pytest.fixture
def mobile_page(context_for: Callable[[str, str], Any]) -> Iterator[Any]:
    """A new tab in the shared 390×844 touch context."""
    page = context_for("mobile", "light").new_page()
    yield page
    page.close()


@pytest.fixture(scope="session")
def sections(site_dir: Path) -> list[str]:
    """Paths of the essay's section pages, sorted by path (not in essay order)."""
    return [
        path
        for path in page_paths(site_dir)
        if path.count("/") == 1 and path.endswith("/") and path not in NOT_SECTIONS
    ]


@dataclasses.dataclass(frozen=True)
class Paragraph:
    """A linkable paragraph of the built site, as the generator wrote it."""

    path: str
    id: str


@pytest.fixture(scope="session")
def parse(site_dir: Path) -> Callable[[str], Any]:
    """parse(path): the built page at path as an lxml tree."""
    cache: dict[str, Any] = {}

    def get(path: str) -> Any:
        if path not in cache:
            file = site_dir / (path if path.endswith(".html") else path + "index.html")
            cache[path] = html.parse(str(file)).getroot()
        return cache[path]

    return get


@pytest.fixture(scope="session")
def paragraphs(sections: list[str], parse: Callable[[str], Any]) -> list[Paragraph]:
    """Every paragraph with a ¶ link on the section pages."""
    found = []
    for path in sections:
        for p in parse(path).xpath("//article//p[@id][a[contains(@class, 'para-link')]]"):
            found.append(Paragraph(path, p.get("id")))
    return found

