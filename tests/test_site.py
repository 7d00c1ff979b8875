"""The real `mkdocs build --strict` of the committed docs/, and what readers get."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from PIL import Image

from essay_site.glossary import load_glossary
from essay_site.link import link
from essay_site.formats.plain import parse
from essay_site.read import read_essay
from _site_server import CHROMIUM, launch_chromium, serve
from helpers import missing_tool
from sandbox import ROOT, copy_project, environ, mkdocs_build
from site_check import broken_links

SEED = ROOT / "seeds" / "000_098d6ffab96b1e89.txt"
SITE_URL = "https://example.github.io/essay-site/"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def linked():  # noqa: ANN201
    essay = parse(read_essay(ROOT, SEED))
    glossary_path = SEED.with_suffix(".glossary.yml")
    return link(essay, load_glossary(str(glossary_path), glossary_path.read_text(encoding="utf-8")))


def pages(site: Path) -> dict[str, lxml.html.HtmlElement]:
    """Every real page (redirect stubs excluded), by URL path."""
    found = {}
    for path in sorted(site.rglob("*.html")):
        data = path.read_bytes()
        if b'http-equiv="refresh"' in data:
            continue
        found[path.relative_to(site).as_posix()] = lxml.html.fromstring(data)
    return found


def content_texts(tree: lxml.html.HtmlElement) -> list[str]:
    """Text of each paragraph and list item of the article, ¶ excluded."""
    texts = []
    for el in tree.cssselect("article.md-content__inner :is(p, li)[id]"):
        text = el.text_content()
        texts.append(" ".join(text.replace("¶", " ").split()))
    return texts


def test_index_and_one_page_per_section(site: Path, linked) -> None:  # noqa: ANN001
    assert (site / "index.html").is_file()
    for page in linked.pages:
        assert (site / page.slug / "index.html").is_file(), page.slug
    assert len(linked.pages) == 8
    for extra in ("glossary", "read", "theme-map", "themes/openness", "themes/standards", "themes/pricing-pressure"):
        assert (site / extra / "index.html").is_file(), extra
    for extra in ("sitemap.xml", "robots.txt", "404.html"):
        assert (site / extra).is_file(), extra


def test_every_paragraph_appears_exactly_once(site: Path, linked) -> None:  # noqa: ANN001
    """No prose is lost: each paragraph of the essay is on the index or its
    section page exactly once (the one-page edition is a copy by design)."""
    shown: list[str] = []
    for page in (linked.index, *linked.pages):
        path = "index.html" if not page.slug else f"{page.slug}/index.html"
        shown += content_texts(pages(site)[path])
    essay = linked.essay
    prose = [b.text for b in essay.intro] + [b.text for s in essay.sections for b in s.blocks]
    assert len(prose) == 19
    for paragraph in prose:
        assert shown.count(" ".join(paragraph.split())) == 1, paragraph[:60]


def test_no_clutter_anywhere_in_site(site: Path, linked) -> None:  # noqa: ANN001
    lines = SEED.read_text(encoding="utf-8").splitlines()
    clutter = [
        lines[n - 1].strip().lstrip("•– ").strip()
        for span in linked.essay.removed
        for n in range(span.first_line, span.last_line + 1)
    ]
    clutter = [c for c in clutter if c]
    assert "As an Amazon Associate I earn from qualifying purchases." in clutter
    assert "Books by Drew Higgins" in clutter
    for path in sorted(site.rglob("*")):
        if path.suffix in {".html", ".json", ".xml", ".txt"}:
            text = path.read_text(encoding="utf-8")
            for line in clutter:
                assert line not in text, (path, line)


def meta(tree: lxml.html.HtmlElement, attr: str, name: str) -> str:
    found = tree.xpath(f"//meta[@{attr}=$name]/@content", name=name)
    assert len(found) == 1, (attr, name, found)
    return found[0]


def test_link_preview_tags_on_every_page(site: Path) -> None:
    for path, tree in pages(site).items():
        if path == "404.html":
            continue
        assert tree.findtext(".//title"), path
        description = meta(tree, "name", "description")
        assert 0 < len(description) <= 160, (path, description)
        canonical = tree.xpath("//link[@rel='canonical']/@href")
        url = SITE_URL + path.removesuffix("index.html")
        assert canonical == [url], path
        assert meta(tree, "property", "og:url") == url
        assert meta(tree, "property", "og:type") == "article"
        assert meta(tree, "property", "og:title")
        assert meta(tree, "property", "og:description") == description
        assert meta(tree, "property", "og:site_name")
        assert meta(tree, "property", "og:image:alt")
        assert meta(tree, "name", "twitter:card") == "summary_large_image"
        image = meta(tree, "property", "og:image")
        assert image.startswith(SITE_URL + "assets/cards/") and image.endswith(".png")
        assert (meta(tree, "property", "og:image:width"), meta(tree, "property", "og:image:height")) == ("1200", "630")
        with Image.open(io.BytesIO((site / image.removeprefix(SITE_URL)).read_bytes())) as card:
            assert card.size == (1200, 630), image


def test_descriptions_are_cut_at_a_word(site: Path, linked) -> None:  # noqa: ANN001
    for page in linked.pages:
        tree = pages(site)[f"{page.slug}/index.html"]
        description = meta(tree, "name", "description")
        first = page.paras[0].text
        assert first.startswith(description.removesuffix("…")), page.slug
        if description.endswith("…"):
            assert first[len(description) - 1] == " "


def test_paragraph_markup(site: Path) -> None:
    """Each paragraph: an id, a ¶ link to it, and a real copy button."""
    seen = 0
    for tree in pages(site).values():
        for el in tree.cssselect("article.md-content__inner :is(p, li)[id]"):
            anchor = el.get("id")
            if anchor.startswith("fn:"):
                continue
            seen += 1
            (link_el,) = el.cssselect("a.para-link")
            assert link_el.get("href") == f"#{anchor}"
            assert link_el.get("aria-label") == "Link to this paragraph"
            (button,) = el.cssselect("button.para-copy")
            assert button.get("type") == "button"
            assert button.get("aria-label") == "Copy link to this paragraph"
            assert button.get("data-para") == anchor
    assert seen == 2 * 19  # every paragraph on its page and on the one-page edition


def test_header_permalinks_copy_link_to_section(site: Path) -> None:
    tree = pages(site)["glossary/index.html"]
    links = tree.cssselect("h2 a.headerlink")
    assert links and all(a.get("title") == "Copy link to this section" for a in links)
    assert tree.cssselect("h2#pricing-pressure a.headerlink")[0].get("href") == "#pricing-pressure"


def test_read_page_has_the_same_paragraph_ids(site: Path, linked) -> None:  # noqa: ANN001
    tree = pages(site)["read/index.html"]
    read_ids = [el.get("id") for el in tree.cssselect("article.md-content__inner :is(p, li)[id]")]
    expected = [p.anchor for page in (linked.index, *linked.pages) for p in page.paras]
    assert read_ids == expected
    assert pages(site)["index.html"].xpath("//a[@href='read/']")


def test_every_internal_link_and_fragment_resolves(site: Path) -> None:
    assert not broken_links(site, SITE_URL)
    article_links = sum(len(tree.xpath("//article//a/@href")) for tree in pages(site).values())
    assert article_links > 300


def test_glossary_entries_have_stable_readable_anchors(site: Path, linked) -> None:  # noqa: ANN001
    tree = pages(site)["glossary/index.html"]
    anchors = tree.xpath("//article//h2/@id")
    assert len(anchors) >= 15
    assert {"openness", "standards", "pricing-pressure", "open-weights"} <= set(anchors)
    assert all(re.fullmatch(r"[a-z0-9-]+", a) for a in anchors)


def test_section_pages_end_with_themes_and_related_sections(site: Path, linked) -> None:  # noqa: ANN001
    for page in linked.pages:
        tree = pages(site)[f"{page.slug}/index.html"]
        assert tree.cssselect("a.term"), page.slug
        assert tree.cssselect("h2#themes-in-this-section"), page.slug
        related = tree.xpath("//h2[@id='related-sections']/following-sibling::ul[1]/li")
        assert related and all(" also on " in li.text_content() for li in related), page.slug


def test_term_links_point_at_their_glossary_entry(site: Path, linked) -> None:  # noqa: ANN001
    # No title: the link's preview shows the definition (tests/browser/test_previews.py).
    definitions = {t.slug: t.definition for t in linked.glossary.terms}
    tree = pages(site)["open-models-change-prices-expectations-and-power/index.html"]
    terms = tree.cssselect("a.term")
    assert terms
    for a in terms:
        slug = a.get("href").rpartition("#")[2]
        assert slug in definitions and a.get("title") is None
    # first mention only: each term is linked once on the page
    slugs = [a.get("href") for a in terms]
    assert len(slugs) == len(set(slugs))


def test_404_page_works_at_any_depth(site: Path) -> None:
    """The 404 page is served at any depth, so its stylesheets and scripts are
    absolute under the site's path; there must be some to check."""
    tree = lxml.html.fromstring((site / "404.html").read_bytes())
    stylesheets = tree.xpath("//link[@rel='stylesheet']/@href")
    scripts = tree.xpath("//script/@src")
    assert stylesheets and scripts, "the 404 page loads no stylesheet or no script"
    for ref in stylesheets + scripts:
        assert ref.startswith("/essay-site/"), ref


@pytest.mark.slow
def test_two_builds_are_byte_identical_with_and_without_the_template_cache(tmp_path: Path) -> None:
    """The first build of a fresh copy compiles every template; the second
    takes them from the hook's Jinja bytecode cache. Same bytes either way."""
    project = copy_project(tmp_path)
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second):
        result = mkdocs_build(project, out)
        assert result.returncode == 0, result.stderr
    assert list((project / ".cache" / "jinja").iterdir()), "the hook wrote no template cache"
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_mkdocs_build_does_not_import_the_generator(tmp_path: Path) -> None:
    """The hook is loaded by every build; only `mkdocs serve` needs the generator."""
    code = (
        "import sys\n"
        "from mkdocs.commands.build import build\n"
        "from mkdocs.config import load_config\n"
        f"build(load_config({str(ROOT / 'mkdocs.yml')!r}, site_dir={str(tmp_path / 'site')!r}))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('essay_site', 'PIL', 'wordfreq')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environ(), check=False)
    assert result.returncode == 0, result.stderr
    # The CSP hook needs its two small modules (hashing the built pages and
    # writing the policy into them), and the toc our slug function (standard
    # library only); nothing of the generator, Pillow or the word lists.
    assert result.stdout.strip() == "['essay_site', 'essay_site.csp', 'essay_site.csp_site', 'essay_site.slugs']"


OLD_HEADING = "Open models change prices, expectations, and power"
NEW_HEADING = "Open models reset prices and power"
OLD_SLUG, NEW_SLUG = "open-models-change-prices-expectations-and-power", "open-models-reset-prices-and-power"


def rename_heading(tmp_path: Path) -> Path:
    """A copy of the project whose seed renames one heading, regenerated."""
    project = copy_project(tmp_path)
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace(OLD_HEADING, NEW_HEADING), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(project / "scripts" / "build_docs.py"), "--root", str(project)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    return project


def test_renamed_heading_redirects_from_the_old_url(tmp_path: Path) -> None:
    project = rename_heading(tmp_path)
    stub = project / "docs" / OLD_SLUG / "index.html"
    assert not (project / "docs" / f"{OLD_SLUG}.md").exists()
    html = stub.read_text(encoding="utf-8")
    assert f'location.replace("../{NEW_SLUG}/" + location.hash)' in html
    assert f'content="0; url=../{NEW_SLUG}/"' in html
    built = tmp_path / "site"
    assert mkdocs_build(project, built).returncode == 0
    assert (built / OLD_SLUG / "index.html").read_text(encoding="utf-8") == html
    # the redirect is remembered when the next build runs
    subprocess.run([sys.executable, str(project / "scripts" / "build_docs.py"), "--root", str(project)], check=True, capture_output=True)
    assert stub.is_file()


@pytest.mark.browser
def test_the_old_url_lands_on_the_renamed_page_with_its_fragment(tmp_path: Path) -> None:
    """In Chromium: the old URL with a paragraph fragment lands on the new page, fragment kept."""
    if not CHROMIUM.exists():
        missing_tool(f"{CHROMIUM} is missing: install Debian's chromium (make system-deps)")
    built = tmp_path / "site"
    assert mkdocs_build(rename_heading(tmp_path), built).returncode == 0
    with serve(built) as root, launch_chromium() as browser:
        page = browser.new_page()
        page.goto(f"{root}{OLD_SLUG}/#but-the-issue-is-not-only")
        page.wait_for_url(re.compile(rf".*/{NEW_SLUG}/#but-the-issue-is-not-only$"))
        assert page.locator("#but-the-issue-is-not-only").is_visible()


def test_build_works_without_the_hook(tmp_path: Path) -> None:
    """`mkdocs build` on the committed docs/ alone gives the same pages."""
    project = copy_project(tmp_path)
    shutil.rmtree(project / "scripts")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    without = re.sub(r"\nhooks:\n(?:  .*\n)+", "\n", config)
    assert "hooks:" not in without and "_hook.py" not in without
    (project / "mkdocs.yml").write_text(without, encoding="utf-8")
    assert mkdocs_build(project, tmp_path / "site").returncode == 0
    assert (tmp_path / "site" / "why-closed-incumbents-cannot-ignore-this-pressure" / "index.html").is_file()


def test_site_url_comes_from_the_environment(tmp_path: Path) -> None:
    """The Pages workflow sets SITE_URL (from actions/configure-pages): the
    generator and MkDocs both take it, so a fork needs no edit to mkdocs.yml."""
    fork = "https://someone.github.io/their-essay/"
    project = copy_project(tmp_path)
    env = {**environ(), "SITE_URL": fork}
    result = subprocess.run(
        [sys.executable, str(project / "scripts" / "build_docs.py"), "--root", str(project), "-q"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (project / "docs" / "robots.txt").read_text(encoding="utf-8").endswith(f"Sitemap: {fork}sitemap.xml\n")
    site = tmp_path / "site"
    result = subprocess.run(
        [str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, env=env, check=False,
    )
    assert result.returncode == 0, result.stderr
    tree = lxml.html.fromstring((site / "glossary" / "index.html").read_bytes())
    assert tree.xpath("//link[@rel='canonical']/@href") == [fork + "glossary/"]
    assert meta(tree, "property", "og:image").startswith(fork + "assets/cards/")
