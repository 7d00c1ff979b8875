"""Frozen dataclasses passed between the pipeline stages."""

from __future__ import annotations

import dataclasses
from typing import Literal


class EssayError(Exception):
    """A bad input, reported to the user as one line: `file:line: message`."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


@dataclasses.dataclass(frozen=True)
class SourceText:
    """An essay file decoded and split into lines by the one line splitter."""

    path: str  # as shown to the user, relative to the project root
    stem: str
    lines: tuple[str, ...]  # line i is line number i + 1 of the file
    # Numbers of the lines that ended in two spaces after text, trimmed from
    # `lines`: Markdown's hard line break (formats/mdbreaks.py).
    breaks: frozenset[int] = frozenset()


Line = tuple[int, str]  # (line number, text)


@dataclasses.dataclass(frozen=True)
class RawBlock:
    """Lines between blank lines, before any interpretation."""

    lines: tuple[Line, ...]
    # The character the author underlined this one line with: a heading
    # (formats/underlines.py); "" for any other block.
    rule: str = ""

    @property
    def first(self) -> int:
        return self.lines[0][0]

    @property
    def last(self) -> int:
        return self.lines[-1][0]

    @property
    def size(self) -> int:
        return sum(len(text) for _, text in self.lines)


@dataclasses.dataclass(frozen=True)
class Removed:
    """A span of web clutter taken out of the essay, kept for the build log."""

    first_line: int
    last_line: int
    rule: str
    preview: str


# paragraph: one item. list: one item per entry. quote: one item per quoted
# paragraph. verse: one item per line, line breaks kept (poems, mottoes).
# code: one item, shown preformatted and never linked.
BlockKind = Literal["paragraph", "list", "quote", "verse", "code", "table", "math", "break"]
MarkKind = Literal["em", "strong", "code", "link", "del", "math"]
# A line break the author made inside a paragraph (Markdown's hard break,
# `<br>`): U+2028, which no line of input holds (read.py splits lines at it).
# The escaper shows it as a break; the frame, slugs and terms as a space.
LINE_BREAK = "\u2028"


@dataclasses.dataclass(frozen=True)
class Mark:
    """Inline markup the essay itself carries (from Markdown input): a span
    [start, end) of one item's text. Spans nest or are disjoint, never cross."""

    start: int
    end: int
    kind: MarkKind
    href: str | None = None  # for links: an absolute http(s)/mailto URL or an in-essay #fragment


@dataclasses.dataclass(frozen=True)
class Block:
    """A paragraph, list, quote, verse or code block of essay prose."""

    kind: BlockKind
    items: tuple[str, ...]
    line: int
    ordered: bool = False
    start: int = 1
    # Per item, its inline marks (empty for plain-text essays).
    marks: tuple[tuple[Mark, ...], ...] = ()
    # A table's items are its cells, row by row, the header row first.
    columns: int = 0
    align: tuple[str, ...] = ()  # per column: "left", "right", "center" or ""
    # A callout quote's kind ("note", "tip", "warning"…: formats/mdquotes.py).
    callout: str = ""
    language: str = ""  # a code block's, as its fence names it ("python")
    # A nested list's, per item: depth (0 outermost) and marker ("-", "3.", or
    # "" going on with the item above). Empty for a flat list: see `ordered`.
    depths: tuple[int, ...] = ()
    markers: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.items)

    def marks_of(self, item: int) -> tuple[Mark, ...]:
        return self.marks[item] if item < len(self.marks) else ()


@dataclasses.dataclass(frozen=True)
class Section:
    """A heading with its prose: at `level` 1 a page, deeper a subsection in its page."""

    heading: str
    line: int
    blocks: tuple[Block, ...]
    level: int = 1
    subsections: tuple[Section, ...] = ()

    def all_blocks(self) -> tuple[Block, ...]:
        """Own blocks, then every subsection's, in reading order."""
        return self.blocks + tuple(b for sub in self.subsections for b in sub.all_blocks())


@dataclasses.dataclass(frozen=True)
class MetaField:
    """Front matter of a scraped article: author, date, copyright, abstract."""

    label: str
    value: str
    line: int


@dataclasses.dataclass(frozen=True)
class Note:
    """One note, referenced as `[key]` in the text; its paragraphs are separated by "\n\n"."""

    key: str
    text: str
    line: int
    # Per paragraph of `text` (split at "\n\n"), its inline marks: a
    # Markdown note's links and emphasis (empty for plain-text essays).
    marks: tuple[tuple[Mark, ...], ...] = ()

    def paragraphs(self) -> list[tuple[str, tuple[Mark, ...]]]:
        """Each paragraph with its marks, empty ones left out."""
        parts = self.text.split("\n\n")
        return [(part, self.marks[i] if i < len(self.marks) else ()) for i, part in enumerate(parts) if part.strip()]


@dataclasses.dataclass(frozen=True)
class Essay:
    path: str
    stem: str
    title: str
    dek: str | None
    meta: tuple[MetaField, ...]
    intro: tuple[Block, ...]
    sections: tuple[Section, ...]
    notes: tuple[Note, ...]
    removed: tuple[Removed, ...]
    split_into_parts: bool = False
    epigraph: tuple[Block, ...] = ()  # motto, verse or quotation set under the title
    language: str = "en"  # ISO 639-1 code of the essay's main language
    format: str = "plain"  # the reader that read it: plain, markdown, gutenberg, webpage
    title_note: str | None = None  # a note the title points at ("THE WILL TO BELIEVE.[1]")



# --- after linking -----------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Text:
    """Plain essay text, inside the essay's own inline marks (outermost first)."""

    text: str
    style: tuple[MarkKind, ...] = ()
    href: str | None = None  # set when a "link" style is among `style`


@dataclasses.dataclass(frozen=True)
class TermRef:
    """A mention of a glossary term; `linked` marks the first on its page."""

    text: str
    term: str  # slug of the glossary entry
    linked: bool
    style: tuple[MarkKind, ...] = ()  # the essay's emphasis around the mention


@dataclasses.dataclass(frozen=True)
class NoteRef:
    key: str


Inline = Text | TermRef | NoteRef


@dataclasses.dataclass(frozen=True)
class Para:
    """A block of prose with its stable anchor and its linked inline runs."""

    anchor: str
    block: Block  # as the essay holds it: its kind, layout and plain text
    items: tuple[tuple[Inline, ...], ...]
    # A list's items each have an anchor, the first being `anchor`: a bullet is linked to as a paragraph is.
    item_anchors: tuple[str, ...] = ()

    @property
    def kind(self) -> BlockKind:
        return self.block.kind

    @property
    def plain(self) -> tuple[str, ...]:
        return self.block.items

    @property
    def text(self) -> str:
        return self.block.text

    @property
    def anchors(self) -> tuple[str, ...]:
        return self.item_anchors or ((self.anchor,) if self.anchor else ())  # a scene break has none

    def anchor_of(self, item: int) -> str:
        """The anchor a reader lands on for the text of item `item`."""
        return self.item_anchors[item] if item < len(self.item_anchors) else self.anchor


@dataclasses.dataclass(frozen=True)
class SubHeading:
    """A subsection heading inside a page, placed before `paras[position]`."""

    position: int
    level: int  # 2 for a subsection, 3 for a sub-subsection
    heading: str
    anchor: str


@dataclasses.dataclass(frozen=True)
class Page:
    """One section page (or the index, whose slug is empty)."""

    slug: str
    heading: str
    paras: tuple[Para, ...]
    subheadings: tuple[SubHeading, ...] = ()


@dataclasses.dataclass(frozen=True)
class Term:
    slug: str
    term: str
    aliases: tuple[str, ...]
    definition: str
    see_also: tuple[str, ...]
    theme: bool
    line: int | None = None


@dataclasses.dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]  # sorted A–Z by term
    curated: bool
    path: str | None


@dataclasses.dataclass(frozen=True)
class Mention:
    term: str  # term slug
    page: str  # page slug ('' for the index)
    anchor: str  # paragraph anchor
    sentence: str


@dataclasses.dataclass(frozen=True)
class Related:
    slug: str
    heading: str
    shared: tuple[str, ...]  # slugs of the shared terms that carry the weight, strongest first
    score: float  # cosine similarity of the two sections' TF-IDF term vectors


@dataclasses.dataclass(frozen=True)
class LinkedEssay:
    """The essay with anchors, term links, and theme cross-references."""

    essay: Essay
    index: Page
    pages: tuple[Page, ...]
    glossary: Glossary
    mentions: tuple[Mention, ...]  # in essay order
    related: dict[str, tuple[Related, ...]]
    notes: dict[str, tuple[tuple[Inline, ...], ...]]  # each note's paragraphs
