"""The Content-Security-Policy that backs up escaping on every page.

GitHub Pages cannot send headers, so the policy is a `<meta http-equiv>` in
each page's head. Scripts and styles may come from the site itself, plus the
inline ones that the theme and this project actually ship, each allowed by
the sha256 of its exact text. The hashes are collected over the whole site
and every page gets the same policy: Material's instant navigation keeps the
first page's policy while it swaps in the next page, whose inline scripts
(the depth-dependent `__md_scope` base, say) must still be allowed.

Only inline code that the templates wrote is hashed: each inline script or
style found in a built page must match one written in a template (theme or
overrides), with its `{{ … }}` values filled in. A script that escaping let
through from the essay matches none, gets no hash, and the browser blocks it.

A meta policy cannot carry `frame-ancestors`, `report-uri` or `sandbox`
(the browser ignores them there), so none is set.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
from collections.abc import Iterable

# Inline elements, matched on the HTML that MkDocs writes (never on user
# input): a script without src and of a JavaScript type, and a style element.
_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
_INLINE_STYLE = re.compile(r"<style(?:\s[^>]*)?>(?P<body>.*?)</style>", re.DOTALL | re.IGNORECASE)
_STYLE_ATTRIBUTE = re.compile(r"""\sstyle=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.IGNORECASE)
_NON_JS_TYPE = re.compile(r"""\btype=["']?(?!(?:text|application)/(?:x-)?(?:java|ecma)script|module)""", re.IGNORECASE)
_HEAD_OPEN = re.compile(r"<head(?:\s[^>]*)?>\s*(?:<meta charset=[^>]*>\s*)?", re.IGNORECASE)
META_MARK = 'http-equiv="Content-Security-Policy"'


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def inline_scripts(page: str) -> list[str]:
    """Bodies of the inline scripts a browser would run (not JSON data)."""
    found = []
    for m in _INLINE_SCRIPT.finditer(page):
        attrs = m.group("attrs") or ""
        if "src=" in attrs.lower() or _NON_JS_TYPE.search(attrs):
            continue
        found.append(m.group("body"))
    return found


def inline_styles(page: str) -> tuple[list[str], list[str]]:
    """Bodies of <style> elements, and values of style attributes (the
    Markdown tables extension aligns columns with `style="text-align: …"`)."""
    elements = [m.group("body") for m in _INLINE_STYLE.finditer(page)]
    attributes = [m.group("dq") if m.group("dq") is not None else m.group("sq") for m in _STYLE_ATTRIBUTE.finditer(page)]
    return elements, attributes


@dataclasses.dataclass(frozen=True)
class Trusted:
    """Inline code the templates write: one pattern per script or style."""

    scripts: tuple[re.Pattern[str], ...]
    styles: tuple[re.Pattern[str], ...]

    def script(self, body: str) -> bool:
        return any(p.fullmatch(body) for p in self.scripts)

    def style(self, body: str) -> bool:
        return any(p.fullmatch(body) for p in self.styles)


# Column alignment from the Markdown tables extension: the one style
# attribute that Markdown writes.
TABLE_ALIGN = re.compile(r"text-align: (?:left|right|center);")
_JINJA = re.compile(r"({{.*?}}|{%.*?%}|{#.*?#})", re.DOTALL)
# What a `{{ value }}` inside a template's script may become: a URL, a name,
# a number; never markup or a quote that would end the script's string.
_VALUE = r"[^<>\"'`\\]*?"


def trusted(templates: Iterable[str]) -> Trusted:
    """The inline scripts and styles written in template sources."""
    scripts, styles = [], []
    for text in templates:
        text = re.sub(r"{#.*?#}", "", text, flags=re.DOTALL)
        scripts.extend(template_pattern(body) for body in inline_scripts(text))
        styles.extend(template_pattern(body) for body in inline_styles(text)[0])
    return Trusted(tuple(dict.fromkeys(scripts)), tuple(dict.fromkeys(styles)))


def template_pattern(body: str) -> re.Pattern[str]:
    parts = _JINJA.split(body)
    return re.compile("".join(_VALUE if part.startswith("{") and _JINJA.fullmatch(part) else re.escape(part) for part in parts), re.DOTALL)


def policy(pages: Iterable[str], allowed: Trusted) -> str:
    """One policy for every page of the site."""
    scripts: set[str] = set()
    styles: set[str] = set()
    style_attributes: set[str] = set()
    for page in pages:
        scripts.update(sha256(body) for body in inline_scripts(page) if allowed.script(body))
        elements, attributes = inline_styles(page)
        styles.update(sha256(body) for body in elements if allowed.style(body))
        style_attributes.update(sha256(value) for value in attributes if TABLE_ALIGN.fullmatch(value))
    # 'unsafe-hashes' lets the listed hashes match style attributes too; it
    # allows exactly those attribute values, nothing else inline.
    style_src = ["'self'", *sorted(styles | style_attributes)]
    if style_attributes:
        style_src.insert(1, "'unsafe-hashes'")
    directives = [
        "default-src 'self'",
        "script-src " + " ".join(["'self'", *sorted(scripts)]),
        "style-src " + " ".join(style_src),
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
    return "; ".join(directives)


def with_policy(page: str, value: str) -> str:
    """The page with the policy as the first element of its head after the
    charset, so that it covers every script and style that follows. A page
    that already carries a policy (our own redirect and share pages) is
    left as it is."""
    if META_MARK in page:
        return page
    head = _HEAD_OPEN.search(page)
    if head is None:
        return page
    meta = f'<meta {META_MARK} content="{value}">\n      '
    return page[: head.end()] + meta + page[head.end() :]
