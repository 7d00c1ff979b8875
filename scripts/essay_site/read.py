"""The input end of the pipeline: files → decoded, normalised text.

Together with write.py, this is the only module that touches the filesystem.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import get_yaml_loader

from .decoding import decode
from .formats.detect import MARKDOWN_SUFFIXES
from .freshness import inputs_digest
from .model import EssayError, SourceText

log = logging.getLogger("essay_site")

# Plain text, or Markdown (read by formats/markdown.py whatever its content).
# Plain text under its other names (a reStructuredText essay is read as plain text: rstinline.py), Org files, Markdown.
ESSAY_SUFFIXES = (".txt", ".text", ".rst", ".org", *MARKDOWN_SUFFIXES)

# Characters that carry no text and only break word matching: zero-width space,
# word joiner and a BOM that survived inside the text. ZWJ/ZWNJ are kept on
# purpose: Persian, Indic scripts and emoji sequences need them.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
# C0/C1 control characters other than tab; the line splitter already consumed
# the line breaks (\n, \r, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029).
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every
# plane) are not text: YAML and HTML validators refuse them.
NONCHARACTER = re.compile(
    "[\ufdd0-\ufdef" + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)) + "]"
)


@dataclasses.dataclass(frozen=True)
class MarkdownSetup:
    """The Markdown extensions of mkdocs.yml, so escaping matches rendering."""

    extensions: tuple[Any, ...]
    configs: dict[str, dict[str, Any]]


@dataclasses.dataclass(frozen=True)
class Inputs:
    essay: SourceText
    glossary: tuple[str, str] | None  # (path, YAML text)
    redirects: tuple[str, str] | None  # (path, YAML text)
    markdown: MarkdownSetup
    site_url: str | None
    # What the output depends on, as freshness.py digests it ("" when unknown).
    digest: str = ""


def read_inputs(root: Path, seeds: Path, mkdocs_yml: Path) -> Inputs:
    """Find the one essay in `seeds/` and read it with its companion files."""
    essay_path = find_essay(root, seeds)
    stem = essay_path.stem
    config = read_mkdocs_config(mkdocs_yml)
    return Inputs(
        essay=read_essay(root, essay_path),
        glossary=read_optional(root, seeds / f"{stem}.glossary.yml"),
        redirects=read_optional(root, seeds / f"{stem}.redirects.yml"),
        markdown=markdown_setup(config),
        site_url=config.get("site_url"),
        digest=inputs_digest(root),
    )


def display(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def find_essay(root: Path, seeds: Path) -> Path:
    if not seeds.is_dir():
        raise EssayError(display(root, seeds), "the seeds folder does not exist")
    # Hidden files are editor droppings (Emacs' `.#essay.txt` lock is a .txt).
    essays = sorted(p for p in seeds.iterdir() if p.suffix.lower() in ESSAY_SUFFIXES and not p.name.startswith("."))
    if not essays:
        raise EssayError(display(root, seeds), "no essay found: add one *.txt or *.md file (or .markdown, .qmd, .Rmd, .org, .rst)")
    if len(essays) > 1:
        names = ", ".join(p.name for p in essays)
        raise EssayError(
            display(root, seeds),
            f"found {len(essays)} essays ({names}); this build takes exactly one",
        )
    return essays[0]


def check_inside(root: Path, path: Path) -> None:
    """Refuse files reached through a symlink that leaves the project.

    GitHub Pages uploads dereference links, so such a file would publish
    whatever it points at.
    """
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise EssayError(
            display(root, path),
            f"is a symlink to {resolved}, outside the project; copy it into the project instead",
        )


def read_essay(root: Path, path: Path) -> SourceText:
    shown = display(root, path)
    check_inside(root, path)
    return source_text(shown, path.stem, decode(shown, read_bytes(shown, path)))


def read_bytes(shown: str, path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:  # a folder named *.txt, a broken link, no permission
        raise EssayError(shown, f"cannot be read ({error.strerror or error})") from None


def source_text(shown: str, stem: str, text: str) -> SourceText:
    """Decoded text → lines. str.splitlines is the one line splitter: it
    takes \r\n, lone \r, form feed, \x1c-\x1e, \x85, U+2028 and U+2029."""
    raw = text.splitlines()
    lines = tuple(clean_line(shown, n, line) for n, line in enumerate(raw, 1))
    if not text:
        raise EssayError(shown, "is empty")
    if not any(line.strip() for line in lines):
        raise EssayError(shown, "has no text, only whitespace or invisible characters")
    breaks = frozenset(n for n, line in enumerate(raw, 1) if line.endswith("  ") and line.strip())
    return SourceText(path=shown, stem=stem, lines=lines, breaks=breaks)


def clean_line(shown: str, number: int, line: str) -> str:
    """Normalise one line: NFC, no invisible characters, no control characters."""
    if CONTROL.search(line):
        found = sorted({f"U+{ord(c):04X}" for c in CONTROL.findall(line)})
        log.warning("%s:%d: removed control characters %s", shown, number, " ".join(found))
        line = CONTROL.sub("", line)
    if NONCHARACTER.search(line):
        found = sorted({f"U+{ord(c):04X}" for c in NONCHARACTER.findall(line)})
        log.warning("%s:%d: removed Unicode noncharacters %s", shown, number, " ".join(found))
        line = NONCHARACTER.sub("", line)
    if "\ufffd" in line:
        log.warning("%s:%d: kept U+FFFD replacement characters: the text was already damaged", shown, number)
    # Tab stops every four columns, as CommonMark sets them: a tab-indented
    # line of Markdown is code, and code keeps its indentation.
    return unicodedata.normalize("NFC", line.translate(INVISIBLE).expandtabs(4)).rstrip()


def read_optional(root: Path, path: Path) -> tuple[str, str] | None:
    if not path.exists():
        return None
    shown = display(root, path)
    check_inside(root, path)
    text = decode(shown, read_bytes(shown, path))
    if NONCHARACTER.search(text):
        line = text.count("\n", 0, NONCHARACTER.search(text).start()) + 1
        log.warning("%s:%d: removed Unicode noncharacters", shown, line)
        text = NONCHARACTER.sub("", text)
    return shown, text


def read_mkdocs_config(mkdocs_yml: Path) -> dict[str, Any]:
    # mkdocs' own loader understands its !!python tags; a str source skips
    # INHERIT, whose target is generated by this very build.
    return yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=get_yaml_loader()) or {}  # noqa: S506


def read_markdown_setup(mkdocs_yml: Path) -> MarkdownSetup:
    return markdown_setup(read_mkdocs_config(mkdocs_yml))


def markdown_setup(config: dict[str, Any]) -> MarkdownSetup:
    extensions: list[Any] = []
    configs: dict[str, dict[str, Any]] = {}
    for entry in config.get("markdown_extensions", []):
        if isinstance(entry, dict):
            (name, options), = entry.items()
            extensions.append(name)
            configs[name] = options or {}
        else:
            extensions.append(entry)
    return MarkdownSetup(tuple(extensions), configs)
