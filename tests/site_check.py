"""Checks shared by the shape, output and property tests: ids, links, words.

Two levels:
- a built site (mkdocs output): every link and asset between pages resolves,
  with its fragment, and ids are unique on each page;
- generated docs/ rendered with Python-Markdown and the extensions of
  mkdocs.yml, without a real mkdocs build (fast enough for hypothesis).
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import posixpath
import re
import urllib.parse
from pathlib import Path

import lxml.html
import markdown
from mkdocs.utils.meta import get_data

from essay_site.read import MarkdownSetup

BASE = "http://site.invalid/"
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
# Letters and digits, the unit every word check compares: punctuation and
# escaping around a word may change, the word itself may not.
WORD = re.compile(r"[^\W_]+")


def duplicate_ids(tree: lxml.html.HtmlElement) -> list[str]:
    counts = collections.Counter(tree.xpath("//@id"))
    return sorted(i for i, n in counts.items() if n > 1)


def words(text: str) -> collections.Counter[str]:
    return collections.Counter(w.casefold() for w in WORD.findall(text))


def missing_words(source: str, rendered: str) -> list[str]:
    """Words of `source` that `rendered` does not hold as often."""
    have = words(rendered)
    return sorted(w for w, n in words(source).items() if have[w] < n)


# --- a built site ------------------------------------------------------------
# The one link checker for built sites: tests/static/test_links.py runs it on
# site/, test_site.py on a fresh build, test_shapes.py on every shape's site.

# xlink:href: links inside inline SVG (the theme map) written the SVG 1.1 way.
LINK_ATTRIBUTES = ("href", "src", "srcset", "xlink:href")
NOT_FETCHED = ("mailto:", "tel:", "javascript:", "data:", "blob:")


def site_pages(site: Path) -> dict[str, lxml.html.HtmlElement]:
    """Every HTML page of a built site, by path (`a/index.html`)."""
    return {p.relative_to(site).as_posix(): lxml.html.fromstring(p.read_bytes()) for p in sorted(site.rglob("*.html"))}


@dataclasses.dataclass(frozen=True)
class Link:
    """A URL found in an attribute of a built page."""

    page: str  # path of the page's file, relative to the site
    line: int
    url: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.url}"


def html_files(site: Path) -> list[str]:
    return sorted(file.relative_to(site).as_posix() for file in site.rglob("*.html"))


def links_in(site: Path, page: str) -> list[Link]:
    """The URLs in href, src, srcset and xlink:href attributes of a page, in document order."""
    links = []
    for element in lxml.html.parse(str(site / page)).getroot().iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in LINK_ATTRIBUTES:
            value = element.get(attribute)
            if value is None:
                continue
            urls = [part.split()[0] for part in value.split(",") if part.strip()] if attribute == "srcset" else [value]
            links.extend(Link(page, element.sourceline or 0, url.strip()) for url in urls)
    return links


def served_url(root: str, page: str) -> str:
    """The URL a page is served at: directory URLs for index.html, as use_directory_urls does."""
    return root + (page[: -len("index.html")] if page.endswith("index.html") else page)


@functools.cache
def ids_in(file: Path) -> frozenset[str]:
    """The fragment targets of a page: every id, and the name of every <a name>."""
    root = lxml.html.parse(str(file)).getroot()
    return frozenset(root.xpath("//@id") + root.xpath("//a/@name"))


def target_file(site: Path, path: str) -> Path | None:
    """The file a site-relative URL path is served from, or None."""
    file = site / urllib.parse.unquote(path)
    if path == "" or path.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file if file.is_file() else None


def is_external(url: str, root: str) -> bool:
    """Whether a URL names another site: only an absolute http(s) URL outside the root does."""
    parts = urllib.parse.urlsplit(url)
    return parts.scheme in ("http", "https", "") and bool(parts.netloc) and not url.startswith(root)


def why_broken(site: Path, root: str, link: Link) -> str | None:
    """Why an internal link is broken, or None if it resolves."""
    url = urllib.parse.urljoin(served_url(root, link.page), link.url)
    if not url.startswith(root):
        return f"leads out of the site root {root}"
    parts = urllib.parse.urlsplit(url[len(root) :])
    file = target_file(site, parts.path)
    if file is None:
        return "no such file in the site"
    fragment = urllib.parse.unquote(parts.fragment)
    if fragment and file.suffix == ".html" and fragment not in ids_in(file):
        return f"no id {fragment!r} in {file.relative_to(site).as_posix()}"
    return None


def internal_links(site: Path, page: str, root: str) -> list[Link]:
    return [
        link
        for link in links_in(site, page)
        if link.url and not link.url.startswith(NOT_FETCHED) and not is_external(link.url, root)
    ]


def broken_links(site: Path, root: str, pages: list[str] | None = None) -> list[str]:
    """`page:line: url  (why)` for each internal link of `pages` (default: every
    page) whose file or fragment is missing. `root` is the site's URL
    (site_url), so the 404 page's absolute links are checked too."""
    found = []
    for page in html_files(site) if pages is None else pages:
        found += [f"{link}  ({reason})" for link in internal_links(site, page, root) if (reason := why_broken(site, root, link))]
    return found


# --- generated docs/, rendered without mkdocs ------------------------------


def render_docs(files: dict[str, bytes], setup: MarkdownSetup) -> dict[str, lxml.html.HtmlElement]:
    """Each generated Markdown page as an HTML fragment, front matter dropped."""
    rendered = {}
    for path, data in sorted(files.items()):
        if path.endswith(".md"):
            body, _ = get_data(data.decode("utf-8"))
            md = markdown.Markdown(extensions=list(setup.extensions), extension_configs=setup.configs)
            rendered[path] = lxml.html.fromstring(f"<div>{md.convert(body)}</div>")
    return rendered


def page_url(path: str) -> str:
    """The URL of a docs page under directory URLs: `a/b.md` → `a/b/`."""
    stem = path.removesuffix(".md")
    return "" if stem == "index" else (stem.removesuffix("/index") + "/")


def broken_doc_links(pages: dict[str, lxml.html.HtmlElement]) -> list[tuple[str, str]]:
    """(page, href) of each link between rendered docs pages that does not
    resolve. Markdown links name `.md` files (MkDocs rewrites them); raw HTML
    links are directory URLs, as served."""
    by_url = {page_url(path): path for path in pages}
    ids = {path: set(tree.xpath("//@id")) for path, tree in pages.items()}
    broken = []
    for path, tree in pages.items():
        for href in tree.xpath("//@href"):
            if SCHEME.match(href):
                continue
            target, _, fragment = map(urllib.parse.unquote, href.partition("#"))
            if target.endswith(".md"):
                file = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            else:
                resolved = urllib.parse.urljoin(BASE + page_url(path), target).removeprefix(BASE)
                file = by_url.get(resolved, "")
            if file not in pages or (fragment and fragment not in ids[file]):
                broken.append((path, href))
    return broken
