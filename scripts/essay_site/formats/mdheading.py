"""A Markdown heading as the reader meets it, before sections are built."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass
class Heading:
    text: str
    level: int
    line: int
