"""Russian words' parts of speech, from pymorphy3 and OpenCorpora's
dictionary: a verb ("вздрагивают"), a participle ("покрыта") or an
adjective ("свободный") is no key term by itself; a noun in any case is.
A word the dictionary does not know is guessed from its ending, as a name
("Прудон") is guessed to be a noun.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

# The part of speech a key term of one word has (pymorphy3's OpenCorpora tag).
NOUN_TAGS = frozenset({"NOUN"})


@functools.cache
def _analyzer():  # type: ignore[no-untyped-def]
    # Imported on first use: its dictionary takes a moment to load, which an
    # essay in another language need not pay.
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.lru_cache(maxsize=65536)
def may_be_noun_form(word: str) -> bool:
    """The word can be read as a noun: one of its parses is."""
    return any(parse.tag.POS in NOUN_TAGS for parse in _analyzer().parse(word))


def may_be_noun(forms: Iterable[str]) -> bool:
    """A word the essay writes in these forms: a noun when one of them can be."""
    return any(may_be_noun_form(form) for form in forms)
