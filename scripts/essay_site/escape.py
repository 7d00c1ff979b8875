"""Every escaping rule, for each place essay text lands.

Essay text reaches the site in two ways, and each has its own rule:

- **The Markdown body** (`Escaper`): `& < >` become entities, because a
  backslash does not stop a tag, and the syntax characters of the very
  Markdown setup that mkdocs.yml configures are backslash-escaped. Text that
  starts a line is also guarded against list, heading and block markers.
- **The page frame** (`frame`): site name, page titles, nav labels,
  descriptions and the og:/twitter: tags are written by the theme's templates,
  which MkDocs' Jinja does not autoescape. So that text is HTML-escaped here,
  quotes included (it also lands in attribute values), and then written as
  YAML by PyYAML (yamlfile.py).

Raw HTML that we write ourselves (the SVG theme map, redirect pages) escapes
with `attribute`/`html_text`, and a JavaScript string with `js_string`.
"""

from __future__ import annotations

import html
import json
import re
from typing import TYPE_CHECKING

import markdown

from .model import LINE_BREAK

if TYPE_CHECKING:
    from .read import MarkdownSetup

# Syntax characters that only mean something at the start of a line (lists,
# headings, numbered lists after digits); elsewhere they are left alone so the
# generated Markdown stays readable in review. `!` is not one of them: before
# a term link's `[` it would make an image.
LINE_START_ONLY = frozenset(".-+#():")
_ORDERED_START = re.compile(r"^(\d+)([.)])")
_SPACES = re.compile(r"\s+")
# Inside the body, the author's own line breaks (model.LINE_BREAK) stay, as
# HTML: a Markdown break would need a new line, where the text could start a block.
_INLINE_SPACES = re.compile(rf"[^\S{LINE_BREAK}]+")


def one_line(text: str) -> str:
    """Each run of whitespace becomes one space: no indent or line break survives."""
    return _SPACES.sub(" ", text).strip()


class Escaper:
    """Makes any text render literally with one Markdown setup."""

    def __init__(self, setup: MarkdownSetup) -> None:
        md = markdown.Markdown(extensions=list(setup.extensions), extension_configs=setup.configs)
        chars = set(md.ESCAPED_CHARS)
        self.line_start = frozenset(chars & LINE_START_ONLY)
        table = {c: "\\" + c for c in chars - LINE_START_ONLY}
        table.update({"&": "&amp;", "<": "&lt;", ">": "&gt;", LINE_BREAK: "<br>"})
        self.table = str.maketrans(table)
        # In a heading every `#` is escaped: a trailing one would be read as
        # the heading's closing sequence and dropped ("Learning C#").
        self.heading_table = str.maketrans(table | ({"#": "\\#"} if "#" in chars else {}))

    def inline(self, text: str) -> str:
        """Escape text that sits inside a line."""
        return _INLINE_SPACES.sub(" ", text).replace(f" {LINE_BREAK}", LINE_BREAK).translate(self.table)

    def line(self, text: str) -> str:
        """Escape text that starts a line: also guard list, heading and block markers."""
        return self._guard_start(self.inline(text.lstrip()))

    def heading(self, text: str) -> str:
        """Escape the text of a `#` heading line, trailing syntax characters kept."""
        return self._guard_start(_SPACES.sub(" ", text.strip()).translate(self.heading_table))

    def _guard_start(self, escaped: str) -> str:
        ordered = _ORDERED_START.match(escaped)
        if ordered and ordered.group(2) in self.line_start:
            return f"{ordered.group(1)}\\{escaped[ordered.end(1):]}"
        if escaped[:1] in self.line_start:
            return "\\" + escaped
        return escaped


def frame(text: str) -> str:
    """Essay text for the page frame (front matter title and description,
    nav labels, site name): the theme prints it as HTML, in element text and
    in attribute values alike, so it is escaped for both."""
    return html.escape(one_line(text), quote=True)


def attribute(text: str) -> str:
    """Text for an attribute value of HTML we write ourselves."""
    return html.escape(text, quote=True)


def html_text(text: str) -> str:
    """Text for element content of HTML we write ourselves (also SVG)."""
    return html.escape(text, quote=False)


def js_string(text: str) -> str:
    """A JavaScript string literal that cannot end its <script> element."""
    return json.dumps(text).replace("</", "<\\/").replace("<!--", "<\\!--")
