"""Headings the author underlined: a line with a row of `=`, `-` or `~`
under it (and maybe the same row over it), as plain-text mail, READMEs and
reStructuredText write them, and as Markdown's setext headings do.

The underline is the author's own markup, so the line above it is a heading
whatever its words, and the row itself is not text. One underlined heading
is a block of its own: prose right under the row (no blank line between)
starts a new block. A row under a paragraph's later line underlines
nothing: it is a rule, and stays prose.
"""

from __future__ import annotations

import re

from ..model import RawBlock
from .contents import CONTENTS_LABEL
from .lines import LIST_ITEM, MAX_HEADING_CHARS, RULE_CHARS

ROW = re.compile(rf"^\s*([{re.escape(RULE_CHARS)}])\1{{2,}}\s*$")
# An underline at least this share of its heading's width, as people draw them.
MIN_WIDTH_SHARE = 0.5


def underlined_headings(blocks: tuple[RawBlock, ...]) -> tuple[RawBlock, ...]:
    """The blocks with each underlined heading a one-line block (its `rule`
    the underline's character) and its rows taken out."""
    found: list[RawBlock] = []
    for block in blocks:
        found.extend(split_at_heading(block))
    return tuple(found)


def split_at_heading(block: RawBlock) -> list[RawBlock]:
    lines = block.lines
    over = 1 if len(lines) > 2 and row_char(lines[0][1]) and row_char(lines[0][1]) == row_char(lines[2][1]) else 0
    if len(lines) < 2 + over or not underlines(lines[over][1], lines[over + 1][1]):
        return [block]
    heading, rest = lines[over], lines[over + 2 :]
    if CONTENTS_LABEL.match(heading[1].strip()):
        return [RawBlock((heading, *rest))]  # a table of contents stays one block (contents.py)
    parts = [RawBlock((heading,), rule=row_char(lines[over + 1][1]))]
    return parts + ([RawBlock(rest)] if rest else [])


def underlines(text: str, row: str) -> bool:
    """Whether `row` underlines the heading-sized line `text`."""
    words = " ".join(text.split())
    if not words or not row_char(row) or row_char(text) or len(words) > MAX_HEADING_CHARS or LIST_ITEM.match(words):
        return False
    return len(row.strip()) >= MIN_WIDTH_SHARE * len(words)


def row_char(text: str) -> str:
    found = ROW.match(text)
    return found.group(1) if found else ""


def underlined_count(lines: tuple[str, ...]) -> int:
    """How many lines standing alone above a row the row underlines: a
    browser draws headings, it never types their underlines."""
    return sum(
        1 for i in range(len(lines) - 1)
        if (i == 0 or not lines[i - 1].strip() or row_char(lines[i - 1])) and underlines(lines[i], lines[i + 1])
    )
