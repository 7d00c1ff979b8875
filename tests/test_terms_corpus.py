"""The automatic glossary measured on real essays.

Each essay's expected `key_terms` and `themes` were written by reading it
(tests/corpus/README.md). Per essay: precision@15 (of the first 15 extracted
terms, the share an editor listed) and recall (of the editor's terms, the
share the whole glossary finds). An extracted term matches an expected one
when their names or aliases agree after case folding, dropping a leading
article or possessive, and lemmatising each word.

Junk, never allowed: a URL, a number, a contraction, a function word, or a
common word (lower case, Zipf ≥ 5.5 in the essay's language) that the
editor did not list.

A second editor listed terms for every essay too, by reading it, blind to the
first list and to the program (tests/corpus/second_editor/): how far the
second editor's first 15 agree with the first editor's list is the human
baseline the program is compared with.

The clutter ranges of each expectation (Gutenberg header and licence, front
matter, page markers) are cut from the text before parsing, so these figures
measure the glossary, not the readers; for the same reason the essay's
language is taken from the expectation. `python tests/test_terms_corpus.py`
prints the table that README.md shows.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
import unicodedata
from pathlib import Path

import pytest
import regex
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from essay_site.formats import parse  # noqa: E402
from essay_site.glossary import names  # noqa: E402
from essay_site.model import Essay, Term  # noqa: E402
from essay_site.read import decode, source_text  # noqa: E402
from essay_site.terms import key_terms  # noqa: E402
from essay_site.terms.lemmas import function_words, lemma, zipf  # noqa: E402

CORPORA = [Path(__file__).parent / "corpus", Path(__file__).parent / "corpus" / "extra"]
SECOND_EDITOR = Path(__file__).parent / "corpus" / "second_editor"
PEOPLE = Path(__file__).parent / "corpus" / "people"
README = Path(__file__).resolve().parents[1] / "README.md"
AT = 15
COMMON_ZIPF = 5.5
# An apostrophe that is not a possessive 's: "didn't", "codin'".
CONTRACTION = re.compile(r"['’](?!s\b)", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def expectations() -> list[Path]:
    return sorted(p for corpus in CORPORA for p in (corpus / "expected").glob("*.yml"))


@functools.cache
def load(expected: Path) -> tuple[dict, Essay]:
    """The essay as a build reads it (the readers, clutter and all, are
    held to each expectation by the corpus reader tests), in the language
    the expectation states: detecting it is the readers' job, measured
    elsewhere."""
    data = yaml.safe_load(expected.read_text(encoding="utf-8"))
    path = expected.parent.parent / "essays" / data["essay"]
    essay = parse(source_text(data["essay"], path.stem, decode(str(path), path.read_bytes())))
    return data, dataclasses.replace(essay, language=data["language"])


@functools.cache
def extracted(expected: Path) -> tuple[Term, ...]:
    return tuple(key_terms(load(expected)[1]))


def norm(text: str, language: str) -> str:
    # Case is kept for the lemmatiser, which needs it in German (Verstand, verstand → verstehen).
    text = unicodedata.normalize("NFKC", text).replace("’", "'")
    text = _LEADING_ARTICLE.sub("", re.sub(r"'s\b", "", text, flags=re.IGNORECASE))
    # Words with their combining marks (Hebrew points, Devanagari vowel signs), as the extractor reads them.
    words = regex.findall(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*", text)
    return " ".join(lemma(w, language) for w in words)


def matches(term: Term, wanted: str, language: str) -> bool:
    return norm(wanted, language) in {norm(n, language) for n in names(term)}


def measure(expected: Path) -> dict:
    data, essay = load(expected)
    language = data["language"]
    terms = extracted(expected)
    wanted = [str(t) for t in data["key_terms"]]
    top, hits = hits_in_top(expected, wanted)
    found = [w for w in wanted if any(matches(t, w, language) for t in terms)]
    return {
        "essay": data["essay"],
        "language": language,
        "precision": len(hits) / len(top) if top else 0.0,
        "recall": len(found) / len(wanted),
        "junk": [t.term for t in terms if junk(t, wanted, language)],
        "missed": [w for w in wanted if w not in found],
        "extra": [t.term for t in top if t not in hits],
        "themes": [t.term for t in terms if t.theme],
        "themes_listed": theme_agreement(terms, data, language),
    }


def second_editor(expected: Path) -> list[str]:
    data = yaml.safe_load((SECOND_EDITOR / f"{expected.stem}.yml").read_text(encoding="utf-8"))
    return [str(t) for t in data["key_terms"]]


def human_baseline(expected: Path) -> float:
    """Share of the second editor's first 15 terms that the first editor listed."""
    data, _ = load(expected)
    language = data["language"]
    first = {norm(str(w), language) for w in data["key_terms"]}
    top = second_editor(expected)[:AT]
    return sum(norm(w, language) in first for w in top) / len(top)


def hits_in_top(expected: Path, wanted: list[str]) -> tuple[tuple[Term, ...], list[Term]]:
    """The first 15 extracted terms, and those of them the list names."""
    language = load(expected)[0]["language"]
    top = extracted(expected)[:AT]
    return top, [t for t in top if any(matches(t, w, language) for w in wanted)]


def precision_against(expected: Path, wanted: list[str]) -> float:
    top, hits = hits_in_top(expected, wanted)
    return len(hits) / len(top) if top else 0.0


def theme_agreement(terms: tuple[Term, ...], data: dict, language: str) -> float:
    """Share of the extracted themes that the editor listed as a theme or a key term."""
    themes = [t for t in terms if t.theme]
    listed = [str(w) for w in [*data["themes"], *data["key_terms"]]]
    return sum(any(matches(t, w, language) for w in listed) for t in themes) / max(len(themes), 1)


def junk(term: Term, wanted: list[str], language: str) -> bool:
    name = term.term
    if re.search(r"://|www\.|\.(?:com|org|net)\b|\d", name) or CONTRACTION.search(name):
        return True
    words = name.split()
    if len(words) == 1 and name.casefold() in function_words(language):
        return True
    # A name in its own case ("Go", "God") is not a common word, whatever its spelling.
    common = len(words) == 1 and not name[:1].isupper() and zipf((name,), language) >= COMMON_ZIPF
    return common and not any(matches(term, w, language) for w in wanted)


def target(language: str) -> float:
    return 0.7 if language == "en" else 0.5


# Precision@15 as measured and shown in README.md ("Automatic glossary").
MEASURED = {
    "01_thoreau_civil_disobedience": 0.67,
    "02_swift_modest_proposal": 0.73,
    "03_james_will_to_believe": 0.87,
    "04_marx_engels_communist_manifesto": 0.40,
    "05_cox_go_open_source_community": 0.60,
    "06_gross_codin_dirty": 0.53,
    "07_emerson_self_reliance_hyphenated": 0.58,
    "08_mill_utilitarianism": 0.53,
    "09_terada_kagakusha_to_atama": 0.50,
    "10_xlinsist_wusun_trek": 0.53,
    "11_opensource_guide_finding_users_ko": 0.44,
    "12_go_blog_go_turns_10_webpage": 0.60,
    "13_thoreau_walking": 0.47,
    "14_ahad_haam_lo_zeh_haderech": 0.27,
    "15_herzen_omnia_mea_mecum_porto": 0.60,
    "16_kant_was_ist_aufklaerung": 0.67,
    "17_kurd_ali_ghabat_suriya": 0.33,
    "18_ramakrishna_pillai_patrapravarthana_thozhil": 0.31,
    "19_rodo_ariel": 0.47,
    "20_kropotkine_aux_jeunes_gens": 0.38,
    "21_grunewald_against_llm_reductionism": 0.47,
    "22_fogazzaro_il_dolore_nell_arte": 0.40,
    "23_camilo_castelo_branco_a_senhora_rattazzi": 0.27,
    "24_muir_why_i_like_the_tidyverse": 0.55,
    "25_cook_arrow_query_result_transfer": 0.27,
    "26_squidfunk_goodbye_github_discussions": 0.47,
    "27_electron_new_release_cadence": 0.36,
    "29_psycharis_oi_archaioi": 0.53,
    "30_navarro_personal_essay_on_bayes_factors": 0.47,
    "31_montaigne_eri_kirjailijoista": 0.47,
    "32_opensource_guide_building_community_tr": 0.53,
    "33_opensource_guide_code_of_conduct_hi": 0.50,
    "34_robespierre_projet_constitution_1791": 0.47,
}


@pytest.mark.parametrize("expected", expectations(), ids=lambda p: p.stem)
def test_precision_holds_what_the_readme_reports(expected: Path) -> None:
    """No change may lose more than one editor's term of the fifteen."""
    result = measure(expected)
    assert result["precision"] >= MEASURED.get(expected.stem, 0.0) - 1 / AT - 1e-9, result


def below_target(expected: Path) -> bool:
    language = yaml.safe_load(expected.read_text(encoding="utf-8"))["language"]
    return MEASURED.get(expected.stem, 0.0) < target(language)


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param(e, marks=pytest.mark.xfail(strict=True, reason="below issue 13's target; see README")) if below_target(e) else e
        for e in expectations()
    ],
    ids=lambda p: p.stem,
)
def test_key_terms_meet_the_target(expected: Path) -> None:
    """Issue 13's target: precision@15 ≥ 0.7 in English, ≥ 0.5 otherwise.
    Strict xfail where not met yet, so reaching it turns the test red until
    MEASURED and README are updated."""
    result = measure(expected)
    assert result["precision"] >= target(result["language"]), result


@pytest.mark.parametrize("expected", expectations(), ids=lambda p: p.stem)
def test_no_junk_term(expected: Path) -> None:
    result = measure(expected)
    assert result["junk"] == [], result


# Essays whose themes are known to fall short, and why (see README).
FEW_THEMES: dict[str, str] = {}


@pytest.mark.parametrize(
    "expected",
    [pytest.param(e, marks=pytest.mark.xfail(strict=True, reason=FEW_THEMES[e.stem])) if e.stem in FEW_THEMES else e for e in expectations()],
    ids=lambda p: p.stem,
)
def test_three_to_five_themes_none_a_name(expected: Path) -> None:
    """Issue 13: 3 to 5 themes, never a person. The people each essay names
    were listed by reading it (tests/corpus/people/), blind to the program."""
    terms = extracted(expected)
    themes = [t for t in terms if t.theme]
    assert 3 <= len(themes) <= 5, [t.term for t in terms]
    language = load(expected)[0]["language"]
    named = {norm(person, language) for person in people(expected)}
    assert not [t.term for t in themes if named.intersection(norm(n, language) for n in names(t))], [t.term for t in themes]


def people(expected: Path) -> list[str]:
    data = yaml.safe_load((PEOPLE / f"{expected.stem}.yml").read_text(encoding="utf-8"))
    return [str(person) for person in data["people"] or []]


def test_readme_shows_the_measured_table() -> None:
    assert table() in README.read_text(encoding="utf-8")


def table() -> str:
    rows = [
        "| essay | language | terms | precision@15 | recall | themes the editor listed"
        " | precision@15 against the second editor | second editor against the first |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for expected in expectations():
        r = measure(expected)
        rows.append(
            f"| {r['essay']} | {r['language']} | {len(extracted(expected))} | {r['precision']:.2f} | {r['recall']:.2f}"
            f" | {r['themes_listed']:.2f} | {precision_against(expected, second_editor(expected)):.2f}"
            f" | {human_baseline(expected):.2f} |"
        )
    return "\n".join(rows)


# Thresholds of the ranker and the values a leave-one-out check tries.
THRESHOLDS = {
    "COMMON_ZIPF": [5.4, 5.6, 5.8, 6.0, 6.2],
    "FAIRLY_COMMON_ZIPF": [5.0, 5.25, 5.5, 5.75],
    "MARKEDLY": [0.6, 0.9, 1.2, 1.5, 1.8],
    "PHRASE_STEP": [0.5, 1.0, 1.5, 2.0, 2.5],
    "NAME_DISCOUNT": [0.5, 1.0, 1.5, 2.0, 2.5],
    "MIN_PHRASE_USES": [2, 3, 4],
    "NESTED_SHARE": [0.4, 0.5, 0.6, 0.7, 0.8],
    "NOUN_SHARE": [0.1, 0.2, 0.3, 0.4, 0.5],
    "PHRASE_NOUN_SHARE": [0.0, 0.1, 0.2, 0.3],
    "HEAD_SHARE": [0.3, 0.4, 0.5, 0.6, 0.7],
    "MIN_EVIDENCE": [0.0, 3.0, 4.0, 5.0, 5.5, 6.0, 6.5, 7.0],
}


def leave_one_out() -> None:
    """For each threshold: choose its value on all essays but one, measure
    the one left out, and compare with the value in the code. A held-out
    mean below the code's means the code's value generalises at least as
    well as tuning would; above it, tuning on the corpus would help."""
    from essay_site.terms import rank, select

    essays = expectations()
    for name, grid in THRESHOLDS.items():
        module = rank if hasattr(rank, name) else select
        current = getattr(module, name)
        table = {}
        for value in sorted({*grid, current}):
            setattr(module, name, value)
            extracted.cache_clear()
            table[value] = [measure(e)["precision"] for e in essays]
        setattr(module, name, current)
        extracted.cache_clear()
        held_out = []
        for left in range(len(essays)):
            def trained(value: float) -> tuple[float, bool]:
                return round(sum(p for i, p in enumerate(table[value]) if i != left), 6), value == current

            held_out.append(table[max(table, key=trained)][left])
        mean = sum(table[current]) / len(essays)
        print(f"{name}: in code {current} → {mean:.3f}; chosen without the essay → {sum(held_out) / len(essays):.3f}")


if __name__ == "__main__" and "--loo" in sys.argv:
    leave_one_out()
elif __name__ == "__main__":
    for expected in expectations():
        r = measure(expected)
        print(f"{r['essay']}: P={r['precision']:.2f} R={r['recall']:.2f} themes={r['themes']}")
        print(f"   extra={r['extra']}\n   missed={r['missed']}\n   junk={r['junk']}")
    print(table())
