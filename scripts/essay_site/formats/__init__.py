"""Text → Essay, by the reader of the essay's format.

Each module reads one input format into the same Essay model; `parse`
detects the format (detect.py), runs its reader, then detects the essay's
language (language.py). Both are logged.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging
import sys
from collections.abc import Callable

from ..language import detect_language
from ..model import Block, Essay, MetaField, Section, SourceText
from ..text import is_scene_break
from ..ui import Interface
from . import aozora, frontmatter, gutenberg, markdown, org, parts, plain, webpage, wikipedia
from .dates import FILE_NAME_DATE
from .detect import detect
from .titlecase import as_language_sets_it

log = logging.getLogger("essay_site")

READERS: dict[str, Callable[[SourceText], Essay]] = {
    "markdown": markdown.parse,
    "org": org.parse,
    "gutenberg": gutenberg.parse,
    "aozora": aozora.parse,
    "webpage": webpage.parse,
    "wikipedia": wikipedia.parse,
    "plain": plain.parse,
}


def parse(source: SourceText) -> Essay:
    found = detect(source)
    log.info("%s: format %s (%s)", source.path, found.format, found.reason)
    essay = without_empty_end(source.path, without_stray_breaks(READERS[found.reader_name](source)))
    essay = dated_by_file_name(essay)
    language, reason = detect_language(essay)
    declared = frontmatter.declared_language(source.path, source.lines) if found.reader_name == "markdown" else None
    if declared and declared != language:
        language, reason = declared, f"as the front matter says; the text reads as {language}, {reason}"
    log.info("%s: language %s (%s)", source.path, language, reason)
    essay = parts.in_language(dataclasses.replace(essay, format=found.format, language=language), Interface.of(language))
    return as_language_sets_it(essay, source)


def dated_by_file_name(essay: Essay) -> Essay:
    """A file named for its day is dated by its name, when nothing in it gives a date."""
    found = FILE_NAME_DATE.match(essay.stem)
    if not found or any(field.label == "Date" for field in essay.meta):
        return essay
    try:
        day = datetime.date.fromisoformat(found.group(1)).isoformat()
    except ValueError:  # "2016-13-45-…" names no day
        return essay
    log.info("%s: dated %s by its file name", essay.path, day)
    return dataclasses.replace(essay, meta=(*essay.meta, MetaField("Date", day, 0)))


def without_stray_breaks(essay: Essay) -> Essay:
    """A scene break stands between passages: one that opens or closes a
    section (a rule over each heading, as many Markdown posts set one), or
    follows another, is no break a reader needs."""

    def kept(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        out: list[Block] = []
        for block in blocks:
            if not (is_scene_break(block.text) and (not out or is_scene_break(out[-1].text))):
                out.append(block)
        while out and is_scene_break(out[-1].text):
            out.pop()
        return tuple(out)

    def section(s: Section) -> Section:
        return dataclasses.replace(s, blocks=kept(s.blocks), subsections=tuple(section(sub) for sub in s.subsections))

    return dataclasses.replace(essay, intro=kept(essay.intro), sections=tuple(section(s) for s in essay.sections))


def without_empty_end(path: str, essay: Essay) -> Essay:
    """A heading with nothing under it ("## Footnotes" over the note
    definitions, which are shown as notes) would be an empty page: one at
    the very end makes none, nor does one that held only notes."""
    sections = essay.sections
    ends = [section.line for section in sections[1:]] + [sys.maxsize]
    trailing = len(sections)
    while trailing and not sections[trailing - 1].all_blocks():
        trailing -= 1

    def held_notes(i: int) -> bool:
        return any(sections[i].line < note.line < ends[i] for note in essay.notes)

    gone = [i for i, section in enumerate(sections) if not section.all_blocks() and (i >= trailing or held_notes(i))]
    for i in gone:
        log.info("%s:%d: heading %r has nothing under it: no page", path, sections[i].line, sections[i].heading)
    return dataclasses.replace(essay, sections=tuple(s for i, s in enumerate(sections) if i not in gone))
