"""A name used in full once or twice, then by its last word ("Norm Matloff",
then "Matloff"; "Apache Arrow", then "Arrow"), is one term: the full name,
with the short one as its alias.

Only when nothing else is in doubt: the full name is capitalised (if only
once, at a sentence's start), comes first, and is the only capitalised
phrase of the essay that ends with that word, or is written more than
twice as often as all the others together (with "Jane Doe" and "John Doe"
once each, "Doe" stays a term of its own); or it is the only one the
essay's title names ("How the Apache Arrow Format …" above an essay that
says "Arrow" first). The short name must also stand alone ("Source" only
in "Open Source" has no full name), and a possessive is no part of a
name: "Jorma Rissanen's" ends in "Rissanen".
In a language that capitalises every noun the rule says nothing: German's
"Zeitalter der Aufklärung" is no full name of "Aufklärung".
"""

from __future__ import annotations

import dataclasses
import re

from .candidates import POSSESSIVE_END, Candidate, Counts
from .lemmas import CAPITALISED_NOUNS
from .stems import combined

# A full name written more than this many times as often as its rivals together is the one meant.
RIVALS_OUTWEIGHED = 2


def merged_names(counts: Counts, language: str, title: str = "") -> Counts:
    if language in CAPITALISED_NOUNS:
        return counts
    candidates = dict(counts.candidates)
    for short, full in full_names(counts, title).items():
        last = candidates.pop(short)
        merged = combined(candidates[full], last)
        merged.count = last.count  # every use of the full name is a use of its last word too
        merged.shown = commonest(candidates[full])
        candidates[full] = merged
    return dataclasses.replace(counts, candidates=candidates)


def full_names(counts: Counts, title: str = "") -> dict[tuple[str, ...], tuple[str, ...]]:
    """Key of each short name → key of its full name."""
    ending: dict[str, list[Candidate]] = {}
    for candidate in counts.candidates.values():
        # Its own capitals are evidence, even at a sentence's start: the
        # last word is a name ("Norm Matloff, a professor, …").
        if len(candidate.key) > 1:
            words = commonest(candidate).split()
            if all(word[:1].isupper() for word in words):
                ending.setdefault(bare(words[-1]), []).append(candidate)
    title = " ".join(title.split())
    found = {}
    for candidate in counts.candidates.values():
        if len(candidate.key) != 1 or not candidate.proper:
            continue
        full = full_name(candidate, ending.get(bare(commonest(candidate)), []), title)
        if full:
            found[candidate.key] = full.key
    return found


def full_name(short: Candidate, longer: list[Candidate], title: str) -> Candidate | None:
    """The one full name that comes first, or the one the title names (a
    heading's capitals, "Enter Arrow", are no rival to the title's)."""
    titled = [candidate for candidate in longer if names_in(title, bare(commonest(candidate)))]
    if len(titled) == 1:
        found = titled[0]
    elif (found := dominant(longer)) is None or found.first > short.first:
        return None
    # The short name must also stand alone: "Source" only ever inside "Open Source" is no short name.
    return found if found.count < short.count else None


def dominant(longer: list[Candidate]) -> Candidate | None:
    """The only full name, or the one written more often than all its
    rivals together, twice over ("Alexandre Herculano" five times,
    "Visitou Herculano", a verb at a sentence's start, once); with "Jane
    Doe" and "John Doe" once each, none."""
    if not longer:
        return None
    best = max(longer, key=lambda candidate: (candidate.count, -candidate.first))
    # Its own last words are no rival: "Freedom Conservancy" is written
    # wherever "Software Freedom Conservancy" is.
    inside = {c.key for c in longer if c is not best and ends(commonest(best), commonest(c))}
    rivals = sum(c.count - (best.count if c.key in inside else 0) for c in longer) - best.count
    return best if best.count > RIVALS_OUTWEIGHED * rivals else None


def ends(name: str, tail: str) -> bool:
    return name.casefold().split()[-len(tail.split()) :] == tail.casefold().split()


def names_in(title: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title) is not None


def bare(name: str) -> str:
    return POSSESSIVE_END.sub("", name)


def commonest(candidate: Candidate) -> str:
    forms = candidate.inner_forms or candidate.forms
    return min(forms.items(), key=lambda kv: (-kv[1], kv[0]))[0]
