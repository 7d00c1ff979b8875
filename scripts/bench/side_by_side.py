"""Side by side: (a) the generator, (b) `mkdocs build --strict` of its pages,
(c) a bare Material build of the same pages' plain text, alternating order."""

from __future__ import annotations

import logging
import shutil
import statistics
from pathlib import Path
from typing import Any

from .common import CLOCKS, Project, Run, generator, generator_stages, make_project, mkdocs_build, reset
from .essays import baseline_project, seed_essay, seed_files
from .report import rounded

log = logging.getLogger("bench")

def side_by_side(tmp: Path, rounds: int, features: list[str]) -> tuple[dict[str, Any], Project, Project]:
    ours = make_project(tmp / "seed", seed_files(), features)
    base = baseline_project(tmp / "seed-baseline", seed_essay())
    stages = []
    for _ in range(3):
        reset(ours)
        stages.append(generator_stages(ours, tmp / "stages.json"))
    records = [one_round(ours, base, n) for n in range(rounds)]
    return summarize(records, stages, ours, base), ours, base


def one_round(ours: Project, base: Project, n: int) -> dict[str, Run]:
    """(a) cold and warm, (b) and (c), in alternating order round by round."""
    record: dict[str, Run] = {}

    def pipeline() -> None:
        reset(ours)
        record["a_generator"] = generator(ours)
        record["b_mkdocs"] = mkdocs_build(ours)
        # What `make site` costs on every later build: nothing changed.
        record["a_generator_warm"] = generator(ours)

    def baseline() -> None:
        shutil.rmtree(base.site, ignore_errors=True)
        record["c_baseline"] = mkdocs_build(base)

    for step in (pipeline, baseline) if n % 2 == 0 else (baseline, pipeline):
        step()
    log.info(
        "round %d: generator %.2fs, mkdocs %.2fs, baseline %.2fs (CPU)",
        n + 1, record["a_generator"].cpu, record["b_mkdocs"].cpu, record["c_baseline"].cpu,
    )
    return record


def ratios(r: dict[str, Run], clock: str) -> dict[str, float]:
    a, warm, b, c = (getattr(r[k], clock) for k in ("a_generator", "a_generator_warm", "b_mkdocs", "c_baseline"))
    return {
        "pipeline_over_baseline": (a + b) / c,
        "pipeline_warm_over_baseline": (warm + b) / c,
        "mkdocs_over_baseline": b / c,
        "generator_share": a / (a + b),
        "generator_warm_share": warm / (warm + b),
    }


def summarize(records: list[dict[str, Run]], stages: list[dict[str, Any]], ours: Project, base: Project) -> dict[str, Any]:
    """Medians of the rounds, per step and per ratio, and of the stage timers."""
    median = {
        step: {
            field: round(statistics.median(getattr(r[step], attr) for r in records), 4)
            for field, attr in (("wall_s", "wall"), ("cpu_s", "cpu"), ("peak_rss_mb", "rss_mb"))
        }
        for step in records[0]
    }
    median_ratios = {
        clock: {k: round(statistics.median(ratios(r, clock)[k] for r in records), 4) for k in ratios(records[0], clock)}
        for clock in CLOCKS
    }

    def stage_medians(key: str) -> dict[str, float]:
        names = sorted({n for s in stages for n in s[key]})
        return {name: round(statistics.median(s[key].get(name, 0.0) for s in stages), 4) for name in names}

    def stage_median(key: str) -> float:
        return round(statistics.median(s[key] for s in stages), 4)

    return {
        "essay_bytes": sum(len(t.encode()) for n, t in seed_files().items() if n.endswith(".txt")),
        "pages": len([p for p in ours.manifest()["generated"] if p.endswith(".md")]),
        "baseline_pages": len(list(base.docs.glob("*.md"))),
        "rounds": [
            {**{k: v.json() for k, v in r.items()}, "ratios": {c: rounded(ratios(r, c)) for c in CLOCKS}} for r in records
        ],
        "median": median,
        "median_ratios": median_ratios,
        "generator_import_s": stage_median("import_s"),
        "generator_import_cpu_s": stage_median("import_cpu_s"),
        "generator_in_process_s": stage_median("build_s"),
        "generator_in_process_cpu_s": stage_median("build_cpu_s"),
        "generator_stages_s": stage_medians("stages_s"),
        "generator_stages_cpu_s": stage_medians("stages_cpu_s"),
    }
