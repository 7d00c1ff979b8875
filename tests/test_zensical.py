"""Portability: Zensical, Material's successor, builds the same mkdocs.yml and
docs/ with every page, paragraph id and glossary link in place.

Our features live in our Markdown (plus attr_list), not in a plugin, so they
should survive the move. Zensical runs no MkDocs hooks, so the
Content-Security-Policy comes from scripts/add_csp.py (`make zensical-site`):
every page gets it, and it allows the inline code Zensical's templates wrote
and nothing else. `make test` installs Zensical into .venv-zensical
(hash-locked in requirements/zensical.txt); a failed install fails `make
test`. Run alone without it, the test is skipped with the reason, except in
CI, where it fails.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest

from helpers import missing_tool
from sandbox import ROOT, copy_project, environ, mkdocs_build

sys.path.insert(0, str(ROOT / "scripts"))
from essay_site.csp import inline_scripts, inline_styles, sha256  # noqa: E402

pytestmark = pytest.mark.slow

ZENSICAL = ROOT / ".venv-zensical" / "bin" / "zensical"


def page_features(site: Path) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per page: its paragraph and heading ids, and its glossary links."""
    found = {}
    for path in sorted(site.rglob("index.html")):
        tree = lxml.html.fromstring(path.read_bytes())
        if tree.xpath("//meta[@http-equiv='refresh']"):
            continue
        paragraphs = tree.xpath("//*[contains(concat(' ', @class, ' '), ' para-link ')]/../@id")
        headings = tree.xpath("//article//*[self::h1 or self::h2 or self::h3 or self::h4]/@id")
        ids = frozenset(paragraphs + headings)
        terms = frozenset(tree.xpath("//a[contains(concat(' ', @class, ' '), ' term ')]/@href"))
        found[path.relative_to(site).as_posix()] = (ids, terms)
    return found


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The project built by Zensical, then given its policy as `make zensical-site` does."""
    if not ZENSICAL.exists():
        missing_tool(f"Zensical is not installed at {ZENSICAL}: run `make zensical`")
    project = copy_project(tmp_path_factory.mktemp("zensical"))
    result = subprocess.run(
        [str(ZENSICAL), "build"],
        cwd=project,
        capture_output=True,
        text=True,
        # mkdocs.yml's toc slugify is ours, imported from scripts/ as `make zensical-site` does.
        env=environ(PYTHONPATH=str(project / "scripts")),
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    # A script that escaping let through, planted before the policy is added:
    # it must get no hash.
    planted = site / "index.html"
    planted.write_text(planted.read_text(encoding="utf-8").replace("</body>", f"<script>{PLANTED}</script></body>"), encoding="utf-8")
    templates = ZENSICAL.parent.parent / "lib"
    (theme,) = templates.glob("python3*/site-packages/zensical/templates")
    command = [sys.executable, str(ROOT / "scripts" / "add_csp.py"), str(site), "--templates", str(project / "overrides"), str(theme)]
    added = subprocess.run(command, capture_output=True, text=True, check=False)
    assert added.returncode == 0, added.stderr
    yield site
    shutil.rmtree(project)


PLANTED = "alert(document.domain)"


def test_zensical_builds_the_same_pages(zensical_site: Path, tmp_path: Path) -> None:
    reference = tmp_path / "mkdocs-site"
    assert mkdocs_build(ROOT, reference).returncode == 0
    expected, actual = page_features(reference), page_features(zensical_site)
    assert sorted(actual) == sorted(expected)
    for page, (ids, terms) in expected.items():
        assert actual[page][0] == ids, page
        assert actual[page][1] == terms, page
    assert sum(len(ids) for ids, _ in expected.values()) > 30


def test_zensical_pages_carry_the_policy_and_it_allows_only_their_templates_code(zensical_site: Path) -> None:
    pages = sorted(zensical_site.rglob("*.html"))
    assert len(pages) > 10
    checked = 0
    for path in pages:
        text = path.read_text(encoding="utf-8")
        (meta,) = lxml.html.fromstring(text).xpath('//head/meta[@http-equiv="Content-Security-Policy"]')
        value = meta.get("content")
        assert "unsafe-inline" not in value, path
        # Share and redirect pages carry their own, stricter policy (default-src 'none').
        assert "object-src 'none'" in value or value.startswith("default-src 'none'"), path
        allowed = value.split("script-src", 1)[1].split(";", 1)[0] + value.split("style-src", 1)[1].split(";", 1)[0]
        for body in inline_scripts(text):
            # Zensical's own inline code runs; the planted script does not.
            assert (sha256(body) in allowed) == (body != PLANTED), (path, body[:80])
            checked += 1
        for body in inline_styles(text)[0]:
            assert sha256(body) in allowed, (path, body[:80])
    assert PLANTED in (zensical_site / "index.html").read_text(encoding="utf-8")
    assert checked > 2 * len(pages)  # Zensical's own inline scripts were there to check
