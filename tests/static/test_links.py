"""Every internal link and asset of the built site resolves, fragments included.

External links are listed, never fetched: the checks run offline.
"""

from __future__ import annotations

import dataclasses
import functools
import urllib.parse
from pathlib import Path

import pytest
from lxml import html

from _site_server import SITE_DIR, SiteMissingError, require_site, site_url

# xlink:href: links inside inline SVG (the theme map) written the SVG 1.1 way.
LINK_ATTRIBUTES = ("href", "src", "srcset", "xlink:href")
NOT_FETCHED = ("mailto:", "tel:", "javascript:", "data:", "blob:")


@dataclasses.dataclass(frozen=True)
class Link:
    """A URL found in an attribute of a built page."""

    page: str  # path of the page's file, relative to the site
    line: int
    url: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.url}"


def html_files(site_dir: Path = SITE_DIR) -> list[str]:
    try:
        require_site(site_dir)
    except SiteMissingError:
        return ["<site missing>"]
    return sorted(file.relative_to(site_dir).as_posix() for file in site_dir.rglob("*.html"))


def links_in(site_dir: Path, page: str) -> list[Link]:
    """The URLs in href, src and srcset attributes of a page, in document order."""
    links = []
    for element in html.parse(str(site_dir / page)).getroot().iter():
        for attribute in LINK_ATTRIBUTES:
            value = element.get(attribute) if isinstance(element.tag, str) else None
            if value is None:
                continue
            urls = [part.split()[0] for part in value.split(",") if part.strip()] if attribute == "srcset" else [value]
            links.extend(Link(page, element.sourceline or 0, url.strip()) for url in urls)
    return links


def page_url(root: str, page: str) -> str:
    """The URL a page is served at: directory URLs for index.html, as use_directory_urls does."""
    return root + (page[: -len("index.html")] if page.endswith("index.html") else page)


@functools.cache
def ids_in(file: Path) -> frozenset[str]:
    """The fragment targets of a page: every id, and the name of every <a name>."""
    root = html.parse(str(file)).getroot()
    return frozenset(root.xpath("//@id") + root.xpath("//a/@name"))


def target_file(site_dir: Path, path: str) -> Path | None:
    """The file a site-relative URL path is served from, or None."""
    file = site_dir / urllib.parse.unquote(path)
    if path == "" or path.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file if file.is_file() else None


def is_external(link: Link, root: str) -> bool:
    """Whether the link names another site: only an absolute http(s) URL outside the root does."""
    parts = urllib.parse.urlsplit(link.url)
    return parts.scheme in ("http", "https", "") and bool(parts.netloc) and not link.url.startswith(root)


def check(site_dir: Path, root: str, link: Link) -> str | None:
    """Why an internal link is broken, or None if it resolves."""
    url = urllib.parse.urljoin(page_url(root, link.page), link.url)
    if not url.startswith(root):
        return f"leads out of the site root {root}"
    parts = urllib.parse.urlsplit(url[len(root) :])
    file = target_file(site_dir, parts.path)
    if file is None:
        return "no such file in the site"
    fragment = urllib.parse.unquote(parts.fragment)
    if fragment and file.suffix == ".html" and fragment not in ids_in(file):
        return f"no id {fragment!r} in {file.relative_to(site_dir).as_posix()}"
    return None


def internal_links(site_dir: Path, page: str, root: str) -> list[Link]:
    return [
        link
        for link in links_in(site_dir, page)
        if link.url and not link.url.startswith(NOT_FETCHED) and not is_external(link, root)
    ]


@pytest.mark.parametrize("page", html_files())
def test_internal_links_resolve(site_dir, page):
    root = site_url(site_dir)
    broken = [
        f"{link}  ({reason})" for link in internal_links(site_dir, page, root) if (reason := check(site_dir, root, link))
    ]
    if broken:
        pytest.fail(f"{len(broken)} broken link(s):\n" + "\n".join(broken), pytrace=False)


def test_external_links_are_https(site_dir, capsys):
    root = site_url(site_dir)
    found: dict[str, set[str]] = {}
    for page in html_files(site_dir):
        for link in links_in(site_dir, page):
            if is_external(link, root):
                found.setdefault(link.url, set()).add(page)
    with capsys.disabled():
        print(f"\nexternal links ({len(found)}, not fetched):")
        for url, pages in sorted(found.items()):
            print(f"  {url}  ({len(pages)} page(s), e.g. {min(pages)})")
    insecure = sorted(url for url in found if url.startswith("http:"))
    assert not insecure, "external links over plain http:\n" + "\n".join(insecure)
