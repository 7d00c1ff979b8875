"""Hard-wrapped lines → running text: line-end hyphens, justified spaces,
page markers and running headers.

A hyphen at a line end is either a break inside a word ("devel-/opment") or
part of the word ("good-/natured"). The essay's own spelling decides first
(does it write "to-morrow" or "tomorrow" elsewhere?); word frequencies in
the essay's language decide the rest.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections import Counter

from ..model import RawBlock, Removed
from ..text import CLOSERS, TERMINAL, ends_sentence, unspaced_break

log = logging.getLogger("essay_site")

# A word broken at the line end: letters (and earlier hyphens) then "-".
BROKEN_WORD = re.compile(r"(?P<word>[^\W\d_](?:[^\W\d_]|-(?=[^\W\d_]))*)-$")
NEXT_WORD = re.compile(r"^(?P<word>[^\W\d_]+)")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A page marker stands between spaces ("the {12} page"); glued to a word it
# is the text's own braces, as TeX's "\frac{1}{n}".
INLINE_PAGE_MARKER = re.compile(r"(?:^|\s+)\{\d{1,4}\}(?=\s|$)\s*")
LONE_PAGE_MARKER = re.compile(r"^\s*\{\d{1,4}\}\s*$")
BARE_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?P<n>\d{1,4})(?:\s*-)?\s*$")
# A joined word this frequent (Zipf scale) is a word of the language.
KNOWN_WORD_ZIPF = 1.0
# Endings that make a word of the word before them, never a compound's half.
SUFFIXES = frozenset("able ible less ness ful ment ship hood ly ing ings ed er ers est ism ist ity ous tion sion".split())


@dataclasses.dataclass(frozen=True)
class Spelling:
    """How the essay itself spells words: counts of every word form, with
    and without inner hyphens, outside line ends."""

    counts: Counter[str]
    language: str = "en"

    @classmethod
    def of(cls, lines: tuple[str, ...], language: str = "en") -> Spelling:
        counts: Counter[str] = Counter()
        for line in lines:
            body = line[:-1] if line.endswith("-") else line
            counts.update(w.casefold() for w in WORD.findall(body))
        return cls(counts, language)

    def keeps_hyphen(self, head: str, tail: str) -> bool:
        """Whether `head-` at a line end and `tail` on the next line form a
        hyphenated word rather than one word broken in two."""
        if tail[:1].isupper():
            return True  # "Anglo-/Saxon", "Self-/Existence"
        joined, hyphenated = (head + tail).casefold(), f"{head}-{tail}".casefold()
        as_one, as_two = self.counts[joined], self.counts[hyphenated]
        if as_one != as_two:
            return as_two > as_one
        return not broken_word(head, tail, self.language)


@functools.lru_cache(maxsize=4096)
def broken_word(head: str, tail: str, language: str) -> bool:
    """Word frequencies: the joined form is a word of the language about as
    common as the two words hyphenated ("with-/out" → "without"), or the
    tail is a suffix ("grace-/less"), or the head is no word at all
    ("unbrib-/able")."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a pinned dependency
        return False
    try:
        joined = zipf_frequency(head + tail, language)
        hyphenated = zipf_frequency(f"{head}-{tail}", language)
        head_known = zipf_frequency(head, language) > 0
    except (LookupError, ValueError, ImportError):  # a language wordfreq cannot read: keep what was written
        return False
    if joined >= KNOWN_WORD_ZIPF and (joined + 1.0 >= hyphenated or tail.casefold() in SUFFIXES):
        return True
    return not head_known


def join_lines(texts: list[str], spelling: Spelling | None = None) -> str:
    """One paragraph's lines as one line of text, single-spaced."""
    joined = ""
    for raw in texts:
        text = " ".join(raw.split())
        if not text:
            continue
        if not joined:
            joined = text
            continue
        broken, following = BROKEN_WORD.search(joined), NEXT_WORD.match(text)
        if broken and following and not joined.endswith("--"):
            head = broken.group("word").rsplit("-", 1)[-1]
            if spelling is not None and not spelling.keeps_hyphen(head, following.group("word")):
                joined = joined[:-1] + text
            else:
                joined += text
        else:
            joined += ("" if unspaced_break(joined, text) else " ") + text
    return joined


def remove_page_markers(path: str, blocks: tuple[RawBlock, ...]) -> tuple[tuple[RawBlock, ...], tuple[Removed, ...]]:
    """Drop page markers: `{12}` inside lines or alone, and bare page numbers
    standing alone in a run that counts upward. Each removal is logged."""
    page_numbers = lone_page_numbers(blocks)
    kept: list[RawBlock] = []
    removed: list[Removed] = []
    for block in blocks:
        lines = []
        for number, text in block.lines:
            if LONE_PAGE_MARKER.match(text) or number in page_numbers:
                removed.append(Removed(number, number, "page marker", text.strip()))
                continue
            if INLINE_PAGE_MARKER.search(text):
                text = INLINE_PAGE_MARKER.sub(" ", text).rstrip()
            lines.append((number, text))
        if lines:
            kept.append(dataclasses.replace(block, lines=tuple(lines)))
    for span in removed:
        log.info("%s:%d-%d: removed %s: %r", path, span.first_line, span.last_line, span.rule, span.preview)
    return tuple(kept), tuple(removed)


def lone_page_numbers(blocks: tuple[RawBlock, ...]) -> set[int]:
    """Line numbers of bare numbers standing alone, or inside a paragraph
    where a page broke it, when at least three of them count upward: page
    numbers, not a year standing alone."""
    found = [
        (number, int(m.group("n")))
        for block in blocks
        for i, (number, text) in enumerate(block.lines)
        if (len(block.lines) == 1 or between_words(block, i)) and (m := BARE_PAGE_NUMBER.match(text))
    ]
    rising = [b for a, b in zip(found, found[1:]) if b[1] > a[1]]
    if len(found) < 3 or len(rising) < 0.8 * (len(found) - 1):
        return set()
    return {line for line, _ in found}


def between_words(block: RawBlock, i: int) -> bool:
    """Line i sits inside the block, between two lines of words."""
    return 0 < i < len(block.lines) - 1 and all(
        re.search(r"[^\W\d_]", block.lines[j][1]) for j in (i - 1, i + 1)
    )


def remove_running_headers(path: str, blocks: tuple[RawBlock, ...]) -> tuple[tuple[RawBlock, ...], tuple[Removed, ...]]:
    """Drop a running header: a short line repeated three or more times,
    either inside paragraphs (it broke a sentence where a page ended) or
    standing alone with a page number that counts pages, mostly where a
    sentence runs on across it ("Heading 1", "Heading 2" stand between
    whole paragraphs)."""
    headers = running_headers(blocks)
    if not headers:
        return blocks, ()
    kept: list[RawBlock] = []
    removed: list[Removed] = []
    for block in blocks:
        lines = tuple(line for line in block.lines if header_key(line[1]) not in headers)
        removed.extend(Removed(n, n, "running header", t.strip()) for n, t in block.lines if header_key(t) in headers)
        if lines:
            kept.append(dataclasses.replace(block, lines=lines))
    for span in removed:
        log.info("%s:%d-%d: removed %s: %r", path, span.first_line, span.last_line, span.rule, span.preview)
    return tuple(kept), tuple(removed)


PAGE_NUMBER_AT_END = re.compile(r"^\s*\d{1,4}\s+|\s+\d{1,4}\s*$")


def header_key(text: str) -> str:
    return " ".join(PAGE_NUMBER_AT_END.sub("", text).split()).casefold()


def running_headers(blocks: tuple[RawBlock, ...]) -> set[str]:
    # A header inside paragraphs sits among different text on every page,
    # before it and after it; a line repeated with the same neighbour on
    # either side is part of a repeated passage (a refrain, a quotation).
    befores: dict[str, set[str]] = {}
    afters: dict[str, set[str]] = {}
    for block in blocks:
        for (_, before), (_, line), (_, after) in zip(block.lines, block.lines[1:], block.lines[2:]):
            if len(line.strip()) <= 60 and not ends_sentence(before):
                befores.setdefault(header_key(line), set()).add(header_key(before))
                afters.setdefault(header_key(line), set()).add(header_key(after))
    inside = Counter({key: min(len(befores[key]), len(afters[key])) for key in befores})
    numbered: dict[str, list[tuple[int, bool]]] = {}  # key → (page number, broke a sentence)
    for i, block in enumerate(blocks):
        if len(block.lines) == 1 and (found := PAGE_NUMBER_AT_END.search(text := block.lines[0][1])):
            broke = 0 < i < len(blocks) - 1 and breaks_sentence(blocks[i - 1], blocks[i + 1])
            numbered.setdefault(header_key(text), []).append((int(found.group().strip()), broke))
    found = {k for k, count in inside.items() if count >= 3}
    found |= {
        k
        for k, pages in numbered.items()
        if len(pages) >= 3 and counts_pages([n for n, _ in pages]) and 2 * sum(b for _, b in pages) >= len(pages)
    }
    return {k for k in found if re.search(r"[^\W\d_]", k)}


def breaks_sentence(before: RawBlock, after: RawBlock) -> bool:
    """A page ended mid-sentence here: what follows goes on in lower case,
    or what came before does not end a sentence."""
    first = next((c for c in after.lines[0][1] if c.isalpha()), "")
    return first.islower() or not ends_sentence(before.lines[-1][1])


def counts_pages(numbers: list[int]) -> bool:
    """Page numbers go up by one page, or two when only odd or even pages
    carry the header; numbered headings ("Harvest 17", "Harvest 27") do not."""
    steps = [b - a for a, b in zip(numbers, numbers[1:])]
    return sum(step in (1, 2) for step in steps) >= 0.8 * len(steps)


# A word this long may not fit in what is left of a line: an address, a path.
UNBREAKABLE_CHARS = 20


def looks_wrapped(texts: list[str]) -> bool:
    """Lines broken at a fixed width, as text pasted from a PDF or an email
    (a long address breaks the width where it stands).
    Three lines or more that each end a sentence are paragraphs, one a line,
    however alike their lengths: a width breaks sentences somewhere."""
    if len(texts) < 2 or len(texts) >= 3 and all(map(ends_full_sentence, texts[:-1])):
        return False
    # A word too long for the width (an address) stands on a line of its
    # own, past the width, and the line before it ends short.
    unbreakable = [len(t.split()) == 1 and len(t.strip()) >= UNBREAKABLE_CHARS for t in texts]
    widest = max((len(t) for t, alone in zip(texts, unbreakable) if not alone), default=max(map(len, texts)))
    return 40 <= widest <= 140 and all(
        len(t) >= 0.6 * widest or alone or before for t, alone, before in zip(texts[:-1], unbreakable, unbreakable[1:])
    )


def ends_full_sentence(text: str) -> bool:
    return text.rstrip(CLOSERS + " ").endswith(tuple(TERMINAL + ":"))
