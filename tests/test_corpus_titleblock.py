"""Real essays: format, language, title block, clutter and body, compared with
the expectations written by reading each essay (tests/corpus/expected/).

Only the expectation fields of the format readers are asserted here; the
sections, footnotes and key terms are other tests' business.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from essay_site.decoding import decode
from essay_site.formats import parse
from essay_site.model import Block, Essay, Section
from essay_site.read import read_essay

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
EXPECTED = sorted([*CORPUS.glob("expected/*.yml"), *CORPUS.glob("extra/expected/*.yml")])
_WORD = re.compile(r"[^\W\d_]+")
NOTES_LABEL = re.compile(r"^(?:foot|end)?notes?:?$", re.IGNORECASE)
NOTE_LABEL = re.compile(r"^\s*\[[^\W\d_]{2,20}\s+\w{1,3}:\s*", re.IGNORECASE)  # "[Footnote A: ", "[Nota A: "
# Markdown that holds no words of the essay: a link's definition, a callout's marker.
LINK_DEFINITION = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s*\S")
# A pandoc div's fence (`::: {.column-page}`) has no words either.
CALLOUT_MARKER = re.compile(r"^\s*(?:(?:!!!|\?\?\?\+?)\s+[\w-]+\s*|:{3,}\s*(?:[\w-]+|\{[^}]*\})\s*|>\s*\[![A-Za-z]+\]\s*)")
_PARSED: dict[Path, Essay] = {}


def expected(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def essay_file(path: Path, spec: dict[str, Any]) -> Path:
    return path.parent.parent / "essays" / spec["essay"]


def essay_for(path: Path) -> Essay:
    if path not in _PARSED:
        _PARSED[path] = parse(read_essay(ROOT, essay_file(path, expected(path))))
    return _PARSED[path]


def ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def title_block(essay: Essay) -> dict[str, Any]:
    authors = [m.value for m in essay.meta if m.label == "Author"]
    dates = [m.value for m in essay.meta if m.label == "Date"]
    epigraph = essay.epigraph[0].items[0].strip("\"“”'‘’ ") if essay.epigraph else None
    return {
        "format": essay.format,
        "language": essay.language,
        "title": essay.title,
        "subtitle": essay.dek,
        "authors": authors,
        "date": dates[0] if dates else None,
        "epigraph_starts": epigraph,
        "title_note": essay.title_note is not None,
    }


@pytest.mark.parametrize("path", EXPECTED, ids=ids(EXPECTED))
def test_format_language_and_title_block(path: Path) -> None:
    spec = expected(path)
    got = title_block(essay_for(path))
    want = {key: spec.get(key) for key in got}
    want["authors"] = want["authors"] or []
    want["date"] = None if want["date"] is None else str(want["date"])
    if want["epigraph_starts"] and got["epigraph_starts"] and got["epigraph_starts"].startswith(want["epigraph_starts"].strip("\"“”'‘’ ")):
        got["epigraph_starts"] = want["epigraph_starts"]
    diff = [f"  {key}: expected {want[key]!r}\n  {' ' * len(key)}  got      {got[key]!r}" for key in got if got[key] != want[key]]
    assert not diff, f"{spec['essay']}:\n" + "\n".join(diff)


def clutter_cases() -> list[Any]:
    cases = []
    for path in EXPECTED:
        for span in expected(path).get("clutter") or []:
            cases.append(pytest.param(path, span, id=f"{path.stem}:{span['first']}-{span['last']}"))
    return cases


@pytest.mark.parametrize(("path", "span"), clutter_cases())
def test_clutter_is_not_in_the_essay(path: Path, span: dict[str, Any]) -> None:
    essay = essay_for(path)
    # The title block may repeat in clutter (a Gutenberg header names the
    # title): only the essay's body must be free of it.
    text, items = model_text(essay, body_only=True)
    lines = essay_lines(path)
    # A list of corrected misprints quotes each line as corrected, which is
    # the essay's own line: text cannot tell those apart, so they are skipped.
    spans = expected(path).get("clutter") or []
    kept_lines = {normal(t) for n, t in enumerate(lines, 1) if not any(c["first"] <= n <= c["last"] for c in spans)}
    leaked = []
    for number in range(span["first"], span["last"] + 1):
        line = normal(lines[number - 1])
        if not re.search(r"\w", line) or line in kept_lines:
            continue
        # A long line, or one without letters ("{4}"), must not be inside any
        # text; a short one ("THE END.") must not be an item of its own.
        long_or_mark = len(line.split()) >= 4 or not _WORD.search(line)
        if (long_or_mark and line in text) or line in items:
            leaked.append(f"  line {number}: {lines[number - 1].strip()!r}")
    assert not leaked, f"{span['what']} is still in the essay:\n" + "\n".join(leaked[:10])


@pytest.mark.parametrize("path", EXPECTED, ids=ids(EXPECTED))
def test_every_body_paragraph_is_kept(path: Path) -> None:
    """The opening words of every paragraph of the body are in the essay, in order."""
    spec = expected(path)
    kept = " " + " ".join(words(model_text(essay_for(path))[0])) + " "
    missing = []
    for number, first_line in body_paragraphs(path, spec):
        opening = " ".join(opening_words(first_line)[:5])
        if opening and f" {opening} " not in kept:
            missing.append(f"  line {number}: {first_line.strip()[:80]!r}")
    assert not missing, f"{spec['essay']}: body paragraphs missing from the essay:\n" + "\n".join(missing[:15])


# --- helpers -------------------------------------------------------------------


def essay_lines(path: Path) -> list[str]:
    file = essay_file(path, expected(path))
    return decode(str(file), file.read_bytes()).splitlines()


def normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def words(text: str) -> list[str]:
    # Casefold first, as normal() does: "İ" casefolds to "i" and a combining
    # dot, which splits the word the same way on both sides.
    return _WORD.findall(text.casefold())


def opening_words(line: str) -> list[str]:
    """The words of a paragraph's first line as a reader sees them: Markdown
    link targets, images and HTML tags are not words of the essay, and a word
    hyphenated at the line end is left to the hyphen rules."""
    if NOTES_LABEL.match(line.strip()):
        return []  # the label over the notes is structure, not prose
    line = NOTE_LABEL.sub("", line)  # "[Footnote A: The author …" → the note's text
    if LINK_DEFINITION.match(line):
        return []  # "[MkDocs]: https://…" defines a link's target: no words
    line = CALLOUT_MARKER.sub("", line)  # '!!! warning "Title"' shows its title; "> [!NOTE]" nothing
    line = re.sub(r"\^\[[^\]]*\]", "", line)  # an inline note ("loyal^[lol] readers") is a note, not the paragraph's
    line = re.sub(r"\{/?[a-z]{1,3}\d{1,3}\}", "", line)  # a translation tool's placeholder: "{a2}şöyle{/a2}"
    line = re.sub(r"(?<!!)\[(?=[^\[\]]*\]\()", "", line)  # a link's text is text: "[a](x)[b](y)" reads "ab"
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|\]\[[^\]]*\]|<[^>]*>|\*\*?|(?<!\w)_|_(?!\w)", "", line)
    text = re.sub(r"https?://\S+", " ", text)
    if text.rstrip().endswith("-"):
        text = text.rstrip()[:-1].rsplit(" ", 1)[0]
    return words(text)


def body_paragraphs(path: Path, spec: dict[str, Any]) -> list[tuple[int, str]]:
    """(line, first line) of each paragraph from body_starts to body_ends,
    outside the clutter ranges."""
    lines = essay_lines(path)
    start = find_line(lines, spec["body_starts"])
    end = find_line(lines, spec["body_ends"], start)
    clutter = {n for s in spec.get("clutter") or [] for n in range(s["first"], s["last"] + 1)}
    found: list[tuple[int, str]] = []
    previous_blank = True
    for number in range(start, end + 1):
        text = lines[number - 1]
        if text.strip() and previous_blank and number not in clutter and opening_words(text):
            found.append((number, text))
        previous_blank = not text.strip()
    return found


def find_line(lines: list[str], words_: str, after: int = 1) -> int:
    target = normal(words_)
    for number in range(after, len(lines) + 1):
        if target in normal(lines[number - 1]) or target in normal(" ".join(lines[number - 1 : number + 1])):
            return number
    raise AssertionError(f"expectation text not found in the essay: {words_!r}")


def model_text(essay: Essay, body_only: bool = False) -> tuple[str, set[str]]:
    """All the essay's text as one string, and the set of its single items."""
    items: list[str] = [] if body_only else [essay.title, essay.dek or "", *(m.value for m in essay.meta)]
    items += block_items(essay.epigraph) + block_items(essay.intro)
    for section in essay.sections:
        items += section_items(section)
    items += [n.text for n in essay.notes]
    normalised = [normal(i) for i in items if i]
    return "\n".join(normalised), set(normalised)


def block_items(blocks: tuple[Block, ...]) -> list[str]:
    return [item for block in blocks for item in block.items]


def section_items(section: Section) -> list[str]:
    found = [section.heading, *block_items(section.blocks)]
    for sub in section.subsections:
        found += section_items(sub)
    return found
