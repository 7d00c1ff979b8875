"""The essay's author is no key term of it: the title block names them
already, and an editor lists what the essay is about, not who wrote it.
Essay 34 names Robespierre in nearly every paragraph, and he is still its
author, not one of its subjects.

An author is dropped by the whole name as the title block gives it, or by
its last word when the name is two to four capitalised words ("Maximilien
Robespierre", then "Robespierre"); a byline's tail after a comma ("Russ
Cox, for the Go team") is not part of the name, so "Go" stays a term.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from .candidates import Counts
from .names import bare, commonest

# What follows a name in a byline: ", for the Go team", " (editor)".
BYLINE_TAIL = re.compile(r"\s*[,(;].*$")


def without_authors(counts: Counts, authors: Iterable[str]) -> Counts:
    names = author_names(authors)
    if not names:
        return counts
    kept = {key: candidate for key, candidate in counts.candidates.items() if not ({bare(commonest(candidate)).casefold(), candidate.shown.casefold()} & names)}
    return dataclasses.replace(counts, candidates=kept)


def author_names(authors: Iterable[str]) -> set[str]:
    """Each author's name, and their surname where it is one, casefolded."""
    names = set()
    for author in authors:
        words = BYLINE_TAIL.sub("", author).split()
        if not words:
            continue
        names.add(" ".join(words).casefold())
        if 2 <= len(words) <= 4 and all(word[:1].isupper() for word in words):
            names.add(words[-1].casefold())
    return names
