"""Front matter of a Markdown essay: YAML between `---` lines (read with
PyYAML's safe loader), TOML between `+++` lines (read with tomllib), or a
header of `Key: value` lines (metaheader.py).

Title, subtitle (subtitle/description/summary), author(s), translator(s) and date become
the essay's title, dek and metadata, written as Markdown writes text (a
backslash escapes); `lang` names the essay's language; other keys (tags, taxonomies, layout)
are for the essay's original site and are ignored.
"""

from __future__ import annotations

import dataclasses
import datetime
import email.utils
import html
import logging
import re
import tomllib
from collections.abc import Iterable
from typing import Any

import yaml

from ..language import main_script
from ..model import Block, EssayError, MetaField, Removed
from .metaheader import find_header, header_fields
from .titlecase import display_case
from .titlepage import GivenHead

log = logging.getLogger("essay_site")

FENCES = {"---": "YAML", "+++": "TOML"}
HEADER = "Key: value"
DEK_KEYS = ("subtitle", "dek", "description", "summary", "excerpt", "abstract")
# Between the names of a list: commas, "and", "&", semicolons.
NAME_LIST = re.compile(r"\s*(?:,|;|&|\band\b)\s*(?:and\s+)?")
AUTHOR_KEYS = ("authors", "author", "by")
TRANSLATOR_KEYS = ("translators", "translator", "translated_by")
# A name written as a Markdown link in the front matter: "[Jaehan Byun](https://…)".
MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")
ISO_TIMESTAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$")
DATE_KEYS = ("date", "published", "pubdate", "publishdate", "created")
LANGUAGE_KEYS = ("lang", "language", "locale")
# "de", "pt-BR", "zh_Hans": the language is the first two letters.
LANGUAGE_TAG = re.compile(r"^([a-z]{2})(?:[-_][A-Za-z0-9]{2,8})*$", re.IGNORECASE)
# A description written for the post's HTML page, with a site generator's
# expressions in it: '<p>We introduce the <a href="{{site.baseurl}}/cep">CEP library</a></p>'.
# Only the tags of running text: "Vec<T>" in a title is no tag.
HTML_TAG = re.compile(r"</?(a|abbr|b|br|cite|code|del|div|em|i|img|ins|kbd|mark|p|q|s|small|span|strong|sub|sup|u)\b[^<>]*>", re.IGNORECASE)
BETWEEN_BLOCKS = frozenset({"br", "div", "p"})
HTML_OPENING = re.compile(r"^\s*<(?:p|div|span|a|em|strong|b|i)\b[^<>]*>", re.IGNORECASE)
TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
# A backslash escape, as Markdown writes one: "Anwender\*innen" means "Anwender*innen".
MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclasses.dataclass(frozen=True)
class FrontMatter:
    title: str | None = None
    dek: str | None = None
    meta: tuple[MetaField, ...] = ()
    kind: str | None = None  # YAML or TOML
    first_line: int = 0  # 1-based line of the opening fence
    last_line: int = 0  # 1-based line of the closing fence


def dek_in_script(path: str, dek: str | None, body: Iterable[Block]) -> str | None:
    """The front matter's description is the essay's subtitle when it is in
    the essay's script: a translated post keeps its original's English one."""
    own, written = main_script(" ".join(block.text for block in body)), main_script(dek or "")
    if not dek or not own or not written or own == written:
        return dek
    log.info("%s: the description %r is in %s script, the essay in %s: not its subtitle", path, dek[:60], written, own)
    return None


def find(lines: tuple[str, ...]) -> tuple[int, int] | None:
    """0-based (opening fence, closing fence) of a front matter block, or
    (first, last) line of a metadata header (metaheader.py)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() not in FENCES:
        return find_header(lines)
    fence = lines[first].strip()
    close = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == fence), None)
    return (first, close) if close is not None else None


def fields_of(path: str, lines: tuple[str, ...], span: tuple[int, int]) -> tuple[str, int, int, dict[str, Any]]:
    """The block's kind, the 0-based range of the lines that hold its
    fields (inside the fences, or the whole header), and its fields by key
    in lower case (none when it holds no mapping)."""
    first, close = span
    fenced = lines[first].strip() in FENCES
    kind = FENCES[lines[first].strip()] if fenced else HEADER
    start, end = (first + 1, close) if fenced else (first, close + 1)
    data = _load(path, kind, "\n".join(lines[start:end]), start + 1) if fenced else header_fields(lines[start:end])
    return kind, start, end, {str(k).lower(): v for k, v in data.items()} if isinstance(data, dict) else {}


def read(path: str, lines: tuple[str, ...], span: tuple[int, int]) -> FrontMatter:
    first, close = span
    kind, start, end, fields = fields_of(path, lines, span)
    if not fields:
        return FrontMatter(kind=kind, first_line=first + 1, last_line=close + 1)
    # Hugo keeps a theme's own keys under `params:` ("params: {author: …}").
    params = fields.get("params")
    if isinstance(params, dict):
        fields = {**{str(k).lower(): v for k, v in params.items()}, **fields}

    def line_of(key: str) -> int:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*[:=]", re.IGNORECASE)
        return next((start + n for n, t in enumerate(lines[start:end], 1) if pattern.match(t)), first + 1)

    meta: list[MetaField] = []
    author_key = next((k for k in AUTHOR_KEYS if fields.get(k)), None)
    if author_key:
        meta += [MetaField("Author", name, line_of(author_key)) for name in _names(fields[author_key])]
    translator_key = next((k for k in TRANSLATOR_KEYS if fields.get(k)), None)
    if translator_key:
        value = fields[translator_key]
        names = _names(MARKDOWN_LINK.sub(r"\1", value) if isinstance(value, str) else value)
        meta += [MetaField("Translator", name, line_of(translator_key)) for name in names]
    date_key = next((k for k in DATE_KEYS if fields.get(k)), None)
    if date_key:
        meta.append(MetaField("Date", _date(fields[date_key]), line_of(date_key)))
    title = _text(fields["title"]) if fields.get("title") else None
    dek_key = next((k for k in DEK_KEYS if fields.get(k)), None)
    dek = _dek_text(fields[dek_key]) if dek_key else None
    return FrontMatter(title and display_case(title), dek, tuple(meta), kind, first + 1, close + 1)


def _load(path: str, kind: str, body: str, first_line: int) -> Any:
    """Parse the block; a syntax error names the file and its line."""
    try:
        if kind == "TOML":
            return tomllib.loads(body)
        return yaml.safe_load(body)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        line = first_line + int(found.group(1)) - 1 if found else first_line
        raise EssayError(path, f"front matter is not valid TOML: {str(error).split(' (at')[0]}", line) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise EssayError(path, f"front matter is not valid YAML: {problem}", first_line + mark.line if mark else first_line) from None


def _date(value: Any) -> str:
    """A publication date as a reader reads it: its day, not the time of
    day a generator stamped on it (2021-03-04T10:00:00Z is 2021-03-04)."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    text = _text(value)
    day = written_day(text)
    if day:
        return day
    stamped = ISO_TIMESTAMP.match(text)
    return stamped.group(1) if stamped else text


def written_day(text: str) -> str | None:
    """An e-mail's date ("Sun, 14 Aug 2005 14:27:00 -0700") or a PEP's
    ("24-Aug-2018") as its day, in ISO form."""
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.datetime.strptime(text, "%d-%b-%Y").date().isoformat()
    except ValueError:
        return None


def _text(value: Any) -> str:
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return MARKDOWN_ESCAPE.sub(r"\1", " ".join(str(value).split()))


def _dek_text(value: Any) -> str:
    """A description as the reader sees it: one written as the post's HTML
    (it opens with a tag: '<p>We introduce…') is its words, without the tags
    or the generator's expressions; any other keeps what it says ("the <a> element")."""
    text = _text(value)
    if not HTML_OPENING.match(text):
        return text
    text = TEMPLATE.sub("", text)
    return " ".join(html.unescape(HTML_TAG.sub(lambda tag: " " if tag.group(1).lower() in BETWEEN_BLOCKS else "", text)).split())


def header_head(path: str, lines: tuple[str, ...]) -> GivenHead | None:
    """A plain text's metadata header as its title block, the header's
    lines blanked (plain.py reads the rest)."""
    span = find_header(lines)
    front = read(path, lines, span) if span else None
    if front is None or not front.title:
        return None
    first, last = span
    blanked = tuple("" if first <= i <= last else line for i, line in enumerate(lines))
    removed = Removed(first + 1, last + 1, f"{front.kind} front matter", front.title)
    return GivenHead(front.title, first + 1, front.dek, front.meta, blanked, (removed,))


def declared_language(path: str, lines: tuple[str, ...]) -> str | None:
    """The language the front matter names (`lang: de`), as ISO 639-1."""
    span = find(lines)
    if span is None:
        return None
    fields = fields_of(path, lines, span)[3]
    value = next((fields[k] for k in LANGUAGE_KEYS if isinstance(fields.get(k), str)), "")
    tag = LANGUAGE_TAG.match(value.strip())
    return tag.group(1).lower() if tag else None


def _names(value: Any) -> list[str]:
    """"Jane Doe", ["A", "B"] or [{name: A}] → one name each; so is
    "Ian Cook, David Li and Matt Topol" (but "Doe, Jane" is one name)."""
    items = value if isinstance(value, list) else [value]
    # Docusaurus names an author by a key into its authors file: {key: slorber}.
    names = [str(item.get("name") or item.get("key") or "") if isinstance(item, dict) else _text(item) for item in items]
    names = [part for name in names for part in _listed_names(name)]
    return [" ".join(n.split()) for n in names if n and str(n).strip()]


def _listed_names(text: str) -> list[str]:
    """The names of one string that lists several, when each has two words
    or more: a single-word part is a surname written first ("Doe, Jane")."""
    parts = [p.strip() for p in NAME_LIST.split(text) if p.strip()]
    return parts if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts) else [text]
