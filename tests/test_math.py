"""TeX math in a Markdown essay: `$…$` and `$$…$$` are typeset as MathML
(the browser draws it: no script, no font, nothing third-party), money stays
money, and no TeX reaches the page as markup of its own. And the author's
other typesetting inside a line: a `<br>` or backslash line break."""

from __future__ import annotations

import textwrap

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from essay_site.formats import parse
from essay_site.glossary import load_glossary
from essay_site.link import link
from essay_site.mathml import ELEMENTS, to_mathml
from essay_site.model import Essay
from essay_site.pages.context import Context
from essay_site.pages.inline import para
from essay_site.read import source_text
from essay_site.terms import key_terms
from test_escape import ESCAPER, HOSTILE, render

ESSAY = """
    ---
    title: On Averages
    ---

    The mean of $x_i$ over $n$ samples is $\\bar{x} = \\frac{1}{n}\\sum_i x_i$, and when $a*b*c$ grows so does it.
    Prices were $5 and $10 at the shop.

    In code, `$HOME` is a variable.

    $$
    \\mathrm{Var}(X) = E[X^2] - E[X]^2
    $$
"""


def md(text: str) -> Essay:
    return parse(source_text("seeds/essay.md", "essay", textwrap.dedent(text).lstrip("\n")))


def shown(essay: Essay) -> lxml.html.HtmlElement:
    linked = link(essay, load_glossary("g.yml", "terms:\n- {term: Zqx, definition: Unused.}\n"))
    context = Context.of(linked, ESCAPER, "seeds/essay.md")
    return render("\n\n".join(para(context, "index.md", p) for p in linked.index.paras))


def test_dollar_math_is_read_as_math_and_money_is_not() -> None:
    first, code, display = md(ESSAY).intro
    assert [first.text[m.start : m.end] for m in first.marks_of(0) if m.kind == "math"] == [
        "x_i", "n", "\\bar{x} = \\frac{1}{n}\\sum_i x_i", "a*b*c",
    ]
    assert "Prices were $5 and $10 at the shop" in first.text
    assert [m.kind for m in code.marks_of(0)] == ["code"]  # `$HOME` is code, not math
    assert (display.kind, display.items) == ("math", ("\\mathrm{Var}(X) = E[X^2] - E[X]^2",))


def test_math_is_typeset_as_mathml_and_nothing_in_it_is_markdown() -> None:
    page = shown(md(ESSAY))
    formulas = page.findall(".//math")
    assert [f.get("display") for f in formulas] == ["inline"] * 4 + ["block"]
    assert formulas[0].get("alttext") == "x_i"
    assert [el.tag for el in formulas[3].iter()] == ["math", "mrow", "mi", "mo", "mi", "mo", "mi"]
    assert "".join(formulas[3].itertext()) == "a*b*c"
    assert not page.findall(".//em")  # a*b*c is no emphasis
    assert page.find(".//div[@class='math-block']/math") is formulas[4]
    assert page.find(".//div[@class='math-block']").get("id")  # a displayed formula can be linked to
    assert "$5 and $10" in page.text_content()


def test_math_is_no_vocabulary() -> None:
    body = " ".join(f"Part {n} says $\\mathrm{{Var}}(X) + \\mathrm{{Cov}}(X, Y)$ about variance." for n in range(1, 6))
    essay = md(f"# Title\n\n## One\n\n{body}\n\n## Two\n\n{body}\n")
    assert {t.term.casefold() for t in key_terms(essay)} & {"mathrm", "var", "cov", "mathrm var"} == set()


@pytest.mark.parametrize(
    "tex",
    [
        "\\text{<script>alert(1)</script>}",
        "\\href{javascript:alert(1)}{x}",
        "\\style{background:url(https://example.com/x)}{x}",
        '\\color{red" onmouseover="alert(1)}{y}',
        "\\mathrm{</math><script>alert(1)</script>}",
        *HOSTILE,
    ],
)
def test_hostile_tex_gives_only_mathml_and_text(tex: str) -> None:
    page = render(f"Before {to_mathml(tex, display=False) or '`code`'} after.")
    tags = {el.tag for el in page.iter() if isinstance(el.tag, str)}
    assert tags <= ELEMENTS | {"div", "p", "code"}
    attributes = {name for el in page.iter() if isinstance(el.tag, str) for name in el.attrib}
    assert not {"href", "style", "onmouseover", "onerror", "onclick", "src"} & attributes
    assert page.text_content().startswith("Before ") and page.text_content().endswith(" after.")


def test_tex_it_cannot_read_stays_as_written() -> None:
    assert to_mathml("{" * 3000, display=False) is None
    assert to_mathml("x" * 5000, display=False) is None  # longer than any formula: bounded work
    assert to_mathml("   ", display=True) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"\\{}[]()^_$&%#<>\"' ab1*~|", "\\frac", "\\text", "\\begin{matrix}", "\\end{matrix}", "\\\\"]), max_size=30).map("".join))
def test_any_tex_typesets_or_falls_back_without_escaping_its_element(tex: str) -> None:
    math = to_mathml(tex, display=False)
    if math is None:
        return
    page = render(f"x {math} y")
    (formula,) = page.findall(".//math")
    assert {el.tag for el in formula.iter() if isinstance(el.tag, str)} <= ELEMENTS
    assert page.text_content().startswith("x ") and page.text_content().endswith(" y")


def test_the_authors_line_breaks_stay_line_breaks() -> None:
    """A lyric set with `<br>` or a backslash break keeps its lines, in a
    quote and in a paragraph; a plain line end is a space, as Markdown has it."""
    essay = md(
        """
        # Songs

        Some prose before the quotation.

        > You're hot then you're cold <br>
        > You're yes then you're no\\
        > You're in then you're out

        One line
        and the same line, then<br>a new one.
        """
    )
    quote, paragraph = essay.intro[1], essay.intro[2]
    assert quote.items == ("You're hot then you're cold\u2028You're yes then you're no\u2028You're in then you're out",)
    assert paragraph.items == ("One line and the same line, then\u2028a new one.",)
    page = shown(essay)
    (blockquote,) = page.findall(".//blockquote")
    assert len(blockquote.findall(".//br")) == 2
    assert [t.strip() for t in blockquote.itertext() if t.strip() and t.strip() != "¶"] == [
        "You're hot then you're cold", "You're yes then you're no", "You're in then you're out",
    ]


def test_a_latex_environment_on_its_own_lines_is_display_math() -> None:
    """A JOSS paper's `\\begin{align*}` had been a paragraph of escaped TeX."""
    essay = md(
        """
        # Hypotheses

        These can be formally specified as:

        \\begin{align*}
        H_0: && \\mu_1 & = 0 \\\\
        H_1: && \\mu_2 & = \\mu_1
        \\end{align*}

        The inline form $\\mu_1$ works.
        """
    )
    kinds = [(b.kind, b.text.split()[0]) for b in essay.intro]
    assert kinds == [("paragraph", "These"), ("math", "\\begin{align*}"), ("paragraph", "The")]
    assert "<mtable" in to_mathml(essay.intro[1].text, display=True)


def test_a_line_break_right_after_a_glossary_term_stays() -> None:
    """The term's attribute list ends its line; the author's break after it
    had been taken for the space to break there, and lost."""
    essay = md("# Browsers\n\nWe read every page in a browser.  \nThis line stays on its own line.\n")
    linked = link(essay, load_glossary("g.yml", "terms:\n- {term: browser, definition: A program.}\n"))
    context = Context.of(linked, ESCAPER, "seeds/essay.md")
    page = render(para(context, "index.md", linked.index.paras[0]))
    (paragraph,) = page.findall(".//p")
    assert len(paragraph.findall(".//br")) == 1
    assert paragraph.find(".//br").tail.strip().startswith("This line stays")


def test_a_line_break_is_a_space_in_the_frame() -> None:
    from essay_site.escape import frame

    assert frame("a\u2028b") == "a b"
    assert ESCAPER.inline("a \u2028 b <br>") == "a\u2028 b &lt;br&gt;".replace("\u2028", "<br>")


def test_two_trailing_spaces_are_a_line_break_where_the_paragraph_goes_on() -> None:
    """The reader trims lines; where two spaces had ended one, the break
    stays, but not before a heading, a list, or in code, where it would show."""
    text = "# Poems\n\nRoses are red,  \nviolets are blue.  \n\nText  \n# Heading  \nMore text.  \n- item\n\n```\ncode  \nmore\n```\n"
    essay = parse(source_text("seeds/essay.md", "essay", text))
    assert [b.items for b in essay.intro] == [("Roses are red,\u2028violets are blue.",), ("Text",)]
    (section,) = essay.sections
    assert [(b.kind, b.items) for b in section.blocks] == [("paragraph", ("More text.",)), ("list", ("item",)), ("code", ("code\nmore",))]
