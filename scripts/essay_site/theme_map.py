"""The theme map: sections × themes as an SVG (no JavaScript) and a table.

The SVG takes its colours from Material's CSS variables (see overrides/partials/essay-style.html), so it
follows the light and dark palettes; the table is its text alternative.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from .model import Mention
from .paths import Site, rel, url
from .text import cut
from .themes import first_mentions

if TYPE_CHECKING:
    from .render import Renderer

LABEL_WIDTH = 330
CELL_WIDTH = 120
CELL_HEIGHT = 40
HEADER_HEIGHT = 56
LABEL_CHARS = 42
HEAD_CHARS = 14


def rows(r: Renderer) -> list[str]:
    """Page slugs that carry at least one theme, in essay order."""
    slugs = ["", *(p.slug for p in r.linked.pages)]
    return [s for s in slugs if any(r.counts[s, t] for t in r.site.theme_slugs)]


def svg_map(r: Renderer, source: str) -> str:
    themes = r.site.theme_slugs
    slugs = rows(r)
    peak = max((r.counts[s, t] for s in slugs for t in themes), default=1) or 1
    width = LABEL_WIDTH + CELL_WIDTH * len(themes)
    height = HEADER_HEIGHT + CELL_HEIGHT * len(slugs)
    out = [
        # Focusable: on a phone the figure scrolls sideways, and a keyboard
        # must be able to scroll it too.
        '<figure class="theme-map" tabindex="0" aria-label="Theme map (scrolls sideways on small screens)">',
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="theme-map-title theme-map-desc" xmlns="http://www.w3.org/2000/svg" '
        'xmlns:xlink="http://www.w3.org/1999/xlink">',
        f'<title id="theme-map-title">Theme map of {esc(r.site.title)}</title>',
        f'<desc id="theme-map-desc">{len(slugs)} sections by {len(themes)} themes; '
        "each cell shows how often the theme is mentioned in the section and links to its first passage.</desc>",
    ]
    for col, theme in enumerate(themes):
        x = LABEL_WIDTH + col * CELL_WIDTH + CELL_WIDTH // 2
        out.append(column_head(r.terms[theme].term, x))
    firsts = first_passages(r)
    for row, slug in enumerate(slugs):
        y = HEADER_HEIGHT + row * CELL_HEIGHT
        out.append(f'<text class="map-label" x="0" y="{y + CELL_HEIGHT // 2 + 5}">{esc(cut(r.headings[slug], LABEL_CHARS))}</text>')
        for col, theme in enumerate(themes):
            out.append(cell(r, source, slug, theme, LABEL_WIDTH + col * CELL_WIDTH, y, peak, firsts[theme]))
    out.append("</svg>")
    out.append("</figure>")
    return "\n".join(out)


def first_passages(r: Renderer) -> dict[str, dict[str, tuple[Mention, int]]]:
    """Per theme, per page: the first mention. One pass over the mentions per
    theme, not per cell, which would cost sections² for a long essay."""
    return {theme: first_mentions(r.linked.mentions, theme) for theme in r.site.theme_slugs}


def cell(
    r: Renderer, source: str, slug: str, theme: str, x: int, y: int, peak: int, firsts: dict[str, tuple[Mention, int]]
) -> str:
    count = r.counts[slug, theme]
    box = f'x="{x + 2}" y="{y + 2}" width="{CELL_WIDTH - 4}" height="{CELL_HEIGHT - 4}" rx="4"'
    label_x, label_y = x + CELL_WIDTH // 2, y + CELL_HEIGHT // 2 + 5
    if not count:
        return f'<rect class="map-empty" {box}/>'
    strength = round(0.15 + 0.85 * count / peak, 2)
    first = firsts[slug][0]
    href = url(source, Site.page_path(slug)) + f"#{first.anchor}"
    tone = "map-dark" if strength >= 0.5 else "map-light"
    label = f"{r.terms[theme].term} in {r.headings[slug]}: {count} mention{'s' if count != 1 else ''}"
    return (
        # xlink:href, not href: Material's instant navigation rewrites every
        # [href] element by assigning el.href, which is read-only on SVG links.
        f'<a xlink:href="{esc(href)}" aria-label="{esc(label)}"><rect class="map-cell" {box} fill-opacity="{strength}"/>'
        f'<text class="map-count {tone}" x="{label_x}" y="{label_y}" text-anchor="middle">{count}</text></a>'
    )


def column_head(name: str, x: int) -> str:
    """A theme name on up to two lines, so long names fit their column."""
    words = name.split()
    lines = [name] if len(name) <= HEAD_CHARS or len(words) == 1 else [" ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])]
    y = HEADER_HEIGHT - 12 - 16 * (len(lines) - 1)
    spans = "".join(f'<tspan x="{x}" dy="{0 if i == 0 else 16}">{esc(line)}</tspan>' for i, line in enumerate(lines))
    return f'<text class="map-head" x="{x}" y="{y}" text-anchor="middle">{spans}</text>'


def table_map(r: Renderer, source: str) -> str:
    themes = r.site.theme_slugs
    head = "| Section | " + " | ".join(r.esc.inline(r.terms[t].term) for t in themes) + " |"
    rule = "| --- | " + " | ".join("---:" for _ in themes) + " |"
    lines = [head, rule]
    firsts = first_passages(r)
    for slug in rows(r):
        cells = []
        for theme in themes:
            count = r.counts[slug, theme]
            if count:
                first = firsts[theme][slug][0]
                cells.append(f"[{count}]({rel(source, Site.page_path(slug))}#{first.anchor})")
            else:
                cells.append("0")
        lines.append(f"| {r.section_link(source, slug)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def esc(text: str) -> str:
    return html.escape(text, quote=True)
