"""Plain text's own emphasis, made marks: `_word_` (italics, as Project
Gutenberg and e-mail write them; `__two words__` too), `*word*` (italics)
and `**word**` (bold), as e-mail writes them, and, in Gutenberg
files, `=word=` (text a German edition letter-spaced, as its transcribers
write it).

Runs last, on the finished essay, so that nothing changes an item's text
after its marks are set. A delimiter that opens inside a word (snake_case,
x=1) is not emphasis; a closing one may be followed by the rest of its word
("_un_moral", "=Büsching=schen"), but only when it closes a single word:
in "_? the sum $x_i$" nothing is emphasised.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import Block, Essay, Mark, Note, Section

# A span may run over a whole quoted paragraph (a Gutenberg edition marks a
# manuscript's words in italics, up to ten lines of them), never over two.
UNDERSCORED = r"(?:(?<![\w_`])|(?<=`)(?=_\w))_(?=[^\s_])(?:(?P<u>[^_\n]{1,2000}?)(?<=[^\s_])_(?![_\w])|(?P<uw>[^_\s]{1,300}?)_(?!_))"
SPACED = r"(?<![\w=])=(?=[^\s=])(?:(?P<s>[^=\n]{1,2000}?)(?<=[^\s=])=(?![=\w])|(?P<sw>[^=\s]{1,300}?)=(?!=))"
# Doubled, as some Gutenberg files write italics ("__Free Hindustan__"); over
# words only, so a Python name ("__init__") stays as written. After a
# backtick, underscores end a reStructuredText link (`words <url>`__,
# `words`_: rstinline.py), unless a word follows ("``_Nature_''").
DOUBLED = r"(?<![\w_`])__(?=[^\s_])(?P<d>[^_\n]{0,2000}?\s[^_\n]{0,2000}?)(?<=[^\s_])__(?![_\w])"
# Stars, as e-mail and Markdown's readers write them: `*word*` italics,
# `**word**` bold. A star before a space is a bullet or a break ("* * *"),
# one after a letter a note's marker ("word*").
# Inside brackets or a path a star is a note's marker ("observation[*]",
# "study(*)") or a wildcard ("src/*/tests"), never emphasis.
STARRED = r"(?<![\w*\[/\\])\*(?=[^\s*\])/])(?P<a>[^*\n]{1,300}?)(?<=[^\s*\[(/])\*(?![*\w/])"
BOLD = r"(?<![\w*\[/\\])\*\*(?=[^\s*\])/])(?P<strong>[^*\n]{1,300}?)(?<=[^\s*\[(/])\*\*(?![*\w/])"
PLAIN = re.compile(f"{DOUBLED}|{UNDERSCORED}|{BOLD}|{STARRED}")
GUTENBERG = re.compile(f"{DOUBLED}|{UNDERSCORED}|{BOLD}|{STARRED}|{SPACED}")


def with_emphasis(essay: Essay, pattern: re.Pattern[str] = PLAIN) -> Essay:
    """The essay with its emphasis delimiters turned into `em` marks, in its
    notes too, and taken out of its title and headings, which carry no marks
    ("OF THE PRESENT _ABILITY_ OF _AMERICA_")."""
    intro = tuple(_block(b, pattern) for b in essay.intro)
    return dataclasses.replace(
        essay,
        title=emphasised(essay.title, pattern)[0],
        dek=essay.dek and emphasised(essay.dek, pattern)[0],
        intro=intro,
        sections=tuple(_section(s, pattern) for s in essay.sections),
        notes=tuple(_note(n, pattern) for n in essay.notes),
    )


def _note(note: Note, pattern: re.Pattern[str]) -> Note:
    """A note's paragraphs each with their own marks, as a block's items."""
    if note.marks or not pattern.search(note.text):
        return note
    paragraphs = [emphasised(part, pattern) for part in note.text.split("\n\n")]
    return dataclasses.replace(note, text="\n\n".join(text for text, _ in paragraphs), marks=tuple(m for _, m in paragraphs))


def _section(section: Section, pattern: re.Pattern[str]) -> Section:
    return dataclasses.replace(
        section,
        heading=emphasised(section.heading, pattern)[0],
        blocks=tuple(_block(b, pattern) for b in section.blocks),
        subsections=tuple(_section(s, pattern) for s in section.subsections),
    )


def _block(block: Block, pattern: re.Pattern[str]) -> Block:
    if block.kind == "code" or block.marks or not any(pattern.search(item) for item in block.items):
        return block
    items, marks = zip(*(emphasised(item, pattern) for item in block.items))
    return dataclasses.replace(block, items=items, marks=marks)


def emphasised(text: str, pattern: re.Pattern[str]) -> tuple[str, tuple[Mark, ...]]:
    """The text without its delimiters, and an `em` mark over each span (`strong` over `**bold**`)."""
    out: list[str] = []
    marks: list[Mark] = []
    end = 0
    length = 0
    for found in pattern.finditer(text):
        before = text[end : found.start()]
        inner = next(group for group in found.groups() if group is not None)
        out += [before, inner]
        length += len(before)
        marks.append(Mark(length, length + len(inner), "strong" if found.lastgroup == "strong" else "em"))
        length += len(inner)
        end = found.end()
    out.append(text[end:])
    return "".join(out), tuple(marks)
