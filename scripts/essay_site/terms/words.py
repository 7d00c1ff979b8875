"""A sentence → its words, as each script writes them.

Spaced scripts are split at anything that is not a letter or its marks,
with French and Italian elided articles split off (l'homme); Chinese is
segmented by jieba (lemmas.py); Japanese is cut into runs of one script.
None stands for a break no term may span: punctuation, a number, a
contraction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .lemmas import ELIDED, chinese_words

# A word is letters with their combining marks: Hebrew points (ישׂראל),
# Arabic vowels, Devanagari vowel signs (हिन्दी). Python's re counts a mark as
# a non-word character and would cut the word at each one; `regex` knows \p{M}.
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}\d]*(?:['’\-]\p{L}[\p{L}\p{M}\d]*)*(?:\+\+|(?P<elided>['’](?!\p{L})))?|(?P<other>\S)")
# Runs of one script in Japanese: kanji, katakana, (function-like) hiragana,
# or another script's letters, which a particle follows unspaced ("Podは").
_JAPANESE = re.compile(r"[\u4e00-\u9fff]+|[\u30a0-\u30ff]+|[\u3040-\u309f]+|[^\W\d_\u3040-\u30ff\u4e00-\u9fff]+")
_KANJI = re.compile(r"^[\u4e00-\u9fff]+$")
# Particles and the copula that follow a noun (の は が を に で と も へ や か だ な),
# and the forms of する that make a verb of one (失敗する, 失敗した).
JAPANESE_PARTICLES = frozenset("のはがをにでともへやかだなすさしせ")
HIRAGANA = re.compile(r"^[\u3040-\u309f]+$")
# Languages that set a name's suffixes off with an apostrophe: Turkish
# "GitHub'ın", "README'de" are GitHub and README.
APOSTROPHE_SUFFIXES = frozenset({"tr", "az"})
# A Roman number of I, V and X in capitals ("chapitre III", "Louis XVI"):
# with C, L, D or M it may be a name ("CLI", "DIV", "CD").
ROMAN_NUMBER = re.compile(r"^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$")


def japanese_words(sentence: str) -> Iterator[str | None]:
    """Runs of kanji or katakana; a kanji run written on with kana that is
    not a particle is the stem of a verb or adjective (間違い), not a noun."""
    for match in _JAPANESE.finditer(sentence):
        run = match.group()
        after = sentence[match.end() : match.end() + 1]
        if HIRAGANA.match(run):
            yield run
        elif _KANJI.match(run) and after and HIRAGANA.match(after) and after not in JAPANESE_PARTICLES:
            yield None
        else:
            yield run


def raw_words(sentence: str, language: str) -> Iterator[str | None]:
    if language == "zh":
        yield from chinese_words(sentence)
        return
    if language == "ja":
        yield from japanese_words(sentence)
        return
    elided = ELIDED.get(language, frozenset())
    for match in _TOKEN.finditer(sentence):
        particle, _, rest = match.group().replace("’", "'").partition("'")
        if rest and particle.casefold() in elided:  # l'homme: the article, then the word
            yield particle
            yield from raw_words(rest, language)
            continue
        if rest and language in APOSTROPHE_SUFFIXES:  # README'nizi: the name, then its case ending
            yield particle
            continue
        if match.group("elided") and not match.group("other"):
            word = match.group()[:-1]
            if not word.casefold().endswith("in"):  # a closing quote, not "codin'"
                yield word
                continue
        if match.group("other") or match.group("elided") or ROMAN_NUMBER.match(match.group()):
            yield None  # punctuation, a dropped letter ("codin'"): a contraction, or a number ("titre III")
        else:
            yield match.group()
