"""The glossary: key terms A–Z, each with its definition, the essay's own
words about it, where it appears, and related terms."""

from __future__ import annotations

from ..glossary import resolve_see_also
from ..link import best_sentence
from ..model import Term
from ..paths import Site, rel
from ..themes import first_mentions
from .context import Context


def render(ctx: Context) -> str:
    source = Site.GLOSSARY
    glossary = ctx.linked.glossary
    parts = [
        ctx.header(source, "Glossary", f"Key terms of {ctx.site.title}, with where each appears."),
        "# Glossary",
        introduction(len(glossary.terms), glossary.curated),
    ]
    see_also = resolve_see_also(glossary)
    parts.extend(entry(ctx, source, term, see_also[term.slug]) for term in glossary.terms)
    return "\n\n".join(parts) + "\n"


def introduction(count: int, curated: bool) -> str:
    if curated:
        return f"{count} key terms of the essay, A–Z. Each says where it appears, section by section; themes have a page of their own."
    return (
        f"These {count} terms were **extracted automatically** from the essay, not curated: "
        "each recurs in more than one section, and its definition is the sentence of the essay that best explains it."
    )


def entry(ctx: Context, source: str, term: Term, see_also: tuple[Term, ...]) -> str:
    lines = [f"## {ctx.esc.heading(term.term)} {{ #{term.slug} }}"]
    if term.theme:
        lines.append(f"Theme: [follow it through the essay]({rel(source, Site.theme_path(term.slug))})\n{{: .term-theme }}")
    mentions = ctx.by_term.get(term.slug, [])
    if ctx.linked.glossary.curated:
        lines.append(ctx.esc.line(term.definition))
    best = best_sentence([term.term, *term.aliases], mentions)
    if best:
        quote = ctx.esc.inline(ctx.prose(best.sentence))
        lines.append(f"**In the essay's words:** “{quote}” ({ctx.section_link(source, best.page, best.anchor)})")
    lines.append(appears_in(ctx, source, term))
    if see_also:
        links = ", ".join(f"[{ctx.esc.inline(t.term)}](#{t.slug})" for t in see_also)
        lines.append(f"**See also:** {links}")
    return "\n\n".join(lines)


def appears_in(ctx: Context, source: str, term: Term) -> str:
    firsts = first_mentions(ctx.by_term.get(term.slug, []), term.slug)
    if not firsts:
        return "**Appears in:** no section yet."
    where = ", ".join(
        f"{ctx.section_link(source, page, m.anchor)} ({count})"
        for page, (m, count) in sorted(firsts.items(), key=lambda kv: ctx.order(kv[0]))
    )
    return f"**Appears in:** {where}"
