"""The one slug function: file names, URLs, heading ids and glossary anchors.

It is the same function that mkdocs.yml gives the toc extension (a test holds
the two together), so a heading's id on the page is the id we link to.
"""

from __future__ import annotations

from collections.abc import Iterable

from pymdownx.slugs import slugify as _make_slugify

_slugify = _make_slugify(case="lower")


def slugify(text: str, fallback: str = "section") -> str:
    """A readable, Unicode-aware slug; never empty."""
    return _slugify(text, "-").strip("-") or fallback


def word_slug(text: str, max_words: int = 6, max_chars: int = 48) -> str:
    """The slug of a text's opening words, cut at a word boundary."""
    words = slugify(text, "").split("-")
    kept: list[str] = []
    for word in words[:max_words]:
        if kept and len("-".join([*kept, word])) > max_chars:
            break
        kept.append(word[:max_chars])
    return "-".join(w for w in kept if w)


class UniqueSlugs:
    """Hands out slugs in a fixed order, numbering repeats: `a`, `a-2`, `a-3`."""

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self.taken = set(reserved)

    def claim(self, slug: str) -> str:
        candidate, n = slug, 1
        while candidate in self.taken:
            n += 1
            candidate = f"{slug}-{n}"
        self.taken.add(candidate)
        return candidate
