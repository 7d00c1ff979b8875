"""Recognise web clutter that is not essay: product cards, disclosures,
promos, a news site's links to its other stories, and an e-mail's signature.

All the rules live in the two tables below. A product card is found as a run
of blocks held together by signal lines; it is removed only if it contains a
*strong* signal (a disclosure or a shopping call to action), so an essay that
merely has a section called "Things to know" keeps it.
"""

from __future__ import annotations

import dataclasses
import re

from .model import RawBlock, Removed


@dataclasses.dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    strong: bool


def _rule(name: str, pattern: str, strong: bool) -> Rule:
    return Rule(name, re.compile(pattern, re.IGNORECASE), strong)


SHOPS = r"(?:amazon|ebay|walmart|best buy|target|etsy)"

CARD_RULES: tuple[Rule, ...] = (
    _rule(
        "affiliate disclosure",
        r"\bas an amazon associate\b|\bearns? (?:a (?:small )?)?(?:commission|from qualifying purchases)"
        r"|\b(?:contains|uses|includes) affiliate links?\b|\baffiliate links? (?:below|above)\b"
        r"|^(?:sponsored|paid) (?:post|content|link)\b",
        strong=True,
    ),
    _rule(
        "shopping call to action",
        rf"^(?:view|shop|buy|see|check|get|find|order)\b.{{0,60}}\b(?:on|at|from) {SHOPS}\b"
        rf"|^(?:check|see|view|visit) {SHOPS}\b|^(?:buy|shop|order) now\b"
        r"|^check (?:the )?(?:live |current |latest )?price\b",
        strong=True,
    ),
    _rule(
        "product card label",
        r"^(?:top|best|premium|budget|editor['’]?s|our|staff|reader['’]?s)\b.{0,40}\bpicks?$",
        strong=False,
    ),
    _rule(
        "product card heading",
        r"^(?:why (?:it|we like it) stands out|things to know|pros|cons|key (?:features|specs)"
        r"|specs|what we like|at a glance)$",
        strong=False,
    ),
)

PROMO_RULES: tuple[Rule, ...] = (
    _rule(
        "author promo",
        r"^(?:other |more )?(?:books|novels|titles|works|essays|articles|posts) by [\w.'’ -]{2,60}$"
        r"|^about the author$|^buy me a coffee\b|^follow (?:me|us)\b",
        strong=True,
    ),
    _rule(
        "newsletter promo",
        r"^(?:subscribe|sign up|join)\b.{0,80}\b(?:newsletter|updates|substack|mailing list)\b",
        strong=True,
    ),
    # "The text above was produced by the volunteers of … It is always
    # available at:https://…": the library the file came from, in any language.
    # The address itself ends the line, bare: a link or an image written in
    # Markdown ("![img](http://…)") is the essay's own, and so is a note
    # that cites its source by address ("[1] Tim Berners-Lee, …, https://…").
    _rule(
        "source credit",
        r"^(?=.{0,300}$)(?!\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]\s|\^\d)\S.*(?:https?://|www\.)[^\s/()<>\[\]]+[^\s()<>\[\]]*$",
        strong=True,
    ),
    # A blog's own footer under the post, copied with it.
    _rule(
        "post footer",
        r"^posted (?:on|in|at|by)\b.{0,160}$|^(?:submit|leave|post|add) (?:a |your )?comments?\b.{0,120}$"
        r"|^(?:←|«|<)\s*(?:previous|older)\b|^(?:previous|next|older|newer) (?:post|entry|article)\b|^(?:next|newer)\b.{0,120}(?:→|»)$",
        strong=True,
    ),
    _rule(
        "sharing widget",
        r"^(?:share this|like this|related posts?|you may also like|read more)[:.]?$",
        strong=True,
    ),
)

# A news site's link to another of its stories, set between the paragraphs:
# "Lire : Que sont les IMSI-catchers ?", "Read more: …", "Lesen Sie auch: …".
READ_ALSO = _rule(
    "link to another story",
    r"^(?:(?:à\s+)?lire(?:\s+(?:aussi|également))?|read\s+(?:more|also|next)|lesen\s+sie\s+(?:auch|mehr)|leer\s+más"
    r"|lea\s+también|ler\s+também|leggi\s+anche|читайте\s+также)\s*:\s*\S.{0,160}$",
    strong=True,
)

# Blocks of a card between two signal lines that can still belong to it; a
# longer block is essay prose and breaks the run.
MAX_GAP_BLOCKS = 3
MAX_CARD_BLOCK_CHARS = 300
# A promo trailer sits at the very end.
MAX_TRAILER_BLOCKS = 3
# An e-mail signature's delimiter, "-- " alone on its line, and how long a signature runs.
SIGNATURE = re.compile(r"^-- ?$")
MAX_SIGNATURE_LINES = 10


def match(rules: tuple[Rule, ...], line: str) -> Rule | None:
    text = line.strip()
    return next((rule for rule in rules if rule.pattern.search(text)), None)


def remove_clutter(blocks: tuple[RawBlock, ...]) -> tuple[tuple[RawBlock, ...], tuple[Removed, ...]]:
    """Split blocks into (essay blocks, removed spans), both in file order."""
    drop: dict[int, list[str]] = {}
    for first, last, names in card_spans(blocks):
        for i in range(first, last + 1):
            drop[i] = names
    for i, name in trailer(blocks):
        drop[i] = [name]
    signed = ["e-mail signature"]  # one list for the whole tail, so the log shows one span
    for i in signature(blocks):
        drop[i] = signed
    for i, block in enumerate(blocks):
        if len(block.lines) == 1 and READ_ALSO.pattern.match(block.lines[0][1].strip()):
            drop[i] = [READ_ALSO.name]
    kept = tuple(block for i, block in enumerate(blocks) if i not in drop)
    return kept, spans(blocks, drop)


def block_signals(block: RawBlock) -> list[Rule]:
    return [rule for _, text in block.lines if (rule := match(CARD_RULES, text))]


def card_spans(blocks: tuple[RawBlock, ...]) -> list[tuple[int, int, list[str]]]:
    """Runs of blocks joined by signal lines that contain a strong signal."""
    found: list[tuple[int, int, list[str]]] = []
    run: list[int] = []  # indices of signal blocks in the current run
    names: list[str] = []

    def close() -> None:
        if run and any(rule.strong for i in run for rule in block_signals(blocks[i])):
            found.append((run[0], run[-1], sorted(set(names))))

    for i, block in enumerate(blocks):
        signals = block_signals(block)
        if not signals or (block.size > MAX_CARD_BLOCK_CHARS and len(block.lines) == 1):
            continue
        gap = blocks[run[-1] + 1 : i] if run else ()
        if run and (i - run[-1] - 1 > MAX_GAP_BLOCKS or any(b.size > MAX_CARD_BLOCK_CHARS for b in gap)):
            close()
            run, names = [], []
        run.append(i)
        names.extend(rule.name for rule in signals)
    close()
    return found


def trailer(blocks: tuple[RawBlock, ...]) -> list[tuple[int, str]]:
    """Promo blocks at the end of the essay, every line of which is promo."""
    found: list[tuple[int, str]] = []
    for i in range(len(blocks) - 1, max(-1, len(blocks) - 1 - MAX_TRAILER_BLOCKS), -1):
        rules = [match(PROMO_RULES, text) for _, text in blocks[i].lines]
        if not all(rules):
            break
        found.append((i, rules[0].name))  # type: ignore[union-attr]
    return found


def signature(blocks: tuple[RawBlock, ...]) -> range:
    """An e-mail's signature: from its "-- " line (RFC 3676's delimiter) to
    the end, a few short lines (a name, an address, a list's footer)."""
    start = next((i for i in range(len(blocks) - 1, max(-1, len(blocks) - 1 - MAX_TRAILER_BLOCKS), -1) if SIGNATURE.match(blocks[i].lines[0][1])), None)
    if start is None:
        return range(0)
    tail = [text for block in blocks[start:] for _, text in block.lines]
    return range(start, len(blocks)) if len(tail) <= MAX_SIGNATURE_LINES else range(0)


def spans(blocks: tuple[RawBlock, ...], drop: dict[int, list[str]]) -> tuple[Removed, ...]:
    """Merge adjacent dropped blocks into spans for the build log."""
    removed: list[Removed] = []
    for i in sorted(drop):
        block = blocks[i]
        if removed and i - 1 in drop and drop[i - 1] is drop[i]:
            last = removed.pop()
            removed.append(dataclasses.replace(last, last_line=block.last))
            continue
        preview = " ".join(block.lines[0][1].split()[:6])
        removed.append(Removed(block.first, block.last, ", ".join(drop[i]), preview))
    return tuple(removed)
