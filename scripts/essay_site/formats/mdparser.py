"""The one CommonMark parser every Markdown essay is read with.

CommonMark (markdown-it-py) with what GitHub and pandoc add and essays use:
footnotes, pipe tables, strikethrough, TeX math (mdmath.py), and a bare
URL as a link, as GitHub shows it (linkify-it-py; "example.org" without
its scheme stays text).
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from .mdmath import with_math


def parser() -> MarkdownIt:
    md = with_math(MarkdownIt("commonmark", {"linkify": True}).use(footnote_plugin).enable(["table", "strikethrough", "linkify"]))
    md.linkify.set({"fuzzy_link": False})
    # Every link reaches our own filter (mdinline.SAFE_HREF), which keeps the
    # text of a refused link instead of leaving its raw Markdown behind.
    md.validateLink = lambda url: True
    return md
