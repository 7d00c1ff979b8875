"""A book's title page whose first line is not the title.

Title pages in many languages set the author, or the series the book
belongs to, above the title ("BREVIARIO DE LA JUVENTUD / JOSÉ ENRIQUE RODÓ
/ ARIEL / 1920 / EDITORIAL CERVANTES …"). Where the file names its work
(a Project Gutenberg header's "Title:", or its closing "End of the Project
Gutenberg EBook of TITLE, by AUTHOR"), the line that says so is the title:
the author it names (or, when it names none, a name) above it is the
author, any other line above it the subtitle (the series); under it come
the date and the imprint, short lines down to the prose: its first line is
the publisher, the rest (printer, agent, addresses) are removed and logged.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata

from collections.abc import Sequence

from ..model import Line, MetaField, RawBlock, Removed
from ..text import same_words
from .headings import DIVISION, NUMBERED
from .titlecase import display_case
from .dates import date_value, roman_year
from .titlelines import PUBLISHER, bare_name, title_page_label

log = logging.getLogger("essay_site")

# The title is among the title page's first lines.
MAX_LINES_ABOVE = 4
# A title page's line is short; the prose under it is not.
MAX_PAGE_WORDS = 8
MAX_PAGE_LINES = 16
MAX_IMPRINT_BLOCK = 4


@dataclasses.dataclass(frozen=True)
class GivenHead:
    """A title block read before the text: the title, the subtitle and the
    metadata, and the file's lines with the title page blanked."""

    title: str
    title_line: int
    dek: str | None
    meta: tuple[MetaField, ...]
    lines: tuple[str, ...]
    removed: tuple[Removed, ...] = ()


def find(path: str, lines: tuple[str, ...], title: str, author: str | None = None) -> GivenHead | None:
    """The title page, when a line under its first one is the named title,
    or when the title opens it and the author's name stands under it."""
    lines = with_title_on_one_line(lines, title)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    at = next((k for k, i in enumerate(filled[: MAX_LINES_ABOVE + 1]) if same(lines[i], title)), None)
    if at == 0 and author:
        return headed_by_title(path, lines, filled, author)
    if not at:  # not found, or the first line with no name under it: the plain reader's own case
        return None
    if any(len(lines[i].split()) > MAX_PAGE_WORDS for i in filled[:at]):
        return None
    meta: list[MetaField] = []
    dek = []
    for i in filled[:at]:
        name = bare_name(lines[i])
        if name and (author is None or same(lines[i], author)):
            meta.append(MetaField("Author", name, i + 1))
        else:
            dek.append(display_case(" ".join(lines[i].split())))
    under = through_year(lines, imprint(lines, filled[at + 1 :]))
    byline = by_author(lines, under, author)
    meta += [MetaField("Author", display_case(" ".join(lines[i].split()).rstrip(".")), i + 1) for i in byline[1:]]
    own = [i for i in under if i not in byline]
    below = subtitle_lines(lines, [i for i in own if not date_value(lines[i])])
    dek += [display_case(" ".join(lines[i].split())) for i in below]
    return page_head(path, lines, filled[: at + 1], under, dek, meta, [i for i in own if i not in below])


def through_year(lines: tuple[str, ...], under: list[int]) -> list[int]:
    """A line in capitals right after the imprint's closing year ("1869." /
    "BEREISDE LIEDEN." / prose) heads the text; publishers set after the
    year ("1920" / "EDITORIAL CERVANTES") are the imprint's."""
    if len(under) < 2 or not printed_date(lines[under[-2]]) or not lines[under[-1]].strip().isupper():
        return under
    after = next((line for line in lines[under[-1] + 1 :] if line.strip()), "")
    return under[:-1] if len(after.split()) > MAX_PAGE_WORDS else under


def by_author(lines: tuple[str, ...], under: list[int], author: str | None) -> list[int]:
    """The "by" line right under the title and the name under it ("DOOR" /
    "GABRIËL."), as line numbers; none when the title page sets no such pair."""
    if len(under) < 2 or not BY_WORD.match(lines[under[0]]):
        return []
    name = lines[under[1]].strip().rstrip(".")
    named = same(name, author) if author else bool(bare_name(name)) or (len(name.split()) <= 4 and not any(c.isdigit() for c in name))
    return under[:2] if named else []


def by_line_title(lines: tuple[str, ...]) -> tuple[str, str] | None:
    """A title page's title and author where its "by" line says which is
    which ("ONTBOEZEMINGEN" / "DOOR" / "GABRIËL."), and lines above the
    title (a series, a publisher's notice) hide it."""
    filled = [i for i, line in enumerate(lines) if line.strip()][: MAX_LINES_ABOVE + 3]
    # A title on the first line is the plain reader's own case ("TITLE" / "BY" / "NAME").
    for above, by, name in zip(filled[1:], filled[2:], filled[3:]):
        if BY_WORD.match(lines[by]) and lines[name].strip().isupper() and len(lines[name].split()) <= 4:
            return " ".join(lines[above].split()), lines[name].strip().rstrip(".")
    return None


def with_title_on_one_line(lines: tuple[str, ...], title: str) -> tuple[str, ...]:
    """A title set over two lines near the top ("Zum" / "ewigen Frieden."),
    joined onto the first of them, so the page reads as if set on one."""
    filled = [i for i, line in enumerate(lines) if line.strip()][: MAX_LINES_ABOVE + 2]
    if any(same(lines[i], title) for i in filled):
        return lines
    for i in filled:
        if i + 1 < len(lines) and lines[i + 1].strip() and same(f"{lines[i]} {lines[i + 1]}", title):
            return (*lines[:i], f"{lines[i].rstrip()} {lines[i + 1].strip()}", "", *lines[i + 2 :])
    return lines


def headed_by_title(path: str, lines: tuple[str, ...], filled: list[int], author: str) -> GivenHead | None:
    """A title page that opens with the title and names the author under
    it, alone on a line ("DE" / "ROBESPIERRE", "BY" / "MILL"): the lines
    between are the subtitle, the ones after the name the imprint."""
    under = imprint(lines, filled[1:])
    names = author.split()[-1], author
    at = next((k for k, i in enumerate(under) if any(same(lines[i], name) for name in names)), None)
    if at is None:
        return None
    # A one-word line of up to three letters over the name is its "by".
    above = under[: at - 1] if at and len(lines[under[at - 1]].strip()) <= BY_LETTERS and " " not in lines[under[at - 1]].strip() else under[:at]
    dek = [display_case(" ".join(lines[i].split())) for i in above]
    meta = [MetaField("Author", author, under[at] + 1)]
    return page_head(path, lines, filled[:1], under, dek, meta, under[at + 1 :])


# "DE", "BY", "PAR", "VON", "POR": the word that says "by" on a title page.
BY_LETTERS = 3
# ... on a line of its own ("DOOR", "PAR", "VON").
BY_WORD = re.compile(r"^\s*(?:by|door|von|par|por|de|di|da|af|av|fra|przez|од|от|από)\.?\s*$", re.IGNORECASE)


def page_head(
    path: str, lines: tuple[str, ...], top: list[int], under: list[int], dek: list[str], meta: list[MetaField], rest: list[int]
) -> GivenHead:
    """The title page's head: `top` ends with the title; of the imprint
    lines `rest`, the dates and the publisher's line are metadata, the
    others are removed and logged."""
    dated = [i for i in rest if printed_date(lines[i])]
    meta = meta + [MetaField("Date", printed_date(lines[i]) or "", i + 1) for i in dated]
    rest = [i for i in rest if i not in dated]
    # The publisher's line when one says so, else the imprint's first line;
    # with the lines it runs on into ("Königsberg," / "bey Friedrich Nicolovius.").
    shown = next((i for i in rest if PUBLISHER.search(lines[i])), rest[0] if rest else None)
    joined = [shown] if shown is not None else []
    while joined and lines[joined[-1]].rstrip().endswith(",") and joined[-1] + 1 in rest:
        joined.append(joined[-1] + 1)
    if joined:
        text = " ".join(" ".join(lines[i].split()) for i in joined)
        meta.append(MetaField(title_page_label(text), display_case(text), joined[0] + 1))
    removed = [Removed(i + 1, i + 1, "title page imprint", lines[i].strip()) for i in rest if i not in joined]  # logged by the reader
    page = {*top, *under}
    log.info("%s:%d-%d: title page, the title on line %d as the file names it", path, top[0] + 1, max(page) + 1, top[-1] + 1)
    blanked = tuple("" if i in page else line for i, line in enumerate(lines))
    title = display_case(" ".join(lines[top[-1]].split()))
    return GivenHead(title, top[-1] + 1, " ".join(dek) or None, tuple(meta), blanked, tuple(removed))


def printed_date(line: str) -> str | None:
    """A date as a title page prints it, with a full stop ("1795."), or in
    Roman numerals ("M DCCC XLIX." is 1849)."""
    text = line.strip().removesuffix(".")
    return date_value(text) or roman_year(text)


def imprint(lines: tuple[str, ...], filled: list[int]) -> list[int]:
    """The short lines under the title, each set apart by blank lines, down
    to the first line of prose (or of verse, whose lines run on), or to the
    first section's heading ("I.", "Chapter 1")."""
    found: list[int] = []
    for i in filled[:MAX_PAGE_LINES]:
        runs_on = i + 1 < len(lines) and bool(lines[i + 1].strip()) or bool(found) and found[-1] == i - 1
        if len(lines[i].split()) > MAX_PAGE_WORDS or runs_on and not in_dated_block(lines, i) or opens_a_section(lines[i]):
            break
        found.append(i)
    return found if len(found) < len(filled) else []  # prose must follow


def in_dated_block(lines: tuple[str, ...], i: int) -> bool:
    """Line `i` is in a block of a few short lines that ends with a year:
    an imprint set without blank lines ("Königsberg," / "bey Friedrich
    Nicolovius." / "1795.")."""
    first = next(k for k in range(i, -1, -1) if k == 0 or not lines[k - 1].strip())
    last = next(k for k in range(i, len(lines)) if k + 1 == len(lines) or not lines[k + 1].strip())
    block = lines[first : last + 1]
    return len(block) <= MAX_IMPRINT_BLOCK and all(len(t.split()) <= MAX_PAGE_WORDS for t in block) and bool(printed_date(block[-1]))


def subtitle_lines(lines: tuple[str, ...], under: list[int]) -> list[int]:
    """The lines right under the title that come before the imprint: a
    title page reads title, subtitle ("DISCORSO"), then place and publisher
    ("MILANO / CASA EDITRICE BALDINI…"). Without a publisher's line the
    imprint cannot be told from a subtitle, and none is taken."""
    publisher = next((k for k, i in enumerate(under) if PUBLISHER.search(lines[i])), None)
    if not publisher:
        return []
    place = len(lines[under[publisher - 1]].split()) == 1 and not any(c.isdigit() for c in lines[under[publisher - 1]])
    return under[: publisher - 1 if place else publisher]


def opens_a_section(line: str) -> bool:
    """"I.", "I. Authenticité du document.", "Chapter 1": a section's
    heading. "2. Auflage" and "A. Colin" are title-page lines."""
    found = NUMBERED.match(line.strip())
    return bool((found and (not found["title"] or found["roman"])) or DIVISION.match(line.strip()))


def same(line: str, title: str) -> bool:
    """The same words, a closing full stop and accents aside ("ARIEL." names
    "Ariel"; capitals are often printed without their accents: "FRANCAISE")."""
    return same_words(without_accents(line).rstrip("."), without_accents(title).rstrip("."))


def without_accents(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", " ".join(text.split())) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


# A title page's lines under the author: short ones, a few of them.
MAX_TITLE_PAGE_WORDS = 8
MAX_TITLE_PAGE_CHARS = 60  # Chinese runs its words together: a paragraph is one "word"
MAX_TITLE_PAGE_LINES = 6


def title_page_lines(blocks: Sequence[RawBlock], meta: Sequence[MetaField]) -> tuple[list[MetaField], int]:
    """Edition, place and publisher lines of a book under its author, down
    to its year or to its imprint set in one block ("The Walter Scott
    Publishing Co." / "London and Felling-on-Tyne", or "BOSTON & CAMBRIDGE:" /
    "JAMES MUNROE AND COMPANY" / "M DCCC XLIX."): the fields with them, and
    how many blocks they take; nothing without that end."""
    run: list[Line] = []
    for offset, block in enumerate([*blocks[:MAX_TITLE_PAGE_LINES], None]):
        if block is None or any(len(t.split()) > MAX_TITLE_PAGE_WORDS or len(t.strip()) > MAX_TITLE_PAGE_CHARS for _, t in block.lines):
            return list(meta), 0
        if len(block.lines) == 1 and date_value(block.lines[0][1]):
            break
        if len(block.lines) > 1 and not is_imprint(block):
            return list(meta), 0
        run += block.lines
        if len(block.lines) > 1:  # the imprint block closes the title page
            offset += 1
            break
    fields = list(meta)
    for number, text in run:
        if year := printed_date(text):
            fields.append(MetaField("Date", year, number))
        else:
            add_title_page_line(fields, number, " ".join(text.split()))
    return fields, offset


def is_imprint(block: RawBlock) -> bool:
    """A block of short lines naming a publisher, or ending in the year."""
    return any(PUBLISHER.search(t) for _, t in block.lines) or bool(printed_date(block.lines[-1][1]))


def add_title_page_line(fields: list[MetaField], number: int, text: str) -> None:
    """An edition or publisher line; one right under a line of its kind goes on it."""
    label = title_page_label(text)
    shown = display_case(text)
    if fields and fields[-1].label == label and fields[-1].line >= number - 4:
        last = fields.pop()
        shown = f"{last.value}{' ' if last.value.endswith((':', ',', ';')) else ', '}{shown}"
        number = last.line
    fields.append(MetaField(label, shown, number))
