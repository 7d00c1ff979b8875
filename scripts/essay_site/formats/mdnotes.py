"""Notes a Markdown file writes as plain text, not as Markdown footnotes:
a conversion of a book leaves its notes as "[1] La verité sur M.
Rattazzi…" paragraphs at the end, often under a label in the book's
language ("Notas:"), and its markers as "[1]" in the text. They are the
essay's notes when every one of them is cited in the text; their label
goes with them.
"""

from __future__ import annotations

import logging
import re

from ..model import Block, Note
from .mdheading import Item

log = logging.getLogger("essay_site")

ENTRY = re.compile(r"^\[(?P<key>[0-9A-Za-z]{1,3})\]\s+(?P<text>\S.*)$", re.DOTALL)
# A label alone above the notes: one or two words and a colon ("Notas:", "Notes:").
LABEL = re.compile(r"^\w+(?:\s\w+)?\s*:$")


def bracket_notes(path: str, items: list[Item]) -> tuple[list[Item], tuple[Note, ...]]:
    start = len(items)
    while start > 0 and is_entry(items[start - 1]):
        start -= 1
    entries = [item for item in items[start:] if isinstance(item, Block)]
    if not entries:
        return items, ()
    body = " ".join(item.text for item in items[:start] if isinstance(item, Block))
    found = [(m["key"], m["text"], item.line) for item in entries if (m := ENTRY.match(item.text))]
    if not all(f"[{key}]" in body for key, _, _ in found):
        return items, ()
    label = start > 0 and isinstance(items[start - 1], Block) and bool(LABEL.match(items[start - 1].text.strip()))
    log.info("%s:%d: %d notes written as [n] paragraphs", path, entries[0].line, len(found))
    return items[: start - 1 if label else start], tuple(Note(key, text.strip(), line) for key, text, line in found)


def is_entry(item: Item) -> bool:
    return isinstance(item, Block) and item.kind == "paragraph" and bool(ENTRY.match(item.text))
