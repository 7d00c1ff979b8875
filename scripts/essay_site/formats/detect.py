"""Which format an essay file is in, and why: the reason goes to the build log.

- markdown: a `.md` file, or a `.txt` whose content is Markdown (front
  matter, several ATX headings, or headings with Markdown links/emphasis);
- gutenberg: a Project Gutenberg file (its `*** START OF …` marker, or
  without a header its closing "End of the Project Gutenberg EBook" line);
  a plain text in Aozora Bunko's layout (its notation key or colophon) is
  plain, read by its own reader (aozora.py);
- webpage: a page copied out of a browser, the essay inside menus and
  comments (see webpage.py); a wiki article has its own reader (wikipedia.py);
- plain: anything else, and a text with headings its author underlined
  (`Key people` over `----------`), which no browser types.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import SourceText
from .aozora import is_aozora
from .gutenberg import gutenberg_evidence
from .org import is_org
from .underlines import underlined_count
from .webpage import chrome_evidence
from .wikipedia import wiki_evidence

# Quarto's and R Markdown's files are Markdown with code chunks (mdchunks.py).
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".qmd", ".rmd")
ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")
FRONT_MATTER_FENCES = {"---": "YAML", "+++": "TOML"}
# Inline Markdown: [text](url), ![alt](src), **strong**, `code`, a ``` fence.
MARKDOWN_INLINE = re.compile(r"!?\[[^\]\n]+\]\([^)\s]+(?:\s+\"[^\"]*\")?\)|\*\*[^*\n]+\*\*|`[^`\n]+`|^ {0,3}(?:```|~~~)")
# A lone "# Title" is a stray hash before a plain-text title; more than that
# is a Markdown document.
MIN_ATX_HEADINGS = 2
# Underlines typed by the author: a copied web page has none.
MIN_UNDERLINED = 2


@dataclasses.dataclass(frozen=True)
class Detected:
    format: str  # markdown, gutenberg, webpage or plain
    reason: str
    reader: str = ""  # the reader to use, when not the format's own

    @property
    def reader_name(self) -> str:
        return self.reader or self.format


def detect(source: SourceText) -> Detected:
    lines = source.lines
    gutenberg = gutenberg_evidence(lines)
    front = front_matter_kind(lines)
    # A Gutenberg file never opens with front matter: one that does is a
    # book converted to Markdown, whose boilerplate the Markdown reader
    # removes (mdgutenberg.py).
    if gutenberg and not front:
        return Detected("gutenberg", gutenberg)
    if is_aozora(lines):
        # Plain text, in the layout of Japan's public-domain library: its own
        # reader strips the notation key, ruby and colophon.
        return Detected("plain", "plain text in Aozora Bunko's layout: notation key, ruby, colophon", "aozora")
    if is_org(source.path, lines):
        # Its "# comments" are no headings: Org's own reader maps it onto Markdown.
        return Detected("markdown", "Emacs Org-mode (an .org file, or #+TITLE: keywords)", "org")
    headings = sum(1 for line in lines if ATX_HEADING.match(line))
    if source.path.lower().endswith(MARKDOWN_SUFFIXES):
        return Detected("markdown", _reasons("file name ends in .md", front, headings))
    inline = sum(len(MARKDOWN_INLINE.findall(line)) for line in lines)
    if front or headings >= MIN_ATX_HEADINGS or (headings and inline):
        return Detected("markdown", _reasons(None, front, headings, inline))
    wiki = wiki_evidence(lines)
    if wiki:
        return Detected("webpage", wiki, "wikipedia")
    underlined = underlined_count(lines)
    if underlined >= MIN_UNDERLINED:
        return Detected("plain", f"{underlined} headings underlined by the author")
    chrome = chrome_evidence(lines)
    if chrome:
        return Detected("webpage", chrome)
    return Detected("plain", "no Markdown, Project Gutenberg or web page signs")


def front_matter_kind(lines: tuple[str, ...]) -> str | None:
    """YAML or TOML when the file opens with a fenced front matter block."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() not in FRONT_MATTER_FENCES:
        return None
    fence = lines[first].strip()
    closed = any(line.strip() == fence for line in lines[first + 2 :])
    # A key on the next line: a rule of dashes above prose is not front matter.
    key = re.match(r"^[\w-]+\s*" + ("=" if fence == "+++" else ":"), lines[first + 1] if first + 1 < len(lines) else "")
    return FRONT_MATTER_FENCES[fence] if closed and key else None


def _reasons(name: str | None, front: str | None, headings: int, inline: int = 0) -> str:
    parts = [name] if name else []
    if front:
        parts.append(f"{front} front matter")
    if headings:
        parts.append(f"{headings} ATX heading{'s' if headings != 1 else ''}")
    if inline:
        parts.append(f"{inline} inline Markdown mark{'s' if inline != 1 else ''}")
    return ", ".join(parts) or "Markdown"
