"""Words without the prefixes Hebrew and Arabic write onto them, without
the possessive pronouns they write after a noun, and an Arabic plural as
its singular.

Both languages write their commonest prepositions, conjunctions and the
article as one word with what follows: Hebrew ו "and", ש "that", ב "in",
כ "as", ל "to", מ "from" and the article ה (ולעשׂות "and to do",
מהרעיון "from the idea"); Arabic و and ف "and", ب "with", ك "as",
ل "for" and the article ال (وبالغابات "and with the forests", للغابات
"for the forests"). Without them, the forms of one word are one term.

No rule can tell a prefix from a word's own first letter (מלחמה "war" is
no ל + חמה), so general use decides: a prefix is taken off when the rest
is a word wordfreq knows at least as well as the whole. Arabic's article is
the exception: ال before three letters or more is the article, whatever
follows (الاحتطاب, a word general use does not list).

An Arabic plural in ات is the plural of the word in ة when general use
knows that word (غابات → غابة); a word that only ends in ات (نبات) keeps it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import regex


@dataclasses.dataclass(frozen=True)
class Prefixes:
    pattern: re.Pattern[str]  # every sequence of prefixes, in their order
    articles: tuple[str, ...]  # how a sequence ending in the article ends
    longest: int  # letters
    # After the article the rest may be this much rarer than the whole: a
    # definite adjective or noun is often commoner than the bare word
    # (הלאומית, הארץ: up to 0.5 Zipf).
    article_allowance: float
    article_always: bool = False  # before three letters or more (Arabic's ال)
    never: str = ""  # a letter with this mark is no prefix (Hebrew's sin dot)


RULES = {
    # "and", then "that", then one preposition, then "the".
    "he": Prefixes(re.compile(r"ו?(?:ש|כש|מש)?[בכלמ]?ה?"), ("ה",), 3, 10**0.5, never="\u05c2"),
    # "and", then one preposition, then "the"; ل before ال drops the alif (لل).
    "ar": Prefixes(re.compile(r"[وف]?(?:لل|[بك]?ال|[بكل])?"), ("ال", "لل"), 4, 10**0.5, article_always=True),
}
# A rest of two letters is a pronoun suffix read wrong as often as a word.
SHORT_REST = 2
_LETTER = regex.compile(r"\P{M}\p{M}*")


def without_prefixes(word: str, language: str, frequency: Callable[[str], float], is_function_word: Callable[[str], bool]) -> str:
    """The split whose rest general use knows best, and at least as well as
    the whole word; two-letter rests are pronoun suffixes read wrong as
    often as words (לבם is "their heart", not ל + בם), so only the article
    may stand before one. The article never stands before a function word:
    העם is "the people", not ה + עם "with"."""
    rules = RULES.get(language)
    if rules is None or is_function_word(word):  # a function word (الذي "which") is whole
        return word
    letters = _LETTER.findall(word)
    best, best_freq = word, frequency(word)
    for size in range(1, min(rules.longest, len(letters) - SHORT_REST) + 1):
        if rules.never and any(rules.never in letter for letter in letters[:size]):
            break
        prefix = "".join(letter[0] for letter in letters[:size])
        if not rules.pattern.fullmatch(prefix):
            continue
        rest = "".join(letters[size:])
        article = prefix.endswith(rules.articles)
        if len(letters) - size <= SHORT_REST and not article:
            continue
        freq = frequency(rest)
        if article and rules.article_always and len(letters) - size > SHORT_REST and not is_function_word(rest):
            best, best_freq = rest, max(freq, best_freq)
        elif freq and freq * (rules.article_allowance if article else 1) >= best_freq and not (article and is_function_word(rest)):
            best, best_freq = rest, freq
    return singular(without_pronoun(best, language, frequency), language, frequency)


# Possessive pronouns written onto an Arabic noun: "its/her", "their" (two,
# men, women), "your" (men, women), "our". One-letter ones (ه، ك، ي) are left:
# too many words simply end in those letters.
ARABIC_PRONOUNS = ("هما", "ها", "هم", "هن", "كم", "كن", "نا")
# The noun left must have at least this many letters.
SHORTEST_NOUN = 3


# ... and onto a Hebrew one: "our", "their", "your", the longest first.
HEBREW_PRONOUNS = ("יהם", "יכם", "הם", "כם", "נו")
# A Hebrew letter that ends a word takes its final form (רעיוננו → רעיון).
HEBREW_FINAL = str.maketrans("כמנפצ", "ךםןףץ")
PRONOUNS = {"ar": ARABIC_PRONOUNS, "he": HEBREW_PRONOUNS}


def without_pronoun(word: str, language: str, frequency: Callable[[str], float]) -> str:
    """A noun without the possessive pronoun written onto it (أشجارها "its
    trees" → أشجار; רעיוננו "our idea" → רעיון), when general use knows the
    noun at least as well as the whole."""
    for suffix in PRONOUNS.get(language, ()):
        rest = word.removesuffix(suffix)
        if language == "he":
            rest = rest[:-1] + rest[-1:].translate(HEBREW_FINAL)
        if rest != word and len(rest) >= SHORTEST_NOUN and frequency(rest) and frequency(rest) >= frequency(word):
            return rest
    return word


ARABIC_PLURAL = "ات"
ARABIC_SINGULAR = "ة"


def singular(word: str, language: str, frequency: Callable[[str], float]) -> str:
    if language != "ar" or not word.endswith(ARABIC_PLURAL) or len(word) < 5:
        return word
    one = word[: -len(ARABIC_PLURAL)] + ARABIC_SINGULAR
    return one if frequency(one) else word
