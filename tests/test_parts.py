"""Essays without headings: parts of about PART_WORDS words at paragraph
boundaries, labelled by their opening words."""

from __future__ import annotations

from essay_site.formats.parts import PART_WORDS, opening_words, split_into_parts
from essay_site.model import Block
from helpers import essay_of, paragraph


def test_labels_are_opening_words_cut_at_a_word_boundary() -> None:
    assert opening_words("The Lisp years were the best of my working life.") == "The Lisp years were the best…"
    assert opening_words("Some years ago, as I was walking home") == "Some years ago"
    assert opening_words("Rain.") == "Rain"
    assert opening_words("私に親しいある老科学者がある日私に次のようなことを語って聞かせた。") == "私に親しいある老科学者がある日私…"
    assert opening_words("頭のいい人は、言わば足の早い旅人のようなものである。") == "頭のいい人は"


def blocks(count: int, words: int) -> tuple[Block, ...]:
    return tuple(Block("paragraph", (paragraph(words, f"P{i}"),), 10 * i + 1) for i in range(count))


def test_parts_are_about_part_words_long() -> None:
    parts = split_into_parts(blocks(24, 150))
    assert [len(p.blocks) for p in parts] == [8, 8, 8]
    assert [p.heading.split(":")[0] for p in parts] == ["Part 1", "Part 2", "Part 3"]


def test_a_part_begins_at_the_authors_own_break_when_one_is_near() -> None:
    paras = blocks(24, 150)
    parts = split_into_parts(paras, frozenset({paras[5].line}))
    assert [len(p.blocks) for p in parts] == [5, 8, 8, 3]
    assert parts[1].blocks[0] == paras[5]
    # A break too early (under half a part) is no reason to cut.
    assert [len(p.blocks) for p in split_into_parts(paras, frozenset({paras[2].line}))] == [8, 8, 8]
    scene = (*paras[:6], Block("paragraph", ("* * *",), 999), *paras[6:])
    parts = split_into_parts(scene)
    assert parts[0].blocks[-1].text == "* * *" and parts[1].blocks[0] == paras[6]


def test_a_short_japanese_essay_is_one_page_and_a_long_one_is_split() -> None:
    sentence = "頭のいい人は、言わば足の早い旅人のようなものである。" * 10
    short = essay_of("題\n\n" + "\n\n".join(sentence for _ in range(15)))
    assert not short.split_into_parts
    long = essay_of("題\n\n" + "\n\n".join(sentence for _ in range(40)))
    assert long.split_into_parts
    assert long.sections[0].heading == "Part 1: 頭のいい人は"
    assert PART_WORDS == 1200


def test_a_word_with_vowel_signs_is_one_word() -> None:
    from essay_site.text import word_count

    # Python's re counts a combining vowel sign as a break: "हिन्दी" was three words.
    assert word_count("हिन्दी भाषा") == 2
    assert word_count("പത്രപ്രവർത്തനത്തൊഴിൽ ഒരു കല") == 3
    assert word_count("co-developers didn’t ship") == 3
