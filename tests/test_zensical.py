"""Portability: Zensical, Material's successor, builds the same mkdocs.yml and
docs/ with every page, paragraph id and glossary link in place.

Our features live in our Markdown (plus attr_list), not in a plugin, so they
should survive the move. `make test` installs Zensical into .venv-zensical
(hash-locked in requirements/zensical.txt); a failed install fails `make
test`. Run alone without it, the test is skipped with the reason, except in
CI, where it fails.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

from helpers import missing_tool
from sandbox import ROOT, copy_project, environ, mkdocs_build

pytestmark = pytest.mark.slow

ZENSICAL = ROOT / ".venv-zensical" / "bin" / "zensical"


def page_features(site: Path) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per page: its paragraph ids and its glossary links."""
    found = {}
    for path in sorted(site.rglob("index.html")):
        tree = lxml.html.fromstring(path.read_bytes())
        if tree.xpath("//meta[@http-equiv='refresh']"):
            continue
        ids = frozenset(tree.xpath("//*[contains(concat(' ', @class, ' '), ' para-link ')]/../@id"))
        terms = frozenset(tree.xpath("//a[contains(concat(' ', @class, ' '), ' term ')]/@href"))
        found[path.relative_to(site).as_posix()] = (ids, terms)
    return found


def test_zensical_builds_the_same_pages(tmp_path: Path) -> None:
    if not ZENSICAL.exists():
        missing_tool(f"Zensical is not installed at {ZENSICAL}: run `make zensical`")
    project = copy_project(tmp_path)
    result = subprocess.run(
        [str(ZENSICAL), "build"], cwd=project, capture_output=True, text=True, env=environ(), check=False, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    reference = tmp_path / "mkdocs-site"
    assert mkdocs_build(ROOT, reference).returncode == 0
    expected, actual = page_features(reference), page_features(project / "site")
    assert sorted(actual) == sorted(expected)
    for page, (ids, terms) in expected.items():
        assert actual[page][0] == ids, page
        assert actual[page][1] == terms, page
    assert sum(len(ids) for ids, _ in expected.values()) > 30
    shutil.rmtree(project)
