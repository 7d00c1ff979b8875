"""Paragraphs, lists, quotes, verse, code and math → Markdown, with term
links, note markers and the essay's own emphasis, links, code and math."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable

from ..escape import attribute
from ..link import MAX_TERM_LINKS
from ..mathml import to_mathml
from ..model import LINE_BREAK, Block, Inline, NoteRef, Para, TermRef, Text
from ..paths import Site, rel, url
from .context import Context

# A blank raw-HTML comment ends a list or a block quote, so two adjacent
# ones stay two (Python-Markdown joins quotes that only a blank line parts).
LIST_BREAK = "<!-- -->"
# The essay's own inline marks as Markdown delimiters. `_` and `*` are both
# backslash-escaped in the text, so these are the only ones that count.
# Struck text has no delimiter in our Markdown setup: it is our own HTML.
DELIMITERS = {"em": ("*", "*"), "strong": ("**", "**"), "del": ("<del>", "</del>")}
SAFE_SCHEMES = ("http://", "https://", "mailto:", "#")


def tools(ctx: Context, anchor: str, source: str) -> str:
    """The ¶ link and copy button every paragraph carries; `data-share` is
    the paragraph's share page (pages/share.py), for "Copy link" and "Copy quote"."""
    share = url(source, f"p/{anchor}/index.md")
    return (
        f' <a class="para-link" href="#{anchor}" aria-label="{attribute(ctx.ui("link_to_paragraph"))}" data-search-exclude>¶</a>'
        f'<button type="button" class="para-copy" aria-label="{attribute(ctx.ui("copy_paragraph_link"))}" data-para="{anchor}"'
        f' data-share="{share}"></button>'
    )


def runs(ctx: Context, source: str, items: Iterable[Inline], linked: set[str] | None, indent: str = "") -> str:
    """Inline runs → Markdown. `linked` holds terms linked so far on the page
    when the page decides itself (the one-page edition); otherwise the
    run's own `linked` flag decides.

    A term link is a Markdown link (so MkDocs checks its anchor and any
    renderer resolves it) with `{ .term }`. attr_list reads one such list
    per line, so the line is broken at the next space after it; the text
    that then starts a line is guarded like any line start. Runs under the
    same emphasis (a term inside an italic phrase) share one pair of
    delimiters: two pairs side by side ("*a* *b*", "**") would not read.
    """
    state = _RunState(ctx, source, linked, indent)
    out: list[str] = []
    # Runs under one link (code and words: "[`?` operator](…)") make one link.
    for href, group in itertools.groupby(enumerate(items), key=lambda pair: link_of(pair[1])):
        target = ctx.link_target(source, href) if href else None  # a #fragment naming no heading links nowhere
        runs_in = [(i, without_link(run) if href else run) for i, run in group]
        markdown = emphasis_groups(state, runs_in)
        out.append(around(markdown, lambda core: f"[{core}](<{link_target(target)}>)") if target else markdown)
    return "".join(out)


def emphasis_groups(state: _RunState, items: list[tuple[int, Inline]]) -> str:
    out: list[str] = []
    for style, group in itertools.groupby(items, key=lambda pair: emphasis_of(pair[1])):
        pieces = [state.render(i, run) for i, run in group]
        out.append(emphasised("".join(pieces), style) if style else "".join(pieces))
    return "".join(out)


def link_of(run: Inline) -> str | None:
    """The target of the essay's own link around the run, if it is safe."""
    if isinstance(run, Text) and "link" in run.style and run.href and run.href.startswith(SAFE_SCHEMES):
        return run.href
    return None


def without_link(run: Inline) -> Inline:
    return dataclasses.replace(run, style=tuple(s for s in run.style if s != "link"), href=None)  # type: ignore[arg-type]


def emphasis_of(run: Inline) -> tuple[str, ...]:
    """The emphasis a run shares with its neighbours; () for a plain run, a
    note marker, or the essay's own code and links (styled() takes those)."""
    style = run.style if isinstance(run, (Text, TermRef)) else ()
    return style if style and all(s in DELIMITERS for s in style) else ()


def emphasised(markdown: str, style: tuple[str, ...]) -> str:
    """Delimiters around the text, inside its surrounding spaces (kept as
    they are: a line break after a term's attribute list must stay one)."""
    def wrapped(core: str) -> str:
        for kind in reversed(style):
            opening, closing = DELIMITERS[kind]
            core = f"{opening}{core}{closing}"
        return core

    return around(markdown, wrapped)


def around(markdown: str, wrap: Callable[[str], str]) -> str:
    """The text wrapped inside its surrounding spaces, kept as they are."""
    core = markdown.strip()
    if not core:
        return markdown
    lead, trail = markdown[: len(markdown) - len(markdown.lstrip())], markdown[len(markdown.rstrip()) :]
    return lead + wrap(core) + trail


class _RunState:
    """What rendering one item's runs carries from run to run."""

    def __init__(self, ctx: Context, source: str, linked: set[str] | None, indent: str) -> None:
        self.ctx, self.source, self.linked, self.indent = ctx, source, linked, indent
        self.pending_break = False
        self.capped = set(linked) if linked is not None else None  # terms linked before this item

    def render(self, i: int, run: Inline) -> str:
        if isinstance(run, NoteRef):
            return f"[^{run.key}]"
        if isinstance(run, Text):
            if emphasis_of(run):  # its group puts the delimiters on
                run = dataclasses.replace(run, style=())
            text, self.pending_break = text_run(self.ctx, run, first=i == 0, pending_break=self.pending_break, indent=self.indent)
            return text
        linked, capped = self.linked, self.capped
        if linked is not None and capped is not None and len(linked - capped) >= MAX_TERM_LINKS:
            return self.ctx.esc.inline(run.text)  # over the cap: its next mention links
        link, made = term_link(self.ctx, self.source, run, linked, with_class=not self.pending_break)
        self.pending_break = self.pending_break or made
        return link


def text_run(ctx: Context, run: Text, first: bool, pending_break: bool, indent: str) -> tuple[str, bool]:
    """A plain or marked run; breaks the line after a pending attribute list (keeping an author's break)."""
    if run.style:
        return styled(ctx, run), pending_break
    esc = ctx.esc
    if pending_break and (split := next((i for i, c in enumerate(run.text) if c.isspace()), None)) is not None:
        split += run.text[split] == LINE_BREAK
        head, rest = run.text[:split], run.text[split:].lstrip()
        return f"{esc.inline(head)}\n{indent}{esc.line(rest)}", False
    return (esc.line(run.text) if first else esc.inline(run.text)), pending_break


def styled(ctx: Context, run: Text) -> str:
    """The essay's own emphasis, code and links. Delimiters go inside any
    surrounding spaces, or Markdown would not read them."""
    core = run.text.strip()
    if not core:
        return ctx.esc.inline(run.text)
    lead, trail = run.text[: len(run.text) - len(run.text.lstrip())], run.text[len(run.text.rstrip()) :]
    if "code" in run.style:
        body = code_span(core)
    elif "math" in run.style:
        body = to_mathml(core, display=False) or code_span(core)
    else:
        body = ctx.esc.inline(core)
        for style in reversed(run.style):
            if style in DELIMITERS:
                opening, closing = DELIMITERS[style]
                body = f"{opening}{body}{closing}"
    return " " * bool(lead) + body + " " * bool(trail)


def code_span(text: str) -> str:
    """A code span whose fence is longer than any run of backticks inside.
    Markdown escapes nothing else in a code span, and HTML in it is inert."""
    text = " ".join(text.split())
    fence = "`" * (max((len(r) for r in backtick_runs(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def backtick_runs(text: str) -> list[str]:
    found, current = [], ""
    for c in text + " ":
        if c == "`":
            current += c
        elif current:
            found.append(current)
            current = ""
    return found


def link_target(href: str) -> str:
    """A link destination in angle brackets: only `<`, `>` and line breaks
    could end it, so those are percent-encoded."""
    return "".join(f"%{ord(c):02X}" if c in "<>\\ \n" else c for c in href)


def term_link(ctx: Context, source: str, run: TermRef, linked: set[str] | None, with_class: bool) -> tuple[str, bool]:
    """The first mention of a term on a page links to its glossary entry."""
    first = run.term not in linked if linked is not None else run.linked
    if linked is not None:
        linked.add(run.term)
    if not first:
        return ctx.esc.inline(run.text), False
    term = ctx.terms[run.term]
    target = rel(source, Site.GLOSSARY) + f"#{term.slug}"
    # Two term links with no space between them: the second goes without a
    # class rather than break attr_list.
    attrs = "{ .term }" if with_class else ""
    # No title: the link's preview (overrides/partials/preview-script.html)
    # shows the definition, and a title would add Material's tooltip on top.
    return f"[{ctx.esc.inline(run.text)}]({target}){attrs}", bool(attrs)


def para(ctx: Context, source: str, p: Para, linked: set[str] | None = None) -> str:
    """A block with its anchor, ¶ link and copy button."""
    if p.kind == "paragraph":
        return f"{runs(ctx, source, p.items[0], linked)}{tools(ctx, p.anchor, source)}\n{{: #{p.anchor} }}"
    if p.kind == "code":
        return code_block(p)
    if p.kind == "break":
        return "***"
    if p.kind == "math":
        return math_block(p)
    if p.kind == "table":
        return table(ctx, source, p)
    if p.kind == "quote":
        return quote(ctx, source, p, linked)
    if p.kind == "verse":
        lines = [runs(ctx, source, item, linked) for item in p.items]
        return "  \n".join(lines[:-1] + [lines[-1] + tools(ctx, p.anchor, source)]) + f"\n{{: #{p.anchor} .verse }}"
    return list_block(ctx, source, p, linked)


def list_block(ctx: Context, source: str, p: Para, linked: set[str] | None) -> str:
    """A list, each item with its anchor. A nested item is indented four
    spaces a level; an item's further paragraph is set off by blank lines
    (without them Python-Markdown would run the next item into it)."""
    lines = []
    for n, item in enumerate(p.items):
        depth, marker = list_place(p.block, n)
        indent = "    " * (depth + 1)
        text = runs(ctx, source, item, linked, indent=indent)
        anchor = p.anchor_of(n)
        body = f"{text}{tools(ctx, anchor, source)}\n{indent}{{: #{anchor} }}"
        lines.append(f"\n{indent}{body}\n" if not marker else f"{indent[4:]}{marker} {body}")
    return f"{LIST_BREAK}\n\n" + "\n".join(lines) + f"\n\n{LIST_BREAK}"


def list_place(block: Block, n: int) -> tuple[int, str]:
    """Item `n`'s depth and marker: as a nested list gives them, else as a
    flat list numbers its items."""
    if n < len(block.markers):
        return block.depths[n], block.markers[n]
    return 0, f"{block.start + n}." if block.ordered else "-"


def quote(ctx: Context, source: str, p: Para, linked: set[str] | None) -> str:
    """A block quote of one or more paragraphs; the anchor is on the first.
    A callout without a title of its own opens with its kind, in bold."""
    parts = [f"> **{ctx.ui(f'callout_{p.block.callout}')}**"] if p.block.callout else []
    for n, item in enumerate(p.items):
        text = runs(ctx, source, item, linked, indent="> ")
        parts.append(f"> {text}{tools(ctx, p.anchor, source)}\n> {{: #{p.anchor} }}" if n == 0 else f"> {text}")
    return f"{LIST_BREAK}\n\n" + "\n>\n".join(parts) + f"\n\n{LIST_BREAK}"


def table(ctx: Context, source: str, p: Para) -> str:
    """A table as Markdown's pipe table, after an empty element that carries
    its anchor (a table takes no attribute list). Its cells hold no line break."""
    cells = [runs(ctx, source, item, None).replace("\n", " ").strip() or " " for item in p.items]
    rows = [cells[at : at + p.block.columns] for at in range(0, len(cells), p.block.columns)]
    rule = [RULES.get(align, "---") for align in p.block.align]
    lines = ["| " + " | ".join(row) + " |" for row in [rows[0], rule, *rows[1:]]]
    return f'<div id="{p.anchor}" class="code-anchor"></div>\n\n' + "\n".join(lines)


RULES = {"left": ":---", "right": "---:", "center": ":---:"}


def code_block(p: Para) -> str:
    """Code as written: an indented code block (Markdown escapes everything
    in it), after an empty element that carries the paragraph's anchor."""
    text = "\n".join(run.text for item in p.items for run in item)
    if p.block.language:
        return f'<div id="{p.anchor}" class="code-anchor"></div>\n\n{fenced(text, p.block.language)}'
    body = "\n".join("    " + line.replace("\t", "    ") for line in text.splitlines())
    return f'<div id="{p.anchor}" class="code-anchor"></div>\n\n{body}'


def fenced(text: str, language: str) -> str:
    """Code in a fence that names its language, for highlighting; the fence
    is longer than any run of backticks in the code, so none closes it."""
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    return f"{fence}{language}\n{text}\n{fence}"


def math_block(p: Para) -> str:
    """A displayed formula, typeset by the browser (mathml.py), in an
    element that carries the paragraph's anchor; TeX it cannot read is code."""
    tex = "\n".join(run.text for item in p.items for run in item)
    math = to_mathml(tex, display=True)
    return f'<div id="{p.anchor}" class="math-block">{math}</div>' if math else code_block(p)


def paras(ctx: Context, source: str, items: Iterable[Para], linked: set[str] | None = None) -> str:
    return "\n\n".join(para(ctx, source, p, linked) for p in items)
