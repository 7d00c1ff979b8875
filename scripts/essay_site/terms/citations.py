"""Names the essay cites rather than discusses.

An essay that argues with the literature names its sources as it goes:
"Nanda et al. (2023)", "Landgrebe and Smith (2021)", "(Li, Nye, and
Andreas 2021; Patel and Pavlick 2022)", and lists them at the end:
"Abdou, Mostafa, … 2021. “Can Language Models…”". A name used only so is
a source, not a term of the essay; a reference list is not its prose. The
patterns are the author–date and "et al." conventions that APA, Chicago
and the sciences share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

_NAME = r"\p{Lu}[\p{L}\p{M}'’-]+"
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
# A citation names a few authors; bounded, so a long run of names costs linear time.
_AUTHORS = rf"{_NAME}(?:(?:,\s*|,?\s+(?:and|&)\s+){_NAME}){{0,6}}(?:\s+et\s+al\.?)?"
CITATION = regex.compile(
    # Landgrebe and Smith (2021); not "the Commune (1871)", an event and its year
    rf"(?<!\b[Tt]he\s+){_AUTHORS}\s+\({_YEAR}\)"
    rf"|(?<=[(;]\s*){_AUTHORS},?\s+{_YEAR}(?=\s*[;),])"  # (Li, Nye, and Andreas 2021; …)
    rf"|{_NAME}\s+et\s+al\b"  # Nanda et al.
)
# A paragraph that opens as a reference-list entry: names, then the year
# ("Abdou, Mostafa, … and Anders Søgaard. 2021.", "Landgrebe, J., & Smith, B. (2021).").
REFERENCE_ENTRY = regex.compile(rf"^{_NAME},\s+(?:(?:{_NAME}|\p{{Lu}}\.|and|&|et\s+al\.?)[,.\s]+){{1,40}}\(?{_YEAR}\)?\.")
_NOT_NAMES = frozenset({"and", "et", "al"})
# A name is a source when at least this share of its uses cite it.
CITED_SHARE = 0.5


def is_reference_entry(text: str) -> bool:
    return bool(REFERENCE_ENTRY.match(text))


def cited_names(texts: Iterable[str]) -> Counter[str]:
    """Each name (case-folded) with the number of its uses inside citations."""
    found: Counter[str] = Counter()
    for text in texts:
        if "(" not in text and "et al" not in text:
            continue
        for citation in CITATION.finditer(text):
            words = regex.findall(_NAME, citation.group())
            found.update(w.casefold() for w in words if w.casefold() not in _NOT_NAMES)
    return found
