"""Malayalam words by mlmorph, the Swathanthra Malayalam Computing
morphological analyser (a finite-state transducer that ships in the package).

Malayalam writes a noun's number and case, and often a clitic, onto the
word: പത്രങ്ങൾ "newspapers", പത്രങ്ങളുടെ "of the newspapers" and പത്രം
"newspaper" are one term. Compounds are written as one word too
(മലയാളപത്രങ്ങൾ "Malayalam newspapers"), and inflect at their end. Guessing
endings from the essay alone (stems.py) cannot undo a sandhi (പത്രം →
പത്രങ്ങൾ), and it cannot tell a verb (പുറപ്പെടുവിച്ച "issued") or a
pronoun (അവൻ "he") from a noun. The analyser can.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

# One morpheme of an analysis: its root, then its tags ("പത്രം<n><pl><genitive>").
_MORPHEME = regex.compile(r"([^<]+)((?:<[^>]+>)+)")
_TAG = regex.compile(r"<([^>]+)>")
# The part of speech of a noun, a name, a Sanskrit loan, a word from another language.
NOUN_TAGS = frozenset({"n", "np", "sanskrit", "fw", "eng"})
# A clitic or postposition written onto a noun (വിദ്യാഭ്യാസവും "and education",
# പത്രമെന്ന "called a newspaper") leaves it a noun.
CLITIC = "cnj"
# A guess of the foreign-word detector, or an English word in Malayalam letters:
# no reading of the end of a longer word.
GUESSED = frozenset({"fw", "eng"})
# A noun's adjectival form (മലയാള "Malayalam", വർത്തമാന "news") qualifies the next word.
ADJECTIVAL = ("adj",)
VIRAMA = "\u0d4d"
SHORTEST_PART = 2  # letters, of a compound's unknown head and of its known tail
# Tails tried, longest first: a compound's unknown head is a few letters, and
# each lookup costs half a millisecond, so an unknown word costs at most this many more.
MAX_TAILS = 4

Morpheme = tuple[str, tuple[str, ...]]


@functools.cache
def _analyser() -> tuple:
    """mlmorph's analyser and generator, loaded once (0.4 s: an 18 MB transducer)."""
    from mlmorph import Analyser, Generator

    return Analyser(), Generator()


@functools.cache
def reading(word: str) -> tuple[str, tuple[Morpheme, ...]]:
    """The analyser's likeliest reading of `word`: the morphemes, as (root,
    tags), without the clitics that follow a noun. When the analyser does
    not know the word, the reading of its longest tail it knows (of the
    first MAX_TAILS), after a head it does not (a compound's first part:
    വൃത്താന്ത|പത്രങ്ങൾക്കു); ("", ()) when it knows no tail either."""
    found = _morphemes(word, guessed=True)
    if found:
        return "", found
    for cut in _syllable_starts(word)[:MAX_TAILS]:
        found = _morphemes(word[cut:], guessed=False)
        if found:
            return word[:cut], found
    return "", ()


def _morphemes(word: str, guessed: bool) -> tuple[Morpheme, ...]:
    readings = _analyser()[0].analyse(word, foreign_word_check=guessed)
    if not readings:
        return ()
    best = min(readings, key=lambda reading: reading[1])[0]
    morphemes = tuple((root, tuple(_TAG.findall(tags))) for root, tags in _MORPHEME.findall(best))
    if not morphemes or (not guessed and morphemes[-1][1][0] in GUESSED):
        return ()
    while len(morphemes) > 1 and morphemes[-1][1][0] == CLITIC and is_noun(morphemes[:-1]):
        morphemes = morphemes[:-1]
    return morphemes


def _syllable_starts(word: str) -> list[int]:
    """Where a tail of `word` may start: at a letter that does not join the
    one before it (no virama between), leaving letters on both sides."""
    letters = [i for i, c in enumerate(word) if unicodedata.category(c) == "Lo"]
    return [i for n, i in enumerate(letters) if SHORTEST_PART <= n <= len(letters) - SHORTEST_PART and word[i - 1] != VIRAMA]


def may_be_noun(word: str) -> bool:
    """False when the analyser reads `word` as a verb, pronoun, conjunction,
    postposition, number or any other part of speech that names nothing."""
    morphemes = reading(word)[1]
    return not morphemes or is_noun(morphemes)


def is_noun(morphemes: tuple[Morpheme, ...]) -> bool:
    return morphemes[-1][1][0] in NOUN_TAGS


def ends_phrase(word: str) -> bool:
    """True when `word` carries a case, a number or a clitic: a noun so
    inflected (പത്രങ്ങളുടെ "of the newspapers") is the possessor or object
    of the next word, not the first half of one term with it. A noun's
    adjectival form can be (മലയാള പത്രം, "Malayalam newspaper")."""
    morphemes = reading(word)[1]
    return bool(morphemes) and morphemes[-1][1][1:] != ADJECTIVAL and lemma(word) != word


@functools.cache
def lemma(word: str) -> str:
    """A noun without its number, case and clitics (പത്രങ്ങളുടെ → പത്രം,
    മലയാളപത്രങ്ങൾ → മലയാളപത്രം); any other word as written."""
    head, morphemes = reading(word)
    if not morphemes or not is_noun(morphemes):
        return word
    *compound, (root, tags) = morphemes
    if not compound:  # the root is the dictionary form
        return head + root
    # The parts of a compound join with sandhi (മല + ആൾ + അപത്രം is മലയാളപത്രം), which the generator knows.
    bare = "".join(part + "".join(f"<{tag}>" for tag in part_tags) for part, part_tags in compound) + f"{root}<{tags[0]}>"
    generated = _analyser()[1].generate(bare)
    return head + min(generated, key=lambda form: form[1])[0] if generated else word
