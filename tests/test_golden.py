"""Golden test: the whole generated docs/ for the seed, file by file.

Text files are compared exactly (a unified diff on failure); card images by
SHA-256. Missing and extra files both fail. After a deliberate change, run
`pytest tests/test_golden.py --update-goldens` and review the diff.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import shutil
from pathlib import Path

import pytest

from essay_site.build import Project, generate
from essay_site.read import read_inputs
from essay_site.write import Manifest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seed"
DIGESTS = "images.sha256"


@functools.cache
def seed_output() -> dict[str, bytes]:
    project = Project(ROOT)
    return generate(read_inputs(ROOT, project.seeds, project.mkdocs_yml), Manifest()).files


def expected_form(files: dict[str, bytes]) -> dict[str, bytes]:
    """Text files as they are; images folded into one digest list."""
    text = {p: data for p, data in files.items() if not p.endswith(".png")}
    digests = "".join(f"{hashlib.sha256(data).hexdigest()}  {p}\n" for p, data in sorted(files.items()) if p.endswith(".png"))
    return {**text, DIGESTS: digests.encode()}


def golden_files() -> dict[str, bytes]:
    return {p.relative_to(GOLDEN).as_posix(): p.read_bytes() for p in sorted(GOLDEN.rglob("*")) if p.is_file()}


def test_generated_docs_match_golden(update_goldens: bool) -> None:
    actual = expected_form(seed_output())
    if update_goldens:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for path, data in actual.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_bytes(data)
        pytest.skip("golden files updated")
    expected = golden_files()
    assert sorted(actual) == sorted(expected), "missing or extra generated files"
    for path in sorted(expected):
        if actual[path] != expected[path]:
            diff = difflib.unified_diff(
                expected[path].decode().splitlines(), actual[path].decode().splitlines(), f"golden/{path}", f"generated/{path}", lineterm=""
            )
            pytest.fail("\n".join(diff))


def test_committed_docs_are_the_generated_docs() -> None:
    """The freshness check, run for real: docs/ is what the seed generates."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_docs.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_check_reports_a_stale_page(tmp_path: Path) -> None:
    import subprocess
    import sys

    project = copy_project(tmp_path)
    page = project / "docs" / "glossary.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nedited by hand\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_docs.py"), "--check", "--root", str(project)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert "docs/glossary.md is stale: run scripts/build_docs.py" in result.stderr
    assert "edited by hand" in page.read_text(encoding="utf-8")  # --check writes nothing


def copy_project(tmp_path: Path) -> Path:
    """A throwaway copy of the project's inputs and docs/."""
    project = tmp_path / "project"
    for name in ("seeds", "docs", "overrides", "scripts"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


def test_every_generated_file_says_it_is_generated() -> None:
    for path, data in seed_output().items():
        if path.endswith(".md"):
            assert data.decode().splitlines()[1].startswith("# Generated from seeds/000_098d6ffab96b1e89.txt"), path
        elif path.endswith(".yml"):
            assert data.decode().startswith("# Generated from seeds/000_098d6ffab96b1e89.txt"), path
