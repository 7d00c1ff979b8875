"""Markdown lists, nesting and all, as one list Block.

Each paragraph of an item is an item of the Block, with its depth (0 for
the outermost list) and its marker: "-" for a bullet, "3." for a numbered
item, "" for an item's further paragraph, which the page sets under the
paragraph before it. A nested list follows the paragraph it is nested in.

The places are made safe to render: an item that opens with a nested list
("1. - a") gives its place to the nested list's first entry, an empty
paragraph is dropped, no item is nested deeper than one level below the
item before it (Markdown would read it as code), and the list never opens
with a further paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from markdown_it.tree import SyntaxTreeNode

from ..model import Block
from .mdinline import Run
from .mdmath import VERBATIM_BLOCKS

LISTS = ("bullet_list", "ordered_list")
# One item's paragraph: its run, depth and marker.
Place = tuple[Run, int, str]


def list_block(node: SyntaxTreeNode, line: int, run_of: Callable[[SyntaxTreeNode], Run | None]) -> Block | None:
    """The list at `node`; `run_of` reads one block of an item (None: not text)."""
    items, marks, depths, markers = [], [], [], []
    for run, depth, marker in _places(node, 0, run_of):
        text, own = run.stripped()
        if not text:
            continue
        depth = min(depth, depths[-1] + 1 if depths else 0)
        items.append(text)
        marks.append(own)
        depths.append(depth)
        markers.append(marker or ("" if depths[:-1] else "-"))
    if not items:
        return None
    ordered = node.type == "ordered_list"
    start = int(node.attrs.get("start", 1) or 1)
    return Block("list", tuple(items), line, ordered, start, tuple(marks), depths=tuple(depths), markers=tuple(markers))


def _places(node: SyntaxTreeNode, depth: int, run_of: Callable[[SyntaxTreeNode], Run | None]) -> list[Place]:
    ordered = node.type == "ordered_list"
    number = int(node.attrs.get("start", 1) or 1)
    places: list[Place] = []
    for item in node.children:
        marker = f"{number}." if ordered else "-"
        number += 1
        for child in item.children:
            if child.type in LISTS:
                nested = _places(child, depth + 1, run_of)
                if marker and nested:  # the item opens with its nested list: its first entry stands in the item's place
                    nested[0] = (nested[0][0], depth, marker)
                places += nested
            elif (run := run_of(child)) is not None:
                places.append((run, depth, marker))
            else:
                continue
            marker = ""
    return places


def item_runs(node: SyntaxTreeNode, run_of: Callable[[SyntaxTreeNode], Run | None]) -> list[Run]:
    """A list's paragraphs, flat, for a list inside a quotation."""
    return [run for run, _, _ in _places(node, 0, run_of)]


def block_run(node: SyntaxTreeNode, run: Callable[[SyntaxTreeNode], Run], quoted: Callable[[SyntaxTreeNode], list[Run]]) -> Run | None:
    """The text of one block inside a list item: a paragraph's, a quotation's
    paragraphs run together, code's words; None for anything else."""
    if node.type in ("paragraph", "heading"):
        return run(node)
    if node.type == "blockquote":
        joined = Run()
        for paragraph in quoted(node):
            joined.extend(paragraph)
        return joined
    return Run(" ".join(node.content.split())) if node.type in VERBATIM_BLOCKS else None



