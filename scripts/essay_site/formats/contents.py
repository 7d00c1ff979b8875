"""Tables of contents at the top of an essay: a run of heading-like lines
with no prose between them, under a "Contents" label or each naming a
heading that follows. They are dropped (the site makes its own) and logged."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from ..model import RawBlock
from .headings import NUMBERED, RULED_STYLES, shape_of
from .lines import LIST_ITEM

if TYPE_CHECKING:
    from .outline import Unit

log = logging.getLogger("essay_site")

# A contents entry's page number, set apart from its title.
PAGE_NUMBER = re.compile(r"(?:\s{3,}|\s*\.{3,}\s*)\d{1,4}$")
# "Contents" as books in other languages print it ("INHOUD.", "Inhalt",
# "Table des matières", "Índice", "Содержание", "目次"). (Italian and
# Spanish "Indice" is the contents too; English "Index" is not: bookends.py.)
CONTENTS_LABEL = re.compile(
    r"^(?:(?:table of )?contents|in this (?:essay|article)|inhoud(?:sopgave)?|inhalt(?:sverzeichnis)?|table des mati[èe]res|sommaire"
    r"|[íi]ndice(?: general)?|sum[áa]rio|содержание|оглавление|spis treści|obsah|tartalom|innehåll|indhold(?:sfortegnelse)?"
    r"|innhold|sisällys(?:luettelo)?|i̇çindekiler|içindekiler|περιεχόμενα|תוכן העניינים|المحتويات|目次|目录|目錄|차례|목차)[:.]?$",
    re.IGNORECASE,
)


def with_contents_labels_joined(blocks: tuple[RawBlock, ...]) -> list[RawBlock]:
    """A "Contents" label alone, a blank line, then its entries in one block
    (often a numbered list): one contents block, not a section of a list."""
    joined: list[RawBlock] = []
    for block in blocks:
        texts = [text for _, text in block.lines]
        label = joined[-1].lines if joined and len(joined[-1].lines) == 1 else None
        if label and CONTENTS_LABEL.match(label[0][1].strip()) and len(texts) > 1 and contents_entries(texts):
            joined[-1] = RawBlock(label + block.lines)
        else:
            joined.append(block)
    return joined


# A contents page's column label over the page numbers: "Bladz.", "Page", "Seite", "Pág.".
PAGE_COLUMN = re.compile(r"^\s*(?:bladz|blz|page|pages|pp?|pag|pág|seite|s|sida|side|sivu|стр|σελ)\.?\s*$", re.IGNORECASE)
# An entry's page number at the end of its line, as a contents page sets it: "AFSCHEID   17.".
ENTRY_PAGE = re.compile(r"\s\d{1,4}\.?$")
# A contents page's lines are short: its entries, its parts' titles.
MAX_ENTRY_WORDS = 10


def without_labelled_contents(path: str, blocks: tuple[RawBlock, ...]) -> tuple[RawBlock, ...]:
    """A contents page set over several blocks under its label ("INHOUD." /
    the parts' titles / "Bladz." / entries with their pages), down to the
    first heading that prose follows or that repeats an entry: removed and logged."""
    label = next((i for i, b in enumerate(blocks) if len(b.lines) == 1 and CONTENTS_LABEL.match(b.lines[0][1].strip())), None)
    if label is None:
        return blocks
    end, listed = label + 1, set()
    # (At the back of the book, as Spanish and Italian books set their "Índice", it runs to the end.)
    while end < len(blocks) and contents_page_block(blocks[end]) and not (end + 1 < len(blocks) and heads_prose(blocks[end], blocks[end + 1])):
        if len(blocks[end].lines) == 1 and entry_key(blocks[end].lines[0][1]) in listed:
            break  # the first entry again: the text begins ("CHAPTER I.")
        listed |= {entry_key(text) for _, text in blocks[end].lines if not PAGE_COLUMN.match(text)}
        end += 1
    paged = any(PAGE_COLUMN.match(t) or ENTRY_PAGE.search(t) for b in blocks[label + 1 : end] for _, t in b.lines)
    if end - label < 3 or not paged:
        return blocks  # a label over one block of entries is the outline's to read (drop_contents)
    log.info("%s:%d-%d: read as a table of contents", path, blocks[label].first, blocks[end - 1].last)
    return blocks[:label] + blocks[end:]


def contents_page_block(block: RawBlock) -> bool:
    return all(len(text.split()) <= MAX_ENTRY_WORDS for _, text in block.lines)


def heads_prose(block: RawBlock, after: RawBlock) -> bool:
    """A one-line block right over prose: the text's first heading."""
    return len(block.lines) == 1 and not ENTRY_PAGE.search(block.lines[0][1]) and not contents_page_block(after)


def contents_entries(texts: list[str]) -> bool:
    return all(shape_of(t) or NUMBERED.match(t.strip()) or LIST_ITEM.match(t) for t in texts)


def drop_contents(path: str, found: list[Unit]) -> list[Unit]:
    """Remove a table of contents: a run of candidates before the first
    section, with no prose between them, under a "Contents" label or each
    naming a heading that follows. The last candidate of a run that prose
    follows heads a section and stays. Every dropped line is logged."""
    i = 0
    while i < len(found):
        if found[i].shape is None:
            i += 1
            continue
        end, stop = run_bounds(found, i)
        # A byline or date may stand above the "Contents" label.
        label = next((j for j in range(i, stop) if CONTENTS_LABEL.match(found[j].shape.title)), None)
        i = i if label is None else label
        if label is not None or (stop - i >= 2 and names_headings(found[i:stop], found[stop:])):
            return without_entries(path, found, i, stop)
        if end - i == 1 and end < len(found):
            return contents_later(path, found, end)  # a real heading came first
        i = end
    return found


def contents_later(path: str, found: list[Unit], start: int) -> list[Unit]:
    """A table of contents after the first section (a book sets its contents
    after its introduction): a run of entries under a "Contents" label, or
    each naming a heading that follows."""
    i = start
    while i < len(found):
        end, stop = run_bounds(found, i)
        entries = found[i:stop]
        labelled = any(CONTENTS_LABEL.match(u.shape.title) for u in entries if u.shape)
        # One entry may be left: a "Contents" block of its own took the first ones.
        listed = bool(entries) and (labelled or names_headings(entries, found[stop:]))
        # The last entry heads the prose under it, unless a later heading repeats it
        # and it is one of a list or carries its page number ("APPLICATIONS   177").
        last = stop < end and names_headings([found[stop]], found[end:]) and (listed or paged(found[stop]))
        if listed or last:
            return without_entries(path, found, i, end if last else stop)
        i = end + 1
    return found


def run_bounds(found: list[Unit], start: int) -> tuple[int, int]:
    """Where the run of candidates from `start` ends, and where its entries
    stop: the last candidate of a run that prose follows heads that prose."""
    end = start
    while end < len(found) and found[end].shape is not None:
        end += 1
    return end, end - 1 if end < len(found) else end


def without_entries(path: str, found: list[Unit], first: int, stop: int) -> list[Unit]:
    log.info("%s:%d-%d: read as a table of contents", path, found[first].line, found[stop - 1].lines[-1][0])
    return found[:first] + found[stop:]


def paged(entry: Unit) -> bool:
    """Its page number set apart from the title, in a column or after dots."""
    return bool(PAGE_NUMBER.search(entry.lines[-1][1].rstrip()))


def names_headings(entries: list[Unit], rest: list[Unit]) -> bool:
    """Each entry names a heading further on. An underlined line is the
    author's heading, no entry, even where a later section reuses its name
    (two projects' "Regular decision process")."""
    later = {entry_key(u.heading) for u in rest if u.heading is not None}
    underlined = any(e.shape and e.shape.style in RULED_STYLES for e in entries)
    return not underlined and all(entry_key(e.heading or "") in later for e in entries)


def entry_key(text: str) -> str:
    """A contents entry as compared with headings: case, spacing, and a
    trailing page number or dot leader ignored ("The Plateau ..... 12")."""
    return " ".join(re.sub(r"[\s.·…]*\d*$", "", text).casefold().split())
