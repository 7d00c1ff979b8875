"""The essay's title block as the home page and the one-page edition show
it: title, dek, byline and other metadata, and the epigraph."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..model import Block, Essay, MetaField
from ..ui import Interface
from .context import Context

NOTE_MARK = re.compile(r"\[([0-9A-Za-z]{1,3})\]")


def title_block(ctx: Context) -> Iterator[str]:
    essay = ctx.linked.essay
    note = f"[^{essay.title_note}]" if essay.title_note in ctx.linked.notes else ""
    yield f"# {ctx.esc.heading(essay.title)}{note}"
    if essay.dek:
        yield f"{ctx.esc.line(essay.dek)}\n{{: .essay-dek }}"
    for label, value in meta_lines(ctx.ui, essay.meta):
        shown = ctx.esc.inline(meta_label(ctx.ui, label))
        yield f"{ctx.ui('meta_line', label=shown, value=ctx.esc.inline(value))}\n{{: .essay-meta }}"
    if essay.epigraph:
        yield epigraph(ctx, essay.epigraph)


def meta_lines(ui: Interface, meta: tuple[MetaField, ...]) -> Iterator[tuple[str, str]]:
    """(label, value) per line. Authors in a row are one line, "Authors: A,
    B and C", as the language lists them; other fields keep a line each."""
    for label, fields in itertools.groupby(meta, key=lambda field: field.label):
        values = [field.value for field in fields]
        if len(values) > 1 and f"meta_{label.casefold()}s" in ui.keys():
            yield f"{label}s", ui.listing(values)
        else:
            yield from ((label, ui.date(value) if label == "Date" else value) for value in values)


def meta_label(ui: Interface, label: str) -> str:
    """A metadata label in the site's language ("Author" → "Autor",
    "Authors" → "Autoren"); a label the tables lack is shown as it is."""
    key = "meta_" + label.casefold()
    return ui(key) if key in ui.keys() else label


def epigraph(ctx: Context, blocks: tuple[Block, ...]) -> str:
    """Motto and verse under the title, line breaks kept for verse, with
    their note markers."""
    paragraphs = []
    for block in blocks:
        if block.kind == "verse":
            paragraphs.append("  \n".join(f"> {with_notes(ctx, line, i == 0)}" for i, line in enumerate(block.items)))
        else:
            paragraphs.extend(f"> {with_notes(ctx, item, True)}" for item in block.items)
    return "\n>\n".join(paragraphs) + "\n{: .epigraph }"


def with_notes(ctx: Context, text: str, line_start: bool) -> str:
    """The text escaped, each "[key]" of a note as its footnote marker."""
    pieces = NOTE_MARK.split(text)  # text, key, text, key, …, text
    out = []
    for i, piece in enumerate(pieces):
        if i % 2:
            out.append(f"[^{piece}]" if piece in ctx.linked.notes else ctx.esc.inline(f"[{piece}]"))
        elif piece:
            out.append(ctx.esc.line(piece) if line_start and i == 0 else ctx.esc.inline(piece))
    return "".join(out)


def frame_notes(essay: Essay) -> list[str]:
    """Keys of the notes the title and the epigraph point at, in order."""
    keys = [essay.title_note] if essay.title_note else []
    keys += [key for block in essay.epigraph for item in block.items for key in NOTE_MARK.findall(item)]
    return list(dict.fromkeys(keys))
