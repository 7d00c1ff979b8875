"""Verse in plain text: short lines kept as the author set them, a quoted
poem indented as a block, or three or more short lines that are neither
wrapped prose nor sentences."""

from __future__ import annotations

import re

from ..text import ends_sentence
from .lines import LIST_ITEM
from .wraps import looks_wrapped

# A Dutch line may open on an elided article: "'t is wel verheven".
ELIDED_OPENING = re.compile(r"^['’][a-z]\b")


def opens_verse_line(text: str) -> bool:
    """A verse line opens in capitals, after any dash or quotation mark
    ("»Der aarde…", "„Wer reitet…"), or on an elided article."""
    opening = text.strip().lstrip("-—–\"'»«„‚‹›“‘”’")
    return opening[:1].isupper() or bool(ELIDED_OPENING.match(text.strip().lstrip("\"»«„‚‹›“‘”")))


def is_verse(texts: list[str]) -> bool:
    """Short lines kept as written: indented as a block (a quoted poem), or
    three or more short lines that are neither wrapped prose nor sentences."""
    if len(texts) < 2 or any(LIST_ITEM.match(t) for t in texts) or max(len(t.strip()) for t in texts) > 60:
        return False
    if not all(map(opens_verse_line, texts)):
        return False
    indented = all(t[:2] == "  " for t in texts)
    unwrapped = len(texts) >= 3 and not looks_wrapped(texts) and sum(map(ends_sentence, texts)) <= len(texts) // 2
    return indented or unwrapped
