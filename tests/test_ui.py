"""The site's own words in the essay's language (scripts/essay_site/ui/).

Each table is held to the English one: the same keys, the same
placeholders, a form for every plural category the language's CLDR rules
give a count of 0 to 1000, and the same Markdown. A site built from a
Spanish essay then says everything of its own in Spanish.
"""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest
import yaml
from babel import Locale

from essay_site.build import build
from essay_site.ui import FALLBACK, SCRIPT_KEYS, Interface, languages, table
from sandbox import make_project

OTHERS = sorted(languages() - {FALLBACK})
ENGLISH = table(FALLBACK)


def fields(text: str) -> list[str]:
    return [field for _, field, _, _ in Formatter().parse(text) if field is not None]


def forms(entry: str | dict[str, str]) -> dict[str, str]:
    return {"": entry} if isinstance(entry, str) else dict(entry)


def test_there_are_tables_for_the_corpus_languages_with_their_tools() -> None:
    assert {"en", "es", "fr", "de", "it", "pt", "ru", "ja", "zh", "ko", "he", "ar"} <= languages()


@pytest.mark.parametrize("language", OTHERS)
def test_a_table_has_every_english_key_and_no_other(language: str) -> None:
    assert list(table(language)) == list(ENGLISH)


@pytest.mark.parametrize("language", OTHERS)
def test_a_table_keeps_every_placeholder_once(language: str) -> None:
    for key, entry in table(language).items():
        wanted = sorted(fields(forms(ENGLISH[key]).get("other", forms(ENGLISH[key]).get("")) or ""))
        for form, text in forms(entry).items():
            got = sorted(fields(text))
            # A singular may say "this term" instead of "1 term": only {n} may go.
            allowed = [wanted] + ([[f for f in wanted if f != "n"]] if form and form != "other" else [])
            assert got in allowed, (language, key, form, text)


@pytest.mark.parametrize("language", sorted(languages()))
def test_a_count_has_a_form_for_every_plural_category_of_its_language(language: str) -> None:
    locale = Locale.parse(language)
    categories = {locale.plural_form(n) for n in range(1001)} | {"other"}
    for key, entry in table(language).items():
        if not isinstance(ENGLISH[key], str):
            assert set(forms(entry)) == categories, (language, key)
        else:
            assert isinstance(entry, str), (language, key)


@pytest.mark.parametrize("language", OTHERS)
def test_a_table_keeps_the_markdown_of_the_english(language: str) -> None:
    for key, entry in table(language).items():
        bold = {text.count("**") for text in forms(ENGLISH[key]).values()}
        for text in forms(entry).values():
            assert text.count("**") in bold and "\n" not in text, (language, key, text)
            assert not re.search(r"<|>|\[|\]|`", text), (language, key, text)  # no markup but the bold


def test_a_count_takes_the_form_its_language_gives_it() -> None:
    russian = Interface.of("ru")
    one, few, many = (russian("mentions", n=n) for n in (1, 3, 5))
    assert len({one, few, many}) == 3 and all(str(n) in s for n, s in ((1, one), (3, few), (5, many)))
    assert russian("mentions", n=21) == one.replace("1", "21")  # 21 takes the form of 1 in Russian
    assert Interface.of("en")("mentions", n=1) == "1 mention"
    assert Interface.of("en")("mentions", n=0) == "0 mentions"


def test_a_list_is_joined_as_its_language_joins_one() -> None:
    assert Interface.of("es").listing(["a", "b", "c"]) == "a, b y c"
    assert Interface.of("de").listing(["a", "b"]) == "a und b"
    assert Interface.of("en").listing(["a"]) == "a"
    assert Interface.of("zh").listing(["a", "b", "c"]) == "a、b和c"


def test_a_language_without_a_table_gets_the_english_one() -> None:
    assert Interface.of("ml").language == "en"
    assert Interface.of("xx").language == "en"
    assert Interface.of("ml")("contents") == "Contents"


def test_markup_escapes_the_tables_words_and_keeps_the_callers() -> None:
    ui = Interface("en")
    assert ui.markup("moved_to", lambda s: s.replace("s", "S"), link="<a>s</a>") == "ThiS Section haS moved to <a>s</a>."


def test_the_scripts_get_their_strings_and_only_those() -> None:
    assert set(Interface.of("es").frame_strings()) == set(SCRIPT_KEYS)
    scripts = "".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parents[1] / "overrides" / "partials").glob("*-script.html"))
    used = set(re.findall(r"\bui(?:\.strings)?\.(\w+)", scripts)) | set(re.findall(r'counted\("(\w+)"', scripts))
    assert used - {"strings", "language"} == set(SCRIPT_KEYS)


SPANISH = """# El jardín de los senderos

## La ciudad y el río

La ciudad creció junto al río durante siglos. Los pescadores del río vendían el pescado en la plaza, y la plaza
era el corazón de la ciudad. Cada mañana los vecinos bajaban al río para ver las barcas de los pescadores.

## El mercado de la plaza

El mercado de la plaza reunía a los pescadores y a los vecinos de la ciudad. En el mercado se hablaba del río, de
las barcas y del tiempo. Los pescadores sabían que el río decidía la suerte del mercado y de la ciudad entera.

## Las barcas en invierno

En invierno las barcas descansaban en la orilla del río. Los pescadores reparaban las redes en la plaza, y el
mercado de la ciudad vendía poco. Pero la ciudad esperaba la primavera, cuando el río devolvía las barcas al agua.
"""


@pytest.fixture(scope="module")
def spanish_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("es"), SPANISH, name="jardin.md")
    assert build(root) == 0
    return root / "docs"


def test_a_spanish_essays_pages_say_the_sites_words_in_spanish(spanish_docs: Path) -> None:
    home = (spanish_docs / "index.md").read_text(encoding="utf-8")
    section = (spanish_docs / "el-mercado-de-la-plaza.md").read_text(encoding="utf-8")
    glossary = (spanish_docs / "glossary.md").read_text(encoding="utf-8")
    ui = Interface.of("es")
    assert ui.language == "es"
    assert f"## {ui('contents')}" in home and ui("min_read", n=1) in home and "min read" not in home
    assert ui("section_of", n=2, total=3) in section and "Section 2 of 3" not in section
    assert f"# {ui('glossary')}" in glossary and "Appears in" not in glossary
    # The sections a term appears in, and the themes to follow, are listed as Spanish lists them.
    where = [line for line in glossary.splitlines() if line.startswith(ui("appears_in", sections="")) and line.count("](") > 1]
    assert where and all(re.search(r"\(\d+\) y \[[^\]]*\]\([^)]*\) \(\d+\)$", line) for line in where)
    assert re.search(r"\) y \[[^\]]*\]\(themes/", home)


def test_a_spanish_essays_frame_is_in_spanish(spanish_docs: Path) -> None:
    config = yaml.safe_load((spanish_docs / ".essay.yml").read_text(encoding="utf-8"))
    labels = [next(iter(entry)) for entry in config["nav"]]
    ui = Interface.of("es")
    assert labels[0] == ui("home") and ui("glossary") in labels and ui("whole_essay") in labels
    assert config["extra"]["interface"] == {"language": "es", "strings": ui.frame_strings()}
    assert config["extra"]["interface"]["strings"]["copy_link"] != ENGLISH["copy_link"]


def test_a_changed_table_makes_the_committed_docs_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from essay_site import freshness

    table_file = tmp_path / "code" / "ui" / "en.toml"
    table_file.parent.mkdir(parents=True)
    table_file.write_text('contents = "Contents"\n', encoding="utf-8")
    monkeypatch.setattr(freshness, "CODE", tmp_path / "code")
    before = freshness.inputs_digest(tmp_path)
    table_file.write_text('contents = "Table of contents"\n', encoding="utf-8")
    assert freshness.inputs_digest(tmp_path) != before
