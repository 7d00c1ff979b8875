"""Every page, loaded once on the desktop: it asks no other host for anything and logs no errors."""

from __future__ import annotations

import dataclasses
import urllib.parse
from collections.abc import Iterator

import pytest

from _site_server import page_params

pytestmark = pytest.mark.browser


@dataclasses.dataclass
class Visit:
    """What loading one page did."""

    status: int
    requests: list[str]
    errors: list[str]


def _describe(message) -> str:
    url = message.location.get("url")
    return f"{message.text} [{url}]" if url else message.text


@pytest.fixture(scope="module")
def visit(context_for, root_url) -> Iterator:
    """visit(path): load the page once (until the network is idle) and record what it did."""
    page = context_for("desktop", "light").new_page()
    visits: dict[str, Visit] = {}
    current: list[Visit] = []
    page.on("request", lambda request: current[-1].requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and current[-1].errors.append(_describe(message)))
    page.on("pageerror", lambda error: current[-1].errors.append(f"uncaught: {error}"))

    def load(path: str) -> Visit:
        if path not in visits:
            current.append(Visit(0, [], []))
            response = page.goto(root_url + path)
            page.wait_for_load_state("networkidle")
            current[-1].status = response.status
            visits[path] = current[-1]
        return visits[path]

    yield load
    page.close()


def _leaves_the_site(url: str) -> bool:
    # data: and blob: URLs never reach the network.
    parts = urllib.parse.urlsplit(url)
    return parts.scheme not in ("data", "blob") and parts.hostname != "127.0.0.1"


@pytest.mark.parametrize("path", page_params())
def test_requests_stay_on_the_site(visit, path):
    elsewhere = sorted({url for url in visit(path).requests if _leaves_the_site(url)})
    if elsewhere:
        pytest.fail(f"{path or '/'} asks other hosts for:\n  " + "\n  ".join(elsewhere), pytrace=False)


@pytest.mark.parametrize("path", page_params())
def test_no_console_errors(visit, path):
    visited = visit(path)
    assert visited.status == 200
    if visited.errors:
        pytest.fail(f"{path or '/'} logs errors:\n  " + "\n  ".join(visited.errors), pytrace=False)


def test_unknown_url_gets_the_404_page(visit, root_url):
    visited = visit("no-such-page/")
    assert visited.status == 404
    # Chromium logs the 404 of the page itself; anything else is a fault of the 404 page.
    errors = [error for error in visited.errors if not error.endswith(f"[{root_url}no-such-page/]")]
    assert not errors, "the 404 page logs errors:\n  " + "\n  ".join(errors)
