"""All-capitals titles and headings shown in title case.

Old books and many plain-text files set titles in capitals ("A MODEST
PROPOSAL"); on a web page that reads as shouting and defeats the reader's
eye. The original stays in the build log. Known acronyms and Roman numerals
keep their capitals.
"""

from __future__ import annotations

import re

# Words kept in lower case inside a title (Chicago style), unless first or last.
SMALL_WORDS = frozenset(
    "a an and as at but by en for from if in into nor of on or per the to upon via vs with".split()
)
# Capitals that are names, not emphasis. Words that are also ordinary words
# (IT, US, WHO) are left out: in a capitalised title they are the words.
ACRONYMS = frozenset(
    "AI API BBC CEO CIA CNN CSS DNA EU FBI GDP HTML HTTP MIT NASA NATO NGO NYC PDF "
    "RNA SQL TV UK UNESCO URL USA USSR UTC WWW XML".split()
)
_ROMAN = re.compile(r"^(?=[IVXLC])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def is_all_caps(text: str) -> bool:
    """At least two cased letters, none of them lower case."""
    letters = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def display_case(text: str) -> str:
    """Title case for an all-capitals text; any other text is returned as is."""
    if not is_all_caps(text):
        return text
    if not any("a" <= c.lower() <= "z" for c in text):
        # Title case is an English habit; Cyrillic or Greek titles are set in
        # sentence case.
        lower = text.lower()
        first = next((i for i, c in enumerate(lower) if c.isalpha()), 0)
        return lower[:first] + lower[first : first + 1].upper() + lower[first + 1 :]
    words = [m for m in _WORD.finditer(text)]
    pieces: list[str] = []
    last = 0
    for index, match in enumerate(words):
        first_or_last = index == 0 or index == len(words) - 1 or _after_colon(text, match.start())
        pieces.append(text[last : match.start()])
        pieces.append(_word_case(match.group(), first_or_last, _after_hyphen(text, match.start())))
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _word_case(word: str, first_or_last: bool, after_hyphen: bool) -> str:
    if word in ACRONYMS or _ROMAN.match(word):
        return word
    lower = word.lower()
    if lower in SMALL_WORDS and not first_or_last and not after_hyphen:
        return lower
    return lower[:1].upper() + lower[1:]


def _after_colon(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return before.endswith((":", "—", "–", "."))


def _after_hyphen(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "-‐"
