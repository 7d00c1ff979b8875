"""Related sections: TF-IDF similarity over every glossary term.

Each section is a vector of its term mentions, weighted 1 + log(count) times
log(sections / sections with the term): a term found in every section weighs
nothing, so it can neither relate two sections nor be given as the reason.
Two sections are related when the cosine of their vectors reaches a
threshold; each page lists at most three, each with the shared terms that
carry most of the weight.

Work stays near-linear: a term's postings are cut to the sections where it
weighs most, so a long essay never scores every pair of sections.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from ..model import Mention, Page, Related

MAX_RELATED = 3
# Below this cosine two sections share words, not a subject.
MIN_SIMILARITY = 0.15
# Per term, only the sections where it weighs most are looked at.
POSTINGS_CAP = 40
# A reason names at most this many terms, each carrying a real share.
MAX_REASON_TERMS = 3
REASON_SHARE = 0.15

Vector = dict[str, float]


def vectors(pages: Sequence[Page], mentions: Sequence[Mention]) -> dict[str, Vector]:
    """Page slug → unit-length TF-IDF vector over term slugs."""
    slugs = {p.slug for p in pages}
    counts = Counter((m.page, m.term) for m in mentions if m.page in slugs)
    df = Counter(term for _, term in counts)
    found: dict[str, Vector] = {p.slug: {} for p in pages}
    for (page, term), n in sorted(counts.items()):
        weight = (1 + math.log(n)) * math.log(len(pages) / df[term])
        if weight > 0:
            found[page][term] = weight
    for vector in found.values():
        norm = math.sqrt(sum(w * w for w in vector.values()))
        for term in vector:
            vector[term] /= norm
    return found


def postings(found: dict[str, Vector], order: dict[str, int]) -> dict[str, list[tuple[str, float]]]:
    """Term → the sections that weigh it most (heaviest first, essay order on ties)."""
    lists: dict[str, list[tuple[str, float]]] = {}
    for page, vector in found.items():
        for term, weight in vector.items():
            lists.setdefault(term, []).append((page, weight))
    return {t: sorted(ps, key=lambda p: (-p[1], order[p[0]]))[:POSTINGS_CAP] for t, ps in lists.items()}


def related_sections(
    pages: Sequence[Page], mentions: Sequence[Mention], limit: int = MAX_RELATED
) -> dict[str, tuple[Related, ...]]:
    """For each section, up to `limit` others most like it, strongest first."""
    order = {p.slug: i for i, p in enumerate(pages)}
    headings = {p.slug: p.heading for p in pages}
    found = vectors(pages, mentions)
    index = postings(found, order)
    related: dict[str, tuple[Related, ...]] = {}
    for page in pages:
        shares: dict[str, dict[str, float]] = {}
        for term, weight in found[page.slug].items():
            for other, theirs in index[term]:
                if other != page.slug:
                    shares.setdefault(other, {})[term] = weight * theirs
        scored = sorted(((sum(s.values()), other) for other, s in shares.items()), key=lambda x: (-x[0], order[x[1]]))
        chosen = [(score, other) for score, other in scored if score >= MIN_SIMILARITY][:limit]
        related[page.slug] = with_reasons(chosen, shares, headings)
    return related


def with_reasons(
    chosen: list[tuple[float, str]], shares: dict[str, dict[str, float]], headings: dict[str, str]
) -> tuple[Related, ...]:
    """Related entries whose reasons differ: a reason already given on this
    page leads with the next shared term instead."""
    given: set[tuple[str, ...]] = set()
    found = []
    for score, other in chosen:
        terms = sorted(shares[other].items(), key=lambda kv: (-kv[1], kv[0]))
        strong = [t for t, s in terms if s >= REASON_SHARE * score] or [terms[0][0]]
        reason = tuple(strong[:MAX_REASON_TERMS])
        if reason in given and len(terms) > len(reason):
            reason = tuple(t for t, _ in terms if t not in reason[:1])[:MAX_REASON_TERMS]
        given.add(reason)
        found.append(Related(other, headings[other], reason, round(score, 6)))
    return tuple(found)
