"""Text → Essay, by the reader of the essay's format.

Each module reads one input format into the same Essay model; `parse`
picks the reader.
"""

from __future__ import annotations

from ..model import Essay, SourceText
from .plain import parse as parse_plain


def parse(source: SourceText) -> Essay:
    return parse_plain(source)
