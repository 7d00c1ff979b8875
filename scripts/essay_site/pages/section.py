"""A section page: the section's prose with its subsections, then the
threads that lead on: its themes (with the previous and next sections that
carry each) and its related sections."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Page
from ..paths import Site, rel
from . import inline
from .context import Context
from .notes import footnotes


def render(ctx: Context, page: Page, n: int) -> str:
    source = Site.page_path(page.slug)
    total = len(ctx.linked.pages)
    parts = [
        ctx.header(source, page.heading, ctx.summary(page) or page.heading),
        f"# {ctx.esc.heading(page.heading)}",
        f"{ctx.ui('section_of', n=n, total=total)} · {ctx.ui('min_read', n=ctx.minutes(page))}\n{{: .essay-byline }}",
        body(ctx, source, page),
        *endings(ctx, source, page),
    ]
    notes = footnotes(ctx, [page])
    return "\n\n".join(part for part in [*parts, notes] if part) + "\n"


def body(ctx: Context, source: str, page: Page, linked: set[str] | None = None, shift: int = 0) -> str:
    """Paragraphs with the subsection headings between them; `shift` lowers
    the headings a level (the one-page edition nests sections under its h1)."""
    before: dict[int, list[str]] = {}
    for sub in page.subheadings:
        level = "#" * min(6, sub.level + shift)
        before.setdefault(sub.position, []).append(f"{level} {ctx.esc.heading(sub.heading)} {{ #{sub.anchor} }}")
    out = []
    for i, p in enumerate(page.paras):
        out.extend(before.get(i, []))
        out.append(inline.para(ctx, source, p, linked))
    out.extend(before.get(len(page.paras), []))
    return "\n\n".join(out)


def endings(ctx: Context, source: str, page: Page) -> Iterator[str]:
    themes = [s for s in ctx.site.theme_slugs if ctx.counts[page.slug, s]]
    if themes:
        yield f"## {ctx.ui('themes_here')}"
        yield "\n".join(
            theme_line(ctx, source, page, s) for s in sorted(themes, key=lambda s: (-ctx.counts[page.slug, s], s))
        )
    related = ctx.linked.related.get(page.slug, ())
    if related:
        yield f"## {ctx.ui('related_sections')}"
        yield "\n".join(
            "- "
            + ctx.ui(
                "also_on",
                section=ctx.section_link(source, r.slug),
                terms=ctx.esc.inline(ctx.ui.listing([ctx.terms[t].term for t in r.shared])),
            )
            for r in related
        )


def theme_line(ctx: Context, source: str, page: Page, theme: str) -> str:
    """A theme with its count, and the previous and next sections that
    carry it, so a reader can follow one thread without the theme page."""
    name = f"[{ctx.esc.inline(ctx.terms[theme].term)}]({rel(source, Site.theme_path(theme))})"
    line = "- " + ctx.ui("pair", label=name, value=ctx.ui("mentions", n=ctx.counts[page.slug, theme]))
    previous, following = ctx.threads[theme].get(page.slug, (None, None))
    steps = []
    if previous:
        steps.append(ctx.ui("previous", section=ctx.section_link(source, previous)))
    if following:
        steps.append(ctx.ui("next", section=ctx.section_link(source, following)))
    return line + (f" ({'; '.join(steps)})" if steps else "")
