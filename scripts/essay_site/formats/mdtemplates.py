"""A static site generator's template syntax in a Markdown essay.

A post written for Hugo, Jekyll or Eleventy carries its generator's syntax:
shortcodes (`{{< figure … >}}`, `{{% notice %}}…{{% /notice %}}`), Liquid
and Nunjucks tags and expressions (`{% highlight go %}`, `{{ site.baseurl }}`)
and kramdown's attribute lists (`{: .lead}`, `{:toc}`). The generator never
showed any of it to a reader, so neither do we:

- a code tag (`{% highlight go %}`, `{{< highlight go >}}`) becomes a fence;
- a comment (`{% comment %}`, `{{/* … */}}`, `{::comment}`, MDX's
  `{/* … */}`) goes with what it holds; `{% raw %}` keeps what it holds as written;
- a figure shortcode or a Jekyll image include becomes an image, its caption
  (or description, or alt text) the image's; a video shortcode becomes the
  video's address, a link;
- a paired shortcode's inner text stays; every other tag goes;
- a translation tool's paired placeholder (`{a2}şöyle{/a2}`, where the
  original had a link) keeps its text.

Code blocks and code spans are left as written: a post about templates
shows them there. Hugo's own escape (`{{</* x */>}}`) shows as `{{< x >}}`.
The file keeps its lines, so every later message names the right line.
"""

from __future__ import annotations

import logging
import re

from markdown_it import MarkdownIt

from .mdchunks import without_hidden_chunks

log = logging.getLogger("essay_site")

# `{{< name … >}}`, `{{% /name %}}`, Liquid `{% tag %}`, `{{ expression }}`,
# kramdown `{: attributes}` and `{::extension}`, Python-Markdown's and
# pandoc's `{ .class #id }` after a link, emphasis or code, or on its own
# line, Material's icons (`:octicons-heart-24:`) and MDX's comments (`{/*tldr*/}`,
# which react.dev writes as a heading's id); lazily, to the nearest
# close. Each is bounded, so a line of a thousand unclosed "{{" costs no
# more than a thousand short looks (unbounded, it took half a minute).
_TAG = re.compile(
    r"\{(?P<ph>[a-z]{1,3}\d{1,3})\}(?P<inner>[^{}\n]{0,500}?)\{/(?P=ph)\}|"
    r"\{\{<\s*/?\*.{0,500}?\*/\s*>\}\}|\{\{[<%].{0,1000}?[>%]\}\}|\{%.{0,500}?%\}|\{\{[^{}]{0,500}\}\}|\{:[^{}\n]{0,200}\}"
    r"|(?:(?<=[)\]*_`])|^\s*)\{\s*[.#][\w-][^{}\n]{0,200}\}|:(?:material|octicons|fontawesome|simple)-[\w-]{1,80}:"
    r"|(?<!\{)\{/\*.{0,500}?\*/\}(?!\})",
    re.DOTALL,
)
# Worth a look at all: a line that may hold any of the above.
_MAYBE = re.compile(r"\{[{%:#.]|\{\s+[.#]|:(?:material|octicons|fontawesome|simple)-|\{/[a-z]{1,3}\d{1,3}\}|\{/\*")
_HUGO_ESCAPED = re.compile(r"^\{\{([<%])\s*/\*\s*(.*?)\s*\*/\s*([>%])\}\}$", re.DOTALL)
_CODE_OPEN = re.compile(r"^\s*(?:\{%-?\s*(?:highlight|codeblock)\b\s*([\w+#.-]*)[^%]*%\}|\{\{[<%]\s*(?:highlight|code)\b\s*\"?([\w+#.-]*)[^>%]*[>%]\}\})\s*$")
_CODE_CLOSE = re.compile(r"^\s*(?:\{%-?\s*end(?:highlight|codeblock)\s*-?%\}|\{\{[<%]\s*/(?:highlight|code)\s*[>%]\}\})\s*$")
_COMMENT_OPEN = re.compile(r"\{%-?\s*comment\s*-?%\}|\{\{/\*|\{::comment\}")
_COMMENT_CLOSE = re.compile(r"\{%-?\s*endcomment\s*-?%\}|\*/\}\}|\{:/comment\}|\{:/\}")
_RAW_OPEN = re.compile(r"\{%-?\s*raw\s*-?%\}")
_RAW_CLOSE = re.compile(r"\{%-?\s*endraw\s*-?%\}")
_FIGURE = re.compile(
    r"^\{\{[<%]\s*figure\b(?P<args>.*?)[>%]\}\}$|^\{%\s*include\s+[\w/-]*(?:image|figure|img)[\w-]*\.html\b(?P<include>.*?)%\}$",
    re.DOTALL,
)
# An embed shortcode: the embedded page's address, as a link (the site loads
# nothing from elsewhere). Arguments by name or in order: "youtube w7Ft2ymGmfc",
# 'x user="coleca" id="1091…"', "gist spf13 7896402".
_EMBED = re.compile(r"^\{\{[<%]\s*(?P<site>youtube|vimeo|tweet|twitter|x|gist|instagram)\s+(?P<args>[^{}]*?)\s*[>%]\}\}$")
_EMBED_PAGES = {
    "youtube": "https://www.youtube.com/watch?v={id}", "vimeo": "https://vimeo.com/{id}",
    "tweet": "https://x.com/{user}/status/{id}", "twitter": "https://x.com/{user}/status/{id}", "x": "https://x.com/{user}/status/{id}",
    "gist": "https://gist.github.com/{user}/{id}", "instagram": "https://www.instagram.com/p/{id}/",
}
_EMBED_VALUE = re.compile(r"^[\w.-]{1,64}$")
_ARGUMENT = re.compile(r"(\w+)\s*=\s*(?:\"((?:[^\"\\]|\\.)*)\"|'([^']*)'|(\S+))")
# A heading's own id or classes, as Hugo, pandoc and kramdown write them: "## Why {#why}".
_HEADING_ATTRIBUTES = re.compile(r"^(?P<heading>\s{0,3}#{1,6}\s.*?)\s*\{:?\s*[#.][^{}\n]{0,200}\}(?:\s+#+)?\s*$")
_TOC_LINE = re.compile(r"^\s*\{:\s*\.?toc\s*\}\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s+\S")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
# A tag may run over a few lines (a figure with a long caption), no more.
MAX_TAG_LINES = 12


def without_templates(path: str, lines: list[str], offset: int) -> list[str]:
    """The lines with the generator's syntax taken out, one line for one."""
    lines = without_hidden_chunks(path, lines, offset)
    if not any(_MAYBE.search(line) for line in lines):
        return lines
    code = code_lines(lines)
    out = list(lines)
    closes = _last_closes(lines)
    state = None  # None, "raw", "comment", "code"
    index = 0
    while index < len(out):
        number = offset + index + 1
        line = out[index]
        if state is None and index in code:
            index += 1
            continue
        if state in ("raw", "comment"):
            state = _segments(path, number, out, index, state, closes)
        elif state == "code":
            if _CODE_CLOSE.match(line):
                out[index], state = _fence(line, ""), None
        else:
            state = _open_line(path, number, out, index, closes)
        index += 1
    return out


def _last_closes(lines: list[str]) -> dict[str, int]:
    """Per kind of block tag, the index of the last line that closes one."""
    found = {"code": -1, "raw": -1, "comment": -1}
    for index, line in enumerate(lines):
        for state, closing in (("raw", _RAW_CLOSE.search), ("comment", _COMMENT_CLOSE.search), ("code", _CODE_CLOSE.match)):
            if closing(line):
                found[state] = index
    return found


def _open_line(path: str, number: int, out: list[str], index: int, closes: dict[str, int]) -> str | None:
    """Rewrites the line at `index` (and a tag's further lines); returns the
    state the next line is read in. A block tag that never closes opens
    nothing (it would hide the rest of the essay): it is dropped alone."""
    line = out[index]
    opened = _CODE_OPEN.match(line)
    if opened and closes["code"] > index:
        out[index] = _fence(line, opened.group(1) or opened.group(2) or "")
        log.info("%s:%d: template code tag read as a code block: %r", path, number, line.strip()[:60])
        return "code"
    if _block_opening(line, index, closes):
        return _segments(path, number, out, index, None, closes)
    joined, used = _joined_tag(out, index)
    if used:
        out[index] = _kept(line, _without_tags(path, number, joined))
        for later in range(index + 1, index + used):
            out[later] = ""
        return None
    heading = _HEADING_ATTRIBUTES.match(line)
    if heading:
        log.info("%s:%d: a heading's attribute list dropped: %r", path, number, line[heading.end("heading") :].strip()[:60])
        line = heading.group("heading")
    if _TOC_LINE.match(line) and index and _LIST_ITEM.match(out[index - 1]):
        out[index - 1] = ""  # kramdown's "* TOC" placeholder above its {:toc}
    out[index] = _kept(line, _without_tags(path, number, line))
    return None


def _segments(path: str, number: int, out: list[str], index: int, state: str | None, closes: dict[str, int]) -> str | None:
    """The line at `index` read piece by piece, from `state`: text outside
    `{% raw %}` and comments with its tags taken out, raw text as written,
    comments dropped. Returns the state the next line is read in."""
    line = rest = out[index]
    kept = ""
    while rest:
        if state is None:
            opening = _block_opening(rest, index, closes)
            if opening is None:
                kept += _without_tags(path, number, rest)
                break
            state, found = opening
            kept += _without_tags(path, number, rest[: found.start()])
            rest = rest[found.end() :]
        else:
            state, part, after = _closing(state, rest)
            kept += part
            if after is None:
                break
            rest = after
    out[index] = _kept(line, kept)
    return state


def _block_opening(text: str, index: int, closes: dict[str, int]) -> tuple[str, re.Match[str]] | None:
    """The first `{% raw %}` or comment that opens in the text (outside code
    spans) and closes somewhere: (its kind, where it opens)."""
    first = None
    for pattern, state in ((_RAW_OPEN, "raw"), (_COMMENT_OPEN, "comment")):
        found = pattern.search(text)
        if found and not _in_code_span(text, found.start()) and _closed_after(state, closes, index, text, found.end()):
            if first is None or found.start() < first[1].start():
                first = (state, found)
    return first


def _closed_after(state: str, closes: dict[str, int], index: int, line: str, at: int) -> bool:
    closing = _RAW_CLOSE if state == "raw" else _COMMENT_CLOSE
    return closes[state] > index or bool(closing.search(line, at))


def _closing(state: str, line: str) -> tuple[str | None, str, str | None]:
    """Reading inside `{% raw %}` or a comment: the state after the line, the
    part of it kept (raw text as written; nothing of a comment), and what
    follows the close (None while still open)."""
    found = (_RAW_CLOSE if state == "raw" else _COMMENT_CLOSE).search(line)
    held = line[: found.start()] if found else line
    kept = held if state == "raw" else ""
    return (None, kept, line[found.end() :]) if found else (state, kept, None)


def _joined_tag(lines: list[str], index: int) -> tuple[str, int]:
    """A tag opened on this line and closed on a later one, as one line,
    and how many lines it takes; ("", 0) when there is none."""
    line = lines[index]
    opened = max(line.rfind("{{<"), line.rfind("{{%"), line.rfind("{%"))
    if opened < 0 or _TAG.search(line, opened) or _in_code_span(line, opened):
        return "", 0
    text = line
    for used in range(2, MAX_TAG_LINES + 1):
        if index + used - 1 >= len(lines) or not lines[index + used - 1].strip():
            return "", 0
        text += " " + lines[index + used - 1].strip()
        if _TAG.search(text, opened):
            return text, used
    return "", 0


def _without_tags(path: str, number: int, text: str) -> str:
    """The text with every tag outside code spans replaced as the module says."""
    spans = [m.span() for m in CODE_SPAN.finditer(text)]

    def replaced(found: re.Match[str]) -> str:
        if any(start <= found.start() < end for start, end in spans):
            return found.group()
        tag = found.group()
        if found.group("ph"):
            log.info("%s:%d: translation placeholder dropped, its text kept: %r", path, number, tag[:60])
            return found.group("inner")
        escaped = _HUGO_ESCAPED.match(tag)
        if escaped:
            return "{{%s %s %s}}" % escaped.groups()
        # An embed set on a line of its own stands for what it shows; inside a sentence it goes.
        figure, embedded = _FIGURE.match(tag), _embed_link(tag) if text.strip() == tag.strip() else None
        done = "read as an image" if figure else "read as a link to what it embeds" if embedded else "dropped"
        log.info("%s:%d: template tag %s: %r", path, number, done, " ".join(tag.split())[:60])
        if embedded:
            return f"<{embedded}>"
        return _image(figure.group("args") or figure.group("include") or "") if figure else ""

    return _TAG.sub(replaced, text)


def _embed_link(tag: str) -> str | None:
    """The address of the video, post or gist an embed shortcode shows."""
    found = _EMBED.match(tag)
    if not found:
        return None
    named = {m.group(1).lower(): next(v for v in m.groups()[1:] if v is not None) for m in _ARGUMENT.finditer(found["args"])}
    ordered = [word.strip("\"'") for word in _ARGUMENT.sub(" ", found["args"]).split()]
    site = found["site"]
    keys = ("user", "id") if site in ("gist", "tweet", "twitter", "x") and len(ordered) > 1 else ("id",)
    values = {"user": "i", **dict(zip(keys, ordered)), **named}  # x.com/i/status/ID shows a post without its author's name
    if not all(_EMBED_VALUE.match(values.get(key, "")) for key in ("user", "id")):
        return None
    return _EMBED_PAGES[site].format(**values)


def _image(arguments: str) -> str:
    """A figure shortcode as a Markdown image, its words the caption (or alt)."""
    values = {m.group(1).lower(): next(v for v in m.groups()[1:] if v is not None) for m in _ARGUMENT.finditer(arguments)}
    words = values.get("caption") or values.get("description") or values.get("alt") or values.get("title") or ""
    words = re.sub(r"([\[\]\\])", r"\\\1", " ".join(words.split()))
    source = (values.get("src") or values.get("url") or values.get("file") or "").replace(" ", "%20").replace(")", "%29")
    return f"![{words}]({source})" if source else words


def _kept(line: str, text: str) -> str:
    """A line that held only tags becomes empty (its indent would make code)."""
    return text if text.strip() or not line.strip() else ""


def _fence(line: str, language: str) -> str:
    indent = line[: len(line) - len(line.lstrip())]
    return f"{indent}~~~~{language}"


def _in_code_span(line: str, at: int) -> bool:
    return any(m.start() <= at < m.end() for m in CODE_SPAN.finditer(line))


def code_lines(lines: list[str], kinds: tuple[str, ...] = ("fence", "code_block")) -> set[int]:
    """Indexes of the lines inside fenced or indented code blocks (`kinds`)."""
    tokens = MarkdownIt("commonmark").parse("\n".join(lines))
    return {n for t in tokens if t.type in kinds and t.map for n in range(*t.map)}
