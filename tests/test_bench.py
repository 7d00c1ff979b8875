"""The benchmark's own inputs (scripts/bench.py): synthetic essays, the plain
baseline, and the related-sections cap that keeps long essays linear. Fast:
nothing here builds a site; `make bench` does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from essay_site.link import link
from essay_site.glossary import load_glossary
from essay_site.model import SourceText
from essay_site.nav import NAV_GROUP_SIZE, NAV_GROUP_THRESHOLD
from essay_site.formats.plain import parse
from essay_site.terms.related import MAX_RELATED

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402


def parsed(text: str, name: str = "synthetic.txt"):
    return parse(SourceText(path=f"seeds/{name}", stem=Path(name).stem, lines=tuple(text.splitlines())))


@pytest.mark.parametrize("sections", [1, 9, NAV_GROUP_THRESHOLD + 1, 100])
def test_synthetic_essay_has_the_asked_number_of_sections(sections: int) -> None:
    seed = bench.seed_essay()
    essay = parsed(bench.synthetic_essay(seed, sections))
    assert len(essay.sections) == sections
    assert essay.title == seed.title
    assert [b.items for b in essay.sections[0].blocks] == [b.items for b in seed.sections[0].blocks]
    if sections > len(seed.sections):
        assert essay.sections[len(seed.sections)].heading == f"{seed.sections[0].heading} (copy 2)"


def test_long_essay_keeps_related_sections_short() -> None:
    """Every section shares themes with every copy of itself: the cap keeps
    each page's list, and so the site, linear in the number of sections."""
    files = bench.synthetic_files(bench.seed_essay(), 60)
    essay = parsed(next(t for n, t in files.items() if n.endswith(".txt")))
    glossary = load_glossary("g.yml", next(t for n, t in files.items() if n.endswith(".yml")))
    linked = link(essay, glossary)
    lengths = {len(r) for r in linked.related.values()}
    assert max(lengths) == MAX_RELATED
    for slug, related in linked.related.items():
        assert slug not in {r.slug for r in related}
        assert [r.score for r in related] == sorted((r.score for r in related), reverse=True)


def test_baseline_is_plain_markdown_with_the_same_nav(tmp_path: Path) -> None:
    seed = bench.seed_essay()
    essay = parsed(bench.synthetic_essay(seed, NAV_GROUP_THRESHOLD + 1))
    project = bench.baseline_project(tmp_path / "base", essay)
    config = yaml.safe_load(project.config.read_text(encoding="utf-8"))
    assert "hooks" not in config and "INHERIT" not in config and "custom_dir" not in config["theme"]
    groups = [entry for entry in config["nav"] if isinstance(next(iter(entry.values())), list)]
    assert len(groups) == -(-(NAV_GROUP_THRESHOLD + 1) // NAV_GROUP_SIZE)
    page = (project.docs / next(iter(groups[0].values()))[0][essay.sections[0].heading]).read_text(encoding="utf-8")
    assert page.startswith(f"# {essay.sections[0].heading}\n")
    assert "](" not in page and "{:" not in page and "---" not in page


def test_with_features_adds_once() -> None:
    config = "theme:\n  features:\n    - navigation.top\n"
    added = bench.with_features(config, ["navigation.prune"])
    assert added == "theme:\n  features:\n    - navigation.prune\n    - navigation.top\n"
    assert bench.with_features(added, ["navigation.prune"]) == added
    with pytest.raises(ValueError, match="navigation.prune"):
        bench.with_features("theme: {}\n", ["navigation.prune"])


def test_a_child_reports_its_own_peak_memory_not_the_bench_s(tmp_path: Path) -> None:
    """Linux carries the parent's peak RSS across exec: without the launcher
    every child of a 300 MB bench reported at least 300 MB."""
    from bench.common import run

    held = bytearray(300 * 1024 * 1024)
    held[:: 4096] = b"x" * len(held[:: 4096])  # touch every page, so it is resident
    small = run([sys.executable, "-c", "pass"], tmp_path)
    big = run([sys.executable, "-c", "b = bytearray(200 << 20); b[::4096] = b'y' * len(b[::4096])"], tmp_path)
    assert small.rss_mb < 100, small
    assert 200 < big.rss_mb < 300, big
    del held


def test_a_failing_child_is_reported_with_its_output(tmp_path: Path) -> None:
    from bench.common import run

    with pytest.raises(RuntimeError, match=r"exit status 3:\nboom"):
        run([sys.executable, "-c", "print('boom'); raise SystemExit(3)"], tmp_path)
