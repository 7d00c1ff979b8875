"""What a raw HTML block in a Markdown essay shows: its text, never its markup.

- A quotation element (<blockquote>, <aside>, <q>, or a <figure> holding a
  quotation) gives a quote; anything else a paragraph.
- A <figure> of a picture is its caption, in italics: the picture is not on
  the site, and its alt text or a description hidden for screen readers
  would only repeat the caption.
- A quotation element that a blank line cut (CommonMark ends an HTML block
  there: a pull quote of two paragraphs and a credit) stays open, and the
  blocks up to its closing tag are its paragraphs.
"""

from __future__ import annotations

import dataclasses
import re

from .mdinline import html_text

QUOTE_TAG = re.compile(r"^\s*<(blockquote|aside|q|figure)\b", re.IGNORECASE)
FIGURE_ALONE = re.compile(r"^\s*<figure\b(?![\s\S]*<blockquote\b)", re.IGNORECASE)
FIGURE_CAPTION = re.compile(r"<figcaption\b[^>]*>([\s\S]*?)</figcaption\s*>", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Shown:
    text: str  # read as Markdown inline text (a pull quote's credit often holds a link)
    kind: str  # "quote" or "paragraph"
    caption: bool = False  # a figure's caption, set in italics
    left_open: str = ""  # the closing tag of a quotation element the block did not close ("</aside")


def shown(content: str) -> Shown:
    caption = FIGURE_CAPTION.search(content) if FIGURE_ALONE.match(content) else None
    if caption:
        return Shown(html_text(caption.group(1)), "paragraph", caption=True)
    quoted = QUOTE_TAG.match(content)
    if not quoted:
        return Shown(html_text(content), "paragraph")
    closing = f"</{quoted.group(1).lower()}"
    return Shown(html_text(content), "quote", left_open="" if closing in content.lower() else closing)


def until_closed(content: str, closing: str) -> tuple[str, bool]:
    """The text of an HTML block inside an open element, up to its closing
    tag; and whether the tag closed it."""
    at = content.lower().find(closing)
    return (html_text(content), False) if at < 0 else (html_text(content[:at]), True)
