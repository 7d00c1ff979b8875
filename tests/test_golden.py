"""Golden test: the committed docs/ is the golden copy of the sample essay.

The generator's whole output for seeds/ is compared with docs/, file by file:
text exactly (a unified diff on failure), card images byte for byte (every
card is drawn afresh, not taken from the cache). Missing and extra files both
fail. `make test` first runs `build_docs.py --check` on the committed docs/,
before anything can regenerate it.

After a deliberate change, `pytest tests/test_golden.py --update-goldens`
rewrites docs/ through the generator itself; review the diff and commit it.
"""

from __future__ import annotations

import difflib
import functools
import subprocess
import sys
from pathlib import Path

import pytest

from essay_site.build import Project, build, generate
from essay_site.read import read_inputs
from essay_site.write import MANIFEST, read_manifest
from sandbox import ROOT, copy_project

__all__ = ["copy_project"]  # test_cli imports it from here

DOCS = ROOT / "docs"
SEED = "seeds/000_098d6ffab96b1e89.txt"


@functools.cache
def seed_output() -> dict[str, bytes]:
    """Every file the generator makes of seeds/, the manifest included."""
    project = Project(ROOT)
    output = generate(read_inputs(ROOT, project.seeds, project.mkdocs_yml), read_manifest(ROOT, DOCS))
    return {**output.files, MANIFEST: output.manifest.dumps()}


def committed_docs() -> dict[str, bytes]:
    return {p.relative_to(DOCS).as_posix(): p.read_bytes() for p in sorted(DOCS.rglob("*")) if p.is_file()}


def difference(path: str, expected: bytes, actual: bytes) -> str:
    if path.endswith(".png"):
        return f"docs/{path}: the card differs ({len(expected)} bytes committed, {len(actual)} generated)"
    diff = difflib.unified_diff(
        expected.decode().splitlines(), actual.decode().splitlines(), f"docs/{path}", f"generated/{path}", lineterm=""
    )
    return "\n".join(diff)


def test_generated_docs_match_the_committed_docs(update_goldens: bool) -> None:
    if update_goldens:
        assert build(ROOT) == 0
        seed_output.cache_clear()
    actual, expected = seed_output(), committed_docs()
    assert sorted(actual) == sorted(expected), "missing or extra files in docs/: run `make docs`"
    differences = [difference(p, expected[p], actual[p]) for p in sorted(expected) if actual[p] != expected[p]]
    if differences:
        pytest.fail("docs/ is not what the generator makes (refresh with --update-goldens):\n" + "\n".join(differences))


def test_check_reports_a_stale_page(tmp_path: Path) -> None:
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


def test_check_passes_on_a_fresh_copy(tmp_path: Path) -> None:
    """The other half of the freshness check: it does not fail on every tree."""
    project = copy_project(tmp_path)
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_docs.py"), "--check", "--root", str(project)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr


def test_every_generated_file_says_it_is_generated() -> None:
    for path, data in seed_output().items():
        if path.endswith(".md"):
            assert data.decode().splitlines()[1].startswith(f"# Generated from {SEED}"), path
        elif path.endswith(".yml"):
            assert data.decode().startswith(f"# Generated from {SEED}"), path


def test_a_fresh_copy_reuses_the_committed_cards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cards are cached by content (their key in docs/.manifest.json) and
    committed: a clone's first `make site` draws none of them."""
    from essay_site import cards

    def no_drawing(*args: object) -> bytes:
        raise AssertionError(f"card drawn again: {args!r}")

    project = copy_project(tmp_path)
    folder = project / "docs" / "assets" / "cards"
    before = {p: p.read_bytes() for p in folder.rglob("*.png")}
    monkeypatch.setattr(cards, "render_card", no_drawing)
    monkeypatch.setattr(cards, "render_quote_card", no_drawing)
    assert build(project) == 0
    assert len(before) >= 8 + 19  # section and page cards, and a quote card per paragraph
    assert {p: p.read_bytes() for p in folder.rglob("*.png")} == before
