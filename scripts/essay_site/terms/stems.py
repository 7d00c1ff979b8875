"""Inflections merged by the essay's own evidence, in a language no
lemmatiser here covers (Telugu, Bengali, Tamil…), and in Malayalam for
the words its analyser cannot read (malayalam.py).

Most such languages inflect by endings: a word the essay also writes with a
short ending after it is that word inflected (തൊഴിൽ "profession", തൊഴിലിൽ
"in the profession", തൊഴിലിനെ). The shorter word is the term, the longer
ones its forms. A word is compared letter by letter (grapheme clusters),
a Malayalam chillu (ൽ) as the consonant it closes (ല്), which its
inflections write out (തൊഴിലി…).
"""

from __future__ import annotations

import dataclasses
import unicodedata

from ..text import letter_count
from .candidates import Candidate, Counts

# An ending is compared in code points: a stem's last consonant and the
# ending's first vowel sign make one letter (ല + ി is ലി), so letters
# would not line up. Six code points hold "ിന്റെ" ("of the").
MAX_ENDING = 6
MIN_STEM = 3  # letters
# Malayalam chillu letters, each the consonant it stands for with a virama.
CHILLU = str.maketrans({"\u0d7a": "\u0d23", "\u0d7b": "\u0d28", "\u0d7c": "\u0d30", "\u0d7d": "\u0d32", "\u0d7e": "\u0d33", "\u0d7f": "\u0d15"})
VIRAMAS = "\u0d4d\u094d\u09cd\u0bcd\u0c4d\u0ccd\u0a4d\u0acd\u0b4d\u0dca"


def merged_inflections(counts: Counts) -> Counts:
    """The counts with each word's inflected forms merged into it."""
    words = {key[0]: candidate for key, candidate in counts.candidates.items() if len(key) == 1}
    stems = {comparable(word): word for word in words if letter_count(word) >= MIN_STEM}
    into: dict[str, str] = {}
    for word in sorted(words, key=len):
        stem = stem_of(word, stems)
        if stem and stem != word:
            into[word] = into.get(stem, stem)
    if not into:
        return counts
    found = {key: c for key, c in counts.candidates.items() if not (len(key) == 1 and key[0] in into)}
    for word, stem in into.items():
        found[(stem,)] = combined(found[(stem,)], words[word])
    return dataclasses.replace(counts, candidates=found)


def stem_of(word: str, stems: dict[str, str]) -> str | None:
    """The shortest word of the essay that `word` is, plus a short ending."""
    spelled = comparable(word)
    for cut in range(max(1, len(spelled) - MAX_ENDING), len(spelled)):
        stem = stems.get(spelled[:cut])
        if stem:
            return stem
    return None


def comparable(word: str) -> str:
    """The word as its inflections spell it: chillus written out, without
    the virama that closes the word."""
    return unicodedata.normalize("NFC", word).translate(CHILLU).rstrip(VIRAMAS)


def combined(stem: Candidate, form: Candidate) -> Candidate:
    """One candidate for the word and its inflected form."""
    merged = Candidate(stem.key, min(stem.first, form.first))
    for field in ("count", "capitalized", "inside", "determined", "final", "continued", "articled"):
        setattr(merged, field, getattr(stem, field) + getattr(form, field))
    merged.forms = stem.forms + form.forms
    merged.inner_forms = stem.inner_forms + form.inner_forms
    merged.units = stem.units | form.units
    merged.shown = stem.shown or form.shown
    return merged
