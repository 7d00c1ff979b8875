"""jusText's line classes for text copied from a web page.

jusText (Pomikálek, "Removing Boilerplate and Duplicate Content from Web
Corpora", 2011) classes each paragraph by length and stop-word density:
prose is long and dense in function words ("the", "of", "that"); menus,
buttons, tags and names are short and have none. We apply its published
defaults to the lines of copied text, with its stop-word list for the page's
language. Scripts written without spaces (Chinese, Japanese) have no words
to count: there a line is prose when it is long and ends a sentence.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from ..language import language_of
from ..text import ends_sentence
from .lines import heading_like
from .plain import looks_wrapped
from .dates import date_value
from .titlelines import byline_name, date_first, name_line

# jusText's defaults.
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
# Without word spaces, characters carry about three times a word's meaning.
CJK_PROSE_CHARS = 25
# Inside the essay, this many non-prose lines in a row may stand between two
# prose lines (a heading, a caption); more ends the essay.
MAX_GAP = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif)\s*$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Unit:
    """One non-blank line of the page and its class."""

    line: int  # 1-based number of its first line
    last: int  # and of its last: hard-wrapped lines of one paragraph are one unit
    text: str
    kind: str  # good (prose), neargood, short or bad
    words: int
    meta: bool  # a byline ("By …") or a date
    name: bool  # a name, which is a byline when a date stands beside it
    headline: bool  # could be the essay's title


def classify(lines: tuple[str, ...]) -> list[Unit]:
    text = "\n".join(lines)
    stopwords = stoplist(language_of(text[:20_000])[0])
    units: list[Unit] = []
    for first, last, line in pieces(lines):
        words = _WORD.findall(line)
        meta = bool(date_value(line) or byline_name(date_first(line)))
        headline = heading_like(line) and len(words) >= 2 and not IMAGE_FILE.search(line) and not meta
        kind = line_class(line, words, stopwords)
        units.append(Unit(first, last, line, kind, len(words), meta, bool(name_line(line)), headline))
    return units


def pieces(lines: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(first line, last line, text): a hard-wrapped paragraph is one piece,
    any other line a piece of its own (a page copy has one line a paragraph)."""
    found: list[tuple[int, int, str]] = []
    block: list[tuple[int, str]] = []
    for number, raw in enumerate((*lines, ""), 1):
        if raw.strip():
            block.append((number, " ".join(raw.split())))
            continue
        if len(block) > 1 and looks_wrapped([t for _, t in block]):
            found.append((block[0][0], block[-1][0], " ".join(t for _, t in block)))
        else:
            found += [(n, n, t) for n, t in block]
        block = []
    return found


def line_class(line: str, words: list[str], stopwords: frozenset[str]) -> str:
    if IMAGE_FILE.search(line):
        return "bad"
    if len(_SPACELESS.findall(line)) * 2 > len(line):
        return "good" if len(line) >= CJK_PROSE_CHARS and ends_sentence(line) else "short"
    if len(line) < LENGTH_LOW:
        return "short"
    density = sum(w.lower() in stopwords for w in words) / max(1, len(words))
    if not stopwords:  # a language jusText has no list for: length alone
        return "good" if len(line) > LENGTH_HIGH or ends_sentence(line) else "neargood"
    if density >= STOPWORDS_HIGH:
        return "good" if len(line) > LENGTH_HIGH or ends_sentence(line) else "neargood"
    return "neargood" if density >= STOPWORDS_LOW else "bad"


def essay_run(units: list[Unit]) -> tuple[int, int] | None:
    """(first, last) unit index of the run of prose with the most text."""
    runs: list[tuple[int, int]] = []
    start = last = None
    wall = -1  # the last copyright notice: a footer's, so no run bridges it
    for i, unit in enumerate(units):
        if is_copyright(unit):
            wall = i
        if unit.kind not in ("good", "neargood"):
            continue
        if last is not None and i - last - 1 <= MAX_GAP and last > wall:
            last = i
            continue
        if start is not None and last is not None:
            runs.append((start, last))
        start = last = i
    if start is not None and last is not None:
        runs.append((start, last))
    good = [r for r in runs if any(units[i].kind == "good" for i in range(r[0], r[1] + 1))]
    if not good:
        return None
    return max(good, key=lambda r: sum(len(units[i].text) for i in range(r[0], r[1] + 1) if units[i].kind == "good"))


# A copyright notice, in any language: the sign, or "(c) 2020".
COPYRIGHT = re.compile(r"©|\([cC]\)\s*\d{4}")


def is_copyright(unit: Unit) -> bool:
    return unit.kind != "good" and bool(COPYRIGHT.search(unit.text))


def good_chars(units: list[Unit], first: int, last: int) -> int:
    return sum(len(u.text) for u in units[first : last + 1] if u.kind == "good")


def extend(units: list[Unit], run: tuple[int, int], floor: int) -> tuple[int, int]:
    """Take in the short sentences at either end of the run ("Happy
    birthday, Go!"), down to `floor`; a caption under an image file is not
    one of them."""
    start, end = run
    while start - 1 > floor and _short_sentence(units[start - 1]) and not IMAGE_FILE.search(units[start - 2].text if start >= 2 else ""):
        start -= 1
    for _ in range(MAX_GAP):
        if end + 1 < len(units) and _short_sentence(units[end + 1]):
            end += 1
    return start, end


def _short_sentence(unit: Unit) -> bool:
    return unit.kind == "short" and not unit.meta and ends_sentence(unit.text) and not unit.text.endswith((":", ","))


@functools.lru_cache(maxsize=8)
def stoplist(code: str) -> frozenset[str]:
    """jusText's stop words for an ISO 639-1 code; empty when it has none."""
    import justext
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).english_name or ""
    except (ValueError, UnknownLocaleError):
        return frozenset()
    candidates = {name.replace(" ", "_"), name.split(" ")[0]}
    available = justext.get_stoplists()
    found = next((c for c in sorted(candidates) if c in available), None)
    return frozenset(justext.get_stoplist(found)) if found else frozenset()
