"""An essay without headings, split into parts of about PART_WORDS words at
paragraph boundaries, each labelled by its opening words: "Part 3: I read
the other day some verses…"."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from ..model import Block, Essay, Section
from ..text import word_count
from ..ui import FALLBACK, Interface

# Essays without headings are split into parts of about this many words.
PART_WORDS = 1200
LABEL_WORDS = 6
LABEL_CHARS = 48
# A paragraph of only punctuation ("* * *", "---") is the author's own break.
SCENE_BREAK = re.compile(r"^[\W_]+$")


ENGLISH = Interface(FALLBACK)
# A label as part_label writes it, from ui/en.toml's "part" and "part_titled".
ENGLISH_LABEL = re.compile(r"Part (?P<n>\d+)(?:: (?P<words>.+))?", re.DOTALL)

# Ideographs and kana are counted one by one; about three make the
# equivalent of an English word when a part's length is measured.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_CHARS_PER_WORD = 3
CJK_LABEL_CHARS = 16


def words_of(text: str) -> float:
    cjk = len(CJK.findall(text))
    return word_count(text) - cjk + cjk / CJK_CHARS_PER_WORD


def needs_parts(blocks: tuple[Block, ...]) -> bool:
    return words_of(" ".join(b.text for b in blocks)) > PART_WORDS * 1.5


def in_parts(essay: Essay, rule_lines: Iterable[int]) -> Essay:
    """A Markdown essay with no headings beyond the title, longer than a
    part, in parts; a thematic break (a rule, at `rule_lines`) is the
    author's break, as a scene break is in plain text."""
    if essay.sections or not needs_parts(essay.intro):
        return essay
    starts = sorted(b.line for b in essay.intro)
    breaks = frozenset(next((s for s in starts if s > rule), 0) for rule in rule_lines)
    return dataclasses.replace(essay, intro=(), sections=split_into_parts(essay.intro, breaks), split_into_parts=True)


def split_into_parts(blocks: tuple[Block, ...], breaks: frozenset[int] = frozenset()) -> tuple[Section, ...]:
    """Group paragraphs into parts of about PART_WORDS words; a part ends at
    the author's own break when one is near: a scene break ("* * *") or a
    wider gap before a paragraph (`breaks`: its first line numbers)."""
    parts: list[list[Block]] = [[]]
    words = 0.0
    for block in blocks:
        at_break = bool(SCENE_BREAK.match(block.text)) and words >= PART_WORDS * 0.6
        at_gap = block.line in breaks and words >= PART_WORDS * 0.5
        if (words >= PART_WORDS or at_break or at_gap) and parts[-1]:
            parts.append([])
            words = 0.0
        if at_break:
            parts[-2].append(block)  # the break closes the part before it
            continue
        parts[-1].append(block)
        words += words_of(block.text)
    if not parts[-1]:
        parts.pop()
    if len(parts) > 1 and sum(words_of(b.text) for b in parts[-1]) < PART_WORDS / 3:
        parts[-2].extend(parts.pop())  # no stub of a last part
    return tuple(Section(part_label(i, part), part[0].line, tuple(part)) for i, part in enumerate(parts, 1))


def part_label(number: int, blocks: list[Block]) -> str:
    opening = next((b.text for b in blocks if re.search(r"[^\W\d_]", b.text)), "")
    words = opening_words(opening)
    return ENGLISH("part_titled", n=number, words=words) if words else ENGLISH("part", n=number)


def in_language(essay: Essay, ui: Interface) -> Essay:
    """Part labels in the essay's language ("Parte 3: …"): a reader splits
    an essay before its language is known, so it labels parts in English."""
    if not essay.split_into_parts or ui.language == ENGLISH.language:
        return essay
    sections = tuple(dataclasses.replace(s, heading=relabelled(s.heading, ui)) for s in essay.sections)
    return dataclasses.replace(essay, sections=sections)


def relabelled(heading: str, ui: Interface) -> str:
    found = ENGLISH_LABEL.fullmatch(heading)
    if found is None:
        return heading
    number, words = int(found["n"]), found["words"]
    return ui("part_titled", n=number, words=words) if words else ui("part", n=number)


def opening_words(text: str) -> str:
    """The first words of a text, up to a clause break after three words or
    LABEL_WORDS words, cut at a word boundary; "…" when cut mid-sentence."""
    text = re.sub(r"\[[0-9A-Za-z]{1,3}\]", "", text).strip()
    if CJK.search(text[:CJK_LABEL_CHARS]):
        return cjk_opening(text)
    words = text.split()
    kept: list[str] = []
    for word in words:
        if len(kept) == LABEL_WORDS or (kept and len(" ".join([*kept, word])) > LABEL_CHARS):
            return " ".join(kept).rstrip(".,;:—-") + "…"
        kept.append(word)
        if len(kept) >= 3 and re.search(r"(?:[.,;:!?)]|--|—)[\"'”’]?$", word):
            break
    return " ".join(kept).rstrip(".,;:—-")


def cjk_opening(text: str) -> str:
    """Chinese or Japanese: up to the first clause break, or a few
    characters; there are no spaces to cut at."""
    found = re.search(r"[、。，！？]", text[: CJK_LABEL_CHARS + 1])
    if found:
        return text[: found.start()]
    return text[:CJK_LABEL_CHARS] + ("…" if len(text) > CJK_LABEL_CHARS else "")
