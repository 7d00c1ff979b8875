"""Names the essay lists as examples rather than discusses.

"Examples include Amazon Redshift, Apache Doris, ClickHouse, Dremio,
DuckDB, …": a name met only in such runs is one example among many, not a
term of the essay. A run is four names or more, separated by commas (the
last by "and" or "or", with or without one, in the language's word). Names start
with a capital or carry one inside ("cuDF", "iPhone").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

# A dot only inside a name ("Node.js"), never the full stop after it.
_WORD = r"(?:\p{Lu}|\p{Ll}+\p{Lu})(?:[\p{L}\p{M}\p{N}'’+-]|\.(?=[\p{L}\p{N}]))*"
# A name of up to four words; bounded, so a long run costs linear time.
_ITEM = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
# "and" or "or" in the languages of the corpus and their neighbours.
_CONJUNCTION = r"(?:and|or|&|und|oder|et|ou|y|o|e|ed|и|или|och|eller|og|ja|tai|és|ve)"
# A comma, maybe with a conjunction; the last may go without the comma.
_SEPARATOR = rf",\s+(?:{_CONJUNCTION}\s+)?|\s+{_CONJUNCTION}\s+"
ENUMERATION = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){_ITEM}(?:(?:{_SEPARATOR}){_ITEM}){{3,}}")
ITEM = regex.compile(_ITEM)
# A name is an example when at least this share of its uses list it.
LISTED_SHARE = 0.5


def listed_names(texts: Iterable[str]) -> Counter[str]:
    """Each name (case-folded, its words joined by one space) with the
    number of its uses inside runs of names."""
    found: Counter[str] = Counter()
    for text in texts:
        if text.count(",") < 2:
            continue
        for run in ENUMERATION.finditer(text):
            if run.group().count(",") < 2:
                continue  # "Go and Rust and …": a list has its commas
            found.update(" ".join(item.split()).casefold() for item in regex.split(_SEPARATOR, run.group()))
    return found
