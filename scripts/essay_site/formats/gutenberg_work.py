"""The work as a Project Gutenberg file names it, and the essay's title
block set right by it.

The header's "Title:" and "Author:" name the work; an old header (before
2000) has no fields, only its first line, "The Project Gutenberg Etext of
TITLE, by AUTHOR", as the end line has. When the work's own pages name no
author, these do; a title page in capitals is spelled as they spell it; and
a line that only repeats "TITLE by AUTHOR" is no subtitle.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import re
import unicodedata
from typing import TYPE_CHECKING

from ..model import Essay, MetaField

if TYPE_CHECKING:
    from .gutenberg import Bounds

log = logging.getLogger("essay_site")

# "… EBook of Beantwortung der Frage: Was ist Aufklärung?, by Immanuel Kant"
END_LINE_AUTHOR = re.compile(r",\s+by\s+(?P<author>[^\W\d_][^,;]{1,80}?)\s*$", re.IGNORECASE)
HEADER_TITLE = re.compile(r"^\s*Title:\s*(?P<value>\S.*)$", re.IGNORECASE)
HEADER_AUTHOR = re.compile(r"^\s*Author:\s*(?P<value>\S.*)$", re.IGNORECASE)
END_LINE_WORK = re.compile(r"E-?(?:Book|text) of\s+(?P<title>.+?)(?:,\s+by\s+(?P<author>[^,;]+?))?\s*$", re.IGNORECASE)


def with_author(meta: tuple[MetaField, ...], lines: tuple[str, ...], index: int | None) -> tuple[MetaField, ...]:
    """The work's own title page names the author; when it does not, the
    end line's (at `index`) "…, by AUTHOR" does."""
    if index is None or any(field.label == "Author" for field in meta):
        return meta
    found = END_LINE_AUTHOR.search(" ".join(line.strip() for line in itertools.takewhile(str.strip, lines[index:])))
    return (*meta, MetaField("Author", found.group("author"), index + 1)) if found else meta


# What a header's "Author:" says when no one person wrote the book.
NO_AUTHOR = frozenset({"various", "anonymous", "unknown"})


def with_header_author(meta: tuple[MetaField, ...], lines: tuple[str, ...], bounds: Bounds) -> tuple[MetaField, ...]:
    """When the work's own pages name no author, the header's "Author:" does."""
    header = enumerate(lines[: max(bounds.start, 0)], 1)
    found = next(((n, m.group("value").strip()) for n, line in header if (m := HEADER_AUTHOR.match(line))), None)
    if found is None or found[1].casefold() in NO_AUTHOR or any(field.label == "Author" for field in meta):
        return meta
    return (MetaField("Author", found[1], found[0]), *meta)


def spelled_as_named(essay: Essay, known: tuple[str, str | None] | None, path: str) -> Essay:
    """A title page in capitals drops the accents and the case that the
    header's "Title:" keeps ("FRANCAISE", "française"): when the two hold
    the same letters, the title is spelled as the header names it."""
    if known is None or essay.title == known[0] or letters_of(essay.title) != letters_of(known[0]):
        return essay
    log.info("%s: title spelled as the Project Gutenberg header names it: %r", path, known[0])
    return dataclasses.replace(essay, title=known[0])


def without_title_credit(essay: Essay, known: tuple[str, str | None] | None) -> Essay:
    """An old file's credit line, "Idle Days by A. Writer.", is no subtitle,
    nor the title: it names the work and its author, as the header did. As
    the title, its work is the title, and a first paragraph that only
    repeats the work's title or its start ('"VIRGINIBUS PUERISQUE"') goes."""
    if known is None or not known[1]:
        return essay
    surname = letters_of(known[1]).split()[-1:]
    if essay.dek and letters_of(essay.dek) == letters_of(f"{known[0]} by {known[1]}"):
        return _with_author(dataclasses.replace(essay, dek=None), known[1])
    work, by, name = essay.title.rpartition(" by ")
    if not by or letters_of(name).split()[-1:] != surname or not letters_of(work).startswith(letters_of(known[0])):
        return essay
    opening = letters_of(essay.intro[0].text) if essay.intro else ""
    intro = essay.intro[1:] if opening and letters_of(work).startswith(opening) else essay.intro
    return _with_author(dataclasses.replace(essay, title=work.strip(), intro=intro), name.strip())


def _with_author(essay: Essay, name: str) -> Essay:
    if any(field.label == "Author" for field in essay.meta):
        return essay
    return dataclasses.replace(essay, meta=(MetaField("Author", name, 1), *essay.meta))


def letters_of(text: str) -> str:
    """Letters and digits without accents, case or punctuation."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in bare.casefold()).split())


def named_work(lines: tuple[str, ...], bounds: Bounds) -> tuple[str, str | None] | None:
    """The work's title and author as the file names them: the header's
    "Title:" and "Author:", else its first line's or the end line's "EBook
    of TITLE, by AUTHOR" (an old header has no fields)."""
    header = lines[: max(bounds.start, 0)]
    title = next((m.group("value").strip() for line in header if (m := HEADER_TITLE.match(line))), None)
    if title:
        return title, next((m.group("value").strip() for line in header if (m := HEADER_AUTHOR.match(line))), None)
    # The header's first line alone (the next says "#3 in our series by …"); the end line may wrap.
    named = [header[0]] if header else []
    if bounds.end_line is not None:
        named.append(" ".join(line.strip() for line in itertools.takewhile(str.strip, lines[bounds.end_line :])))
    found = next((m for text in named if (m := END_LINE_WORK.search(text))), None)
    return (found.group("title").strip(), found.group("author")) if found else None
