"""reStructuredText's inline markup in a plain text (a PEP, a Python essay
saved as .txt), read as a reader of its rendered page sees it:

- `` `words <https://…>`_ `` (and `__`) is a link labelled with its words;
- ``` ``literal`` ``` is code;
- `` :pep:`8012` `` is "PEP 8012", `` :rfc:`2119` `` "RFC 2119", any other
  role its text ("`` :term:`glossary` ``" is "glossary");
- a paragraph's closing "::" (the literal block after it is code, plain.py)
  is ":", or nothing after a space.

Marks already set (emphasis) move with the text; one inside a replaced
span goes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..model import Mark, MarkKind

LINK = re.compile(r"`(?P<words>[^`<>\n]+?)\s*<(?P<href>(?:https?|mailto):[^\s<>`]+)>`__?(?!\w)")
LITERAL = re.compile(r"``(?P<code>[^`\n]+?)``(?!`)")
ROLE = re.compile(r":(?P<role>[a-z][\w:+-]*):`(?P<text>[^`\n]+)`")
NAMED_ROLES = {"pep": "PEP {}", "rfc": "RFC {}"}
# A paragraph that opens a literal block ends in "::", which reads as ":" ("as follows::"), or as nothing after a space.
LITERAL_OPENING = re.compile(r"(\s)?::$")

Replace = Callable[[re.Match[str]], tuple[str, MarkKind | None, str | None]]


def with_rst_inline(text: str, marks: tuple[Mark, ...]) -> tuple[str, tuple[Mark, ...]]:
    text, marks = _replaced(text, marks, LITERAL_OPENING, lambda m: ("" if m.group(1) else ":", None, None))
    if "`" not in text:
        return text, marks
    text, marks = _replaced(text, marks, LINK, lambda m: (m.group("words").strip(), "link", m.group("href")))
    text, marks = _replaced(text, marks, LITERAL, lambda m: (m.group("code"), "code", None))
    return _replaced(text, marks, ROLE, lambda m: (NAMED_ROLES.get(m.group("role"), "{}").format(m.group("text")), None, None))


def _replaced(text: str, marks: tuple[Mark, ...], pattern: re.Pattern[str], replace: Replace) -> tuple[str, tuple[Mark, ...]]:
    """Each match as `replace` says, right to left, the marks moved with the text."""
    for found in reversed(list(pattern.finditer(text))):
        new, kind, href = replace(found)
        start, end, shift = found.start(), found.end(), len(new) - (found.end() - found.start())
        kept = [
            dataclasses.replace(m, start=m.start + shift * (m.start >= end), end=m.end + shift * (m.end >= end))
            for m in marks if not (start <= m.start < end or start < m.end <= end) or (m.start <= start and m.end >= end)
        ]
        marks = tuple(kept + ([Mark(start, start + len(new), kind, href)] if kind else []))
        text = text[:start] + new + text[end:]
    return text, tuple(sorted(marks, key=lambda m: (m.start, -m.end)))
