"""Aozora Bunko files (青空文庫), Japan's public-domain library, in its
documented text layout:

- the title on the first line, the author on the last line of the opening
  block (a subtitle or translator may sit between);
- a notation legend between two rules of hyphens
  (【テキスト中に現れる記号について】): clutter;
- ruby readings 《…》 after a word, with ｜ marking where the word starts,
  and input notes ［＃…］: reading aids and typesetting orders, not text;
- the colophon from 底本： (the source edition) to the end: clutter.

The clutter is removed and logged with its line ranges; the rest keeps its
line numbers and goes to the plain-text reader.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Essay, EssayError, MetaField, Removed, SourceText
from .plain import parse as parse_plain

log = logging.getLogger("essay_site")

RULE = re.compile(r"^-{20,}\s*$")
LEGEND = "【テキスト中に現れる記号について】"
COLOPHON = re.compile(r"^底本[：:]")
RUBY = re.compile(r"《[^《》]*》")
RUBY_START = "｜"
INPUT_NOTE = re.compile(r"［＃[^［］]*］")
# A character outside JIS X 0208 is set as ※ with a note naming it by its
# JIS X 0213 plane, row and cell ("※［＃「虫＋廷」、第4水準2-87-52］" is 蜓)
# or, in newer files, by its code point ("※［＃「木＋夬」、U+6877、112-6］").
GAIJI = re.compile(r"※［＃[^［］]*?(?:U\+(?P<code>[0-9A-Fa-f]{4,5})|第[34]水準(?P<plane>[12])-(?P<row>\d{1,2})-(?P<cell>\d{1,2}))[^［］]*］")
# The closing dateline, set flush right: "［＃地から３字上げ］（昭和八年十月、鉄塔）"
# gives when the essay was written or first printed, and where.
DATELINE = re.compile(r"^\s*［＃(?:地から[０-９\d]+字上げ|地付き)］\s*[（(](?P<date>[^、,，）)]*[年月][^、,，）)]*)(?:[、,，](?P<where>[^）)]+))?[）)]\s*$")
# The colophon's note of where the essay first appeared, and a date in it:
# a Western year, the era's year in brackets, maybe month and day.
FIRST_PRINTED = re.compile(r"^\s*初出[：:]")
COLOPHON_DATE = re.compile(r"(?P<year>1[0-9]\d\d|20\d\d)[（(][^）)]*[）)]年(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?)?")
# The opening block holds at most a title, a subtitle, an author and a translator.
MAX_HEADER_LINES = 4


def is_aozora(lines: tuple[str, ...]) -> bool:
    return any(line.strip() == LEGEND for line in lines[:40]) or (
        any(COLOPHON.match(line) for line in lines) and any("青空文庫" in line for line in lines[-30:])
    )


def parse(source: SourceText) -> Essay:
    lines = source.lines
    clutter = _clutter(lines)
    for span in clutter:
        log.info("%s:%d-%d: removed %s: %r", source.path, span.first_line, span.last_line, span.rule, span.preview)
    dropped = {n for span in clutter for n in range(span.first_line, span.last_line + 1)}
    kept = [("" if n in dropped else _reading_text(text)) for n, text in enumerate(lines, 1)]
    author = _author(kept)
    if author:
        kept[author.line - 1] = ""
    dateline = _dateline(lines)
    for field in dateline:
        kept[field.line - 1] = ""
    dateline = dateline or _first_printed(lines)
    if not any(text.strip() for text in kept):
        raise EssayError(source.path, "holds only Aozora Bunko notes, no essay")
    essay = parse_plain(dataclasses.replace(source, lines=tuple(kept)))
    meta = ((author,) if author else ()) + dateline + essay.meta
    removed = tuple(sorted(clutter + essay.removed, key=lambda r: r.first_line))
    return dataclasses.replace(essay, meta=meta, removed=removed)


def _reading_text(line: str) -> str:
    """The line as read: without ruby readings, ruby start marks and input
    notes, a note inside a note too ("［＃「蜿蜒」は底本では「蜿※［＃…］」］");
    each ※ that a note names is its character."""
    line = GAIJI.sub(_gaiji, RUBY.sub("", line)).replace(RUBY_START, "")
    while INPUT_NOTE.search(line):
        line = INPUT_NOTE.sub("", line)
    return line


def _gaiji(note: re.Match[str]) -> str:
    if note.group("code"):
        code = int(note.group("code"), 16)
        return "※" if 0xD800 <= code <= 0xDFFF else chr(code)  # a surrogate is no character
    plane, row, cell = (int(note.group(name)) for name in ("plane", "row", "cell"))
    if not (1 <= row <= 94 and 1 <= cell <= 94):
        return "※"
    # EUC-JIS-2004 sets plane 1 as two bytes, plane 2 after the 0x8F shift.
    encoded = bytes([0x8F] * (plane == 2) + [row + 0xA0, cell + 0xA0])
    try:
        return encoded.decode("euc_jis_2004")
    except UnicodeDecodeError:  # a cell the standard leaves empty
        return "※"


def _dateline(lines: tuple[str, ...]) -> tuple[MetaField, ...]:
    """The last flush-right dateline: its date, and where the essay appeared."""
    for number in range(len(lines), 0, -1):
        found = DATELINE.match(lines[number - 1])
        if found:
            where = (found.group("where") or "").strip()
            date = MetaField("Date", found.group("date").strip(), number)
            return (date, MetaField("Note", where, number)) if where else (date,)
    return ()


def _first_printed(lines: tuple[str, ...]) -> tuple[MetaField, ...]:
    """The colophon's "初出：" (where the essay first appeared) and the date
    on it or under it: "1946（昭和21）年4月1日発行" is 1946-04-01."""
    start = next((i for i, line in enumerate(lines) if FIRST_PRINTED.match(line)), None)
    if start is None:
        return ()
    for number in range(start, min(start + 3, len(lines))):
        found = COLOPHON_DATE.search(lines[number])
        if found:
            year, month, day = found.group("year"), found.group("month"), found.group("day")
            # A whole day in ISO form, which the site shows as the language writes it; else as Japanese writes it.
            date = f"{year}-{int(month):02d}-{int(day):02d}" if month and day else f"{year}年{int(month)}月" if month else year
            return (MetaField("Date", date, number + 1),)
    return ()


def _author(lines: list[str]) -> MetaField | None:
    """The last line of the opening block, when the block has two or more lines."""
    first = next((i for i, t in enumerate(lines) if t.strip()), None)
    if first is None:
        return None
    end = first
    while end + 1 < len(lines) and lines[end + 1].strip() and end - first < MAX_HEADER_LINES:
        end += 1
    if end == first or RULE.match(lines[end]):
        return None
    return MetaField("Author", lines[end].strip(), end + 1)


def _clutter(lines: tuple[str, ...]) -> tuple[Removed, ...]:
    spans: list[Removed] = []
    rules = [i for i, line in enumerate(lines[:60]) if RULE.match(line)]
    if len(rules) >= 2 and any(LEGEND in line for line in lines[rules[0] : rules[1]]):
        spans.append(_span(lines, rules[0], rules[1], "Aozora Bunko notation legend"))
    colophon = next((i for i, line in enumerate(lines) if COLOPHON.match(line)), None)
    if colophon is not None:
        spans.append(_span(lines, colophon, len(lines) - 1, "Aozora Bunko colophon"))
    return tuple(spans)


def _span(lines: tuple[str, ...], first: int, last: int, rule: str) -> Removed:
    while last > first and not lines[last].strip():
        last -= 1
    return Removed(first + 1, last + 1, rule, lines[first].strip()[:40] or lines[first + 1].strip()[:40])
