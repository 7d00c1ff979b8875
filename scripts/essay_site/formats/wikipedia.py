"""An article copied out of Wikipedia (or another MediaWiki site) in a browser.

The copy holds the article and the wiki's frame around it. Read as a web
page, its headings would keep their "[edit]" links, its contents list and
info box would be prose, and its references, navigation boxes, categories
and licence footer would be the essay's last sections. Here:
- the title is the line above "From Wikipedia, the free encyclopedia"
  (else the first line); the frame above it goes;
- everything between the title and the lead's first paragraph (info box,
  hatnotes, image captions) goes, as do "Main article: …" and "See also: …"
  hatnotes further down, and "[citation needed]" marks;
- a heading is a line ending in "[edit]", its level the one the article's
  own contents list gives it ("2.1 Firefox");
- the references, as "^ …" lines, are the notes, numbered in order as the
  text's "[1]" markers count them; what follows them (external links,
  navigation boxes, categories, the footer) goes, as do the "See also",
  "External links" and "Further reading" sections.
Every dropped line is logged; the rest is read as a web page's text is.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from ..model import Essay, Removed, SourceText
from .plain import parse as parse_plain

log = logging.getLogger("essay_site")

EDIT_MARK = re.compile(r"\s*\[(?:edit|bearbeiten|modifier|editar|modifica|править|編集|编辑)(?:[^\[\]]{0,40})\]\s*$", re.IGNORECASE)
FROM_WIKI = re.compile(
    r"^(?:from wikipedia, the free encyclopedia|aus wikipedia, der freien enzyklopädie|de wikipédia, l['’]encyclopédie libre"
    r"|de wikipedia, la enciclopedia libre|da wikipedia, l['’]enciclopedia libera|origem: wikipédia, a enciclopédia livre\.?)$",
    re.IGNORECASE,
)
CONTENTS_LABELS = ("contents", "contents hide", "sommaire", "inhaltsverzeichnis", "índice", "indice", "conteúdo")
HATNOTE = re.compile(
    r"^(?:jump to[:\s]|see also:|main articles?:|further information:|for other uses|this article is about|not to be confused with"
    r"|\"[^\"]+\" redirects here)",
    re.IGNORECASE,
)
CONTENTS_ENTRY = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\s+(?P<title>\S.*)$")
# Sections that are the wiki's navigation, not the article: they and all after them go.
_NOTES = (
    r"references|notes|footnotes|citations|notes et références|références|einzelnachweise|anmerkungen|referencias|notas"
    r"|note|referências"
)
END_SECTIONS = re.compile(
    rf"^(?:{_NOTES}|see also|sources|bibliography|external links|further reading|voir aussi|liens externes|bibliographie"
    r"|siehe auch|weblinks|literatur|véase también|enlaces externos|vedi anche|collegamenti esterni|ver também|ligações externas)$",
    re.IGNORECASE,
)
NOTES_SECTIONS = re.compile(rf"^(?:{_NOTES})$", re.IGNORECASE)
REFERENCE = re.compile(r"^\^\s*(?:(?:[a-z]{1,2}\s+){2,})?(?P<text>\S.*)$")
EDITORS_MARK = re.compile(r"\[(?:citation needed|clarification needed|when\?|who\?|according to whom\?|dubious[^\]]*)\]", re.IGNORECASE)
# The lead's first paragraph: a line of this many words at least.
LEAD_WORDS = 12
MIN_EDIT_MARKS = 2
# Underlines for a heading's level: "=" for a top section, "-" for the next.
LEVEL_RULES = ("=", "-", "~", "^")


def wiki_evidence(lines: tuple[str, ...]) -> str | None:
    """Why the text is a wiki article copied from a browser, or None."""
    if any(FROM_WIKI.match(line.strip()) for line in lines[:60]):
        return "web page: a Wikipedia article (its 'From Wikipedia, the free encyclopedia' line)"
    marks = sum(1 for line in lines if EDIT_MARK.search(line))
    return f"web page: a wiki article ({marks} headings marked [edit])" if marks >= MIN_EDIT_MARKS else None


@dataclasses.dataclass
class _Page:
    lines: list[str]
    removed: list[Removed] = dataclasses.field(default_factory=list)

    def drop(self, first: int, last: int, rule: str) -> None:
        """Blank lines first..last (0-based, inclusive), logged as one span."""
        texts = [t.strip() for t in self.lines[first : last + 1] if t.strip()]
        if not texts:
            return
        self.removed.append(Removed(first + 1, last + 1, rule, " ".join(texts[0].split()[:8])))
        for i in range(first, last + 1):
            self.lines[i] = ""


def parse(source: SourceText) -> Essay:
    page = _Page(list(source.lines))
    title = _frame_above(page)
    levels = _contents_levels(page, title)
    _lead(page, title)
    notes_at = _end_sections(page)
    headings = {}
    for i, line in enumerate(page.lines):
        if EDIT_MARK.search(line):
            text = EDIT_MARK.sub("", line).strip()
            page.lines[i] = text
            headings[i + 1] = LEVEL_RULES[min(levels.get(_key(text), 0), len(LEVEL_RULES) - 1)]
        elif HATNOTE.match(line.strip()):
            page.drop(i, i, "wiki hatnote")
        else:
            page.lines[i] = EDITORS_MARK.sub("", line)
    if notes_at is not None:
        _references_as_notes(page, notes_at)
    for span in page.removed:
        log.info("%s:%d-%d: removed %s: %r", source.path, span.first_line, span.last_line, span.rule, span.preview)
    essay = parse_plain(dataclasses.replace(source, lines=tuple(page.lines)), line_paragraphs=True, levels=headings)
    removed = tuple(sorted(tuple(page.removed) + essay.removed, key=lambda r: r.first_line))
    return dataclasses.replace(essay, removed=removed)


def _frame_above(page: _Page) -> int:
    """The title's line: the one above "From Wikipedia, …", whose frame above
    it goes with it; else the first line."""
    tagline = next((i for i, line in enumerate(page.lines[:60]) if FROM_WIKI.match(line.strip())), None)
    if tagline is None:  # the article alone, copied from its first line: a hatnote is no title
        title = next((i for i, line in enumerate(page.lines) if line.strip() and not HATNOTE.match(line.strip())), 0)
        page.drop(0, title - 1, "wiki hatnote")
        return title
    title = next((i for i in range(tagline - 1, -1, -1) if page.lines[i].strip()), tagline)
    page.drop(0, title - 1, "the wiki's frame above the title")
    page.drop(tagline, tagline, "the wiki's tagline")
    return title


def _contents_levels(page: _Page, title: int) -> dict[str, int]:
    """The article's contents list ("1 History", "1.1 Eich CEO promotion
    controversy"): each heading's level, 0 at the top. The list goes."""
    start = next((i for i in range(title + 1, len(page.lines)) if page.lines[i].strip().casefold() in CONTENTS_LABELS), None)
    if start is None:
        return {}
    levels, end = {}, start
    for i in range(start + 1, len(page.lines)):
        entry = CONTENTS_ENTRY.match(page.lines[i].strip())
        if not entry:
            break
        levels.setdefault(_key(entry["title"]), entry["number"].count("."))
        end = i
    page.drop(start, end, "the article's contents list")
    return levels


def _lead(page: _Page, title: int) -> None:
    """Between the title and the lead's first paragraph: the info box, hatnotes and captions."""
    lead = next((i for i in range(title + 1, len(page.lines)) if len(page.lines[i].split()) >= LEAD_WORDS), None)
    if lead is not None and lead > title + 1:
        page.drop(title + 1, lead - 1, "the info box and notes above the lead")


def _end_sections(page: _Page) -> int | None:
    """Drops the navigation sections at the end and all after them; the
    references' first line when they are among them."""
    ends = [i for i, line in enumerate(page.lines) if EDIT_MARK.search(line) and END_SECTIONS.match(EDIT_MARK.sub("", line).strip())]
    if not ends:
        return None
    notes = next((i for i in ends if NOTES_SECTIONS.match(EDIT_MARK.sub("", page.lines[i]).strip())), None)
    kept = _reference_lines(page, notes) if notes is not None else []
    saved = {i: page.lines[i] for i in kept}
    page.drop(ends[0], len(page.lines) - 1, "the wiki's see-also, references, links, navigation and footer")
    for i, text in saved.items():
        page.lines[i] = text
    return kept[0] if kept else None


def _reference_lines(page: _Page, heading: int) -> list[int]:
    found = []
    for i in range(heading + 1, len(page.lines)):
        if REFERENCE.match(page.lines[i].strip()):
            found.append(i)
        elif page.lines[i].strip() and found:
            break
    return found


def _references_as_notes(page: _Page, first: int) -> None:
    """"^ a b "Title". Site." lines as "[1] "Title". Site.", under a Notes label."""
    n = 0
    for i in range(first, len(page.lines)):
        found = REFERENCE.match(page.lines[i].strip())
        if found:
            n += 1
            page.lines[i] = f"[{n}] {found['text']}"
    page.lines[first - 1] = "Notes" if first and not page.lines[first - 1].strip() else page.lines[first - 1]


def _key(heading: str) -> str:
    return " ".join(heading.casefold().split())
