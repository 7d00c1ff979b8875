"""The shapes a single line of text can take: heading-like, list item,
byline or date. Shared by the plain-text reader and the title block."""

from __future__ import annotations

import re

from ..model import MetaField, RawBlock
from ..text import ends_sentence

MAX_HEADING_CHARS = 100
# The rows an author underlines a heading with (underlines.py), from the
# outermost heading level to the innermost.
RULE_CHARS = "=#*-~^+"
MAX_HEADING_WORDS = 14
# The item's text must hold a letter or digit: "* * *" and "- -" are scene
# breaks, not lists.
LIST_ITEM = re.compile(
    r"^(?P<indent>\s*)(?:(?P<bullet>[-*+•·▪‣◦])|(?P<number>\d{1,3})[.)]|(?P<dash>–)(?=\s)(?<=\s–))\s+(?P<text>(?=.*?[^\W_])\S.*)$"
)
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE = rf"(?:{MONTH} \d{{1,2}},? \d{{4}}|{MONTH},? \d{{4}}|\d{{1,2}} {MONTH},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
META_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Author", re.compile(r"^(?:by|written by|author:)\s+(?P<value>[^\d].{1,80})$", re.IGNORECASE)),
    # "Translated by …", "Tradução: …", "번역: …"
    ("Translator", re.compile(
        r"^(?:(?:translated|translation) by|translat(?:ion|ors?)\s*:|übersetz(?:t von|ung\s*:|er\s*:)|traduit par|traduction\s*:"
        r"|traducci[oó]n\s*:|tradu[çc][ãa]o\s*:|traduzione\s*:|перевод\s*:?|翻訳\s*[:：]|번역\s*[:：]|翻译\s*[:：]|çeviri\s*:)"
        r"\s*(?P<value>[^\d\s].{0,120})$",
        re.IGNORECASE,
    )),
    ("Date", re.compile(rf"^(?:(?:published|updated|posted|date)(?: on)?:?\s+)?(?P<value>{DATE})$", re.IGNORECASE)),
    ("Copyright", re.compile(r"^(?P<value>(?:©|\(c\)|copyright\b).{0,120})$", re.IGNORECASE)),
    ("Abstract", re.compile(r"^abstract(?::\s*(?P<value>\S.*))?:?$", re.IGNORECASE)),
)


# A full stop after a name's last word of three letters or more.
NAME_STOP = re.compile(r"(?<![\w.])[^\W\d_]{3,}\.$")


def meta_field(number: int, line: str) -> MetaField | None:
    for label, pattern in META_RULES:
        found = pattern.match(line.strip())
        if found:
            value = (found.group("value") or "").strip()
            if label in ("Author", "Translator") and value[:1].islower():
                return None  # "By the time we arrived" is prose, not a byline
            if label in ("Author", "Translator") and NAME_STOP.search(value):
                value = value[:-1]  # a title page's "By John Stuart Mill."; "Jr." and "LL.D." keep theirs
            return MetaField(label, value, number)
    return None


def heading_like(line: str) -> bool:
    text = line.strip()
    words = text.split()
    first_letter = next((c for c in text if c.isalpha()), "")
    return (
        bool(first_letter)
        # A headline may open with a number, sentence case after it ("3 surprising findings").
        and (not first_letter.islower() or text[:1].isdigit())
        and len(text) <= MAX_HEADING_CHARS
        and len(words) <= MAX_HEADING_WORDS
        and not (ends_sentence(text) and not text.endswith(("?", "？")))
        and not LIST_ITEM.match(line)
        and not text.startswith("[")
        and meta_field(0, text) is None
    )


# A gap of four spaces or more inside a line: columns set by hand. Prose,
# justified too, never spaces words so far apart.
_COLUMN_GAP = re.compile(r"\S {4,}\S")


def laid_out(texts: list[str]) -> bool:
    """A table or figure set with spaces (a ship-cost table in an old
    pamphlet): a third of its lines, two at least, have columns."""
    columned = sum(bool(_COLUMN_GAP.search(text)) for text in texts)
    return columned >= 2 and columned * 3 >= len(texts)


# A shell's or an interpreter's prompt before a command: "$ git commit", ">>> print(x)".
_PROMPT = re.compile(r"^\s*(?:\$|%|>>>|#)\s+\S")
# Symbols of code and drawings, not of prose: a line made mostly of them is neither.
_SYMBOLS = re.compile(r"[|/\\<>{}\[\]()=+*#~^_;$-]")
INDENT = 4
SYMBOL_SHARE = 0.25


def set_as_code(texts: list[str]) -> bool:
    """An indented block of commands or a drawing ("    $ git checkout
    master", "    master^ --> #1 --> #2"): kept line for line, in a
    fixed-width font. Every line indented four spaces; a prompt opens one,
    or symbols make a good share of its characters."""
    if not all(len(t) - len(t.lstrip()) >= INDENT or not t.strip() for t in texts):
        return False
    marks = sum(len(_SYMBOLS.findall(t)) for t in texts)
    ink = sum(len(t.replace(" ", "")) for t in texts)
    return any(_PROMPT.match(t) for t in texts) or marks >= SYMBOL_SHARE * max(ink, 1)


def loose_lists_joined(blocks: tuple[RawBlock, ...]) -> tuple[RawBlock, ...]:
    """Items set apart by blank lines ("- a", "", "- b") are one list: their
    blocks joined, when each is one line and the next goes on with the
    same bullet, or the next number."""
    joined: list[RawBlock] = []
    for block in blocks:
        last = joined[-1] if joined else None
        if last is not None and goes_on_list(last, block):
            joined[-1] = RawBlock(last.lines + block.lines)
        else:
            joined.append(block)
    return tuple(joined)


def goes_on_list(last: RawBlock, block: RawBlock) -> bool:
    # One line each: an item wrapped over lines, alone, may be a numbered paragraph (plain.py).
    if len(block.lines) != 1 or len(last.lines) != 1 and not all(LIST_ITEM.match(text) for _, text in last.lines):
        return False
    item = LIST_ITEM.match(block.lines[0][1])
    before = [found for _, text in last.lines if (found := LIST_ITEM.match(text))]
    if not item or not before or block.rule or last.rule:
        return False
    previous = before[-1]
    if any(found.group("indent") != item.group("indent") for found in before):
        return False  # a nested list is its own
    if previous.group("number") is not None:
        return item.group("number") is not None and int(item.group("number")) == int(previous.group("number")) + 1
    return item.group("bullet") is not None and item.group("bullet") == previous.group("bullet")
