"""A Markdown heading as the reader meets it, before sections are built."""

from __future__ import annotations

import dataclasses

from ..model import Block


@dataclasses.dataclass
class Heading:
    text: str
    level: int
    line: int


# What the reader meets, in order: a heading or a block.
Item = Heading | Block


# A heading line set two or more levels smaller than the heading right
# above it, with nothing between them, is that heading's second line: a
# conversion sets a heading's two lines in two sizes ("## PREAMBULO" /
# "##### Á NOVA EDIÇÃO"), where a subsection is one level deeper.
SECOND_LINE_STEP = 2


def joined_headings(items: list[Item]) -> list[Item]:
    """Headings with their second lines joined onto them."""
    out: list[Item] = []
    for item in items:
        above = out[-1] if out else None
        if isinstance(item, Heading) and isinstance(above, Heading) and item.level >= above.level + SECOND_LINE_STEP:
            out[-1] = Heading(f"{above.text} {item.text}", above.level, above.line)
        else:
            out.append(item)
    return out
