"""Lines quoted as e-mail quotes them: "> Dear diary…", ">> Linus wrote:"."""

from __future__ import annotations

import re

from ..model import Block, Line
from .wraps import Spelling, join_lines

QUOTED = re.compile(r"^\s{0,3}>")
QUOTE_MARKS = re.compile(r"^\s{0,3}((?:>\s?)+)")


def quoted_block(lines: tuple[Line, ...], spelling: Spelling | None) -> Block:
    """Lines quoted with ">" as one quotation, a paragraph for each run of
    lines at one depth (a reply quotes the letter it answers: ">>"), and at
    each quoted empty line."""
    paragraphs: list[list[str]] = [[]]
    depth = 0
    for _, text in lines:
        marks = QUOTE_MARKS.match(text)
        level = marks.group(1).count(">") if marks else 0
        inner = text[marks.end() :].strip() if marks else text.strip()
        if paragraphs[-1] and (not inner or level != depth):
            paragraphs.append([])
        if inner:
            paragraphs[-1].append(inner)
        depth = level
    return Block("quote", tuple(join_lines(p, spelling) for p in paragraphs if p), lines[0][0])
