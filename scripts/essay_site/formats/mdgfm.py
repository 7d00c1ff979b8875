"""What GitHub adds to CommonMark, beyond what markdown-it-py enables
(strikethrough): tables and task lists.

A table is one block: its cells row by row, the header row first, each with
its own inline marks, and each column's alignment. A row with fewer cells
than the header is filled with empty ones (as GitHub shows it); extra cells
are dropped, as GitHub drops them.

A task list item's box (`- [ ] draft`, `- [x] publish`) shows as the
character it stands for, ☐ or ☑, never as brackets.
"""

from __future__ import annotations

import re

from collections.abc import Callable

from markdown_it.tree import SyntaxTreeNode

from ..model import Block
from .mdinline import Run
from .mdtemplates import code_lines

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


TASK_BOX = re.compile(r"^(?P<marker>\s{0,3}(?:>\s?)*\s*(?:[-*+]|\d{1,9}[.)])\s+)\[(?P<box>[ xX])\](?=\s)")


def task_boxes(lines: list[str]) -> list[str]:
    """The lines with each task list item's box as its character; code keeps its brackets."""
    if not any("[" in line for line in lines):
        return lines
    code = code_lines(lines)
    return [line if n in code else TASK_BOX.sub(_box, line) for n, line in enumerate(lines)]


def _box(found: re.Match[str]) -> str:
    return found.group("marker") + ("☐" if found.group("box") == " " else "☑")
