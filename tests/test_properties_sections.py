"""Property-based tests of the plain-text reader's structure: heading styles,
nesting, hard wraps with hyphens, and notes, on generated essays."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from essay_site.formats.wraps import Spelling, join_lines
from essay_site.model import Section
from helpers import essay_of

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
NOUNS = ["garden", "river", "market", "winter", "letter", "mountain", "harbour", "kitchen", "teacher", "village"]
ADJECTIVES = ["quiet", "early", "broken", "golden", "distant", "open", "second", "hidden"]
# Common words that a hyphen at a line end breaks into syllables.
BROKEN = {"devel-opment": "development", "convic-tion": "conviction", "cer-tain": "certain", "with-out": "without",
          "impor-tant": "important", "gov-ernment": "government", "pos-sible": "possible", "ques-tion": "question"}
# Compounds whose hyphen belongs to the word.
COMPOUNDS = ["good-natured", "co-developers", "production-quality", "well-known", "long-term", "self-evident"]

title_words = st.lists(st.sampled_from(NOUNS + ADJECTIVES), min_size=1, max_size=4).map(" ".join)


@st.composite
def prose(draw: st.DrawFn, min_words: int = 30) -> str:
    """A paragraph of sentences, without lines that could read as headings."""
    words = draw(st.lists(st.sampled_from(NOUNS + ADJECTIVES + ["the", "and", "of"]), min_size=min_words, max_size=80))
    return f"The {' '.join(words)}."


def styled(style: str, n: int, title: str) -> tuple[str, str]:
    """(heading line as written, heading as the reader shows it)."""
    shown_title = title.capitalize()
    if style == "roman":
        return f"{ROMAN[n]}.  {title.upper()}", f"{ROMAN[n]}. {title.title()}"
    if style == "bare roman":
        return f"{ROMAN[n]}.", ROMAN[n]
    if style == "chapter":
        return f"CHAPTER {ROMAN[n]}.\n\n{title.upper()}.", f"Chapter {ROMAN[n]}: {title.title()}"
    if style == "arabic":
        return f"{n + 1}. {title.title()}", f"{n + 1}. {title.title()}"
    if style == "caps":
        return title.upper(), title.title()
    return shown_title, shown_title


def outline(sections: tuple[Section, ...], depth: int = 0) -> list[str]:
    return [line for s in sections for line in ["  " * depth + s.heading, *outline(s.subsections, depth + 1)]]


@given(
    style=st.sampled_from(["roman", "bare roman", "chapter", "arabic", "caps", "plain"]),
    titles=st.lists(title_words, min_size=2, max_size=6),
    data=st.data(),
)
def test_every_heading_of_the_essays_style_is_found(style: str, titles: list[str], data: st.DataObject) -> None:
    parts, expected = ["An Essay", data.draw(prose())], []
    for n, title in enumerate(titles):
        line, shown = styled(style, n, title)
        parts += [line, data.draw(prose()), data.draw(prose())]
        expected.append(shown)
    e = essay_of("\n\n".join(parts))
    assert outline(e.sections) == expected
    assert len(e.intro) == 1


@given(tree=st.lists(st.lists(st.integers(min_value=0, max_value=3), min_size=0, max_size=3), min_size=2, max_size=4), data=st.data())
def test_styles_nest_roman_over_arabic_over_letters(tree: list[list[int]], data: st.DataObject) -> None:
    """Roman sections hold arabic subsections, which hold lettered ones."""
    parts, expected = ["An Essay", data.draw(prose())], []
    for i, subsections in enumerate(tree):
        parts += [f"{ROMAN[i]}.  {NOUNS[i].upper()} MATTERS", data.draw(prose())]
        expected.append(f"{ROMAN[i]}. {NOUNS[i].title()} Matters")
        for j, letters in enumerate(subsections):
            parts += [f"{j + 1}. {ADJECTIVES[j].upper()} WAYS", data.draw(prose())]
            expected.append(f"  {j + 1}. {ADJECTIVES[j].title()} Ways")
            for k in range(letters):
                parts += [f"{'ABCD'[k]}. {NOUNS[k].title()} Things", data.draw(prose())]
                expected.append(f"    {'ABCD'[k]}. {NOUNS[k].title()} Things")
    e = essay_of("\n\n".join(parts))
    assert outline(e.sections) == expected


@given(
    words=st.lists(st.sampled_from(NOUNS + ADJECTIVES + list(BROKEN.values()) + COMPOUNDS), min_size=5, max_size=60),
    width=st.integers(min_value=20, max_value=70),
    spaces=st.sampled_from([" ", "  "]),
)
def test_wrapped_lines_join_back_to_the_text(words: list[str], width: int, spaces: str) -> None:
    """Wrapping at any width, with justified double spaces, then joining,
    gives the text back; compounds broken at their hyphen keep it."""
    text = " ".join(words)
    lines = [spaces.join(line.split()) for line in textwrap.wrap(text, width, break_on_hyphens=True)]
    assert join_lines(lines, Spelling.of(())) == text


@given(word=st.sampled_from(sorted(BROKEN)), before=st.sampled_from(NOUNS), after=st.sampled_from(NOUNS))
def test_a_syllable_break_at_a_line_end_is_undone(word: str, before: str, after: str) -> None:
    head, tail = word.split("-")
    assert join_lines([f"the {before} {head}-", f"{tail} {after}"], Spelling.of(())) == f"the {before} {BROKEN[word]} {after}"


@st.composite
def noted_essay(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    count = draw(st.integers(min_value=1, max_value=5))
    keys = draw(st.sampled_from([[str(n) for n in range(1, count + 1)], list("ABCDE"[:count])]))
    paragraphs = [draw(prose()) for _ in range(count + 1)]
    body = "\n\n".join(f"{p[:-1]} here.[{k}]" for p, k in zip(paragraphs, keys)) + "\n\n" + paragraphs[-1]
    notes, entries = {}, []
    for key in keys:
        # The last note is one paragraph: a paragraph after it is the essay's closing.
        extra = draw(st.booleans()) and key != keys[-1]
        text = f"Source {key} of {draw(title_words)}."
        notes[key] = text + (f"\n\nMore on {key}." if extra else "")
        entries.append(f"[{key}] {text}" + (f"\n\nMore on {key}." if extra else ""))
    label = draw(st.sampled_from(["Notes\n\n", "FOOTNOTES:\n\n", ""]))
    return f"An Essay\n\n{body}\n\n{label}" + "\n\n".join(entries), notes


@given(noted_essay())
def test_every_note_is_found_and_every_marker_linked(case: tuple[str, dict[str, str]]) -> None:
    text, notes = case
    e = essay_of(text)
    assert {n.key: n.text for n in e.notes} == notes
    prose_text = " ".join(b.text for b in e.intro)
    assert all(f"[{key}]" in prose_text for key in notes)
    assert "Source" not in prose_text
