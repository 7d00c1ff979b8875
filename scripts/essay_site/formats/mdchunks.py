"""Code chunks of R Markdown and Quarto posts (```{r setup, include=FALSE}).

Such a chunk runs when the author's site generator builds the post. Here no
code runs, so a chunk that shows nothing (include=FALSE, `#| include: false`)
or hides its code (echo=FALSE, `#| echo: false`) is taken out, with a log
line. A shown chunk keeps its code without its `#|` option lines, and its
fence names the language plainly (```{python} → ```python). The file keeps
its lines, so every later message names the right line.
"""

from __future__ import annotations

import logging
import re

from markdown_it import MarkdownIt

log = logging.getLogger("essay_site")

_CHUNK_INFO = re.compile(r"^\{(?P<language>[\w.+-]*)(?P<options>[^}]*)\}")
_HIDDEN_OPTION = re.compile(r"\b(?:include|echo)\s*=\s*(?:FALSE|F|False|false)\b")
_OPTION_LINE = re.compile(r"^\s*#\|\s*(?P<key>[\w-]+)\s*:\s*(?P<value>.*?)\s*$")


def without_hidden_chunks(path: str, lines: list[str], offset: int) -> list[str]:
    if not any(line.lstrip().startswith(("```{", "~~~{")) for line in lines):
        return lines
    out = list(lines)
    for token in MarkdownIt("commonmark").parse("\n".join(lines)):
        found = _CHUNK_INFO.match(token.info.strip()) if token.type == "fence" and token.map else None
        if found and token.map:
            _chunk(path, out, token.map, found, offset)
    return out


def _chunk(path: str, out: list[str], span: list[int], info: re.Match[str], offset: int) -> None:
    first, end = span
    body = list(range(first + 1, end - 1 if _closes(out, end - 1, out[first]) else end))
    options = [m for m in (_OPTION_LINE.match(out[at]) for at in body) if m]
    hidden = _HIDDEN_OPTION.search(info.group("options")) or any(
        m.group("key") in ("include", "echo") and m.group("value").lower() == "false" for m in options
    )
    if hidden:
        log.info("%s:%d: code chunk not shown: it shows nothing or hides its code, and no code runs here", path, offset + first + 1)
        out[first:end] = [""] * (end - first)
        return
    opening = out[first]
    out[first] = opening[: len(opening) - len(opening.lstrip())] + opening.lstrip()[:3] + info.group("language")
    code = [out[at] for at in body if not _OPTION_LINE.match(out[at])]
    for at, line in zip(body, code + [""] * (len(body) - len(code))):
        out[at] = line


def _closes(out: list[str], at: int, opening: str) -> bool:
    fence = opening.lstrip()[:3]
    return 0 <= at < len(out) and out[at].strip().startswith(fence) and not out[at].strip().strip(fence[0])
