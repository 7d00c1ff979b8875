"""The theme map: sections × themes as an SVG (no JavaScript), and one list
per theme.

Both are drawn from one `MapData`, built once from the linked essay. The SVG
takes its colours from Material's CSS variables (see
overrides/partials/essay-style.html), so it follows the light and dark
palettes. It shrinks to the width of the text column, so it never scrolls
sideways; on a phone, where it would shrink past reading size, only the
lists show (they are also its text alternative everywhere).
"""

from __future__ import annotations

import dataclasses

from ..escape import attribute, html_text
from ..paths import Site, rel, url
from ..text import cut
from ..themes import first_mentions
from ..ui import Interface
from .context import Context

# Compact enough that a map of 8 themes still fits a 700 px column with its
# text at about 12 px (see `.theme-map svg` in essay-style.html).
LABEL_WIDTH = 280
CELL_WIDTH = 96
CELL_HEIGHT = 40
HEAD_LINE = 18
LABEL_CHARS = 34
HEAD_CHARS = 11
HEAD_LINES = 3


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
        ctx.header(source, ctx.ui("theme_map"), ctx.ui("theme_map_description", title=ctx.site.title)),
        f"# {ctx.ui('theme_map')}",
        ctx.ui("theme_map_intro"),
        svg(data, source, ctx.ui),
        *theme_lists(ctx, data, source),
    ]
    return "\n\n".join(parts) + "\n"


def head_lines(name: str) -> list[str]:
    """A theme name on up to HEAD_LINES lines, so long names fit their column."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= HEAD_CHARS:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > HEAD_LINES:
        lines = lines[: HEAD_LINES - 1] + [" ".join(lines[HEAD_LINES - 1 :])]
    return [cut(line, HEAD_CHARS + 4) for line in lines]


def svg(data: MapData, source: str, ui: Interface) -> str:
    header = 16 + HEAD_LINE * max((len(head_lines(t)) for t in data.themes), default=1)
    width = LABEL_WIDTH + CELL_WIDTH * len(data.themes)
    height = header + CELL_HEIGHT * len(data.rows)
    out = [
        '<figure class="theme-map">',
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="theme-map-title theme-map-desc" xmlns="http://www.w3.org/2000/svg" '
        'xmlns:xlink="http://www.w3.org/1999/xlink">',
        f'<title id="theme-map-title">{html_text(ui("theme_map_of", title=data.title))}</title>',
        f'<desc id="theme-map-desc">{html_text(grid_description(data, ui))}</desc>',
    ]
    out.extend(column_head(name, LABEL_WIDTH + col * CELL_WIDTH + CELL_WIDTH // 2, header) for col, name in enumerate(data.themes))
    for n, row in enumerate(data.rows):
        y = header + n * CELL_HEIGHT
        out.append(f'<text class="map-label" x="0" y="{y + CELL_HEIGHT // 2 + 5}">{html_text(cut(row.heading, LABEL_CHARS))}</text>')
        for col, (name, c) in enumerate(zip(data.themes, row.cells)):
            label = ui("theme_in_section", theme=name, section=row.heading, mentions=ui("mentions", n=c.count))
            out.append(cell(source, row, label, c, LABEL_WIDTH + col * CELL_WIDTH, y, data.peak))
    out += ["</svg>", "</figure>"]
    return "\n".join(out)


def grid_description(data: MapData, ui: Interface) -> str:
    sections = ui("sections_count", n=len(data.rows))
    return ui("theme_map_grid", sections=sections, themes=ui("themes_count", n=len(data.themes)))


def cell(source: str, row: MapRow, label: str, c: MapCell, x: int, y: int, peak: int) -> str:
    box = f'x="{x + 2}" y="{y + 2}" width="{CELL_WIDTH - 4}" height="{CELL_HEIGHT - 4}" rx="4"'
    if not c.count:
        return f'<rect class="map-empty" {box}/>'
    strength = round(0.15 + 0.85 * c.count / peak, 2)
    href = url(source, Site.page_path(row.slug)) + f"#{c.anchor}"
    tone = "map-dark" if strength >= 0.5 else "map-light"
    return (
        # xlink:href, not href: Material's instant navigation rewrites every
        # [href] element by assigning el.href, which is read-only on SVG links.
        f'<a xlink:href="{attribute(href)}" aria-label="{attribute(label)}"><rect class="map-cell" {box} fill-opacity="{strength}"/>'
        f'<text class="map-count {tone}" x="{x + CELL_WIDTH // 2}" y="{y + CELL_HEIGHT // 2 + 5}" text-anchor="middle">{c.count}</text></a>'
    )


def column_head(name: str, x: int, header: int) -> str:
    """A theme name, bottom-aligned above its column, with its full name as
    the title when a line had to be shortened."""
    lines = head_lines(name)
    y = header - 12 - HEAD_LINE * (len(lines) - 1)
    spans = "".join(f'<tspan x="{x}" dy="{0 if i == 0 else HEAD_LINE}">{html_text(line)}</tspan>' for i, line in enumerate(lines))
    return f'<text class="map-head" x="{x}" y="{y}" text-anchor="middle">{spans}</text>'


def theme_lists(ctx: Context, data: MapData, source: str) -> list[str]:
    """One list per theme: the sections that carry it, each with its count
    and a link to its first passage. Fits any screen: nothing scrolls."""
    parts = [f"## {ctx.ui('theme_by_theme')}"]
    for col, name in enumerate(data.themes):
        slug = ctx.site.theme_slugs[col]
        carriers = [(row, row.cells[col]) for row in data.rows if row.cells[col].count]
        parts.append(f"### [{ctx.esc.inline(name)}]({rel(source, Site.theme_path(slug))}) {{ #map-{slug} }}")
        parts.append(
            "\n".join(
                "- " + ctx.ui("pair", label=ctx.section_link(source, row.slug, c.anchor), value=ctx.ui("mentions", n=c.count))
                for row, c in carriers
            )
            or ctx.ui("mentioned_nowhere")
        )
    return parts
