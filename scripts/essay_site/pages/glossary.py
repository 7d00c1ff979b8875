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
        ctx.header(source, ctx.ui("glossary"), ctx.ui("glossary_description", title=ctx.site.title)),
        f"# {ctx.ui('glossary')}",
        intro(ctx),
    ]
    see_also = resolve_see_also(glossary)
    parts.extend(entry(ctx, source, term, see_also[term.slug]) for term in glossary.terms)
    return "\n\n".join(parts) + "\n"


def intro(ctx: Context) -> str:
    glossary = ctx.linked.glossary
    if not glossary.terms:  # "These 0 terms were extracted" would be no sentence
        return ctx.ui("glossary_none")
    return ctx.ui("glossary_curated" if glossary.curated else "glossary_extracted", n=len(glossary.terms))


def entry(ctx: Context, source: str, term: Term, see_also: tuple[Term, ...]) -> str:
    lines = [f"## {ctx.esc.heading(term.term)} {{ #{term.slug} }}"]
    if term.theme:
        follow = f"[{ctx.ui('follow_theme')}]({rel(source, Site.theme_path(term.slug))})"
        lines.append(f"{ctx.ui('term_theme', link=follow)}\n{{: .term-theme }}")
    mentions = ctx.by_term.get(term.slug, [])
    if ctx.linked.glossary.curated:
        lines.append(ctx.esc.line(term.definition))
    best = best_sentence([term.term, *term.aliases], mentions)
    if best:
        quote = ctx.ui("quoted", text=ctx.esc.inline(ctx.prose(best.sentence)))
        lines.append(ctx.ui("in_essay_words", quote=quote, section=ctx.section_link(source, best.page, best.anchor)))
    lines.append(appears_in(ctx, source, term))
    if see_also:
        links = ctx.ui.listing([f"[{ctx.esc.inline(t.term)}](#{t.slug})" for t in see_also])
        lines.append(ctx.ui("see_also", terms=links))
    return "\n\n".join(lines)


def appears_in(ctx: Context, source: str, term: Term) -> str:
    firsts = first_mentions(ctx.by_term.get(term.slug, []), term.slug)
    if not firsts:
        return ctx.ui("appears_nowhere") + "\n{: .term-where }"
    where = ctx.ui.listing([
        f"{ctx.section_link(source, page, m.anchor)} ({count})"
        for page, (m, count) in sorted(firsts.items(), key=lambda kv: ctx.order(kv[0]))
    ])
    return ctx.ui("appears_in", sections=where) + "\n{: .term-where }"
