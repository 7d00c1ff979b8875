"""The pieces of a title block one at a time: a chapter number above the
title, the title line, dek, the metadata lines plain text writes (author,
date, copyright, abstract), and a closing copyright line.
titleblock.read_title_block combines them with the rest."""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Line, MetaField, RawBlock
from .lines import heading_like, meta_field
from .titlecase import is_all_caps
from .headings import shape_of
from .dates import date_value
from .titlelines import CHAPTER_NUMBER, byline_name, clean_title, lone_author

log = logging.getLogger("essay_site")

# A dek is the subtitle: a headline-length phrase, longer than a short heading
# like "Introduction", or one that holds a sentence break of its own.
MIN_DEK_WORDS = 7
# A short line in parentheses under the title.
PARENTHESISED = re.compile(r"^\([^()]{1,80}\)$")


def take_title(blocks: tuple[RawBlock, ...], clean: bool = True) -> tuple[Line, tuple[RawBlock, ...]]:
    first, *rest = blocks
    (number, title), *more = first.lines
    if more:
        rest.insert(0, RawBlock(tuple(more)))
    return (number, clean_title(title) if clean else " ".join(title.split())), tuple(rest)


def take_dek(blocks: tuple[RawBlock, ...]) -> tuple[str | None, tuple[RawBlock, ...]]:
    if len(blocks) < 2 or len(blocks[0].lines) != 1:
        return None, blocks
    line = blocks[0].lines[0][1].strip()
    words = line.split()
    if PARENTHESISED.match(line):  # "(II, 10)", "(A Lecture)": a note on the title, as written
        return " ".join(words), blocks[1:]
    if heading_like(line) and (len(words) >= MIN_DEK_WORDS or re.search(r"[.!?] ", line)):
        return " ".join(words), blocks[1:]
    return None, blocks


def take_meta(blocks: tuple[RawBlock, ...]) -> tuple[tuple[MetaField, ...], tuple[RawBlock, ...]]:
    """Front matter of a scraped article: author, date, copyright, abstract."""
    fields: list[MetaField] = []
    i = 0
    while i < len(blocks):
        found, after = meta_block(blocks, i)
        if found is None:
            break
        fields.extend(found)
        i = after
    return tuple(fields), blocks[i:]


def meta_block(blocks: tuple[RawBlock, ...], i: int) -> tuple[list[MetaField] | None, int]:
    """The front matter in block i and the index of the next block; None when
    the block is not front matter through and through."""
    lines = blocks[i].lines
    found: list[MetaField] = []
    for n, (number, text) in enumerate(lines):
        field = meta_field(number, text) or _title_block_field(number, text)
        if field is None:
            return None, i
        if field.label == "Abstract" and not field.value:
            # The label stands alone: the abstract is the rest of its block,
            # or the next block when a blank line follows the label.
            if n + 1 < len(lines):
                body, after = lines[n + 1 :], i + 1
            elif i + 1 < len(blocks):
                body, after = blocks[i + 1].lines, i + 2
            else:
                return None, i
            found.append(dataclasses.replace(field, value=" ".join(" ".join(t.split()) for _, t in body)))
            return found, after
        found.append(field)
    return found, i + 1


def _title_block_field(number: int, text: str) -> MetaField | None:
    name = byline_name(text)
    if name:
        return MetaField("Author", name, number)
    value = date_value(text)
    return MetaField("Date", value, number) if value else None


def take_tail_meta(blocks: tuple[RawBlock, ...]) -> tuple[tuple[MetaField, ...], tuple[RawBlock, ...]]:
    """A copyright line closing the article is metadata too."""
    if blocks and len(blocks[-1].lines) == 1:
        field = meta_field(*blocks[-1].lines[0])
        if field and field.label == "Copyright":
            return (field,), blocks[:-1]
    return (), blocks


def take_chapter_number(path: str, blocks: tuple[RawBlock, ...]) -> tuple[tuple[MetaField, ...], tuple[RawBlock, ...]]:
    """A number alone above the title ("VII") numbers the chapter of the book
    the essay was cut from: it is not the title."""
    if len(blocks) < 2 or len(blocks[0].lines) != 1:
        return (), blocks
    number, text = blocks[0].lines[0]
    found = CHAPTER_NUMBER.match(text)
    if not found:
        return (), blocks
    log.info("%s:%d: %r above the title read as the chapter's number", path, number, text.strip())
    return (MetaField("Chapter", found.group("n"), number),), blocks[1:]



def take_author_above(path: str, blocks: tuple[RawBlock, ...]) -> tuple[tuple[MetaField, ...], tuple[RawBlock, ...]]:
    """An author's name set above a title in capitals ("Максим Горький" /
    "ГОРОД ЖЕЛТОГО ДЬЯВОЛА"): the capitals tell the title from the name,
    and the essay never writes a word of the name in lower case."""
    lines = [line for block in blocks[:2] for line in block.lines][:2]
    if len(lines) < 2 or is_all_caps(lines[0][1]) or not is_all_caps(lines[1][1]):
        return (), blocks
    shape = shape_of(lines[1][1])
    name = lone_author(lines[0][1], blocks) if shape and shape.style == "caps" else None  # "I. EXAMPLES" is a heading
    if not name:
        return (), blocks
    log.info("%s:%d: %r above the title read as its author", path, lines[0][0], name)
    # The title becomes the first line, on its own when prose followed it unbroken.
    first, *others = blocks[0].lines[1:] or blocks[1].lines
    after = (RawBlock((first,)), *((RawBlock(tuple(others)),) if others else ()))
    return (MetaField("Author", name, lines[0][0]),), (*after, *blocks[1 if blocks[0].lines[1:] else 2 :])
