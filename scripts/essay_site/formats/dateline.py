"""The closing dateline: where and when the author signed the essay off.

Letters, articles and essays of the nineteenth century end on a line such
as "Königsberg in Preußen, den 30. Septemb. 1784." or "Париж, Hôtel
Mirabeau, 3 апреля 1850 г.", sometimes followed by the signature. That line
dates the essay: it becomes the Date field (unless the title block already
gave one) and leaves the prose. The shape, not a list of month names, says
what it is: a short last line, places before commas, then a day, a month
word and a year; a date alone; a place in a script without case, then a
date in its own digits; or, in Hebrew, a short line ending on a year written
in letters.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import Block, Essay, MetaField, Section
from .dates import date_value

_DAY_MONTH_YEAR = r"\d{1,2}(?:st|nd|rd|th)?\.?\s+[^\W\d_]{3,12}\.?\s+\d{4}"  # 30. Septemb. 1784, 3 апреля 1850
_MONTH_DAY_YEAR = r"[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"  # April 3, 1850; December 14th, 1908
DATELINE = re.compile(
    r"^(?P<places>(?:[^\d,]{2,60},\s*)+)"  # one or more places, each closed by a comma
    r"(?:[^\W\d_]{1,4}\s+)?"  # "den", "le", "the"
    rf"(?P<date>(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|\d{{4}})(?:\s*[^\W\d_]{{1,2}}\.)?)"  # "… 1850 г."
    r"\s*\.?$"
)
MAX_WORDS = 12
MAX_DATE_WORDS = 4  # "December 14th, 1908", "١٥ فبراير ١٩٠٦"
MAX_PLACE_WORDS = 3  # "القاهرة في"
# A Hebrew-calendar date ends on a year in letters with gershayim ("תרמ"ט"):
# 'ר“ח אדר”ש תרמ"ט' is Rosh Chodesh Adar II 5649.
HEBREW_YEAR = re.compile(r"^[\u05d0-\u05ea]{1,4}[\"״”][\u05d0-\u05ea]$")
MAX_HEBREW_DATE_WORDS = 5
# A signature under the dateline: a name or initials on a line of its own.
SIGNATURE_WORDS = 4


def with_closing_dateline(essay: Essay) -> Essay:
    """The essay with its closing dateline taken into the Date field."""
    blocks = with_place_joined(last_blocks(essay))
    for index in (len(blocks) - 1, len(blocks) - 2):
        if index < 0 or index < len(blocks) - 1 and not signature(blocks[-1]):
            continue
        date = dateline(blocks[index])
        if date:
            kept = blocks[:index] + blocks[index + 1 :]
            meta = essay.meta
            if not any(field.label == "Date" for field in meta):
                meta = (*meta, MetaField("Date", date, blocks[index].line))
            return replace_last_blocks(dataclasses.replace(essay, meta=meta), kept)
    return essay


def with_place_joined(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A place and a date set as two lines ("YASNAYA POLYANA." / "December
    14th, 1908."), read as one dateline."""
    if len(blocks) < 2 or not all(signature(block) for block in blocks[-2:]):
        return blocks
    place, date = blocks[-2].text.strip().rstrip("."), blocks[-1].text.strip()
    joined = f"{place}, {date}"
    if not named_places(place) or dateline(dataclasses.replace(blocks[-1], items=(joined,))) is None:
        return blocks
    return (*blocks[:-2], dataclasses.replace(blocks[-2], items=(joined,), marks=()))


def dateline(block: Block) -> str | None:
    text = " ".join(block.text.split())
    if block.kind != "paragraph" or len(text.split()) > MAX_WORDS:
        return None
    words = text.rstrip(".").split()
    if not words:  # "..": only the stops
        return None
    if len(words) <= MAX_HEBREW_DATE_WORDS and HEBREW_YEAR.match(words[-1]):
        return " ".join(words)
    found = DATELINE.match(text)
    if found and named_places(found.group("places")):
        return found.group("date")
    return place_and_date(words)


def place_and_date(words: list[str]) -> str | None:
    """A date alone ("一九二五年十二月二十九日", "December 14th, 1908"), or
    after a place in a script without case ("लखनऊ, २६ जनवरी १९३६", "القاهرة
    في ١٥ فبراير ١٩٠٦"): its last words are a date, in any script's digits."""
    for size in range(min(len(words), MAX_DATE_WORDS), 0, -1):
        date, place = " ".join(words[-size:]), " ".join(words[:-size]).rstrip(",،")
        if not date_value(date):
            continue
        uncased = not any(c.isupper() or c.islower() for c in place)
        if not place or uncased and len(place.split()) <= MAX_PLACE_WORDS:
            return date
    return None


def named_places(text: str) -> bool:
    """Places are names: each word capitalised but short joining words
    ("Königsberg in Preußen"), unlike a sentence ("We met again, years later,")."""
    return all(word[:1].isupper() or len(word) <= 3 for word in text.replace(",", " ").split())


def signature(block: Block) -> bool:
    text = block.text.strip()
    return block.kind == "paragraph" and len(text.split()) <= SIGNATURE_WORDS and not text.endswith(("?", "!", ":"))


def last_blocks(essay: Essay) -> tuple[Block, ...]:
    if not essay.sections:
        return essay.intro
    last = essay.sections[-1]
    return () if last.subsections else last.blocks


def replace_last_blocks(essay: Essay, blocks: tuple[Block, ...]) -> Essay:
    if not essay.sections:
        return dataclasses.replace(essay, intro=blocks)
    last: Section = dataclasses.replace(essay.sections[-1], blocks=blocks)
    return dataclasses.replace(essay, sections=essay.sections[:-1] + (last,))
