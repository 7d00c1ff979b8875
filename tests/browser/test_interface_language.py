"""The scripts speak the essay's language: the copy menu, what it
announces, and a glossary preview's count, in the plural form the
language's rules give it (the browser's Intl.PluralRules, held to Babel's).

Built from the Russian corpus essay, whose counts take three forms
(1 раздел, 2 раздела, 5 разделов).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote

import lxml.html
import pytest
from playwright.sync_api import expect

from _site_server import serve
from essay_site.ui import Interface
from sandbox import make_project, mkdocs_build, run_cli

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ESSAY = Path(__file__).resolve().parents[1] / "corpus" / "extra" / "essays" / "15_herzen_omnia_mea_mecum_porto.txt"
RUSSIAN = Interface.of("ru")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    root = make_project(tmp_path_factory.mktemp("ru"), ESSAY.read_bytes(), name=ESSAY.name)
    assert run_cli(root).returncode == 0
    assert mkdocs_build(root).returncode == 0
    with serve(root / "site") as url:
        yield root / "site", url


def sections(site_dir: Path) -> list[str]:
    """The home page's contents: its list's links, not the footnotes'."""
    return [h.strip("/") for h in parsed(site_dir, "").xpath("//article//ol//a/@href") if not h.startswith("#")]


def parsed(site_dir: Path, path: str) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(site_dir / unquote(path) / "index.html")).getroot()


def test_the_copy_menu_speaks_the_essays_language(new_context, site) -> None:
    site_dir, url = site
    first = sections(site_dir)[0]
    page = new_context(permissions=["clipboard-read", "clipboard-write"]).new_page()
    page.goto(f"{url}{first}/")
    block = page.locator("article p[id]").first
    button = block.locator("button.para-copy")
    expect(button).to_have_attribute("aria-label", RUSSIAN("share_paragraph_how"))
    block.hover()
    button.click()
    menu = page.get_by_role("menu", name=RUSSIAN("share_paragraph"))
    expect(menu.get_by_role("menuitem")).to_have_text([RUSSIAN("copy_link"), RUSSIAN("copy_quote")])
    menu.get_by_role("menuitem", name=RUSSIAN("copy_link")).click()
    expect(page.locator("#para-copy-status")).to_have_text(RUSSIAN("link_copied"))


def test_a_glossary_preview_counts_as_the_language_does(browser, site) -> None:
    site_dir, url = site
    counts = {}
    for entry in parsed(site_dir, "glossary").xpath("//article//h2[@id]"):
        where = next(p for p in entry.itersiblings("p") if "term-where" in p.classes)
        counts[entry.get("id")] = len(where.xpath(".//a"))
    links = [
        (section, href.split("#")[1])
        for section in sections(site_dir)
        for href in parsed(site_dir, section).xpath("//article//a[contains(@class, 'term')]/@href")
    ]
    # A term whose count takes another form than "one", when the essay has one.
    section, term = max(links, key=lambda link: RUSSIAN.plural_form(counts[link[1]]) != "one")
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.goto(f"{url}{section}/")
    # Instant navigation makes every href absolute, and so percent-encoded.
    page.locator(f'article a.term[href$="#{term}"], article a.term[href$="#{quote(term)}"]').first.hover()
    preview = page.locator(".essay-preview")
    expect(preview).to_contain_text(RUSSIAN("appears_in_sections", n=counts[term]))
    page.close()
