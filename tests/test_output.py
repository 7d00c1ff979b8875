"""Output guarantees: atomic, no stale pages, deterministic, hand-written
files never touched."""

from __future__ import annotations

import errno
import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

import essay_gen
from essay_site import build as build_module
from essay_site import write
from essay_site.build import build
from sandbox import FIXTURES, HAND_WRITTEN, ROOT, environ, fixture, make_project, mkdocs_build, run_cli, snapshot

SHAPES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path, fixture("repeated_headings"))
    assert build(root) == 0
    return root


def boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("simulated failure")


# --- atomic ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("formats.plain", "split_into_parts"),  # parse: the new essay has no headings
        ("link", "page_mentions"),  # link
        ("pages.section", "body"),  # render, deep inside a section page
        ("cards", "render_card"),  # the social cards
        ("redirects", "plan"),  # after everything rendered, just before writing
    ],
)
def test_a_failure_at_any_stage_leaves_docs_as_it_was(project: Path, module: str, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(project / "docs")
    (project / "seeds" / "essay.txt").write_text(essay_gen.memoir(), encoding="utf-8")
    monkeypatch.setattr(importlib.import_module(f"essay_site.{module}"), name, boom)
    if hasattr(build_module, name):  # build.py imported it by name
        monkeypatch.setattr(build_module, name, boom)
    with pytest.raises(RuntimeError, match="simulated failure"):
        build(project)
    assert snapshot(project / "docs") == before


def test_a_failure_while_writing_leaves_docs_as_it_was(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while docs/ is being written: the third temp file
    cannot be created."""
    before = snapshot(project / "docs")
    seed = project / "seeds" / "essay.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("grandmother", "great-aunt"), encoding="utf-8")
    made: list[str] = []
    real = tempfile.mkstemp

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if len(made) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        made.append("tmp")
        return real(*args, **kwargs)

    monkeypatch.setattr(write.tempfile, "mkstemp", mkstemp)
    with pytest.raises(OSError, match="No space left"):
        build(project)
    assert snapshot(project / "docs") == before


def test_the_cli_reports_an_internal_failure_and_leaves_docs(project: Path) -> None:
    """Exit status non-zero and nothing written, even for an unexpected bug."""
    before = snapshot(project / "docs")
    code = (
        "import sys, runpy; import essay_site.pages.whole as w\n"
        "w.render = lambda ctx: 1 / 0\n"
        f"sys.argv = ['build_docs.py', '--root', {str(project)!r}]\n"
        f"runpy.run_path({str(ROOT / 'scripts' / 'build_docs.py')!r}, run_name='__main__')\n"
    )
    (project / "seeds" / "essay.txt").write_text(fixture("lists"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environ(), check=False)
    assert result.returncode != 0
    assert "ZeroDivisionError" in result.stderr
    assert snapshot(project / "docs") == before


# --- no stale pages, hand-written files untouched -------------------------------------


def test_a_section_that_disappears_loses_its_page(project: Path) -> None:
    docs = project / "docs"
    (docs / "extra.md").write_text("# Written by hand\n", encoding="utf-8")
    (docs / "assets" / "mine.js").write_text("// by hand\n", encoding="utf-8")
    hand = {p: (docs / p).read_bytes() for p in [*HAND_WRITTEN, "extra.md", "assets/mine.js"]}
    assert (docs / "in-the-back.md").is_file()
    seed = project / "seeds" / "essay.txt"
    text = seed.read_text(encoding="utf-8")
    start = text.index("In the Back\n")
    seed.write_text(text[:start] + text[text.index("What Grew There", start):], encoding="utf-8")
    assert build(project) == 0
    assert not (docs / "in-the-back.md").exists()
    assert not (docs / "assets" / "cards" / "in-the-back.png").exists()
    assert not (docs / "in-the-back").exists()  # no redirect: the section is gone, not renamed
    assert {p: (docs / p).read_bytes() for p in hand} == hand
    manifest = json.loads((docs / ".manifest.json").read_text(encoding="utf-8"))
    assert "in-the-back.md" not in manifest["generated"]
    assert sorted(manifest["generated"]) == manifest["generated"]
    # Exactly the manifest's files and the hand-written ones: nothing stale left.
    assert set(snapshot(docs)) == {*manifest["generated"], ".manifest.json", *hand}


def test_a_new_essay_replaces_every_generated_page(project: Path) -> None:
    docs = project / "docs"
    old = set(json.loads((docs / ".manifest.json").read_text(encoding="utf-8"))["generated"])
    (project / "seeds" / "essay.txt").unlink()
    (project / "seeds" / "other.txt").write_text(fixture("non_latin"), encoding="utf-8")
    assert build(project) == 0
    new = set(json.loads((docs / ".manifest.json").read_text(encoding="utf-8"))["generated"])
    assert not any((docs / p).exists() for p in old - new)
    assert set(snapshot(docs)) == {*new, ".manifest.json", *HAND_WRITTEN}


def test_rebuilding_writes_nothing(project: Path) -> None:
    """Nothing changed: the digest of the inputs matches, so the pipeline is
    not even imported (a fresh clone's first `make site`)."""
    mtimes = {p: p.stat().st_mtime_ns for p in (project / "docs").rglob("*") if p.is_file()}
    result = run_cli(project)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "INFO: docs/: up to date (inputs unchanged)"
    assert {p: p.stat().st_mtime_ns for p in (project / "docs").rglob("*") if p.is_file()} == mtimes


def test_a_changed_input_runs_the_pipeline_and_writes_only_what_changed(project: Path) -> None:
    seed = next((project / "seeds").glob("*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nOne more closing paragraph, added by the test.\n", encoding="utf-8")
    result = run_cli(project)
    assert result.returncode == 0, result.stderr
    assert "up to date" not in result.stderr and "files written" in result.stderr
    assert run_cli(project, "--check").returncode == 0
    assert run_cli(project).stderr.strip() == "INFO: docs/: up to date (inputs unchanged)"


# --- deterministic --------------------------------------------------------------------

BUILD_ALL = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from essay_site.build import build
from sandbox import fixture, make_project
for shape in {shapes!r}:
    build(make_project(Path(sys.argv[1]) / shape, fixture(shape)))
"""


@pytest.mark.slow
def test_docs_are_identical_across_hash_seeds(tmp_path: Path) -> None:
    """Every shape, built in two interpreters with different hash seeds."""
    trees = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed-{seed}"
        code = BUILD_ALL.format(tests=str(Path(__file__).parent), shapes=SHAPES)
        result = subprocess.run(
            [sys.executable, "-c", code, str(out)], capture_output=True, text=True, env=environ(PYTHONHASHSEED=seed), check=False
        )
        assert result.returncode == 0, result.stderr
        trees.append({shape: snapshot(out / shape / "project" / "docs") for shape in SHAPES})
    assert trees[0] == trees[1]


@pytest.mark.slow
def test_site_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    """The CLI and mkdocs, twice from scratch with different hash seeds:
    byte-identical docs/ and site/."""
    results = []
    for seed in ("0", "31337"):
        root = make_project(tmp_path / seed, fixture("footnotes"))
        cli = run_cli(root, PYTHONHASHSEED=seed)
        assert cli.returncode == 0, cli.stderr
        site = mkdocs_build(root, PYTHONHASHSEED=seed)
        assert site.returncode == 0, site.stderr
        results.append((snapshot(root / "docs"), snapshot(root / "site")))
    (docs_a, site_a), (docs_b, site_b) = results
    assert docs_a == docs_b
    assert sorted(site_a) == sorted(site_b)
    assert [p for p in site_a if site_a[p] != site_b[p]] == []
