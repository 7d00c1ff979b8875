"""Sizes of what was built, and the page weight of one section page loaded in
Debian's Chromium, counted as GitHub Pages serves it (gzip -6)."""

from __future__ import annotations

import contextlib
import gzip
import http.server
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .common import CHROMIUM, CHROMIUM_ARGS, COMPRESSED, MATERIAL_PATHS, Project

def tree_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under a folder."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def section_page(project: Project, which: str = "middle") -> str:
    """The URL path of one section page: the first or the middle one."""
    sections = project.manifest()["sections"]
    slug = sections[0] if which == "first" else sections[len(sections) // 2]
    return f"/{slug}/"


def page_file(site: Path, url_path: str) -> Path:
    path = urllib.parse.unquote(url_path).lstrip("/")
    return site / (path + "index.html" if path == "" or path.endswith("/") else path)


# --- page weight in a browser -----------------------------------------------------------


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


@contextlib.contextmanager
def serving(site: Path) -> Iterator[str]:
    handler = lambda *args, **kwargs: QuietHandler(*args, directory=str(site), **kwargs)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def browser_requests(site: Path, url_path: str) -> list[dict[str, Any]]:
    """Every request a fresh browser makes to load the page, including the
    search worker's, with the bytes GitHub Pages would send for each."""
    from playwright.sync_api import sync_playwright

    seen: list[tuple[str, str]] = []
    with serving(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()
            context.on("request", lambda r: seen.append((r.url, r.resource_type)))
            page = context.new_page()
            page.goto(base + url_path, wait_until="networkidle")
            # The search worker fetches its index after the page settled.
            page.wait_for_timeout(1500)
        finally:
            browser.close()
    origin = urllib.parse.urlsplit(base).netloc
    found = []
    for url, kind in seen:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme == "data":
            continue
        entry: dict[str, Any] = {"url": parts.path if parts.netloc == origin else url, "type": kind}
        if parts.netloc == origin:
            entry.update(file_weight(page_file(site, parts.path)))
        else:
            entry["external"] = True
        found.append(entry)
    return found


def file_weight(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {"bytes": 0, "transfer": 0, "missing": True}
    data = path.read_bytes()
    return {"bytes": len(data), "transfer": gz(data) if path.suffix in COMPRESSED else len(data)}


def page_weight(ours: Project, base: Project) -> dict[str, Any]:
    """A section page of our site and of the baseline: requests, bytes, gzip."""
    url_path = section_page(ours, "first")
    result: dict[str, Any] = {"page": url_path}
    for name, project in (("ours", ours), ("baseline", base)):
        requests = browser_requests(project.site, url_path)
        html_bytes = page_file(project.site, url_path).read_bytes()
        result[name] = {
            "html_bytes": len(html_bytes),
            "html_gzip": gz(html_bytes),
            "requests": len(requests),
            "transfer_gzip": sum(r.get("transfer", 0) for r in requests),
            "external_requests": sum(1 for r in requests if r.get("external")),
            "missing": [r["url"] for r in requests if r.get("missing")],
            "list": requests,
        }
    base_urls = {r["url"]: r for r in result["baseline"]["list"]}
    ours_files = {
        r["url"]: r["transfer"]
        for r in result["ours"]["list"]
        if r["url"] != url_path and not r.get("external") and not r["url"].startswith(MATERIAL_PATHS)
    }
    extra_html = result["ours"]["html_gzip"] - result["baseline"]["html_gzip"]
    result["additions"] = {
        "files_gzip": dict(sorted(ours_files.items())),
        "html_gzip_over_baseline": extra_html,
        "total_gzip": sum(ours_files.values()) + max(0, extra_html),
    }
    # Material's own files that our configuration turns on (palette, the
    # sitemap that navigation.instant reads) and the larger search index.
    result["material_features"] = {
        r["url"]: r["transfer"] - base_urls.get(r["url"], {}).get("transfer", 0)
        for r in result["ours"]["list"]
        if r["url"] != url_path and r["url"].startswith(MATERIAL_PATHS)
        and r["transfer"] != base_urls.get(r["url"], {}).get("transfer", 0)
    }
    return result


# --- the three measurements ----------------------------------------------------------------
