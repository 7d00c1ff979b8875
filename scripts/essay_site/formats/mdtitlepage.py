"""A book's title page set as Markdown headings, as a conversion of an
HTML edition gives it: "# A SENHORA RATTAZZI", "##### NOVA EDIÇÃO",
"Porto: 1880…", "## A SENHORA RATTAZZI", "##### POR", "##### CAMILLO
CASTELLO BRANCO", …, "1880", and only then the prose. Short headings and
lines above the first prose that name the title again are the title page:
the title block's, not sections. They are removed and logged; the headings
right above the prose open the first section.

A one-paragraph summary under the title, set off by a rule, is the dek
(`with_standfirst`), as is a short line in italics right under it
(`italic_subtitle`); a byline, date or translator line under the title is
metadata (`title_block_line`).
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Block, Essay, MetaField, Removed
from ..text import is_scene_break, same_words
from .dates import date_value
from .mdheading import Heading, Item
from .titlelines import byline_date, byline_name, byline_names, date_first, translator_names

log = logging.getLogger("essay_site")

# A summary under the title is a sentence or two.
MAX_STANDFIRST_WORDS = 60
# A paragraph this long is prose, not a line of a title page.
PROSE_WORDS = 12
# A title page is a page: this many headings and lines at most.
MAX_PAGE_ITEMS = 16


def without_title_page(path: str, title: str, items: list[Item]) -> tuple[list[Item], tuple[Removed, ...]]:
    prose = next((i for i, item in enumerate(items) if is_prose(item)), None)
    if prose is None or prose > MAX_PAGE_ITEMS:
        return items, ()
    start = prose
    while start > 0 and isinstance(items[start - 1], Heading):  # the first section's own heading
        start -= 1
    page = items[:start]
    if len(page) < 2 or any(isinstance(item, Block) and item.kind != "paragraph" for item in page):
        return items, ()
    if not any(isinstance(item, Heading) and same_words(item.text, title) for item in page):
        return items, ()
    removed = Removed(page[0].line, page[-1].line, "title page set as headings", page[0].text)
    log.info("%s:%d-%d: removed %s: %r", path, removed.first_line, removed.last_line, removed.rule, removed.preview)
    return items[start:], (removed,)


def is_prose(item: Item) -> bool:
    return isinstance(item, Block) and item.kind == "paragraph" and len(item.text.split()) >= PROSE_WORDS


def with_standfirst(essay: Essay, rules: list[int]) -> Essay:
    """A one-paragraph summary right under the title, set off from the body
    by a rule, is the essay's dek ("Beginning in September, …" then "---"),
    when the front matter gives none."""
    intro = essay.intro
    if essay.dek or not intro or intro[0].kind != "paragraph" or len(intro[0].text.split()) > MAX_STANDFIRST_WORDS:
        return essay
    rest = intro[1:]
    while rest and is_scene_break(rest[0].text):
        rest = rest[1:]  # the rule itself goes with it
    after = rest[0].line if rest else min((s.line for s in essay.sections), default=0)
    if not any(intro[0].line < rule < after for rule in rules):
        return essay
    log.info("%s:%d: read as the dek: a summary set off by a rule", essay.path, intro[0].line)
    return dataclasses.replace(essay, dek=intro[0].text, intro=rest)


# An abstract's heading, in the languages the interface speaks.
ABSTRACT_HEADINGS = frozenset(
    "abstract summary zusammenfassung résumé resumen resumo sommario riassunto tiivistelmä аннотация περίληψη"
    " תקציר ملخص सारांश 摘要 要旨 요약 özet".split()
)


def with_abstract(essay: Essay) -> Essay:
    """A first section headed "Abstract" that holds one paragraph is the
    essay's summary, its dek, as an abstract is: not a page of its own."""
    first = essay.sections[0] if essay.sections else None
    if essay.dek or first is None or first.heading.strip(" :.").casefold() not in ABSTRACT_HEADINGS:
        return essay
    if first.subsections or len(first.blocks) != 1 or first.blocks[0].kind != "paragraph":
        return essay
    log.info("%s:%d: the abstract read as the dek", essay.path, first.line)
    return dataclasses.replace(essay, dek=first.blocks[0].text, sections=essay.sections[1:])


# A subtitle is a phrase: longer, it is an editor's note set in italics.
MAX_SUBTITLE_WORDS = 12
# An editor's or a picture's note set in italics under the title, however short.
EDITORS_NOTE = re.compile(r"\b(?:published|posted|edited|updated|reprinted|translated|photo|image|illustration|credit|via)\b", re.IGNORECASE)


def italic_subtitle(block: Block) -> bool:
    """A short line wholly in italics right under the title, not a sentence
    ("*An essay on formats*", "*Why does it last?*"): the subtitle. An
    editor's note in italics ("*First published in …*.") ends as a sentence."""
    if block.kind != "paragraph" or len(block.items) != 1 or len(block.text.split()) > MAX_SUBTITLE_WORDS:
        return False
    marks = block.marks_of(0)
    whole = any(m.kind == "em" and m.start == 0 and m.end == len(block.text) for m in marks)
    return whole and not block.text.rstrip().endswith((".", ":", ";", ",")) and not EDITORS_NOTE.search(block.text)


def title_block_line(block: Block, meta: list[MetaField], after_prose: bool) -> bool:
    """A byline, date or editor's note right under the title is metadata."""
    if after_prose or block.kind != "paragraph":
        return False
    text = date_first(block.text)
    if translated := translator_names(text):
        meta.extend(MetaField("Translator", name, block.line) for name in translated)
        return True
    names = byline_names(text) or tuple(filter(None, [byline_name(text)]))
    dated = byline_date(text) if names else date_value(text)
    known = {field.value for field in meta if field.label == "Author"}  # front matter's too
    meta.extend(MetaField("Author", name, block.line) for name in names if name not in known)
    if dated and not any(field.label == "Date" for field in meta):
        meta.append(MetaField("Date", dated, block.line))
    # Anything else (an editor's note too) stays where it is.
    return bool(names or dated)
