"""Text → Essay: title, dek, front matter, intro, sections, lists and notes.

The rules are general, never a list of one essay's headings:
- the title is the first line;
- the dek is a short line right after it without closing punctuation;
- a heading is a short line standing alone, without closing punctuation, that
  is followed by prose; a run of such lines with no prose between them near
  the top is a table of contents, not a string of empty sections;
- paragraphs are blocks between blank lines; hard-wrapped lines are re-joined,
  and lines that start with a list marker are list items.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..clutter import remove_clutter
from ..model import Block, Essay, EssayError, Line, Note, RawBlock, Section, SourceText
from ..text import ends_sentence, word_count
from .lines import LIST_ITEM, heading_like
from .titleblock import read_title_block, take_tail_meta

log = logging.getLogger("essay_site")

# Essays without headings are split into parts of about this many words.
PART_WORDS = 1200

NOTE_ENTRY = re.compile(r"^\s*\[(?P<key>\d{1,3})\]\s*(?P<text>\S.*)$|^\s*(?P<key2>\d{1,3})[.)]\s+(?P<text2>\S.*)$")
NOTES_HEADING = re.compile(r"^(?:notes|footnotes|endnotes|references|sources)$", re.IGNORECASE)
CONTENTS_LABEL = re.compile(r"^(?:table of )?contents:?$|^in this (?:essay|article):?$", re.IGNORECASE)
def parse(source: SourceText, *, line_paragraphs: bool = False) -> Essay:
    """`line_paragraphs`: every line is a paragraph of its own (text copied
    from a browser puts no blank line between a heading and its paragraph)."""
    raw = split_blocks(source.lines)
    if line_paragraphs:
        raw = tuple(RawBlock((line,)) for block in raw for line in block.lines)
    blocks, removed = remove_clutter(raw)
    for span in removed:
        log.info(
            "%s:%d-%d: removed %s: %r",
            source.path, span.first_line, span.last_line, span.rule, span.preview,
        )
    if not blocks:
        raise EssayError(source.path, "nothing is left after removing web clutter")
    head, rest = read_title_block(source.path, blocks)
    title, meta = head.title, head.meta
    tail_meta, rest = take_tail_meta(rest)
    if not rest and not any(field.label == "Abstract" for field in meta):
        raise EssayError(source.path, "has a title but no body", head.line)
    intro, sections = split_sections(source.path, title, rest)
    sections, notes = take_notes(sections, intro)
    split = False
    if not sections and word_count(" ".join(b.text for b in intro)) > PART_WORDS * 1.5:
        intro, sections, split = (), split_into_parts(intro), True
    return Essay(
        path=source.path,
        stem=source.stem,
        title=title,
        dek=head.dek,
        meta=meta + tail_meta,
        epigraph=head.epigraph,
        title_note=head.title_note,
        intro=intro,
        sections=sections,
        notes=notes,
        removed=removed,
        split_into_parts=split,
    )


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


@dataclasses.dataclass(frozen=True)
class _Unit:
    """A heading candidate (`heading` set) or a run of prose blocks."""

    line: int
    heading: str | None = None
    blocks: tuple[Block, ...] = ()


def units(path: str, blocks: tuple[RawBlock, ...]) -> list[_Unit]:
    found: list[_Unit] = []
    for block in with_contents_labels_joined(blocks):
        first_number, first = block.lines[0]
        texts = [text for _, text in block.lines]
        if CONTENTS_LABEL.match(first.strip()) and len(texts) > 1 and contents_entries(texts[1:]):
            log.info("%s:%d-%d: read as a table of contents", path, block.first, block.last)
        elif all(heading_like(t) for t in texts):
            found.extend(_Unit(n, heading=" ".join(t.split())) for n, t in block.lines)
        elif heading_over_wrapped_text(block):
            found.append(_Unit(first_number, heading=" ".join(first.split())))
            found.append(_Unit(block.lines[1][0], blocks=interpret(block.lines[1:])))
        else:
            found.append(_Unit(first_number, blocks=interpret(block.lines)))
    return found


def contents_entries(texts: list[str]) -> bool:
    return all(heading_like(t) or LIST_ITEM.match(t) for t in texts)


def with_contents_labels_joined(blocks: tuple[RawBlock, ...]) -> list[RawBlock]:
    """A "Contents" label alone, a blank line, then its entries in one block
    (often a numbered list): one contents block, not a section of a list."""
    joined: list[RawBlock] = []
    for block in blocks:
        entries = [text for _, text in block.lines]
        if joined and lone_contents_label(joined[-1]) and len(entries) > 1 and contents_entries(entries):
            joined[-1] = RawBlock(joined[-1].lines + block.lines)
        else:
            joined.append(block)
    return joined


def lone_contents_label(block: RawBlock) -> bool:
    return len(block.lines) == 1 and bool(CONTENTS_LABEL.match(block.lines[0][1].strip()))


def heading_over_wrapped_text(block: RawBlock) -> bool:
    """A heading line with hard-wrapped prose right under it, no blank between."""
    if len(block.lines) < 3:
        return False
    first = block.lines[0][1]
    widest = max(len(text) for _, text in block.lines[1:])
    return heading_like(first) and widest >= 60 and len(first.strip()) < 0.6 * widest


def split_sections(path: str, title: str, blocks: tuple[RawBlock, ...]) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """Intro blocks, then sections: a heading candidate followed by prose."""
    found = units(path, blocks)
    drop_contents(path, found)
    intro: list[Block] = []
    sections: list[Section] = []
    for i, unit in enumerate(found):
        following = found[i + 1] if i + 1 < len(found) else None
        if unit.heading is not None and following is not None and following.heading is None:
            if not sections and not intro and same_text(unit.heading, title):
                continue  # the title repeated as the first heading
            sections.append(Section(unit.heading, unit.line, ()))
            continue
        prose = unit.blocks or (Block("paragraph", (unit.heading or "",), unit.line),)
        if sections:
            last = sections[-1]
            sections[-1] = dataclasses.replace(last, blocks=last.blocks + prose)
        else:
            intro.extend(prose)
    return tuple(intro), tuple(sections)


def same_text(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def drop_contents(path: str, found: list[_Unit]) -> None:
    """Remove a table of contents: a run of heading candidates, before the
    first section, with no prose between them.

    The last candidate of a run that prose follows heads a section and stays.
    A run counts when it is under a "Contents" label, or when it is two or
    more entries long and each names a heading that follows: short lines
    that name nothing (verse, a list of places, a question) stay in the text.
    Every dropped line is logged, so nothing vanishes silently.
    """
    i = 0
    while i < len(found):
        if found[i].heading is None:
            i += 1
            continue
        end = i
        while end < len(found) and found[end].heading is not None:
            end += 1
        stop = end - 1 if end < len(found) else end
        entries = found[i:stop]
        labelled = bool(entries) and bool(CONTENTS_LABEL.match(entries[0].heading or ""))
        if labelled or (len(entries) >= 2 and names_headings(entries, found[stop:])):
            log.info("%s:%d-%d: read as a table of contents", path, entries[0].line, entries[-1].line)
            del found[i:stop]
            return
        if end - i == 1 and end < len(found):
            return  # a real heading came first: no contents block after it
        i = end


def names_headings(entries: list[_Unit], rest: list[_Unit]) -> bool:
    """Each entry of a contents list names a heading that comes later."""
    later = {entry_key(u.heading) for u in rest if u.heading is not None}
    return all(entry_key(e.heading or "") in later for e in entries)


def entry_key(text: str) -> str:
    """A contents entry as compared with headings: case, spacing, and a
    trailing page number or dot leader ignored ("The Plateau ..... 12")."""
    return " ".join(re.sub(r"[\s.·…]*\d*$", "", text).casefold().split())


def interpret(lines: tuple[Line, ...]) -> tuple[Block, ...]:
    """Lines of one block → paragraphs and lists, joining hard-wrapped lines."""
    blocks: list[Block] = []
    wrapped = looks_wrapped([text for _, text in lines])
    for number, raw in lines:
        text = " ".join(raw.split())
        item = LIST_ITEM.match(raw)
        last = blocks[-1] if blocks else None
        if item:
            number_text = item.group("number")
            ordered = number_text is not None
            if last and last.kind == "list" and last.ordered == ordered:
                blocks[-1] = dataclasses.replace(last, items=last.items + (item.group("text").strip(),))
            else:
                start = int(number_text) if ordered else 1
                blocks.append(Block("list", (item.group("text").strip(),), number, ordered, start))
        elif last and last.kind == "list" and (raw[:1].isspace() or wrapped):
            blocks[-1] = dataclasses.replace(last, items=last.items[:-1] + (f"{last.items[-1]} {text}",))
        elif last and last.kind == "paragraph" and (wrapped or not ends_sentence(last.items[0])):
            blocks[-1] = dataclasses.replace(last, items=(f"{last.items[0]} {text}",))
        else:
            blocks.append(Block("paragraph", (text,), number))
    return tuple(blocks)


def looks_wrapped(texts: list[str]) -> bool:
    """Lines broken at a fixed width, as text pasted from a PDF or an email."""
    if len(texts) < 2:
        return False
    widest = max(len(t) for t in texts)
    return 40 <= widest <= 140 and all(len(t) >= 0.6 * widest for t in texts[:-1])


def take_notes(sections: tuple[Section, ...], intro: tuple[Block, ...]) -> tuple[tuple[Section, ...], tuple[Note, ...]]:
    """Turn a closing Notes section of `[1] …` entries into footnotes.

    Entries that the text never points at stay visible in a Notes section.
    """
    if not sections or not NOTES_HEADING.match(sections[-1].heading):
        return sections, ()
    entries = notes_of(sections[-1])
    if entries is None:
        return sections, ()
    prose = " ".join(b.text for b in intro) + " " + " ".join(b.text for s in sections[:-1] for b in s.blocks)
    cited = set(re.findall(r"\[(\d{1,3})\]", prose))
    used = tuple(note for note in entries if note.key in cited)
    unused = tuple(Block("paragraph", (f"[{n.key}] {n.text}",), n.line) for n in entries if n.key not in cited)
    rest = sections[:-1] + ((dataclasses.replace(sections[-1], blocks=unused),) if unused else ())
    return rest, used


def notes_of(section: Section) -> tuple[Note, ...] | None:
    notes: list[Note] = []
    for block in section.blocks:
        items = block.items if block.kind == "list" and block.ordered else None
        if items is not None:
            notes.extend(Note(str(block.start + i), text, block.line) for i, text in enumerate(items))
            continue
        for piece in re.split(r"\s(?=\[\d{1,3}\]\s)", block.text):
            found = NOTE_ENTRY.match(piece)
            if not found:
                return None
            notes.append(Note(found.group("key") or found.group("key2"), found.group("text") or found.group("text2"), block.line))
    keys = [n.key for n in notes]
    return tuple(notes) if len(keys) == len(set(keys)) else None


def split_into_parts(blocks: tuple[Block, ...]) -> tuple[Section, ...]:
    """Group an essay without headings into parts of about PART_WORDS words."""
    parts: list[list[Block]] = [[]]
    words = 0
    for block in blocks:
        if words >= PART_WORDS:
            parts.append([])
            words = 0
        parts[-1].append(block)
        words += word_count(block.text)
    if len(parts) > 1 and sum(word_count(b.text) for b in parts[-1]) < PART_WORDS / 3:
        parts[-2].extend(parts.pop())  # no stub of a last part
    return tuple(Section(f"Part {i}", part[0].line, tuple(part)) for i, part in enumerate(parts, 1))
