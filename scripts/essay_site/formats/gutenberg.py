"""Project Gutenberg files: the essay between the `*** START OF …` and
`*** END OF …` markers, without the header, the credits and the licence.

Every Gutenberg file carries the same furniture: a header naming the ebook,
the START marker, often a "Produced by …" credit, then the work, then an
"End of the Project Gutenberg EBook …" line, the END marker and the licence.
That furniture is removed and logged with its line ranges; the lines left
keep their numbers and go to the plain-text reader, so the title and author
come from the work's own title page.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Essay, EssayError, Removed, SourceText
from .plain import parse as parse_plain

log = logging.getLogger("essay_site")

START = re.compile(r"^\s*\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG", re.IGNORECASE)
END = re.compile(r"^\s*\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG", re.IGNORECASE)
END_LINE = re.compile(r"^\s*End of (?:the |this )?Project Gutenberg", re.IGNORECASE)
# The volunteers' credit at either end of the work: "Produced by …",
# "Typed by …", "E-text prepared by …", "Transcribed from the 1893 edition by …".
CREDIT = re.compile(
    r"^\s*(?:(?:e-?text|this (?:e-?text|e-?book|file)(?: was)?)\s+)?"
    r"(?:produced|typed|transcribed|prepared|scanned|digiti[sz]ed|proofread|converted)\b.{0,200}\bby\b",
    re.IGNORECASE,
)
# The credit sits in the first blocks after the START marker, before the title.
CREDIT_SEARCH_LINES = 12


def is_gutenberg(lines: tuple[str, ...]) -> bool:
    return any(START.match(line) for line in lines)


def parse(source: SourceText) -> Essay:
    clutter = gutenberg_clutter(source)
    for span in clutter:
        log.info("%s:%d-%d: removed %s: %r", source.path, span.first_line, span.last_line, span.rule, span.preview)
    dropped = {n for span in clutter for n in range(span.first_line, span.last_line + 1)}
    kept = tuple("" if n in dropped else text for n, text in enumerate(source.lines, 1))
    if not any(text.strip() for text in kept):
        raise EssayError(source.path, "holds only Project Gutenberg boilerplate, no essay")
    essay = parse_plain(dataclasses.replace(source, lines=kept))
    removed = tuple(sorted(clutter + essay.removed, key=lambda r: r.first_line))
    return dataclasses.replace(essay, removed=removed, format="gutenberg")


def gutenberg_clutter(source: SourceText) -> tuple[Removed, ...]:
    """The line ranges of the header, credits, end line and licence."""
    lines = source.lines
    start = next(i for i, line in enumerate(lines) if START.match(line))
    end = next((i for i, line in enumerate(lines) if i > start and END.match(line)), len(lines))
    end_line = next((i for i in range(end - 1, start, -1) if END_LINE.match(lines[i])), None)
    footer_from = end_line if end_line is not None else end
    spans = [_span(lines, 0, start, "Project Gutenberg header")]
    spans += _credits(lines, start + 1, min(footer_from, start + 1 + CREDIT_SEARCH_LINES))
    if footer_from < len(lines):
        spans.append(_span(lines, footer_from, len(lines) - 1, "Project Gutenberg licence and footer"))
    return tuple(s for s in spans if s is not None)


def _credits(lines: tuple[str, ...], first: int, stop: int) -> list[Removed]:
    """A credit paragraph right after the START marker."""
    found: list[Removed] = []
    i = first
    while i < stop:
        if CREDIT.match(lines[i]):
            last = i
            while last + 1 < len(lines) and lines[last + 1].strip():
                last += 1
            found.append(_span(lines, i, last, "Project Gutenberg credit"))
            i = last
        i += 1
    return found


def _span(lines: tuple[str, ...], first: int, last: int, rule: str) -> Removed:
    """0-based inclusive indices → a Removed span of 1-based line numbers,
    trimmed of blank lines at both ends."""
    while first < last and not lines[first].strip():
        first += 1
    while last > first and not lines[last].strip():
        last -= 1
    preview = " ".join(lines[first].split()[:8])
    return Removed(first + 1, last + 1, rule, preview)
