"""Shapes of real essays: each fixture parses as a reader would expect, and
builds a site that passes `mkdocs build --strict`.

The fixtures are in tests/fixtures/essays/; the two too big to commit (a 70 KB
memoir without headings, a 1 MB essay of 1,000 sections) come from
tests/essay_gen.py.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import logging
import os
import re
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

import essay_gen
from essay_site import cards
from essay_site.build import generate
from essay_site.terms import extract_glossary
from essay_site.link import link, section_slugs
from essay_site.model import Block, Essay
from essay_site.formats.lines import LIST_ITEM
from essay_site.formats.titlelines import byline_date, byline_name
from essay_site.formats.plain import PART_WORDS, parse
from essay_site.read import read_inputs, source_text
from essay_site.slugs import slugify
from essay_site.text import sentences, word_count
from essay_site.write import Manifest
from sandbox import FIXTURES, fixture, make_project, mkdocs_build, run_cli
from _site_server import site_url
from site_check import broken_links, duplicate_ids, missing_words, site_pages

SHAPES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def essay(text: str, path: str = "seeds/essay.txt") -> Essay:
    return parse(source_text(path, "essay", text))


def blocks(e: Essay) -> list[Block]:
    return [*e.intro, *(b for s in e.sections for b in s.blocks)]


def headings(e: Essay) -> list[str]:
    return [s.heading for s in e.sections]


def test_every_fixture_has_a_parsing_test() -> None:
    """Each file in tests/fixtures/essays/ is built below (SHAPES is the folder's
    listing) and read by a parsing test of its own: a new fixture without one fails."""
    source = Path(__file__).read_text(encoding="utf-8")
    untested = [shape for shape in SHAPES if f'fixture("{shape}")' not in source and f'"{shape}.txt"' not in source]
    assert len(SHAPES) >= 8 and not untested, f"fixtures without a parsing test: {untested}"


# --- parsing, one shape at a time -------------------------------------------


def test_no_headings_is_split_into_parts_at_paragraph_boundaries() -> None:
    text = essay_gen.memoir()
    assert 69_000 < len(text.encode()) < 72_000
    paragraphs = text.split("\n\n")[1:]
    e = essay(text)
    assert e.split_into_parts and not e.intro
    # "Part 3: <its opening words>", never a bare number.
    assert [h.split(": ", 1)[0] for h in headings(e)] == [f"Part {n}" for n in range(1, len(e.sections) + 1)]
    for section in e.sections:
        label = section.heading.split(": ", 1)[1].removesuffix("…")
        assert section.blocks[0].text.startswith(label), (label, section.blocks[0].text[:60])
    assert len(e.sections) >= 8
    # Every paragraph once, in order, each part whole paragraphs of ~PART_WORDS words.
    assert [b.text for b in blocks(e)] == [p.strip() for p in paragraphs if p.strip()]
    for section in e.sections:
        words = word_count(" ".join(b.text for b in section.blocks))
        assert PART_WORDS / 3 <= words < PART_WORDS * 1.5, (section.heading, words)


def test_hard_wrapped_lines_are_joined_lists_and_headings_kept() -> None:
    source = fixture("hard_wrapped")
    e = essay(source)
    assert headings(e) == [
        "Before the water came", "The first night", "What we needed, in order",
        "The things we now keep by the door", "After the water went down",
    ]
    # Each paragraph is one line of text again, exactly the words of its lines.
    first = e.sections[0].blocks[0]
    assert first.kind == "paragraph"
    assert first.text.startswith("For eleven years our street had been the kind of place where people waved from their cars and never quite")
    assert first.text.endswith("politely inside its banks.")
    kinds = {s.heading: [(b.kind, b.ordered, len(b.items)) for b in s.blocks] for s in e.sections}
    # A numbered list with wrapped items; a bullet list right under its paragraph.
    assert kinds["What we needed, in order"] == [("paragraph", False, 1), ("list", True, 4), ("paragraph", False, 1)]
    assert kinds["The things we now keep by the door"] == [("paragraph", False, 1), ("list", False, 4), ("paragraph", False, 1)]
    steps = e.sections[2].blocks[1].items
    assert steps[0] == "Information that was local and current, even if it was incomplete."
    assert e.sections[3].blocks[1].items[0] == "a wind-up torch and a wind-up radio, because batteries are always flat when you need them"
    # The last heading has its wrapped prose right under it, no blank line between.
    assert kinds["After the water went down"] == [("paragraph", False, 1), ("paragraph", False, 1)]
    # Nothing lost or reordered: the words of the file, list markers aside.
    lines = [(m.group("text") if (m := LIST_ITEM.match(line)) else line) for line in source.splitlines()]
    parsed = [e.title, *(part for s in e.sections for part in (s.heading, *(b.text for b in s.blocks)))]
    assert words_of("\n".join(lines)) == words_of("\n".join(parsed))


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def test_table_of_contents_is_not_a_run_of_empty_sections() -> None:
    e = essay(fixture("table_of_contents"))
    assert e.dek == "What an adult beginner learns about patience, practice and failing in public"
    assert headings(e) == ["The Instrument Arrives", "Learning to Hold the Bow", "The Plateau", "Playing for Other People", "What Stays"]
    assert all(len(s.blocks) == 2 for s in e.sections)
    assert not e.intro


@pytest.mark.parametrize(
    "contents",
    [
        "Contents\n\nThe Instrument Arrives\n\nLearning to Hold the Bow\n\nThe Plateau",  # one entry per block
        "Table of contents:\nThe Instrument Arrives\nLearning to Hold the Bow\nThe Plateau",  # labelled block
        "In this essay\n\n1. The Instrument Arrives\n2. Learning to Hold the Bow\n3. The Plateau",  # numbered entries
    ],
)
def test_table_of_contents_variants(contents: str) -> None:
    body = fixture("table_of_contents").split("\n\n", 2)[2].split("\n\n", 1)[1]
    e = essay(f"A Year With the Cello\n\n{contents}\n\n{body}")
    assert headings(e)[:3] == ["The Instrument Arrives", "Learning to Hold the Bow", "The Plateau"]
    assert all(s.blocks for s in e.sections)
    assert all(not LIST_ITEM.match(b.text) for b in e.intro)


def test_contents_with_page_numbers_and_dot_leaders() -> None:
    body = fixture("table_of_contents").split("\n\n", 2)[2].split("\n\n", 1)[1]
    contents = "The Instrument Arrives ..... 1\nLearning to Hold the Bow ..... 4\nThe Plateau ..... 9\nWhat Stays 15"
    e = essay(f"A Year With the Cello\n\n{contents}\n\n{body}")
    assert headings(e) == ["The Instrument Arrives", "Learning to Hold the Bow", "The Plateau", "Playing for Other People", "What Stays"]
    assert not e.intro


def test_short_lines_that_name_no_heading_are_not_a_contents_list() -> None:
    # Verse at the top is a run of heading-like lines too; it names no
    # section, so it stays in the text instead of vanishing.
    verse = "Roses are red\nViolets are blue\nSugar is sweet\nAnd so are you"
    e = essay(f"A Title\n\n{verse}\n\nFirst part\n\nSome prose under it.\n\nSecond part\n\nMore prose.")
    # It stays as written: one verse block, a line per item.
    assert [(b.kind, b.items) for b in e.intro] == [("verse", tuple(verse.split("\n")))]
    assert headings(e) == ["First part", "Second part"]


def test_a_footnote_marker_does_not_hide_the_end_of_a_sentence() -> None:
    # "It was.[1]" ends a sentence: not a heading, and a line after it in the
    # same block starts a new paragraph only when the lines are not wrapped.
    e = essay("A Title\n\nIntro prose here.\n\nA short claim.[1]\n\nHeading\n\nProse.\n\nNotes\n\n[1] A source.")
    assert [b.text for b in e.intro] == ["Intro prose here.", "A short claim.[1]"]
    assert headings(e) == ["Heading"]
    assert [n.key for n in e.notes] == ["1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The danda ends a Hindi sentence, as a full stop does.
        ("पुस्तकालय लोकतंत्र की नींव हैं। आज भी वे साधन हैं।", ["पुस्तकालय लोकतंत्र की नींव हैं।", "आज भी वे साधन हैं।"]),
        ("هل هذا صحيح؟ نعم هو كذلك.", ["هل هذا صحيح؟", "نعم هو كذلك."]),
        ("یہ کتاب ہے۔ وہ قلم ہے۔", ["یہ کتاب ہے۔", "وہ قلم ہے۔"]),
        # Greek writes its question mark as ";".
        ("Εἰ διδακτὸν ἡ ἀρετή; Αυτό ρωτούσαν όλοι.", ["Εἰ διδακτὸν ἡ ἀρετή;", "Αυτό ρωτούσαν όλοι."]),
        ("Both; either. Then.", ["Both; either.", "Then."]),
        # A name's initial ends no sentence: "With an Introduction by W." had been Mill's description.
        ("With an Introduction by W. L. Courtney. Then.", ["With an Introduction by W. L. Courtney.", "Then."]),
        ("А. И. Герцен писал. Да.", ["А. И. Герцен писал.", "Да."]),
    ],
)
def test_sentences_end_at_each_scripts_full_stop(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_citation_after_et_al_does_not_end_the_sentence() -> None:
    """21's "the language model studied in Olsson et al. (2022) …" was
    quoted as "… studied in Olsson et al."; a sentence may still end there."""
    assert sentences("The model in Olsson et al. (2022) learns in phases. It is small.") == [
        "The model in Olsson et al. (2022) learns in phases.",
        "It is small.",
    ]
    assert sentences("See Nanda et al. 2023 for more. Done.") == ["See Nanda et al. 2023 for more.", "Done."]
    assert sentences("It was shown by Olsson et al. Then it grew.") == ["It was shown by Olsson et al.", "Then it grew."]


def test_a_page_or_volume_before_its_number_does_not_end_the_sentence() -> None:
    """A cited paper's "(see Venables 2002, p. 33; …)" had made the link
    preview end at "p."; before a word, "p." may still end one."""
    assert sentences("Earlier work (see Venables 2002, p. 33; Bates 2015) holds. See fig. 4 and vol. 2. Done.") == [
        "Earlier work (see Venables 2002, p. 33; Bates 2015) holds.", "See fig. 4 and vol. 2.", "Done.",
    ]
    assert sentences("He wrote it on a napkin in ch. Then he left.") == ["He wrote it on a napkin in ch.", "Then he left."]
    # A paragraph's own number is no sentence; a year that ends one still ends it.
    assert sentences("1. Moral philosophy has two manners. Each has merit.") == ["1. Moral philosophy has two manners.", "Each has merit."]
    assert sentences("It happened in 1848. Then it ended.") == ["It happened in 1848.", "Then it ended."]


def test_an_abbreviation_that_introduces_does_not_end_the_sentence() -> None:
    """30's "some of the MDL people (e.g. Jorma Rissanen) don't want …" was
    quoted from "Jorma Rissanen) don't want"."""
    assert sentences("Some people (e.g. Jorma Rissanen) do not. Others do.") == ["Some people (e.g. Jorma Rissanen) do not.", "Others do."]
    assert sentences("Compare them (cf. Smith 2020). Then stop.") == ["Compare them (cf. Smith 2020).", "Then stop."]
    assert sentences("I like the news. Then more.") == ["I like the news.", "Then more."]


def test_repeated_title_and_headings_get_unique_stable_ids() -> None:
    e = essay(fixture("repeated_headings"))
    assert e.title == "The Two Gardens"
    assert len(e.intro) == 1  # the title repeated as the first heading is gone
    assert headings(e) == ["In the Front", "What Grew There", "In the Back", "What Grew There", "What Grew There"]
    slugs = section_slugs(e)
    assert slugs == ("in-the-front", "what-grew-there", "in-the-back", "what-grew-there-2", "what-grew-there-3")
    linked = link(e, extract_glossary(e))
    anchors = [p.anchor for page in (linked.index, *linked.pages) for p in page.paras]
    assert len(set(anchors)) == len(anchors)
    assert not set(anchors) & {*slugs, slugify(e.title)}
    # Stable: the same ids from a fresh parse, with a different file name.
    again = link(essay(fixture("repeated_headings"), "seeds/other.txt"), linked.glossary)
    assert [p.anchor for page in (again.index, *again.pages) for p in page.paras] == anchors


def test_non_latin_headings_get_readable_unicode_slugs() -> None:
    e = essay(fixture("non_latin"))
    assert e.dek == "Notes from a family that cooks in Korean, Chinese and Russian"
    assert headings(e) == ["김치찌개", "红烧肉", "Пельмени", "Смешанный стол: a mixed table"]
    assert section_slugs(e) == ("김치찌개", "红烧肉", "пельмени", "смешанный-стол-a-mixed-table")
    anchors = [p.anchor for page in link(e, extract_glossary(e)).pages for p in page.paras]
    assert anchors[0].startswith("kimchi-jjigae-김치찌개")
    assert all(a and a == a.strip("-") and not re.search(r"[\s#?/%]", a) for a in anchors)


def test_headings_that_slugify_to_nothing_or_clash_still_get_unique_slugs() -> None:
    # The parser never takes a line without letters as a heading, so these
    # can only come from a future rule: the slugs must hold anyway.
    e = essay(fixture("repeated_headings"))
    names = ["???", "— · —", "Glossary", "glossary", "Index", "Ünïcödé", "Search"]
    sections = tuple(dataclasses.replace(e.sections[0], heading=h) for h in names)
    slugs = section_slugs(dataclasses.replace(e, sections=sections))
    assert slugs == ("section-1", "section-2", "glossary-2", "glossary-3", "index-2", "ünïcödé", "search-2")


def test_lists_are_rendered_as_lists_never_headings() -> None:
    e = essay(fixture("lists"))
    assert headings(e) == ["The lessons", "What the notebook holds", "What I would do differently"]
    assert not any(LIST_ITEM.match(h) for h in headings(e))
    lists = [(b.ordered, b.start, b.items[0][:20]) for b in blocks(e) if b.kind == "list"]
    assert lists == [
        (True, 1, "Start before you are"),
        (True, 2, "Your first customers"),
        (True, 3, "Write everything dow"),
        (False, 1, "the recipe, by weigh"),
        (False, 1, "I would lease a smal"),
        (True, 4, "Look after the peopl"),
    ]
    bullets = next(b for b in blocks(e) if b.kind == "list" and not b.ordered)
    assert len(bullets.items) == 3 and not bullets.items[0].startswith("•")


def test_footnote_markers_and_notes_become_notes() -> None:
    e = essay(fixture("footnotes"))
    assert headings(e) == ["A book for sixpence", "Readers nobody had counted", "What we inherited"]
    assert [n.key for n in e.notes] == ["1", "2", "3", "4"]
    assert e.notes[1].text.startswith("Continental paperback series")


def test_front_matter_is_metadata_not_sections() -> None:
    e = essay(fixture("front_matter"))
    assert [(m.label, m.value[:30]) for m in e.meta] == [
        ("Author", "Helen Marsh"),
        ("Date", "March 4, 2024"),
        ("Abstract", "Across Europe, towns that lost"),
        ("Copyright", "Copyright © 2024 Helen Marsh. "),
    ]
    assert headings(e) == ["The case that was made in the sixties", "The case that is made now", "What the campaigns have in common"]
    assert e.intro[0].text.startswith("In the 1960s")


@pytest.mark.parametrize(
    "line",
    ["By the time we arrived, the house was gone.", "By then nobody remembered the name of the street."],
)
def test_prose_starting_with_by_is_not_a_byline(line: str) -> None:
    e = essay(f"Title\n\n{line}\n\nHeading\n\nSome prose under it.")
    assert not e.meta
    assert e.intro[0].text == line


def test_stray_characters_are_normalised_and_control_characters_reported(caplog: pytest.LogCaptureFixture) -> None:
    path = FIXTURES / "stray_characters.txt"
    with caplog.at_level(logging.WARNING, logger="essay_site"):
        e = parse(source_text("seeds/essay.txt", "essay", path.read_bytes().decode("utf-8")))
    assert [r.getMessage() for r in caplog.records] == [
        "seeds/essay.txt:19: kept U+FFFD replacement characters: the text was already damaged",
        "seeds/essay.txt:25: removed control characters U+0007",
        "seeds/essay.txt:27: removed control characters U+001B",
    ]
    text = "\n".join(b.text for b in blocks(e))
    assert not re.search(r"[\x00-\x08\x0e-\x1f\x7f\u200b\u00a0]", text)
    assert "“useful drawer”" in text and "father’s" in text and "1970–\ufffd" in text
    assert "pesetas, marks" in text and "currencies — francs" in text  # the zero-width space is gone
    # Lines of only punctuation are kept, as they are, as paragraphs: never
    # a list or a heading (the page shows "* * *" and "---" as the author's
    # scene breaks, link.py).
    breaks = [b for b in blocks(e) if not re.search(r"\w", b.text)]
    assert [(b.kind, b.text) for b in breaks] == [("paragraph", "'''"), ("paragraph", "* * *"), ("paragraph", "---")]
    assert headings(e) == ["The drawer", "The coins", "What we kept", "Afterword"]


@pytest.mark.parametrize(
    ("name", "transform"),
    [
        ("CRLF", lambda t: t.replace("\n", "\r\n")),
        ("lone CR", lambda t: t.replace("\n", "\r")),
        ("BOM", lambda t: "\ufeff" + t),
        ("U+2028", lambda t: t.replace("\n", "\u2028")),
        ("form feed between sections", lambda t: t.replace("\n\nThe coins\n", "\n\f\nThe coins\n")),
        ("tabs and trailing spaces", lambda t: t.replace("\n", " \t \n")),
        ("decomposed accents", lambda t: unicodedata.normalize("NFD", t)),
    ],
)
def test_line_endings_and_unicode_forms_are_normalised_silently(name: str, transform: Callable[[str], str]) -> None:
    text = fixture("stray_characters")
    assert structure(essay(transform(text))) == structure(essay(text)), name


def structure(e: Essay) -> tuple[object, ...]:
    """What a reader sees of an essay, line numbers aside."""
    def texts(blocks: tuple[Block, ...]) -> list[tuple[str, tuple[str, ...]]]:
        return [(b.kind, b.items) for b in blocks]

    return e.title, e.dek, [(m.label, m.value) for m in e.meta], texts(e.intro), [(s.heading, texts(s.blocks)) for s in e.sections]


# --- size ------------------------------------------------------------------


@pytest.mark.slow
def test_a_1mb_essay_with_1000_sections_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = essay_gen.huge()
    assert len(text.encode()) > 1_000_000
    # Social cards are tested in test_cards.py; a thousand of them would only
    # measure PNG compression here.
    monkeypatch.setattr(cards, "render_card", lambda *args: b"\x89PNG card")
    monkeypatch.setattr(cards, "render_quote_card", lambda *args: b"\x89PNG quote")
    root = make_project(tmp_path, text)
    inputs = read_inputs(root, root / "seeds", root / "mkdocs.yml")
    started = time.perf_counter()
    output = generate(inputs, Manifest())
    assert time.perf_counter() - started < 60
    pages = output.linked.pages
    assert len(pages) == 1000
    assert len({p.slug for p in pages}) == 1000
    assert sum(1 for path in output.files if path.endswith(".md")) > 1000
    assert sum(map(len, output.files.values())) < 60_000_000  # output grows linearly, not quadratically


# --- full builds --------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Built:
    source: str
    root: Path
    log: list[str]  # the CLI's log lines
    mkdocs: str | None  # None when `mkdocs build --strict` passed, else its output


def build_shape(base: Path, shape: str) -> Built:
    """The CLI, then mkdocs, on a project holding this shape's essay."""
    text = essay_gen.memoir() if shape == "memoir" else fixture(shape)
    root = make_project(base / shape, text)
    cli = run_cli(root)
    assert cli.returncode == 0, cli.stderr
    site = mkdocs_build(root)
    return Built(text, root, cli.stderr.splitlines(), None if site.returncode == 0 else site.stdout + site.stderr)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    """Every shape built into its own project, in parallel: each build is two
    subprocesses, so threads are enough."""
    base = tmp_path_factory.mktemp("shapes")
    shapes = [*SHAPES, "memoir"]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip(shapes, pool.map(lambda shape: build_shape(base, shape), shapes)))


@pytest.mark.slow
@pytest.mark.parametrize("shape", [*SHAPES, "memoir"])
@pytest.mark.slow
def test_shape_builds_a_strict_site(built: dict[str, Built], shape: str) -> None:
    result = built[shape]
    assert result.mkdocs is None, result.mkdocs
    site = result.root / "site"
    pages = site_pages(site)
    for path, tree in pages.items():
        assert not duplicate_ids(tree), (path, duplicate_ids(tree))
    assert not broken_links(site, site_url(site))
    # Every word of the essay reaches the reader, but for labels that became
    # structure: the "Notes" heading, "Published" before a date.
    text = " ".join(tree.text_content() for tree in pages.values())
    assert set(missing_words(result.source, text)) <= ABSORBED.get(shape, set())


ABSORBED = {"footnotes": {"notes"}, "front_matter": {"published"}}


@pytest.mark.slow
def test_footnotes_are_linked_both_ways(built: dict[str, Built]) -> None:
    pages = site_pages(built["footnotes"].root / "site")
    tree = pages["a-book-for-sixpence/index.html"]
    assert [a.get("href") for a in tree.cssselect("a.footnote-ref")] == ["#fn:2", "#fn:3"]
    assert [a.get("href") for a in tree.cssselect("a.footnote-backref")] == ["#fnref:2", "#fnref:3"]
    # Every note once on the one-page edition, each linked back to its marker.
    read = pages["read/index.html"]
    assert len(read.cssselect("div.footnote li")) == 4
    assert len(read.cssselect("a.footnote-ref")) == 5


@pytest.mark.slow
def test_no_footnote_marker_is_left_as_text(built: dict[str, Built]) -> None:
    for path, page in site_pages(built["footnotes"].root / "site").items():
        article = page.cssselect("article")
        assert not article or not re.search(r"\[\d+\]", article[0].text_content()), path


@pytest.mark.slow
def test_front_matter_is_shown_as_metadata(built: dict[str, Built]) -> None:
    tree = site_pages(built["front_matter"].root / "site")["index.html"]
    fields = [" ".join(p.text_content().split()) for p in tree.cssselect("p.essay-meta")]
    assert fields[0] == "Author: Helen Marsh"
    assert fields[1] == "Date: March 4, 2024"
    assert fields[2].startswith("Abstract: Across Europe")
    assert not tree.xpath("//h2[contains(., 'Abstract') or contains(., 'Helen')]")


@pytest.mark.slow
def test_lists_render_as_html_lists(built: dict[str, Built]) -> None:
    pages = site_pages(built["lists"].root / "site")
    lessons = pages["the-lessons/index.html"].cssselect("article ol")
    assert [" ".join(ol.xpath("string(li[1])").split("¶")[0].split()) for ol in lessons] == [
        "Start before you are ready.", "Your first customers are your teachers.", "Write everything down.",
    ]
    notebook = pages["what-the-notebook-holds/index.html"]
    items = notebook.xpath("//article//ul[li[@id]]/li")
    assert [li.text_content().split()[:2] for li in items] == [["the", "recipe,"], ["the", "supplier"], ["what", "goes"]]


@pytest.mark.slow
def test_numbered_lessons_keep_their_numbers(built: dict[str, Built]) -> None:
    lessons = site_pages(built["lists"].root / "site")["the-lessons/index.html"]
    assert [ol.get("start") for ol in lessons.cssselect("article ol")] == [None, "2", "3"]


@pytest.mark.slow
def test_stray_characters_render_literally(built: dict[str, Built]) -> None:
    result = built["stray_characters"]
    assert "WARNING: seeds/essay.txt:25: removed control characters U+0007" in result.log
    pages = site_pages(result.root / "site")
    article = pages["the-coins/index.html"].cssselect("article")[0]
    # "* * *" closing the section is the author's scene break before the next
    # heading, which breaks the text anyway: neither a paragraph, a list, a
    # heading nor a rule (test_link_structure renders one between passages).
    assert not [el for el in article.iter("p", "li", "h2") if "* * *" in el.text_content() or el.text_content().strip() == "*"]
    assert not article.cssselect("hr")


@pytest.mark.parametrize(
    ("line", "name", "date"),
    [
        ("By Jane Roe, 12 May 2019", "Jane Roe", "12 May 2019"),
        ("By Jane Doe · March 3, 2021", "Jane Doe", "March 3, 2021"),
        ("by Jane Doe | 2021-02-03", "Jane Doe", "2021-02-03"),
        ("By Jane Doe", "Jane Doe", None),
        ("Автор: Иван Петров, 2020", "Иван Петров", "2020"),
        # Other languages' byline words, each the author's name after it.
        ("מאת אחד העם", "אחד העם", None),
        ("بقلم محمد كرد علي", "محمد كرد علي", None),
        ("نوشتهٔ مریم احمدی", "مریم احمدی", None),
        ("लेखक: राधा शर्मा", "राधा शर्मा", None),
        ("โดย สมชาย ใจดี", "สมชาย ใจดี", None),
        ("Oleh Budi Santoso", "Budi Santoso", None),
        ("Autor: Jan Kowalski", "Jan Kowalski", None),
    ],
)
def test_a_date_after_the_bylines_name_is_the_date(line: str, name: str, date: str | None) -> None:
    assert (byline_name(line), byline_date(line)) == (name, date)


@pytest.mark.parametrize("line", ["Byzantium", "Paris, 1850", "Oleh-oleh dari Bali", "โดยทั่วไป", "Portugal"])
def test_a_word_that_starts_with_a_byline_word_is_no_byline(line: str) -> None:
    assert byline_name(line) is None
