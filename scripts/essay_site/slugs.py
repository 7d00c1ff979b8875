"""The one slug function: file names, URLs, heading ids and glossary anchors.

It is the function that mkdocs.yml gives the toc extension (a test holds the
two together), so a heading's id on the page is the id we link to; the one
difference is underscores, below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pymdownx.slugs import slugify as _make_slugify

_slugify = _make_slugify(case="lower")
# Our ids are written into attribute lists (`{: #id }`), which Markdown's
# inline patterns see first: `{: #__init__ }` becomes `{: #<strong>init</strong> }`,
# and the paragraph loses its id. So a run of hyphens and underscores that
# holds an underscore becomes one hyphen.
_UNDERSCORES = re.compile(r"[-_]*_[-_]*")


def slugify(text: str, fallback: str = "section") -> str:
    """A readable, Unicode-aware slug without underscores; never empty."""
    return _UNDERSCORES.sub("-", _slugify(text, "-")).strip("-") or fallback


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
        self.last: dict[str, int] = {}  # slug → the number it was last given

    def claim(self, slug: str) -> str:
        # Every number below the last one given for this slug is taken, so
        # counting resumes there: the 1,000th repeat costs one step, not 1,000.
        n = self.last.get(slug, 1)
        candidate = slug if n == 1 else f"{slug}-{n}"
        while candidate in self.taken:
            n += 1
            candidate = f"{slug}-{n}"
        self.taken.add(candidate)
        self.last[slug] = n
        return candidate
