"""The essay's text made ready for counting words.

URLs, addresses and paths become breaks no term spans; typography that is
not punctuation between words goes: plain-text italics ("a _genuine_
option") and the hyphen of a word broken at a line end ("admoni- tion").
"""

from __future__ import annotations

import functools
import re

from collections import Counter
from collections.abc import Iterable

from ..model import Block
from .lemmas import frequencies

_URL = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)+/\S*"
    r"|\b[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})+\b"  # a bare domain or file name: godoc.org, setup.py
    r"|\S*[\\/]\S*"  # a path: pic\day1.jpg, /assets/x
    r"|<[^<>]{1,300}>",  # an HTML tag left in Markdown
)
# A word broken at a line end, its halves now joined by "- ": "admoni- tion".
_BROKEN = re.compile(r"([^\W\d_]+)- +([^\W\d_A-Z][^\W\d_]*)")
# Italics in plain text, as Project Gutenberg writes them: _live_ or _dead_.
_UNDERSCORED = re.compile(r"(?<![\w_])_([^\W_][^_\n]{0,200}?)_(?![\w_])")
_MAYBE_URL = re.compile(r"[/@<\\]|www\.|\.[a-z]")


def prose_of(block: Block) -> str:
    """The block's text with its code spans and math blanked: `sqlite3CodeRhsOfIn()`
    is an identifier, not the words "sqlite" and "CodeRhsOfIn"."""
    items = []
    for i, item in enumerate(block.items):
        for mark in block.marks_of(i):
            if mark.kind in ("code", "math"):
                item = item[: mark.start] + " " * (mark.end - mark.start) + item[mark.end :]
        items.append(item)
    return " ".join(items)


def plain_words_text(text: str, language: str) -> str:
    """The text with URLs cut out (first: a URL may hold underscores and
    hyphens), then its italics unmarked and its broken words joined."""
    return rejoined(unitalicised(without_urls(text)), language)


def unitalicised(text: str) -> str:
    """Plain-text italics unmarked ("a _genuine_ option"): the underscores
    are typography, not punctuation that ends a phrase."""
    return _UNDERSCORED.sub(r"\1", text) if "_" in text else text


def rejoined(text: str, language: str) -> str:
    """Words broken at a line end joined again: "admoni- tion" is the known
    word "admonition"; "self- reliance" is no word, so it keeps its hyphen."""
    if "- " not in text:
        return text
    known = frequencies(language)

    def join(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        return head + tail if (head + tail).casefold() in known else f"{head}-{tail}"

    return _BROKEN.sub(join, text)


def without_urls(text: str) -> str:
    """The text with each URL or e-mail address replaced by a break."""
    if not _MAYBE_URL.search(text):  # most paragraphs: skip the slow pattern
        return text
    return _URL.sub(" . ", text)


# A short word with a full stop after it: "snr." (senhor), "cf.", "pp.".
_STOPPED = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,4})\.")
ABBREVIATED_SHARE = 0.9
MIN_ABBREVIATED_USES = 3
# An abbreviation is no word of the language: rarer than Zipf 3 (once in a
# million words) in general use.
RARE_FREQUENCY = 1e-6


def abbreviations(texts: Iterable[str], language: str) -> frozenset[str]:
    """Short words the essay always writes with a full stop after them and
    that general use hardly knows: abbreviations ("snr." for senhor), which
    are never terms. A common short word at the end of its sentences ("war.")
    is known to the language, and stays a word."""
    known = frequencies(language)
    if not known:  # without word frequencies an abbreviation cannot be told from a word
        return frozenset()
    texts = list(texts)
    stopped = Counter(word.casefold() for text in texts for word in _STOPPED.findall(text))
    rare = sorted(w for w, n in stopped.items() if n >= MIN_ABBREVIATED_USES and known.get(w, 0.0) < RARE_FREQUENCY)
    if not rare:
        return frozenset()
    # Every use of those few words, with a stop or without.
    word = re.compile(r"(?<![^\W\d_])(" + "|".join(map(re.escape, rare)) + r")(?![^\W\d_])", re.IGNORECASE)
    uses = Counter(found.casefold() for text in texts for found in word.findall(text))
    return frozenset(w for w in rare if stopped[w] >= ABBREVIATED_SHARE * uses[w])


@functools.cache
def calendar_words(language: str) -> frozenset[str]:
    """The names of the months and weekdays in the language (CLDR, through
    Babel), in every grammatical form it lists ("September", "сентября"), in
    its case and at a sentence's start: a date's words, never a term of an
    essay, however often it names them. English "march" stays a noun."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_day_names, get_month_names

    found: set[str] = set()
    for context in ("format", "stand-alone"):
        try:
            names = [*get_month_names("wide", context, language).values(), *get_day_names("wide", context, language).values()]
        except (UnknownLocaleError, ValueError):
            return frozenset()
        found.update(name for name in names)
        found.update(name[:1].upper() + name[1:] for name in names)
    return frozenset(found)
