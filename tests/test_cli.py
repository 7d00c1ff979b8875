"""The command line: build log, warnings, --suggest-glossary, and the slug
function shared with mkdocs.yml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from essay_site.read import read_markdown_setup
from essay_site.slugs import UniqueSlugs, slugify, word_slug
from test_golden import copy_project

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_docs.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "heading",
    ["Open models change prices, expectations, and power", "The global South & middle powers", "개방형 모델의 확산",
     "Заключение и выводы", "中国的开源战略", "C++ and C#", "Ünïcödé—dashes – and ‘quotes’",
     "डिजिटल युग की चुनौतियाँ", "a_b heading", "x" * 200],
)
def test_one_slug_function_with_mkdocs_yml(heading: str) -> None:
    toc_slugify = read_markdown_setup(ROOT / "mkdocs.yml").configs["toc"]["slugify"]
    assert slugify(heading) == toc_slugify(heading, "-")


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # Vowel signs are combining marks: without them the words are others.
        ("डिजिटल युग की चुनौतियाँ", "डिजिटल-युग-की-चुनौतियाँ"),
        ("การอ่านในยุคดิจิทัล", "การอ่านในยุคดิจิทัล"),
        ("ലോകം", "ലോകം"),
        ("Ünïcödé—dashes", "ünïcödé-dashes"),
        # Decomposed input is composed first, so both spellings share a URL.
        ("Cafe\u0301 society", "café-society"),
        # Optional pointing goes: the slug of the plain spelling.
        ("שָׁלוֹם עֲלֵיכֶם", "שלום-עליכם"),
        ("اَلْعَرَبِيَّة", "العربية"),
        # Nothing invisible: a variation selector, a joiner.
        ("love ❤\ufe0f and a\u200db", "love-and-ab"),
        # Turkish capital İ lowers to i and a dot above: the address keeps the i
        # ("i%CC%87nsanlara" otherwise); the dotless ı is a letter of its own.
        ("İnsanlara Hoş Geldiniz, ılık", "insanlara-hoş-geldiniz-ılık"),
    ],
)
def test_slugs_keep_every_letter_of_the_heading(heading: str, expected: str) -> None:
    assert slugify(heading) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Les « boîtes noires »", "les-boîtes-noires"),  # one hyphen where a symbol was dropped
        ("L’élargissement de la surveillance", "l-élargissement-de-la-surveillance"),
        ("Les lanceurs d’alerte, jusqu’à l’aube", "les-lanceurs-d-alerte-jusqu-à-l-aube"),
        ("O’Brien’s law: don’t", "o-briens-law-dont"),  # an elided letter parts words; a contraction does not
        ("Il disastro dell’appizzazione, nell'attesa di un’alternativa", "il-disastro-dell-appizzazione-nell-attesa-di-un-alternativa"),
        ("We’ll see what it’s worth", "well-see-what-its-worth"),  # English's contractions
        ("Hawai'i, the Qur’an and Shari'a", "hawaii-the-quran-and-sharia"),  # an apostrophe inside a word
        ("Vue.js 3.0 and civilrights.justice.gov", "vue-js-3-0-and-civilrights-justice-gov"),
        ("The U.S., e.g. here, 1,000 times", "the-us-eg-here-1000-times"),
        ("Section 9.1 — onboarding – but", "section-9-1-onboarding-but"),
        ("论“费厄泼赖”应该缓行，一。二", "论费厄泼赖应该缓行-一-二"),
    ],
)
def test_a_slug_parts_words_where_the_author_did(heading: str, expected: str) -> None:
    """A dash, a dot inside a name or number, an elided article and a
    clause mark are between words: the slug has one hyphen there."""
    assert slugify(heading) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们的开源战略，以及它对全球的意义是什么。第二句话", "我们的开源战略"),
        ("Reactの新しいドキュメントサイトを公開しました", "reactの新しいドキュメントサ"),
        ("การอ่านในยุคดิจิทัลเป็นเรื่องสำคัญ", "การอ่านในยุคดิจิ"),  # the vowel sign stays with its letter
    ],
)
def test_a_paragraph_id_in_a_script_without_spaces_is_its_opening(text: str, expected: str) -> None:
    """Not a clause of 48 characters: a copied link would run to hundreds
    of percent-encoded bytes."""
    assert word_slug(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("???", "section"),
        ("The global significance of this approach lies partly", "the-global-significance-of-this-approach"),
        ("Supercalifragilisticexpialidocious-antidisestablishmentarianism and more", "supercalifragilisticexpialidocious"),
    ],
)
def test_slugs_are_never_empty_and_short(text: str, expected: str) -> None:
    assert (word_slug(text) or slugify(text)) == expected


def test_unique_slugs_number_repeats() -> None:
    taken = UniqueSlugs(["glossary"])
    assert [taken.claim(s) for s in ["a", "a", "glossary", "a-2", "a"]] == ["a", "a-2", "glossary-2", "a-2-2", "a-3"]


def test_build_log_names_removed_clutter_and_each_term(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    glossary = project / "seeds" / "000_098d6ffab96b1e89.glossary.yml"
    data = yaml.safe_load(glossary.read_text(encoding="utf-8"))
    data["terms"][0]["aliases"].append("hyperloop")
    glossary.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run("--root", str(project))
    assert result.returncode == 0, result.stderr
    log = result.stderr
    assert "seeds/000_098d6ffab96b1e89.txt:9-39: removed affiliate disclosure" in log
    assert "seeds/000_098d6ffab96b1e89.txt:91-91: removed author promo: 'Books by Drew Higgins'" in log
    assert "term 'Pricing pressure': 6 mentions in 4 sections (theme)" in log
    assert "WARNING: seeds/000_098d6ffab96b1e89.glossary.yml: alias 'hyperloop' of 'Openness' never occurs in the essay" in log


def test_suggest_glossary_prints_a_starter_yaml(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    before = sorted(p.read_bytes() for p in (project / "docs").rglob("*") if p.is_file())
    result = run("--root", str(project), "--suggest-glossary")
    assert result.returncode == 0, result.stderr
    data = yaml.safe_load(result.stdout)
    terms = data["terms"]
    assert 5 <= len(terms) <= 15
    assert all(set(t) == {"term", "aliases", "definition", "see_also", "theme"} for t in terms)
    assert any(t["theme"] for t in terms)
    assert result.stdout.startswith("# Suggested glossary for seeds/000_098d6ffab96b1e89.txt")
    assert sorted(p.read_bytes() for p in (project / "docs").rglob("*") if p.is_file()) == before
