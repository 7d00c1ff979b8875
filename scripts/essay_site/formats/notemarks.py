"""Note markers in a plain-text essay's running text: the shapes they come
in ("[1]", "^1", "[^1]", "¹", a bare number a library's export sets), each
written `[key]` when its note exists, and the report of markers without
notes and notes without markers. notes.py takes the notes themselves.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Block, Note, RawBlock

log = logging.getLogger("essay_site")

KEY = r"[0-9A-Za-z]{1,3}"
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_DIGITS = str.maketrans(SUPERSCRIPT, "0123456789")
# Markers in the running text, before they are normalised to "[key]".
CARET_MARK = re.compile(rf"\[\^({KEY})\](?!:)|(?<!\[)\^(\d{{1,3}})\b")
SUPERSCRIPT_MARK = re.compile(rf"(?<=[^\s{SUPERSCRIPT}])([{SUPERSCRIPT}]{{1,3}})")
# A marker cites a note from after a word: "… coerced.[1]", "decades [2]".
CITATION = re.compile(rf"(?<=[^\s\[])\s?\[({KEY})\]")


# A marker set as a bare number after a word, where a note's number would
# stand: before punctuation or at the line's end ("…האמתיים” 1."), or after
# a sentence's end ("…הבעל? 12 איפה").
BARE_MARK = re.compile(r"(?<=[^\s\d])\s(?P<n>\d{1,3})(?=[.,;:!?…]+(?:\s|$)|\s*$)|(?<=[.!?…”\"]\s)(?P<m>\d{1,3})(?=\s)")


def with_bare_markers(blocks: tuple[RawBlock, ...], notes: tuple[Note, ...]) -> tuple[RawBlock, ...]:
    """Markers written as bare numbers, as a library's text export sets
    them, written `[n]`: only when the text cites no note otherwise and the
    numbers 1, 2, 3 … of all the notes come in order, each once."""
    keys = [note.key for note in notes]
    if not keys or keys != [str(n) for n in range(1, len(keys) + 1)]:
        return blocks
    if any(CITATION.search(marked(text)) for block in blocks for _, text in block.lines):
        return blocks
    expected = 1

    def mark(found: re.Match[str]) -> str:
        nonlocal expected
        number = found.group("n") or found.group("m")
        if int(number) != expected:
            return found.group()
        expected += 1
        return f"[{number}]"  # glued to the word before, as a marker is

    out = tuple(dataclasses.replace(b, lines=tuple((n, BARE_MARK.sub(mark, text)) for n, text in b.lines)) for b in blocks)
    return out if expected == len(keys) + 1 else blocks


def marked(text: str) -> str:
    """Text with `^1` and superscript markers written as `[1]`."""
    text = CARET_MARK.sub(lambda m: f"[{m.group(1) or m.group(2)}]", text)
    return SUPERSCRIPT_MARK.sub(lambda m: f"[{m.group(1).translate(TO_DIGITS)}]", text)


def with_markers(block: Block, keys: set[str]) -> Block:
    """The block with every marker that has a note written as `[key]`."""
    def normalise(text: str) -> str:
        text = CARET_MARK.sub(lambda m: f"[{k}]" if (k := m.group(1) or m.group(2)) in keys else m.group(0), text)
        return SUPERSCRIPT_MARK.sub(
            lambda m: f"[{d}]" if (d := m.group(1).translate(TO_DIGITS)) in keys else m.group(0), text
        )

    if block.kind in ("code", "math"):
        return block
    return dataclasses.replace(block, items=tuple(normalise(item) for item in block.items))


def same_kind(key: str, keys: set[str]) -> bool:
    """A marker like the notes' own keys: digits among digit keys, a capital
    letter among letter keys ("[a]" in a quotation is an editor's insertion)."""
    return any(key.isdigit() == k.isdigit() and key.isupper() == k.isupper() for k in keys)


def report(path: str, blocks: list[Block], notes: tuple[Note, ...], title_keys: frozenset[str]) -> set[str]:
    """Warn about markers without notes and notes without markers; the keys
    that the text (or the title's own note, `title_keys`) points at."""
    keys = {n.key for n in notes}
    cited: set[str] = set(title_keys)
    for block in blocks:
        if block.kind in ("code", "math"):
            continue
        for key in CITATION.findall(block.text):
            cited.add(key)
            if key not in keys and same_kind(key, keys):
                log.warning("%s:%d: footnote marker [%s] has no note", path, block.line, key)
    for note in notes:
        if note.key not in cited:
            log.warning("%s:%d: note [%s] has no marker in the text; kept as a paragraph", path, note.line, note.key)
    return cited
