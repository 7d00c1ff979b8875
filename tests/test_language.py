"""The essay's main language (ISO 639-1), and lines of any length in any
script: none crashes the reader, and every slug stays within its bounds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from essay_site.formats import parse
from essay_site.language import language_of
from essay_site.read import source_text
from essay_site.slugs import MAX_SLUG_BYTES, MAX_SLUG_CHARS, slugify


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The committee met on Tuesday to decide what the town should do about the library and its staff.", "en"),
        ("Le comité s'est réuni mardi pour décider de ce que la ville devait faire de la bibliothèque.", "fr"),
        ("Der Ausschuss traf sich am Dienstag, um zu entscheiden, was die Stadt mit der Bibliothek tun soll.", "de"),
        ("Комитет собрался во вторник, чтобы решить, что город должен сделать с библиотекой и её сотрудниками.", "ru"),
        ("委员会星期二开会，决定这个城市应该如何处理图书馆和它的工作人员。", "zh"),
        ("委員会は火曜日に集まり、町が図書館とその職員をどうするべきかを決めた。", "ja"),
        ("위원회는 화요일에 모여 도시가 도서관과 직원들을 어떻게 해야 할지 결정했다.", "ko"),
        ("Мир", "ru"),  # too short for the model: the script decides
        ("1234 5678", "en"),  # no letters at all
    ],
)
def test_language(text: str, code: str) -> None:
    assert language_of(text)[0] == code


def test_the_essay_gets_its_language() -> None:
    text = "한국어 에세이\n\n" + "위원회는 화요일에 모여 도시가 도서관과 직원들을 어떻게 해야 할지 결정했다. " * 20
    assert parse(source_text("seeds/k.txt", "k", text)).language == "ko"


@pytest.mark.parametrize(
    "line",
    [
        "中" * 90,  # the crash of issue 11: a 90-character line without spaces
        "한" * 5000,
        "😀" * 300,
        "word" * 2000,
        "الكلمة " * 500,
        "a-" * 3000,
    ],
)
def test_any_line_as_a_heading_gives_a_bounded_slug(line: str) -> None:
    text = f"Title\n\n{line}\n\n" + "Prose of the section that follows the heading. " * 20
    essay = parse(source_text("seeds/x.txt", "x", text))
    for heading in [s.heading for s in essay.sections] + [essay.title]:
        slug = slugify(heading)
        assert 0 < len(slug) <= MAX_SLUG_CHARS and len(slug.encode()) <= MAX_SLUG_BYTES


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_slugs_are_bounded_for_any_text(text: str) -> None:
    slug = slugify(text)
    assert slug and len(slug) <= MAX_SLUG_CHARS and len(slug.encode()) <= MAX_SLUG_BYTES


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200), min_size=1, max_size=8))
def test_no_input_crashes_the_readers(lines: list[str]) -> None:
    """Any lines, as a .txt or a .md file: an essay or one clear EssayError."""
    from essay_site.model import EssayError

    for name in ("x.txt", "x.md"):
        text = "Title\n\n" + "\n\n".join(lines)
        try:
            source = source_text(f"seeds/{name}", "x", text)
            essay = parse(source)
        except EssayError:
            continue
        assert essay.title and len(essay.language) == 2
