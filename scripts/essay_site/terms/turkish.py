"""Turkish verbs, told from nouns by their infinitive.

simplemma takes a Turkish verb to its bare stem ("kullanın" → "kullan",
"eder" → "et"), which no article or case test can tell from a noun. A
stem is a verb's when its infinitive, the stem with -mak or -mek as the
last vowel calls for, is a word Turkish uses ("kullanmak"); "sorun"
(problem) has no "sorunmak". A verb's noun forms are terms, so a stem
written as its verbal noun ("oylama", voting) or its participle ("katkıda
bulunan", contributor; "bozucu", breaker) stays a noun.

simplemma also takes an agent noun to its verb or noun ("kullanıcı", user,
to kullan; "katılımcı", participant, to katılım): `agent_noun` keeps it.
"""

from __future__ import annotations

import re
from collections import Counter

BACK_VOWELS = frozenset("aıou")
FRONT_VOWELS = frozenset("eiöü")
# An infinitive used less than once in a million words is not evidence of a verb.
COMMON_INFINITIVE = 1e-6
# Participle (-an, -en) and agent noun (-ıcı, -ucu …). Not the verbal noun
# (-ma, -me): most of its uses are clauses ("kullanmasını", that they use).
NOUN_ENDINGS = ("an", "en", "ıcı", "ici", "ucu", "ücü", "acak", "ecek")


def infinitive(stem: str) -> str | None:
    vowel = next((c for c in reversed(stem) if c in BACK_VOWELS | FRONT_VOWELS), None)
    if vowel is None:
        return None
    return stem + ("mak" if vowel in BACK_VOWELS else "mek")


def is_verb(stem: str, forms: Counter[str]) -> bool:
    """Whether `stem`, written as `forms` (word → uses), is a verb's stem
    that the essay uses as a verb more often than as a noun."""
    from .lemmas import frequencies  # lemmas.py calls agent_noun: imported here, not at the top

    found = infinitive(stem.casefold())
    if found is None or frequencies("tr").get(found, 0.0) < COMMON_INFINITIVE:
        return False
    nominal = tuple(stem.casefold() + ending for ending in NOUN_ENDINGS)
    as_noun = sum(n for form, n in forms.items() if form.casefold().startswith(nominal))
    return 2 * as_noun < sum(forms.values())


# The suffix -ıcı (after a verb) and -cı/-çı (after a noun) make a noun of the doer.
AGENT_SUFFIXES = ("ıcı", "ici", "ucu", "ücü", "cı", "ci", "cu", "cü", "çı", "çi", "çu", "çü")


def agent_noun(word: str, lemma: str) -> str:
    """simplemma's `lemma` of `word`, or the agent noun it cut short:
    "kullanıcıların" is kullanıcı, not kullan."""
    return next((lemma + suffix for suffix in AGENT_SUFFIXES if word.startswith(lemma + suffix)), lemma)


# A genitive, dative or accusative ending, maybe after the plural and a
# buffer letter: -ın, -nin, -a, -ye, -ı, -leri, -lara, -ların.
CASE_ENDING = re.compile(r"^(?:l[ae]r)?[ny]?(?:[ıiuü]n|[ae]|[ıiuü])$")


def case_marked_first(first: str, forms: Counter[str]) -> bool:
    """Whether the first word of a phrase carries a case ending in every use
    ("insanların projeniz", "insanlara projeniz"): a Turkish compound keeps
    its first word bare ("proje sorumlusu", "açık kaynak"), so this is two
    parts of a clause, not a term. The locative stays ("katkıda bulunmak")."""
    words = [lower(form.split()[0]) for form in forms]
    return all(word.startswith(first) and CASE_ENDING.match(word[len(first) :]) for word in words)


def lower(word: str) -> str:
    """Lower case as Turkish writes it: İ → i, I → ı."""
    return word.replace("İ", "i").replace("I", "ı").lower()
