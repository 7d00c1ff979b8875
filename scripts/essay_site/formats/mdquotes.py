"""Block quotes of a Markdown essay: callouts, and quotations of others.

A callout is a boxed aside the author wrote in the syntax of their tool:
GitHub's alerts (`> [!NOTE]`), MkDocs' admonitions (`!!! note "Title"`
over an indented body; `???` folds), Docusaurus' and VitePress' containers
(`:::tip` … `:::`), Quarto's (`::: {.callout-tip}`) and MDX components
(`<Note>` … `</Note>`); Material's content tabs too. CommonMark knows none
of them: an admonition's second paragraph would become a code block, and an
alert's marker would show as "[!NOTE]".
Each becomes a block quote that opens with its title in bold when the author
gave one, else with its kind, which the page names in the essay's language
(`callout_*` in ui/*.toml). The file keeps its lines, so every later message
names the right line.

Pandoc's other fenced divs (`::: {.column-page}` … `:::`) only group what
they hold: the fences go, the content stays.
"""

from __future__ import annotations

import re

from ..model import Block
from .mdtemplates import code_lines

# The five kinds GitHub knows, and the names other tools give them.
KINDS = {
    "note": "note", "info": "note", "abstract": "note", "summary": "note", "example": "note", "quote": "note",
    "question": "note", "seealso": "note", "tip": "tip", "hint": "tip", "success": "tip", "check": "tip",
    "important": "important", "warning": "warning", "attention": "warning", "caution": "caution",
    "danger": "caution", "error": "caution", "failure": "caution", "bug": "caution", "pitfall": "warning",
}
_ALERT = re.compile(r"^(?P<lead>\s{0,3}>\s?)\[!(?P<kind>[A-Za-z]+)\]\s*$")
_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)\s+(?P<kind>[\w-]+)(?:\s+"(?P<title>[^"]*)")?\s*$')
# Material's content tabs (`=== "Python"` over an indented body): each tab
# is shown as a callout titled with its label, one after another.
_TAB = re.compile(r'^===\+?\s+"(?P<title>[^"]+)"\s*$(?P<kind>)')
_CONTAINER = re.compile(r"^:::\s*(?P<kind>[\w-]+)(?:\s+(?P<title>\S.*?))?\s*$")
_CONTAINER_END = re.compile(r"^:::\s*$")
# An MDX component on lines of its own (react.dev's `<Note>` … `</Note>`).
_COMPONENT = re.compile(r'^\s{0,3}<(?P<kind>[A-Z][A-Za-z]*)(?:\s+title="(?P<title>[^"]*)")?\s*>\s*$')
_DIV = re.compile(r"^:{3,}\s*(?:\{(?P<attrs>[^{}]*)\}|(?P<word>[\w-]+))\s*$")
_DIV_END = re.compile(r"^:{3,}\s*$")
_QUARTO_CALLOUT = re.compile(r"(?:^|\s)\.callout-(?P<kind>\w+)")
_TITLE_ATTRIBUTE = re.compile(r'\btitle="(?P<title>[^"]*)"')
_INDENTED = re.compile(r"^(?: {4}|\t)")
# "… — Kant" closing a quotation: a dash, then a short source.
ATTRIBUTION = re.compile(r"(?:^|\s)(?:—|–|―|--)\s*\S[^.!?]{0,60}$")


def callouts_as_quotes(lines: list[str], offset: int) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """The lines with every callout a block quote, and each callout's kind
    and title ("" for none), by the line number its quote starts on."""
    out, kinds = list(lines), {}
    # Only fences: an admonition's body is indented, so CommonMark reads it as code.
    fenced = code_lines(lines, ("fence",))
    index, open_divs = 0, 0
    while index < len(out):
        line = out[index]
        if index in fenced:
            index += 1
            continue
        div = _DIV.match(line)
        callout = _QUARTO_CALLOUT.search(div.group("attrs") or "") if div else None
        if callout and callout.group("kind").lower() in KINDS:
            title = _TITLE_ATTRIBUTE.search(div.group("attrs"))  # type: ignore[union-attr]
            out[index] = ">"
            kinds[offset + index + 1] = (KINDS[callout.group("kind").lower()], title.group("title").strip() if title else "")
            index = _container(out, index + 1)
            continue
        if div and (div.group("word") or "").lower() not in KINDS or open_divs and _DIV_END.match(line):
            open_divs += 1 if div else -1
            out[index] = ""  # a div's fence: what it holds stays
            index += 1
            continue
        alert = _ALERT.match(line)
        if alert and alert.group("kind").lower() in KINDS:
            out[index] = alert.group("lead").rstrip() or ">"
            kinds[offset + index + 1] = (KINDS[alert.group("kind").lower()], "")
        component = _COMPONENT.match(line)
        if component and component.group("kind").lower() in KINDS:
            out[index] = ">"
            kinds[offset + index + 1] = (KINDS[component.group("kind").lower()], component.group("title") or "")
            index = _container(out, index + 1, re.compile(rf"^\s{{0,3}}</{component.group('kind')}>\s*$"))
            continue
        for opening, reader in ((_ADMONITION, _admonition), (_TAB, _admonition), (_CONTAINER, _container)):
            found = opening.match(line)
            if found and (found.group("kind") or "note").lower() in KINDS:
                out[index] = ">"
                kinds[offset + index + 1] = (KINDS[(found.group("kind") or "note").lower()], " ".join((found.group("title") or "").split()))
                index = reader(out, index + 1) - 1
                break
        index += 1
    return out, kinds


def _admonition(out: list[str], index: int) -> int:
    """Quotes the indented body from `index`; returns the line after it."""
    end = index
    while end < len(out) and (_INDENTED.match(out[end]) or not out[end].strip()):
        end += 1
    while end > index and not out[end - 1].strip():
        end -= 1  # blank lines after the body are not in it
    for at in range(index, end):
        out[at] = "> " + _INDENTED.sub("", out[at]) if out[at].strip() else ">"
    return end


def _container(out: list[str], index: int, closing: re.Pattern[str] = _CONTAINER_END) -> int:
    """Quotes the lines up to the closing `:::`, which goes; returns the line after it."""
    end = next((at for at in range(index, len(out)) if closing.match(out[at])), None)
    if end is None:  # never closed: the opening line alone was the callout's
        return index
    for at in range(index, end):
        out[at] = "> " + out[at] if out[at].strip() else ">"
    out[end] = ""
    return end + 1


def is_quotation(block: Block) -> bool:
    """Someone else's words: in quotation marks, or with an attribution line.
    A blockquote of the author's own lede is the essay's first paragraph."""
    first, last = block.items[0], block.items[-1]
    return not block.callout and (first[:1] in "\"“«„「『‘'" or bool(ATTRIBUTION.search(last)))
