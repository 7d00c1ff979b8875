"""Emacs Org-mode essays, read as the Markdown they map onto, line for line;
and reStructuredText files, read as plain text with their inline markup."""

from __future__ import annotations

from pathlib import Path

from essay_site.formats import parse
from essay_site.formats.detect import detect
from essay_site.read import source_text

ORG = """#+TITLE:      Git'r Done!
#+AUTHOR:     Worg people
#+DATE:       2009-05-04
#+OPTIONS:    H:3 num:nil toc:nil

# This file is released under the GNU
# Free Documentation license v1.3 or later.

This page contains links to articles about getting things done, and one of our own.

* First Heading   :tips:

Full [[http://example.org/article][article in the NYT]] and [[http://example.org/bare]].

: The next time you're juggling options,
: ask yourself what Xiang Yu would do.

** A Detail

Great talk about *time* and /attention/ and =code=, at 5*3 or a/b.

#+BEGIN_SRC python
print("* not a heading")
#+END_SRC

#+BEGIN_QUOTE
Everything should be made as simple as possible.
#+END_QUOTE
"""


def test_an_org_file_is_read_as_its_markdown() -> None:
    """"# comment" lines had been Markdown headings, "#+TITLE:" prose and
    "* Heading" a list item."""
    source = source_text("seeds/gitrdone.org", "gitrdone", ORG)
    assert detect(source).reader_name == "org"
    essay = parse(source)
    assert (essay.title, essay.format) == ("Git'r Done!", "markdown")
    assert [(f.label, f.value) for f in essay.meta] == [("Author", "Worg people"), ("Date", "2009-05-04")]
    assert [b.text for b in essay.intro] == ["This page contains links to articles about getting things done, and one of our own."]
    (first,) = essay.sections
    assert first.heading == "First Heading" and [s.heading for s in first.subsections] == ["A Detail"]
    link, code = first.blocks
    assert link.text == "Full article in the NYT and http://example.org/bare."
    assert [(m.kind, m.href) for m in link.marks_of(0)] == [("link", "http://example.org/article"), ("link", "http://example.org/bare")]
    assert (code.kind, code.text) == ("code", "The next time you're juggling options,\nask yourself what Xiang Yu would do.")
    emphasis, source_code, quote = first.subsections[0].blocks
    assert emphasis.text == "Great talk about time and attention and code, at 5*3 or a/b."
    assert [(emphasis.text[m.start : m.end], m.kind) for m in emphasis.marks_of(0)] == [("time", "strong"), ("attention", "em"), ("code", "code")]
    assert (source_code.kind, source_code.language, source_code.text) == ("code", "python", 'print("* not a heading")')
    assert (quote.kind, quote.text) == ("quote", "Everything should be made as simple as possible.")


def test_a_text_with_org_keywords_is_org_whatever_its_name() -> None:
    assert detect(source_text("seeds/notes.txt", "notes", ORG)).reader_name == "org"
    assert detect(source_text("seeds/notes.txt", "notes", "# One\n\nText.\n\n# Two\n\nText.\n")).reader_name == "markdown"


def test_an_rst_file_is_read_as_plain_text_with_its_inline_markup(tmp_path: Path) -> None:
    from essay_site.read import find_essay, read_essay

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "essay.rst").write_text(
        "On Governance\n=============\n\nSee :pep:`8002` and `the survey <https://example.org/s>`__ first.\n\n"
        "Rust\n----\n\nThe Rust project has teams.\n\nDjango\n------\n\nDjango has a technical board.\n",
        encoding="utf-8",
    )
    path = find_essay(tmp_path, tmp_path / "seeds")
    essay = parse(read_essay(tmp_path, path))
    assert (essay.title, [s.heading for s in essay.sections]) == ("On Governance", ["Rust", "Django"])
    assert essay.intro[0].text == "See PEP 8002 and the survey first."
