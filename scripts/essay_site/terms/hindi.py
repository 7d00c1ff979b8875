"""Hindi plurals simplemma does not know.

simplemma's Hindi table knows the oblique plurals of common nouns
(सदस्यों → सदस्य), but a rarer noun keeps its ending, so अनुरक्षक
(maintainer) and अनुरक्षकों became two terms. A word that ends in the
oblique plural -ों and that general Hindi does not use at all is that
plural of a noun that ends in a consonant: the ending comes off.
"""

from __future__ import annotations

OBLIQUE_PLURAL = "\u094b\u0902"  # ों
# The stem keeps at least this many characters (letters and their signs).
SHORTEST_STEM = 3


def singular(word: str, known: dict[str, float]) -> str:
    """`word` (as simplemma left it) without an oblique plural ending no
    general Hindi word has."""
    stem = word.removesuffix(OBLIQUE_PLURAL)
    if stem == word or len(stem) < SHORTEST_STEM or word in known:
        return word
    return stem
