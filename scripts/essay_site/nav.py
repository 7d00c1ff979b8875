"""The essay's part of the MkDocs config: site name, description and nav.

mkdocs.yml inherits it (`INHERIT: docs/.essay.yml`), so the committed docs/
build the same site with or without our hook.

Material renders the navigation into every page, so with a flat nav both the
build time and site/ grow with the square of the number of sections. Above
NAV_GROUP_THRESHOLD sections the nav groups them into parts of NAV_GROUP_SIZE,
and `navigation.prune` (in mkdocs.yml: INHERIT replaces lists, so this file
cannot add a theme feature) renders only the open part, each other part being
one link to its first section: a page carries about n/25 + 25 entries instead
of n. `make bench` measures it: from 100 to 1,000 sections the full build
takes 7.6× longer with prune and 14.4× without, and site/ grows 9.4× against
30×. Up to the threshold the nav stays flat, as for the seed's eight sections.
"""

from __future__ import annotations

from .model import LinkedEssay
from .paths import Site
from .text import yaml_quote as q

NAV_GROUP_THRESHOLD = 30
NAV_GROUP_SIZE = 25


def site_config(linked: LinkedEssay, seed: str) -> str:
    essay = linked.essay
    themes = [t for t in linked.glossary.terms if t.theme]
    lines = [
        f"# Generated from {seed} by scripts/build_docs.py. Do not edit: edit the seed and rebuild.",
        f"site_name: {q(essay.title)}",
        f"site_description: {q(essay.dek or essay.title)}",
        # Every page is generated from the seed: the edit link opens the seed.
        f"edit_uri_template: {q(f'edit/main/{seed}')}",
        "nav:",
        f"  - {q('Home')}: {q(Site.page_path(''))}",
    ]
    pages = [(p.heading, Site.page_path(p.slug)) for p in linked.pages]
    if len(pages) > NAV_GROUP_THRESHOLD:
        for start in range(0, len(pages), NAV_GROUP_SIZE):
            group = pages[start : start + NAV_GROUP_SIZE]
            lines.append(f"  - {q(f'Sections {start + 1}–{start + len(group)}')}:")
            lines.extend(f"      - {q(title)}: {q(path)}" for title, path in group)
    else:
        lines.extend(f"  - {q(title)}: {q(path)}" for title, path in pages)
    lines.append(f"  - {q('Glossary')}: {q(Site.GLOSSARY)}")
    if themes:
        lines.append(f"  - {q('Themes')}:")
        lines.extend(f"      - {q(t.term)}: {q(Site.theme_path(t.slug))}" for t in themes)
        lines.append(f"      - {q('Theme map')}: {q(Site.THEME_MAP)}")
    lines.append(f"  - {q('Whole essay')}: {q(Site.READ)}")
    return "\n".join(lines) + "\n"
