"""The title block shared by the text readers: title, dek (subtitle),
byline, date, edition and publisher lines, an editor's note in brackets,
an epigraph, copyright and abstract lines at the top of an essay.

None of these becomes a section. `read_title_block` reads them all; the
`take_*` functions (titlemeta.py) read one piece each.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Block, Line, MetaField, Note, RawBlock
from ..text import ends_sentence
from .titlemeta import take_author_above, take_chapter_number, take_dek, take_meta, take_tail_meta, take_title
from .dateline import dateline
from .epigraph import attributed_epigraph, body_indent, epigraph_notes, epigraph_of, set_in_epigraph
from .headings import shape_of
from .lines import heading_like
from .titlecase import displayed, is_all_caps
from .titlepage import title_page_lines
from .dates import date_remark, date_value
from .titlelines import bare_name, note_under_title, bracket_note, byline_date, byline_name, byline_names, clean_title
from .titlelines import date_first, lone_author, title_and_author, title_key, name_line, split_bracketed_subtitle, split_title_note

log = logging.getLogger("essay_site")

# A subtitle set between the title and the byline may be a long wrapped phrase.
MAX_SUBTITLE_WORDS = 50
COPYRIGHT_ENTRY = re.compile(r"^\s*entered,?\s+according\s+to\s+(?:the\s+)?act\s+of\s+congress\b", re.IGNORECASE)
MAX_MOTTO_LINES, MAX_MOTTO_CHARS = 8, 60  # a book's motto over its title page: a few short lines of verse
# A note marker on a line of its own: digits, no full stop (that is a heading's number).
BARE_MARKER = re.compile(r"^\s*\d{1,3}\s*$")
MIN_PROSE_WORDS = 20


@dataclasses.dataclass(frozen=True)
class TitleBlock:
    title: str
    line: int
    dek: str | None = None
    meta: tuple[MetaField, ...] = ()
    epigraph: tuple[Block, ...] = ()
    title_note: str | None = None
    notes: tuple[Note, ...] = ()  # the title's and the epigraph's notes, when they sit right under them


def read_title_block(path: str, blocks: tuple[RawBlock, ...]) -> tuple[TitleBlock, tuple[RawBlock, ...]]:
    """The title block at the top of `blocks`, and the blocks after it."""
    chapter, blocks = take_chapter_number(path, blocks)
    above, blocks = take_author_above(path, blocks)
    (number, raw), rest = take_title(blocks, clean=False)
    shown, note = split_title_note(raw)
    notes, rest = note_under_title(shown, rest) if note is None else ((), rest)
    if notes:
        shown, note = shown.rstrip()[: -len(notes[0].key)], notes[0].key
    shown, bracketed = split_bracketed_subtitle(shown)
    title = clean_title(shown)
    if title != " ".join(raw.split()):
        log.info("%s:%d: title %r shown as %r", path, number, " ".join(raw.split()), title)
    reader = _Reader(path, title, list(rest))
    reader.dek = bracketed
    reader.meta.extend(chapter + above)
    reader.run()
    note = note or reader.title_note
    head = TitleBlock(title, number, displayed(reader.dek), tuple(reader.meta), tuple(reader.epigraph), note, notes + tuple(reader.notes))
    return head, tuple(reader.blocks[reader.i :])


class _Reader:
    """Walks the blocks after the title while they belong to the title block."""

    def __init__(self, path: str, title: str, blocks: list[RawBlock]) -> None:
        self.path, self.title, self.blocks = path, title, blocks
        self.i = 0
        self.dek: str | None = None
        self.meta: list[MetaField] = []
        self.epigraph: list[Block] = []
        self.title_note: str | None = None
        self.notes: list[Note] = []  # the epigraph's
        self.body_indent = body_indent(blocks)
        self._split_first_block()

    def _split_first_block(self) -> None:
        """A title block set without blank lines: one line per block."""
        if self.blocks and all(self._title_line(n, t) for n, t in self.blocks[0].lines):
            self.blocks[0:1] = [RawBlock((line,)) for line in self.blocks[0].lines]

    def _title_line(self, number: int, text: str) -> bool:
        return bool(byline_name(text) is not None or date_value(text) or bracket_note(text))

    def run(self) -> None:
        # An attributed epigraph first: its quotation is no subtitle.
        steps = (self.repeated_title, self.note_marker, self.note, self.byline, self.date, self.attributed_epigraph,
                 self.subtitle, self.dek_line, self.title_page, self.motto, self.copyright_entry, self.meta_lines, self.epigraph_block)
        while self.i < len(self.blocks) and any(step() for step in steps):
            pass

    def lines(self, offset: int = 0) -> tuple[Line, ...]:
        index = self.i + offset
        return self.blocks[index].lines if index < len(self.blocks) else ()

    def single(self, offset: int = 0) -> Line | None:
        lines = self.lines(offset)
        return lines[0] if len(lines) == 1 else None

    def repeated_title(self) -> bool:
        line = self.single()
        repeat, author = title_and_author(line[1]) if line else ("", None)  # "על שתי הסעפים / אחד העם"
        if line is None or title_key(repeat) != title_key(self.title) or self.i + 1 >= len(self.blocks):
            return False
        text = line[1].strip()
        # "II. SELF-RELIANCE." repeats a title; "River river river." under a
        # title "River river river" is the essay's first sentence.
        if ends_sentence(text) and not (is_all_caps(text) or re.match(r"^(?:[IVXLC]+|\d+)[.)]\s", text)):
            return False
        log.info("%s:%d: the title repeated: %r", self.path, line[0], line[1].strip())
        self.meta += [MetaField("Author", author, line[0])] if author else []
        self.i += 1
        return True

    def note_marker(self) -> bool:
        """A bare number alone right under the title, prose after it: the
        title's note marker, as a web page's text export sets it ("1")."""
        line = self.single()
        following = self.lines(1)
        if self.i != 0 or line is None or not following or not BARE_MARKER.match(line[1]):
            return False
        if len(" ".join(t for _, t in following).split()) < MIN_PROSE_WORDS:
            return False
        self.title_note = line[1].strip()
        self.i += 1
        return True

    def note(self) -> bool:
        lines = self.lines()
        text = bracket_note(" ".join(t for _, t in lines))
        if not lines or text is None:
            return False
        self.meta.append(MetaField("Note", text, lines[0][0]))
        self.i += 1
        return True

    def byline(self) -> bool:
        single = self.single()
        line = (single[0], date_first(single[1])) if single else None  # "12 May 2019 by Jane Roe" too
        name = byline_name(line[1]) if line else None
        listed = byline_names(line[1]) if line else ()
        if line is None or name is None and not listed:
            return self._bare_name()
        if name == "":  # "BY" alone, the name on the next line
            following = self.single(1)
            if not (name := bare_name(following[1]) if following else None):
                return False
            self.i += 1
        self.meta += [MetaField("Author", each, line[0]) for each in listed or (name or "",)]
        dated = byline_date(line[1])
        if dated and not any(f.label == "Date" for f in self.meta):
            self.meta.append(MetaField("Date", dated, line[0]))
        self.i += 1
        return True

    def _bare_name(self) -> bool:
        """A name without "By": a date is right under it, or it is alone (lone_author)."""
        lines = self.lines()
        if not lines or len(lines) > 2 or any(f.label == "Author" for f in self.meta):
            return False
        alone = lone_author(lines[0][1], self.blocks[1:]) if self.i == 0 and not self._headed() else None
        name = alone or name_line(lines[0][1])
        after = lines[1] if len(lines) == 2 else self.single(1)
        if not name or not alone and (after is None or not date_value(after[1])):
            return False
        self.meta.append(MetaField("Author", name, lines[0][0]))
        if len(lines) == 2 and after:
            self.meta.append(MetaField("Date", date_value(after[1]) or "", after[0]))
        self.i += 1
        return True

    def _headed(self) -> bool:
        """The line under the title could be a first heading: numbered ("CHAPTER I."), or headings follow."""
        first = self.blocks[0].lines
        shape = shape_of(first[0][1]) if len(first) == 1 else None
        if shape is None or shape.style != "plain":
            return True
        later = [b.lines[0][1] for b in self.blocks[1:] if len(b.lines) == 1 and not dateline(Block("paragraph", (b.lines[0][1],), 0))]
        return any(heading_like(line) or getattr(shape_of(line), "style", "plain") != "plain" for line in later)

    def date(self) -> bool:
        line = self.single()
        value = date_value(line[1]) if line else None
        if line is None or not value:
            return False
        self.meta.append(MetaField("Date", value, line[0]))
        remark = date_remark(line[1])
        if remark:
            self.meta.append(MetaField("Note", remark, line[0]))
        self.i += 1
        return True

    def subtitle(self) -> bool:
        """A phrase between the title and the byline, however it is wrapped."""
        lines = self.lines()
        if self.i != 0 or not lines or self.dek is not None:
            return False
        following = self.single(1)
        text = " ".join(" ".join(t.split()) for _, t in lines)
        if following is None or byline_name(following[1]) in (None,) or len(text.split()) > MAX_SUBTITLE_WORDS:
            return False
        # A subtitle is a phrase: a closing full stop is the typesetter's.
        self.dek = text[:-1] if text.endswith(".") and not text.endswith("..") else text
        self.i += 1
        return True

    def dek_line(self) -> bool:
        if self.i != 0 or self.dek is not None or len(self.blocks) < 2:
            return False
        dek, _ = take_dek(tuple(self.blocks))
        shape = shape_of(dek) if dek else None
        if dek is None or (shape and shape.numbered):
            return False  # never the first numbered heading ("I. EXAMPLES")
        self.dek = dek
        self.i += 1
        return True

    def title_page(self) -> bool:
        """Edition, place and publisher lines of a book (titlepage.py)."""
        if not any(f.label == "Author" for f in self.meta):
            return False
        meta, taken = title_page_lines(self.blocks[self.i :], self.meta)
        self.meta, self.i = meta, self.i + taken
        return bool(taken)

    def motto(self) -> bool:
        """Verse under the author, the title page going on under it (Emerson's
        "A subtle chain of countless rings…" over "NEW EDITION"): the motto."""
        lines = self.lines()
        verse = 2 <= len(lines) <= MAX_MOTTO_LINES and all(len(t.strip()) <= MAX_MOTTO_CHARS and t.strip()[:1].isupper() for _, t in lines)
        if not verse or not any(f.label == "Author" for f in self.meta) or not title_page_lines(self.blocks[self.i + 1 :], self.meta)[1]:
            return False
        self.epigraph.append(epigraph_of(lines))
        self.i += 1
        return True

    def copyright_entry(self) -> bool:
        """"Entered, according to the Act of Congress, in the year 1849 …":
        an American book's copyright notice, however many lines it takes."""
        lines = self.lines()
        if not lines or not COPYRIGHT_ENTRY.match(lines[0][1]) or not self.meta:
            return False
        self.meta.append(MetaField("Copyright", " ".join(" ".join(t for _, t in lines).split()), lines[0][0]))
        self.i += 1
        return True

    def meta_lines(self) -> bool:
        """Author, date, copyright and abstract lines as plain text writes them."""
        fields, rest = take_meta(tuple(self.blocks[self.i :]))
        if not fields:
            return False
        self.meta.extend(fields)
        self.i = len(self.blocks) - len(rest)
        return True

    def epigraph_block(self) -> bool:
        """A motto or verse set in, more indented than the body."""
        found = set_in_epigraph(self.blocks[self.i :], self.body_indent)
        if found is None:
            return False
        self.epigraph.append(found)
        log.info("%s:%d-%d: read as the epigraph", self.path, self.lines()[0][0], self.lines()[-1][0])
        self.i += 1
        self._epigraph_notes()
        return True

    def attributed_epigraph(self) -> bool:
        found = attributed_epigraph(self.blocks[self.i :], self.body_indent)
        if found is None:
            return False
        block, taken = found
        self.epigraph.append(block)
        log.info("%s:%d-%d: read as an epigraph with its attribution", self.path, block.line, self.lines(taken - 1)[-1][0])
        self.i += taken
        self._epigraph_notes()
        return True

    def _epigraph_notes(self) -> None:
        """Notes set right under the epigraph, their markers glued to its lines."""
        if self.i + 1 >= len(self.blocks):
            return
        found = epigraph_notes(self.epigraph, self.blocks[self.i])
        if found:
            self.epigraph[:] = found[0]
            self.notes.extend(found[1])
            log.info("%s:%d-%d: read as the epigraph's notes", self.path, self.lines()[0][0], self.lines()[-1][0])
            self.i += 1


__all__ = ["TitleBlock", "read_title_block", "take_dek", "take_meta", "take_tail_meta", "take_title"]
