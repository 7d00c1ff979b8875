"""Markdown's hard line break written as two spaces at a line's end.

The reader trims every line (read.py), so the spaces are gone by the time a
reader sees the line; `SourceText.breaks` keeps which lines had them. Such a
line gets Markdown's other spelling of the break, a backslash, where the
paragraph goes on: not in code, not on a heading, and not before a line that
starts a block of its own, where the backslash would show.
"""

from __future__ import annotations

import re

from .mdtemplates import code_lines

# A line that ends the paragraph before it, or is no paragraph line itself.
_BLOCK_START = re.compile(r"^\s{0,3}(?:#{1,6}(?:\s|$)|[-*+]\s|\d{1,9}[.)]\s|>|```|~~~|(?:[-*_=]\s*){3,}$|\||<|\[\^?[^\]]+\]:)")


def with_hard_breaks(lines: list[str], breaks: frozenset[int], offset: int) -> list[str]:
    if not breaks:
        return lines
    code = code_lines(lines)
    out = list(lines)
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        if offset + index + 1 not in breaks or index in code or not following.strip():
            continue
        if line.lstrip().startswith(("#", "|")) or _BLOCK_START.match(following.lstrip("> ")) or line.endswith("\\"):
            continue
        out[index] = line + "\\"
    return out
