"""reStructuredText's inline markup in a plain text (a PEP, a Python essay
saved as .txt), read as a reader of its rendered page sees it:

- `` `words <https://…>`_ `` (and `__`) is a link labelled with its words;
- ``` ``literal`` ``` is code;
- `` :pep:`8012` `` is "PEP 8012", `` :rfc:`2119` `` "RFC 2119", any other
  role its text ("`` :term:`glossary` ``" is "glossary");
- a paragraph's closing "::" (the literal block after it is code, plain.py)
  is ":", or nothing after a space.

Marks already set (emphasis) move with the text; one inside a replaced
span goes. Its footnotes, `[#]_` in the text and `.. [#]` below it (or
numbered, `[1]_`, or labelled, `[#label]_`), are read before the text is:
as "[1]" markers and a "[1] …" list, which the notes reader links
(`rst_notes`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..model import Mark, MarkKind

LINK = re.compile(r"`(?P<words>[^`<>\n]+?)\s*<(?P<href>(?:https?|mailto):[^\s<>`]+)>`__?(?!\w)")
# Not a quotation set with backticks and apostrophes, as old texts write one: "``Yes,'' he said".
LITERAL = re.compile(r"``(?P<code>(?=\S)(?:(?!'')[^`\n])+?(?<=\S))``(?![`'\w])")
ROLE = re.compile(r":(?P<role>[a-z][\w:+-]*):`(?P<text>[^`\n]+)`")
NAMED_ROLES = {"pep": "PEP {}", "rfc": "RFC {}"}
# A paragraph that opens a literal block ends in "::", which reads as ":" ("as follows::"), or as nothing after a space.
LITERAL_OPENING = re.compile(r"(\s)?::$")

Replace = Callable[[re.Match[str]], tuple[str, MarkKind | None, str | None]]


def with_rst_inline(text: str, marks: tuple[Mark, ...]) -> tuple[str, tuple[Mark, ...]]:
    text, marks = replaced(text, marks, LITERAL_OPENING, lambda m: ("" if m.group(1) else ":", None, None))
    if "`" not in text:
        return text, marks
    text, marks = replaced(text, marks, LINK, lambda m: (m.group("words").strip(), "link", m.group("href")))
    text, marks = replaced(text, marks, LITERAL, lambda m: (m.group("code"), "code", None))
    return replaced(text, marks, ROLE, lambda m: (NAMED_ROLES.get(m.group("role"), "{}").format(m.group("text")), None, None))


def replaced(text: str, marks: tuple[Mark, ...], pattern: re.Pattern[str], replace: Replace) -> tuple[str, tuple[Mark, ...]]:
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


NOTE_MARKER = re.compile(r"\[(#[\w-]*|\d{1,3})\]_")
NOTE_ENTRY = re.compile(r"^(?P<indent>\s*)\.\.\s+\[(?P<label>#[\w-]*|\d{1,3})\]\s+")


def rst_notes(lines: tuple[str, ...]) -> tuple[str, ...]:
    """reStructuredText's footnotes as plain text writes notes: each marker
    "[n]", each definition "[n] …". The definitions are numbered in order
    (past any numbered by hand); a labelled marker takes its definition's
    number, the n-th "[#]_" the n-th unlabelled one's."""
    entries = [found.group("label") for line in lines if (found := NOTE_ENTRY.match(line))]
    if not entries or not any(NOTE_MARKER.search(line) for line in lines):
        return lines
    taken = {int(label) for label in entries if label.isdigit()}
    free = (n for n in range(1, len(entries) + len(taken) + 1) if n not in taken)
    numbered = [label if label.isdigit() else str(next(free)) for label in entries]
    labelled = {label: n for label, n in zip(entries, numbered) if label.startswith("#") and label != "#"}
    unlabelled = iter([n for label, n in zip(entries, numbered) if label == "#"])
    definitions = iter(numbered)

    def marker(found: re.Match[str]) -> str:
        label = found.group(1)
        n = label if label.isdigit() else labelled.get(label) if label != "#" else next(unlabelled, None)
        return f"[{n}]" if n else found.group()

    out = []
    for line in lines:
        entry = NOTE_ENTRY.match(line)
        out.append(f"{entry.group('indent')}[{next(definitions)}] {line[entry.end():]}" if entry else NOTE_MARKER.sub(marker, line))
    return tuple(out)
