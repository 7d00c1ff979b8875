"""All-capitals titles, headings and names shown as the language sets them.

Old books and many plain-text files set titles in capitals ("A MODEST
PROPOSAL"); on a web page that reads as shouting and defeats the reader's
eye. The original stays in the build log. Title case is an English habit:
other languages set titles in sentence case ("Omnia mea mecum porto"),
which `as_language_sets_it` applies once the essay's language is known.
Names take a capital on every word in any script. Known acronyms and Roman
numerals keep their capitals.
"""

from __future__ import annotations

import dataclasses
import re

import regex

from ..model import Essay, Section, SourceText
from .accents import accented, bare, spellings

# Words kept in lower case inside a title (Chicago style), unless first or last.
SMALL_WORDS = frozenset(
    "a an and as at but by en for from if in into nor of on or per the to upon via vs with".split()
)
# Capitals that are names, not emphasis. Words that are also ordinary words
# (IT, US, WHO) are left out: in a capitalised title they are the words.
ACRONYMS = frozenset(
    "AI API BBC CEO CIA CLI CNN CPU CSS CSV DIY DNA EU FAQ FBI GDP GPU GUI HTML HTTP HTTPS JSON MIT NASA NATO NGO NYC "
    "PDF PEP RFC RNA SDK SQL SSH TCP TLDR TV UI UK UNESCO URL USA USSR UTC UX VPN WWW XML YAML".split()
)
_ROMAN = re.compile(r"^(?=[IVXLC])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_ENUMERATOR = re.compile(r"^\s*(?:[IVXLC]+|\d+)[.):]\s+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


# Of a text in capitals, at least this share of the letters have a case.
CASED_SHARE = 0.75


def is_all_caps(text: str) -> bool:
    """At least two cased letters, none of them lower case, and few letters
    of a script without case: "JSON이 아닌 YAML로" is Korean with acronyms."""
    letters = [c for c in text if c.isalpha()]
    cased = [c for c in letters if c.lower() != c.upper()]
    return len(cased) >= 2 and not any(c.islower() for c in cased) and len(cased) >= CASED_SHARE * len(letters)


# An abbreviation written with a mark inside it, kept whole: "TL;DR".
_MARKED_ACRONYM = re.compile(r"\bTL;DR\b", re.IGNORECASE)


def display_case(text: str) -> str:
    """Title case for an all-capitals text; any other text is returned as is."""
    if not is_all_caps(text):
        return text
    if not any("a" <= c.lower() <= "z" for c in text):
        # Title case is an English habit; Cyrillic or Greek titles are set in
        # sentence case.
        return sentence_case(text)
    return _MARKED_ACRONYM.sub("TL;DR", _title_case(text))


def name_case(text: str) -> str:
    """A name set in capitals, with a capital on each word, in any script:
    "А. И. ГЕРЦЕН" → "А. И. Герцен", "JOHN STUART MILL" → "John Stuart Mill"."""
    return _title_case(text) if is_all_caps(text) else text


def sentence_case(text: str, names: frozenset[str] = frozenset()) -> str:
    """Only the first letter a capital, and the acronyms, Roman numerals and
    `names` (lower-cased) the essay writes with one."""
    lower = _WORD.sub(lambda m: _sentence_word(m.group(), names), text)
    # The sentence starts after a heading's number: "I. La race".
    number = _ENUMERATOR.match(lower)
    start = number.end() if number else 0
    first = next((i for i in range(start, len(lower)) if lower[i].isalpha()), start)
    return lower[:first] + lower[first : first + 1].upper() + lower[first + 1 :]


def _sentence_word(word: str, names: frozenset[str]) -> str:
    if _kept(word):
        return word
    lower = word.lower()
    return lower[:1].upper() + lower[1:] if lower in names else lower


def _title_case(text: str) -> str:
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


def _kept(word: str) -> bool:
    return word in ACRONYMS or bool(_ROMAN.match(word))


def _word_case(word: str, first_or_last: bool, after_hyphen: bool) -> str:
    if _kept(word):
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


# Languages that set titles in title case. German capitalises its nouns,
# which a title in capitals no longer shows; title case keeps them capitals.
TITLE_CASE_LANGUAGES = frozenset({"en", "de", "lb"})


def displayed(text: str | None) -> str | None:
    """A subtitle set in capitals, shown as its title is ("THE SUBJECTION OF
    INDIA" → "The Subjection of India"); any other text as it is."""
    return display_case(text) if text and is_all_caps(text) else text


def as_language_sets_it(essay: Essay, source: SourceText) -> Essay:
    """The essay with the title, subtitle and headings its file sets in
    capitals in sentence case, unless its language sets titles in title
    case. A word the essay writes with a capital inside its sentences, and
    never without, is a name and keeps it ("Louis XIV")."""
    # The body's sentences, not the title or headings this is about to re-case.
    body = [b.text for b in essay.intro] + [b.text for section in essay.sections for b in section.all_blocks()]
    essay = with_acronyms(essay, acronyms("\n".join(body)))
    if essay.language in TITLE_CASE_LANGUAGES:
        return essay
    names = capitalised_words("\n".join(body))
    known = spellings(source.lines)
    capitals = [" ".join(line.split()).casefold() for line in source.lines if is_all_caps(line)]
    title = _in_sentence_case(essay.title, capitals, names, known)
    dek = _in_sentence_case(essay.dek, capitals, names, known) if essay.dek else None
    sections = tuple(_recased(s, source, names, known) for s in essay.sections)
    return dataclasses.replace(essay, title=title, dek=dek, sections=sections)


def acronyms(text: str) -> dict[str, str]:
    """The words the text writes only in capitals, inside its sentences
    (not a paragraph's opening word in capitals, "OUR age is…"): "NSS",
    "HTML", by their lower case."""
    lower = {w.casefold() for w in _WORDS.findall(text) if not w.isupper()}
    inside = (w for w in _ACRONYM_INSIDE.findall(text) if w.isupper() and 1 < len(w) <= MAX_ACRONYM)
    return {w.casefold(): w for w in inside if w.casefold() not in lower}


def with_acronyms(essay: Essay, known: dict[str, str]) -> Essay:
    """Headings write an acronym as the essay does: title case had recased
    a heading set in capitals, "NSS" to "Nss"."""

    def fixed(section: Section) -> Section:
        heading = " ".join(known.get(w.casefold(), w) if not w.isupper() else w for w in section.heading.split(" "))
        return dataclasses.replace(section, heading=heading, subsections=tuple(fixed(s) for s in section.subsections))

    return dataclasses.replace(essay, sections=tuple(fixed(s) for s in essay.sections)) if known else essay


def _in_sentence_case(text: str, capitals: list[str], names: frozenset[str], known: dict[str, str]) -> str:
    """`text` in sentence case, and with its accents, when the file sets it
    in capitals (accents.py). Capitals lose their accents, so the file's
    line is found without them."""
    line = bare(text.casefold())
    return accented(sentence_case(text, names), known) if any(line in bare(caps) for caps in capitals) else text


def _recased(section: Section, source: SourceText, names: frozenset[str], known: dict[str, str]) -> Section:
    written = source.lines[section.line - 1] if 0 < section.line <= len(source.lines) else ""
    heading = accented(sentence_case(section.heading, names), known) if is_all_caps(written) else section.heading
    subsections = tuple(_recased(s, source, names, known) for s in section.subsections)
    return dataclasses.replace(section, heading=heading, subsections=subsections)


_WORDS = regex.compile(r"\p{L}[\p{L}\p{M}]*")
MAX_ACRONYM = 6
# A word inside a sentence, or in brackets after the words it stands for: "Network Security Services (NSS)".
_ACRONYM_INSIDE = regex.compile(r"(?<=[\p{L}\p{N},;] |\()\p{L}[\p{L}\p{M}]*")
# A word inside a sentence: after a letter, digit or comma and a space.
_INSIDE = regex.compile(r"(?<=[\p{L}\p{N},;] )\p{L}[\p{L}\p{M}]*")


def capitalised_words(text: str) -> frozenset[str]:
    """Lower-cased words the text capitalises inside sentences and never
    writes in lower case: its names."""
    inside = {w for w in _INSIDE.findall(text) if w[:1].isupper() and not w.isupper()}
    lower = {w for w in regex.findall(r"\p{L}[\p{L}\p{M}]*", text) if w[:1].islower()}
    return frozenset(w.lower() for w in inside if w.lower() not in lower)
