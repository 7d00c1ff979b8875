"""Related sections: TF-IDF over every glossary term, at most three, each with its own reason."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from essay_site.formats import parse
from essay_site.glossary import load_glossary
from essay_site.link import link
from essay_site.model import Mention, Page
from essay_site.read import source_text
from essay_site.terms.related import MAX_RELATED, POSTINGS_CAP, related_sections

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def sample_linked():  # noqa: ANN201
    essay_path = next(SEEDS.glob("000_*.txt"))
    glossary_path = essay_path.with_name(essay_path.stem + ".glossary.yml")
    essay = parse(source_text(f"seeds/{essay_path.name}", essay_path.stem, essay_path.read_text(encoding="utf-8")))
    return link(essay, load_glossary(str(glossary_path), glossary_path.read_text(encoding="utf-8")))


def test_sample_essay_lists_at_most_three_each_with_its_own_reason() -> None:
    linked = sample_linked()
    slugs = {t.slug for t in linked.glossary.terms}
    lists = []
    for page in linked.pages:
        related = linked.related[page.slug]
        assert len(related) <= MAX_RELATED
        assert page.slug not in {r.slug for r in related}
        reasons = [r.shared for r in related]
        assert len(set(reasons)) == len(reasons), (page.slug, reasons)
        assert all(r.shared and set(r.shared) <= slugs for r in related)
        assert [r.score for r in related] == sorted((r.score for r in related), reverse=True)
        lists.append(tuple(reasons))
    assert any(lists)
    assert len(set(lists)) == len(lists), "two pages give the same reasons"


def pages(n: int) -> list[Page]:
    return [Page(f"s{i}", f"Section {i}", ()) for i in range(n)]


def mentions(found: dict[str, dict[str, int]]) -> list[Mention]:
    return [Mention(term, page, "a", "s.") for page, terms in found.items() for term, n in terms.items() for _ in range(n)]


def test_a_term_in_every_section_relates_nothing() -> None:
    found = {"s0": {"openness": 5}, "s1": {"openness": 5}, "s2": {"openness": 5, "tariffs": 1}}
    related = related_sections(pages(3), mentions(found))
    assert related == {"s0": (), "s1": (), "s2": ()}


def test_shared_distinctive_terms_relate_sections_and_name_the_reason() -> None:
    found = {
        "s0": {"openness": 3, "tariffs": 2, "ports": 1},
        "s1": {"openness": 3, "tariffs": 3, "ports": 2},
        "s2": {"openness": 3, "weather": 4},
        "s3": {"openness": 1, "weather": 2, "rain": 1},
    }
    related = related_sections(pages(4), mentions(found))
    assert [r.slug for r in related["s0"]] == ["s1"]
    assert related["s0"][0].shared == ("tariffs", "ports")
    assert [r.slug for r in related["s2"]] == ["s3"] and related["s2"][0].shared == ("weather",)
    assert all("openness" not in r.shared for rs in related.values() for r in rs)


def test_a_thousand_sections_stay_near_linear() -> None:
    """Every section shares a common term and a term with its neighbours:
    postings are capped, so no section scores every other one."""
    n = 1000
    found = {f"s{i}": {"common": 1 + i % 3, f"t{i // 4}": 2, f"u{i % 50}": 1} for i in range(n)}
    start = time.perf_counter()
    related = related_sections(pages(n), mentions(found))
    elapsed = time.perf_counter() - start
    assert all(len(r) <= MAX_RELATED for r in related.values())
    assert elapsed < 5.0, elapsed
    assert POSTINGS_CAP < n // 10


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from("abcdefgh"), st.integers(1, 5), max_size=5), min_size=1, max_size=12))
def test_related_sections_hold_for_any_mentions(found_per_page: list[dict[str, int]]) -> None:
    """At most three, never the page itself, strongest first, each reason
    made of terms both sections mention, and no term every section has."""
    found = {f"s{i}": terms for i, terms in enumerate(found_per_page)}
    related = related_sections(pages(len(found)), mentions(found))
    everywhere = set.intersection(*(set(t) for t in found.values()))
    for slug, entries in related.items():
        assert len(entries) <= MAX_RELATED and slug not in {r.slug for r in entries}
        assert [r.score for r in entries] == sorted((r.score for r in entries), reverse=True)
        for r in entries:
            assert r.shared and set(r.shared) <= set(found[slug]) & set(found[r.slug])
            assert not set(r.shared) & everywhere
