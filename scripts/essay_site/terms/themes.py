"""Themes among the key terms: concepts that recur across most of the essay.

A theme is a term found in at least half of the essay's sections (or parts),
ranked by its score; names are left out (a capitalised term that seldom
takes an article is a person's or product's name, not a concept; in
German, where every noun is capitalised, one that never takes one).
"""

from __future__ import annotations

import dataclasses

from ..model import Term
from .candidates import Candidate, Counts
from .lemmas import CAPITALISED_NOUNS, zipf
from .rank import COMMON_ZIPF, Ranked

MIN_THEMES = 3
MAX_THEMES = 5
# A theme is found in at least this share of the sections.
THEME_SPREAD = 0.5
# A capitalised concept ("the State") follows an article in most of its
# uses; a name of a person, place or product seldom does.
CONCEPT_SHARE = 0.6
# Languages that set an article before a person's name ("a Rattazzi", "la
# Callas", "ο Σωκράτης"); there a concept is also a word the language knows.
ARTICLED_NAMES = frozenset({"pt", "it", "el", "ca"})
KNOWN_WORD_ZIPF = 3.0
# Written in lower case this often, and in this share of its uses.
EMPHASIS_LOWER_USES = 2
EMPHASIS_LOWER_SHARE = 0.1


def mark_themes(chosen: list[tuple[Term, Ranked]], counts: Counts, language: str) -> list[Term]:
    """The chosen terms, best first, with 3 to 5 of them marked as themes
    (fewer only when fewer than three terms are concepts)."""
    concepts = [(term, r) for term, r in chosen if is_concept(r, language)]
    spread = {term.slug: len(r.candidate.units) / max(counts.units, 1) for term, r in concepts}
    wide = [term for term, _ in concepts if spread[term.slug] >= THEME_SPREAD]
    if len(wide) < MIN_THEMES:  # too few reach half the essay: take the widest
        rest = sorted((t for t, _ in concepts if t not in wide), key=lambda t: -spread[t.slug])
        wide += rest[: MIN_THEMES - len(wide)]
    themes = {t.slug for t in wide[:MAX_THEMES]}
    return [dataclasses.replace(term, theme=term.slug in themes) for term, _ in chosen]


def is_concept(item: Ranked, language: str) -> bool:
    candidate = item.candidate
    if not candidate.proper:
        return True
    if language in CAPITALISED_NOUNS:  # "die Aufklärung", "zur Freiheit", "seiner Vernunft"; never "der Kant"
        return candidate.articled > 0
    if emphasised(candidate, language):
        return True
    if candidate.articled < CONCEPT_SHARE * candidate.count:
        return False
    # "a Rattazzi", "o Σωκράτης": these languages set an article before a
    # person's name too, so there the word must also be one general use knows.
    return language not in ARTICLED_NAMES or zipf(candidate.key, language) >= KNOWN_WORD_ZIPF


def emphasised(candidate: Candidate, language: str) -> bool:
    """A noun the author capitalises for emphasis ("Nature", "Wildness") and
    now and then writes in lower case. A name that shares its spelling with
    one of the language's commonest words ("Go", beside "go get") is a name."""
    lower = sum(uses for form, uses in candidate.forms.items() if form[:1].islower() and form.casefold() == candidate.key[0])
    return (
        len(candidate.key) == 1
        and lower >= EMPHASIS_LOWER_USES
        and lower >= EMPHASIS_LOWER_SHARE * candidate.count
        and zipf(candidate.key, language) < COMMON_ZIPF
    )
