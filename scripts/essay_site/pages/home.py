"""The home page: title block, introduction, contents with a summary and
reading time per section, and the ways to explore the essay."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Page
from ..paths import Site, rel
from ..text import reading_minutes
from . import inline
from .context import Context
from .notes import footnotes
from .titleblock import frame_notes, title_block


def render(ctx: Context) -> str:
    essay, index = ctx.linked.essay, ctx.linked.index
    source = Site.page_path("")
    everything = (index, *ctx.linked.pages)
    total = reading_minutes(" ".join(p.text for page in everything for p in page.paras))
    parts = [
        ctx.header(source, None, essay.dek or ctx.summary(index) or essay.title),
        *title_block(ctx),
        f"{total} min read · [Read the whole essay on one page]({rel(source, Site.READ)})\n{{: .essay-byline }}",
    ]
    if index.paras:
        parts.append(inline.paras(ctx, source, index.paras))
    if ctx.linked.pages:
        parts.append("## Contents")
        parts.append("\n".join(contents_entry(ctx, source, n, p) for n, p in enumerate(ctx.linked.pages, 1)))
    parts.append("## Explore")
    parts.append("\n".join(explore(ctx, source)))
    notes = footnotes(ctx, [index], extra=frame_notes(essay))
    return "\n\n".join(parts + ([notes] if notes else [])) + "\n"


def contents_entry(ctx: Context, source: str, n: int, page: Page) -> str:
    # The summary starts its own (indented) line, so it is escaped as a line start.
    summary = ctx.esc.line(ctx.summary(page))
    return f"{n}. {ctx.section_link(source, page.slug)} · {ctx.minutes(page)} min read  \n    {summary}"


def explore(ctx: Context, source: str) -> Iterator[str]:
    kind = "curated" if ctx.linked.glossary.curated else "extracted"
    yield f"- [Glossary]({rel(source, Site.GLOSSARY)}): {len(ctx.linked.glossary.terms)} {kind} terms"
    if ctx.site.theme_slugs:
        themes = ", ".join(
            f"[{ctx.esc.inline(ctx.terms[s].term)}]({rel(source, Site.theme_path(s))})" for s in ctx.site.theme_slugs
        )
        yield f"- Themes to follow: {themes}"
        yield f"- [Theme map]({rel(source, Site.THEME_MAP)}): which section carries which theme"
    yield f"- [The whole essay on one page]({rel(source, Site.READ)}), for reading straight through or printing"
