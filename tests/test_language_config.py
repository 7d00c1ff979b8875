"""The generated config's language settings, held to the installed theme."""

from __future__ import annotations

from pathlib import Path

import material
import yaml

import mkdocs.contrib.search

from essay_site.nav import SEARCH_LANGUAGES, THEME_LANGUAGES, theme
from essay_site.ui import direction
from sandbox import make_project, mkdocs_build
from essay_site.build import build

TEMPLATES = Path(material.__file__).parent / "templates"


def test_theme_languages_are_the_translations_material_ships() -> None:
    shipped = {p.stem for p in (TEMPLATES / "partials" / "languages").glob("*.html") if "-" not in p.stem}
    assert THEME_LANGUAGES == shipped


def test_search_languages_are_the_stemmers_material_ships_and_mkdocs_accepts() -> None:
    """Material's search config is checked by MkDocs' own list: a language
    only Material has a stemmer for (Greek, Hebrew) falls back to English."""
    shipped = {p.name.split(".")[1] for p in (TEMPLATES / "assets" / "javascripts" / "lunr" / "min").glob("lunr.*.min.js")}
    accepted = {p.name.split(".")[1] for p in (Path(mkdocs.contrib.search.__file__).parent / "lunr-language").glob("lunr.*.js")}
    assert SEARCH_LANGUAGES - {"en"} <= shipped & accepted and "en" in SEARCH_LANGUAGES  # English is lunr's own


def test_a_right_to_left_language_without_a_translation_still_reads_right_to_left() -> None:
    assert theme("yi") == {"language": "en", "direction": "rtl"}
    assert theme("he") == {"language": "he"}  # Material's Hebrew sets the direction itself
    assert theme("ml") == {"language": "en"}
    assert [direction(language) for language in ("ar", "fa", "he", "ur", "yi", "en", "zh", "xx")] == ["rtl"] * 5 + ["ltr"] * 3


def test_an_essay_in_a_language_material_has_no_translation_for_keeps_its_lang(tmp_path: Path) -> None:
    malayalam = (
        "പത്രപ്രവർത്തനം\n\n"
        + "പാശ്ചാത്യരാജ്യങ്ങളിൽ നിന്ന് ഇന്ത്യയിൽ കൊണ്ടുവന്ന് നട്ടുപിടിപ്പിച്ചിട്ടുള്ള ഒരു തൊഴിലാണ് പത്രപ്രവർത്തനം. " * 8
        + "\n"
    )
    root = make_project(tmp_path, malayalam)
    assert build(root) == 0
    config = yaml.safe_load((root / "docs" / ".essay.yml").read_text(encoding="utf-8"))
    assert config["theme"]["language"] == "en" and config["extra"]["essay_language"] == "ml"
    assert config["extra"]["interface"]["language"] == "en"  # no table of ours for Malayalam either
    done = mkdocs_build(root)
    assert done.returncode == 0, done.stderr
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ml"' in home
    assert "Skip to content" in home  # the interface in English, Material's fallback
