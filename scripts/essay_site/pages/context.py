"""What every page kind needs: the linked essay, the escaper, and the
lookups computed once per build rather than once per page."""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from collections import Counter
from typing import Any

from ..escape import Escaper, frame
from ..model import LinkedEssay, Mention, NoteRef, Page, Para, Term
from ..paths import Site, rel
from ..text import cut, first_sentence, reading_minutes
from ..themes import mentions_by_term, theme_counts
from ..ui import Interface
from ..yamlfile import front_matter

DESCRIPTION_CHARS = 160
# A footnote marker as the text carries it: "[1]", "[A]".
NOTE_MARK = re.compile(r"\[([0-9A-Za-z]{1,3})\]")
_SPACES = re.compile(r"\s+")


@dataclasses.dataclass(frozen=True)
class Context:
    linked: LinkedEssay
    esc: Escaper
    site: Site
    ui: Interface  # the site's own words, in the essay's language
    terms: dict[str, Term]
    headings: dict[str, str]  # page slug → heading ('' → "Introduction")
    counts: Counter[tuple[str, str]]  # (page slug, theme slug) → mentions
    by_term: dict[str, list[Mention]]
    positions: dict[str, int]  # page slug → place in the essay
    # theme slug → page slug → (previous, next) section carrying the theme
    threads: dict[str, dict[str, tuple[str | None, str | None]]]
    # A heading's letters and digits → its page and anchor ("" for a page's own heading).
    fragments: dict[str, tuple[str, str]]

    @classmethod
    def of(cls, linked: LinkedEssay, esc: Escaper, seed: str) -> Context:
        themes = tuple(t.slug for t in linked.glossary.terms if t.theme)
        counts = theme_counts(linked.mentions, themes)
        ui = Interface.of(linked.essay.language)
        return cls(
            linked=linked,
            esc=esc,
            site=Site(seed=seed, title=linked.essay.title, theme_slugs=themes),
            ui=ui,
            terms={t.slug: t for t in linked.glossary.terms},
            # An essay of one page is not its own introduction: it goes by its title.
            headings={"": ui("introduction") if linked.pages else linked.essay.title} | {p.slug: p.heading for p in linked.pages},
            counts=counts,
            by_term=mentions_by_term(linked.mentions),
            positions={"": 0} | {p.slug: n for n, p in enumerate(linked.pages, 1)},
            threads={t: thread([p.slug for p in linked.pages if counts[p.slug, t]]) for t in themes},
            fragments=heading_fragments(linked),
        )

    def link_target(self, source: str, href: str) -> str | None:
        """Where one of the essay's own links goes. A #fragment names one of
        its headings, as its first site spelled the heading's id (GitHub's
        "#why-it-matters"): it goes to that heading on our pages, or nowhere."""
        if not href.startswith("#"):
            return href
        found = self.fragments.get(fragment_key(urllib.parse.unquote(href[1:])))
        if found is None:
            return None
        slug, anchor = found
        return rel(source, Site.page_path(slug)) + (f"#{anchor}" if anchor else "")

    # --- text quoted out of its paragraph --------------------------------------

    def prose(self, text: str) -> str:
        """Essay text quoted out of its paragraph (a summary, a description, a
        passage): footnote markers stay behind, with the footnotes."""
        notes = self.linked.notes
        return _SPACES.sub(" ", NOTE_MARK.sub(lambda m: "" if m.group(1) in notes else m.group(0), text)).strip()

    def summary(self, page: Page) -> str:
        """The opening sentence of the page's first paragraph of prose: a
        section that opens with a quotation, a list, code or an image's
        words is summed up by the author's own words after it."""
        paras = page.paras
        # "As a maintainer (or team of maintainers)," over a list leads into it; it says nothing alone.
        lead_ins = {id(p) for p, after in zip(paras, paras[1:]) if after.kind == "list" and p.text.rstrip().endswith((":", ","))}
        prose = [p for p in paras if p.kind == "paragraph" and id(p) not in lead_ins]
        opening = next((p for p in prose if not set_apart(p)), prose[0] if prose else paras[0] if paras else None)
        return self.prose(first_sentence(opening.text)) if opening else ""

    def minutes(self, page: Page) -> int:
        return reading_minutes(" ".join(p.text for p in page.paras))

    # --- links -----------------------------------------------------------------

    def section_link(self, source: str, slug: str, anchor: str | None = None) -> str:
        target = rel(source, Site.page_path(slug)) + (f"#{anchor}" if anchor else "")
        return f"[{self.esc.inline(self.headings[slug])}]({target})"

    def order(self, slug: str) -> int:
        return self.positions[slug]

    # --- the page frame ----------------------------------------------------------

    def header(self, source: str, title: str | None, description: str, searchable: bool = True) -> str:
        """Front matter, opening with the generated-file notice. Title and
        description are escaped for the frame (the theme prints them as
        HTML); the home page has no title of its own: the theme shows the
        site name there."""
        data: dict[str, Any] = {}
        if title:
            data["title"] = frame(title)
        data["description"] = frame(cut(description, DESCRIPTION_CHARS))
        data["image"] = Site.card_path(source)
        if not searchable:
            data["search"] = {"exclude": True}
        notice = f"Generated from {self.site.seed} by scripts/build_docs.py. Do not edit: edit the seed and rebuild."
        return front_matter(data, notice)


def heading_fragments(linked: LinkedEssay) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for page in linked.pages:
        found.setdefault(fragment_key(page.heading), (page.slug, ""))
        for sub in page.subheadings:
            found.setdefault(fragment_key(sub.heading), (page.slug, sub.anchor))
    return found


def fragment_key(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def thread(carriers: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """Each section that carries a theme → the previous and next that do."""
    padded = [None, *carriers, None]
    return {slug: (padded[i], padded[i + 2]) for i, slug in enumerate(carriers)}




def set_apart(paragraph: Para) -> bool:
    """All of its words in one style (punctuation aside): a local image's
    words in italics, a link or a notice in bold alone, rather than running prose."""
    runs = [run for item in paragraph.items for run in item if not isinstance(run, NoteRef) and any(c.isalnum() for c in run.text)]
    return bool(runs) and all(run.style for run in runs)
