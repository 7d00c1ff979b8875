"""Themes across sections: mention counts, passages, and related sections."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .model import Mention, Page, Related


def theme_counts(mentions: Sequence[Mention], themes: Sequence[str]) -> Counter[tuple[str, str]]:
    """Mentions per (page slug, theme slug)."""
    wanted = set(themes)
    return Counter((m.page, m.term) for m in mentions if m.term in wanted)


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
    """Per page: the first mention of a term and the number of mentions."""
    found: dict[str, tuple[Mention, int]] = {}
    for m in mentions:
        if m.term == term:
            first, count = found.get(m.page, (m, 0))
            found[m.page] = (first, count + 1)
    return found


def related_sections(pages: Sequence[Page], mentions: Sequence[Mention], themes: Sequence[str]) -> dict[str, tuple[Related, ...]]:
    """For each section, the others that share its themes, strongest first.

    The score of a pair is the sum over shared themes of the smaller mention
    count, so one passing mention does not outweigh a shared thread.
    """
    counts = theme_counts(mentions, themes)
    order = {page.slug: i for i, page in enumerate(pages)}
    related: dict[str, tuple[Related, ...]] = {}
    for page in pages:
        found = []
        for other in pages:
            if other.slug == page.slug:
                continue
            strength = {t: min(counts[page.slug, t], counts[other.slug, t]) for t in themes}
            shared = tuple(sorted((t for t in themes if strength[t]), key=lambda t: (-strength[t], t)))
            if shared:
                found.append(Related(other.slug, other.heading, shared, sum(strength.values())))
        related[page.slug] = tuple(sorted(found, key=lambda r: (-r.score, order[r.slug])))
    return related
