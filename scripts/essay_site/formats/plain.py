"""Text → Essay: title, dek, front matter, intro, sections, lists and notes.

The rules are general, never a list of one essay's headings:
- the title is the first line; the dek is a short line right after it
  without closing punctuation (titleblock.py);
- page markers and running headers (wraps.py) go first, then the notes
  (notes.py);
- headings follow the essay's own style and nest by it (headings.py,
  outline.py); a run of heading-like lines near the top with no prose
  between them is a table of contents, not a string of empty sections
  (contents.py);
- paragraphs are blocks between blank lines; hard-wrapped lines are re-joined
  (wraps.py), lines that start with a list marker are list items, and short
  indented lines are verse;
- an essay without headings is split into labelled parts (parts.py).
"""

from __future__ import annotations

import dataclasses
import logging
import re
import textwrap
from collections.abc import Mapping

from ..clutter import remove_clutter
from ..model import Block, Essay, EssayError, Line, Note, RawBlock, Removed, Section, SourceText
from ..text import ends_sentence
from . import frontmatter, notemarks, notes as footnotes
from .bookends import without_back_index, without_end_mark, without_half_titles, without_repeated_title
from .contents import drop_contents, without_labelled_contents
from .dateline import with_closing_dateline
from .emphasis import PLAIN, with_emphasis
from .lines import LIST_ITEM, laid_out, loose_lists_joined, set_as_code
from .outline import Unit, candidates, select_headings
from .parts import PART_WORDS, needs_parts, split_into_parts
from .plainlinks import with_links
from .quoted import QUOTED, quoted_block
from .rstinline import rst_notes
from . import titlepage, wikinav
from .titlepage import GivenHead
from .underlines import underlined_headings
from .verse import is_verse
from .titleblock import TitleBlock, read_title_block, take_tail_meta
from .wraps import Spelling, join_lines, looks_wrapped, remove_page_markers, remove_running_headers

log = logging.getLogger("essay_site")

__all__ = ["PART_WORDS", "parse", "split_blocks", "looks_wrapped", "split_into_parts"]


def parse(
    source: SourceText, *, line_paragraphs: bool = False, emphasis: re.Pattern[str] = PLAIN,
    known: tuple[str, str | None] | None = None, levels: Mapping[int, str] | None = None,
) -> Essay:
    """`line_paragraphs`: every line is a paragraph of its own (text copied
    from a browser puts no blank line between a heading and its paragraph).
    `levels`: line number → an underline character for a heading whose
    level a reader knows (a wiki's contents), as if the author had drawn it.
    `emphasis`: the delimiters that mark emphasis (emphasis.py).
    `known`: the work's title and author as the file names them elsewhere
    (a Project Gutenberg header), to find on its title page."""
    source = dataclasses.replace(source, lines=rst_notes(source.lines))
    given = given_head(source, known)
    blocks, removed = remove_clutter(raw_blocks(given.lines if given else source.lines, line_paragraphs, levels or {}))
    removed = (given.removed if given else ()) + removed
    for span in removed:
        log.info("%s:%d-%d: removed %s: %r", source.path, span.first_line, span.last_line, span.rule, span.preview)
    if not blocks:
        raise EssayError(source.path, "nothing is left after removing web clutter")
    blocks, markers = remove_page_markers(source.path, blocks)
    blocks, headers = remove_running_headers(source.path, blocks)
    # Title, dek, byline, date, edition, editor's note, epigraph (titleblock.py).
    if given:
        head, rest = TitleBlock(given.title, given.title_line, given.dek, given.meta), blocks
    else:
        head, rest = read_title_block(source.path, blocks)
    title, title_line, meta = head.title, head.line, head.meta
    tail_meta, rest = take_tail_meta(rest)
    if not rest and not any(field.label == "Abstract" for field in meta):
        raise EssayError(source.path, "has a title but no body", title_line)
    # The title's own note, when the title block took its marker off ("TITLE.[1]").
    body = read_body(source.path, title, rest, Spelling.of(source.lines), head.title_note, head.notes)
    return with_links(with_emphasis(with_closing_dateline(Essay(
        path=source.path,
        stem=source.stem,
        title=title,
        dek=head.dek,
        epigraph=head.epigraph,
        title_note=head.title_note,
        meta=meta + tail_meta,
        intro=body.intro,
        sections=body.sections,
        notes=body.notes,
        removed=removed + markers + headers + body.removed,
        split_into_parts=body.split_into_parts,
    )), emphasis))


def raw_blocks(lines: tuple[str, ...], line_paragraphs: bool, levels: Mapping[int, str]) -> tuple[RawBlock, ...]:
    raw = underlined_headings(split_blocks(lines))
    if line_paragraphs:
        raw = tuple(RawBlock((line,), block.rule) for block in raw for line in block.lines)
    return tuple(RawBlock(b.lines, levels.get(b.first, b.rule)) if len(b.lines) == 1 else b for b in raw)


def given_head(source: SourceText, known: tuple[str, str | None] | None) -> GivenHead | None:
    """A title block found before the text is read: a wiki page's header
    (wikinav.py), a metadata header (metaheader.py), or a title page whose title is not its first line
    (titlepage.py; `known`: the title and author the file names)."""
    found = wikinav.find(source.lines) or frontmatter.header_head(source.path, source.lines)
    known = known or titlepage.by_line_title(source.lines)
    if found or not known:
        return found
    return titlepage.find(source.path, source.lines, *known)


@dataclasses.dataclass(frozen=True)
class Body:
    intro: tuple[Block, ...]
    sections: tuple[Section, ...]
    notes: tuple[Note, ...]
    split_into_parts: bool = False
    removed: tuple[Removed, ...] = ()


def read_body(
    path: str, title: str, blocks: tuple[RawBlock, ...], spelling: Spelling, title_note: str | None = None, title_notes: tuple[Note, ...] = ()
) -> Body:
    """The text under the title block: intro, sections, notes (with any the
    title block found under the title)."""
    blocks, index = without_back_index(path, without_labelled_contents(path, blocks))
    found = footnotes.take_notes(blocks, spelling)
    found = footnotes.Found(notemarks.with_bare_markers(found.blocks, found.notes), title_notes + found.notes)
    text_blocks, removed = without_end_mark(path, found.blocks)
    removed += index
    text_blocks, half_titles = without_half_titles(path, title, text_blocks)
    removed += half_titles
    found = dataclasses.replace(found, blocks=text_blocks)
    units = without_repeated_title(path, title, drop_contents(path, candidates(path, loose_lists_joined(found.blocks))))
    units = select_headings(units)
    intro, sections = outline_tree(units, spelling)
    prose = [*intro, *(b for s in sections for b in s.all_blocks())]
    keys = {n.key for n in found.notes}
    # The title points at its note only when the title block took the marker
    # off ("TITLE.[1]"); a marker left inside the title shows as written, so
    # its note is kept as a paragraph rather than listed where nothing links it.
    # The notes the title block took (the title's, the epigraph's) are cited by it.
    title_keys = frozenset({title_note} if title_note else ()) | {n.key for n in title_notes}
    cited = notemarks.report(path, [notemarks.with_markers(b, keys) for b in prose], found.notes, title_keys)
    notes = tuple(n for n in found.notes if n.key in cited)
    unmarked = tuple(Block("paragraph", (f"[{n.key}] {n.text}",), n.line) for n in found.notes if n.key not in cited)
    intro, sections = with_notes_marked(intro, sections, keys, unmarked)
    if not sections and needs_parts(intro):
        return Body((), split_into_parts(intro, author_breaks(found.blocks)), notes, True, removed)
    return Body(intro, sections, notes, removed=removed)


def author_breaks(blocks: tuple[RawBlock, ...]) -> frozenset[int]:
    """First lines of blocks after two or more blank lines: the author's own
    pauses, where a part may best begin."""
    return frozenset(b.first for a, b in zip(blocks, blocks[1:]) if b.first - a.last > 2)


def split_blocks(lines: tuple[str, ...]) -> tuple[RawBlock, ...]:
    blocks: list[RawBlock] = []
    current: list[Line] = []
    for number, text in enumerate(lines, 1):
        if text.strip():
            current.append((number, text))
        elif current:
            blocks.append(RawBlock(tuple(current)))
            current = []
    if current:
        blocks.append(RawBlock(tuple(current)))
    return tuple(blocks)


def outline_tree(units: list[Unit], spelling: Spelling) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """Intro blocks, then top-level sections holding their subsections."""
    intro: list[Block] = []
    tops: list[Section] = []
    path: list[Section] = []  # the open section at each level, outermost first
    for before, unit in zip([None, *units], units):
        if unit.shape is None:
            prose = interpret(unit.lines, spelling, literal=literal_block(before, unit))
            if not path:
                intro.extend(prose)
            else:
                path[-1] = dataclasses.replace(path[-1], blocks=path[-1].blocks + prose)
            continue
        while path and path[-1].level >= unit.level:
            close(path, tops)
        level = path[-1].level + 1 if path else 1
        path.append(Section(unit.shape.text(), unit.line, (), level))
    while path:
        close(path, tops)
    return tuple(intro), tuple(tops)


def close(path: list[Section], tops: list[Section]) -> None:
    """Finish the innermost open section: into its parent, or a page."""
    done = path.pop()
    if path:
        path[-1] = dataclasses.replace(path[-1], subsections=path[-1].subsections + (done,))
    else:
        tops.append(done)


def with_notes_marked(
    intro: tuple[Block, ...], sections: tuple[Section, ...], keys: set[str], unmarked: tuple[Block, ...]
) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """Markers written as `[key]`; notes no marker points at stay visible
    at the end of the text."""
    def marked(section: Section) -> Section:
        return dataclasses.replace(
            section,
            blocks=tuple(notemarks.with_markers(b, keys) for b in section.blocks),
            subsections=tuple(marked(sub) for sub in section.subsections),
        )

    intro = tuple(notemarks.with_markers(b, keys) for b in intro)
    sections = tuple(marked(s) for s in sections)
    if unmarked and sections:
        sections = sections[:-1] + (append_blocks(sections[-1], unmarked),)
    elif unmarked:
        intro += unmarked
    return intro, sections


def append_blocks(section: Section, blocks: tuple[Block, ...]) -> Section:
    if section.subsections:
        return dataclasses.replace(section, subsections=section.subsections[:-1] + (append_blocks(section.subsections[-1], blocks),))
    return dataclasses.replace(section, blocks=section.blocks + blocks)


def literal_block(before: Unit | None, unit: Unit) -> bool:
    """reStructuredText's literal block: indented, after a paragraph ending in "::"."""
    return bool(before and before.shape is None and before.lines[-1][1].rstrip().endswith("::")) and all(
        text[:1].isspace() for _, text in unit.lines if text.strip()
    )


def interpret(lines: tuple[Line, ...], spelling: Spelling | None = None, literal: bool = False) -> tuple[Block, ...]:
    """Lines of one block → paragraphs, lists and verse, joining
    hard-wrapped lines; `literal`: kept as set."""
    texts = [text for _, text in lines]
    if literal or laid_out(texts) or set_as_code(texts):  # kept as set, in a fixed-width font
        return (Block("code", (textwrap.dedent("\n".join(texts)),), lines[0][0]),)
    if all(QUOTED.match(t) for t in texts):
        return (quoted_block(lines, spelling),)
    if is_verse(texts):
        return (Block("verse", tuple(" ".join(t.split()) for t in texts), lines[0][0]),)
    wrapped = looks_wrapped(texts)
    if numbered_paragraph(texts):
        return (Block("paragraph", (join_lines(texts, spelling),), lines[0][0]),)
    pieces: list[tuple[Block, list[list[str]]]] = []  # each block with its items' lines
    for number, raw in lines:
        item = LIST_ITEM.match(raw)
        last, parts = pieces[-1] if pieces else (None, [])
        if item:
            ordered = item.group("number") is not None
            if last and last.kind == "list" and last.ordered == ordered:
                parts.append([item.group("text")])
            else:
                start = int(item.group("number")) if ordered else 1
                pieces.append((Block("list", (), number, ordered, start), [[item.group("text")]]))
        elif last and last.kind == "list" and (raw[:1].isspace() or wrapped or raw.lstrip()[:1].islower()):
            parts[-1].append(raw)
        elif last and last.kind == "paragraph" and (wrapped or goes_on(parts[-1][-1], raw)) and not raw.startswith("\u3000"):
            parts[-1].append(raw)
        else:
            pieces.append((Block("paragraph", (), number), [[raw]]))
    return tuple(dataclasses.replace(block, items=tuple(join_lines(p, spelling) for p in parts)) for block, parts in pieces)


def numbered_paragraph(texts: list[str]) -> bool:
    """A paragraph the author numbered, as Hume and Locke number theirs
    ("1. Moral philosophy, or the science of human nature, may be treated
    / after two different manners…"): one numbered item wrapped over
    lines, alone in its block, ending a sentence. The number is its text."""
    item = LIST_ITEM.match(texts[0])
    return bool(
        item and item.group("number") is not None and len(texts) >= 2
        and not any(LIST_ITEM.match(t) for t in texts[1:]) and ends_sentence(texts[-1])
    )


def goes_on(previous: str, line: str) -> bool:
    """In a block that is not hard-wrapped, a line goes on the paragraph
    before it when that one stops mid-sentence, at a comma too, or when it
    opens in lower case: no paragraph starts so. (A line indented with an
    ideographic space always starts one, as Japanese sets paragraphs.)"""
    stopped = ends_sentence(previous) and not previous.rstrip().endswith((",", "，", "、"))
    return not stopped or line.lstrip()[:1].islower()
