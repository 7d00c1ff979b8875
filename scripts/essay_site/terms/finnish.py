"""Finnish words by Voikko, the Finnish morphological analyser (Debian's
libvoikko1 and voikko-fi, through the pinned `libvoikko` binding).

Finnish writes a noun's case and number onto the word, fifteen cases in
each number: itserakkaudesta "of self-love" is itserakkaus, ruhtinasten
"of the princes" is ruhtinas. simplemma knows few of these, so one noun
became several terms, and it cannot tell the verbs "tahdo" (want) and
"panee" (puts) from nouns. Voikko reads both. Where it is not installed,
simplemma alone lemmatises Finnish, and the log says so.
"""

from __future__ import annotations

import functools
import logging
import dataclasses
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # candidates.py imports this module's lemmas through lemmas.py
    from .candidates import Counts

log = logging.getLogger("essay_site")

# Voikko's word classes that name something: common nouns, first names,
# surnames, place names, other names.
NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
NOUN_CLASSES = NAME_CLASSES | {"nimisana"}
# Nouns that inflect as Latin names in -us and Greek names in -os do.
NAME_MODELS = {"u": "vastaus", "o": "kaaos"}
MIN_NAME_STEM = 3
# The share of a word's uses that must be forms Voikko can read as a noun.
NOUN_SHARE = 0.5


@functools.cache
def _voikko() -> object | None:
    import libvoikko

    try:
        return libvoikko.Voikko("fi")
    except (OSError, libvoikko.VoikkoException) as error:  # Debian's library, or its Finnish dictionary, is missing
        log.info("Voikko is not available (%s): Finnish words are lemmatised by simplemma alone", error)
        return None


@functools.cache
def readings(word: str) -> tuple[tuple[str, str], ...]:
    """(dictionary form, word class) of each reading Voikko knows for
    `word`; empty when it does not know the word or is not installed."""
    voikko = _voikko()
    if voikko is None:
        return ()
    return tuple((a.get("BASEFORM", word), a.get("CLASS", "")) for a in voikko.analyze(word))  # type: ignore[attr-defined]


def name(word: str) -> str | None:
    """A capitalised word's dictionary form, lower-cased, as Voikko reads it
    (Caesarin → caesar, Boccaccion → boccaccio, where simplemma cuts
    "caesari" and leaves "boccaccion"); None when Voikko does not know it.
    A lower-case word keeps simplemma's lemma, which agrees with Voikko's
    on nouns and, unlike Voikko's first reading, takes "varsin" (quite)
    for no form of "varsi" (stalk)."""
    if not word[:1].isupper():
        return None
    found = readings(word)
    if not found:
        return latin_or_greek_name(word)
    names = [base for base, kind in found if kind in NAME_CLASSES]
    return (names or [found[0][0]])[0].casefold()


def latin_or_greek_name(word: str) -> str | None:
    """A name Voikko does not know, in -us or -os, in one of its cases:
    Terentiuksen, Lucretiusta, Plutarkhoksen. Finnish inflects these as it
    inflects "vastaus" (answer) and "kaaos" (chaos), so the name's ending is
    read as Voikko reads the same ending on the model word."""
    for at in range(MIN_NAME_STEM, len(word)):
        model = NAME_MODELS.get(word[at])
        if model and model in {base for base, _ in readings(model[:-2] + word[at:])}:
            return (word[:at] + model[-2:]).casefold()
    return None


def may_be_noun(forms: Counter[str]) -> bool:
    """False when most of the uses are forms Voikko knows only as a verb,
    adjective, adverb, pronoun or any other class that names nothing
    ("tahdo", "tahtoa": want; "tahtoa" is also the noun "tahto", will, but
    the essay writes the verb's other forms)."""
    nounish = sum(count for form, count in forms.items() if not readings(form) or {kind for _, kind in readings(form)} & NOUN_CLASSES)
    return nounish >= NOUN_SHARE * sum(forms.values())


def shown_as_lemmas(counts: Counts) -> Counts:
    """A word Voikko reads is shown in its dictionary form, which the essay
    may never write: "itserakkaus", not "itserakkaudesta"; a name with its
    capital ("Boccaccio", "Terentius", not "Boccaccion", "Terentiuksen")."""
    found = {}
    for key, candidate in counts.candidates.items():
        if len(key) == 1 and not candidate.shown and all(readings(form) or name(form) for form in candidate.forms):
            written = [form for form in candidate.forms if form.casefold() == key[0]]
            dictionary_form = key[0][:1].upper() + key[0][1:] if candidate.proper else key[0]
            candidate = dataclasses.replace(candidate, shown=written[0] if candidate.proper and written else dictionary_form)
        found[key] = candidate
    return dataclasses.replace(counts, candidates=found)
