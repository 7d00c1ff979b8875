"""A GitHub-flavoured Markdown table as one block: its cells row by row,
the header row first, each with its own inline marks, and each column's
alignment. A row with fewer cells than the header is filled with empty ones
(as GitHub shows it); extra cells are dropped, as GitHub drops them."""

from __future__ import annotations

from collections.abc import Callable

from markdown_it.tree import SyntaxTreeNode

from ..model import Block
from .mdinline import Run

ALIGNMENTS = {"text-align:left": "left", "text-align:right": "right", "text-align:center": "center"}


def table_block(node: SyntaxTreeNode, run_of: Callable[[SyntaxTreeNode], Run], line: int) -> list[Block]:
    rows = [row for part in node.children for row in part.children]
    if not rows or not rows[0].children:
        return []
    header = rows[0].children
    width = len(header)
    align = tuple(ALIGNMENTS.get(str(cell.attrs.get("style", "")).replace(" ", ""), "") for cell in header)
    cells: list[tuple[str, tuple]] = []
    for row in rows:
        found = [run_of(cell).stripped() if cell.children else ("", ()) for cell in row.children[:width]]
        cells += found + [("", ())] * (width - len(found))
    if not any(text for text, _ in cells):
        return []
    items, marks = zip(*cells)
    return [Block("table", tuple(items), line, marks=tuple(marks), columns=width, align=align)]
