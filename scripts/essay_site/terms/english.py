"""What lemminflect's English lexicon says a word can be."""

from __future__ import annotations

from collections.abc import Iterable


def may_be_english_noun(forms: Iterable[str]) -> bool:
    """False when lemminflect's lexicon knows the word, in every form the
    essay writes, only as a verb, adjective or adverb ("resist", "resisting");
    True when it knows a noun reading, or does not know the word ("gofmt")."""
    readings = set().union(*map(english_readings, forms))
    return not readings or bool(readings & {"NOUN", "PROPN"})


def english_readings(word: str) -> set[str]:
    """The parts of speech lemminflect's lexicon knows `word` as (none when
    it does not know the word)."""
    from lemminflect import getAllLemmas

    return set(getAllLemmas(word.casefold()))
