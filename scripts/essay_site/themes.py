"""Themes across sections: mention counts, passages, and related sections."""

from __future__ import annotations

import heapq
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from .model import Mention, Page, Related

# A reader scans a handful of related sections, and an uncapped list would put
# every section into every page: quadratic output for a long essay. Eight keeps
# the full list of any essay of up to nine sections.
MAX_RELATED = 8


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


def related_sections(
    pages: Sequence[Page], mentions: Sequence[Mention], themes: Sequence[str], limit: int = MAX_RELATED
) -> dict[str, tuple[Related, ...]]:
    """For each section, up to `limit` others that share its themes, strongest
    first, ties in essay order.

    The score of a pair is the sum over shared themes of the smaller mention
    count, so one passing mention does not outweigh a shared thread.
    """
    counts = theme_counts(mentions, themes)
    order = {page.slug: i for i, page in enumerate(pages)}
    # The score depends only on the two sections' mention counts, so sections
    # with the same counts (a profile) rank the others alike: scoring pairs of
    # profiles instead of pairs of sections keeps a long essay, with far fewer
    # profiles than sections, from costing sections².
    profiles: dict[tuple[int, ...], list[Page]] = {}
    for page in pages:
        profiles.setdefault(tuple(counts[page.slug, t] for t in themes), []).append(page)  # essay order
    related: dict[str, tuple[Related, ...]] = {}
    for mine, members in profiles.items():
        matches = []
        for theirs, others in profiles.items():
            strength = dict(zip(themes, map(min, mine, theirs)))
            shared = tuple(sorted((t for t in themes if strength[t]), key=lambda t: (-strength[t], t)))
            if shared:
                matches.append((sum(strength.values()), shared, others))
        for page in members:
            # Each profile's sections are in essay order already: merging
            # them lazily finds the first `limit` without sorting them all.
            ranked = heapq.merge(*(_ranked(score, shared, others, order) for score, shared, others in matches))
            found = (r for _, r in ranked if r.slug != page.slug)
            related[page.slug] = tuple(itertools.islice(found, limit))
    return related


def _ranked(
    score: int, shared: tuple[str, ...], others: list[Page], order: dict[str, int]
) -> Iterator[tuple[tuple[int, int], Related]]:
    """One profile's sections as (sort key, Related), in sort order; keys are unique."""
    for other in others:
        yield (-score, order[other.slug]), Related(other.slug, other.heading, shared, score)
