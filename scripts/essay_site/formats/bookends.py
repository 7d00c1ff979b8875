"""What a book sets around the essay that is not the essay's own: the title
repeated as the first heading or on a line of its own further on (a
half-title over the first chapter, after the introduction), the
printer's "THE END." after the last paragraph, and the index at the back
of the book. They are taken out and logged."""

from __future__ import annotations

import logging
import re

from ..model import RawBlock, Removed
from .headings import Shape, shape_of
from .outline import Unit

log = logging.getLogger("essay_site")

# A printer's mark closing the book, not the essay's last words.
END_MARK = re.compile(r"^\s*(?:the end|finis|fin)\s*[.!]?\s*$", re.IGNORECASE)
# The label over a book's index: "INDEX", "ANALYTICAL INDEX", "Register".
# (Not "Índice" or "Inhalt": those are contents.)
INDEX_LABEL = re.compile(r"^\s*(?:(?:analytical|general|alphabetical)\s+)?(?:index|register|sachregister|namenregister|index\s+alphab[ée]tique)\s*\.?\s*$", re.IGNORECASE)
# An index entry's page references: "two definitions of, 75.", "57 n.", "132-4".
PAGE_REFERENCE = re.compile(r"(?:^|[\s,])\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*n\.?)?\s*[.,;]?\s*$")
# An index is mostly lines that end in page numbers.
INDEX_SHARE = 0.5
INDEX_HEADWORD_WORDS = 6
# The space between the letters of a letter-spaced word: "F I N I S."
LETTER_SPACED = re.compile(r"(?<=\b\w) (?=\w\b)")


def without_end_mark(path: str, blocks: tuple[RawBlock, ...]) -> tuple[tuple[RawBlock, ...], tuple[Removed, ...]]:
    """"THE END." after the last paragraph is the printer's, not the essay's."""
    if not blocks or len(blocks[-1].lines) != 1 or not END_MARK.match(LETTER_SPACED.sub("", blocks[-1].lines[0][1])):
        return blocks, ()
    number, text = blocks[-1].lines[0]
    log.info("%s:%d-%d: removed printer's end mark: %r", path, number, number, text.strip())
    return blocks[:-1], (Removed(number, number, "printer's end mark", text.strip()),)


def without_back_index(path: str, blocks: tuple[RawBlock, ...]) -> tuple[tuple[RawBlock, ...], tuple[Removed, ...]]:
    """The index at the back of a book ("INDEX" over entries that end in
    page numbers) is the printed book's way in, not the essay's text."""
    label = next((i for i in range(len(blocks) - 1, 0, -1) if len(blocks[i].lines) == 1 and INDEX_LABEL.match(blocks[i].lines[0][1])), None)
    if label is None or label + 1 == len(blocks):
        return blocks, ()
    end = label + 1
    while end < len(blocks) and index_entries(blocks[end]):
        end += 1  # what follows the index (the notes, a colophon) is not of it
    if end == label + 1:
        return blocks, ()
    first, last = blocks[label].first, blocks[end - 1].last
    log.info("%s:%d-%d: removed the book's index", path, first, last)
    return blocks[:label] + blocks[end:], (Removed(first, last, "book's index", blocks[label].lines[0][1].strip()),)


def index_entries(block: RawBlock) -> bool:
    """Most lines end in page numbers ("two definitions of, 75."), the rest
    are short headwords ("Necessity")."""
    texts = [text for _, text in block.lines if text.strip()]
    paged = sum(bool(PAGE_REFERENCE.search(text)) for text in texts)
    return paged >= INDEX_SHARE * len(texts) or (paged > 0 and all(len(text.split()) <= INDEX_HEADWORD_WORDS for text in texts))


def without_half_titles(path: str, title: str, blocks: tuple[RawBlock, ...]) -> tuple[tuple[RawBlock, ...], tuple[Removed, ...]]:
    """A line of its own that is only the title again, over a chapter with a
    title of its own ("ON LIBERTY." / "CHAPTER I." / "INTRODUCTORY.") or
    over the first of untitled chapters; over the one untitled number it is
    that chapter's title (numbering.py)."""
    repeats = [
        b for i, (b, number, chapter) in enumerate(zip(blocks[1:], blocks[2:], blocks[3:]), 1)
        if len(b.lines) == 1 and letters(b.lines[0][1]) == letters(title)
        and (titled_number(number, chapter) or bare_series(number, blocks[i + 2 :]))
    ]
    for block in repeats:
        log.info("%s:%d: removed the title repeated as a half-title: %r", path, block.first, block.lines[0][1].strip())
    found = tuple(Removed(b.first, b.first, "half-title", b.lines[0][1].strip()) for b in repeats)
    return tuple(b for b in blocks if b not in repeats), found


def titled_number(number: RawBlock, title: RawBlock) -> bool:
    shapes = [single_shape(block) for block in (number, title)]
    return bool(shapes[0] and shapes[0].numbered and not shapes[0].title and shapes[1] and not shapes[1].numbered)


def bare_series(number: RawBlock, later: tuple[RawBlock, ...]) -> bool:
    """`number` is untitled, and so is the next number of its style."""
    first = single_shape(number)
    if not first or not first.numbered or first.title:
        return False
    for block, after in zip(later, (*later[1:], None)):
        shape = single_shape(block)
        if shape and shape.numbered and shape.style == first.style:
            title = single_shape(after) if after else None
            return not shape.title and not (title and not title.numbered)
    return False


def single_shape(block: RawBlock) -> Shape | None:
    return shape_of(block.lines[0][1]) if len(block.lines) == 1 else None


def without_repeated_title(path: str, title: str, units: list[Unit]) -> list[Unit]:
    """The title repeated as the first heading ("II. SELF-RELIANCE." under
    "SELF-RELIANCE.") is not a section of its own."""
    for i, unit in enumerate(units):
        if unit.shape is None:
            if any(re.search(r"\w", t) for _, t in unit.lines):
                return units
            continue
        if letters(unit.shape.title) == letters(title) or letters(unit.shape.text()) == letters(title):
            log.info("%s:%d: the title repeated as a heading", path, unit.line)
            return units[:i] + units[i + 1 :]
        return units
    return units


def letters(text: str) -> str:
    return "".join(c for c in re.sub(r"\[[0-9A-Za-z]{1,3}\]", "", text).casefold() if c.isalnum())
