"""Frozen dataclasses passed between the pipeline stages."""

from __future__ import annotations

import dataclasses
from typing import Literal


class EssayError(Exception):
    """A bad input, reported to the user as one line: `file:line: message`."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


@dataclasses.dataclass(frozen=True)
class SourceText:
    """An essay file decoded and split into lines by the one line splitter."""

    path: str  # as shown to the user, relative to the project root
    stem: str
    lines: tuple[str, ...]  # line i is line number i + 1 of the file


Line = tuple[int, str]  # (line number, text)


@dataclasses.dataclass(frozen=True)
class RawBlock:
    """Lines between blank lines, before any interpretation."""

    lines: tuple[Line, ...]

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


BlockKind = Literal["paragraph", "list"]


@dataclasses.dataclass(frozen=True)
class Block:
    """A paragraph (one item) or a list (one item per entry) of essay prose."""

    kind: BlockKind
    items: tuple[str, ...]
    line: int
    ordered: bool = False
    start: int = 1

    @property
    def text(self) -> str:
        return " ".join(self.items)


@dataclasses.dataclass(frozen=True)
class Section:
    heading: str
    line: int
    blocks: tuple[Block, ...]


@dataclasses.dataclass(frozen=True)
class MetaField:
    """Front matter of a scraped article: author, date, copyright, abstract."""

    label: str
    value: str
    line: int


@dataclasses.dataclass(frozen=True)
class Note:
    """One entry of a closing Notes section, referenced as `[key]` in the text."""

    key: str
    text: str
    line: int


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


# --- after linking -----------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Text:
    text: str


@dataclasses.dataclass(frozen=True)
class TermRef:
    """A mention of a glossary term; `linked` marks the first on its page."""

    text: str
    term: str  # slug of the glossary entry
    linked: bool


@dataclasses.dataclass(frozen=True)
class NoteRef:
    key: str


Inline = Text | TermRef | NoteRef


@dataclasses.dataclass(frozen=True)
class Para:
    """A block of prose with its stable anchor and its linked inline runs."""

    anchor: str
    kind: BlockKind
    items: tuple[tuple[Inline, ...], ...]
    plain: tuple[str, ...]
    ordered: bool = False
    start: int = 1

    @property
    def text(self) -> str:
        return " ".join(self.plain)


@dataclasses.dataclass(frozen=True)
class Page:
    """One section page (or the index, whose slug is empty)."""

    slug: str
    heading: str
    paras: tuple[Para, ...]
    words: int


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
    shared: tuple[str, ...]  # theme slugs, strongest first
    score: int


@dataclasses.dataclass(frozen=True)
class LinkedEssay:
    """The essay with anchors, term links, and theme cross-references."""

    essay: Essay
    index: Page
    pages: tuple[Page, ...]
    glossary: Glossary
    mentions: tuple[Mention, ...]  # in essay order
    related: dict[str, tuple[Related, ...]]
    notes: dict[str, str]
