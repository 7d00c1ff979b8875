"""Emacs Org-mode files, read as the Markdown they map onto, line for line
(so the build log's line numbers stay the file's):

- `#+TITLE:`, `#+AUTHOR:`, `#+DATE:`, `#+SUBTITLE:`, `#+DESCRIPTION:` and
  `#+LANGUAGE:` are the front matter (YAML, written with PyYAML); other
  `#+KEYWORD:` lines and `# comments` go;
- `* Heading` is a section, `** Heading` a subsection;
- `[[url][text]]` and `[[url]]` are links; `*bold*`, `/italic/`, `=code=`
  and `~code~` are Markdown's;
- `#+BEGIN_SRC`/`#+BEGIN_EXAMPLE` blocks and `: ` lines are code,
  `#+BEGIN_QUOTE` blocks quotations.

The Markdown reader (markdown.py) reads the result.
"""

from __future__ import annotations

import dataclasses
import re

import yaml

from ..model import Essay, SourceText
from . import markdown

KEYWORD = re.compile(r"^\s*#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")
FRONT_KEYS = {"title": "title", "author": "author", "date": "date", "subtitle": "subtitle", "description": "description", "language": "lang"}
COMMENT = re.compile(r"^\s*#(?:\s|$)")
HEADING = re.compile(r"^(?P<stars>\*+)\s+(?P<text>.*?)(?:\s+:[\w@#%:]+:)?\s*$")
BLOCK = re.compile(r"^\s*#\+(?P<end>END|BEGIN)_(?P<kind>SRC|EXAMPLE|QUOTE|VERSE)\b\s*(?P<language>[\w+#-]*)", re.IGNORECASE)
FIXED = re.compile(r"^\s*:(?:\s|$)")
LINK = re.compile(r"\[\[([^\[\]]+)\](?:\[([^\[\]]+)\])?\]")
# Org's emphasis: the marker after a space or an opening mark, and before one or a closing mark.
_AROUND = r"(?<![\w{m}])\{m}(?=[^\s{m}])([^{m}\n]*?[^\s{m}])\{m}(?![\w{m}])"
EMPHASIS = [(re.compile(_AROUND.format(m=mark)), shape) for mark, shape in (("*", r"**\1**"), ("/", r"*\1*"), ("=", r"`\1`"), ("~", r"`\1`"))]


def is_org(path: str, lines: tuple[str, ...]) -> bool:
    """An .org file, or text that opens with Org's keywords ("#+TITLE:")."""
    head = [line for line in lines[:20] if line.strip()]
    return path.lower().endswith(".org") or sum(bool(KEYWORD.match(line)) for line in head) >= 2


def parse(source: SourceText) -> Essay:
    return markdown.parse(dataclasses.replace(source, lines=as_markdown(source.lines)))


def as_markdown(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The Org lines as Markdown ones, one for one: the keywords at the top
    become the front matter's fields in the lines they held."""
    front = {FRONT_KEYS[k.group("key").lower()]: k.group("value").strip() for line in lines if (k := KEYWORD.match(line)) and k.group("key").lower() in FRONT_KEYS}
    out: list[str] = []
    block = ""
    for line in lines:
        found = BLOCK.match(line)
        if found:
            block, line = _block_line(found, block)
        elif block == "QUOTE":
            line = "> " + line
        elif block:
            pass  # code, as written
        else:
            line = _line(line)
        out.append(line)
    return _with_front_matter(out, front)


def _block_line(found: re.Match[str], block: str) -> tuple[str, str]:
    kind = found.group("kind").upper()
    if found.group("end").upper() == "END":
        return "", "" if kind == "QUOTE" else "```"
    return kind, "" if kind == "QUOTE" else "```" + (found.group("language") if kind == "SRC" else "")


def _line(line: str) -> str:
    if KEYWORD.match(line) or COMMENT.match(line):
        return ""
    if FIXED.match(line):
        return "    " + re.sub(r"^\s*:\s?", "", line)
    heading = HEADING.match(line)
    if heading:
        return "#" * (len(heading.group("stars")) + 1) + " " + _inline(heading.group("text"))
    return _inline(line)


def _inline(text: str) -> str:
    text = LINK.sub(lambda link: f"[{link.group(2) or link.group(1)}](<{link.group(1)}>)", text)
    for pattern, shape in EMPHASIS:
        text = pattern.sub(shape, text)
    return text


def _with_front_matter(out: list[str], front: dict[str, str]) -> tuple[str, ...]:
    """The front matter written over the first lines the keywords left empty
    (or added above, shifting nothing the log names but those keywords)."""
    if not front:
        return tuple(out)
    written = ["---", *yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000).splitlines(), "---"]
    free = next((i for i in range(len(out) + 1) if all(not line.strip() for line in out[i : i + len(written)]) and i + len(written) <= len(out)), None)
    if free is not None and all(not line.strip() for line in out[:free]):
        return tuple(out[:free] + written + out[free + len(written) :])
    return tuple(written + out)
