"""The essay's part of the MkDocs config: site name, description, nav,
language and search language.

mkdocs.yml inherits it (`INHERIT: docs/.essay.yml`), so the committed docs/
build the same site with or without our hook. Every label that comes from
the essay is escaped for the page frame (the theme prints nav labels and the
site name as HTML), and the file is written by PyYAML.

Material renders the navigation into every page, so with a flat nav both the
build time and site/ grow with the square of the number of sections. Above
NAV_GROUP_THRESHOLD sections the nav groups them into parts of NAV_GROUP_SIZE,
and `navigation.prune` (in mkdocs.yml: INHERIT replaces lists, so this file
cannot add a theme feature) renders only the open part, each other part being
one link to its first section: a page carries about n/25 + 25 entries instead
of n. `make bench` measures it.
"""

from __future__ import annotations

from typing import Any

from .escape import frame
from .model import LinkedEssay
from .paths import Site
from .ui import Interface, direction
from .yamlfile import dump_yaml

NAV_GROUP_THRESHOLD = 30
NAV_GROUP_SIZE = 25
# Material's UI translations (templates/partials/languages/) and its search
# stemmers (lunr-languages in assets/javascripts/lunr/min/), for Material
# 9.8; tests/test_language_config.py holds these to the installed theme
# (its regional variants, pt-BR and zh-TW, are not ISO 639-1 codes).
THEME_LANGUAGES = frozenset(
    "af ar az be bg bn ca cs cy da de el en eo es et eu fa fi fr gl he hi hr hu hy id is it ja ka kn ko lb lt lv "
    "mk mn ms my nb nl nn pl pt ro ru sa sh si sk sl sq sr sv ta te th tl tr uk ur uz vi zh".split()
)
# Material's search config takes only what MkDocs' own search has a stemmer
# for too (its LangOption): Greek and Hebrew would fall back to English, so
# they are not listed.
SEARCH_LANGUAGES = frozenset(
    "ar da de du en es fi fr hi hu hy it ja kn ko nl no pt ro ru sa sv ta te th tr vi zh".split()
)


def site_config(linked: LinkedEssay, seed: str) -> str:
    essay = linked.essay
    ui = Interface.of(essay.language)
    config: dict[str, Any] = {
        "site_name": frame(essay.title),
        "site_description": frame(essay.dek or essay.title),
        # Every page is generated from the seed: the edit link opens the seed.
        "edit_uri_template": f"edit/main/{seed}",
        "theme": theme(essay.language),
        "plugins": [{"search": {"lang": search_languages(essay.language)}}],
        "nav": nav(linked, ui),
        # Our templates' words (overrides/partials/*-script.html), in the site's language.
        "extra": {"interface": {"language": ui.language, "strings": ui.frame_strings()}},
    }
    if essay.language not in THEME_LANGUAGES:
        # No translation of Material's interface: it stays English, but the
        # page still says what language the essay is in (overrides/partials/language.html).
        config["extra"]["essay_language"] = essay.language
    return dump_yaml(config, f"Generated from {seed} by scripts/build_docs.py. Do not edit: edit the seed and rebuild.")


def theme_language(language: str) -> str:
    return language if language in THEME_LANGUAGES else "en"


def theme(language: str) -> dict[str, str]:
    """Material's interface language; a right-to-left essay whose language
    Material has no translation for still reads right to left."""
    found = {"language": theme_language(language)}
    if direction(language) == "rtl" and language not in THEME_LANGUAGES:
        found["direction"] = "rtl"
    return found


def search_languages(language: str) -> list[str]:
    """The essay's language for search, with English beside it: the site's
    own labels are English where ui/ has no table for the language."""
    if language == "en" or language not in SEARCH_LANGUAGES:
        return ["en"]
    return [language, "en"]


def nav(linked: LinkedEssay, ui: Interface) -> list[Any]:
    entries: list[Any] = [{frame(ui("home")): Site.page_path("")}]
    pages = [{frame(label): Site.page_path(p.slug)} for label, p in zip(nav_labels(linked), linked.pages)]
    if len(pages) > NAV_GROUP_THRESHOLD:
        for start in range(0, len(pages), NAV_GROUP_SIZE):
            group = pages[start : start + NAV_GROUP_SIZE]
            entries.append({frame(ui("sections_range", first=start + 1, last=start + len(group))): group})
    else:
        entries.extend(pages)
    entries.append({frame(ui("glossary")): Site.GLOSSARY})
    themes = [{frame(t.term): Site.theme_path(t.slug)} for t in linked.glossary.terms if t.theme]
    if themes:
        entries.append({frame(ui("themes")): [*themes, {frame(ui("theme_map")): Site.THEME_MAP}]})
    entries.append({frame(ui("whole_essay")): Site.READ})
    return entries


def nav_labels(linked: LinkedEssay) -> list[str]:
    """Section headings as nav labels; a heading used by several sections is
    numbered ("Examples (2)"), so every label in the nav is distinct."""
    seen: dict[str, int] = {}
    labels = []
    for page in linked.pages:
        key = " ".join(page.heading.casefold().split())
        seen[key] = seen.get(key, 0) + 1
        labels.append(page.heading if seen[key] == 1 else f"{page.heading} ({seen[key]})")
    return labels
