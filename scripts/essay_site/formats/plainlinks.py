"""A plain text's addresses as links: "https://www.w3.org/History/1989/",
"<http://example.org/a>", "mailto:jane@example.org", in its paragraphs,
lists, quotations and notes, as a reader of the page expects to follow
them. linkify-it-py finds them, as for Markdown (mdparser.py): scheme
addresses only, so "example.org" in a sentence stays words, and a closing
full stop or bracket is no part of the address.

Runs after the emphasis (emphasis.py): a link may sit inside italics, and
one that would cross a span of them stays text. reStructuredText's links,
literals and roles are read first (rstinline.py).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from ..model import Block, Essay, Mark, Note, Section
from .rstinline import replaced, with_rst_inline

SCHEMES = ("http:", "https:", "mailto:")
BRACKETED = re.compile(r"<((?:https?|mailto):[^\s<>]+)>", re.IGNORECASE)


@functools.cache
def _linkify():  # type: ignore[no-untyped-def]
    from linkify_it import LinkifyIt

    return LinkifyIt(options={"fuzzy_link": False, "fuzzy_email": False})


def with_links(essay: Essay) -> Essay:
    return dataclasses.replace(
        essay,
        intro=tuple(map(_block, essay.intro)),
        sections=tuple(map(_section, essay.sections)),
        notes=tuple(map(_note, essay.notes)),
    )


def _section(section: Section) -> Section:
    return dataclasses.replace(section, blocks=tuple(map(_block, section.blocks)), subsections=tuple(map(_section, section.subsections)))


def _block(block: Block) -> Block:
    if block.kind in ("code", "math") or not any(":" in item or "`" in item for item in block.items):
        return block
    items, marks = zip(*(linked(*unbracketed(*with_rst_inline(item, block.marks_of(i)))) for i, item in enumerate(block.items)))
    return dataclasses.replace(block, items=items, marks=marks)


def _note(note: Note) -> Note:
    if ":" not in note.text and "`" not in note.text:
        return note
    parts = [linked(*unbracketed(*with_rst_inline(text, marks))) for text, marks in zip(note.text.split("\n\n"), _padded(note))]
    return dataclasses.replace(note, text="\n\n".join(text for text, _ in parts), marks=tuple(marks for _, marks in parts))


def _padded(note: Note) -> list[tuple[Mark, ...]]:
    parts = note.text.split("\n\n")
    return [note.marks[i] if i < len(note.marks) else () for i in range(len(parts))]


def unbracketed(text: str, marks: tuple[Mark, ...]) -> tuple[str, tuple[Mark, ...]]:
    """An address set in angle brackets, as e-mail writes one ("<http://…>"),
    without them: the link shows where it goes."""
    return replaced(text, marks, BRACKETED, lambda found: (found.group(1), None, None))


def linked(text: str, marks: tuple[Mark, ...]) -> tuple[str, tuple[Mark, ...]]:
    """The text, and its marks with a link over each address that crosses none of them."""
    found = _linkify().match(text) or []
    links = [
        Mark(m.index, m.last_index, "link", m.url)
        for m in found
        if m.url.lower().startswith(SCHEMES) and not any(k.start < m.index < k.end < m.last_index or m.index < k.start < m.last_index < k.end for k in marks)
        and not any(k.kind == "link" and k.start <= m.index < k.end for k in marks)
    ]
    return text, tuple(sorted((*marks, *links), key=lambda k: (k.start, -k.end))) if links else marks
