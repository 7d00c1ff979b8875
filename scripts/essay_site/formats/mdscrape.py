"""What a web page scraped to Markdown leaves behind, read for what it is.

A page saved as Markdown by a converter (pandoc, a scraper) keeps traces of
its HTML: an anchor's attribute list alone on a line (` {#AUX_JEUNES_GENS}`),
a backslash alone where the page had a line break (`\\`), chapter numbers
set as plain paragraphs ("I", "II") where the page had headings, and a
front-matter title that is the wiki page's path ("Paroles d’un révolté/Aux
jeunes gens"). The traces go (logged); the numbers become the sections; the
path's last part, when the page repeats it, is the title and the rest the
work it is from.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Block, MetaField
from ..text import same_words
from .frontmatter import FrontMatter
from .lines import heading_like
from .mdheading import Heading, Item

log = logging.getLogger("essay_site")

# An attribute list alone (pandoc, kramdown): {#id}, {.class}, {: #id }.
ATTRIBUTES = re.compile(r"^\{:?\s*[#.][^{}]*\}$")
NUMBER = re.compile(r"^(?P<n>[IVXLC]{1,7}|\d{1,3})\.?$")
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# The page repeats its title among its first paragraphs.
TITLE_WINDOW = 4


def without_residue(path: str, items: list[Item]) -> list[Item]:
    kept = []
    for item in items:
        if isinstance(item, Block) and item.kind == "paragraph" and (ATTRIBUTES.match(item.text) or item.text == "\\"):
            log.info("%s:%d: converter residue dropped: %r", path, item.line, item.text)
        else:
            kept.append(item)
    return kept


def numbered_headings(path: str, items: list[Item]) -> list[Item]:
    """Paragraphs that are only a number, counting 1, 2, 3… (I, II, III…),
    are the sections' headings, when the page has no others."""
    headings = [item for item in items if isinstance(item, Heading)]
    if len(headings) > 1 or (headings and headings[0].level > 1):  # a `# Title` alone is no structure
        return items
    numbers = [i for i, item in enumerate(items) if isinstance(item, Block) and item.kind == "paragraph" and NUMBER.match(item.text)]
    values = [value(items[i].text) for i in numbers]  # type: ignore[union-attr]
    if len(numbers) < 2 or values != list(range(1, len(numbers) + 1)):
        return items
    log.info("%s: the paragraphs %s read as the section headings", path, ", ".join(items[i].text for i in numbers))  # type: ignore[union-attr]
    found = list(items)
    for i in numbers:
        block = found[i]
        assert isinstance(block, Block)
        found[i] = Heading(block.text.rstrip("."), 2, block.line)
    return found


def value(number: str) -> int:
    number = number.rstrip(".")
    if number.isdigit():
        return int(number)
    total = 0
    for letter, following in zip(number, [*number[1:], ""]):
        total += -ROMAN[letter] if following and ROMAN[following] > ROMAN[letter] else ROMAN[letter]
    return total


def path_title(front: FrontMatter, items: list[Item]) -> tuple[FrontMatter, list[Item]]:
    """A front-matter title that is a page's path ("Work/Part"), when the
    page repeats its last part near the top: that part is the title."""
    if not front.title or "/" not in front.title:
        return front, items
    work, _, part = front.title.rpartition("/")
    at = next((i for i, item in enumerate(items[:TITLE_WINDOW]) if same(item, part)), None)
    if at is None or not work.strip() or not part.strip():
        return front, items
    meta = (*front.meta, MetaField("From", work.strip(), front.first_line))
    return dataclasses.replace(front, title=part.strip(), meta=meta), items[:at] + items[at + 1 :]


def same(item: Item, title: str) -> bool:
    text = item.text if isinstance(item, (Heading, Block)) else ""
    if isinstance(item, Block) and (item.kind != "paragraph" or not heading_like(text)):
        return False
    return same_words(text, title)
