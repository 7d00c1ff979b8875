"""A name in its cases is one name: Russian "Прудон", "Прудона"; Greek
"Δημοστένης", "Δημοστένη"; a Finnish name Voikko does not read.

No lemmatiser here knows the essay's names, so in a language that inflects
names by case, two capitalised words of the essay are one name when they
share all but the last two letters of the shorter and differ in an ending
of at most four. The shorter is the term; the other spellings are its
forms. English "Johnson" and "Johnston" stay two: English names take no case.
"""

from __future__ import annotations

import dataclasses
import os

from . import finnish
from .candidates import Candidate, Counts
from .names import commonest
from .stems import combined
from .writing import CASE_LANGUAGES

MIN_STEM = 4
MAX_ENDING = 4
STEM_SLACK = 2  # letters the shorter spelling may have after the shared stem


def merged_name_forms(counts: Counts, language: str) -> Counts:
    if language not in CASE_LANGUAGES:
        return counts
    # Compared as written: a lemmatiser that does not know a name cuts it
    # anywhere (simplemma's Finnish "Terentius" → "tere").
    names = sorted(
        ((commonest(c).casefold(), key) for key, c in counts.candidates.items() if len(key) == 1 and c.proper and not read(c, language)),
        key=lambda pair: (len(pair[0]), pair[0]),
    )
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for at, (word, key) in enumerate(names):
        stem = next((k for s, k in names[:at] if k not in into and same_name(s, word)), None)
        if stem:
            into[key] = stem
    if not into:
        return counts
    found = {key: c for key, c in counts.candidates.items() if key not in into}
    for key, stem in into.items():
        merged = combined(found[stem], counts.candidates[key])
        found[stem] = dataclasses.replace(merged, shown=found[stem].shown or shortest_form(found[stem]))
    return dataclasses.replace(counts, candidates=found)


def read(candidate: Candidate, language: str) -> bool:
    """True when an analyser has read the name already: Voikko took
    "Caesarin" to Caesar, so "Caestius", another man, is not his."""
    return language == "fi" and all(finnish.lemma(form) for form in candidate.forms)


def same_name(shorter: str, longer: str) -> bool:
    shared = len(os.path.commonprefix([shorter, longer]))
    return shared >= MIN_STEM and shared >= len(shorter) - STEM_SLACK and len(longer) - shared <= MAX_ENDING


def shortest_form(candidate: Candidate) -> str:
    forms = candidate.inner_forms or candidate.forms
    return min(forms, key=lambda form: (len(form), -forms[form], form))
