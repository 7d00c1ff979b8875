"""link.py on what the plain-text reader never makes: subsections, code
blocks, inline marks (emphasis, code, links). The Markdown readers make them;
these tests build the Essay by hand, so they hold whichever reader runs.

Found by `make mutants`: every mutant of this handling survived before.
"""

from __future__ import annotations

from essay_site.link import link
from essay_site.pages.share import shared_paragraphs
import dataclasses


from essay_site.model import Block, Essay, Glossary, Mark, Note, Section, SubHeading, TermRef, Text, Term

GLOSSARY = Glossary(
    terms=(Term("openness", "openness", (), "Being open.", (), False),),
    curated=True,
    path="seeds/essay.glossary.yml",
)


def para(text: str, line: int, marks: tuple[Mark, ...] = ()) -> Block:
    return Block("paragraph", (text,), line, marks=(marks,) if marks else ())


def essay(*sections: Section) -> Essay:
    return Essay(
        path="seeds/essay.txt", stem="essay", title="A Title", dek=None, meta=(),
        intro=(para("Intro prose here.", 3),), sections=sections, notes=(), removed=(),
    )


def test_subsections_are_flattened_into_subheadings_between_paragraphs() -> None:
    deep = Section("Deepest", 20, (para("Seventh level prose.", 21),), level=7)
    inner = Section("Inner part", 14, (para("Third level prose.", 15),), level=3, subsections=(deep,))
    nameless = Section("???", 17, (para("Prose under a heading without letters.", 18),), level=2)
    outer = Section("Outer part", 10, (para("Second level prose.", 11),), level=2, subsections=(inner,))
    section = Section("First", 5, (para("Top prose.", 6),), subsections=(outer, nameless))
    page = link(essay(section), GLOSSARY).pages[0]
    assert [p.plain for p in page.paras] == [
        ("Top prose.",), ("Second level prose.",), ("Third level prose.",), ("Seventh level prose.",),
        ("Prose under a heading without letters.",),
    ]
    assert page.subheadings == (
        SubHeading(1, 2, "Outer part", "outer-part"),
        SubHeading(2, 3, "Inner part", "inner-part"),
        SubHeading(3, 6, "Deepest", "deepest"),  # HTML has no h7: capped at 6
        SubHeading(4, 2, "???", "section"),
    )


def test_code_is_shown_as_written_and_lists_keep_their_numbering() -> None:
    code = Block("code", ("openness = 1", "print(openness)"), 6)
    numbered = Block("list", ("openness first", "then the rest"), 9, ordered=True, start=3)
    page = link(essay(Section("First", 5, (code, numbered))), GLOSSARY).pages[0]
    code_para, list_para = page.paras
    assert code_para.kind == "code"
    assert code_para.items == ((Text("openness = 1", ("code",)),), (Text("print(openness)", ("code",)),))
    assert code_para.plain == ("openness = 1", "print(openness)")
    assert (list_para.kind, list_para.block.ordered, list_para.block.start) == ("list", True, 3)
    assert TermRef("openness", "openness", True) in list_para.items[0]


def test_marks_keep_their_style_and_terms_link_only_outside_code_and_links() -> None:
    text = "Why openness matters: openness in code and a link to openness here."
    marks = (
        Mark(0, 21, "em"),  # "Why openness matters:" — a term inside emphasis is still linked, and still emphasised
        Mark(22, 30, "code"),  # the second "openness", as code
        Mark(50, 64, "link", "https://example.org/"),  # "link to openne" … a link's text is never a term link
    )
    page = link(essay(Section("First", 5, (para(text, 6, marks),))), GLOSSARY).pages[0]
    (items,) = page.paras[0].items
    assert items[0] == Text("Why ", ("em",))
    assert items[1] == TermRef("openness", "openness", True, ("em",))  # the mention keeps its emphasis
    assert items[2] == Text(" matters:", ("em",))
    assert Text("openness", ("code",)) in items
    links = [run for run in items if isinstance(run, Text) and run.href]
    assert links == [Text(text[50:64], ("link",), "https://example.org/")]
    assert sum(isinstance(run, TermRef) for run in items) == 1
    assert "".join(run.text for run in items if hasattr(run, "text")) == text


def quoted(text: str) -> list[str]:
    """The sentences a theme page would quote for the term, from one paragraph with a note [1]."""
    section = Section("First", 5, (para(text, 6),))
    linked = link(dataclasses.replace(essay(section), notes=(Note("1", "A source.", 30),)), GLOSSARY)
    return [m.sentence for m in linked.mentions if m.page == linked.pages[0].slug]


def test_quoted_sentences_drop_note_markers_but_keep_other_brackets() -> None:
    """A marker of a real note ("[1]") is dropped from the quote; "[7]"
    (no such note) is the essay's own text."""
    assert quoted("Before it. Openness grew [1] fast. After.") == ["Openness grew fast."]
    assert quoted("Before it. Then openness [7] stayed. After.") == ["Then openness [7] stayed."]


def test_a_note_marker_after_the_full_stop_ends_the_quoted_sentence() -> None:
    assert quoted("Before it. Openness grew fast.[1] Then it stayed. After.") == ["Openness grew fast."]


def test_a_note_marker_is_no_word_of_a_paragraphs_anchor() -> None:
    """"Naturstand[2]." links as "…naturstand", not "…naturstand2"; a
    bracket that is no note's marker is the essay's own text."""
    section = Section("First", 5, (para("Der Friedenszustand ist kein Naturstand[2].", 6), para("Kein Naturstand[7] hier.", 8)))
    notes = (Note("2", "Gemeiniglich nimmt man an.", 10),)
    linked = link(dataclasses.replace(essay(section), notes=notes), GLOSSARY)
    assert [p.anchor for p in linked.pages[0].paras] == ["der-friedenszustand-ist-kein-naturstand", "kein-naturstand7-hier"]


def test_a_paragraph_without_words_gets_a_generic_anchor() -> None:
    section = Section("First", 5, (para("🎉", 6), para("→ ←", 8)))
    anchors = [p.anchor for p in link(essay(section), GLOSSARY).pages[0].paras]
    assert anchors == ["p", "p-2"]


def test_a_scene_break_is_a_break_with_no_anchor_and_no_share_page() -> None:
    """"* * *", "____", "— · —": the author's break between passages, not a
    paragraph a reader would link to or quote."""
    section = Section("First", 5, (para("Words here.", 6), para("* * *", 7), para("____", 8), para("— · —", 9), para("More words.", 10)))
    linked = link(essay(section), GLOSSARY)
    paras = linked.pages[0].paras
    assert [(p.kind, p.anchors) for p in paras] == [
        ("paragraph", ("words-here",)), ("break", ()), ("break", ()), ("break", ()), ("paragraph", ("more-words",)),
    ]
    assert [s.anchor for s in shared_paragraphs(linked) if s.section == linked.pages[0].slug] == ["words-here", "more-words"]


def test_each_list_item_has_its_own_anchor_and_its_quotes_link_to_it() -> None:
    """A bullet is quoted and linked to like a paragraph: a glossary or theme
    quote from the third item lands on the third item, not on the first."""
    items = ("Plain first item here.", "Second item, plain too.", "Third item speaks of openness.")
    section = Section("First", 5, (Block("list", items, 6), para("Then prose.", 10)))
    linked = link(essay(section), GLOSSARY)
    listed, prose = linked.pages[0].paras
    # The first keeps the anchor the whole list had before items had their own,
    # so links pasted earlier still land.
    assert listed.anchors == ("plain-first-item-here-second-item", "second-item-plain-too", "third-item-speaks-of-openness")
    assert listed.anchor == listed.anchors[0] and prose.anchor == "then-prose"
    assert [m.anchor for m in linked.mentions if m.page == linked.pages[0].slug] == ["third-item-speaks-of-openness"]


def test_only_a_list_has_item_anchors() -> None:
    quote = Block("quote", ("One paragraph quoted.", "Another quoted."), 6)
    (para_,) = link(essay(Section("First", 5, (quote,))), GLOSSARY).pages[0].paras
    assert para_.anchors == (para_.anchor,) and para_.anchor_of(1) == para_.anchor


def test_a_scene_break_between_passages_is_a_rule_on_the_page() -> None:
    from essay_site.pages.context import Context
    from essay_site.pages.inline import paras
    from helpers import essay_of
    from test_escape import ESCAPER, render

    linked = link(essay_of("Title\n\nThe first passage, in words.\n\n* * *\n\nThe second passage, in words."), GLOSSARY)
    page = render(paras(Context.of(linked, ESCAPER, "seeds/essay.txt"), "index.md", linked.index.paras))
    assert [el.tag for el in page] == ["p", "hr", "p"]
    assert "*" not in page.text_content()


def test_a_tag_written_as_text_gives_its_name_to_the_id() -> None:
    """A list of elements (`<html>`, `<head>`) gets ids of their names, not "p", "p-2"."""
    listed = Block("list", ("<html>", "<head>", "<title> and more"), 6, marks=((Mark(0, 6, "code"),), (Mark(0, 6, "code"),), ()))
    paras = link(essay(Section("First", 5, (listed,))), GLOSSARY).pages[0].paras
    assert paras[0].anchors[1:] == ("head", "title-and-more")
    assert paras[0].anchors[0].startswith("html-head")  # the first keeps the id the whole list had
