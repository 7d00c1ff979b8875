"""Aozora Bunko's own apparatus around a Japanese text: the notation key
under the title, the colophon at the end, and inline markup (ruby readings
《…》, the ruby start ｜, editor's notes ［＃…］). None of it is the essay's
words; each removal of a block is logged with its lines."""

from __future__ import annotations

import logging
import re

from ..model import RawBlock, Removed

log = logging.getLogger("essay_site")

RULE = re.compile(r"^-{20,}$")
NOTATION_KEY = "【テキスト中に現れる記号について】"
COLOPHON = re.compile(r"^\s*底本[：:]")
INLINE_MARKUP = re.compile(r"《[^》]*》|｜|［＃[^］]*］")


def remove_aozora_apparatus(path: str, blocks: tuple[RawBlock, ...]) -> tuple[tuple[RawBlock, ...], tuple[Removed, ...]]:
    if not any(NOTATION_KEY in t or COLOPHON.match(t) for b in blocks for _, t in b.lines):
        return blocks, ()
    kept: list[RawBlock] = []
    removed: list[Removed] = []
    in_key = False
    for i, block in enumerate(blocks):
        first = block.lines[0][1].strip()
        if COLOPHON.match(first):
            last = blocks[-1].last
            removed.append(Removed(block.first, last, "Aozora Bunko colophon", first))
            break
        if RULE.match(first) or in_key:
            starts = RULE.match(first) and any(NOTATION_KEY in t for _, t in block.lines[:2])
            in_key = bool(in_key or starts)
            if in_key:
                closes = RULE.match(block.lines[-1][1].strip()) and (len(block.lines) > 1 or not starts)
                extend(removed, block, "Aozora Bunko notation key")
                in_key = not closes
                continue
        kept.append(RawBlock(tuple((n, INLINE_MARKUP.sub("", t)) for n, t in block.lines)))
    for span in removed:
        log.info("%s:%d-%d: removed %s: %r", path, span.first_line, span.last_line, span.rule, span.preview)
    return tuple(b for b in kept if any(t.strip() for _, t in b.lines)), tuple(removed)


def extend(removed: list[Removed], block: RawBlock, rule: str) -> None:
    """One span for the whole notation key, however many blocks it spans."""
    if removed and removed[-1].rule == rule:
        removed[-1] = Removed(removed[-1].first_line, block.last, rule, removed[-1].preview)
    else:
        removed.append(Removed(block.first, block.last, rule, NOTATION_KEY))
