"""The whole essay on one page, for reading straight through and printing.

It carries the same paragraph ids as the section pages; search results
point at the section pages, so this page stays out of the search index.
"""

from __future__ import annotations

from ..paths import Site
from . import inline, section
from .context import Context
from .notes import footnotes
from .titleblock import frame_notes, title_block


def render(ctx: Context) -> str:
    essay = ctx.linked.essay
    source = Site.READ
    linked: set[str] = set()  # one page: each term is linked once on it
    parts = [ctx.header(source, essay.title, essay.dek or essay.title, searchable=False), *title_block(ctx)]
    if ctx.linked.index.paras:
        parts.append(inline.paras(ctx, source, ctx.linked.index.paras, linked))
    for page in ctx.linked.pages:
        parts.append(f"## {ctx.esc.heading(page.heading)} {{ #{page.slug} }}")
        parts.append(section.body(ctx, source, page, linked, shift=1))
    everything = [ctx.linked.index, *ctx.linked.pages]
    notes = footnotes(ctx, everything, extra=frame_notes(essay))
    return "\n\n".join(part for part in [*parts, notes] if part) + "\n"
