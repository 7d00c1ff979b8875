"""Where each generated page lives and how pages link to each other.

One source of truth for every URL of the site.
"""

from __future__ import annotations

import dataclasses
import posixpath


@dataclasses.dataclass(frozen=True)
class Site:
    """Paths and names every page needs: one source for each URL."""

    seed: str  # e.g. seeds/essay.txt, named in the generated-file header
    title: str
    theme_slugs: tuple[str, ...]

    GLOSSARY = "glossary.md"
    THEME_MAP = "theme-map.md"
    READ = "read.md"

    @staticmethod
    def page_path(slug: str) -> str:
        return f"{slug}.md" if slug else "index.md"

    @staticmethod
    def theme_path(slug: str) -> str:
        return f"themes/{slug}.md"

    @staticmethod
    def card_path(source: str) -> str:
        return f"assets/cards/{source.removesuffix('.md').replace('/', '-')}.png"


def relpath(target: str, start: str) -> str:
    """`posixpath.relpath` for the site's own relative paths, without the
    getcwd() and abspath() it calls each time: a hot spot with a link per
    section, since every page links to several others."""
    to = [part for part in target.split("/") if part not in ("", ".")]
    base = [part for part in start.split("/") if part not in ("", ".")]
    common = 0
    while common < min(len(to), len(base)) and to[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + to[common:]) or "."


def rel(source: str, target: str) -> str:
    """A Markdown link from one docs file to another (MkDocs resolves it)."""
    return relpath(target, posixpath.dirname(source) or ".")


def url(source: str, target: str) -> str:
    """A raw-HTML URL between docs files, as served with directory URLs
    (`a/b.md` at `a/b/`, `index.md` at the root)."""

    def directory(path: str) -> str:
        stem = path.removesuffix(".md").removesuffix("index")
        return stem.rstrip("/") or "."

    relative = relpath(directory(target), directory(source))
    return "" if relative == "." else relative + "/"
