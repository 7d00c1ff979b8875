"""Throwaway copies of the project for end-to-end builds.

A sandbox holds the site's configuration (mkdocs.yml, overrides/, the serve
hook), a few hand-written files in docs/ (HAND_WRITTEN: a build must leave
them alone) and one essay of the test's choosing in seeds/, so `build()`, the
CLI and `mkdocs build --strict` run on it exactly as on the repository.

`mkdocs_build` is the one way the tests build a site.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "essays"
BIN = Path(sys.executable).parent
# Files an author may add to docs/ by hand, which no build may touch or remove.
# The repository's own docs/ holds none (the CSS and JS are inlined from
# overrides/), so every sandbox gets these: the checks for them never run on
# an empty list. No Markdown: a page outside the nav fails `--strict`.
HAND_WRITTEN: dict[str, bytes] = {
    "assets/extra.css": b"/* written by hand */\n.md-typeset { hyphens: auto; }\n",
    "assets/hand/notes.txt": b"Notes kept next to the site, by hand.\n",
}


def make_project(base: Path, essay: str | bytes | None, name: str = "essay.txt", **seeds: str | bytes) -> Path:
    """A project in `base` with `essay` as seeds/<name>; extra seeds files as
    keyword arguments (`glossary=` becomes seeds/<stem>.glossary.yml)."""
    root = base / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "scripts").mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root)
    shutil.copytree(ROOT / "overrides", root / "overrides")
    for hook in ("serve_hook.py", "csp_hook.py"):
        shutil.copy(ROOT / "scripts" / hook, root / "scripts")
    for path, content in HAND_WRITTEN.items():
        (root / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
        write(root / "docs" / path, content)
    if essay is not None:
        write(root / "seeds" / name, essay)
    stem = name.rsplit(".", 1)[0]
    for kind, content in seeds.items():
        write(root / "seeds" / f"{stem}.{kind}.yml", content)
    return root


def write(path: Path, content: str | bytes) -> None:
    path.write_bytes(content.encode() if isinstance(content, str) else content)


def fixture(shape: str) -> str:
    return (FIXTURES / f"{shape}.txt").read_text(encoding="utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (symlinks as their target), by relative path."""
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[relative] = b"-> " + os.readlink(path).encode()
        elif path.is_file():
            found[relative] = path.read_bytes()
    return found


def environ(**extra: str) -> dict[str, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000", **extra}
    env.pop("HYPOTHESIS_PROFILE", None)
    # The placeholder site_url of mkdocs.yml, whatever the Pages workflow set.
    env.pop("SITE_URL", None)
    return env


def run_cli(root: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """scripts/build_docs.py --root <root> in a fresh interpreter."""
    command = [sys.executable, str(ROOT / "scripts" / "build_docs.py"), "--root", str(root), *args]
    return subprocess.run(command, capture_output=True, text=True, env=environ(**env), check=False)


def mkdocs_build(root: Path, site: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of a project (a sandbox or the repository) into
    `site` (default: the project's site/); the caller asserts on the result."""
    command = [str(BIN / "mkdocs"), "build", "--strict", "--quiet", "-f", str(root / "mkdocs.yml")]
    if site is not None:
        command += ["--site-dir", str(site)]
    return subprocess.run(command, capture_output=True, text=True, env=environ(**env), check=False)


def copy_project(base: Path) -> Path:
    """A throwaway copy of this repository's inputs and committed docs/."""
    project = base / "project"
    for name in ("seeds", "docs", "overrides", "scripts"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project
