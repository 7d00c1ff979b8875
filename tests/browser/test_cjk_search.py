"""Chinese, Japanese and Korean essays are searchable on their built sites.

Each corpus essay is built as `make site` builds it; the generated config
gives Material's search the essay's language (the index is segmented at
build time: jieba for Chinese, lunr-languages' segmenters in the browser),
and a word of the essay typed into the search box finds its sections.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from _site_server import serve
from sandbox import make_project, mkdocs_build, run_cli

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "extra" / "essays"
CASES = [
    ("zh", "10_xlinsist_wusun_trek.md", "河流"),
    ("ja", "09_terada_kagakusha_to_atama.txt", "科学者"),
    ("ko", "11_opensource_guide_finding_users_ko.md", "커뮤니티"),
]


@pytest.mark.parametrize(("language", "essay", "query"), CASES, ids=[c[0] for c in CASES])
def test_a_word_of_the_essay_finds_its_sections(
    tmp_path: Path, browser: Any, language: str, essay: str, query: str
) -> None:
    source = CORPUS / essay
    root = make_project(tmp_path, source.read_bytes(), name=source.name)
    assert run_cli(root).returncode == 0
    assert mkdocs_build(root).returncode == 0
    with serve(root / "site") as url:
        page = browser.new_page()
        page.goto(url)
        page.wait_for_load_state("networkidle")
        assert page.locator("html").get_attribute("lang") == language
        page.locator(".md-search__input").click()
        page.keyboard.type(query)
        # Playwright sends CJK text as input events only; a real keyboard or
        # IME also sends a keyup, which is what Material's search listens to.
        page.keyboard.press("End")
        page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
        texts = page.locator(".md-search-result__item").all_inner_texts()
        page.close()
    # The index is segmented with zero-width spaces, which the results keep.
    assert any(query in text.replace("\u200b", "") for text in texts), texts[:3]
