"""German adjectives simplemma leaves inflected.

simplemma knows "selbstverschuldeten" (→ selbstverschuldet) but not
"selbstverschuldete", so Kant's "selbstverschuldete Unmündigkeit" and
"selbstverschuldeten Unmündigkeit" were two terms. A lower-case German
word (nouns are capitalised) that simplemma left whole is an adjective's
stem with an ending when the stem's -en form lemmatises to that stem.
"""

from __future__ import annotations

from collections.abc import Callable

# Adjective endings, by case, number and gender.
ENDINGS = ("en", "em", "er", "es", "e")


def adjective(word: str, lemmatize: Callable[[str], str]) -> str:
    """`word` (lower case, as simplemma left it) as its adjective's stem, or whole."""
    for ending in ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and lemmatize(stem + "en") == stem:
            return stem
    return word
