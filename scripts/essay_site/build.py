"""The pipeline: read → formats (parse) → link → pages (render) → write.

`generate` takes what read.py read and returns every file of the generated
docs/ as bytes, so nothing is written unless everything rendered. It writes
nothing; the one file it reads is a font, when cards.py draws a new card.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import yaml

from . import cards, redirects
from .glossary import load_glossary
from .link import aliases_never_matched, link
from .model import Essay, LinkedEssay
from .nav import site_config
from .formats import parse
from .freshness import DIGEST_FILE
from .paths import Site, url
from .read import Inputs, read_inputs
from .escape import Escaper
from .pages import render_pages, share
from .terms import extract_glossary
from .text import cut
from .themes import mentions_by_term
from .ui import Interface
from .write import Manifest, read_cached_cards, read_manifest, write_docs

log = logging.getLogger("essay_site")

SITE_CONFIG = ".essay.yml"


@dataclasses.dataclass(frozen=True)
class Project:
    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"


@dataclasses.dataclass(frozen=True)
class Output:
    files: dict[str, bytes]
    manifest: Manifest
    linked: LinkedEssay


def generate(
    inputs: Inputs,
    previous: Manifest,
    cached_cards: dict[str, tuple[str, bytes]] | None = None,
    share_pages: bool = True,
) -> Output:
    essay = parse(inputs.essay)
    glossary = load_glossary(*inputs.glossary) if inputs.glossary else extract_glossary(essay)
    linked = link(essay, glossary)
    report(linked)
    seed = inputs.essay.path
    pages, titles = render_pages(linked, Escaper(inputs.markdown), seed)
    files = {path: text.encode() for path, text in sorted(pages.items())}
    files[SITE_CONFIG] = site_config(linked, seed).encode()
    files["robots.txt"] = robots(inputs.site_url).encode()
    if inputs.digest:
        files[DIGEST_FILE] = (inputs.digest + "\n").encode()
    label = card_label(inputs.site_url, linked.essay.title)
    cards_made = card_images(linked, titles, label, cached_cards or {})
    if share_pages:
        cards_made.update(add_share_pages(files, linked, inputs.site_url, label, cached_cards or {}))
    files.update({path: data for path, (_, data) in cards_made.items()})
    sections = tuple(p.slug for p in linked.pages)
    anchors = {p.slug: tuple(a for para in p.paras for a in para.anchors) for p in linked.pages}
    moved = planned_redirects(inputs, anchors, previous)
    headings = {p.slug: p.heading for p in linked.pages}
    for old, new in sorted(moved.items()):
        page = redirects.redirect_page(url(Site.page_path(old), Site.page_path(new)), headings[new], linked.essay.language)
        files[f"{old}/index.html"] = page.encode()
    manifest = Manifest(
        generated=tuple(sorted(files)),
        sections=sections,
        redirects=moved,
        cards={path: key for path, (key, _) in sorted(cards_made.items())},
        anchors=anchors,
    )
    return Output(files=dict(sorted(files.items())), manifest=manifest, linked=linked)


def planned_redirects(inputs: Inputs, anchors: dict[str, tuple[str, ...]], previous: Manifest) -> dict[str, str]:
    """Redirects for this build, each new one logged; a different essay in
    seeds/ drops the previous essay's redirects."""
    record = redirects.load_record(*inputs.redirects) if inputs.redirects else {}
    # A manifest from before anchors were recorded knows only the slugs.
    before = previous.anchors or {slug: () for slug in previous.sections}
    plan = redirects.plan(anchors, before, previous.redirects, record, inputs.redirects[0] if inputs.redirects else None)
    if plan.new_essay:
        log.info("%s: new essay: previous redirects dropped", inputs.essay.path)
    for old, new in plan.created:
        log.info("redirect /%s/ → /%s/: the section's heading changed", old, new)
    return plan.redirects


def robots(site_url: str | None) -> str:
    """Allow everything; point crawlers at the sitemap when the URL is known."""
    sitemap = f"Sitemap: {site_url.rstrip('/')}/sitemap.xml\n" if site_url else ""
    return f"User-agent: *\nAllow: /\n{sitemap}"


def card_label(site_url: str | None, title: str) -> str:
    """The card's footer: where the site lives, or its name when unknown."""
    return site_url.split("://", 1)[-1].rstrip("/") if site_url else title


def card_images(
    linked: LinkedEssay, titles: dict[str, str | None], label: str, cached: dict[str, tuple[str, bytes]]
) -> dict[str, tuple[str, bytes]]:
    """One Open Graph card per page: path → (key, PNG). A card whose key is
    unchanged since the last build is reused instead of drawn again."""
    title = linked.essay.title
    made = {}
    for source, heading in sorted(titles.items()):
        path = Site.card_path(source)
        key = cards.card_key(label, title, heading)
        old_key, old_data = cached.get(path, ("", b""))
        made[path] = (key, old_data if old_key == key else cards.render_card(label, title, heading))
    return made


def add_share_pages(
    files: dict[str, bytes], linked: LinkedEssay, site_url: str | None, label: str, cached: dict[str, tuple[str, bytes]]
) -> dict[str, tuple[str, bytes]]:
    """A share page per paragraph (`p/<id>/`) into `files`; returns its quote
    cards, path → (key, PNG), each reused while its key is unchanged."""
    made = {}
    ui = Interface.of(linked.essay.language)
    for shared in share.shared_paragraphs(linked):
        files[shared.path] = share.render(shared, site_url, linked.essay.title, linked.essay.language or "en").encode()
        quote = ui("quoted", text=cut(shared.text, share.CARD_QUOTE_CHARS))  # in the language's quotation marks
        key = cards.quote_card_key(label, shared.context, quote)
        old_key, old_data = cached.get(shared.card, ("", b""))
        made[shared.card] = (key, old_data if old_key == key else cards.render_quote_card(label, shared.context, quote))
    return made


def report(linked: LinkedEssay) -> None:
    essay: Essay = linked.essay
    log.info("%s: %d sections, %d intro paragraphs", essay.path, len(essay.sections), len(essay.intro))
    by_term = mentions_by_term(linked.mentions)
    for term in linked.glossary.terms:
        mentions = by_term.get(term.slug, [])
        pages = sorted({m.page or "(intro)" for m in mentions})
        log.info("term %r: %d mentions in %d sections%s", term.term, len(mentions), len(pages), " (theme)" if term.theme else "")
    if not linked.glossary.terms and not linked.glossary.curated:
        log.warning("%s: no key terms found, so the glossary is empty; seeds/%s.glossary.yml can list your own", essay.path, essay.stem)
    if linked.glossary.curated:
        for term, alias in aliases_never_matched(linked):
            log.warning("%s: alias %r of %r never occurs in the essay", linked.glossary.path, alias, term)


def build(root: Path, check: bool = False) -> int:
    """Generate docs/ from seeds/; with `check`, only report staleness."""
    project = Project(root.resolve())
    inputs = read_inputs(project.root, project.seeds, project.mkdocs_yml)
    previous = read_manifest(project.root, project.docs)
    output = generate(inputs, previous, read_cached_cards(project.docs, previous))
    return write_docs(project.root, project.docs, output.files, output.manifest, previous, check=check)


def suggest_glossary(root: Path) -> str:
    """A starter glossary YAML from the extracted terms, for an author to
    curate: each term with its aliases (the forms the essay uses), the
    essay's sentence that introduces it as a draft definition, and the themes
    marked."""
    project = Project(root.resolve())
    inputs = read_inputs(project.root, project.seeds, project.mkdocs_yml)
    essay = parse(inputs.essay)
    linked = link(essay, extract_glossary(essay))
    entries = [
        {"term": t.term, "aliases": list(t.aliases), "definition": t.definition, "see_also": [], "theme": t.theme}
        for t in linked.glossary.terms
    ]
    themes = ", ".join(t.term for t in linked.glossary.terms if t.theme) or "none"
    header = (
        f"# Suggested glossary for {inputs.essay.path}: edit the definitions, then save as "
        f"seeds/{inputs.essay.stem}.glossary.yml\n"
        f"# Definitions are the essay's own sentences; write your own. Themes: {themes}\n"
    )
    return header + yaml.safe_dump({"terms": entries}, sort_keys=False, allow_unicode=True, width=100)
