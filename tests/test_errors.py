"""Bad input → one clear error line, exit status 2, and docs/ untouched.

Each case replaces the essay of a project whose docs/ a good build already
generated, runs the CLI, and compares the error line exactly: errors are part
of the contract.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
from pathlib import Path

import pytest

import build_docs
from essay_site.build import build
from sandbox import fixture, make_project, run_cli, snapshot

BODY = "The first paragraph of the essay, with enough words to be prose.\n"
GLOSSARY_OK = "terms:\n  - term: Paperback\n    definition: A cheap book with a soft cover.\n"


@dataclasses.dataclass(frozen=True)
class Outside:
    """A file outside the project, reached through a symlink in seeds/."""

    data: bytes


@dataclasses.dataclass(frozen=True)
class Case:
    id: str
    seeds: dict[str, bytes | Outside]  # the whole of seeds/
    error: str  # `{outside}` stands for the folder outside the project


def essay(text: str) -> dict[str, bytes | Outside]:
    return {"essay.txt": text.encode()}


def with_glossary(yml: str | bytes) -> dict[str, bytes | Outside]:
    return {"essay.txt": f"A Title\n\n{BODY}".encode(), "essay.glossary.yml": yml if isinstance(yml, bytes) else yml.encode()}


def with_redirects(yml: str) -> dict[str, bytes | Outside]:
    return {"essay.txt": f"A Title\n\n{BODY}".encode(), "essay.redirects.yml": yml.encode()}


CASES = [
    Case("empty", essay(""), "seeds/essay.txt: is empty"),
    Case("whitespace", {"essay.txt": b" \n\t\n\r\n\xc2\xa0 \n"}, "seeds/essay.txt: has no text, only whitespace or invisible characters"),
    Case("bom-and-zero-width", {"essay.txt": b"\xef\xbb\xbf\xe2\x80\x8b\n\n"}, "seeds/essay.txt: has no text, only whitespace or invisible characters"),
    Case("binary", {"essay.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, "seeds/essay.txt:3: is binary data, not text (NUL byte at byte offset 8)"),
    Case("latin-1", {"essay.txt": "A Title\n\nCafé society.\n".encode("latin-1")}, "seeds/essay.txt:3: is not valid UTF-8 (byte 0xe9 at byte offset 12); save it as UTF-8"),
    Case("cp1252-quotes", {"essay.txt": b"A Title\n\n" + BODY.encode() + b"\x93Quoted\x94\n"}, "seeds/essay.txt:4: is not valid UTF-8 (byte 0x93 at byte offset 74); save it as UTF-8"),
    Case("utf-16-bom-broken", {"essay.txt": "A Title\n\n".encode("utf-16") + b"\x00\xd8\n\x00"},
         "seeds/essay.txt: is not valid UTF-16 (at byte offset 20, after its byte order mark); save it as UTF-8"),
    Case("utf-16-le", {"essay.txt": f"A Title\n\n{BODY}".encode("utf-16-le")},
         "seeds/essay.txt: looks like UTF-16 text without a byte order mark (NUL byte at byte offset 1); save it as UTF-8"),
    Case("utf-16-be", {"essay.txt": f"A Title\n\n{BODY}".encode("utf-16-be")},
         "seeds/essay.txt: looks like UTF-16 text without a byte order mark (NUL byte at byte offset 0); save it as UTF-8"),
    Case("declared-greek-not-greek", {"essay.txt": b"Character set encoding: ISO-8859-7\n\nA Title\n\n" + BODY.encode() + b"Bad \xff byte.\n"},
         "seeds/essay.txt:6: is not valid ISO-8859-7, the encoding its header declares on line 1 (byte 0xff at byte offset 114); save it as UTF-8"),
    Case("title-only", essay("A Title With Nothing Under It\n\n\n"), "seeds/essay.txt:1: has a title but no body"),
    Case("title-after-blank-lines", essay("\n\n   A Title\n"), "seeds/essay.txt:3: has a title but no body"),
    Case("title-and-byline", essay("A Title\n\nBy Jane Doe\nMarch 3, 2021\n"), "seeds/essay.txt:1: has a title but no body"),
    Case("only-clutter", essay("As an Amazon Associate I earn from qualifying purchases.\n"), "seeds/essay.txt: nothing is left after removing web clutter"),
    Case("no-essay", {}, "seeds: no essay found: add one *.txt or *.md file (or .markdown, .qmd, .Rmd, .org, .rst)"),
    Case("two-essays", {"a.txt": b"A\n\nBody.\n", "b.txt": b"B\n\nBody.\n"}, "seeds: found 2 essays (a.txt, b.txt); this build takes exactly one"),
    Case("essay-symlink-out", {"essay.txt": Outside(f"A Title\n\n{BODY}".encode())}, "seeds/essay.txt: is a symlink to {outside}/essay.txt, outside the project; copy it into the project instead"),
    Case("glossary-symlink-out", {"essay.txt": f"A Title\n\n{BODY}".encode(), "essay.glossary.yml": Outside(GLOSSARY_OK.encode())},
         "seeds/essay.glossary.yml: is a symlink to {outside}/essay.glossary.yml, outside the project; copy it into the project instead"),
    Case("glossary-syntax", with_glossary("terms:\n  - term: Paperback\n    definition: [unclosed\n  - term: Other\n"),
         "seeds/essay.glossary.yml:4: is not valid YAML: did not find expected ',' or ']'"),
    Case("glossary-tab", with_glossary("terms:\n\t- term: Paperback\n"), "seeds/essay.glossary.yml:2: is not valid YAML: found character that cannot start any token"),
    Case("glossary-duplicate-term", with_glossary(GLOSSARY_OK + "  - term: paperback\n    definition: The same again.\n"),
         "seeds/essay.glossary.yml:4: 'paperback' in entry 'paperback' duplicates 'Paperback' (line 2); "
         "terms and aliases must be unique, ignoring case and Unicode form"),
    Case("glossary-alias-of-another-term", with_glossary(GLOSSARY_OK + "  - term: Softcover\n    aliases: [PAPERBACK]\n    definition: x\n"),
         "seeds/essay.glossary.yml:4: 'PAPERBACK' in entry 'Softcover' duplicates 'Paperback' (line 2); "
         "terms and aliases must be unique, ignoring case and Unicode form"),
    Case("glossary-unicode-form", with_glossary("terms:\n  - term: ﬁnal draft\n    definition: x\n  - term: Final Draft\n    definition: y\n"),
         "seeds/essay.glossary.yml:4: 'Final Draft' in entry 'Final Draft' duplicates 'ﬁnal draft' (line 2); "
         "terms and aliases must be unique, ignoring case and Unicode form"),
    Case("glossary-duplicate-key", with_glossary("terms:\n  - term: Paperback\n    definition: One.\n    definition: Two.\n"),
         "seeds/essay.glossary.yml:4: is not valid YAML: duplicate key 'definition' (first on line 3)"),
    Case("glossary-scalar-aliases", with_glossary("terms:\n  - term: Paperback\n    definition: x\n    aliases: price\n"),
         "seeds/essay.glossary.yml:2: entry 'Paperback': aliases must be a list, e.g. ['price'] (got 'price')"),
    Case("glossary-flow-duplicate-key", with_glossary("terms:\n  - {term: Paperback, definition: a, definition: b}\n"),
         "seeds/essay.glossary.yml:2: is not valid YAML: duplicate key 'definition' (first on line 2)"),
    Case("glossary-unknown-field", with_glossary(GLOSSARY_OK + "    colour: blue\n"),
         "seeds/essay.glossary.yml:2: entry 'Paperback' has unknown field 'colour' (known: term, aliases, definition, see_also, theme)"),
    Case("glossary-empty-term", with_glossary("terms:\n  - term: ''\n    definition: x\n"),
         "seeds/essay.glossary.yml:2: entry needs a non-empty 'term' (got '')"),
    Case("redirects-scalar", with_redirects("redirects: old-slug\n"),
         "seeds/essay.redirects.yml:1: 'redirects' must map old slug to new slug, e.g. 'old-heading: new-heading' (got 'old-slug')"),
    Case("redirects-unknown-field", with_redirects("redirects: {a: b}\nmoved: {c: d}\n"),
         "seeds/essay.redirects.yml:1: needs one top-level 'redirects:' mapping of old slug to new slug (got ['moved', 'redirects'])"),
    Case("redirects-duplicate-key", with_redirects("redirects:\n  old: a\n  old: b\n"),
         "seeds/essay.redirects.yml:3: is not valid YAML: duplicate key 'old' (first on line 2)"),
    Case("glossary-latin-1", with_glossary("terms:\n  - term: Café\n    definition: x\n".encode("latin-1")),
         "seeds/essay.glossary.yml:2: is not valid UTF-8 (byte 0xe9 at byte offset 20); save it as UTF-8"),
]


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose docs/ a good build generated: a failing build must leave it alone."""
    root = make_project(tmp_path_factory.mktemp("good"), fixture("footnotes"))
    assert build(root) == 0
    return root


@pytest.fixture
def project(previous: Path, tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(previous, root, symlinks=True)
    return root


def replace_seeds(root: Path, files: dict[str, bytes | Outside], outside: Path) -> None:
    shutil.rmtree(root / "seeds")
    (root / "seeds").mkdir()
    for name, data in files.items():
        if isinstance(data, Outside):
            outside.mkdir(exist_ok=True)
            (outside / name).write_bytes(data.data)
            (root / "seeds" / name).symlink_to(outside / name)
        else:
            (root / "seeds" / name).write_bytes(data)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_one_clear_error(project: Path, tmp_path: Path, case: Case, caplog: pytest.LogCaptureFixture) -> None:
    outside = tmp_path / "outside"
    replace_seeds(project, case.seeds, outside)
    before = snapshot(project / "docs")
    with caplog.at_level(logging.WARNING, logger="essay_site"):
        status = build_docs.main(["--root", str(project)])
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert status == 2
    assert errors == [case.error.format(outside=outside.resolve())]
    assert snapshot(project / "docs") == before


def test_the_cli_prints_one_error_line_and_exits_2(project: Path) -> None:
    (project / "seeds" / "essay.txt").write_bytes(b"A Title\n\nNa\xefve text.\n")
    before = snapshot(project / "docs")
    for args in ((), ("--check",), ("--suggest-glossary",)):
        result = run_cli(project, *args)
        assert (result.returncode, result.stdout) == (2, ""), args
        assert result.stderr.splitlines()[-1] == "ERROR: seeds/essay.txt:3: is not valid UTF-8 (byte 0xef at byte offset 11); save it as UTF-8"
        assert "Traceback" not in result.stderr
    assert snapshot(project / "docs") == before


def test_control_characters_are_removed_with_a_warning_naming_the_line(project: Path) -> None:
    (project / "seeds" / "essay.txt").write_bytes(b"A Title\n\nPlain prose here.\n\nA bell\x07 and an escape\x1b[0m in the text.\n")
    result = run_cli(project)
    assert result.returncode == 0, result.stderr
    assert "WARNING: seeds/essay.txt:5: removed control characters U+0007 U+001B" in result.stderr.splitlines()
    read = (project / "docs" / "read.md").read_text(encoding="utf-8")
    assert "A bell and an escape\\[0m in the text." in read


def test_docs_reached_through_a_symlink_out_of_the_project(project: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    shutil.move(project / "docs", outside)
    (project / "docs").symlink_to(outside)
    before = snapshot(outside)
    result = run_cli(project)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        f"ERROR: docs: is a symlink to {outside.resolve()}, outside the project; copy it into the project instead"
    )
    assert snapshot(outside) == before


@pytest.mark.parametrize(
    ("name", "kind", "error"),
    [
        ("essay.txt", "folder", "seeds/essay.txt: cannot be read (Is a directory)"),
        ("essay.txt", "broken link", "seeds/essay.txt: cannot be read (No such file or directory)"),
    ],
)
def test_an_essay_that_cannot_be_read(project: Path, name: str, kind: str, error: str, caplog: pytest.LogCaptureFixture) -> None:
    replace_seeds(project, {}, project)
    if kind == "folder":
        (project / "seeds" / name).mkdir()
    else:
        (project / "seeds" / name).symlink_to("missing.txt")
    before = snapshot(project / "docs")
    assert build_docs.main(["--root", str(project), "--quiet"]) == 2
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == [error]
    assert snapshot(project / "docs") == before


def test_hidden_editor_files_are_not_essays(project: Path) -> None:
    # Emacs keeps a lock symlink `.#essay.txt` beside a file being edited.
    (project / "seeds" / ".#essay.txt").symlink_to("user@host.1234:1700000000")
    assert run_cli(project, "--check").returncode == 0
