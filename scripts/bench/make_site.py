"""`make site` as a user runs it, against a bare Material build of the same docs/.

Cold: a fresh `git clone` of this checkout (no docs/ stamp, no Jinja cache;
the committed cards are reused, not redrawn). Warm: `make site` again in that
clone, nothing changed. Bare: `mkdocs build` of the clone's docs/ with a
minimal Material config (theme, search, the same Markdown extensions and nav;
no hook, overrides or INHERIT). The clone uses this checkout's .venv, so the
venv's install is not measured; every figure is CPU time of the child and
its children (wall time kept too). Also: the automatic glossary's
extraction time for a 1 MB essay, in process.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

import yaml

from .common import ROOT, Run, run
from .essays import seed_essay, synthetic_essay

# Markdown extensions as mkdocs.yml has them, without our slugify option.
BARE_EXTENSIONS: list[Any] = ["attr_list", "sane_lists", "footnotes", "tables", {"toc": {"permalink": "¶"}}]
GLOSSARY_ESSAY_BYTES = 1_000_000


def fresh_clone(where: Path) -> Path:
    """A clone of this checkout's HEAD, with a venv stamp newer than its lock
    file, so that `make` takes this checkout's .venv as installed."""
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(where)], check=True)
    stamp = where / ".bench-venv-stamp"
    stamp.touch()
    return where


def make_site(clone: Path) -> Run:
    venv = ROOT / ".venv"
    return run(["make", "--no-print-directory", "site", f"VENV={venv}", f"STAMP={clone / '.bench-venv-stamp'}"], clone)


def bare_project(clone: Path, where: Path) -> Path:
    """A minimal Material config for the clone's docs/: same pages, same nav."""
    generated = yaml.safe_load((clone / "docs" / ".essay.yml").read_text(encoding="utf-8"))
    config = {
        "site_name": generated["site_name"],
        "docs_dir": str(clone / "docs"),
        "site_dir": str(where / "site"),
        "theme": {"name": "material", "font": False},
        "plugins": ["search"],
        "markdown_extensions": BARE_EXTENSIONS,
        "nav": generated["nav"],
    }
    where.mkdir(parents=True, exist_ok=True)
    path = where / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def bare_build(config: Path) -> Run:
    return run([str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "-q", "-f", str(config)], config.parent)


def one_round(tmp: Path, n: int) -> dict[str, Run]:
    clone = fresh_clone(tmp / f"clone-{n}")
    config = bare_project(clone, tmp / f"bare-{n}")
    record: dict[str, Run] = {}
    if n % 2:
        record["bare"] = bare_build(config)
    record["cold"] = make_site(clone)
    record["warm"] = make_site(clone)
    if not n % 2:
        record["bare"] = bare_build(config)
    shutil.rmtree(clone)
    shutil.rmtree(config.parent)
    return record


def measure_make_site(tmp: Path, rounds: int) -> dict[str, Any]:
    """Median CPU and wall time of cold, warm and bare builds, and the ratios."""
    records = [one_round(tmp, n) for n in range(rounds)]
    median = {
        key: {clock: round(statistics.median(getattr(r[key], clock) for r in records), 4) for clock in ("cpu", "wall")}
        for key in ("cold", "warm", "bare")
    }
    median = {k: {"cpu_s": v["cpu"], "wall_s": v["wall"]} for k, v in median.items()}
    ratios = {
        f"{kind}_{clock}": round(statistics.median(getattr(r[kind], clock) / getattr(r["bare"], clock) for r in records), 3)
        for kind in ("warm", "cold")
        for clock in ("cpu", "wall")
    }
    pages = sum(1 for _ in (ROOT / "docs").rglob("*.md"))
    return {"rounds": rounds, "pages": pages, "median": median, "ratios": ratios, "glossary": glossary_time()}


def glossary_time() -> dict[str, Any]:
    """The automatic glossary of a synthetic essay of about 1 MB, in process."""
    try:
        from essay_site.terms import extract_glossary  # where the terms package puts it
        function = "essay_site.terms.extract_glossary"
    except ImportError:
        from essay_site.extract import extract_glossary
        function = "essay_site.extract.extract_glossary"
    from essay_site.formats import parse
    from essay_site.model import SourceText

    seed = seed_essay()
    sections = len(seed.sections)
    text = synthetic_essay(seed, sections)
    while len(text.encode()) < GLOSSARY_ESSAY_BYTES:
        sections *= 2
        text = synthetic_essay(seed, sections)
    essay = parse(SourceText(path="seeds/big.txt", stem="big", lines=tuple(text.splitlines())))
    began = time.process_time()
    glossary = extract_glossary(essay)
    return {"essay_bytes": len(text.encode()), "cpu_s": round(time.process_time() - began, 3),
            "terms": len(glossary.terms), "function": function}
