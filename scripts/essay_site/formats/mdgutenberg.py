"""A Project Gutenberg book converted to Markdown (from its HTML, by pandoc
or a word processor): the header, credits and licence are still there,
with the markers escaped as Markdown writes them ("\\*\\*\\* START OF THE
PROJECT GUTENBERG EBOOK …") and the header's lines set in bold or as
headings. They are found as in a Gutenberg file, on the lines with their
Markdown escapes and emphasis undone, and blanked before the Markdown is
read.
"""

from __future__ import annotations

import logging
import re

from ..model import Removed
from .gutenberg import END_LINE, START, Bounds, gutenberg_clutter

log = logging.getLogger("essay_site")

# A backslash escape, and bold or heading marks around a line's text.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_MARKS = re.compile(r"^\s*#{1,6}\s+|\*\*|__")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def without_boilerplate(path: str, lines: tuple[str, ...], offset: int) -> tuple[tuple[str, ...], tuple[Removed, ...]]:
    """The lines with a Gutenberg header, credits and licence blanked, and
    what was removed (line numbers counted from `offset`, the front
    matter's end)."""
    plain = tuple(_ESCAPE.sub(r"\1", _MARKS.sub("", line)) for line in lines)  # marks first: "\\*" is text
    if not any(START.match(line) or END_LINE.match(line) for line in plain):
        return lines, ()
    spans = [ended_at_heading(span, lines) for span in gutenberg_clutter(plain, Bounds.of(plain))]
    dropped = {n for span in spans for n in range(span.first_line, span.last_line + 1)}
    kept = tuple("" if n in dropped else line for n, line in enumerate(lines, 1))
    removed = tuple(Removed(s.first_line + offset, s.last_line + offset, s.rule, s.preview) for s in spans)
    for span in removed:
        log.info("%s:%d-%d: removed %s: %r", path, span.first_line, span.last_line, span.rule, span.preview)
    return kept, removed


def ended_at_heading(span: Removed, lines: tuple[str, ...]) -> Removed:
    """A credit ends where a heading starts, as a Markdown paragraph does,
    blank line or not: the title page's "# TITLE" is not the credit's."""
    if span.rule != "Project Gutenberg credit":
        return span
    heading = next((n for n in range(span.first_line + 1, span.last_line + 1) if _HEADING.match(lines[n - 1])), None)
    if heading is None:
        return span
    last = max(n for n in range(span.first_line, heading) if lines[n - 1].strip())
    return Removed(span.first_line, last, span.rule, span.preview)
