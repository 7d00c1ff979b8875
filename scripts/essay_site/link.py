"""Essay + Glossary → LinkedEssay: page slugs, paragraph anchors, mentions.

Paragraph anchors are the slug of the paragraph's opening words
(`#the-global-significance-of-this-approach`), unique across the whole essay,
so the one-page edition can carry exactly the same ids as the section pages.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Mapping

from .glossary import Matcher, compile_matcher, key
from .model import (
    Block,
    Mark,
    Section,
    SubHeading,
    Essay,
    Glossary,
    Inline,
    LinkedEssay,
    Mention,
    Note,
    NoteRef,
    Page,
    Para,
    TermRef,
    Text,
)
from .slugs import UniqueSlugs, slugify, word_slug
from .text import is_scene_break, sentence_spans
from .terms.definitions import best_sentence, with_extracted_definitions  # noqa: F401 (render.py imports best_sentence from here)
from .terms.related import related_sections

# URLs the site itself uses: a section may never take one of them.
RESERVED_PAGES = ("assets", "glossary", "index", "p", "read", "search", "theme-map", "themes", "404")
# Ids of headings our pages add next to the paragraphs.
RESERVED_IDS = ("contents", "footnotes", "notes", "related-sections", "themes-in-this-section", "appears-in")
NOTE_MARK = re.compile(r"\[([0-9A-Za-z]{1,3})\]")
# At most this many term links in one paragraph: more is a wall of
# underlines. A term over the cap links at its next mention on the page.
MAX_TERM_LINKS = 3
# A marker with the space before it, as a quote drops it: "decades [2]." → "decades.".
QUOTED_NOTE_MARK = re.compile(r"\s*\[([0-9A-Za-z]{1,3})\]")


def section_slugs(essay: Essay) -> tuple[str, ...]:
    taken = UniqueSlugs(RESERVED_PAGES)
    return tuple(taken.claim(slugify(s.heading, f"section-{i}")) for i, s in enumerate(essay.sections, 1))


def link(essay: Essay, glossary: Glossary) -> LinkedEssay:
    slugs = section_slugs(essay)
    anchors = UniqueSlugs((*RESERVED_IDS, *slugs, slugify(essay.title, "")))
    matcher = compile_matcher(glossary.terms, names_keep_capitals=not glossary.curated)
    notes = {n.key: n for n in essay.notes}
    index = build_page("", essay.title, essay.intro, anchors, matcher, notes)
    pages = tuple(build_section_page(slug, s, anchors, matcher, notes) for slug, s in zip(slugs, essay.sections))
    mentions = tuple(m for page in (index, *pages) for m in page_mentions(page))
    if not glossary.curated:
        found = {m.term for m in mentions}
        if any(t.slug not in found for t in glossary.terms):
            # An extracted term the linker never finds (a longer term wins
            # every place it occurs) would be an entry that appears nowhere.
            # Dropping it frees no text, so the other terms link as before.
            return link(essay, dataclasses.replace(glossary, terms=tuple(t for t in glossary.terms if t.slug in found)))
        glossary = with_extracted_definitions(glossary, mentions, essay.language)
    return LinkedEssay(
        essay=essay,
        index=index,
        pages=pages,
        glossary=glossary,
        mentions=mentions,
        related=related_sections(pages, mentions),
        notes={key: note_runs(note) for key, note in notes.items()},
    )


def note_runs(note: Note) -> tuple[tuple[Inline, ...], ...]:
    """A note's paragraphs as inline runs: its own links and emphasis, no
    term links (a note is read apart from the page's prose)."""
    return tuple(tuple(marked_inlines(text, marks, NO_TERMS, {}, PageLinks())) for text, marks in note.paragraphs())


def build_page(
    slug: str,
    heading: str,
    blocks: tuple[Block, ...],
    anchors: UniqueSlugs,
    matcher: Matcher,
    notes: Mapping[str, Note],
) -> Page:
    return build_section_page(slug, Section(heading, 0, blocks), anchors, matcher, notes)


class PageLinks:
    """Which terms a page has linked so far, and how many more term links
    the current paragraph may carry."""

    def __init__(self) -> None:
        self.linked: set[str] = set()
        self.left = MAX_TERM_LINKS

    def new_paragraph(self) -> PageLinks:
        self.left = MAX_TERM_LINKS
        return self

    def claim(self, term: str) -> bool:
        """Whether this mention of `term` gets the link: its first on the
        page, while the paragraph is under the cap."""
        if term in self.linked or self.left <= 0:
            return False
        self.linked.add(term)
        self.left -= 1
        return True


def build_section_page(slug: str, section: Section, anchors: UniqueSlugs, matcher: Matcher, notes: Mapping[str, Note]) -> Page:
    """A top-level section with its subsections flattened: their headings
    become SubHeadings placed between the paragraphs."""
    linked = PageLinks()  # terms already linked on this page
    paras: list[Para] = []
    subheadings: list[SubHeading] = []

    def walk(part: Section) -> None:
        for block in part.blocks:
            paras.append(make_para(block, anchors, matcher, notes, linked.new_paragraph()))
        for sub in part.subsections:
            anchor = anchors.claim(word_slug(sub.heading) or "section")
            subheadings.append(SubHeading(len(paras), min(sub.level, 6), sub.heading, anchor))
            walk(sub)

    walk(section)
    return Page(slug, section.heading, tuple(paras), tuple(subheadings))


# Blocks and marks shown as written.
VERBATIM = frozenset({"code", "math"})
# Finds nothing: a table's cells get no term links (a link's attribute list
# would need a line break, which ends a table row).
NO_TERMS = Matcher(re.compile(r"(?!)(?P<spaced>)(?P<unspaced>)"), {})


def make_para(block: Block, anchors: UniqueSlugs, matcher: Matcher, notes: Mapping[str, Note], linked: PageLinks) -> Para:
    if block.kind == "paragraph" and is_scene_break(block.text):
        return Para("", Block("break", (), block.line), ())  # the author's break between passages: no words, no link
    anchor = anchors.claim(word_slug(anchor_words(block.text, notes)) or "p")
    if block.kind in VERBATIM:  # code and math are shown as written: no term links, no note markers
        items = tuple((Text(item, (block.kind,)),) for item in block.items)
    elif block.kind == "table":  # cells are data, not prose: their own marks, no term links
        items = tuple(tuple(marked_inlines(item, block.marks_of(i), NO_TERMS, notes, linked)) for i, item in enumerate(block.items))
    else:
        items = tuple(
            tuple(marked_inlines(item, block.marks_of(i), matcher, notes, linked)) for i, item in enumerate(block.items)
        )
    item_anchors = (anchor, *(anchors.claim(word_slug(anchor_words(item, notes)) or "p") for item in block.items[1:])) if block.kind == "list" else ()
    return Para(anchor, block, items, item_anchors)


def anchor_words(text: str, notes: Mapping[str, Note]) -> str:
    """The words a paragraph's id is made of: a note's marker is none of
    them ("naturstand", not "naturstand2"), and a tag written as text is its
    name ("<html>" is "html"; slugify would drop it as markup)."""
    return NOTE_MARK.sub(lambda m: " " if m.group(1) in notes else m.group(), text).replace("<", " ").replace(">", " ")


def marked_inlines(
    text: str, marks: tuple[Mark, ...], matcher: Matcher, notes: Mapping[str, Note], linked: PageLinks
) -> Iterator[Inline]:
    """Inline runs of one item, split where the essay's own marks begin and
    end; terms are never linked inside the essay's links or code."""
    if not marks:
        yield from inlines(text, matcher, notes, linked)
        return
    for start, end, style, href in styled_segments(text, marks):
        if "link" in style or VERBATIM.intersection(style):
            yield Text(text[start:end], style, href)
            continue
        for run in inlines(text[start:end], matcher, notes, linked):
            yield dataclasses.replace(run, style=style) if isinstance(run, (Text, TermRef)) else run


def styled_segments(text: str, marks: tuple[Mark, ...]) -> Iterator[tuple[int, int, tuple[str, ...], str | None]]:
    """(start, end, styles outermost first, href) for each stretch of text
    under one set of marks."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    ordered = sorted(marks, key=lambda m: (m.start, -m.end))
    for start, end in zip(cuts, cuts[1:]):
        if start >= end:
            continue
        over = [m for m in ordered if m.start <= start and end <= m.end]
        href = next((m.href for m in over if m.kind == "link"), None)
        yield start, end, tuple(m.kind for m in over), href


def inlines(text: str, matcher: Matcher, notes: Mapping[str, Note], linked: PageLinks) -> Iterator[Inline]:
    """Split text into plain runs, term mentions and note markers."""
    at = 0
    for start, end, term in matcher.find(text):
        yield from with_note_refs(text[at:start], notes)
        yield TermRef(text[start:end], term, linked=linked.claim(term))
        at = end
    yield from with_note_refs(text[at:], notes)


def with_note_refs(text: str, notes: Mapping[str, Note]) -> Iterator[Inline]:
    at = 0
    for found in NOTE_MARK.finditer(text):
        if found.group(1) in notes:
            if found.start() > at:
                yield Text(text[at : found.start()])
            yield NoteRef(found.group(1))
            at = found.end()
    if at < len(text):
        yield Text(text[at:])


def page_mentions(page: Page) -> Iterator[Mention]:
    for para in page.paras:
        for item, (runs, plain) in enumerate(zip(para.items, para.plain)):
            ends: list[int] = []  # sentence ends, found once per item that has a mention
            spans: list[tuple[int, int]] = []
            offset = 0
            marks = {run.key for run in runs if isinstance(run, NoteRef)}
            for run in runs:
                if isinstance(run, TermRef):
                    if not spans:
                        spans = sentence_spans(plain)
                        ends = [end for _, end in spans]
                    sentence = without_note_marks(sentence_of(plain, spans, ends, offset), marks)
                    yield Mention(run.term, page.slug, para.anchor_of(item), sentence)
                offset += len(run.text) if not isinstance(run, NoteRef) else len(run.key) + 2


def without_note_marks(text: str, keys: set[str]) -> str:
    """A sentence quoted on another page (glossary, themes) drops its footnote
    markers: the notes they point at are not on that page."""
    if not keys:
        return text
    return QUOTED_NOTE_MARK.sub(lambda m: "" if m.group(1) in keys else m.group(0), text)


def sentence_of(text: str, spans: list[tuple[int, int]], ends: list[int], offset: int) -> str:
    """The sentence that holds character `offset`, found by bisecting the sentence ends."""
    i = bisect.bisect_right(ends, offset)
    if i < len(spans):
        start, end = spans[i]
        return text[start:end].strip()
    return text.strip()


def aliases_never_matched(linked: LinkedEssay) -> list[tuple[str, str]]:
    """(term, alias) pairs that never occur in the essay, for a warning.

    Reads the mentions that linking found, so the essay is matched once.
    """
    seen = {
        key(run.text)
        for page in (linked.index, *linked.pages)
        for para in page.paras
        for item in para.items
        for run in item
        if isinstance(run, TermRef)
    }
    return never_matched(linked.glossary, seen)


def never_matched(glossary: Glossary, seen: set[str]) -> list[tuple[str, str]]:
    # A mention may carry a plural or possessive ending: "standards body's".
    return [
        (t.term, n)
        for t in glossary.terms
        for n in t.aliases
        if not any(s == key(n) or s.startswith(key(n)) for s in seen)
    ]
