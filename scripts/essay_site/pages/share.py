"""Paragraph share pages: `/p/<paragraph-id>/`, one static HTML file each.

Chat apps (Slack, Discord, Mastodon, Bluesky, X) drop the #fragment of a
pasted link when they build its preview, so a link to one paragraph unfurls
as its whole section. A share page is a URL of its own for one paragraph: it
carries that paragraph's Open Graph tags and quote card, and sends a reader
straight on to the paragraph in its section.

The pages are plain HTML written by us (MkDocs copies them as they are), so
every text is escaped here with escape.py's rules, and the page carries its
own Content-Security-Policy with the hash of its one inline script.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
from collections.abc import Iterator, Mapping

from ..escape import attribute, html_text, js_string
from ..model import LinkedEssay, Para
from ..paths import Site, url
from ..text import cut
from ..ui import Interface, direction

DESCRIPTION_CHARS = 200
# A quote card shows the paragraph's opening; more would not fit at a readable size.
CARD_QUOTE_CHARS = 220
# Blocks that carry the ¶ link and copy button, and so a share URL.
SHAREABLE = ("paragraph", "list", "quote", "verse")
NOTE_MARK = re.compile(r"\s*\[([0-9A-Za-z]{1,3})\]")
_SPACES = re.compile(r"\s+")


@dataclasses.dataclass(frozen=True)
class Shared:
    """One paragraph as its share page and quote card show it."""

    anchor: str
    section: str  # page slug ('' for the introduction)
    context: str  # "Essay › Section"
    text: str  # the whole paragraph, note markers dropped

    @property
    def path(self) -> str:
        return share_path(self.anchor)

    @property
    def card(self) -> str:
        return f"assets/cards/p/{self.anchor}.png"


def share_path(anchor: str) -> str:
    return f"p/{anchor}/index.html"


def shared_paragraphs(linked: LinkedEssay) -> Iterator[Shared]:
    """Every paragraph with a copy button, in essay order: one pass, so the
    cost grows with the number of paragraphs and nothing else."""
    title = linked.essay.title
    introduction = Interface.of(linked.essay.language)("introduction")
    for page in (linked.index, *linked.pages):
        heading = page.heading if page.slug else introduction
        # An essay of one page has no introduction apart from itself: its title alone says where.
        context = f"{title} › {heading}" if linked.pages else title
        for para in page.paras:
            for anchor, text in shared_texts(para):
                yield Shared(anchor, page.slug, context, plain(text, linked.notes))


def shared_texts(para: Para) -> Iterator[tuple[str, str]]:
    """(anchor, text) of each part of a block with its own share URL: a
    list's every item, any other shareable block whole."""
    if para.kind == "list":
        yield from zip(para.anchors, para.plain)
    elif para.kind in SHAREABLE:
        yield para.anchor, para.text


def plain(text: str, notes: Mapping[str, object]) -> str:
    """A paragraph's text without the footnote markers of its notes."""
    return _SPACES.sub(" ", NOTE_MARK.sub(lambda m: "" if m.group(1) in notes else m.group(0), text)).strip()


def render(shared: Shared, site_url: str | None, site_name: str, language: str = "en") -> str:
    """The share page: its own tags and card, then straight on to the paragraph."""
    base = site_url.rstrip("/") + "/" if site_url else None
    target = url(shared.path.removesuffix(".html") + ".md", Site.page_path(shared.section))
    in_context = f"{target}#{shared.anchor}"
    canonical = f"{base}{url('index.md', Site.page_path(shared.section))}#{shared.anchor}" if base else in_context
    ui = Interface.of(language)
    description = cut(shared.text, DESCRIPTION_CHARS)
    script = f"location.replace({js_string(target)} + (location.hash || {js_string('#' + shared.anchor)}))"
    head = [
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{attribute(policy(script))}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html_text(shared.context)}</title>",
        '<meta name="robots" content="noindex">',
        f'<link rel="canonical" href="{attribute(canonical)}">',
        *open_graph(shared, base, site_name, description, ui),
        f"<script>{script}</script>",
        f'<meta http-equiv="refresh" content="0; url={attribute(in_context)}">',
    ]
    link = f'<a href="{attribute(in_context)}">{html_text(shared.context)}</a>'
    body = [
        f"<blockquote><p>{html_text(description)}</p></blockquote>",
        f'<p>{ui.markup("quoted_from", html_text, link=link)}</p>',
    ]
    return f'<!doctype html>\n<html lang="{attribute(language)}" dir="{direction(language)}">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"


def open_graph(shared: Shared, base: str | None, site_name: str, description: str, ui: Interface) -> list[str]:
    """og: and twitter: tags; the image only with an absolute URL, which
    needs `site_url`."""
    tags = [
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{attribute(site_name)}">',
        f'<meta property="og:title" content="{attribute(shared.context)}">',
        f'<meta property="og:description" content="{attribute(description)}">',
        f'<meta name="twitter:title" content="{attribute(shared.context)}">',
        f'<meta name="twitter:description" content="{attribute(description)}">',
    ]
    if not base:
        return [*tags, '<meta name="twitter:card" content="summary">']
    image, alt = base + shared.card, f"{ui('quoted', text=cut(shared.text, CARD_QUOTE_CHARS))} ({shared.context})"
    return [
        *tags,
        f'<meta property="og:url" content="{attribute(base + shared.path.removesuffix("index.html"))}">',
        f'<meta property="og:image" content="{attribute(image)}">',
        '<meta property="og:image:type" content="image/png">',
        '<meta property="og:image:width" content="1200">',
        '<meta property="og:image:height" content="630">',
        f'<meta property="og:image:alt" content="{attribute(alt)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:image" content="{attribute(image)}">',
        f'<meta name="twitter:image:alt" content="{attribute(alt)}">',
    ]


def policy(script: str) -> str:
    """Only this page's one script runs; nothing but the site is fetched."""
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    return (
        f"default-src 'none'; script-src 'sha256-{digest}'; img-src 'self' data:; "
        "style-src 'none'; base-uri 'none'; form-action 'none'"
    )
