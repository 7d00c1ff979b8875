"""Pages copied out of a browser: the essay inside the page's chrome.

A page copied with Select All holds menus, sign-up prompts, share buttons,
tags, image file names, the essay, then the comment form, comments, related
stories and the footer. The essay is found with jusText's idea (Pomikálek,
2011) rather than a list of phrases: each line is classed by its length and
its density of stop words (jusText's own stop-word lists), prose being long
and full of function words, chrome short and made of names and labels. The
essay is the run of prose lines with the most text, bridging short gaps
(its headings, captions); its title and byline/date are found just above.

Everything else is dropped and logged with its line range. No line inside
the essay's run is ever dropped.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Essay, EssayError, MetaField, Removed, SourceText
from ..text import ends_sentence
from . import pageclass
from .pageclass import Unit
from .plain import parse as parse_plain
from .titlelines import byline_name, date_first, written_in_lower_case

log = logging.getLogger("essay_site")

# Lines above the essay searched for its title and byline.
TITLE_WINDOW = 15
# A page: chrome lines on both sides of the essay, this many at least; or
# fewer, if a copyright notice is among them (a small blog's footer is a
# contact line and the copyright).
MIN_CHROME_LINES = 5
MIN_FOOTER_LINES = 2
MIN_RUN_PARAGRAPHS = 3
MIN_CHROME_SHARE = 0.15
# The essay's run holds at least this share of the page's prose.
MIN_RUN_SHARE = 0.75
# Lines between a title and its byline: the dek.
MAX_DEK_LINES = 2
# The author's name may stand alone among the essay's first lines (after a standfirst).
LEAD_UNITS = 3


def chrome_evidence(lines: tuple[str, ...]) -> str | None:
    """Why the text looks like a copied web page, or None.

    Page chrome stands on both sides of one run of prose that holds nearly
    all the prose; an essay whose verse or lists break its prose into runs is
    not a page.
    """
    units = pageclass.classify(lines)
    run = pageclass.essay_run(units)
    if run is None:
        return None
    before = [u for u in units[: run[0]] if is_chrome(u)]
    after = [u for u in units[run[1] + 1 :] if is_chrome(u)]
    if sum(u.kind == "good" for u in units[run[0] : run[1] + 1]) < MIN_RUN_PARAGRAPHS:
        return None
    outside = len(units) - (run[1] - run[0] + 1)
    share = pageclass.good_chars(units, *run) / max(1, pageclass.good_chars(units, 0, len(units) - 1))
    if not (enough_chrome(before) and enough_chrome(after)) or outside < MIN_CHROME_SHARE * len(units) or share < MIN_RUN_SHARE:
        return None
    return f"{len(before)} lines of page chrome before the longest run of prose, {len(after)} after it"


def is_chrome(unit: Unit) -> bool:
    """Chrome is labels, names and links: lines that do not end a sentence.
    A copyright line may end one, and it is a footer's all the same."""
    return unit.kind != "good" and not ends_sentence(unit.text) or pageclass.is_copyright(unit)


def enough_chrome(side: list[Unit]) -> bool:
    footer = len(side) >= MIN_FOOTER_LINES and any(map(pageclass.is_copyright, side))
    return len(side) >= MIN_CHROME_LINES or footer


# A theme's link to each heading, drawn before it and copied with it: "» Che sta succedendo?".
ANCHOR_GLYPH = re.compile(r"^[ \t]*([»#¶§⚓🔗])[ \t]+(?=\S)")
# Headings a page links so: at least this many, all with the same glyph.
MIN_ANCHORED = 2
MAX_ANCHORED_WORDS = 12


def without_anchor_glyphs(path: str, lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines without the glyph a page sets before each heading, when
    two or more headings open with the same one. A paragraph keeps its own
    ("§ 1 regelt den Geltungsbereich dieses Gesetzes.")."""
    anchored = {i: found.group(1) for i, line in enumerate(lines) if (found := ANCHOR_GLYPH.match(line)) and heading_shaped(line)}
    glyphs = set(anchored.values())
    if len(glyphs) != 1 or len(anchored) < MIN_ANCHORED:
        return lines
    log.info("%s: removed the heading links %r before %d headings", path, glyphs.pop(), len(anchored))
    return tuple(ANCHOR_GLYPH.sub("", line) if i in anchored else line for i, line in enumerate(lines))


def heading_shaped(line: str) -> bool:
    """Short, and no sentence unless a question: "» Che sta succedendo?"."""
    text = line.strip()
    return len(text.split()) <= MAX_ANCHORED_WORDS and (not ends_sentence(text) or text.endswith(("?", "？")))


def parse(source: SourceText) -> Essay:
    source = dataclasses.replace(source, lines=without_anchor_glyphs(source.path, source.lines))
    units = pageclass.classify(source.lines)
    run = pageclass.essay_run(units)
    if run is None:
        raise EssayError(source.path, "no run of prose found in this web page")
    head = title_lines(units, run[0])
    run = pageclass.extend(units, run, max(head, default=-1))
    author = lead_author(units, run, head)
    keep = {n for u in [units[i] for i in head] + units[run[0] : run[1] + 1] for n in range(u.line, u.last + 1)}
    keep -= {units[author].line} if author is not None else set()
    removed = dropped_spans(units, keep, head, run)
    for span in removed:
        log.info("%s:%d-%d: removed %s: %r", source.path, span.first_line, span.last_line, span.rule, span.preview)
    kept = tuple(text if n in keep else "" for n, text in enumerate(source.lines, 1))
    essay = parse_plain(dataclasses.replace(source, lines=kept), line_paragraphs=True)
    if author is not None and not any(field.label == "Author" for field in essay.meta):
        essay = dataclasses.replace(essay, meta=(MetaField("Author", units[author].text.strip(), units[author].line), *essay.meta))
    essay = without_author_box(source.path, essay)
    return dataclasses.replace(essay, removed=tuple(sorted(removed + essay.removed, key=lambda r: r.first_line)))


def without_author_box(path: str, essay: Essay) -> Essay:
    """A last "section" headed by the byline's author ("Martin Untersinger
    (avec …)" over "Journaliste au Monde Suivre …") is the site's author box."""
    names = [field.value.casefold() for field in essay.meta if field.label == "Author"]
    last = essay.sections[-1] if essay.sections else None
    if last is None or last.subsections or not any(last.heading.casefold().startswith(name) for name in names):
        return essay
    log.info("%s:%d: removed the author box after the essay: %r", path, last.line, last.heading)
    box = Removed(last.line, max([last.line, *(b.line for b in last.blocks)]), "author box after the essay", last.heading)
    return dataclasses.replace(essay, sections=essay.sections[:-1], removed=(*essay.removed, box))


def lead_author(units: list[Unit], run: tuple[int, int], head: list[int]) -> int | None:
    """A name alone on its line among the essay's first lines, under a
    title with no byline: the author, as a news page sets the name under
    the standfirst ("Dave Steer"), never a section of its own. Not when the
    essay writes a word of it in lower case, as a heading's ("Open Standards")."""
    if any(units[i].name or byline_name(date_first(units[i].text)) for i in head):
        return None
    texts = [unit.text for unit in units[run[0] : run[1] + 1]]
    opening = range(run[0], min(run[1], run[0] + LEAD_UNITS) + 1)
    found = (i for i in opening if units[i].name and units[i].last == units[i].line)
    return next((i for i in found if not written_in_lower_case(units[i].text, texts)), None)


def title_lines(units: list[Unit], start: int) -> list[int]:
    """Indices of the title, dek and byline/date lines just above the essay.

    The byline and date sit closest to the text (a name beside a date is a
    byline); the title is the nearest headline-like line above them, and a
    line between the two is the dek. Without a byline, the title is the
    headline-like line nearest above the essay: the menu stands above it,
    and a menu item ("Most recent post") may have as many words.
    """
    # A long headline reads as prose: the essay's run may open with it, its byline under it.
    byline = next((k for k in (1, 2) if start + k < len(units) and units[start + k].meta), None)
    if byline and units[start].headline:
        return list(range(start, start + byline + 1))
    floor = max(0, start - TITLE_WINDOW)
    dated = [i for i in range(floor, start) if units[i].meta]
    if dated:
        top = bottom = dated[-1]
        # A byline that names its author has no name line above it: the
        # line there ("On Recent Controversial Events") is the title.
        named = bool(byline_name(date_first(units[top].text)))
        while top - 1 >= floor and (units[top - 1].meta or units[top - 1].name and not named):
            top -= 1
        while bottom + 1 < start and (units[bottom + 1].meta or units[bottom + 1].name):
            bottom += 1
        title = next((i for i in range(top - 1, max(floor, top - 2 - MAX_DEK_LINES) - 1, -1) if units[i].headline), None)
        if title is not None:
            return list(range(title, bottom + 1))
    headlines = [i for i in range(floor, start) if units[i].headline]
    return [headlines[-1]] if headlines else []


def dropped_spans(
    units: list[Unit], keep: set[int], head: list[int], run: tuple[int, int]
) -> tuple[Removed, ...]:
    """Runs of dropped lines, named by where they sit relative to the essay."""
    first_kept = units[head[0]].line if head else units[run[0]].line
    start, end = units[run[0]].line, units[run[1]].last
    spans: list[Removed] = []
    for unit in units:
        if unit.line in keep:
            continue
        where = (
            "page chrome above the title" if unit.line < first_kept
            else "page chrome between the title and the essay" if unit.line < start
            else "page chrome after the essay (comments, related stories, footer)" if unit.line > end
            else "page chrome"
        )
        last = spans[-1] if spans else None
        if last and last.rule == where and not any(n in keep for n in range(last.last_line, unit.line)):
            spans[-1] = dataclasses.replace(last, last_line=unit.last)
        else:
            spans.append(Removed(unit.line, unit.last, where, " ".join(unit.text.split()[:8])))
    return tuple(spans)
