"""Markdown inline content → one item's text and its Mark spans.

Emphasis, strong, code and links keep their meaning as Marks. What the site
must never do is render the essay's raw HTML or load a third-party resource,
so inline HTML tags are dropped (their inner text stays), except that an
<a href> is read as a link and an <img> as an image, and remote images
become a link to the image labelled with its alt text, local images (not
shipped with the essay) leave their alt text in italics (and either is
dropped when its alt text says nothing: a file name, "image"), and links other than http(s), mailto
and in-page #fragments lose their target and keep their text. Each of these
is logged with its line.
"""

from __future__ import annotations

import dataclasses
import html.parser
import logging
import re
from collections.abc import Callable

import emoji
from markdown_it.tree import SyntaxTreeNode

from ..model import LINE_BREAK, Mark, MarkKind
from ..text import unspaced_break
from .mdmath import VERBATIM_INLINE
from .mdtypography import with_dashes

log = logging.getLogger("essay_site")

SAFE_HREF = re.compile(r"^(?:https?://|mailto:|#)", re.IGNORECASE)
REMOTE = re.compile(r"^https?://", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_BR = re.compile(r"^<br\s*/?>$", re.IGNORECASE)
# What cannot stand inside a Markdown link destination written in <…>.
_UNSAFE_DESTINATION = re.compile(r"[\s<>\\]")
_BRACKETS = re.compile(r"[\[\]]")
# Elements whose text stands apart from the text around them.
_BLOCK_TAGS = frozenset("address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li ol p pre section table td th tr ul".split())
_STYLE: dict[str, MarkKind] = {"em": "em", "strong": "strong", "s": "del"}


@dataclasses.dataclass
class Run:
    """Text being built, with the marks closed so far."""

    text: str = ""
    marks: list[Mark] = dataclasses.field(default_factory=list)
    # Something was just dropped: the space before it must not stay in front
    # of the punctuation after it ("an image ." → "an image.").
    dropped: bool = False
    # Each inline <a href> not closed yet: where its text starts, its target.
    open_links: list[tuple[int, str]] = dataclasses.field(default_factory=list)

    def add(self, piece: str) -> None:
        piece = _SPACE.sub(" ", piece)
        if self.text.endswith((" ", LINE_BREAK)) and piece.startswith(" "):
            piece = piece[1:]
        if self.dropped and self.text.endswith(" ") and piece[:1] in tuple(".,;:!?)"):
            self.text = self.text[:-1]
        self.dropped = self.dropped and not piece
        self.text += piece

    def line_break(self) -> None:
        self.text = self.text.rstrip(" ") + LINE_BREAK

    def extend(self, other: Run, separator: str = " ") -> None:
        """Append another run's text and marks (list items, quoted paragraphs)."""
        if self.text and other.text:
            self.text += separator
        offset = len(self.text)
        self.text += other.text
        self.marks += [dataclasses.replace(m, start=m.start + offset, end=m.end + offset) for m in other.marks]

    def stripped(self) -> tuple[str, tuple[Mark, ...]]:
        """The text without outer spaces; marks moved and clipped to it, in
        start order (outer before inner at the same start)."""
        lead = len(self.text) - len(self.text.lstrip())
        text = self.text.strip()
        marks = []
        for mark in self.marks:
            start, end = max(0, mark.start - lead), min(len(text), mark.end - lead)
            if start < end:
                marks.append(dataclasses.replace(mark, start=start, end=end))
        # Inner marks close (and were added) first: reversed, a stable sort
        # puts the outer of two marks over the same span first.
        return text, tuple(sorted(reversed(marks), key=lambda m: (m.start, -m.end)))


@dataclasses.dataclass(frozen=True)
class InlineContext:
    path: str
    line: int
    note_key: Callable[[dict], str]  # footnote_ref meta → the note's key


def inline_run(node: SyntaxTreeNode, context: InlineContext) -> Run:
    run = Run()
    _children(run, node, context)
    return run


def _add(run: Run, node: SyntaxTreeNode, context: InlineContext, following: str = "") -> None:
    """`following`: the text right after the node, which decides whether a
    line break is a space."""
    kind = node.type
    if kind == "text":
        # GitHub's emoji shortcodes (`:wink:`) are the characters they name.
        text = emoji.emojize(node.content, language="alias") if ":" in node.content else node.content
        run.add(with_dashes(text) if "--" in text else text)
    elif kind == "softbreak":
        run.add("" if unspaced_break(run.text, following) else " ")
    elif kind == "hardbreak" or (kind == "html_inline" and _BR.match(node.content.strip())):
        run.line_break()
    elif kind in VERBATIM_INLINE:
        _marked(run, VERBATIM_INLINE[kind], None, lambda: run.add(node.content))
    elif kind in _STYLE:
        _marked(run, _STYLE[kind], None, lambda: _children(run, node, context))
    elif kind == "link":
        _link(run, node, context)
    elif kind == "image":
        _image(run, node, context)
    elif kind == "html_inline":
        _html_inline(run, node.content, context)
    elif kind == "footnote_ref":
        run.add(f"[{context.note_key(node.meta)}]")
    else:
        _children(run, node, context) if node.children else run.add(node.content)


def _children(run: Run, node: SyntaxTreeNode, context: InlineContext) -> None:
    children = node.children
    for child, after in zip(children, [*children[1:], None]):
        _add(run, child, context, first_text(after))


def first_text(node: SyntaxTreeNode | None) -> str:
    if node is None:
        return ""
    if node.children:
        return first_text(node.children[0])
    return node.content or ""


def _marked(run: Run, kind: MarkKind, href: str | None, fill: Callable[[], None]) -> None:
    start = len(run.text)
    fill()
    end = len(run.text.rstrip())
    if end > start:
        run.marks.append(Mark(start, end, kind, href))


def _link(run: Run, node: SyntaxTreeNode, context: InlineContext) -> None:
    href = str(node.attrs.get("href", ""))
    if SAFE_HREF.match(href):
        _marked(run, "link", href, lambda: _children(run, node, context))
        return
    log.info("%s:%d: link target %r is not http(s), mailto or #: kept as text", context.path, context.line, href[:60])
    _children(run, node, context)


# An alt text that is only the image's file name or slug ("clean-v-dirty.png",
# "quick-and-dirty") says nothing to a reader; a word with capitals is words
# ("Vagrant-Hauptseite").
FILE_NAME = re.compile(r"^(?:[\w.-]+\.[A-Za-z0-9]{2,4}|[a-z0-9]+(?:[-_.][a-z0-9]+)+)$")
# Nor does an editor's placeholder ("![img](…)", "![image](…)"), or the
# name of a decoration (a pull quote's avatar, a project's logo).
PLACEHOLDER_ALT = frozenset(
    {"img", "image", "picture", "photo", "screenshot", "figure", "alt", "alt text", "avatar", "logo", "icon", "badge", "banner"}
)


def _image(run: Run, node: SyntaxTreeNode, context: InlineContext) -> None:
    _image_of(run, str(node.attrs.get("src", "")), " ".join(_plain(node).split()), context)


def _image_of(run: Run, src: str, alt: str, context: InlineContext) -> None:
    """A remote image is a link to it, labelled with its alt text; a local
    one, not shipped with the essay, leaves its alt text in italics (the
    author's words about it, often the caption). Without alt text that says
    anything, the image is dropped: a link labelled "image" is noise."""
    if not alt or FILE_NAME.match(alt) or alt.casefold() in PLACEHOLDER_ALT:
        log.info("%s:%d: image %r dropped: its alt text %r says nothing", context.path, context.line, src[:80], alt)
        run.dropped = True
    elif REMOTE.match(src):
        log.info("%s:%d: remote image %s is not loaded: shown as a link %r", context.path, context.line, src[:80], alt)
        _marked(run, "link", src, lambda: run.add(alt))
    else:
        log.info("%s:%d: local image %r is not on the site: its alt text %r is kept", context.path, context.line, src[:80], alt)
        _marked(run, "em", None, lambda: run.add(alt))


def _html_inline(run: Run, tag: str, context: InlineContext) -> None:
    """An inline <img> is an image, and <a href>…</a> a link, as Markdown's
    own are; any other tag is dropped and its text kept."""
    parsed = _Tag()
    parsed.feed(tag)
    parsed.close()
    if parsed.name == "img" and not parsed.closing:
        _image_of(run, parsed.attrs.get("src", ""), " ".join(parsed.attrs.get("alt", "").split()), context)
    elif parsed.name == "a" and not parsed.closing:
        run.open_links.append((len(run.text), parsed.attrs.get("href", "")))
    elif parsed.name == "a" and run.open_links:
        _close_link(run, *run.open_links.pop(), context)
    else:
        log.info("%s:%d: raw HTML %r dropped (its text is kept)", context.path, context.line, tag[:40])
        run.dropped = True


def _close_link(run: Run, start: int, href: str, context: InlineContext) -> None:
    end = len(run.text.rstrip())
    if end <= start:
        return  # nothing to click on
    if not SAFE_HREF.match(href):
        log.info("%s:%d: link target %r is not http(s), mailto or #: kept as text", context.path, context.line, href[:60])
    elif any(m.start < start < m.end < end or start < m.start < end < m.end for m in run.marks):
        log.info("%s:%d: link %r crosses the emphasis around it: kept as text", context.path, context.line, href[:60])
    else:
        run.marks.append(Mark(start, end, "link", href))


class _Tag(html.parser.HTMLParser):
    """One inline tag: its name, its attributes, whether it closes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.name, self.closing, self.attrs = "", False, {}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.name, self.attrs = tag, {name: value or "" for name, value in attrs}

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)  # <img … />

    def handle_endtag(self, tag: str) -> None:
        self.name, self.closing = tag, True


def _plain(node: SyntaxTreeNode) -> str:
    if node.type == "text" or not node.children:
        return node.content
    return "".join(_plain(child) for child in node.children)


class _TextOnly(html.parser.HTMLParser):
    """The text of an HTML fragment, without scripts, styles or comments;
    its links and images written as Markdown's, so that they are handled
    as the essay's own are (a caption's source link, a comic's image)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.links: list[str] = []  # the closing text of each open <a>

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hidden += tag in ("script", "style", "template")
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")
        found = {name: value or "" for name, value in attrs}
        if tag == "a":
            href = found.get("href", "")
            usable = href and not _UNSAFE_DESTINATION.search(href)
            self.parts.append("[" if usable else "")
            self.links.append(f"](<{href}>)" if usable else "")
        # An MDX component with alt text (react.dev's `<Diagram alt="…">`) is a picture too.
        elif (tag == "img" or "alt" in found) and not _UNSAFE_DESTINATION.search(src := found.get("src", "")):
            alt = _BRACKETS.sub(lambda bracket: "\\" + bracket.group(), found.get("alt", ""))
            self.parts.append(f"![{alt}](<{src}>)")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style", "template") and self.hidden > 0
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")
        if tag == "a" and self.links:
            self.parts.append(self.links.pop())

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(fragment: str) -> str:
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    return " ".join("".join(parser.parts).split())
