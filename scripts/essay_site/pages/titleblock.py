"""The essay's title block as the home page and the one-page edition show
it: title, dek, byline and other metadata, and the epigraph."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Block
from .context import Context


def title_block(ctx: Context) -> Iterator[str]:
    essay = ctx.linked.essay
    note = f"[^{essay.title_note}]" if essay.title_note in ctx.linked.notes else ""
    yield f"# {ctx.esc.heading(essay.title)}{note}"
    if essay.dek:
        yield f"{ctx.esc.line(essay.dek)}\n{{: .essay-dek }}"
    for field in essay.meta:
        yield f"**{ctx.esc.inline(field.label)}:** {ctx.esc.inline(field.value)}\n{{: .essay-meta }}"
    if essay.epigraph:
        yield epigraph(ctx, essay.epigraph)


def epigraph(ctx: Context, blocks: tuple[Block, ...]) -> str:
    """Motto and verse under the title, line breaks kept for verse."""
    paragraphs = []
    for block in blocks:
        if block.kind == "verse":
            paragraphs.append("  \n".join(f"> {ctx.esc.line(line)}" if i == 0 else f"> {ctx.esc.inline(line)}" for i, line in enumerate(block.items)))
        else:
            paragraphs.extend(f"> {ctx.esc.line(item)}" for item in block.items)
    return "\n>\n".join(paragraphs) + "\n{: .epigraph }"
