"""Footnotes of a plain-text essay: the notes, out of the running text.

Notes come in these shapes:
- under a label ("Notes", "Footnotes", "FOOTNOTES:", "FOOTNOTE:"), one
  `[1] …` entry each, once at the end or after each chapter;
- with no label, as a trailing run of `[1] …` paragraphs the text points at;
- as `[Footnote A: …]` blocks anywhere (Project Gutenberg's style, in the
  edition's language: `[Nota A: …]`);
- as paragraphs that end in the back-link arrow "↩" of a web page's notes,
  numbered in order when they carry no number of their own;
- set where they fall, each under the paragraph that cites it (a book's
  page-foot notes).
A note may run over a few paragraphs (more in a row are the essay's: a
chapter after its notes). Text after the last note (a "Thanks to …" line)
stays the essay's closing. The markers in the text are
notemarks.py's.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import Note, RawBlock
from ..text import ends_sentence
from .notemarks import CITATION, KEY, SUPERSCRIPT, TO_DIGITS, marked
from .wraps import Spelling, join_lines

# The start of a note: "[1] …", "^1 …", "¹ …"; "1. …" only under a label.
# "[x]: http://…" is a Markdown link definition, not a note.
ENTRY = re.compile(rf"^\s*(?:\[(?P<bracket>{KEY})\]|\[\^(?P<md>{KEY})\]:|\^(?P<caret>\d{{1,3}})|(?P<sup>[{SUPERSCRIPT}]{{1,3}}))\s*(?P<text>[^\s:]\S*(?:\s.*)?)$")
NUMBERED_ENTRY = re.compile(r"^\s*(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")
# Project Gutenberg's note block in the edition's language: "[Footnote A: …]",
# "[Nota A: …]", "[Anmerkung 1: …]": a word, the note's key, a colon. (An
# "[Illustration: …]" has no key.)
FOOTNOTE_BLOCK = re.compile(rf"^\s*\[[^\W\d_]{{2,20}}\s+(?P<key>{KEY})\s*:\s*(?P<text>.*)$", re.IGNORECASE)
NOTES_LABEL = re.compile(r"^\s*(?:notes?|footnotes?|endnotes?)\s*[:.]?\s*$", re.IGNORECASE)
# A reference list is notes only when its entries are "[1] …": a numbered or
# unnumbered bibliography stays a section of the essay.
REFERENCES_LABEL = re.compile(r"^\s*(?:references|sources|works cited)\s*[:.]?\s*$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Found:
    """The blocks left for the running text, and the notes taken out."""

    blocks: tuple[RawBlock, ...]
    notes: tuple[Note, ...]


# The back-link that closes a note exported from a web page: "… ↩" or "↩︎".
BACK_LINK = re.compile(r"\s*\u21a9\ufe0e?\s*$")


# A note's further paragraphs: more than this many in a row are the essay's.
MAX_NOTE_PARAGRAPHS = 4


def take_notes(blocks: tuple[RawBlock, ...], spelling: Spelling) -> Found:
    blocks, bracketed = take_footnote_blocks(blocks, spelling)
    blocks, linked = take_back_linked(blocks, spelling)
    blocks, labelled = take_labelled_lists(blocks, spelling)
    blocks, placed = take_notes_in_place(blocks, spelling)
    # Without labels, a run of notes at the end may be the notes' list.
    blocks, listed = take_trailing_run(blocks, spelling) if not labelled else (blocks, ())
    return Found(blocks, bracketed + linked + labelled + placed + listed)


def take_notes_in_place(blocks: tuple[RawBlock, ...], spelling: Spelling) -> tuple[tuple[RawBlock, ...], tuple[Note, ...]]:
    """Notes set where they fall, each under the paragraph that cites it, as
    a book's page-foot notes run into the text: the text between two notes
    cites the later one (in a list of notes, it would be the earlier note's
    own). Each such note is one block."""
    entries = [i for i, b in enumerate(blocks) if entry_of(b.lines[0][1], numbered=False)]
    cites_next = any(
        key_of(blocks[later]) in CITATION.findall(marked(text))
        for earlier, later in zip(entries, entries[1:])
        for block in blocks[earlier + 1 : later]
        for _, text in block.lines
    )
    pieces = [piece for i in entries for piece in entries_in(blocks[i], numbered=False) or ()]
    if not cites_next or len({key for key, _, _ in pieces}) != len(pieces):
        return blocks, ()
    notes = tuple(Note(key, join_lines(lines, spelling), line) for key, line, lines in pieces)
    return tuple(b for i, b in enumerate(blocks) if i not in entries), notes


def take_back_linked(blocks: tuple[RawBlock, ...], spelling: Spelling) -> tuple[tuple[RawBlock, ...], tuple[Note, ...]]:
    """Paragraphs ending in "↩": notes, keyed by their own number or by
    their place among these notes."""
    kept: list[RawBlock] = []
    notes: list[Note] = []
    for block in blocks:
        lines = lines_of(block)
        if not BACK_LINK.search(lines[-1]):
            kept.append(block)
            continue
        lines[-1] = BACK_LINK.sub("", lines[-1])
        entry = entry_of(lines[0], numbered=True)
        key = entry[0] if entry else str(len(notes) + 1)
        if entry:
            lines[0] = entry[1]
        notes.append(Note(key, join_lines(lines, spelling), block.first))
    return tuple(kept), tuple(notes)


def entry_of(text: str, numbered: bool) -> tuple[str, str] | None:
    """(key, text) when a line opens a note."""
    found = ENTRY.match(text)
    if found:
        key = found.group("bracket") or found.group("md") or found.group("caret") or found.group("sup").translate(TO_DIGITS)
        return key, found.group("text")
    found = NUMBERED_ENTRY.match(text) if numbered else None
    return (found.group("number"), found.group("text")) if found else None


def take_footnote_blocks(blocks: tuple[RawBlock, ...], spelling: Spelling) -> tuple[tuple[RawBlock, ...], tuple[Note, ...]]:
    """`[Footnote A: …]` blocks, with the paragraphs up to the closing
    bracket; a "FOOTNOTES:" label right before them goes too."""
    kept: list[RawBlock] = []
    notes: list[Note] = []
    i = 0
    while i < len(blocks):
        found = FOOTNOTE_BLOCK.match(blocks[i].lines[0][1])
        if not found:
            kept.append(blocks[i])
            i += 1
            continue
        if kept and is_label(kept[-1]):
            kept.pop()
        end, depth = i, 0
        while end < len(blocks):
            depth += sum(t.count("[") - t.count("]") for _, t in blocks[end].lines)
            end += 1
            if depth <= 0:
                break
        paragraphs = [lines_of(b) for b in blocks[i:end]]
        paragraphs[0][0] = found.group("text")
        text = "\n\n".join(join_lines(p, spelling) for p in paragraphs)
        notes.append(Note(found.group("key"), text.removesuffix("]").strip(), blocks[i].first))
        i = end
    return tuple(kept), tuple(notes)


def is_label(block: RawBlock, label: re.Pattern[str] = NOTES_LABEL) -> bool:
    return len(block.lines) == 1 and bool(label.match(block.lines[0][1]))


def lines_of(block: RawBlock) -> list[str]:
    return [text for _, text in block.lines]


def take_labelled_lists(blocks: tuple[RawBlock, ...], spelling: Spelling) -> tuple[tuple[RawBlock, ...], tuple[Note, ...]]:
    """Notes under each "Notes" label: a book sets one after each chapter.
    A label whose notes reuse another's keys stays (a marker could not say
    which note it means); what follows a list's last note stays in the text."""
    labels = [(i, True) for i, b in enumerate(blocks) if is_label(b)]
    labels += [(i, False) for i, b in enumerate(blocks) if is_label(b, REFERENCES_LABEL)]
    taken: tuple[Note, ...] = ()
    for label, numbered in sorted(labels, reverse=True):
        end, notes = read_entries(blocks, label + 1, numbered=numbered, spelling=spelling)
        if notes and not {note.key for note in notes} & {note.key for note in taken}:
            blocks, taken = blocks[:label] + blocks[end:], notes + taken
    return blocks, taken


def take_trailing_run(blocks: tuple[RawBlock, ...], spelling: Spelling) -> tuple[tuple[RawBlock, ...], tuple[Note, ...]]:
    """Without a label: a trailing run of `[1] …` paragraphs the text cites."""
    start = trailing_run_start(blocks)
    if start is None:
        return blocks, ()
    end, notes = read_entries(blocks, start, numbered=False, spelling=spelling)
    return blocks[:start] + blocks[end:], notes


def read_entries(
    blocks: tuple[RawBlock, ...], start: int, numbered: bool, spelling: Spelling
) -> tuple[int, tuple[Note, ...]]:
    """Notes from block `start` on: (index after the last note, notes). A
    paragraph without a marker belongs to the note before it when another
    note follows it, or when the note's sentence runs on into it; else it is
    the essay's closing ("Thanks to …")."""
    notes: list[tuple[str, int, list[list[str]]]] = []  # key, line, paragraphs
    pending: list[list[str]] = []
    end = start
    for i in range(start, len(blocks)):
        pieces = entries_in(blocks[i], numbered)
        if pieces is None:
            if not notes or len(pending) == MAX_NOTE_PARAGRAPHS:
                break  # more paragraphs than a note holds: the essay goes on (a chapter after its notes)
            pending.append(lines_of(blocks[i]))
            continue
        if notes:
            notes[-1][2].extend(pending)
        pending = []
        for key, line, lines in pieces:
            notes.append((key, line, [lines]))
        end = i + 1
    for paragraph in pending:
        if not runs_on(notes[-1][2][-1], paragraph):
            break
        notes[-1][2].append(paragraph)
        end += 1
    keys = [key for key, _, _ in notes]
    if len(keys) != len(set(keys)):
        return start, ()
    made = tuple(Note(key, "\n\n".join(join_lines(p, spelling) for p in paras), line) for key, line, paras in notes)
    return end, made


def runs_on(before: list[str], after: list[str]) -> bool:
    first = next((c for c in after[0] if c.isalpha()), "")
    return first.islower() or not ends_sentence(before[-1])


def entries_in(block: RawBlock, numbered: bool) -> list[tuple[str, int, list[str]]] | None:
    """A block of one or more notes, each line that opens a note starting
    one; None when the block does not open with a note."""
    found: list[tuple[str, int, list[str]]] = []
    for number, text in block.lines:
        entry = entry_of(text, numbered)
        if entry is not None:
            found.append((entry[0], number, [entry[1]]))
        elif found:
            found[-1][2].append(text)
        else:
            return None
    return found


def trailing_run_start(blocks: tuple[RawBlock, ...]) -> int | None:
    """The first block of a run of `[1] …` notes near the end whose keys the
    text before it cites; None when there is no such run."""
    opening = [i for i, b in enumerate(blocks) if entry_of(b.lines[0][1], numbered=False)]
    if not opening:
        return None
    run = [opening[-1]]
    for i in reversed(opening[:-1]):
        if key_of(blocks[i]) != previous_key(key_of(blocks[run[0]])):
            break
        run.insert(0, i)
    start = run[0]
    cited = {m.group(1) for b in blocks[:start] for _, t in b.lines for m in CITATION.finditer(marked(t))}
    keys = {key_of(blocks[i]) for i in run}
    return start if keys & cited else None


def key_of(block: RawBlock) -> str:
    entry = entry_of(block.lines[0][1], numbered=False)
    return entry[0] if entry else ""


def previous_key(key: str) -> str | None:
    if key.isdigit():
        return str(int(key) - 1) if int(key) > 1 else None
    if len(key) == 1 and key.isalpha() and key not in "aA":
        return chr(ord(key) - 1)
    return None
