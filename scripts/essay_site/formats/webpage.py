"""Pages copied out of a browser (stub until the reader lands)."""

from __future__ import annotations

from ..model import Essay, SourceText
from .plain import parse as parse_plain


def chrome_evidence(lines: tuple[str, ...]) -> str | None:
    return None


def parse(source: SourceText) -> Essay:
    return parse_plain(source)
