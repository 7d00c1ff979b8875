"""A theme page: the passages that carry one theme, in essay order, each
linking to its paragraph."""

from __future__ import annotations

from ..model import Mention, Term
from ..paths import Site, rel
from ..themes import passages
from .context import Context, plural


def render(ctx: Context, term: Term) -> str:
    source = Site.theme_path(term.slug)
    quotes = passages(ctx.by_term.get(term.slug, []), term.slug)
    by_page: dict[str, list[Mention]] = {}
    for m in quotes:
        by_page.setdefault(m.page, []).append(m)
    pages = sorted(by_page, key=ctx.order)
    parts = [
        ctx.header(source, f"Theme: {term.term}", term.definition),
        f"# Theme: {ctx.esc.heading(term.term)}",
        ctx.esc.line(term.definition),
        f"Followed through {plural(len(pages), 'part')} of the essay, in {plural(len(quotes), 'passage')}, in essay order. "
        f"See also the [glossary entry]({rel(source, Site.GLOSSARY)}#{term.slug}) and the [theme map]({rel(source, Site.THEME_MAP)}).",
    ]
    for page in pages:
        parts.append(f"## {ctx.esc.heading(ctx.headings[page])}")
        for m in by_page[page]:
            # The quote is the link: it reads well aloud, and each one is distinct.
            target = rel(source, Site.page_path(page)) + f"#{m.anchor}"
            parts.append(f"> [“{ctx.esc.inline(ctx.prose(m.sentence))}”]({target})\n{{: .passage }}")
    return "\n\n".join(parts) + "\n"
