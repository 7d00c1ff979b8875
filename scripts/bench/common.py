"""What every measurement shares: constants, one measured child process, and
the temp copies of the project being built."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
# What GitHub Pages serves gzip-compressed; images and fonts go as they are.
# Files Material itself writes: anything else a page loads is ours.
MATERIAL_PATHS = ("/assets/stylesheets/", "/assets/javascripts/", "/assets/images/", "/search/", "/sitemap.xml")
COMPRESSED = frozenset({".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"})
SIZES = (1, 10, 100, 1000)
# Wall time, and CPU time (user + system) of the child: on a shared machine
# the other load stretches wall time, not CPU time, so both are recorded.
CLOCKS = ("wall", "cpu")
MB = 1024 * 1024

# The targets of the performance issue, checked against the measured figures.
TARGET_GENERATOR_SHARE = 0.05
TARGET_PIPELINE_RATIO = 1.10
TARGET_TEXT_MB_PER_S = 5.0
TARGET_GROWTH_1000_OVER_100 = 12.0
TARGET_PAGE_KB = 80.0
TARGET_REQUESTS = 8
TARGET_ADDITIONS_KB = 10.0
TARGET_RSS_MB = 1024.0


# --- measuring one child process ----------------------------------------------


@dataclasses.dataclass(frozen=True)
class Run:
    """One child process: wall and CPU seconds, peak resident memory in MB."""

    wall: float
    cpu: float
    rss_mb: float

    def json(self) -> dict[str, float]:
        return {"wall_s": round(self.wall, 4), "cpu_s": round(self.cpu, 4), "peak_rss_mb": round(self.rss_mb, 1)}


def run(cmd: list[str], cwd: Path) -> Run:
    """Run `cmd` as its own child, through the small launcher (launch.py) so
    that its peak RSS is its own; fail with its output if it fails."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONPATH": str(SCRIPTS)}
    env.pop("SITE_URL", None)  # the placeholder site_url, as in the tests
    with tempfile.TemporaryFile() as out, tempfile.TemporaryDirectory() as tmp:
        measured = Path(tmp) / "run.json"
        launcher = [sys.executable, "-I", "-S", str(SCRIPTS / "bench" / "launch.py"), str(measured)]
        status = subprocess.run([*launcher, *cmd], cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT).returncode
        if status:
            out.seek(0)
            tail = out.read().decode(errors="replace")[-4000:]
            raise RuntimeError(f"{' '.join(cmd)} failed with exit status {status}:\n{tail}")
        usage = json.loads(measured.read_text(encoding="utf-8"))
    return Run(usage["wall"], usage["cpu"], usage["rss_kb"] / 1024)


# --- the projects being built ---------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Project:
    """A copy of this project in a temp folder, with one essay in seeds/."""

    root: Path
    config: Path

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def manifest(self) -> dict[str, Any]:
        return json.loads((self.docs / ".manifest.json").read_text(encoding="utf-8"))


def hand_written_docs(root: Path) -> list[Path]:
    """Files in docs/ that the generator did not write (stylesheets, scripts)."""
    docs = root / "docs"
    manifest = docs / ".manifest.json"
    generated = set(json.loads(manifest.read_text(encoding="utf-8"))["generated"]) if manifest.exists() else set()
    generated.add(".manifest.json")
    return sorted(p for p in docs.rglob("*") if p.is_file() and p.relative_to(docs).as_posix() not in generated)


def with_features(config_text: str, features: list[str]) -> str:
    """mkdocs.yml with extra `theme.features` entries (for trying one out)."""
    for feature in features:
        if f"- {feature}\n" in config_text:
            continue
        marker = "  features:\n"
        if marker not in config_text:
            raise ValueError(f"mkdocs.yml has no '  features:' list to add {feature!r} to")
        config_text = config_text.replace(marker, f"{marker}    - {feature}\n", 1)
    return config_text


def make_project(where: Path, essay: dict[str, str], features: list[str]) -> Project:
    """A temp copy of this project: config, overrides, scripts (the hook
    imports the package), hand-written docs/ files, and `essay` as seeds/."""
    where.mkdir(parents=True)
    config = where / "mkdocs.yml"
    config.write_text(with_features((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), features), encoding="utf-8")
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(ROOT / "overrides", where / "overrides", ignore=ignore)
    shutil.copytree(SCRIPTS, where / "scripts", ignore=ignore)
    for path in hand_written_docs(ROOT):
        target = where / "docs" / path.relative_to(ROOT / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    (where / "seeds").mkdir()
    for name, text in essay.items():
        (where / "seeds" / name).write_text(text, encoding="utf-8")
    return Project(where, config)


def reset(project: Project) -> None:
    """Back to a cold start: only the hand-written files in docs/, no site/."""
    shutil.rmtree(project.site, ignore_errors=True)
    shutil.rmtree(project.docs, ignore_errors=True)
    for path in hand_written_docs(ROOT):
        target = project.docs / path.relative_to(ROOT / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)


def generator(project: Project) -> Run:
    """(a) essay → docs/, exactly as `make docs` runs it."""
    return run([sys.executable, str(SCRIPTS / "build_docs.py"), "--root", str(project.root), "-q"], project.root)


def generator_stages(project: Project, out: Path) -> dict[str, Any]:
    """Where the generator's time goes: the same build in a child of its own
    with a timer on each stage (not the measured run: timers cost a little)."""
    run([sys.executable, "-m", "bench", "--child-generate", str(project.root), str(out)], project.root)
    return json.loads(out.read_text(encoding="utf-8"))


def mkdocs_build(project: Project) -> Run:
    """(b) and (c): a strict `mkdocs build` (not -q: that would hide the
    warnings --strict counts)."""
    return run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project.config), "-d", str(project.site)],
        project.root,
    )


# --- essays: the seed, synthetic ones, and the plain-text baseline ----------------
