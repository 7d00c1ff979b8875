"""LinkedEssay → {relative path: Markdown}. All escaping happens here.

Essay text never reaches Markdown unescaped: `Escaper` turns `& < >` into
entities (a backslash does not stop a tag) and backslash-escapes the syntax
characters of the very Markdown setup that mkdocs.yml configures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import markdown

from .glossary import resolve_see_also
from .paths import Site, rel
from .model import Inline, LinkedEssay, Mention, NoteRef, Page, Para, Term, TermRef, Text
from .read import MarkdownSetup
from .link import NOTE_MARK, best_sentence
from .text import cut, first_sentence, reading_minutes, yaml_quote
from .themes import first_mentions, mentions_by_term, passages, theme_counts

DESCRIPTION_CHARS = 160
# Syntax characters that only mean something at the start of a line (lists,
# headings, numbered lists after digits); elsewhere they are left alone so the
# generated Markdown stays readable in review. `!` is not one of them: before
# a term link's `[` it would make an image.
LINE_START_ONLY = frozenset(".-+#():")
_ORDERED_START = re.compile(r"^(\d+)([.)])")
_SPACES = re.compile(r"\s+")
# A blank raw-HTML comment ends a list, so two adjacent lists stay two lists.
LIST_BREAK = "<!-- -->"


class Escaper:
    """Makes any text render literally with one Markdown setup."""

    def __init__(self, setup: MarkdownSetup) -> None:
        md = markdown.Markdown(extensions=list(setup.extensions), extension_configs=setup.configs)
        chars = set(md.ESCAPED_CHARS)
        self.line_start = frozenset(chars & LINE_START_ONLY)
        table = {c: "\\" + c for c in chars - LINE_START_ONLY}
        table.update({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
        self.table = str.maketrans(table)

    def inline(self, text: str) -> str:
        """Escape text that sits inside a line; each run of whitespace becomes
        one space, so no indent or line break survives."""
        return _SPACES.sub(" ", text).translate(self.table)

    def line(self, text: str) -> str:
        """Escape text that starts a line: also guard list, heading and block markers."""
        escaped = self.inline(text.lstrip())
        ordered = _ORDERED_START.match(escaped)
        if ordered and ordered.group(2) in self.line_start:
            return f"{ordered.group(1)}\\{escaped[ordered.end(1):]}"
        if escaped[:1] in self.line_start:
            return "\\" + escaped
        return escaped

    def title(self, text: str) -> str:
        """A Markdown link title: escaped like inline text, because backticks
        and backslashes are read before the link is (a code span could run
        from one title into the next); quotes become entities."""
        return self.inline(" ".join(text.split())).replace('"', "&quot;")


def header(site: Site, title: str | None, description: str, card: str, searchable: bool = True) -> str:
    """Front matter, opening with the generated-file notice. The home page
    has no title of its own: the theme shows the site name there."""
    return "\n".join(
        [
            "---",
            f"# Generated from {site.seed} by scripts/build_docs.py. Do not edit: edit the seed and rebuild.",
            *([f"title: {yaml_quote(title)}"] if title else []),
            f"description: {yaml_quote(cut(description, DESCRIPTION_CHARS))}",
            f"image: {yaml_quote(card)}",
            *([] if searchable else ["search:", "  exclude: true"]),
            "---",
            "",
        ]
    )


class Renderer:
    def __init__(self, linked: LinkedEssay, escaper: Escaper, seed: str) -> None:
        self.linked = linked
        self.esc = escaper
        self.terms = {t.slug: t for t in linked.glossary.terms}
        themes = tuple(t.slug for t in linked.glossary.terms if t.theme)
        self.site = Site(seed=seed, title=linked.essay.title, theme_slugs=themes)
        self.headings = {p.slug: p.heading for p in linked.pages}
        self.headings[""] = "Introduction"
        self.counts = theme_counts(linked.mentions, themes)
        # Looked up per term and per page: computed once, not rescanned.
        self.by_term = mentions_by_term(linked.mentions)
        self.positions = {"": 0} | {p.slug: n for n, p in enumerate(linked.pages, 1)}

    def prose(self, text: str) -> str:
        """Essay text quoted out of its paragraph (a summary, a description, a
        passage): footnote markers stay behind, with the footnotes."""
        return _SPACES.sub(" ", NOTE_MARK.sub(lambda m: "" if m.group(1) in self.linked.notes else m.group(0), text)).strip()

    def summary(self, page: Page) -> str:
        return self.prose(first_sentence(page.paras[0].text)) if page.paras else ""

    # --- inline ---------------------------------------------------------------

    def runs(self, source: str, runs: Iterable[Inline], linked: set[str] | None, indent: str = "") -> str:
        """Inline runs → Markdown. `linked` holds terms linked so far on the page
        when the page decides itself (the one-page edition); otherwise the
        run's own `linked` flag decides.

        A term link is a Markdown link (so MkDocs checks its anchor and any
        renderer resolves it) with `{ .term }`. attr_list reads one such list
        per line, so the line is broken at the next space after it; the text
        that then starts a line is guarded like any line start.
        """
        out: list[str] = []
        pending_break = False
        for i, run in enumerate(runs):
            if isinstance(run, Text):
                if pending_break and (split := _SPACES.search(run.text)):
                    head, rest = run.text[: split.start()], run.text[split.end() :]
                    out.append(f"{self.esc.inline(head)}\n{indent}{self.esc.line(rest)}")
                    pending_break = False
                else:
                    out.append(self.esc.line(run.text) if i == 0 else self.esc.inline(run.text))
            elif isinstance(run, NoteRef):
                out.append(f"[^{run.key}]")
            elif isinstance(run, TermRef):
                first = run.term not in linked if linked is not None else run.linked
                if linked is not None:
                    linked.add(run.term)
                if not first:
                    out.append(self.esc.inline(run.text))
                    continue
                term = self.terms[run.term]
                target = rel(source, Site.GLOSSARY) + f"#{term.slug}"
                # Two term links with no space between them: the second goes
                # without a class rather than break attr_list.
                attrs = "" if pending_break else "{ .term }"
                out.append(f'[{self.esc.inline(run.text)}]({target} "{self.esc.title(term.definition)}"){attrs}')
                pending_break = pending_break or bool(attrs)
        return "".join(out)

    def para(self, source: str, para: Para, linked: set[str] | None = None) -> str:
        """A paragraph or list with its anchor, ¶ link and copy button."""
        tools = (
            f' <a class="para-link" href="#{para.anchor}" aria-label="Link to this paragraph" data-search-exclude>¶</a>'
            f'<button type="button" class="para-copy" aria-label="Copy link to this paragraph" data-para="{para.anchor}"></button>'
        )
        if para.kind == "paragraph":
            return f"{self.runs(source, para.items[0], linked)}{tools}\n{{: #{para.anchor} }}"
        lines = []
        for n, item in enumerate(para.items):
            marker = f"{para.start + n}." if para.ordered else "-"
            text = self.runs(source, item, linked, indent="    ")
            lines.append(f"{marker} {text}" + (f"{tools}\n    {{: #{para.anchor} }}" if n == 0 else ""))
        return f"{LIST_BREAK}\n\n" + "\n".join(lines) + f"\n\n{LIST_BREAK}"

    def paras(self, source: str, paras: Iterable[Para], linked: set[str] | None = None) -> str:
        return "\n\n".join(self.para(source, p, linked) for p in paras)

    def notes(self, pages: Iterable[Page]) -> str:
        keys = sorted(
            {run.key for page in pages for p in page.paras for item in p.items for run in item if isinstance(run, NoteRef)},
            key=int,
        )
        return "\n".join(f"[^{k}]: {self.esc.inline(self.linked.notes[k])}" for k in keys)

    # --- pages ----------------------------------------------------------------

    def pages(self) -> dict[str, str]:
        files = {Site.page_path(""): self.index()}
        for n, page in enumerate(self.linked.pages, 1):
            files[Site.page_path(page.slug)] = self.section(page, n)
        files[Site.GLOSSARY] = self.glossary()
        for slug in self.site.theme_slugs:
            files[Site.theme_path(slug)] = self.theme(self.terms[slug])
        if self.site.theme_slugs:
            files[Site.THEME_MAP] = self.theme_map()
        files[Site.READ] = self.read()
        return files

    def titles(self) -> dict[str, str | None]:
        """Each page's heading as its card shows it; None for the home page."""
        found: dict[str, str | None] = {Site.page_path(""): None}
        found.update({Site.page_path(p.slug): p.heading for p in self.linked.pages})
        found[Site.GLOSSARY] = "Glossary"
        found.update({Site.theme_path(s): f"Theme: {self.terms[s].term}" for s in self.site.theme_slugs})
        if self.site.theme_slugs:
            found[Site.THEME_MAP] = "Theme map"
        found[Site.READ] = "The whole essay"
        return found

    def section_link(self, source: str, slug: str, anchor: str | None = None) -> str:
        target = rel(source, Site.page_path(slug)) + (f"#{anchor}" if anchor else "")
        return f"[{self.esc.inline(self.headings[slug])}]({target})"

    def index(self) -> str:
        essay, index = self.linked.essay, self.linked.index
        source = Site.page_path("")
        summary = essay.dek or self.summary(index) or essay.title
        parts = [header(self.site, None, summary, Site.card_path(source)), f"# {self.esc.inline(essay.title)}"]
        if essay.dek:
            parts.append(f"{self.esc.line(essay.dek)}\n{{: .essay-dek }}")
        parts.extend(self.meta())
        total = reading_minutes(" ".join(p.text for page in (index, *self.linked.pages) for p in page.paras))
        parts.append(f"{total} min read · [Read the whole essay on one page]({rel(source, Site.READ)})\n{{: .essay-byline }}")
        if index.paras:
            parts.append(self.paras(source, index.paras))
        if self.linked.pages:
            parts.append("## Contents")
            parts.append("\n".join(self.contents_entry(source, n, p) for n, p in enumerate(self.linked.pages, 1)))
        parts.append("## Explore")
        parts.append("\n".join(self.explore(source)))
        notes = self.notes([index])
        return "\n\n".join(parts + ([notes] if notes else [])) + "\n"

    def meta(self) -> Iterator[str]:
        for field in self.linked.essay.meta:
            yield f"**{self.esc.inline(field.label)}:** {self.esc.inline(field.value)}\n{{: .essay-meta }}"

    def contents_entry(self, source: str, n: int, page: Page) -> str:
        minutes = reading_minutes(" ".join(p.text for p in page.paras))
        summary = self.esc.inline(self.summary(page))
        return f"{n}. {self.section_link(source, page.slug)} · {minutes} min read  \n    {summary}"

    def explore(self, source: str) -> Iterator[str]:
        kind = "curated" if self.linked.glossary.curated else "extracted"
        yield f"- [Glossary]({rel(source, Site.GLOSSARY)}): {len(self.linked.glossary.terms)} {kind} terms"
        if self.site.theme_slugs:
            themes = ", ".join(
                f"[{self.esc.inline(self.terms[s].term)}]({rel(source, Site.theme_path(s))})" for s in self.site.theme_slugs
            )
            yield f"- Themes to follow: {themes}"
            yield f"- [Theme map]({rel(source, Site.THEME_MAP)}): which section carries which theme"
        yield f"- [The whole essay on one page]({rel(source, Site.READ)}), for reading straight through or printing"

    def section(self, page: Page, n: int) -> str:
        source = Site.page_path(page.slug)
        description = self.summary(page) or page.heading
        total = len(self.linked.pages)
        parts = [
            header(self.site, page.heading, description, Site.card_path(source)),
            f"# {self.esc.inline(page.heading)}",
            f"Section {n} of {total} · {reading_minutes(' '.join(p.text for p in page.paras))} min read\n{{: .essay-byline }}",
            self.paras(source, page.paras),
        ]
        parts.extend(self.endings(source, page))
        notes = self.notes([page])
        return "\n\n".join(parts + ([notes] if notes else [])) + "\n"

    def endings(self, source: str, page: Page) -> Iterator[str]:
        themes = [s for s in self.site.theme_slugs if self.counts[page.slug, s]]
        if themes:
            yield "## Themes in this section"
            yield "\n".join(
                f"- [{self.esc.inline(self.terms[s].term)}]({rel(source, Site.theme_path(s))}): "
                f"{plural(self.counts[page.slug, s], 'mention')}"
                for s in sorted(themes, key=lambda s: (-self.counts[page.slug, s], s))
            )
        related = self.linked.related.get(page.slug, ())
        if related:
            yield "## Related sections"
            yield "\n".join(
                f"- {self.section_link(source, r.slug)}: also on {self.esc.inline(and_list([self.terms[t].term.lower() for t in r.shared]))}"
                for r in related
            )

    def glossary(self) -> str:
        source = Site.GLOSSARY
        glossary = self.linked.glossary
        parts = [header(self.site, "Glossary", f"Key terms of {self.site.title}, with where each appears.", Site.card_path(source)), "# Glossary"]
        if glossary.curated:
            parts.append(f"{len(glossary.terms)} key terms of the essay, A–Z. Each says where it appears, section by section; themes have a page of their own.")
        else:
            parts.append(
                f"These {len(glossary.terms)} terms were **extracted automatically** from the essay, not curated: "
                "each recurs in more than one section, and its definition is the sentence of the essay that best explains it."
            )
        see_also = resolve_see_also(glossary)
        for term in glossary.terms:
            parts.append(self.glossary_entry(source, term, see_also[term.slug]))
        return "\n\n".join(parts) + "\n"

    def glossary_entry(self, source: str, term: Term, see_also: tuple[Term, ...]) -> str:
        lines = [f"## {self.esc.inline(term.term)} {{ #{term.slug} }}"]
        if term.theme:
            lines.append(f"Theme: [follow it through the essay]({rel(source, Site.theme_path(term.slug))})\n{{: .term-theme }}")
        mentions = self.by_term.get(term.slug, [])
        if self.linked.glossary.curated:
            lines.append(self.esc.line(term.definition))
        best = best_sentence([term.term, *term.aliases], mentions)
        if best:
            quote = self.esc.inline(self.prose(best.sentence))
            lines.append(f"**In the essay's words:** “{quote}” ({self.section_link(source, best.page, best.anchor)})")
        firsts = first_mentions(mentions, term.slug)
        if firsts:
            where = ", ".join(
                f"{self.section_link(source, page, m.anchor)} ({count})"
                for page, (m, count) in sorted(firsts.items(), key=lambda kv: self.order(kv[0]))
            )
            lines.append(f"**Appears in:** {where}")
        else:
            lines.append("**Appears in:** no section yet.")
        if see_also:
            links = ", ".join(f"[{self.esc.inline(t.term)}](#{t.slug})" for t in see_also)
            lines.append(f"**See also:** {links}")
        return "\n\n".join(lines)

    def order(self, slug: str) -> int:
        return self.positions[slug]

    def theme(self, term: Term) -> str:
        source = Site.theme_path(term.slug)
        quotes = passages(self.by_term.get(term.slug, []), term.slug)
        by_page: dict[str, list[Mention]] = {}
        for m in quotes:
            by_page.setdefault(m.page, []).append(m)
        pages = sorted(by_page, key=self.order)
        parts = [
            header(self.site, f"Theme: {term.term}", term.definition, Site.card_path(source)),
            f"# Theme: {self.esc.inline(term.term)}",
            self.esc.line(term.definition),
            f"Followed through {plural(len(pages), 'part')} of the essay, in {plural(len(quotes), 'passage')}, in essay order. "
            f"See also the [glossary entry]({rel(source, Site.GLOSSARY)}#{term.slug}) and the [theme map]({rel(source, Site.THEME_MAP)}).",
        ]
        for page in pages:
            parts.append(f"## {self.esc.inline(self.headings[page])}")
            for m in by_page[page]:
                # The quote is the link: it reads well aloud, and each one is distinct.
                target = rel(source, Site.page_path(page)) + f"#{m.anchor}"
                parts.append(f"> [“{self.esc.inline(self.prose(m.sentence))}”]({target})\n{{: .passage }}")
        return "\n\n".join(parts) + "\n"

    def theme_map(self) -> str:
        from .theme_map import svg_map, table_map

        source = Site.THEME_MAP
        parts = [
            header(self.site, "Theme map", f"Which section of {self.site.title} carries which theme.", Site.card_path(source)),
            "# Theme map",
            "Each row is a part of the essay, each column a theme. The darker the cell, the more often the theme is "
            "mentioned there; select a cell to jump to its first passage. The table below gives the same figures.",
            svg_map(self, source),
            table_map(self, source),
        ]
        return "\n\n".join(parts) + "\n"

    def read(self) -> str:
        essay = self.linked.essay
        source = Site.READ
        linked: set[str] = set()
        parts = [
            # A copy of the section pages: search results point at those.
            header(self.site, essay.title, essay.dek or essay.title, Site.card_path(source), searchable=False),
            f"# {self.esc.inline(essay.title)}",
        ]
        if essay.dek:
            parts.append(f"{self.esc.line(essay.dek)}\n{{: .essay-dek }}")
        parts.extend(self.meta())
        if self.linked.index.paras:
            parts.append(self.paras(source, self.linked.index.paras, linked))
        for page in self.linked.pages:
            parts.append(f"## {self.esc.inline(page.heading)} {{ #{page.slug} }}")
            parts.append(self.paras(source, page.paras, linked))
        notes = self.notes([self.linked.index, *self.linked.pages])
        return "\n\n".join(parts + ([notes] if notes else [])) + "\n"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]

