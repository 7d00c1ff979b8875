"""Code in a Markdown essay keeps the language its fence names, and the site
highlights it (Pygments, as CSS classes) while showing every character of
the code as written: no code, and no info string, becomes markup."""

from __future__ import annotations

import pytest

from essay_site.model import Essay
from test_math import md, shown


def code_blocks(essay: Essay) -> list[tuple[str, str]]:
    return [(b.language, b.text) for b in essay.intro if b.kind == "code"]


@pytest.mark.parametrize(
    ("fence", "language"),
    [
        ("```python", "python"),
        ("```Python title=\"x.py\"", "python"),  # the first word only, as CommonMark says
        ("~~~ {.haskell}", "haskell"),  # pandoc's class
        ("```c++", "c++"),
        ("```", ""),
        ('```"><img src=x onerror=alert(1)>', ""),  # no name: nothing of it is kept
    ],
)
def test_a_fence_names_its_language(fence: str, language: str) -> None:
    closing = fence[:3]
    essay = md(f"# T\n\nProse.\n\n{fence}\nx = 1\n{closing}\n")
    assert code_blocks(essay) == [(language, "x = 1")]


def test_indented_code_has_no_language() -> None:
    assert code_blocks(md("# T\n\nProse.\n\n    x = 1\n")) == [("", "x = 1")]


def test_a_tab_indents_code_as_four_spaces_do() -> None:
    """CommonMark's tab stops are four columns apart: a tab-indented block
    is code, and a tab inside code keeps the code's indentation."""
    assert code_blocks(md("# T\n\nProse.\n\n\tfor x in y:\n\t\tgo(x)\n")) == [("", "for x in y:\n    go(x)")]
    assert code_blocks(md("# T\n\nProse.\n\n```go\nfunc f() {\n\treturn\n}\n```\n")) == [("go", "func f() {\n    return\n}")]


CODE = 'if a < b and c > d:\n    print("<script>alert(1)</script>", "```", "&amp;")\n\tdone()'


def test_code_with_a_language_is_highlighted_and_shown_as_written() -> None:
    page = shown(md(f"# T\n\nProse.\n\n````python\n{CODE}\n````\n\nAfter.\n"))
    block = page.find(".//pre/code")
    # Every character, the fence inside too; a tab is its columns, to the next stop of four.
    assert block.text_content() == CODE.expandtabs(4) + "\n"
    assert {el.tag for el in block.iterdescendants()} == {"span"}  # highlighted, and nothing else
    assert {el.get("class") for el in block.iterdescendants()} >= {"k", "nb"}  # `if`, `print`
    assert not page.findall(".//script") and not page.findall(".//img")
    assert page.xpath("string(//p[last()])").startswith("After.")  # the fence closed where the author's did


def test_code_without_a_language_is_not_highlighted() -> None:
    page = shown(md(f"# T\n\nProse.\n\n```\n{CODE}\n```\n"))
    block = page.find(".//pre/code")
    assert block.text_content().rstrip("\n") == CODE.expandtabs(4)
    assert not list(block.iterdescendants())


def test_a_hostile_info_string_is_no_markup() -> None:
    page = shown(md('# T\n\nProse.\n\n```"><img src=x onerror=alert(1)>\nx = 1\n```\n'))
    assert not page.findall(".//img")
    assert page.find(".//pre/code").text_content() == "x = 1\n"


def test_a_link_whose_text_mixes_code_and_words_is_one_link() -> None:
    """"[`?` operator](…)" had become two links side by side, "?" and "operator"."""
    page = shown(md("# T\n\nThe [`?` operator](https://x.org/q) and [*The Turing Way* book](https://x.org/t) help.\n"))
    links = [(a.text_content(), a.get("href")) for a in page.xpath("//a[starts-with(@href, 'https://')]")]
    assert links == [("? operator", "https://x.org/q"), ("The Turing Way book", "https://x.org/t")]
    assert page.xpath("//a[@href='https://x.org/q']/code/text()") == ["?"]
    assert page.xpath("//a[@href='https://x.org/t']/em/text()") == ["The Turing Way"]


def test_a_link_to_one_of_the_essays_own_headings_goes_to_its_page() -> None:
    """A README's "[Contributing](#contributing)" named GitHub's id of its
    heading: it goes to that section's page; a fragment naming no heading
    is no link (it had been a dead one)."""
    essay = md(
        "# The Handbook\n\nSee [how to contribute](#contributing), [the rules](#house-rules) and [nothing](#missing).\n\n"
        "## About the project\n\nWords.\n\n### House rules\n\nMore words.\n\n## Contributing\n\nWords.\n"
    )
    links = [(a.text_content(), a.get("href")) for a in shown(essay).xpath("//a[not(@class)]")]
    assert ("how to contribute", "contributing.md") in links
    assert ("the rules", "about-the-project.md#house-rules") in links
    assert "nothing" not in [text for text, _ in links]
