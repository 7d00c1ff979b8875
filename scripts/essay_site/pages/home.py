"""The home page: title block, introduction, contents with a summary and
reading time per section, and the ways to explore the essay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Page
from ..paths import Site, rel
from ..text import reading_minutes
from . import inline
from .context import Context
from .notes import footnotes
from .titleblock import frame_notes, title_block

SELF_NUMBERED = re.compile(r"^\s*(?:\d{1,3}|[IVXLC]{1,7}|[A-Z])[.)]\s")


def render(ctx: Context) -> str:
    essay, index = ctx.linked.essay, ctx.linked.index
    source = Site.page_path("")
    everything = (index, *ctx.linked.pages)
    total = reading_minutes(" ".join(p.text for page in everything for p in page.paras))
    parts = [
        # What a chat app shows under the link: the dek, else the essay's opening sentence.
        ctx.header(source, None, essay.dek or next(filter(None, map(ctx.summary, everything)), essay.title)),
        *title_block(ctx),
        f"{ctx.ui('min_read', n=total)} · [{ctx.ui('read_whole')}]({rel(source, Site.READ)})\n{{: .essay-byline }}",
    ]
    if index.paras:
        parts.append(inline.paras(ctx, source, index.paras))
    if ctx.linked.pages:
        parts.append(f"## {ctx.ui('contents')}")
        # Headings that carry their own numbers ("1. AI shines…", "II. Commodity") are not numbered twice.
        numbered = all(SELF_NUMBERED.match(p.heading) for p in ctx.linked.pages)
        parts.append("\n".join(contents_entry(ctx, source, "-" if numbered else f"{n}.", p) for n, p in enumerate(ctx.linked.pages, 1)))
    parts.append(f"## {ctx.ui('explore')}")
    parts.append("\n".join(explore(ctx, source)))
    notes = footnotes(ctx, [index], extra=frame_notes(essay))
    return "\n\n".join(parts + ([notes] if notes else [])) + "\n"


def contents_entry(ctx: Context, source: str, marker: str, page: Page) -> str:
    # The summary starts its own (indented) line, so it is escaped as a line start.
    summary = ctx.esc.line(ctx.summary(page))
    return f"{marker} {ctx.section_link(source, page.slug)} · {ctx.ui('min_read', n=ctx.minutes(page))}  \n    {summary}"


def explore(ctx: Context, source: str) -> Iterator[str]:
    ui = ctx.ui
    kind = "curated_terms" if ctx.linked.glossary.curated else "extracted_terms"
    glossary = f"[{ui('glossary')}]({rel(source, Site.GLOSSARY)})"
    yield f"- {ui('pair', label=glossary, value=ui(kind, n=len(ctx.linked.glossary.terms)))}"
    if ctx.site.theme_slugs:
        themes = ui.listing(
            [f"[{ctx.esc.inline(ctx.terms[s].term)}]({rel(source, Site.theme_path(s))})" for s in ctx.site.theme_slugs]
        )
        yield f"- {ui('themes_to_follow', themes=themes)}"
        theme_map = f"[{ui('theme_map')}]({rel(source, Site.THEME_MAP)})"
        yield f"- {ui('map_says', map=theme_map)}"
    whole = f"[{ui('whole_essay_link')}]({rel(source, Site.READ)})"
    yield f"- {ui('whole_essay_says', link=whole)}"
