"""A theme page: the passages that carry one theme, in essay order, each
linking to its paragraph."""

from __future__ import annotations

from ..model import Mention, Term
from ..paths import Site, rel
from ..themes import passages
from .context import Context


def render(ctx: Context, term: Term) -> str:
    source = Site.theme_path(term.slug)
    quotes = passages(ctx.by_term.get(term.slug, []), term.slug)
    by_page: dict[str, list[Mention]] = {}
    for m in quotes:
        by_page.setdefault(m.page, []).append(m)
    pages = sorted(by_page, key=ctx.order)
    ui = ctx.ui
    parts = [
        ctx.header(source, ui("theme_title", term=term.term), term.definition),
        f"# {ui('theme_title', term=ctx.esc.heading(term.term))}",
        ctx.esc.line(term.definition),
        ui(
            "followed_through",
            parts=ui("parts_count", n=len(pages)),
            passages=ui("passages_count", n=len(quotes)),
            entry=f"[{ui('glossary_entry')}]({rel(source, Site.GLOSSARY)}#{term.slug})",
            map=f"[{ui('theme_map_lower')}]({rel(source, Site.THEME_MAP)})",
        ),
    ]
    for page in pages:
        parts.append(f"## {ctx.esc.heading(ctx.headings[page])}")
        for m in by_page[page]:
            # The quote is the link: it reads well aloud, and each one is distinct.
            target = rel(source, Site.page_path(page)) + f"#{m.anchor}"
            quote = ui("quoted", text=ctx.esc.inline(ctx.prose(m.sentence)))
            parts.append(f"> [{quote}]({target})\n{{: .passage }}")
    return "\n\n".join(parts) + "\n"
