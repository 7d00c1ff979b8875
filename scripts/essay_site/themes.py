"""Themes across sections: mention counts and passages (related sections: terms/related.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from .model import Mention

def theme_counts(mentions: Sequence[Mention], themes: Sequence[str]) -> Counter[tuple[str, str]]:
    """Mentions per (page slug, theme slug)."""
    wanted = set(themes)
    return Counter((m.page, m.term) for m in mentions if m.term in wanted)


def mentions_by_term(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    """Term slug → its mentions in essay order: one pass, not one per term."""
    found: dict[str, list[Mention]] = {}
    for m in mentions:
        found.setdefault(m.term, []).append(m)
    return found


def passages(mentions: Sequence[Mention], theme: str) -> list[Mention]:
    """One quote per paragraph that carries the theme, in essay order."""
    seen: set[tuple[str, str]] = set()
    found = []
    for m in mentions:
        if m.term == theme and (m.anchor, m.sentence) not in seen:
            seen.add((m.anchor, m.sentence))
            found.append(m)
    return found


def first_mentions(mentions: Sequence[Mention], term: str) -> dict[str, tuple[Mention, int]]:
    """Per page: the first mention of a term and the number of mentions.

    One pass over every mention: call it once per term, not once per page.
    """
    found: dict[str, tuple[Mention, int]] = {}
    for m in mentions:
        if m.term == term:
            first, count = found.get(m.page, (m, 0))
            found[m.page] = (first, count + 1)
    return found
