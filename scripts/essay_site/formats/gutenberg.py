"""Project Gutenberg files: the essay between the `*** START OF …` and
`*** END OF …` markers, without the header, the credits and the licence.
Some files (many older and non-English ones) carry no header at all, only
the closing "End of the Project Gutenberg EBook of TITLE, by AUTHOR" line;
a header from before 2000 ends with its licence, "*END*THE SMALL PRINT!".

Every Gutenberg file carries the same furniture: a header naming the ebook,
the START marker, often a "Produced by …" credit, then the work, then an
"End of the Project Gutenberg EBook …" line, the END marker and the licence.
Transcribers add notes in brackets before the work and after it ("[
Transcriber's note: … ]", a list of corrected misprints): those go too.
That furniture is removed and logged with its line ranges; the lines left
keep their numbers and go to the plain-text reader, so the title and author
come from the work's own title page, or, when it names none, from the end
line's "by AUTHOR" (gutenberg_work.py). The title and author the file names
(the header's "Title:", or the end line) also find the title on a title page
that sets the author or a series above it (titlepage.py).
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Essay, EssayError, Removed, Section, SourceText
from .dateline import with_closing_dateline
from .emphasis import GUTENBERG
from .parts import needs_parts, split_into_parts
from .gutenberg_work import named_work, spelled_as_named, with_author, with_header_author, without_title_credit
from .plain import parse as parse_plain
from .titlepage import same

log = logging.getLogger("essay_site")

# Before 2000 the header ended with the licence, "The Small Print!":
# "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*".
START = re.compile(r"^\s*(?:\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG|\*END\*\s*THE SMALL PRINT!)", re.IGNORECASE)
END = re.compile(r"^\s*\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG", re.IGNORECASE)
END_LINE = re.compile(r"^\s*End of (?:the |this )?Project Gutenberg", re.IGNORECASE)
# The volunteers' credit at either end of the work: "Produced by …",
# "Typed by …", "E-text prepared by …", "Transcribed from the 1893 edition by …".
# Project Gutenberg's plain text writes an em dash as two hyphens ("sala--como").
DASH = re.compile(r"(?<!-)--(?!-)")
# ... and a longer dash, for words left out or a speech broken off, as four
# after a word ("baak----nog"): two em dashes. A line of hyphens alone is a rule.
LONG_DASH = re.compile(r"(?<=[^\W\d_])----(?!-)")
CREDIT_GOES_ON = re.compile(r"^\s*Proofreading Team\b", re.IGNORECASE)
CREDIT = re.compile(
    r"^\s*(?:(?:e-?text|this (?:e-?text|e-?book|file)(?: was)?)\s+)?"
    r"(?:produced|typed|transcribed|prepared|scanned|digiti[sz]ed|proofread|converted)\b.{0,200}\bby\b",
    re.IGNORECASE,
)
# The credit sits in the first blocks after the START marker, before the title.
CREDIT_SEARCH_LINES = 12
# Without a header, the end line sits within the file's last lines.
END_LINE_SEARCH_LINES = 40
# A transcriber's bracketed note opens with "[" and a word, never a note
# marker ("[1]", "[A]") or a footnote ("[Footnote A: …]").
BRACKET_OPEN = re.compile(r"^\s*\[(?!\s*(?:\d+|[A-Za-z]|[ivxlc]+)\])(?!\s*(?:footnote|note)\b)", re.IGNORECASE)
BRACKET_LINES = 80
# An apparatus after the notes is short beside the essay: under a quarter of it.
APPARATUS_SHARE = 4


def gutenberg_evidence(lines: tuple[str, ...]) -> str | None:
    """Why the file is a Project Gutenberg file, or None."""
    if any(START.match(line) for line in lines):
        return "Project Gutenberg header's end marker"
    if _end_line(lines, len(lines), -1) is not None:
        return "'End of the Project Gutenberg EBook' line"
    return None


def parse(source: SourceText) -> Essay:
    bounds = Bounds.of(source.lines)
    known = named_work(source.lines, bounds)
    clutter = gutenberg_clutter(source.lines, bounds, known[0] if known else None)
    for span in clutter:
        log.info("%s:%d-%d: removed %s: %r", source.path, span.first_line, span.last_line, span.rule, span.preview)
    dropped = {n for span in clutter for n in range(span.first_line, span.last_line + 1)}
    kept = tuple("" if n in dropped else DASH.sub("—", LONG_DASH.sub("——", text)) for n, text in enumerate(source.lines, 1))
    if not any(text.strip() for text in kept):
        raise EssayError(source.path, "holds only Project Gutenberg boilerplate, no essay")
    essay = without_apparatus(source, parse_plain(dataclasses.replace(source, lines=kept), emphasis=GUTENBERG, known=known))
    essay = without_title_credit(spelled_as_named(essay, known, source.path), known)
    removed = tuple(sorted(clutter + essay.removed, key=lambda r: r.first_line))
    # Only a file without a header: a header's own "Author:" is the place to look otherwise.
    meta = with_author(essay.meta, source.lines, bounds.end_line if bounds.start < 0 else None)
    return dataclasses.replace(essay, removed=removed, format="gutenberg", meta=with_header_author(meta, source.lines, bounds))


@dataclasses.dataclass(frozen=True)
class Bounds:
    """0-based line indices: the START marker (-1 without a header), the END
    marker (or the file's end), and the "End of the Project Gutenberg EBook"
    line (None when missing)."""

    start: int
    end: int
    end_line: int | None

    @classmethod
    def of(cls, lines: tuple[str, ...]) -> Bounds:
        start = next((i for i, line in enumerate(lines) if START.match(line)), -1)
        end = next((i for i, line in enumerate(lines) if i > start and END.match(line)), len(lines))
        return cls(start, end, _end_line(lines, end, start))


def without_apparatus(source: SourceText, essay: Essay) -> Essay:
    """An edition prints its apparatus (the printings, variant readings)
    after the essay's endnotes, under a heading of its own ("Lesarten"); no
    marker of the essay points into it. The essay ends at its notes."""
    if not essay.notes or not essay.sections:
        return essay
    last_note = max(note.line for note in essay.notes)
    kept = tuple(s for s in essay.sections if s.line < last_note)
    dropped = essay.sections[len(kept) :]
    if not dropped or not endnotes_then_apparatus(essay, kept, dropped):
        return essay
    spans = tuple(_span(source.lines, s.line - 1, _section_end(source.lines, s), "edition's apparatus after the notes") for s in dropped)
    for span in spans:
        log.info("%s:%d-%d: removed %s: %r", source.path, span.first_line, span.last_line, span.rule, span.preview)
    intro, parts = essay.intro, kept
    if not kept and needs_parts(intro):  # the essay has no headings of its own
        intro, parts = (), split_into_parts(intro)
    essay = dataclasses.replace(
        essay, intro=intro, sections=parts, split_into_parts=not kept and bool(parts), removed=essay.removed + spans
    )
    # The plain reader looked for a closing dateline under the apparatus; now it is the last line.
    return with_closing_dateline(essay)


def endnotes_then_apparatus(essay: Essay, kept: tuple[Section, ...], dropped: tuple[Section, ...]) -> bool:
    """The notes come after all the essay's prose (endnotes, not a note in an
    early chapter), nothing after them cites one, and what follows is short
    beside the essay: an apparatus, not the book's later chapters."""
    prose = [*essay.intro, *(b for s in kept for b in s.all_blocks())]
    after = [b for s in dropped for b in s.all_blocks()]
    markers = [f"[{note.key}]" for note in essay.notes]
    if not prose or min(note.line for note in essay.notes) < max(b.line for b in prose):
        return False
    if any(m in b.text for b in after for m in markers):
        return False
    return sum(len(b.text.split()) for b in after) * APPARATUS_SHARE < sum(len(b.text.split()) for b in prose)


def _section_end(lines: tuple[str, ...], section: Section) -> int:
    """0-based index of the section's last line of text."""
    last = max([section.line, *(b.line for b in section.all_blocks())]) - 1
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    return last


def gutenberg_clutter(lines: tuple[str, ...], bounds: Bounds, title: str | None = None) -> tuple[Removed, ...]:
    """The line ranges of the header, credits, transcribers' notes, end line
    and licence; `title`: the work's, as the header names it."""
    start = bounds.start
    footer_from = bounds.end_line if bounds.end_line is not None else bounds.end
    spans = [_span(lines, 0, start, "Project Gutenberg header")] if start >= 0 else []
    credits = _credits(lines, start + 1, min(footer_from, start + 1 + CREDIT_SEARCH_LINES))
    # The transcriber's note comes first in the work, after the credit if there is one.
    work_from = max((span.last_line for span in credits), default=start + 1)
    spans += credits + _transcribers_notes(lines, work_from, footer_from, title)
    if footer_from < len(lines):
        spans.append(_span(lines, footer_from, len(lines) - 1, "Project Gutenberg licence and footer"))
    return tuple(sorted(spans, key=lambda r: r.first_line))


def _end_line(lines: tuple[str, ...], end: int, start: int) -> int | None:
    """The "End of the Project Gutenberg EBook" line before `end`: without
    a header (start -1), only among the file's last lines."""
    stop = start if start >= 0 else max(-1, end - 1 - END_LINE_SEARCH_LINES)
    return next((i for i in range(end - 1, stop, -1) if END_LINE.match(lines[i])), None)


def _transcribers_notes(lines: tuple[str, ...], first: int, stop: int, title: str | None = None) -> list[Removed]:
    """A bracketed note as the first or the last text of the work: the
    transcriber's, on the edition or its corrections, not the author's; or
    a labelled one ("Anmerkungen zur Transkription:") before the title page."""
    content = [i for i in range(first, stop) if lines[i].strip()]
    found = []
    at = None
    if title and content and lines[content[0]].rstrip().endswith(":"):
        at = next((k for k, i in enumerate(content[:BRACKET_LINES]) if k and _names(lines, i, title)), None)
    if at:
        found.append(_span(lines, content[0], content[at - 1], "transcriber's note"))
    if content and BRACKET_OPEN.match(lines[content[0]]):
        close = next((i for i in content[:BRACKET_LINES] if lines[i].rstrip().endswith("]")), None)
        if close is not None:
            found.append(_span(lines, content[0], close, "transcriber's note"))
    if content and lines[content[-1]].rstrip().endswith("]"):
        opening = next((i for i in reversed(content[-BRACKET_LINES:]) if BRACKET_OPEN.match(lines[i])), None)
        if opening is not None and not any(opening <= s.first_line - 1 for s in found):
            found.append(_span(lines, opening, content[-1], "transcriber's note"))
    return found


def _names(lines: tuple[str, ...], i: int, title: str) -> bool:
    """Line `i` sets the title, alone or with the next line ("Zum / ewigen Frieden.")."""
    pair = f"{lines[i]} {lines[i + 1]}" if i + 1 < len(lines) else lines[i]
    return same(lines[i], title) or same(pair, title)


def _credits(lines: tuple[str, ...], first: int, stop: int) -> list[Removed]:
    """A credit paragraph right after the START marker."""
    found: list[Removed] = []
    i = first
    while i < stop:
        if CREDIT.match(lines[i]):
            last = i
            while last + 1 < len(lines) and (lines[last + 1].strip() or _credit_goes_on(lines, last + 2)):
                last += 1
            found.append(_span(lines, i, last, "Project Gutenberg credit"))
            i = last
        i += 1
    return found


def _credit_goes_on(lines: tuple[str, ...], i: int) -> bool:
    """The credit's formula split over two paragraphs, as a converter may
    leave it: "… the Online Distributed" / "Proofreading Team at …"."""
    return i < len(lines) and bool(CREDIT_GOES_ON.match(lines[i]))


def _span(lines: tuple[str, ...], first: int, last: int, rule: str) -> Removed:
    """0-based inclusive indices → a Removed span of 1-based line numbers,
    trimmed of blank lines at both ends."""
    while first < last and not lines[first].strip():
        first += 1
    while last > first and not lines[last].strip():
        last -= 1
    preview = " ".join(lines[first].split()[:8])
    return Removed(first + 1, last + 1, rule, preview)
