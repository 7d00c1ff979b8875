"""LinkedEssay → {docs path: Markdown}, one module per page kind.

Every piece of essay text is escaped by escape.py for the place it lands:
the Markdown body through the context's Escaper, the page frame (front
matter, nav) through `escape.frame`.
"""

from __future__ import annotations

from ..escape import Escaper
from ..model import LinkedEssay
from ..paths import Site
from . import glossary, home, section, theme, theme_map, whole
from .context import Context


def render_pages(linked: LinkedEssay, escaper: Escaper, seed: str) -> tuple[dict[str, str], dict[str, str | None]]:
    """Every page's Markdown, and each page's heading as its card shows it
    (None for the home page, whose card shows only the essay's title)."""
    ctx = Context.of(linked, escaper, seed)
    files = {Site.page_path(""): home.render(ctx)}
    for n, page in enumerate(linked.pages, 1):
        files[Site.page_path(page.slug)] = section.render(ctx, page, n)
    files[Site.GLOSSARY] = glossary.render(ctx)
    for slug in ctx.site.theme_slugs:
        files[Site.theme_path(slug)] = theme.render(ctx, ctx.terms[slug])
    if ctx.site.theme_slugs:
        files[Site.THEME_MAP] = theme_map.render(ctx)
    files[Site.READ] = whole.render(ctx)
    return files, card_titles(ctx)


def card_titles(ctx: Context) -> dict[str, str | None]:
    found: dict[str, str | None] = {Site.page_path(""): None}
    found.update({Site.page_path(p.slug): p.heading for p in ctx.linked.pages})
    found[Site.GLOSSARY] = ctx.ui("glossary")
    found.update({Site.theme_path(s): ctx.ui("theme_title", term=ctx.terms[s].term) for s in ctx.site.theme_slugs})
    if ctx.site.theme_slugs:
        found[Site.THEME_MAP] = ctx.ui("theme_map")
    found[Site.READ] = ctx.ui("whole_essay_card")
    return found
