"""Serve the built site the way GitHub Pages does, and start Debian's Chromium, for the site checks.

The one way the tests serve a site (`serve`) and start a browser
(`launch_chromium`). Used by tests/browser, tests/static, test_site.py and
scripts/audit.py. The site is served under the
path of `site_url` (e.g. /essay-site/), so the 404 page's absolute links work as deployed.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import logging
import mimetypes
import os
import posixpath
import re
import threading
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
# ESSAY_SITE_DIR points the checks at another build (e.g. a throwaway site under /tmp).
SITE_DIR = Path(os.environ.get("ESSAY_SITE_DIR", ROOT / "site")).resolve()
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Browser contexts the checks run in: viewport name -> Playwright new_context options.
VIEWPORTS: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "mobile": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
# The Material palette (mkdocs.yml theme.palette) each emulated system colour scheme selects.
SCHEMES = {"light": "default", "dark": "slate"}

# What GitHub Pages compresses; fonts and images are already compressed.
GZIP_TYPES = {
    "application/javascript",
    "application/json",
    "application/manifest+json",
    "application/xml",
    "image/svg+xml",
    "text/css",
    "text/html",
    "text/javascript",
    "text/plain",
    "text/xml",
}
META_REFRESH = re.compile(rb"<meta[^>]+http-equiv=[\"']?refresh", re.IGNORECASE)
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class SiteMissingError(RuntimeError):
    """The built site is not there: `make site` has not run."""


def require_site(site_dir: Path = SITE_DIR) -> Path:
    """Return site_dir, or raise with the command that builds it."""
    if not (site_dir / "index.html").is_file():
        raise SiteMissingError(f"no built site at {site_dir} (missing index.html): run `make site` first")
    return site_dir


def site_url(site_dir: Path = SITE_DIR) -> str:
    """The deployed root URL (`site_url` in mkdocs.yml), read back from the sitemap."""
    sitemap = site_dir / "sitemap.xml"
    if sitemap.is_file():
        locs = [el.text or "" for el in ET.parse(sitemap).iter(f"{SITEMAP_NS}loc")]
        if locs:
            # The shortest URL is the home page; every other page lies beneath it.
            return min(locs, key=len)
    return "/"


def base_path(site_dir: Path = SITE_DIR) -> str:
    """The path the site is served under, e.g. '/essay-site/'."""
    path = urllib.parse.urlsplit(site_url(site_dir)).path or "/"
    return path if path.endswith("/") else path + "/"


def page_paths(site_dir: Path = SITE_DIR) -> list[str]:
    """Every page of the site as a path relative to its root ('', 'glossary/', ..., '404.html'), sorted.

    Redirect stubs (pages holding only a meta refresh) are left out.
    """
    paths = []
    for index in site_dir.rglob("index.html"):
        if META_REFRESH.search(index.read_bytes()):
            continue
        rel = index.parent.relative_to(site_dir).as_posix()
        paths.append("" if rel == "." else rel + "/")
    paths.sort()
    if (site_dir / "404.html").is_file():
        paths.append("404.html")
    return paths


def page_params(site_dir: Path = SITE_DIR) -> list[str]:
    """page_paths for pytest.mark.parametrize; one placeholder when the site is missing.

    An empty parameter list would skip the tests silently; the placeholder makes them fail
    through the site fixture instead, with the message from require_site.
    """
    try:
        require_site(site_dir)
    except SiteMissingError:
        return ["<site missing>"]
    return page_paths(site_dir)


def path_of(url: str, root_url: str) -> str:
    """The site path of a URL (query and fragment dropped); the URL itself if outside the site."""
    parts = urllib.parse.urlsplit(url)
    bare = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return bare[len(root_url) :] if bare.startswith(root_url) else url


class _Handler(http.server.BaseHTTPRequestHandler):
    """GET/HEAD for files under the site: index.html for directories, 404.html, gzip."""

    server: _SiteHTTPServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def _respond(self, *, with_body: bool) -> None:
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        file = self.server.resolve(path)
        if file is not None and file.is_dir():
            # GitHub Pages redirects /dir to /dir/ so that relative links resolve.
            self.send_response(301)
            self.send_header("Location", path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 200
        if file is None:
            status, file = 404, self.server.site_dir / "404.html"
        body, content_type = self.server.read(file)
        gzipped = content_type.split(";")[0] in GZIP_TYPES and _accepts_gzip(self.headers.get("Accept-Encoding", ""))
        if gzipped:
            body = self.server.compressed(file)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("Vary", "Accept-Encoding")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if with_body:
            self.wfile.write(body)


def _accepts_gzip(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header allows gzip (and does not refuse it with q=0)."""
    for part in accept_encoding.split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def gzip_body(data: bytes) -> bytes:
    """A response body as the server sends it gzipped."""
    # mtime=0 keeps the bytes, and so the transfer sizes, identical run to run.
    return gzip.compress(data, compresslevel=6, mtime=0)


class _SiteHTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site_dir: Path, base: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.site_dir = site_dir
        self.base = base
        self._gzip_cache: dict[Path, bytes] = {}
        self._lock = threading.Lock()

    def resolve(self, url_path: str) -> Path | None:
        """The file or directory a URL path names, or None (outside the base, missing, or escaping)."""
        if not url_path.startswith(self.base) and url_path + "/" != self.base:
            return None
        rel = posixpath.normpath(url_path[len(self.base) :] or ".")
        if rel.startswith(("..", "/")):
            return None
        file = self.site_dir / rel
        if file.is_dir() and url_path.endswith("/"):
            file = file / "index.html"
        return file if file.exists() else None

    def read(self, file: Path) -> tuple[bytes, str]:
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type in GZIP_TYPES:
            content_type += "; charset=utf-8"
        return file.read_bytes(), content_type

    def compressed(self, file: Path) -> bytes:
        with self._lock:
            if file not in self._gzip_cache:
                self._gzip_cache[file] = gzip_body(file.read_bytes())
            return self._gzip_cache[file]


@contextlib.contextmanager
def serve(site_dir: Path = SITE_DIR) -> Iterator[str]:
    """Serve site_dir on 127.0.0.1 at a free port in a thread; yield the site's root URL."""
    base = base_path(require_site(site_dir))
    server = _SiteHTTPServer(site_dir, base)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}{base}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextlib.contextmanager
def launch_chromium() -> Iterator[Any]:
    """Start Playwright and Debian's Chromium (never a downloaded browser); yield the Browser."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
