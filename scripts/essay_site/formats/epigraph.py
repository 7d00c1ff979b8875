"""The epigraph under the title: a motto or verse set in deeper than the
body, or a quotation set apart from it with the name it is by.

Two layouts: the motto indented more than the prose ("    Ne te quaesiveris
extra."); or, where the prose is the indented part (each paragraph opens
three spaces in), a quotation at the margin and its attribution on a line of
its own ("Goethe", "Proudhon (Voix du Peuple)."), each verse line sometimes a
paragraph of its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..model import Block, Line, Note, RawBlock

# An epigraph line is indented this much more than the body.
EPIGRAPH_INDENT = 2
MAX_EPIGRAPH_WORDS = 120
# An epigraph set as one paragraph per verse line, with its attribution.
MAX_EPIGRAPH_BLOCKS = 8
# Who an epigraph is by: "Goethe", "— Proudhon (Voix du Peuple).".
ATTRIBUTION = re.compile(r"^[—–-]*\s*(?P<name>[^()!?:;,.]+?)\s*(?:\([^()]{1,80}\))?\s*\.?$")
MAX_ATTRIBUTION_WORDS = 4
# A note marker glued to the end of an epigraph's line, maybe with the
# edition's own "*" after it: "c'est la mort!2*".
GLUED_MARKER = re.compile(r"(?<=[^\s\d])(?P<key>\d{1,2})(?P<star>\*?)$")
NOTE_LINE = re.compile(r"^\s*(?P<key>\d{1,2})\s+(?P<text>\S.*)$")


def set_in_epigraph(blocks: Sequence[RawBlock], body: int) -> Block | None:
    """The first block as an epigraph when it is set in deeper than the body
    (`body`: the body's indent) and prose follows it."""
    if len(blocks) < 2:
        return None
    lines = blocks[0].lines
    if min(indent(t) for _, t in lines) < body + EPIGRAPH_INDENT:
        return None
    if len(" ".join(t for _, t in lines).split()) > MAX_EPIGRAPH_WORDS:
        return None
    return epigraph_of(lines)


def attributed_epigraph(blocks: Sequence[RawBlock], body: int) -> tuple[Block, int] | None:
    """The epigraph at the top of `blocks` and how many blocks it takes: a
    quotation whose indent differs from the body's, then its attribution,
    then more text."""
    quote: list[Line] = []
    for offset, block in enumerate(blocks[:MAX_EPIGRAPH_BLOCKS]):
        if offset + 1 >= len(blocks):
            return None
        text = " ".join(" ".join(t for _, t in block.lines).split())
        if quote and is_attribution(text):
            return epigraph_of((*quote, (block.lines[0][0], text))), offset + 1
        if any(indent(t) == body for _, t in block.lines):
            return None
        quote.extend(block.lines)
        if len(" ".join(t for _, t in quote).split()) > MAX_EPIGRAPH_WORDS:
            return None
    return None


def is_attribution(text: str) -> bool:
    """A name, maybe with its source in brackets: "Goethe", "— Proudhon (Voix du Peuple)."."""
    found = ATTRIBUTION.match(" ".join(text.split()))
    words = found.group("name").split() if found else []
    return 0 < len(words) <= MAX_ATTRIBUTION_WORDS and words[0][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in words)


def epigraph_of(lines: tuple[Line, ...]) -> Block:
    texts = tuple(" ".join(t.split()) for _, t in lines)
    if len(texts) > 1:
        return Block("verse", texts, lines[0][0])
    quoted = texts[0][:1] in "\"“'‘«" and texts[0].rstrip(".")[-1:] in "\"”'’»"
    return Block("quote" if quoted else "paragraph", texts, lines[0][0])


def indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def body_indent(blocks: Sequence[RawBlock]) -> int:
    """The indent that most of the text has (0 for most essays), counted in
    characters so that a long body outweighs a many-lined verse."""
    counts: dict[int, int] = {}
    for block in blocks:
        for _, text in block.lines:
            counts[indent(text)] = counts.get(indent(text), 0) + len(text)
    return max(sorted(counts), key=lambda k: counts[k]) if counts else 0


def epigraph_notes(epigraphs: Sequence[Block], following: RawBlock) -> tuple[tuple[Block, ...], tuple[Note, ...]] | None:
    """The epigraphs with their glued markers as "[2]", and their notes, when
    the block after them holds them: lines opening with the markers' numbers
    ("2 Не Катилина у ваших ворот…"), a line without a number continuing
    the note before it."""
    keys = {m.group("key") for block in epigraphs for item in block.items if (m := GLUED_MARKER.search(item.rstrip()))}
    found: list[Note] = []
    for number, text in following.lines:
        line = NOTE_LINE.match(text)
        if line and line.group("key") in keys and line.group("key") not in {n.key for n in found}:
            found.append(Note(line.group("key"), line.group("text").strip(), number))
        elif found:
            found[-1] = dataclasses.replace(found[-1], text=f"{found[-1].text} {text.strip()}")
        else:
            return None
    if not found:
        return None
    noted = {n.key for n in found}
    return tuple(with_markers(block, noted) for block in epigraphs), tuple(found)


def with_markers(block: Block, keys: set[str]) -> Block:
    def marker(found: re.Match[str]) -> str:
        return f"[{found.group('key')}]{found.group('star')}" if found.group("key") in keys else found.group()

    return dataclasses.replace(block, items=tuple(GLUED_MARKER.sub(marker, item.rstrip()) for item in block.items))
