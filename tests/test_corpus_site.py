"""Real essays, built into real sites, against what a reader of each expects.

Every essay of tests/corpus/ (and extra/) is dropped alone into a sandbox's
seeds/, generated with scripts/build_docs.py and built with `mkdocs build
--strict`, as `make site` does. The expectations in expected/*.yml were
written by reading each essay (see tests/corpus/README.md), never from this
code's output. On the built site:

- the build log names the format the essay was read as;
- the home page's <title> is the essay's title, and <html lang> its language;
- the nav holds its sections (or, for an essay without headings, its parts);
- every word of the essay's body is on the one-page edition (/read/), and no
  word found only in the clutter (licence, menus, comments) is in its prose.

Run alone, it prints a table of formats, titles, clutter lines and words kept.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import yaml

from essay_site.decoding import decode
from essay_site.ui import Interface
from sandbox import make_project, mkdocs_build, run_cli

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent / "corpus"
EXPECTED = sorted([*CORPUS.glob("expected/*.yml"), *CORPUS.glob("extra/expected/*.yml")])
# Letters of scripts written without spaces are compared one by one.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Words of three letters or more; Korean is written with spaces, in words of
# two syllables or more.
WORD = re.compile(r"[\uac00-\ud7af]{2,}|[^\W\d_]{3,}")
# Labels of notes are structure, not words the reader reads: "FOOTNOTES:",
# "[Footnote A: …", a "Notes" heading.
NOTE_LABELS = re.compile(r"(?im)^\s*(?:foot|end)?notes:?\s*$|\[footnote\s+\w{1,3}:")
# Aozora Bunko's ruby readings and editor's notes are markup of that format.
AOZORA_MARKUP = re.compile(r"《[^》]*》|［＃[^］]*］|｜")


@dataclasses.dataclass(frozen=True)
class Built:
    expected: dict[str, Any]
    lines: list[str]
    log: str
    site: Path


def essay_file(expected_file: Path) -> Path:
    return expected_file.parent.parent / "essays" / yaml.safe_load(expected_file.read_text(encoding="utf-8"))["essay"]


@pytest.fixture(scope="module", params=EXPECTED, ids=lambda p: p.stem)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    expected = yaml.safe_load(request.param.read_text(encoding="utf-8"))
    source = essay_file(request.param)
    root = make_project(tmp_path_factory.mktemp(request.param.stem), source.read_bytes(), name=source.name)
    generated = run_cli(root)
    assert generated.returncode == 0, generated.stderr[-3000:]
    built_site = mkdocs_build(root)
    assert built_site.returncode == 0, built_site.stderr[-3000:]
    lines = decode(str(source), source.read_bytes()).splitlines()
    return Built(expected, lines, generated.stderr, root / "site")


def page(built: Built, path: str) -> lxml.html.HtmlElement:
    return lxml.html.parse(str(built.site / path / "index.html")).getroot()


def normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return " ".join(re.sub(r"[.:;,!?'\"“”‘’]+(\s|$)", r"\1", text).split())


def tokens(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    return set(WORD.findall(UNSPACED.sub(" ", text))) | set(UNSPACED.findall(text))


def in_clutter(expected: dict[str, Any], number: int) -> bool:
    return any(span["first"] <= number <= span["last"] for span in expected["clutter"])


def body_lines(built: Built) -> list[str]:
    """The essay's body as written: from its first words to its last,
    clutter ranges left out."""
    starts = built.expected["body_starts"]
    # The opening words may wrap onto the next line of a hard-wrapped file.
    start = next(i for i in range(len(built.lines)) if starts in built.lines[i] or starts in " ".join(" ".join(built.lines[i : i + 2]).split()))
    end = max(i for i, line in enumerate(built.lines) if built.expected["body_ends"].split()[-1] in line)
    return [line for n, line in enumerate(built.lines[start : end + 1], start + 1) if not in_clutter(built.expected, n)]


def body_words(built: Built) -> set[str]:
    """Words of the body; a word broken at a line end is left out (the
    site joins it), and so is Markdown's and Aozora's markup."""
    text = NOTE_LABELS.sub(" ", AOZORA_MARKUP.sub("", "\n".join(body_lines(built))))
    if built.expected["format"] == "markdown":
        text = markdown_text(text)
    text = re.sub(r"\S*-\n\s*\S*", " ", text)  # "admoni-/tion", "good-/natured"
    return tokens(text)


def markdown_text(text: str) -> str:
    """The reader's text of Markdown, by the reference CommonMark parser:
    link targets, image paths and HTML tags are not words of the essay."""
    from markdown_it import MarkdownIt

    # Link destinations inside HTML blocks (kramdown's `markdown="1"`) are
    # not parsed by CommonMark, but they are URLs all the same; an image's alt
    # text is the author's words, unless it is only a file name.
    # A site generator's template tags and expressions ({{ '/img/x.png' | url }},
    # {% include %}, {: .lead}) are not words either, nor an image's placeholder alt ("img").
    text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{:[^}]*\}|\{/?[a-z]{1,3}\d{1,3}\}", " ", text)
    text = re.sub(r"!\[(?:img|image)\]\([^)]*\)", " ", text, flags=re.IGNORECASE)
    # A callout's marker ('!!! warning "Title"', ":::tip", "> [!NOTE]") shows its title, not its kind's word,
    # and a pandoc div's fence (`::: {.column-page}`) nothing.
    text = re.sub(r"(?m)^\s*(?:(?:!!!|\?\?\?\+?)\s+[\w-]+|:{3,}\s*(?:[\w-]+|\{[^}]*\})|>\s*\[![A-Za-z]+\]\s*$)", " ", text)
    # TeX is typeset: its commands (\frac, \mbox) are no words on the page.
    text = re.sub(r"\$\$?[^$]+\$\$?", lambda math: re.sub(r"\\[A-Za-z]+", " ", math.group(0)), text)
    text = re.sub(r"!\[(?=[^\]]*[-_.])[\w.-]*\]\([^)\s]*\)", " ", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)\s]*\)", r"\1", text)
    rendered = MarkdownIt("commonmark").render(text)
    return lxml.html.fromstring(f"<div>{rendered}</div>").text_content()


def article(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    (found,) = tree.xpath("//article")
    for permalink in found.cssselect("a.headerlink, a.para-link, button"):
        permalink.drop_tree()
    for br in found.iter("br"):  # a line break parts words, as a space does
        br.tail = "\n" + (br.tail or "")
    return found


def test_the_log_names_the_format(built: Built) -> None:
    assert f"format {built.expected['format']}" in built.log


def test_title_and_language(built: Built) -> None:
    home = page(built, "")
    assert normal(home.findtext(".//title")) == normal(built.expected["title"])
    assert home.get("lang") == built.expected["language"]


def test_the_nav_holds_the_sections(built: Built) -> None:
    nav = page(built, "").xpath("//nav[contains(@class,'md-nav--primary')]/ul/li/a | //nav[contains(@class,'md-nav--primary')]/ul/li/label")
    labels = [" ".join(a.text_content().split()) for a in nav]
    ui = Interface.of(built.expected["language"])  # the site's own labels are in the essay's language
    own = [label for label in labels if label not in (ui("home"), ui("glossary"), ui("themes"), ui("whole_essay"))]
    if built.expected["split_into_parts"]:
        assert len(own) >= 2 and all(label.startswith(ui("part", n=n)) for n, label in enumerate(own, 1)), own
    else:
        assert [normal(label) for label in own] == [normal(s["heading"]) for s in built.expected["sections"]]


def test_every_word_of_the_body_is_on_the_site(built: Built) -> None:
    shown = tokens(article(page(built, "read")).text_content())
    missing = sorted(body_words(built) - shown)
    assert not missing, f"{len(missing)} words of the body are not on /read/: {missing[:30]}"


def test_no_template_syntax_is_on_the_site(built: Built) -> None:
    """A site generator's tags (Hugo's {{< tweet >}}, Liquid's {% comment %},
    kramdown's {:target="_blank"}, Nunjucks' {{ '/img/x' | url }}) never
    show, nor a translation tool's placeholder ({a2}…{/a2}): no corpus essay
    has them inside code, where they would stay."""
    shown = article(page(built, "read")).text_content()
    assert not re.findall(r"\{\{|\{%|\{:|%\}|\}\}|\{/?[a-z]{1,3}\d{1,3}\}", shown)


def test_the_essays_math_is_typeset(built: Built) -> None:
    """Each formula the editor listed is MathML on the one-page edition,
    displayed or in the line as written; no dollar sign of it is left."""
    formulas = article(page(built, "read")).xpath(".//math")
    shown = {(f.get("alttext"), f.get("display") == "block") for f in formulas}
    for expected in built.expected.get("math", []):
        assert (" ".join(expected["tex"].split()), expected["display"]) in shown, expected
    if built.expected.get("math"):
        assert "$" not in article(page(built, "read")).text_content()


def test_no_word_of_the_clutter_is_in_the_prose(built: Built) -> None:
    clutter = tokens("\n".join(line for n, line in enumerate(built.lines, 1) if in_clutter(built.expected, n)))
    kept = tokens("\n".join(line for n, line in enumerate(built.lines, 1) if not in_clutter(built.expected, n)))
    # The essay's prose: not its title block (title, dek, byline and other
    # metadata come from the front matter or header that the clutter holds).
    blocks = article(page(built, "read")).xpath(".//p[not(contains(@class, 'essay-'))] | .//li | .//blockquote")
    prose = tokens(" ".join(p.text_content() for p in blocks))
    leaked = sorted((clutter - kept) & prose)
    assert not leaked, f"clutter words in the prose: {leaked[:30]}"


def summary_row(expected_file: Path, base: Path) -> str:
    """One row of the README's table: format, title, clutter lines removed, words kept."""
    from essay_site.text import word_count

    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    source = essay_file(expected_file)
    root = make_project(base / expected_file.stem, source.read_bytes(), name=source.name)
    log = run_cli(root).stderr
    assert mkdocs_build(root).returncode == 0
    found = re.search(r": format (\w+)", log)
    removed = sum(int(b) - int(a) + 1 for a, b in re.findall(r":(\d+)-(\d+): (?:removed|read as a table of contents)", log))
    words = word_count(article(page(Built(expected, [], log, root / "site"), "read")).text_content())
    title = page(Built(expected, [], log, root / "site"), "").findtext(".//title")
    title = title.replace("|", "\\|")
    return f"| {expected['essay']} | {found.group(1) if found else '?'} | {expected['language']} | {title} | {removed} | {words:,} |"


if __name__ == "__main__":
    import sys
    import tempfile

    sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1] / "scripts")]
    print("| essay | format found | language | title | clutter lines removed | words on the site |")
    print("| --- | --- | --- | --- | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for expected_file in EXPECTED:
            print(summary_row(expected_file, Path(tmp)), flush=True)


# Plain text's emphasis as Project Gutenberg writes it: _italics_, and in
# German editions =letter-spaced= text.
DELIMITED = re.compile(r"(?<![\w_=])([_=])(?=[^\s_=])([^_=\n]{1,80}?)(?<=[^\s_=])\1(?![_=])")


def test_plain_texts_emphasis_shows_as_emphasis(built: Built) -> None:
    """Each span is shown as emphasis, never with its delimiters. Notes are
    left out: a note is plain text, its delimiters shown as written."""
    if built.expected["format"] == "markdown":
        pytest.skip("Markdown's emphasis is CommonMark's (test_formats_markdown.py)")
    body = " ".join(" ".join(body_lines(built)).split())
    found = [m for m in DELIMITED.finditer(body) if m.group(1) == "_" or built.expected["format"] == "gutenberg"]
    read = article(page(built, "read"))
    for notes in read.cssselect("div.footnote"):
        notes.drop_tree()
    shown = " ".join(read.text_content().split())
    left = [m.group(0) for m in DELIMITED.finditer(shown) if m.group(0) in body]
    assert not left, f"delimiters shown as text: {left[:10]}"
    # A span in the prose (not in a note) is known by the words around it.
    in_prose = [m.group(2) for m in found if in_context(m.group(2), body[: m.start()], body[m.end() :], shown)]
    # A glossary term inside emphasis is shown as the term (linked, or plain
    # after its first mention) without the emphasis: pages/inline.py's runs
    # give a term mention no style, for Markdown essays as well.
    named = [*page(built, "glossary").xpath("//article//h2 | //article//h3"), *read.cssselect("a.term")]
    terms = tokens(" ".join(e.text_content() for e in named))
    emphasised = tokens(" ".join(e.text_content() for e in read.iter("em")))
    missing = sorted(tokens(" ".join(in_prose)) - emphasised - terms)
    assert not missing, f"words of emphasised spans not shown as emphasis: {missing[:10]}"


def in_context(span: str, before: str, after: str, shown: str) -> bool:
    """True when the span, with two words either side, is in the shown text."""
    words = DELIMITED.sub(r"\2", before).split()[-2:] + [span] + DELIMITED.sub(r"\2", after).split()[:2]
    return " ".join(words) in shown


def test_the_sites_own_words_are_in_the_essays_language(built: Built) -> None:
    """Headings, bylines and labels the build writes are in the essay's
    language when there is a table for it, and no English one is left."""
    ui = Interface.of(built.expected["language"])
    home = " ".join(article(page(built, "")).text_content().split())
    glossary = " ".join(article(page(built, "glossary")).text_content().split())
    assert ui("explore") in home and ui("glossary") in glossary
    if ui.language == "en":
        return
    english = Interface.of("en")
    for said in (english("explore"), english("contents"), "min read", english("whole_essay_link")):
        assert not re.search(rf"\b{said}\b", home), said  # French "Explorer" is not "Explore"
    assert "Appears in" not in glossary and "In the essay's words" not in glossary
    interface = page(built, "").xpath("//script[@id='essay-interface']")[0].text
    assert yaml.safe_load(interface)["language"] == ui.language  # JSON is YAML: the scripts' words too
