"""Scale: synthetic essays of 1, 10, 100 and 1,000 sections, each generated
and built once next to its baseline; growth factors between sizes."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

from .common import CLOCKS, MB, Project, Run, generator, generator_stages, make_project, mkdocs_build, reset
from .essays import baseline_project, essay_with_sections, seed_essay, synthetic_files
from .report import rounded
from .weight import gz, page_file, section_page, tree_size

log = logging.getLogger("bench")

def scale(tmp: Path, sizes: list[int], features: list[str]) -> list[dict[str, Any]]:
    essay = seed_essay()
    found = []
    for sections in sizes:
        files = synthetic_files(essay, sections)
        ours = make_project(tmp / f"scale-{sections}", files, features)
        stages = generator_stages(ours, tmp / f"stages-{sections}.json")
        built = len(ours.manifest()["sections"])
        if built != sections:
            raise RuntimeError(f"the synthetic essay of {sections} sections was read as {built} sections")
        reset(ours)
        runs = {"generator": generator(ours), "generator_warm": generator(ours), "mkdocs": mkdocs_build(ours)}
        base = baseline_project(tmp / f"scale-{sections}-baseline", essay_with_sections(essay, files))
        runs["baseline"] = mkdocs_build(base)
        essay_bytes = len(next(t for n, t in files.items() if n.endswith(".txt")).encode())
        entry = scale_entry(sections, essay_bytes, runs, stages) | site_sizes(ours, base)
        log.info(
            "%d sections: generator %.2fs, mkdocs %.2fs, baseline %.2fs (CPU), site %.1f MB",
            sections, runs["generator"].cpu, runs["mkdocs"].cpu, runs["baseline"].cpu, entry["site_bytes"] / MB,
        )
        found.append(entry)
        shutil.rmtree(ours.root)
        shutil.rmtree(base.root)
    return found


def scale_entry(sections: int, essay_bytes: int, runs: dict[str, Run], stages: dict[str, Any]) -> dict[str, Any]:
    """Times, throughput and memory of one size."""
    gen, build = runs["generator"], runs["mkdocs"]
    text_cpu = sum(stages["stages_cpu_s"].get(s, 0.0) for s in ("parse", "link", "render"))
    return {
        "sections": sections,
        "essay_bytes": essay_bytes,
        "generator": gen.json(),
        "generator_warm": runs["generator_warm"].json(),
        "generator_stages_s": rounded(stages["stages_s"]),
        "generator_stages_cpu_s": rounded(stages["stages_cpu_s"]),
        "generator_import_cpu_s": round(stages["import_cpu_s"], 4),
        "matched_chars": stages["matched_chars"],
        "prose_chars": stages["prose_chars"],
        "text_mb_per_cpu_s": round(essay_bytes / MB / text_cpu, 2) if text_cpu else None,
        "generator_mb_per_cpu_s": round(essay_bytes / MB / gen.cpu, 3),
        "generator_mb_per_s": round(essay_bytes / MB / gen.wall, 3),
        "mkdocs": build.json(),
        "full_build": {"wall_s": round(gen.wall + build.wall, 3), "cpu_s": round(gen.cpu + build.cpu, 3)},
        "full_build_per_section_ms": {
            "wall": round(1000 * (gen.wall + build.wall) / sections, 2),
            "cpu": round(1000 * (gen.cpu + build.cpu) / sections, 2),
        },
        "peak_rss_mb": round(max(gen.rss_mb, build.rss_mb), 1),
        "baseline": runs["baseline"].json(),
    }


def site_sizes(ours: Project, base: Project) -> dict[str, Any]:
    """Bytes and files of both sites, and of one section page."""
    site_bytes, site_files = tree_size(ours.site)
    base_bytes, base_files = tree_size(base.site)
    page = page_file(ours.site, section_page(ours)).read_bytes()
    base_page = page_file(base.site, section_page(ours)).read_bytes()
    index = ours.site / "search" / "search_index.json"
    return {
        "site_bytes": site_bytes,
        "site_files": site_files,
        "section_html_bytes": len(page),
        "section_html_gzip": gz(page),
        "search_index_gzip": gz(index.read_bytes()) if index.exists() else 0,
        "baseline_site_bytes": base_bytes,
        "baseline_site_files": base_files,
        "baseline_section_html_bytes": len(base_page),
    }


def growth(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ratios between consecutive sizes: ×10 sections should cost about ×10."""
    rows = []
    for small, large in zip(entries, entries[1:]):
        row: dict[str, Any] = {"from": small["sections"], "to": large["sections"]}
        for clock in CLOCKS:
            row[clock] = {
                step: round(large[step][f"{clock}_s"] / small[step][f"{clock}_s"], 2)
                for step in ("generator", "mkdocs", "full_build", "baseline")
            }
        row["site_bytes"] = round(large["site_bytes"] / small["site_bytes"], 2)
        row["baseline_site_bytes"] = round(large["baseline_site_bytes"] / small["baseline_site_bytes"], 2)
        rows.append(row)
    return rows
