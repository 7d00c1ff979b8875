"""Hindi plurals simplemma does not know.

simplemma's Hindi table knows the oblique plurals of common nouns
(सदस्यों → सदस्य), but a rarer noun keeps its ending, so अनुरक्षक
(maintainer) and अनुरक्षकों became two terms. A word that ends in the
oblique plural -ों, when general Hindi does not use it at all or knows
its stem as a word, is that plural of a noun that ends in a consonant:
the ending comes off. A noun in -ī or -i takes -iyoṃ (प्रतिभागियों), whose
singular is whichever of the two general Hindi knows.
"""

from __future__ import annotations

OBLIQUE_PLURAL = "\u094b\u0902"  # ों
I_OBLIQUE_PLURAL = "\u093f\u092f\u094b\u0902"  # ियों
I_VOWELS = ("\u0940", "\u093f")  # ी, ि
# The stem keeps at least this many characters (letters and their signs).
SHORTEST_STEM = 3


def singular(word: str, known: dict[str, float]) -> str:
    """`word` (as simplemma left it) without its oblique plural ending: a
    noun in -ī or -i takes -iyoṃ (प्रतिभागियों → प्रतिभागी, नीतियों → नीति),
    a noun in a consonant -oṃ (अनुरक्षकों → अनुरक्षक). The singular must be a
    word general Hindi uses, or the plural one it does not."""
    stem = word.removesuffix(I_OBLIQUE_PLURAL)
    if stem != word:
        found = next((stem + vowel for vowel in I_VOWELS if stem + vowel in known), None)
        if found:
            return found
    stem = word.removesuffix(OBLIQUE_PLURAL)
    if stem == word or len(stem) < SHORTEST_STEM or (word in known and stem not in known):
        return word
    return stem
