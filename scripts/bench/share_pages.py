"""The cost of the paragraph share pages (/p/<id>/ with a quote card each):
the generator in process, with and without them, on the seed essay and a
synthetic essay of 100 sections, every card drawn (no cache), and the bytes
of docs/ it returns. Linear in paragraphs: one page and one card each."""

from __future__ import annotations

import time
from typing import Any

from .common import ROOT
from .essays import seed_essay, synthetic_essay

SECTIONS = 100


def generated(text: str, share_pages: bool) -> dict[str, Any]:
    from essay_site.build import generate
    from essay_site.read import read_markdown_setup, source_text
    from essay_site.write import Manifest
    from essay_site.read import Inputs

    inputs = Inputs(
        essay=source_text("seeds/essay.txt", "essay", text),
        glossary=None,
        redirects=None,
        markdown=read_markdown_setup(ROOT / "mkdocs.yml"),
        site_url="https://example.github.io/essay-site/",
    )
    began = time.process_time()
    output = generate(inputs, Manifest(), cached_cards={}, share_pages=share_pages)
    seconds = time.process_time() - began
    paragraphs = sum(len(p.paras) for p in (output.linked.index, *output.linked.pages))
    return {"cpu_s": round(seconds, 3), "files": len(output.files),
            "docs_bytes": sum(map(len, output.files.values())), "paragraphs": paragraphs}


def share_pages_cost() -> dict[str, Any]:
    seed = seed_essay()
    essays = {"seed": "\n".join(seed_text_lines()), f"{SECTIONS} sections": synthetic_essay(seed, SECTIONS)}
    generated(essays["seed"], False)  # warm-up: imports, fonts and word lists load once
    return {name: {"without": generated(text, False), "with": generated(text, True)} for name, text in essays.items()}


def seed_text_lines() -> list[str]:
    (essay,) = sorted((ROOT / "seeds").glob("*.txt"))
    return essay.read_text(encoding="utf-8").splitlines()


def share_pages_table(cost: dict[str, Any]) -> list[str]:
    out = ["Share pages: the generator in process, every card drawn; CPU s, files and docs/ size without → with"]
    for name, runs in cost.items():
        a, b = runs["without"], runs["with"]
        out.append(
            f"  {name:<14}{a['paragraphs']:>5} paragraphs  {a['cpu_s']:>7.2f} → {b['cpu_s']:.2f} s  "
            f"{a['files']:>4} → {b['files']} files  {a['docs_bytes'] / 2**20:.2f} → {b['docs_bytes'] / 2**20:.2f} MB"
        )
    return out
