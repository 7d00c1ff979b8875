"""The theme map: sections × themes as an SVG (no JavaScript) and a table.

Both are drawn from one `MapData`, built once from the linked essay. The SVG
takes its colours from Material's CSS variables (see
overrides/partials/essay-style.html), so it follows the light and dark
palettes; the table is its text alternative.
"""

from __future__ import annotations

import dataclasses

from ..escape import attribute, html_text
from ..paths import Site, rel, url
from ..text import cut
from ..themes import first_mentions
from .context import Context, plural

LABEL_WIDTH = 330
CELL_WIDTH = 120
CELL_HEIGHT = 40
HEADER_HEIGHT = 56
LABEL_CHARS = 42
HEAD_CHARS = 14


@dataclasses.dataclass(frozen=True)
class MapCell:
    count: int
    anchor: str | None  # the first passage of the theme in the section


@dataclasses.dataclass(frozen=True)
class MapRow:
    slug: str
    heading: str
    cells: tuple[MapCell, ...]  # one per theme, in theme order


@dataclasses.dataclass(frozen=True)
class MapData:
    title: str
    themes: tuple[str, ...]  # theme names, in column order
    rows: tuple[MapRow, ...]  # sections that carry a theme, in essay order

    @property
    def peak(self) -> int:
        return max((c.count for r in self.rows for c in r.cells), default=1) or 1


def map_data(ctx: Context) -> MapData:
    """Counts and first passages per (section, theme): one pass over the
    mentions per theme, not per cell, which would cost sections²."""
    themes = ctx.site.theme_slugs
    firsts = {theme: first_mentions(ctx.linked.mentions, theme) for theme in themes}
    rows = []
    for slug in ["", *(p.slug for p in ctx.linked.pages)]:
        cells = tuple(
            MapCell(ctx.counts[slug, t], firsts[t][slug][0].anchor if ctx.counts[slug, t] else None) for t in themes
        )
        if any(c.count for c in cells):
            rows.append(MapRow(slug, ctx.headings[slug], cells))
    return MapData(ctx.site.title, tuple(ctx.terms[t].term for t in themes), tuple(rows))


def render(ctx: Context) -> str:
    source = Site.THEME_MAP
    data = map_data(ctx)
    parts = [
        ctx.header(source, "Theme map", f"Which section of {ctx.site.title} carries which theme."),
        "# Theme map",
        "Each row is a part of the essay, each column a theme. The darker the cell, the more often the theme is "
        "mentioned there; select a cell to jump to its first passage. The table below gives the same figures.",
        svg(data, source),
        table(ctx, data, source),
    ]
    return "\n\n".join(parts) + "\n"


def svg(data: MapData, source: str) -> str:
    width = LABEL_WIDTH + CELL_WIDTH * len(data.themes)
    height = HEADER_HEIGHT + CELL_HEIGHT * len(data.rows)
    out = [
        # Focusable: on a phone the figure scrolls sideways, and a keyboard
        # must be able to scroll it too.
        '<figure class="theme-map" tabindex="0" aria-label="Theme map (scrolls sideways on small screens)">',
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="theme-map-title theme-map-desc" xmlns="http://www.w3.org/2000/svg" '
        'xmlns:xlink="http://www.w3.org/1999/xlink">',
        f'<title id="theme-map-title">Theme map of {html_text(data.title)}</title>',
        f'<desc id="theme-map-desc">{len(data.rows)} sections by {len(data.themes)} themes; '
        "each cell shows how often the theme is mentioned in the section and links to its first passage.</desc>",
    ]
    out.extend(column_head(name, LABEL_WIDTH + col * CELL_WIDTH + CELL_WIDTH // 2) for col, name in enumerate(data.themes))
    for n, row in enumerate(data.rows):
        y = HEADER_HEIGHT + n * CELL_HEIGHT
        out.append(f'<text class="map-label" x="0" y="{y + CELL_HEIGHT // 2 + 5}">{html_text(cut(row.heading, LABEL_CHARS))}</text>')
        for col, (name, c) in enumerate(zip(data.themes, row.cells)):
            out.append(cell(source, row, name, c, LABEL_WIDTH + col * CELL_WIDTH, y, data.peak))
    out += ["</svg>", "</figure>"]
    return "\n".join(out)


def cell(source: str, row: MapRow, theme: str, c: MapCell, x: int, y: int, peak: int) -> str:
    box = f'x="{x + 2}" y="{y + 2}" width="{CELL_WIDTH - 4}" height="{CELL_HEIGHT - 4}" rx="4"'
    if not c.count:
        return f'<rect class="map-empty" {box}/>'
    strength = round(0.15 + 0.85 * c.count / peak, 2)
    href = url(source, Site.page_path(row.slug)) + f"#{c.anchor}"
    tone = "map-dark" if strength >= 0.5 else "map-light"
    label = f"{theme} in {row.heading}: {plural(c.count, 'mention')}"
    return (
        # xlink:href, not href: Material's instant navigation rewrites every
        # [href] element by assigning el.href, which is read-only on SVG links.
        f'<a xlink:href="{attribute(href)}" aria-label="{attribute(label)}"><rect class="map-cell" {box} fill-opacity="{strength}"/>'
        f'<text class="map-count {tone}" x="{x + CELL_WIDTH // 2}" y="{y + CELL_HEIGHT // 2 + 5}" text-anchor="middle">{c.count}</text></a>'
    )


def column_head(name: str, x: int) -> str:
    """A theme name on up to two lines, so long names fit their column."""
    words = name.split()
    half = len(words) // 2
    lines = [name] if len(name) <= HEAD_CHARS or len(words) == 1 else [" ".join(words[:half]), " ".join(words[half:])]
    y = HEADER_HEIGHT - 12 - 16 * (len(lines) - 1)
    spans = "".join(f'<tspan x="{x}" dy="{0 if i == 0 else 16}">{html_text(line)}</tspan>' for i, line in enumerate(lines))
    return f'<text class="map-head" x="{x}" y="{y}" text-anchor="middle">{spans}</text>'


def table(ctx: Context, data: MapData, source: str) -> str:
    head = "| Section | " + " | ".join(ctx.esc.inline(name) for name in data.themes) + " |"
    rule = "| --- | " + " | ".join("---:" for _ in data.themes) + " |"
    lines = [head, rule]
    for row in data.rows:
        cells = [f"[{c.count}]({rel(source, Site.page_path(row.slug))}#{c.anchor})" if c.count else "0" for c in row.cells]
        lines.append(f"| {ctx.section_link(source, row.slug)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
