"""Checks shared by the shape, output and property tests: ids, links, words.

Two levels:
- a built site (mkdocs output): every `<a href>` between pages resolves, with
  its fragment, and ids are unique on each page;
- generated docs/ rendered with Python-Markdown and the extensions of
  mkdocs.yml, without a real mkdocs build (fast enough for hypothesis).
"""

from __future__ import annotations

import collections
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


def site_pages(site: Path) -> dict[str, lxml.html.HtmlElement]:
    """Every HTML page of a built site, by path (`a/index.html`)."""
    return {p.relative_to(site).as_posix(): lxml.html.fromstring(p.read_bytes()) for p in sorted(site.rglob("*.html"))}


def broken_site_links(site: Path, pages: dict[str, lxml.html.HtmlElement]) -> list[tuple[str, str]]:
    """(page, href) of each relative link whose file or fragment is missing."""
    ids = {path: set(tree.xpath("//@id")) for path, tree in pages.items()}
    broken = []
    for path, tree in pages.items():
        if path == "404.html":
            continue  # absolute links under site_url, by design
        for href in tree.xpath("//a/@href"):
            if SCHEME.match(href):
                continue
            target = urllib.parse.urlsplit(urllib.parse.urljoin(BASE + path, href))
            file = urllib.parse.unquote(target.path.removeprefix("/"))
            file = file + "index.html" if file.endswith("/") or not file else file
            fragment = urllib.parse.unquote(target.fragment)
            if not (site / file).is_file() or (fragment and fragment not in ids.get(file, ())):
                broken.append((path, href))
    return broken


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
