"""Finnish words by Voikko, the Finnish morphological analyser (Debian's
libvoikko1 and voikko-fi, through the pinned `libvoikko` binding).

Finnish writes a noun's case and number onto the word, fifteen cases in
each number: itserakkaudesta "of self-love" is itserakkaus, ruhtinasten
"of the princes" is ruhtinas. simplemma guesses where it does not know a
form ("tuomareille", to the judges, became "tuomareki"), cuts names it does
not know ("Caesarin" to "caesari"), and cannot tell the verbs "tahdo"
(want) and "panee" (puts) from nouns. Voikko reads all of these; simplemma
lemmatises only the words Voikko does not know, and all of Finnish where
Voikko is not installed (the log says so).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # candidates.py imports this module's lemmas through lemmas.py
    from .candidates import Counts

log = logging.getLogger("essay_site")

# Voikko's word classes that name something: first names, surnames, place
# names, other names; then common nouns, nouns that are also adjectives
# ("suomalainen", a Finn or Finnish), abbreviations.
NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
NOUN_CLASSES = NAME_CLASSES | {"nimisana", "nimisana_laatusana", "lyhenne"}
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


def lemma(word: str) -> str | None:
    """The word's dictionary form, lower-cased, as Voikko reads it
    (tuomareille → tuomari, Caesarin → caesar, Boccaccion → boccaccio);
    None when Voikko does not know it. A word that is its own dictionary
    form in one reading is taken so ("Latina" is Latin, not Lati's); a
    capitalised word is a name where Voikko knows one, whether or not it
    opens a sentence; a name Voikko does not know may still be read by a
    model noun (latin_or_greek_name)."""
    found = readings(word)
    if not found:
        return latin_or_greek_name(word) if word[:1].isupper() else None
    folded = word.casefold()
    if any(base.casefold() == folded for base, _ in found):
        return folded
    names = [base for base, kind in found if kind in NAME_CLASSES] if word[:1].isupper() else []
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
        if len(key) == 1 and not candidate.shown and all(lemma(form) == key[0] for form in candidate.forms):
            written = [form for form in candidate.forms if form.casefold() == key[0]]
            dictionary_form = key[0][:1].upper() + key[0][1:] if candidate.proper else key[0]
            candidate = dataclasses.replace(candidate, shown=written[0] if candidate.proper and written else dictionary_form)
        found[key] = candidate
    return dataclasses.replace(counts, candidates=found)
