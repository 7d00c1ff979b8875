"""Essays to build: the seed, synthetic ones made of its paragraphs, and the
plain-text baseline project (c)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from .common import ROOT, Project

def seed_files() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").iterdir()) if p.is_file()}


def seed_essay() -> Any:
    from essay_site.build import Project as SiteProject
    from essay_site.formats.plain import parse
    from essay_site.read import read_inputs

    site = SiteProject(ROOT)
    return parse(read_inputs(site.root, site.seeds, site.mkdocs_yml).essay)


def blocks_text(blocks: Any) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if block.kind == "paragraph":
            lines += [block.text, ""]
        else:
            lines += [f"{block.start + i}. {item}" if block.ordered else f"- {item}" for i, item in enumerate(block.items)]
            lines.append("")
    return lines


def synthetic_essay(essay: Any, sections: int) -> str:
    """The seed's title, dek and intro, then its sections repeated in order
    until there are `sections` of them; repeats get numbered headings."""
    lines = [essay.title, ""] + ([essay.dek, ""] if essay.dek else []) + blocks_text(essay.intro)
    count = len(essay.sections)
    for k in range(sections):
        section = essay.sections[k % count]
        heading = section.heading if k < count else f"{section.heading} (copy {k // count + 1})"
        lines += [heading, ""] + blocks_text(section.blocks)
    return "\n".join(lines)


def synthetic_files(essay: Any, sections: int) -> dict[str, str]:
    stem = f"synthetic-{sections}"
    files = {f"{stem}.txt": synthetic_essay(essay, sections)}
    glossary = sorted((ROOT / "seeds").glob("*.glossary.yml"))
    if glossary:  # the seed's glossary, so term linking is measured too
        files[f"{stem}.glossary.yml"] = glossary[0].read_text(encoding="utf-8")
    return files


def baseline_project(where: Path, essay: Any) -> Project:
    """(c): the same pages' plain text (no links, anchors, front matter, theme
    pages or hooks), with the same nav, built by a stock Material config."""
    import yaml

    from essay_site.link import section_slugs
    from essay_site.nav import NAV_GROUP_SIZE, NAV_GROUP_THRESHOLD

    docs = where / "docs"
    docs.mkdir(parents=True)

    def page(title: str, lead: list[str], blocks: Any) -> str:
        lines = [f"# {title}", "", *lead, *blocks_text(blocks)]
        return "\n".join(html.escape(line, quote=False) for line in lines)

    (docs / "index.md").write_text(page(essay.title, [essay.dek, ""] if essay.dek else [], essay.intro), encoding="utf-8")
    entries = []
    for slug, section in zip(section_slugs(essay), essay.sections):
        (docs / f"{slug}.md").write_text(page(section.heading, [], section.blocks), encoding="utf-8")
        entries.append({section.heading: f"{slug}.md"})
    nav: list[Any] = [{"Home": "index.md"}]
    if len(entries) > NAV_GROUP_THRESHOLD:
        for start in range(0, len(entries), NAV_GROUP_SIZE):
            group = entries[start : start + NAV_GROUP_SIZE]
            nav.append({f"Sections {start + 1}–{start + len(group)}": group})
    else:
        nav.extend(entries)
    config = {
        "site_name": essay.title,
        "docs_dir": "docs",
        "site_dir": "site",
        "strict": True,
        "theme": {"name": "material", "font": False, "language": "en"},
        "plugins": ["search"],
        "nav": nav,
    }
    path = where / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return Project(where, path)


# --- the generator child: the real build, with stage timers -------------------------


def essay_with_sections(essay: Any, files: dict[str, str]) -> Any:
    """The synthetic essay parsed back, for the baseline's plain pages."""
    from essay_site.model import SourceText
    from essay_site.formats.plain import parse

    name, text = next((n, t) for n, t in files.items() if n.endswith(".txt"))
    return parse(SourceText(path=f"seeds/{name}", stem=Path(name).stem, lines=tuple(text.splitlines())))

