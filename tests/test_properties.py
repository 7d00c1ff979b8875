"""Property-based tests: generated essays, hostile text, arbitrary input.

For every generated essay the whole pipeline runs (`build.generate`), each
page is rendered with Python-Markdown and the extensions of mkdocs.yml, and
the HTML is parsed with lxml:
- the build never crashes; an input is rejected only for a reason it shows
  (REJECTIONS: empty, invisible, a title and no body), with that one message;
- every word of the essay's prose is in the pages;
- no element, attribute or URL from the input reaches the HTML;
- ids are unique on each page, and every link and fragment resolves.

`make test` runs the short profile; `make fuzz` (HYPOTHESIS_PROFILE=fuzz)
runs 10,000 examples. Profiles are registered in conftest.py.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Iterator

import lxml.html
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from essay_site import cards, mathml
from essay_site.build import Output, generate
from essay_site.model import EssayError
from essay_site.formats.lines import LIST_ITEM
from essay_site.read import Inputs, decode, read_inputs, source_text
from essay_site.write import Manifest
from essay_site.paths import Site
from sandbox import FIXTURES, fixture, make_project
from site_check import SCHEME, broken_doc_links, duplicate_ids, render_docs, words

# The links a Markdown essay may carry (formats/mdinline.py SAFE_HREF).
OUT_LINK = re.compile(r"^(?:https?://|mailto:)", re.IGNORECASE)

# --- what the renderer may put into a page, and nothing else ------------------


@dataclasses.dataclass(frozen=True)
class Allowed:
    """The elements, attributes and classes the renderer itself emits, as
    seen on the fixture essays (which hold no HTML): input may add none."""

    tags: frozenset[str]
    attributes: frozenset[str]
    classes: frozenset[str]


# Python-Markdown adds `start` to a list that does not start at 1 (sane_lists).
# Block kinds the fixtures may not show: verse keeps its line breaks (`br`),
# a scene break is a rule (`hr`),
# an epigraph sits under the title, code is anchored by an empty element, and
# math is MathML from mathml.py's own lists of elements and attributes.
ALWAYS_ALLOWED = Allowed(
    frozenset({"br", "blockquote", "pre", "code", "div", "hr", *mathml.ELEMENTS}),
    frozenset({"start", "alttext", *mathml.ATTRIBUTES}),
    frozenset({"verse", "epigraph", "code-anchor", "math-block"}),
)


def allowed_in(pages: Iterable[lxml.html.HtmlElement]) -> Allowed:
    elements = [el for tree in pages for el in tree.iter() if isinstance(el.tag, str)]
    return Allowed(
        frozenset(el.tag for el in elements),
        frozenset(a for el in elements for a in el.attrib),
        frozenset(c for el in elements for c in el.get("class", "").split()),
    )


# --- essays ----------------------------------------------------------------------

PLAIN = (
    "river garden letter winter harbour machine village teacher market bridge silence window "
    "paper station orchard lantern kitchen journey promise weather morning evening story open"
).split()
UNICODE = ["Ёлка", "пельмени", "김치찌개", "红烧肉", "naïve", "café", "Straße", "ἀλήθεια", "עברית", "العربية", "Łódź", "ﬁnal", "e\u0301te\u0301"]
# Markdown and HTML syntax, attribute lists, snippets, entities: all must stay text.
HOSTILE = [
    "<script>zqalert(1)</script>", "<img src=x onerror=zqalert(1)>", "<b onclick=zqclick>bold</b>", "<!--", "-->",
    "<div>", "</p>", "<br>", "<zqtag>", "[link](javascript:zqalert(1))", "![img](http://zq.invalid/x.png)", "<http://zq.invalid>",
    "{: onclick=zqclick }", "{: .zqclass }", "{ #zqid }", "&amp;", "&lt;b&gt;", "&#60;", "*", "**", "_", "__init__",
    "`code`", "~~", "^^", "==", "$", ":", "|", "\\", "#", ">", "+", "-", "[", "]", "(", ")", "{", "}", "[^1]",
    "*[HTML]:", "!!! note", "--8<--", '"', "'", "“", "”", "‘", "’", "…", "—", "–", "¶", "\u00a0", "🙂",
    # A site generator's syntax, which the Markdown reader takes out (mdtemplates.py).
    "{{< zqshort >}}", "{{% /zqshort %}}", "{{</* zq */>}}", "{% raw %}", "{% endraw %}", "{% comment %}", "{{ zqexpr }}", "{:toc}",
    # TeX math, which becomes MathML (mathml.py).
    "$x_i$", "$a*b*c$", "$\\text{<script>zqalert(1)</script>}$", "$\\frac{1}{n}$", "$5", "$$",
]
# Things that mean something only at the start of a line.
LINE_STARTS = [
    "    ", "\t", "1986. ", "2) ", "# ", "## ", "> ", "+ ", "= ", "---", "***", "___", "[x]: http://zq.invalid ",
    "*[ABBR]: ", "[^1]: ", "!!! note ", "--8<-- ", "<div> ", "| a | b | ", ": ", "~~~ ", "```",
    "{% highlight py %}", "{% endhighlight %}", "{{< figure src=x caption=zq >}}", "|---|:--:|", "| zq | ",
    "$$\n\\sum_i x_i\n$$\n",
]

word = st.one_of(st.sampled_from(PLAIN), st.sampled_from(UNICODE), st.sampled_from(HOSTILE))


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(word, min_size=2, max_size=14))
    first = draw(st.sampled_from(PLAIN)).capitalize()
    return " ".join([first, *words]) + draw(st.sampled_from([".", "!", "?", "…", "。"]))


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    text = " ".join(draw(st.lists(sentence(), min_size=1, max_size=5)))
    if draw(st.booleans()):
        text = draw(st.sampled_from(LINE_STARTS)) + text
    if draw(st.integers(0, 3)) == 0:  # hard-wrapped, as pasted from a PDF
        text = "\n".join(textwrap.wrap(text, draw(st.integers(40, 100)), break_long_words=False, break_on_hyphens=False))
    return text


@st.composite
def a_list(draw: st.DrawFn) -> str:
    marker = draw(st.sampled_from(["- ", "* ", "• ", "1. ", "1) "]))
    items = draw(st.lists(st.lists(word, min_size=1, max_size=8).map(" ".join), min_size=1, max_size=5))
    numbered = marker[0].isdigit()
    return "\n".join(f"{n}{marker[1:]}{item}" if numbered else f"{marker}{item}" for n, item in enumerate(items, 1))


@st.composite
def heading(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from([*PLAIN, *UNICODE])).capitalize()
    rest = draw(st.lists(st.one_of(st.sampled_from(PLAIN), st.sampled_from(UNICODE), st.sampled_from(HOSTILE)), max_size=5))
    return " ".join([first, *rest, draw(st.sampled_from(PLAIN))])


@dataclasses.dataclass(frozen=True)
class Generated:
    text: str
    glossary: str | None
    absorbed: frozenset[str]  # words the parser turns into structure


@st.composite
def essays(draw: st.DrawFn) -> Generated:
    title = draw(heading())
    parts = [title]
    if draw(st.booleans()):
        parts.append(draw(heading()))  # a dek, or a first heading
    parts += draw(st.lists(st.one_of(paragraph(), a_list()), min_size=1, max_size=3))
    for _ in range(draw(st.integers(0, 6))):
        parts.append(draw(st.sampled_from([title, draw(heading())])))  # repeats of the title and of headings, too
        parts += draw(st.lists(st.one_of(paragraph(), paragraph(), a_list()), min_size=1, max_size=4))
    absorbed: set[str] = set()
    if draw(st.booleans()):  # footnote markers and a closing Notes section
        keys = draw(st.lists(st.integers(1, 5), min_size=1, max_size=3, unique=True))
        body = [i for i, p in enumerate(parts) if i > 0 and p != title and p.rstrip().endswith(tuple(".!?…。"))]
        for key in keys:
            if body:
                i = draw(st.sampled_from(body))
                parts[i] += f"[{key}]"
        parts += ["Notes", "\n".join(f"[{key}] " + draw(sentence()) for key in sorted(keys))]
        absorbed.add("notes")
    glossary = draw(glossaries(" ".join(parts))) if draw(st.booleans()) else None
    return Generated("\n\n".join(parts) + "\n", glossary, frozenset(absorbed))


@st.composite
def glossaries(draw: st.DrawFn, text: str) -> str | None:
    """A curated glossary of a few of the essay's own words, with hostile definitions."""
    candidates = sorted({w for w in re.findall(r"[^\W\d_]{4,}", text)}, key=str.casefold)
    terms = draw(st.lists(st.sampled_from(candidates), max_size=4, unique_by=lambda w: unicodedata.normalize("NFKC", w).casefold())) if candidates else []
    if not terms:
        return None
    entries = [
        {"term": t, "definition": " ".join([draw(st.sampled_from(PLAIN)), *draw(st.lists(word, max_size=10))]), "theme": draw(st.booleans())}
        for t in terms
    ]
    return yaml.safe_dump({"terms": entries}, allow_unicode=True, sort_keys=False)


# --- running the pipeline ---------------------------------------------------------


@pytest.fixture(scope="module")
def base_inputs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Inputs]:
    """Inputs as read from a real project; each example swaps in its essay.

    Social cards are stubbed: they are tested in test_cards.py, and PNG
    compression would be most of each example's time.
    """
    root = make_project(tmp_path_factory.mktemp("properties"), fixture("lists"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cards, "render_card", lambda *args: b"\x89PNG stub")
        yield read_inputs(root, root / "seeds", root / "mkdocs.yml")


@pytest.fixture(scope="module")
def allowed(base_inputs: Inputs) -> Allowed:
    seen = [ALWAYS_ALLOWED]
    # The Markdown reader's marks and the title block's epigraph are the
    # renderer's own elements too (tests/fixtures/formats/).
    for path in sorted([*FIXTURES.glob("*.txt"), *(FIXTURES.parent / "formats").glob("*")]):
        output = run(base_inputs, path.read_text(encoding="utf-8"))
        seen.append(allowed_in(render_docs(output.files, base_inputs.markdown).values()))
    return Allowed(*(frozenset().union(*(getattr(a, f.name) for a in seen)) for f in dataclasses.fields(Allowed)))


def run(base: Inputs, text: str, glossary: str | None = None) -> Output:
    inputs = dataclasses.replace(
        base,
        essay=source_text("seeds/essay.txt", "essay", text),
        glossary=("seeds/essay.glossary.yml", glossary) if glossary else None,
    )
    with quiet():
        return generate(inputs, Manifest())


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Control characters and unused aliases are warned about: fine here."""
    import logging

    logger = logging.getLogger("essay_site")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def check_html(pages: dict[str, lxml.html.HtmlElement], allowed: Allowed) -> None:
    """Only the renderer's own elements, attributes, classes and links;
    unique ids; every link and fragment resolves. An essay's own http(s)
    and mailto links (Markdown's, and a plain text's addresses) are
    allowed; no other scheme ever is."""
    for path, tree in pages.items():
        for el in tree.iter():
            if not isinstance(el.tag, str):
                assert el.text is None or not el.text.strip(), (path, el.text)  # only our own <!-- --> list breaks
                continue
            assert el.tag in allowed.tags, (path, el.tag)
            assert set(el.attrib) <= allowed.attributes, (path, el.tag, dict(el.attrib))
            assert set(el.get("class", "").split()) <= allowed.classes, (path, el.get("class"))
            assert not SCHEME.match(el.get("href", "")) or OUT_LINK.match(el.get("href", "")), (path, el.get("href"))
            assert not any(a.startswith("on") or a in ("src", "srcdoc") for a in el.attrib), (path, dict(el.attrib))
            if "style" in el.attrib:
                assert el.tag in ("th", "td") and re.fullmatch(r"text-align: (left|right|center);", el.get("style")), el.attrib
        assert not duplicate_ids(tree), (path, duplicate_ids(tree))
    assert not broken_doc_links(pages)


def check_literal(output: Output, pages: dict[str, lxml.html.HtmlElement]) -> None:
    """Every paragraph and list item reads exactly as the essay wrote it, on
    its own page and on the one-page edition: escaping holds for every
    character. Footnote references are the footnotes extension's numbers."""
    notes = output.linked.notes
    for page in (output.linked.index, *output.linked.pages):
        for path in (Site.page_path(page.slug), Site.READ):
            for para in page.paras:
                if para.kind == "break":  # a line of rule characters alone is a rule: nothing to show literally
                    continue
                element = pages[path].get_element_by_id(para.anchor)
                assert blocks_shown(para.kind, element) == blocks_expected(para.kind, para.plain, notes), (path, para.anchor)


def blocks_shown(kind: str, element: lxml.html.HtmlElement) -> list[str]:
    """The text of a block as the page shows it, one entry per item; a
    verse's lines run together as one."""
    if kind == "list":
        return [shown(li) for li in element.getparent().xpath("li")]
    if kind == "quote":
        return [shown(p) for p in element.getparent().xpath("p")]
    if kind == "code":
        return [" ".join(element.getnext().text_content().split())]
    return [shown(element)]


def blocks_expected(kind: str, items: tuple[str, ...], notes: dict[str, str]) -> list[str]:
    if kind in ("verse", "code"):
        return [" ".join(expected(item, notes) for item in items)]
    return [expected(item, notes) for item in items]


def shown(element: lxml.html.HtmlElement) -> str:
    element = copy.deepcopy(element)
    for extra in element.xpath(".//sup | .//a[@class='para-link'] | .//button"):
        extra.drop_tree()
    return " ".join(element.text_content().split())


def expected(text: str, notes: dict[str, str]) -> str:
    return " ".join(re.sub(r"\[(\d{1,3})\]", lambda m: " " if m.group(1) in notes else m.group(0), text).split())


def check_nav(output: Output) -> None:
    config = yaml.safe_load(output.files[".essay.yml"])

    def paths(nav: list) -> Iterator[str]:
        for entry in nav:
            (value,) = entry.values()
            yield from paths(value) if isinstance(value, list) else [value]

    assert all(p in output.files for p in paths(config["nav"]))


# --- the properties ------------------------------------------------------------------


@given(essay=essays())
def test_generated_essays_build_safely(base_inputs: Inputs, allowed: Allowed, essay: Generated) -> None:
    output = run(base_inputs, essay.text, essay.glossary)
    pages = render_docs(output.files, base_inputs.markdown)
    check_html(pages, allowed)
    check_nav(output)
    if output.linked.essay.format == "markdown":
        # A .txt with Markdown in it is read as Markdown (issue 11): its syntax
        # consumes characters (link targets, raw HTML, code fences), so the
        # literal checks below are for plain text; test_formats_markdown.py
        # tests the Markdown reading.
        return
    check_literal(output, pages)
    # Every word of the prose, as read (NFC, invisible characters gone), is on
    # the one-page edition and on the section pages.
    # List markers and footnote numbers are structure, not words.
    lines = source_text("x", "x", essay.text).lines
    source = "\n".join(m.group("text") if (m := LIST_ITEM.match(line)) else line for line in lines)
    if "notes" in essay.absorbed:
        # "[1]", and "[^1]" as plain text may write it too (found by `make
        # fuzz`: the footnotes extension numbers notes in the order they are
        # first cited, so "[2][1] … [^1]" shows as 1, 2, 2 and no "1" is left).
        source = re.sub(r"\[\^?\d{1,3}\]", " ", source)
    expected = set(words(source)) - essay.absorbed
    sections = {p: t for p, t in pages.items() if p not in ("glossary.md", "read.md", "theme-map.md") and not p.startswith("themes/")}
    for name, group in (("read", [pages["read.md"]]), ("sections", sections.values())):
        have = set(words(" ".join(tree.text_content() for tree in group)))
        assert not expected - have, (name, sorted(expected - have))


# --- the inputs that may be rejected, and with which message ---------------------

# What a reader never sees: control characters, the zero-width space, the word
# joiner and the byte order mark (other format characters, such as bidi marks,
# count as text).
INVISIBLE = frozenset("\u200b\u2060\ufeff")


def noncharacter(c: str) -> bool:
    """Unicode's 66 noncharacters: U+FDD0–U+FDEF and the last two code
    points of every plane. The reader removes them (found by `make fuzz`: a
    lone U+FFFE was judged a title here, while the reader rightly saw no text)."""
    return 0xFDD0 <= ord(c) <= 0xFDEF or ord(c) & 0xFFFE == 0xFFFE


def visible(line: str) -> bool:
    return any(not (c.isspace() or c in INVISIBLE or unicodedata.category(c) == "Cc" or noncharacter(c)) for c in line)


def visible_blocks(text: str) -> list[list[str]]:
    """The input's runs of lines with visible text, split at lines without any."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if visible(line):
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def first_visible_line(text: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if visible(line))


def no_body(text: str) -> bool:
    """A title and nothing to read under it: one block, or a block followed
    only by one-line blocks short enough to be a dek or metadata lines."""
    blocks = visible_blocks(text)
    return len(blocks) == 1 or all(len(b) == 1 and len(b[0]) <= 120 for b in blocks[1:])


def allowed_rejection(text: str) -> str | None:
    """The one message this input may be rejected with, or None: it must build.

    Each reason is judged from the input itself, not from the parser's code:
    empty; nothing visible; a title with no body (the message names the
    title's line). Web clutter is never generated here, so "nothing is left
    after removing web clutter" is not allowed.
    """
    if not text:
        return "seeds/essay.txt: is empty"
    if not any(visible(line) for line in text.splitlines()):
        return "seeds/essay.txt: has no text, only whitespace or invisible characters"
    if no_body(text):
        return f"seeds/essay.txt:{first_visible_line(text)}: has a title but no body"
    return None


@given(text=st.text(st.characters(codec="utf-8"), max_size=2000))
def test_any_text_builds_or_is_a_clear_error(base_inputs: Inputs, allowed: Allowed, text: str) -> None:
    expected_error = allowed_rejection(text)
    try:
        output = run(base_inputs, text)
    except EssayError as error:
        assert expected_error is not None, f"rejected an essay with a body: {error}"
        assert str(error) == expected_error
        return
    assert expected_error is None or expected_error.endswith("has a title but no body"), f"built, expected {expected_error!r}"
    pages = render_docs(output.files, base_inputs.markdown)
    check_html(pages, allowed)
    check_nav(output)
    if output.linked.essay.format != "markdown":  # see test_generated_essays_build_safely
        check_literal(output, pages)


LINES = st.lists(
    st.one_of(st.sampled_from(["", "", " ", "Notes", "Contents", "By Jane Doe", "March 3, 2021", "Abstract", "© 2024 Zq", "[1] A note."]),
              st.sampled_from(LINE_STARTS).map(lambda s: s + "Zq text"), heading(), paragraph(), a_list(),
              st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80)),
    min_size=1, max_size=40,
)


@given(lines=LINES)
def test_any_arrangement_of_lines_builds_or_is_a_clear_error(base_inputs: Inputs, allowed: Allowed, lines: list[str]) -> None:
    """Structure-shaped lines in any order: contents blocks, front matter,
    notes, lists and headings next to each other, stray blank lines."""
    test_any_text_builds_or_is_a_clear_error.hypothesis.inner_test(base_inputs, allowed, "\n".join(lines))  # type: ignore[attr-defined]


# Byte order marks and the codec each one names, longest first (UTF-32 LE's
# mark begins with UTF-16 LE's).
MARKED = ((b"\xff\xfe\x00\x00", "utf-32", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
          (b"\xff\xfe", "utf-16", "UTF-16"), (b"\xfe\xff", "utf-16", "UTF-16"))


def decode_expectation(data: bytes) -> str | re.Pattern[str]:
    """The text these bytes decode to, or the error they are rejected with,
    judged from the bytes: a byte order mark names the codec; else a NUL
    byte (binary data, or UTF-16 without a mark) or bytes that are not UTF-8
    are an error, each with the offset of the first offending byte. (Random
    bytes never hold a Gutenberg header's encoding; test_decoding does.)"""
    for mark, codec, name in MARKED:
        if data.startswith(mark):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as error:
                return re.compile(rf"seeds/essay\.txt: is not valid {name} \(at byte offset {error.start}, after its byte order mark\); save it as UTF-8")
    if b"\x00" in data:
        offset = data.index(b"\x00")
        return re.compile(
            rf"seeds/essay\.txt(:\d+)?: (looks like UTF-16 text without a byte order mark|is binary data, not text) \(NUL byte at byte offset {offset}\).*"
        )
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        return re.compile(rf"seeds/essay\.txt:\d+: is not valid UTF-8 \(byte 0x[0-9a-f]{{2}} at byte offset {error.start}\); save it as UTF-8")


@given(data=st.one_of(st.binary(max_size=400), st.sampled_from([m for m, _, _ in MARKED]).flatmap(lambda m: st.binary(max_size=400).map(lambda b: m + b))))
def test_any_bytes_decode_or_are_a_clear_error(data: bytes) -> None:
    expected = decode_expectation(data)
    try:
        text = decode("seeds/essay.txt", data)
    except EssayError as error:
        assert isinstance(expected, re.Pattern), f"rejected decodable bytes: {error}"
        assert expected.fullmatch(str(error)), str(error)
        return
    assert text == expected, f"decoded, expected {expected!r}"


def test_words_survive_a_hostile_paragraph(base_inputs: Inputs, allowed: Allowed) -> None:
    """One fixed example of everything at once, so a failure is easy to read."""
    hostile = " ".join(HOSTILE)
    text = f"A Title\n\nFirst part\n\n{hostile}.\n\n- {hostile}\n\nSecond part\n\n{hostile}.\n"
    output = run(base_inputs, text)
    pages = render_docs(output.files, base_inputs.markdown)
    check_html(pages, allowed)
    check_literal(output, pages)
    assert not set(words(text)) - set(words(pages["read.md"].text_content()))
