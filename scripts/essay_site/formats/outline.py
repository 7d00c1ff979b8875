"""Blocks of a plain-text body → headings with levels, and prose between.

The essay's own style decides what a heading is:
- every heading-shaped line (see headings.py) is a candidate with a style;
- an essay that numbers its headings (`I.`, `CHAPTER I.`, `1.`, `A.`) has
  no unnumbered ones: a short line among its prose is prose. An unnumbered
  essay's lone all-capitals line among title lines (or the reverse) is too;
- a bare number ("CHAPTER I.") takes the title line under it, or one
  above it (numbering.py);
- a heading is followed by prose, or by a heading of a deeper style; a run
  of same-style lines with nothing between them is a list or verse;
- a line that continues a sentence ("He understood that", then lower case)
  is prose;
- levels follow the styles: an outer style (Roman) that appears before an
  inner one (arabic, then letters) holds it as subsections.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Block, Line, RawBlock
from .dateline import dateline
from .titlelines import bare_name
from ..text import ends_sentence
from .contents import CONTENTS_LABEL, contents_entries, with_contents_labels_joined
from .numbering import letters_in_sequence, merge_numbers_with_titles
from .headings import DIVISION, NUMBERED, RULED_STYLES, STYLE_RANK, Shape, all_capitals, numbered_essay, shape_of
from .lines import LIST_ITEM
from .wraps import looks_wrapped

log = logging.getLogger("essay_site")

# "Jane Q. Doe", "Carson Gross": two to four capitalised names.
# A Chinese or Japanese name is two to five ideographs ("寺田寅彦").
PERSON_NAME = re.compile(r"^(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}$|^[\u4e00-\u9fff]{2,5}$")
# A quotation's credit is set this far to the right, past any centred heading's margin.
CREDIT_INDENT = 16
# English words a heading never ends on but a broken sentence does.
DANGLING = frozenset("a an and as at but by for from if in into of on or than that the to which who with".split())


@dataclasses.dataclass(frozen=True)
class Unit:
    """A heading candidate (`shape` set) or lines of prose."""

    line: int
    lines: tuple[Line, ...]
    shape: Shape | None = None
    level: int = 0  # set on accepted headings

    @property
    def heading(self) -> str | None:
        return self.shape.text() if self.shape else None

    def as_prose(self) -> Unit:
        return dataclasses.replace(self, shape=None)


def candidates(path: str, blocks: tuple[RawBlock, ...]) -> list[Unit]:
    found: list[Unit] = []
    for block in with_contents_labels_joined(blocks):
        found.extend(block_units(path, block))
    return letters_in_sequence(merge_numbers_with_titles(found))


def block_units(path: str, block: RawBlock) -> list[Unit]:
    lines = block.lines
    if block.rule:  # underlined by the author (underlines.py)
        return [Unit(block.first, lines, Shape(f"ruled{block.rule}", None, " ".join(lines[0][1].split())))]
    texts = [text for _, text in lines]
    if CONTENTS_LABEL.match(texts[0].strip()) and len(texts) > 1 and contents_entries(texts[1:]):
        log.info("%s:%d-%d: read as a table of contents", path, block.first, block.last)
        return []
    if len(lines) > 1 and continued_heading(texts):
        shape = shape_of(" ".join(texts), lines=len(texts))
        if shape:
            return [Unit(block.first, lines, shape)]
    shapes = [shape_of(t) for t in texts]
    if all(shapes) and (len(texts) == 1 or not (looks_wrapped(texts) or any(LIST_ITEM.match(t) for t in texts))):
        return [Unit(n, ((n, t),), s) for (n, t), s in zip(lines, shapes)]
    if shapes[0] and over_wrapped_text(texts):
        return [Unit(block.first, lines[:1], shapes[0]), *numbers_apart(lines[1:], shapes[1:])]
    return numbers_apart(lines, shapes)


def numbers_apart(lines: tuple[Line, ...], shapes: list[Shape | None]) -> list[Unit]:
    """A paragraph per line and no blank lines: a line that is only a
    number ("II", "3.", "Chapter IV") numbers what follows; it is no prose."""
    if looks_wrapped([text for _, text in lines]):
        return [Unit(lines[0][0], lines)]
    units: list[Unit] = []
    for (number, text), shape in zip(lines, shapes):
        if shape and shape.label and not shape.title:
            units.append(Unit(number, ((number, text),), shape))
        elif units and units[-1].shape is None:
            units[-1] = dataclasses.replace(units[-1], lines=units[-1].lines + ((number, text),))
        else:
            units.append(Unit(number, ((number, text),)))
    return units


def continued_heading(texts: list[str]) -> bool:
    """A heading over two or three lines: capitals carried on, or a line
    that stops on a word no heading ends with."""
    if len(texts) > 3:
        return False
    for before, after in zip(texts, texts[1:]):
        if NUMBERED.match(after.strip()) or DIVISION.match(after.strip()):
            return False
        last_word = before.split()[-1].casefold() if before.split() else ""
        if not ((all_capitals(before) and all_capitals(after)) or last_word in DANGLING):
            return False
    return True


def over_wrapped_text(texts: list[str]) -> bool:
    """A heading line with hard-wrapped prose right under it, no blank
    between. Not a line the wrapping itself ended early: the next line's
    first word would not have fitted on it."""
    if len(texts) < 3:
        return False
    widest = max(len(t) for t in texts[1:])
    first, next_word = texts[0].rstrip(), (texts[1].split() or [""])[0]
    return widest >= 60 and len(first.strip()) < 0.6 * widest and len(first) + 1 + len(next_word) <= widest


def select_headings(units: list[Unit]) -> list[Unit]:
    """Candidates that are headings keep their shape, with a level; the
    others become prose."""
    units = numbered_lists_as_prose(units)
    counts = used_styles(units)
    # Before a numbered essay's first number, its front matter's own heading
    # ("INTRODUCTION.") heads a section: it fits no style the numbers set.
    front = next((i for i, u in enumerate(units) if u.shape and u.shape.numbered), 0) if numbered_essay(counts) else 0
    units = [u if u.shape is None or fits_styles(u.shape, counts) or i < front and u.shape.style == "caps" else u.as_prose() for i, u in enumerate(units)]
    units = [u.as_prose() if u.shape and any(rule(units, i) for rule in NOT_HEADINGS) else u for i, u in enumerate(units)]
    units = runs_resolved(units)
    headings = [u for u in units if u.shape]
    if len(headings) == 1 and lone_line_is_prose(headings[0], first=units[0] is headings[0]):
        units = [u.as_prose() for u in units]
    return with_levels(sentences_rejoined(units))


def sentences_rejoined(units: list[Unit]) -> list[Unit]:
    """A paragraph a conversion broke in two ("… and then" / "He understood
    that" / "the house was gone.") is one paragraph again, and so are the
    lines of one block that were candidates and turned out prose (verse)."""
    joined: list[Unit] = []
    for unit in units:
        last = joined[-1] if joined else None
        prose = last is not None and last.shape is None and unit.shape is None
        same_block = prose and unit.line == last.lines[-1][0] + 1
        if prose and (same_block or broken_between(last.lines[-1][1], unit.lines[0][1])):
            joined[-1] = dataclasses.replace(last, lines=last.lines + unit.lines)
        else:
            joined.append(unit)
    return joined


def broken_between(before: str, after: str) -> bool:
    if before[:1].isspace() or after[:1].isspace() or LIST_ITEM.match(after) or ends_sentence(before):
        return False
    first = next((c for c in after if c.isalpha()), "")
    last_word = before.split()[-1].casefold() if before.split() else ""
    return first.islower() or last_word in DANGLING


def lone_line_is_prose(unit: Unit, first: bool) -> bool:
    """The one heading-like line of an essay: a name under the title is a
    byline; a question among the paragraphs asks the reader, it titles
    nothing ("I wondered: where would Go be after a decade?")."""
    title = unit.shape.title.strip() if unit.shape else ""
    return bool(first and PERSON_NAME.match(title)) or (not unit.shape.numbered and title.endswith(("?", "？")))


def numbered_lists_as_prose(units: list[Unit]) -> list[Unit]:
    """"1. …", "2. …" one after another with no prose between are a list."""
    listed = set()
    for i, (a, b) in enumerate(zip(units, units[1:])):
        if a.shape and b.shape and a.shape.numbered and a.shape.style == b.shape.style:
            listed |= {i, i + 1}
    return [u.as_prose() if i in listed else u for i, u in enumerate(units)]


def used_styles(units: list[Unit]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for unit in units:
        if unit.shape:
            counts[unit.shape.style] = counts.get(unit.shape.style, 0) + 1
    return counts


def fits_styles(shape: Shape, counts: dict[str, int]) -> bool:
    """Numbered essays take only numbered headings; unnumbered essays take
    neither a lone numbered line (but a titled chapter's) nor a style used once beside another. An
    essay that underlines its headings takes only those."""
    if any(style in RULED_STYLES for style in counts):
        return shape.style in RULED_STYLES
    if numbered_essay(counts):
        return shape.numbered
    if shape.numbered:  # a lone "1." is prose; a lone "SECTION I." over its title heads one
        return shape.style in ("part", "chapter") and bool(shape.title)
    other = "plain" if shape.style == "caps" else "caps"
    return not (counts.get(shape.style, 0) == 1 and counts.get(other, 0) >= 2)


def continues_sentence(units: list[Unit], i: int) -> bool:
    """An unnumbered line that a hard wrap or a conversion broke out of a
    sentence: the prose after it starts in lower case, or it ends on a word
    like "that"."""
    shape = units[i].shape
    if shape is None or shape.numbered or shape.style in RULED_STYLES:
        return False  # the author underlined it: a heading whatever follows ("iOS apps go…")
    following = units[i + 1] if i + 1 < len(units) else None
    if following is not None and following.shape is None:
        first = next((c for c in following.lines[0][1] if c.isalpha()), "")
        if first.islower():
            return True
    words = shape.title.split()
    return shape.style == "plain" and len(words) > 1 and words[-1].casefold() in DANGLING


def titles_a_poem(units: list[Unit], i: int) -> bool:
    """An indented (centred) line over an indented block of short lines is
    the title of a poem quoted in the prose."""
    following = units[i + 1] if i + 1 < len(units) else None
    if following is None or following.shape is not None or len(following.lines) < 2:
        return False
    indented = all(text[:1].isspace() for _, text in (*units[i].lines, *following.lines))
    return indented and max(len(text.strip()) for _, text in following.lines) <= 60


def signs_off(units: list[Unit], i: int) -> bool:
    """A name over a place and date ("W. L. COURTNEY." / "LONDON, July 5th,
    1901."): the signature closing a preface, not a heading."""
    following = units[i + 1] if i + 1 < len(units) else None
    shape = units[i].shape
    # "W. L. COURTNEY." reads as a heading lettered "W.": a name's initial, here.
    if shape is None or shape.numbered and shape.style != "letter" or following is None or following.shape is not None:
        return False
    text = " ".join(t for _, t in following.lines).replace("_", "")  # "LONDON, _July 5th, 1901_."
    return bool(bare_name(units[i].lines[0][1].strip().rstrip("."))) and dateline(Block("paragraph", (text,), following.line)) is not None


def credits_a_quotation(units: list[Unit], i: int) -> bool:
    """A name set far right under a quotation that is indented or ends on a dash ("STERNE.") is its author."""
    before, line = units[i - 1] if i else None, units[i].lines[0][1]
    if before is None or before.shape is not None or units[i].shape.numbered or len(line) - len(line.lstrip()) < CREDIT_INDENT:
        return False
    return len(line.split()) <= 3 and (before.lines[-1][1].rstrip().endswith(("--", "—", "–")) or all(t[:1].isspace() for _, t in before.lines))


def runs_resolved(units: list[Unit]) -> list[Unit]:
    """In a run of candidates with no prose between, the last heads the
    prose after it; an earlier one stays a heading only when its style is
    outside the styles of the headings after it ("III." over "1." over
    "A."). A run at the very end heads nothing."""
    resolved = list(units)
    i = 0
    while i < len(resolved):
        if resolved[i].shape is None:
            i += 1
            continue
        end = i
        while end < len(resolved) and resolved[end].shape is not None:
            end += 1
        if end == len(resolved):
            resolved[i:end] = [u.as_prose() for u in resolved[i:end]]
            break
        inner: set[str] = set()
        for j in range(end - 1, i - 1, -1):
            style = resolved[j].shape.style
            if inner and (style in inner or STYLE_RANK.index(style) > min(STYLE_RANK.index(s) for s in inner)):
                resolved[j] = resolved[j].as_prose()
            else:
                inner.add(style)
        i = end
    return resolved


def with_levels(units: list[Unit]) -> list[Unit]:
    """Level 1 for the outermost style in use; a style is one level deeper
    for each outer style that appeared before it."""
    first_seen: dict[str, int] = {}
    for i, unit in enumerate(units):
        if unit.shape and unit.shape.style not in first_seen:
            first_seen[unit.shape.style] = i
    rank = STYLE_RANK.index
    levels = {
        style: 1 + sum(1 for other, at in first_seen.items() if rank(other) < rank(style) and at < seen)
        for style, seen in first_seen.items()
    }
    return [dataclasses.replace(u, level=levels[u.shape.style]) if u.shape else u for u in units]


# Heading-shaped lines that are prose where they stand.
NOT_HEADINGS = (continues_sentence, titles_a_poem, signs_off, credits_a_quotation)
