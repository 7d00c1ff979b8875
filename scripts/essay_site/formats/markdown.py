"""Markdown essays, read with a CommonMark parser (markdown-it-py), GitHub's
tables and strikethrough, and mdit-py-plugins' footnotes and math; front
matter by frontmatter.py.

- The title is the front matter's, else the first `#` heading (not a section).
- Headings below the title nest by their levels, however many levels apart.
- Paragraphs, lists, quotes, code, math (mdmath.py) and tables (mdgfm.py) keep their kind;
  emphasis, strike, code, math and links become Marks (mdinline.py); raw HTML never renders.
- `[^1]` footnotes become Notes, and their references `[key]` markers.
"""

from __future__ import annotations

import dataclasses
import logging
import re

from markdown_it.tree import SyntaxTreeNode

from ..model import Block, Essay, EssayError, Mark, MetaField, Note, Removed, Section, SourceText
from ..text import same_words
from . import frontmatter, mdhtml
from .mdheading import Heading, joined_headings
from .mdinline import InlineContext, Run, inline_run
from .mdscrape import numbered_headings, path_title, without_residue
from .mdgutenberg import without_boilerplate
from .mdnotes import bracket_notes
from .mdquotes import callouts_as_quotes, is_quotation
from .mdbreaks import with_hard_breaks
from .mdcontents import without_own_contents
from .mdtypography import with_citations
from .dates import FILE_NAME_DATE
from .mdgfm import table_block, task_boxes
from .mdlists import LISTS, block_run, item_runs, list_block
from .mdmath import VERBATIM_BLOCKS, verbatim_block
from .mdparser import parser
from .mdtemplates import without_templates
from .mdtitlepage import italic_subtitle, title_block_line, with_abstract, with_standfirst, without_title_page
from .parts import in_parts
from .titlecase import display_case, is_all_caps
from .lines import heading_like

log = logging.getLogger("essay_site")

MAX_LEVEL = 3  # deeper headings are folded into sub-subsections
NOTE_KEY = re.compile(r"^[A-Za-z0-9]{1,3}$")


@dataclasses.dataclass
class _Open:
    """A section being filled: its heading, blocks and subsections."""

    heading: Heading
    blocks: list[Block] = dataclasses.field(default_factory=list)
    subsections: list[_Open] = dataclasses.field(default_factory=list)

    def freeze(self, level: int) -> Section:
        subs = tuple(sub.freeze(level + 1) for sub in self.subsections)
        return Section(self.heading.text, self.heading.line, tuple(self.blocks), level, subs)


def parse(source: SourceText) -> Essay:
    lines = source.lines
    span = frontmatter.find(lines)
    front = frontmatter.read(source.path, lines, span) if span else frontmatter.FrontMatter()
    offset = span[1] + 1 if span else 0
    body, boilerplate = without_boilerplate(source.path, lines[offset:], offset)
    body = with_citations(with_hard_breaks(body, source.breaks, offset), lines[:offset])
    body, callouts = callouts_as_quotes(without_templates(source.path, body, offset), offset)
    reader = _Reader(source.path, offset, callouts)
    tree = SyntaxTreeNode(parser().parse("\n".join(task_boxes(body))))
    for node in tree.children:
        reader.node(node)
    rules = [reader.line(node) for node in tree.children if node.type == "hr"]
    essay = in_parts(with_abstract(with_standfirst(without_own_contents(reader.essay(source, front)), rules)), rules)
    return dataclasses.replace(essay, removed=tuple(sorted(essay.removed + boilerplate, key=lambda r: r.first_line)))


class _Reader:
    def __init__(self, path: str, offset: int, callouts: dict[int, tuple[str, str]]) -> None:
        self.path, self.offset, self.callouts = path, offset, callouts
        self.items: list[Heading | Block] = []
        self.notes: list[Note] = []
        self.keys: dict[int, str] = {}
        self.epigraph: list[Block] = []
        self.subtitle: Block | None = None  # a line in italics under the title
        # A quotation element whose blank lines ended its HTML block: its closing tag ("</aside>"),
        # and where its quote stands among the items.
        self.open_quote = ""
        self.open_at: int | None = None

    def line(self, node: SyntaxTreeNode) -> int:
        return (node.map[0] if node.map else 0) + 1 + self.offset

    def context(self, node: SyntaxTreeNode) -> InlineContext:
        return InlineContext(self.path, self.line(node), self.note_key)

    def note_key(self, meta: dict) -> str:
        """A footnote's key as the text shows it: its own label when short
        ("1", "a"), else its number."""
        number = int(meta.get("id", 0))
        label = str(meta.get("label", ""))
        return self.keys.setdefault(number, label if NOTE_KEY.match(label) else str(number + 1))

    def run(self, node: SyntaxTreeNode) -> Run:
        inline = node.children[0] if node.children else node
        return inline_run(inline, self.context(node))

    def node(self, node: SyntaxTreeNode) -> None:
        kind = node.type
        # Anything but a paragraph ends an open quotation element, its tag or not.
        self.open_quote = self.open_quote if kind in ("paragraph", "html_block") else ""
        if self.open_quote:
            self.quote_goes_on(node)
        elif kind == "heading":
            text, _ = self.run(node).stripped()
            if text:
                self.items.append(Heading(text, int(node.tag[1]), self.line(node)))
        elif kind == "paragraph":
            self.add_block("paragraph", [self.run(node)], node)
        elif kind in LISTS:
            self.items.extend(filter(None, [list_block(node, self.line(node), self.item_block)]))
        elif kind == "blockquote":
            self.add_block("quote", self.quote_items(node), node)
        elif kind in VERBATIM_BLOCKS:
            self.items.extend(verbatim_block(node, self.line(node)))
        elif kind == "html_block":
            self.html_block(node)
        elif kind == "table":
            self.items.extend(table_block(node, self.run, self.line(node)))
        elif kind == "footnote_block":
            self.footnotes(node)
        elif kind == "hr":  # the author's break between passages, as plain text writes one
            self.items.append(Block("paragraph", ("* * *",), self.line(node)))
        else:
            log.info("%s:%d: Markdown %s not shown", self.path, self.line(node), kind)

    def add_block(self, kind: str, runs: list[Run], node: SyntaxTreeNode) -> None:
        pieces = [run.stripped() for run in runs]
        # A callout opens with its title, in bold, else with its kind (mdquotes.py).
        callout, title = self.callouts.get(self.line(node), ("", "")) if kind == "quote" else ("", "")
        pieces = [self.callout_title(title, self.line(node))] * bool(title) + [(text, marks) for text, marks in pieces if text]
        if pieces:
            items, marks = zip(*pieces)
            self.items.append(Block(kind, tuple(items), self.line(node), marks=tuple(marks), callout="" if title else callout))  # type: ignore[arg-type]

    def callout_title(self, title: str, line: int) -> tuple[str, tuple[Mark, ...]]:
        """A callout's title, read as inline Markdown, all of it in bold."""
        text, marks = self.inline_text(title, line).stripped()
        return text, (Mark(0, len(text), "strong"), *(m for m in marks if m.kind != "strong"))

    def item_block(self, node: SyntaxTreeNode) -> Run | None:
        return block_run(node, self.run, self.quote_items)

    def quote_items(self, node: SyntaxTreeNode) -> list[Run]:
        runs: list[Run] = []
        for child in node.children:
            if child.type in ("paragraph", "heading"):
                runs.append(self.run(child))
            elif child.type in LISTS:
                runs += item_runs(child, self.item_block)
            elif child.type == "blockquote":
                runs += self.quote_items(child)
        return runs

    def html_block(self, node: SyntaxTreeNode) -> None:
        """Raw HTML never renders: its text is shown (mdhtml.py)."""
        found = mdhtml.shown(node.content)
        self.open_quote, self.open_at = found.left_open, len(self.items) if found.text else None
        if not found.text:
            log.info("%s:%d: raw HTML block dropped: %r", self.path, self.line(node), " ".join(node.content.split())[:60])
            return
        log.info("%s:%d: raw HTML block shown as its text: %r", self.path, self.line(node), found.text[:60])
        run = self.inline_text(found.text, self.line(node))
        if found.caption:
            run.marks.insert(0, Mark(0, len(run.text), "em"))
        self.add_block(found.kind, [run], node)

    def quote_goes_on(self, node: SyntaxTreeNode) -> None:
        """A paragraph or HTML block inside an open quotation element is a
        paragraph of its quote."""
        if node.type == "html_block":
            text, closed = mdhtml.until_closed(node.content, self.open_quote)
            self.open_quote, run = ("" if closed else self.open_quote), self.inline_text(text, self.line(node))
        else:
            run = self.run(node)
        text, marks = run.stripped()
        quote = self.items[self.open_at] if self.open_at is not None and self.open_at < len(self.items) else None
        if text and isinstance(quote, Block) and quote.kind == "quote":
            self.items[self.open_at] = dataclasses.replace(quote, items=(*quote.items, text), marks=(*quote.marks, marks))  # type: ignore[index]
        elif text:
            self.open_at = len(self.items)  # the element opened without words of its own
            self.add_block("quote", [run], node)

    def inline_text(self, text: str, line: int) -> Run:
        return inline_run(SyntaxTreeNode(parser().parseInline(text)).children[0], InlineContext(self.path, line, self.note_key))

    def footnotes(self, node: SyntaxTreeNode) -> None:
        for note in node.children:
            paragraphs = [pair for p in note.children if p.type == "paragraph" and (pair := self.run(p).stripped())[0]]
            first = next((p for p in note.children if p.map), None)
            text, marks = "\n\n".join(text for text, _ in paragraphs), tuple(marks for _, marks in paragraphs)
            self.notes.append(Note(self.note_key(note.meta), text, self.line(first) if first else 0, marks))

    def essay(self, source: SourceText, front: frontmatter.FrontMatter) -> Essay:
        items = without_residue(self.path, list(self.items))  # a scraped page's traces (mdscrape.py)
        front, items = path_title(front, items)
        items = numbered_headings(self.path, items)
        title, title_line = self.title(source, front, items)
        items, title_page = without_title_page(self.path, title, items)
        items, written_notes = bracket_notes(self.path, joined_headings(items))
        meta = list(front.meta)
        intro, sections = self.sections(items, meta)
        # Set in italics by the author, not an image's words left in italics;
        # and the front matter, when it names a subtitle, keeps the line the essay's.
        typed = self.subtitle and source.lines[self.subtitle.line - 1].lstrip()[:1] in ("*", "_")
        dek = front.dek or (self.subtitle.text if typed else None)
        if self.subtitle and dek != self.subtitle.text:
            intro = (self.subtitle, *intro)
        if not intro and not sections and self.epigraph:
            intro, self.epigraph = tuple(self.epigraph), []  # a quotation alone is the essay
        if not intro and not sections:
            raise EssayError(source.path, "has a title but no body", title_line)
        return Essay(
            path=source.path, stem=source.stem, title=title, meta=tuple(meta),
            dek=frontmatter.dek_in_script(self.path, dek, (*intro, *(b for s in sections for b in s.all_blocks()))),
            intro=intro, sections=sections, notes=(*self.notes, *written_notes), removed=self.removed(front) + title_page,
            epigraph=tuple(self.epigraph), format="markdown",
        )

    def removed(self, front: frontmatter.FrontMatter) -> tuple[Removed, ...]:
        if not front.kind:
            return ()
        log.info("%s:%d-%d: %s front matter read as the title block", self.path, front.first_line, front.last_line, front.kind)
        return (Removed(front.first_line, front.last_line, f"{front.kind} front matter", front.title or ""),)

    def title(self, source: SourceText, front: frontmatter.FrontMatter, items: list[Heading | Block]) -> tuple[str, int]:
        """The front matter's title, else the first `#` heading; a first
        heading that repeats the title is dropped."""
        first = next((i for i, item in enumerate(items) if isinstance(item, Heading)), None)
        heading = items[first] if first is not None else None
        if front.title:
            if isinstance(heading, Heading) and same_words(heading.text, front.title):
                del items[first]  # type: ignore[arg-type]
            return front.title, front.first_line
        top = next((i for i, item in enumerate(items) if isinstance(item, Heading) and item.level == 1), None)
        if top is not None:
            found = items.pop(top)
            assert isinstance(found, Heading)
            return _shown_heading(self.path, found), found.line
        first_block = items[0] if items else None
        if isinstance(first_block, Block) and first_block.kind == "paragraph" and heading_like(first_block.text):
            items.pop(0)
            return " ".join(first_block.text.split()), first_block.line
        # No title anywhere: the file's name is the best a reader has.
        title = " ".join(re.split(r"[-_\s]+", FILE_NAME_DATE.sub("", source.stem))).strip() or "Essay"
        log.warning("%s: no title (no front matter title, no `# Title`): titled %r from the file name", source.path, title)
        return title[:1].upper() + title[1:], 1

    def sections(self, items: list[Heading | Block], meta: list[MetaField]) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
        headings = [i for i in items if isinstance(i, Heading)]
        # Capitals are the document's style only when most headings use them;
        # one capitalised heading among others ("TLDR") is the author's choice.
        recase = sum(is_all_caps(h.text) for h in headings) * 2 > len(headings)
        intro: list[Block] = []
        stack: list[_Open] = []
        tops: list[_Open] = []
        for item in items:
            if isinstance(item, Block):
                if stack:
                    stack[-1].blocks.append(item)
                elif not intro and not self.subtitle and italic_subtitle(item):
                    self.subtitle = item
                elif not intro and item.kind == "quote" and is_quotation(item):
                    # A quotation before the first word of the essay is its motto.
                    log.info("%s:%d: read as the epigraph", self.path, item.line)
                    self.epigraph.append(item)
                elif not title_block_line(item, meta, any(b.kind != "quote" for b in intro)):  # a motto may come first
                    intro.append(item)
                continue
            if recase:
                item.text = _shown_heading(self.path, item)
            opened = _Open(item)
            # A heading opens under the nearest one of a higher level, however
            # many levels it skips ("##" then "####" is a subsection).
            while stack and stack[-1].heading.level >= item.level:
                stack.pop()
            del stack[MAX_LEVEL - 1 :]
            (stack[-1].subsections if stack else tops).append(opened)
            stack.append(opened)
        return tuple(intro), tuple(t.freeze(1) for t in tops)


def _shown_heading(path: str, heading: Heading) -> str:
    shown = display_case(heading.text)
    if shown != heading.text:
        log.info("%s:%d: heading %r shown as %r", path, heading.line, heading.text, shown)
    return shown
