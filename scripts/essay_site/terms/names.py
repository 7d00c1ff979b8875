"""A name used in full once or twice, then by its last word ("Norm Matloff",
then "Matloff"; "Apache Arrow", then "Arrow"), is one term: the full name,
with the short one as its alias.

Only when nothing else is in doubt: the full name is capitalised (if only
once, at a sentence's start), comes first, and is the only capitalised
phrase of the essay that ends with that word (with "Jane Doe" and "John Doe"
both present, "Doe" stays a term of its own).
In a language that capitalises every noun the rule says nothing: German's
"Zeitalter der Aufklärung" is no full name of "Aufklärung".
"""

from __future__ import annotations

import dataclasses

from .candidates import Candidate, Counts
from .lemmas import CAPITALISED_NOUNS
from .stems import combined


def merged_names(counts: Counts, language: str) -> Counts:
    if language in CAPITALISED_NOUNS:
        return counts
    candidates = dict(counts.candidates)
    for short, full in full_names(counts).items():
        last = candidates.pop(short)
        merged = combined(candidates[full], last)
        merged.count = last.count  # every use of the full name is a use of its last word too
        merged.shown = commonest(candidates[full])
        candidates[full] = merged
    return dataclasses.replace(counts, candidates=candidates)


def full_names(counts: Counts) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Key of each short name → key of its full name."""
    ending: dict[str, list[Candidate]] = {}
    for candidate in counts.candidates.values():
        # Its own capitals are evidence, even at a sentence's start: the
        # last word is a name ("Norm Matloff, a professor, …").
        if len(candidate.key) > 1:
            words = commonest(candidate).split()
            if all(word[:1].isupper() for word in words):
                ending.setdefault(words[-1], []).append(candidate)
    found = {}
    for candidate in counts.candidates.values():
        if len(candidate.key) != 1 or not candidate.proper:
            continue
        longer = ending.get(commonest(candidate), [])
        if len(longer) == 1 and longer[0].first < candidate.first and longer[0].count <= candidate.count:
            found[candidate.key] = longer[0].key
    return found


def commonest(candidate: Candidate) -> str:
    forms = candidate.inner_forms or candidate.forms
    return min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0]
