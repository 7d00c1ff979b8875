"""The navigation header of a page copied from a wiki library.

A chapter or essay copied out of Wikisource (in any language) opens with
the page's header: a link back ("← Contents", "← Chapter 2"), the work's
title, its author ("by Name", "Author:Name", "രചന:Name"), this page's
title, and a link on ("Chapter 4 →"). The header names the title block;
it is not the essay. The page then often repeats this title, under its
chapter's label ("Chapter 1", "അദ്ധ്യായം 1"): the repeat is dropped and
the label kept as the chapter.
"""

from __future__ import annotations

import re

from ..model import MetaField, Removed
from ..text import same_words
from .titlecase import name_case
from .titlelines import byline_name
from .titlepage import GivenHead

BACK = re.compile(r"^\s*←")
ON = re.compile(r"→\s*$")
# A label and a name: "Author:Jane Doe", "രചന:സ്വദേശാഭിമാനി രാമകൃഷ്ണപിള്ള".
LABELLED_NAME = re.compile(r"^\s*[^\W\d_][^\s:：]{0,24}\s*[:：]\s*(?P<name>[^\W\d_].{0,80})$")
MAX_HEADER_LINES = 6
MAX_HEADER_WORDS = 12
# A chapter's label above the repeated title: a word or two and a number.
MAX_LABEL_WORDS = 3
CHAPTER_LABEL = "chapter label above the repeated title (kept as the chapter)"


def find(lines: tuple[str, ...]) -> GivenHead | None:
    """The title block the header gives, with the file's lines with the
    header (and the repeated title) blanked."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not BACK.match(lines[first]):
        return None
    last = next((j for j in range(first + 1, min(first + MAX_HEADER_LINES, len(lines))) if ON.search(lines[j])), None)
    inside = lines[first + 1 : last] if last else ()
    if not inside or any(not line.strip() or len(line.split()) > MAX_HEADER_WORDS for line in (lines[first], lines[last], *inside)):
        return None
    authors = [name for line in inside if (name := author(line))]
    titles = [" ".join(line.split()) for line in inside if not author(line)]
    if not titles:
        return None
    meta = [MetaField("Author", name, first + 1) for name in authors]
    if len(titles) > 1:
        meta.append(MetaField("From", titles[0], first + 1))
    preview = " | ".join(" ".join(line.split()) for line in lines[first : last + 1])
    header = Removed(first + 1, last + 1, "wiki page navigation header", preview)
    blanked = lines[:first] + ("",) * (last + 1 - first) + lines[last + 1 :]
    repeat = repeated_title(blanked, titles[-1], last + 1)
    drop = {r.first_line - 1 for r in repeat}
    blanked = tuple("" if i in drop else line for i, line in enumerate(blanked))
    chapter = [MetaField("Chapter", r.preview, r.first_line) for r in repeat if r.rule == CHAPTER_LABEL]
    return GivenHead(titles[-1], first + 1, None, tuple(meta + chapter), blanked, (header, *repeat))


def author(line: str) -> str | None:
    found = LABELLED_NAME.match(line)
    if found:
        return name_case(found.group("name").strip())
    return byline_name(line) or None


def repeated_title(lines: tuple[str, ...], title: str, start: int) -> list[Removed]:
    """The page's repeat of the title, and the chapter's label above it,
    when the text from `start` opens with them."""
    at = [i for i in range(start, len(lines)) if lines[i].strip()][:2]
    if len(at) == 2 and same_words(lines[at[1]], title) and is_label(lines[at[0]]):
        label = " ".join(lines[at[0]].split())
        return [Removed(at[0] + 1, at[0] + 1, CHAPTER_LABEL, label), repeat(lines, at[1])]
    return [repeat(lines, at[0])] if at and same_words(lines[at[0]], title) else []


def is_label(line: str) -> bool:
    """A chapter's label: a word or two and a number ("Chapter 1", "അദ്ധ്യായം 1")."""
    return len(line.split()) <= MAX_LABEL_WORDS and bool(re.search(r"\d|\b[IVXLC]+\b", line))


def repeat(lines: tuple[str, ...], i: int) -> Removed:
    return Removed(i + 1, i + 1, "title repeated from the page header", lines[i].strip())


