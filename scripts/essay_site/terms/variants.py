"""An older or dialect spelling of a common word is a common word.

wordfreq knows how a language is written today. Swift's "expence",
Psycharis's "τότες" (τότε) and Castelo Branco's "portuguezes" are unknown
to it, or nearly, so they looked like the essay's own vocabulary. A word
wordfreq barely knows that is one edit (a letter added, dropped or changed)
from a common word of the language is taken as a spelling of that word, a
step rarer.
"""

from __future__ import annotations

import functools
import math

# Only common words are spellings worth recognising: "expense" is Zipf 4.2.
COMMON_ZIPF = 4.0
# A word this rare in general use may be a spelling of another.
RARE_ZIPF = 2.0
# Below this length one edit reaches too many words ("Rust", "must").
MIN_LETTERS = 5
# A spelling variant is rarer than the word it spells.
VARIANT_STEP = 1.0


@functools.cache
def _common_words(language: str) -> tuple[dict[str, float], dict[tuple[str, int], float]]:
    """Common words → frequency, and each with one letter dropped (the
    string, where) → the highest frequency of a word it comes from."""
    from .lemmas import frequencies

    floor = 10 ** (COMMON_ZIPF - 9)
    words = {w: f for w, f in frequencies(language).items() if f >= floor and len(w) >= MIN_LETTERS - 1 and w.isalpha()}
    dropped: dict[tuple[str, int], float] = {}
    for word, freq in words.items():
        for i in range(len(word)):
            key = (word[:i] + word[i + 1 :], i)
            dropped[key] = max(dropped.get(key, 0.0), freq)
    return words, dropped


def variant_frequency(folded: str, known: float, language: str) -> float:
    """The frequency of `folded` as a spelling of a common word one edit
    away, a step below that word's; `known` when it is no such spelling."""
    if len(folded) < MIN_LETTERS or not folded.isalpha() or (known and math.log10(known) + 9 >= RARE_ZIPF):
        return known
    words, dropped = _common_words(language)
    found = 0.0
    for i in range(len(folded)):
        shorter = folded[:i] + folded[i + 1 :]
        found = max(found, words.get(shorter, 0.0), dropped.get((shorter, i), 0.0))  # a letter added, or changed
    found = max(found, *(dropped.get((folded, i), 0.0) for i in range(len(folded) + 1)))  # a letter dropped
    return max(known, found / 10**VARIANT_STEP)
