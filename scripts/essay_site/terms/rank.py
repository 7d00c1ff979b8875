"""Rank candidates against the language: keyness.

Keyness is how much more often the essay uses a term than the language does,
on wordfreq's Zipf scale: Zipf in the essay minus Zipf in general use. It is
weighted by the square root of the number of uses, so a name used four times
can stand beside a concept used fifty. A common word ("people", "important")
scores low however often it recurs; the essay's own vocabulary (names,
coined terms, technical phrases) scores high.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter

from ..text import letter_count
from .candidates import CONNECTORS, POSSESSIVE_END, Candidate, Counts
from .citations import CITED_SHARE
from .enumerations import LISTED_SHARE
from .cleaning import calendar_words
from .english import english_readings, may_be_english_noun
from .lemmas import CAPITALISED_NOUNS, DETERMINERS, frequencies, function_words, zipf
from . import finnish, russian, turkish
from .writing import CASE_LANGUAGES

# Words this common are the language's, not the essay's, unless they are names.
COMMON_ZIPF = 5.8
FAIRLY_COMMON_ZIPF = 5.5
THEME_LIKE_SPREAD = 0.5
# "Markedly more often": 1.2 on the Zipf scale is about 16 times as often.
MARKEDLY = 1.2
# A phrase is rarer than its rarest word, by this much per extra word.
PHRASE_STEP = 1.5
# A word wordfreq has never seen is about this rare.
UNKNOWN_ZIPF = 1.5
# Without word frequencies, a word of one letter is as common as Zipf 7,
# each letter more about a half-step rarer (English: "the" 7.7, "state" 5.6,
# "government" 5.3; the fit is rough, but the order is what counts).
LENGTH_ZIPF_AT_ZERO = 7.5
LENGTH_ZIPF_STEP = 0.75
# A capitalised name shares its spelling with a common word ("Go", "State"):
# as a name it is rarer than the word.
NAME_DISCOUNT = 1.5
# A phrase that is not a name recurs at least this often.
MIN_PHRASE_USES = 3
# A word seen this often inside one longer candidate belongs to it.
NESTED_SHARE = 0.6
# A fairly common word seen this often inside longer candidates is their head.
HEAD_NESTED_SHARE = 0.35
# A common noun follows a determiner or preposition ("the government", "of
# slavery") in at least this share of its uses; verbs and adverbs seldom do.
NOUN_SHARE = 0.3
PHRASE_NOUN_SHARE = 0.1
# ... and ends its noun phrase in at least this share: an adjective is
# followed by the noun it qualifies ("the social relations").
HEAD_SHARE = 0.5
# A noun of a case language used this often shows more than one ending.
UNINFLECTED_USES = 5


@dataclasses.dataclass(frozen=True)
class Ranked:
    candidate: Candidate
    score: float
    zipf: float  # general-use frequency of the term


def ranked(counts: Counts, language: str) -> list[Ranked]:
    """Candidates that can be terms, best first; ties in essay order."""
    nested = nested_counts(counts, language)
    found = []
    for candidate in counts.candidates.values():
        if not eligible(candidate, counts, nested.get(candidate.key, 0), language):
            continue
        general = general_zipf(candidate, language)
        if too_common(candidate, general, counts) or generic_head(candidate, general, nested.get(candidate.key, 0)):
            continue
        score = keyness(candidate, counts.words, general)
        if score > 0:
            found.append(Ranked(candidate, score, general))
    return sorted(found, key=lambda r: (-r.score, r.candidate.first))


def too_common(candidate: Candidate, general: float, counts: Counts) -> bool:
    """A very common word is never a term; a fairly common one only when the
    essay uses it markedly more often than the language does, across most of
    the essay ("government" in an essay on government). A name is never
    too common: "the State" is not the word "state"."""
    if candidate.proper or general < FAIRLY_COMMON_ZIPF:
        return False
    in_essay = math.log10(candidate.count / max(counts.words, 1)) + 9
    widespread = len(candidate.units) >= THEME_LIKE_SPREAD * counts.units
    return general >= COMMON_ZIPF or in_essay - general < MARKEDLY or not widespread


def generic_head(candidate: Candidate, general: float, nested: int) -> bool:
    """A fairly common word that the essay often writes inside its own
    terms is their generic head, not a term: "pouvoir" beside "pouvoir
    législatif" and "pouvoirs publics"."""
    return not candidate.proper and general >= FAIRLY_COMMON_ZIPF and nested >= HEAD_NESTED_SHARE * candidate.count


def eligible(candidate: Candidate, counts: Counts, nested: int, language: str) -> bool:
    # A term recurs: twice across sections, or three times within one.
    if candidate.count < 2 or (len(candidate.units) < 2 and candidate.count < 3):
        return False
    if nested >= NESTED_SHARE * candidate.count:
        return False
    if len(candidate.key) == 1 and len(candidate.key[0]) < 2:
        return False
    if len(candidate.key) == 1 and not candidate.proper:
        if candidate.key[0] in function_words(language):
            return False
        return noun_like(candidate, language)
    if candidate.key[-2:] == ("et", "al"):  # "Nanda et al." cites a source
        return False
    if len(candidate.key) == 1 and any(POSSESSIVE_END.sub("", form) in calendar_words(language) for form in candidate.forms):
        return False
    if candidate.proper and counts.listed[" ".join(candidate.key)] >= LISTED_SHARE * candidate.count:
        return False  # one example in a run of names ("Dremio, DuckDB, …")
    if candidate.proper and len(candidate.key) == 1:  # a source the essay cites is no term of it
        return counts.cited[candidate.key[0]] < CITED_SHARE * candidate.count
    # A name cut short ("Diffusion of Useful" Knowledge) goes on in capitals;
    # a name that modifies ("Active Record objects") or a full name is whole.
    if candidate.proper:
        return bool(candidate.shown) or candidate.continued < HEAD_SHARE * candidate.count
    if language == "en" and not english_noun_phrase(candidate):
        return False
    if language == "fi" and not finnish.may_be_noun(last_words(candidate.forms)):
        return False
    if language == "tr" and turkish.is_verb(candidate.key[-1], last_words(candidate.forms)):
        return False  # "katkıda bulunmak" (to contribute) is a verb with its object
    if language == "tr" and turkish.case_marked_first(candidate.key[0], candidate.forms):
        return False
    # A noun phrase follows a determiner or preposition now and then; a verb
    # and its object ("refuse allegiance") seldom does.
    if language not in ARTICLE_LANGUAGES:
        return candidate.count >= MIN_PHRASE_USES
    return candidate.count >= MIN_PHRASE_USES and (candidate.determined >= PHRASE_NOUN_SHARE * candidate.count or bare_plural(candidate, language))


def bare_plural(candidate: Candidate, language: str) -> bool:
    """An English noun phrase in the plural needs no article ("rewriting
    import paths"): a head seen in the plural and in the singular is a noun."""
    heads = {form.split()[-1].casefold() for form in candidate.forms}
    return language == "en" and any(head + "s" in heads or head + "es" in heads for head in heads)


def noun_like(candidate: Candidate, language: str) -> bool:
    if language == "ko":  # a Korean noun takes particles; verbs and adverbs never do
        return any(f != candidate.key[0] for f in candidate.forms)
    if language == "tr" and turkish.is_verb(candidate.key[0], candidate.forms):
        return False  # "kullanın" (use!), "eder" (does): simplemma's stems kullan, et
    if language == "fi" and not finnish.may_be_noun(candidate.forms):
        return False  # "tahdo" (want), "panee" (puts): Voikko knows them as verbs
    if language == "ru" and (RUSSIAN_NOT_NOUN.search(candidate.key[0]) or not russian.may_be_noun(candidate.forms)):
        return False  # свободный, отрекаться; вздрагивают, покрыта: pymorphy3 reads no noun in them
    if language in CASE_LANGUAGES and language not in ARTICLE_LANGUAGES and uninflected(candidate):
        return False  # Finnish "tahi" (or), Russian "нежели" (than): a noun used this often takes its cases
    if language not in ARTICLE_LANGUAGES:
        return True
    if language in GENDER_VOWELS and both_genders(candidate.forms):
        return False
    if language == "en" and not may_be_english_noun(candidate.forms):
        return False  # a verb after "to" or "without" is no noun, however often it follows one
    if language == "en" and not any(zipf(spelled(form), language) for form in candidate.forms):
        return True  # a word general use never writes is the essay's own, coined to name a thing ("gofmt")
    # Abstract nouns often go without an article, but their endings say what they are.
    if NOUN_ENDINGS.search(candidate.key[0]) and candidate.final >= HEAD_SHARE * candidate.count:
        return True
    if candidate.determined < NOUN_SHARE * candidate.count:
        return False
    # A word seen in a plural is a noun, whatever follows it; adjectives have none.
    plural = any(f.casefold() != candidate.key[0] and not f.endswith(("ing", "ed", "ly", "er", "est")) for f in candidate.forms)
    return plural or candidate.final >= HEAD_SHARE * candidate.count


# Italian, Spanish and Portuguese adjectives end in -o for a man and -a for
# a woman ("voluttuoso", "voluttuosa"); a noun keeps its gender ("poeta",
# "poeti"; "ombra", "ombre").
GENDER_VOWELS = frozenset({"it", "es", "pt"})


def both_genders(forms: Counter[str]) -> bool:
    endings = {form.casefold()[-1:] for form in forms} | {form.casefold()[-2:] for form in forms}
    return bool(endings & {"o", "os"}) and bool(endings & {"a", "as"})


def english_noun_phrase(candidate: Candidate) -> bool:
    """An English phrase is a noun phrase when it ends in a word that may be
    a noun and does not open with one that can only be a verb or an adverb:
    "import paths" is one, "rewriting import paths" and "fully general
    algorithm" are a verb and an adverb with their objects."""
    words = [form.split() for form in candidate.forms]
    first = set().union(*(english_readings(w[0]) for w in words))
    return may_be_english_noun(w[-1] for w in words) and not (first and first <= {"VERB", "ADV"}) and not number_before_head(words)


def number_before_head(words: list[list[str]]) -> bool:
    """An English noun phrase shows its number on its last word ("ruling
    classes"). When only the first word changes ("a year old", "six years
    old"; "days later") the last is no noun head. Not so across "of":
    "conditions of existence" is headed by its first word."""
    if any(len(w) != len(words[0]) or set(map(str.casefold, w[1:-1])) & CONNECTORS for w in words):
        return False
    firsts = {POSSESSIVE_END.sub("", w[0]).casefold() for w in words}
    lasts = {w[-1].casefold() for w in words}
    return len(firsts) > 1 and len(lasts) == 1


def last_words(forms: Counter[str]) -> Counter[str]:
    found: Counter[str] = Counter()
    for form, uses in forms.items():
        found[form.split()[-1]] += uses
    return found


def uninflected(candidate: Candidate) -> bool:
    """Used often, always in one spelling: a particle or an adverb, in a
    language whose nouns change their ending with their case."""
    return candidate.count >= UNINFLECTED_USES and len({form.casefold() for form in candidate.forms}) == 1


# Russian dictionary forms that are never nouns: adjectives (свободный,
# человеческий) and reflexive infinitives (отрекаться). Not -ий or -ой
# alone: гений, герой are nouns.
RUSSIAN_NOT_NOUN = re.compile(r"(?:ый|ский|цкий|ться)$")


# English suffixes that make nouns: openness, expediency, slavery, diffusion, scepticism.
NOUN_ENDINGS = re.compile(r"(?:ness|ity|ism|tion|sion|ment|ance|ence|ancy|ency|ship|hood|dom|ery)$")


# Languages whose nouns take articles, so the determiner test tells nouns apart.
ARTICLE_LANGUAGES = frozenset(DETERMINERS)


def nested_counts(counts: Counts, language: str) -> dict[tuple[str, ...], int]:
    """Per candidate, its uses inside the longer candidate that holds it most
    often ("Combinator" inside "Y Combinator"); for a name, its uses inside
    all longer names together: "Apache" of "Apache Arrow", "Apache Spark"
    and "Apache Doris" is no name on its own."""
    nested: dict[tuple[str, ...], int] = {}
    in_names: Counter[tuple[str, ...]] = Counter()
    for key, candidate in counts.candidates.items():
        if len(key) > 1 and candidate.proper and language not in CAPITALISED_NOUNS:
            in_names.update({(word,): candidate.count for word in set(key)})
        if len(key) < 2 or candidate.count < MIN_PHRASE_USES:
            continue
        for n in range(1, len(key)):
            for i in range(len(key) - n + 1):
                part = key[i : i + n]
                nested[part] = nested.get(part, 0) + candidate.count if n == 1 else max(nested.get(part, 0), candidate.count)
    for word, uses in in_names.items():
        if word in counts.candidates and counts.candidates[word].proper:
            nested[word] = max(nested.get(word, 0), uses)
    return nested


def general_zipf(candidate: Candidate, language: str) -> float:
    """How common the term is in general use: as common as its commonest
    spelling in the essay (or, for a form with a Korean particle, its stem)."""
    found = max(zipf(spelled(form), language, PHRASE_STEP) for form in candidate.forms)
    found = found or zipf(candidate.key, language, PHRASE_STEP)
    if not found and not frequencies(language):
        found = by_length(candidate.key)
    found = found or UNKNOWN_ZIPF
    return max(0.0, found - NAME_DISCOUNT) if candidate.proper else found


def spelled(form: str) -> tuple[str, ...]:
    """The words a form is as rare as. wordfreq splits compounds at hyphens
    too: "tax-gatherer" is a phrase. A connector between words is no word of
    its own: "abolition of slavery" is as rare as two words ("in-memory" is
    still two)."""
    words = [word for word in form.split() if word.casefold() not in CONNECTORS] or form.split()
    return tuple(part for word in words for part in word.split("-") if part) or (form,)


def by_length(words: tuple[str, ...]) -> float:
    """A guess at a word's general frequency in a language wordfreq lacks,
    from its length: the commoner a word, the shorter (Zipf's law of
    abbreviation), so a language's function words (ഒരു "a", എന്ന "that")
    are its shortest, and a phrase is as rare as its rarest word."""
    letters = min(letter_count(word) for word in words)
    return max(UNKNOWN_ZIPF, LENGTH_ZIPF_AT_ZERO - LENGTH_ZIPF_STEP * letters) - PHRASE_STEP * (len(words) - 1)


def keyness(candidate: Candidate, words: int, general: float) -> float:
    in_essay = math.log10(candidate.count / max(words, 1)) + 9
    return math.sqrt(candidate.count) * max(0.0, in_essay - general)

