"""Capitals printed without their accents, spelled as the file writes them.

French, Spanish and Portuguese printers long set capitals without accents
("NOTES MANUSCRITES ET INEDITES", "CONSTITUTION FRANCAISE"). Once a title
or heading set in capitals is shown in sentence case, each such word is
spelled as the same file writes it in lower case ("inédites"), when it
writes it one way only: a file that writes both "ou" and "où" leaves "OU"
as printed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import regex

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")


def bare(word: str) -> str:
    """The word without its accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def spellings(lines: Iterable[str]) -> dict[str, str]:
    """Unaccented form → the one accented spelling the file writes in lower
    case. Words in capitals tell nothing: they are what is being restored."""
    seen: dict[str, set[str]] = {}
    for line in lines:
        for word in _WORD.findall(line):
            if not word.isupper():
                written = unicodedata.normalize("NFC", word.casefold())
                seen.setdefault(bare(written), set()).add(written)
    return {plain: next(iter(forms)) for plain, forms in seen.items() if len(forms) == 1 and plain not in forms}


def accented(text: str, known: dict[str, str]) -> str:
    """`text` with each unaccented word the file spells with accents so
    spelled, in the word's own case."""
    return _WORD.sub(lambda m: _spelled(m.group(), known), text)


def _spelled(word: str, known: dict[str, str]) -> str:
    form = known.get(word.casefold())
    if form is None or bare(word) != word:
        return word
    if word.isupper() and len(word) > 1:
        return form.upper()
    return form[0].upper() + form[1:] if word[0].isupper() else form
