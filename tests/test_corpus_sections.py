"""Real essays: the sections, subsections, footnotes and parts an editor
gives them, as written by reading each essay in tests/corpus/expected/.

The expectations are never generated from the code. A failure prints the
expected and the found outline side by side as a diff.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import pytest
import yaml

from essay_site.decoding import decode
from essay_site.formats import parse
from essay_site.model import Essay, Section
from essay_site.read import source_text
from essay_site.ui import Interface

CORPUS = Path(__file__).resolve().parent / "corpus"


def corpus_cases() -> list[Any]:
    cases = []
    for expected in sorted([*CORPUS.glob("expected/*.yml"), *CORPUS.glob("extra/expected/*.yml")]):
        data = yaml.safe_load(expected.read_text(encoding="utf-8"))
        essay = expected.parent.parent / "essays" / data["essay"]
        cases.append(pytest.param(essay, data, id=expected.stem))
    return cases


def read(path: Path) -> Essay:
    return parse(source_text(f"seeds/{path.name}", path.stem, decode(str(path), path.read_bytes())))


def expected_outline(sections: list[Any], depth: int = 0) -> list[str]:
    lines = []
    for entry in sections:
        heading, subsections = (entry, []) if isinstance(entry, str) else (entry["heading"], entry.get("subsections") or [])
        lines.append("    " * depth + heading)
        lines.extend(expected_outline(subsections, depth + 1))
    return lines


def found_outline(sections: tuple[Section, ...], depth: int = 0) -> list[str]:
    lines = []
    for section in sections:
        lines.append("    " * depth + section.heading)
        lines.extend(found_outline(section.subsections, depth + 1))
    return lines


def summary(outline: list[str], notes: int, parts: bool) -> list[str]:
    return [*outline, f"-- footnotes: {notes}", f"-- split into parts: {parts}"]


@pytest.mark.parametrize(("path", "expected"), corpus_cases())
def test_sections_as_an_editor_reads_them(path: Path, expected: dict[str, Any]) -> None:
    essay = read(path)
    parts = bool(expected["split_into_parts"])
    # Parts are labelled by the code ("Part 3: …"); the essay only says whether it has them.
    outline = [] if essay.split_into_parts else found_outline(essay.sections)
    want = summary(expected_outline(expected["sections"] or []), expected["footnotes"], parts)
    got = summary(outline, len(essay.notes), essay.split_into_parts)
    diff = "\n".join(difflib.unified_diff(want, got, "expected (by reading)", "found", lineterm=""))
    assert got == want, f"{path.name}:\n{diff}"


@pytest.mark.parametrize(("path", "expected"), [c for c in corpus_cases() if c.values[1]["split_into_parts"]])
def test_parts_have_readable_labels(path: Path, expected: dict[str, Any]) -> None:
    essay = read(path)
    ui = Interface.of(essay.language)  # labelled in the essay's language: "Parte 3: …", "第3部：…"
    for number, section in enumerate(essay.sections, 1):
        prefix = ui("part_titled", n=number, words="")
        assert section.heading.startswith(prefix) and len(section.heading) > len(prefix) + 3, section.heading
