"""Essay text never becomes markup, in the built site, in a real browser.

A hostile essay (tests/fixtures/hostile/) carries payloads in its title, dek,
every heading, the opening words of paragraphs (which become summaries and
descriptions) and every glossary field. Its twin is the same essay with the
markup characters deleted. Both are generated and built the way `make site`
does it (scripts/build_docs.py, then `mkdocs build --strict` with the CSP
hook), and every page of the hostile site is loaded in Chromium, its term
links hovered (Material's tooltips copy titles into the page as HTML) and its
search used. Then:

- no dialog fires and no Content-Security-Policy violation is reported;
- no element or attribute exists that the twin's page does not have;
- the text shows literally in <title>, the nav, the h1, og:title and the
  term previews.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from _site_server import serve
from sandbox import make_project, mkdocs_build, run_cli

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
# Each of these replaced by a letter leaves harmless text of the same shape
# and length: same paragraphs, headings and glossary entries, and the same
# lines too long for the header (Material then adds a title to them).
MARKUP = re.compile(r"""[<>"'{}%=()*\\#/!\[\]`]""")
# Recorded before any page script runs, on every page.
WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));
"""
SIGNATURES = """() => [...new Set([...document.querySelectorAll('*')].map(
  e => e.tagName.toLowerCase() + '[' + [...e.attributes].map(a => a.name).sort().join(',') + ']'))]"""


def harmless(text: str) -> str:
    return MARKUP.sub("x", text)


def harmless_data(data: Any) -> Any:
    if isinstance(data, str):
        return harmless(data)
    if isinstance(data, list):
        return [harmless_data(item) for item in data]
    if isinstance(data, dict):
        return {key: harmless_data(value) for key, value in data.items()}
    return data


def build(base: Path, essay: str, glossary: Any) -> Path:
    root = make_project(base, essay, glossary=yaml.safe_dump(glossary, allow_unicode=True))
    generated = run_cli(root)
    assert generated.returncode == 0, generated.stderr
    built = mkdocs_build(root)
    assert built.returncode == 0, built.stderr
    return root


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    essay = (FIXTURE / "essay.txt").read_text(encoding="utf-8")
    glossary = yaml.safe_load((FIXTURE / "essay.glossary.yml").read_text(encoding="utf-8"))
    twin_glossary = harmless_data(glossary)
    hostile = build(tmp_path_factory.mktemp("hostile"), essay, glossary)
    twin = build(tmp_path_factory.mktemp("twin"), harmless(essay), twin_glossary)
    return hostile, twin


def page_pairs(hostile: Path, twin: Path) -> list[tuple[str, str]]:
    """Pages of the two sites, paired by their place in the essay (the
    slugs differ: the hostile headings' tags are stripped from theirs)."""
    def manifest(root: Path) -> dict[str, Any]:
        return json.loads((root / "docs" / ".manifest.json").read_text(encoding="utf-8"))

    ours, theirs = manifest(hostile), manifest(twin)
    assert len(ours["sections"]) == len(theirs["sections"]) == 3
    fixed = ["", "glossary/", "theme-map/", "read/", "404.html"]
    themes = [p.removesuffix(".md") + "/" for p in ours["generated"] if p.startswith("themes/") and p.endswith(".md")]
    twin_themes = [p.removesuffix(".md") + "/" for p in theirs["generated"] if p.startswith("themes/") and p.endswith(".md")]
    sections = list(zip([s + "/" for s in ours["sections"]], [s + "/" for s in theirs["sections"]]))
    return [(p, p) for p in fixed] + sections + list(zip(themes, twin_themes))


@pytest.fixture(scope="module")
def visits(sites: tuple[Path, Path], browser: Any) -> Iterator[list[dict[str, Any]]]:
    hostile, twin = sites
    found = []
    with serve(hostile / "site") as hostile_url, serve(twin / "site") as twin_url:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        context.add_init_script(WATCH)
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for ours, theirs in page_pairs(hostile, twin):
            twin_signatures, _ = load(page, twin_url + theirs)
            signatures, tooltips = load(page, hostile_url + ours)
            found.append(
                {
                    "path": ours,
                    "signatures": signatures,
                    "twin": twin_signatures,
                    "title": page.title(),
                    "h1": page.locator("article h1").first.inner_text() if page.locator("article h1").count() else None,
                    "dek": page.locator(".essay-dek").all_inner_texts(),
                    "og_title": page.locator('meta[property="og:title"]').get_attribute("content"),
                    "nav": page.locator(".md-nav--primary .md-nav__link").all_inner_texts(),
                    "tooltips": tooltips,
                    "violations": page.evaluate("window.__violations"),
                    "dialogs": list(dialogs),
                }
            )
        context.close()
    yield found


def load(page: Any, url: str) -> tuple[set[str], list[str]]:
    """Load a page, hover its first term links, and return what is on it
    and what their previews showed (a preview copies the glossary entry
    into the page)."""
    page.goto(url)
    page.wait_for_load_state("networkidle")
    previews = []
    for link in page.locator("article a.term").all()[:6]:
        link.hover()
        preview = page.locator(".essay-preview:visible")
        preview.first.wait_for()
        previews.append(preview.first.inner_text())
        page.keyboard.press("Escape")
    return set(page.evaluate(SIGNATURES)), previews


ESSAY = (FIXTURE / "essay.txt").read_text(encoding="utf-8").splitlines()
TITLE = ESSAY[0]
DEK = ESSAY[2]
HEADINGS = [ESSAY[6], ESSAY[12], ESSAY[18]]


def test_no_dialog_and_no_policy_violation(visits: list[dict[str, Any]]) -> None:
    for visit in visits:
        assert not visit["dialogs"], f"{visit['path']}: a dialog fired: {visit['dialogs']}"
        assert not visit["violations"], f"{visit['path']}: CSP violations: {visit['violations']}"


def test_no_element_or_attribute_the_harmless_twin_lacks(visits: list[dict[str, Any]]) -> None:
    for visit in visits:
        extra = visit["signatures"] - visit["twin"]
        assert not extra, f"{visit['path']}: elements the twin page does not have: {sorted(extra)}"
        assert not [s for s in visit["signatures"] if re.search(r"[\[,]on[a-z]+[,\]]", s)], visit["path"]


def test_title_nav_h1_and_og_title_show_the_text(visits: list[dict[str, Any]]) -> None:
    home = next(v for v in visits if v["path"] == "")
    assert home["title"] == TITLE
    assert home["h1"].rstrip("¶") == TITLE
    assert home["og_title"] == TITLE
    assert [" ".join(t.split()) for t in home["dek"]] == [" ".join(DEK.split())]
    for heading in HEADINGS:
        assert " ".join(heading.split()) in [" ".join(t.split()) for t in home["nav"]]
    sections = [v for v in visits if v["path"] not in ("", "glossary/", "theme-map/", "read/", "404.html") and not v["path"].startswith("themes/")]
    for visit, heading in zip(sections, HEADINGS):
        shown = " ".join(heading.split())
        assert visit["title"] == f"{shown} - {TITLE}"
        assert visit["h1"].rstrip("¶") == shown
        assert visit["og_title"] == shown


def test_term_previews_show_glossary_definitions_literally(visits: list[dict[str, Any]]) -> None:
    glossary = yaml.safe_load((FIXTURE / "essay.glossary.yml").read_text(encoding="utf-8"))
    definitions = {" ".join(entry["definition"].split()) for entry in glossary["terms"]}
    shown = [" ".join(t.split()) for visit in visits for t in visit["tooltips"]]
    for definition in definitions:
        assert any(definition in text for text in shown), f"{definition!r} not in the previews {shown}"


def test_search_results_show_titles_literally(sites: tuple[Path, Path], browser: Any) -> None:
    hostile, _ = sites
    with serve(hostile / "site") as url:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        context.add_init_script(WATCH)
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.keyboard.press("/")
        page.keyboard.type("prices")
        page.locator(".md-search-result__item").first.wait_for()
        titles = page.locator(".md-search-result__item h1").all_inner_texts()
        violations = page.evaluate("window.__violations")
        extra = page.locator(".md-search-result img, .md-search-result script, .md-search-result svg[onload]").count()
        context.close()
    assert not dialogs and not violations and not extra
    assert any(" ".join(HEADINGS[0].split()) in " ".join(t.split()) for t in titles), titles
