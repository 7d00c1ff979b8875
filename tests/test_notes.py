"""Footnotes in their three shapes, multi-paragraph notes, closing text after
the notes, and warnings instead of all-or-nothing."""

from __future__ import annotations

import logging

import pytest

from helpers import essay_of, paragraph

P1, P2, P3 = paragraph(40, "Alpha"), paragraph(45, "Beta"), paragraph(50, "Gamma")


def all_text(e) -> str:  # noqa: ANN001
    return " ".join(b.text for b in (*e.intro, *(b for s in e.sections for b in s.all_blocks())))


def test_notes_under_a_label_run_over_paragraphs_and_the_closing_stays() -> None:
    e = essay_of(
        f"The Title\n\n{P1} A claim.[1]\n\nHeading\n\n{P2} Another.[2]\n\nNotes\n\n[1] First source.\n\n"
        "It goes on in a second paragraph.\n\n[2] Second source.\n\nThanks to Ann for reading drafts of this."
    )
    assert [(n.key, n.text) for n in e.notes] == [
        ("1", "First source.\n\nIt goes on in a second paragraph."),
        ("2", "Second source."),
    ]
    assert [s.heading for s in e.sections] == ["Heading"]
    assert e.sections[-1].blocks[-1].text == "Thanks to Ann for reading drafts of this."


def test_a_notes_label_after_each_chapter_holds_that_chapters_notes() -> None:
    """Mill's On Liberty sets "FOOTNOTES:" after each chapter: every label
    goes, and a note's second paragraph stays in its note (it had leaked
    into the chapter when only the last label was read)."""
    e = essay_of(
        f"ON FREEDOM.\n\nCHAPTER I.\n\n{P1} A claim.[1] Another.[2]\n\nFOOTNOTES:\n\n[1] First source.\n\n"
        f"It goes on in a second paragraph.\n\n[2] Second source.\n\nCHAPTER II.\n\n{P2} As he said.[3]\n\nFOOTNOTES:\n\n[3] A book."
    )
    assert [(n.key, n.text) for n in e.notes] == [
        ("1", "First source.\n\nIt goes on in a second paragraph."), ("2", "Second source."), ("3", "A book."),
    ]
    assert [s.heading for s in e.sections] == ["Chapter I", "Chapter II"]
    assert "FOOTNOTES" not in all_text(e) and "It goes on" not in all_text(e)


def test_labelled_notes_that_reuse_keys_leave_the_earlier_list_in_place() -> None:
    e = essay_of(
        f"ON FREEDOM.\n\nCHAPTER I.\n\n{P1} A claim.[1]\n\nNOTES:\n\n[1] First source.\n\n"
        f"CHAPTER II.\n\n{P2} As he said.[1]\n\nNOTES:\n\n[1] A book."
    )
    assert [(n.key, n.text) for n in e.notes] == [("1", "A book.")]


def test_a_chapter_after_its_notes_is_not_read_into_the_next_note() -> None:
    """Mill's Chapter IV stood between Chapter III's "FOOTNOTES:" and its own
    "FOOTNOTE:" (singular): the whole chapter had become note 12's second
    paragraphs, and the singular label was not a label."""
    long = "\n\n".join([P2] * 6)
    e = essay_of(
        f"ON FREEDOM.\n\nCHAPTER III.\n\n{P1} A claim.[12]\n\nFOOTNOTES:\n\n[12] A source.\n\n"
        f"CHAPTER IV.\n\n{long} As he said.[13]\n\nFOOTNOTE:\n\n[13] A book."
    )
    assert [(n.key, n.text) for n in e.notes] == [("12", "A source."), ("13", "A book.")]
    assert [s.heading for s in e.sections] == ["Chapter III", "Chapter IV"]
    assert len(e.sections[1].blocks) == 6 and "FOOTNOTE" not in all_text(e)


def test_trailing_notes_without_a_label() -> None:
    e = essay_of(f"THE TITLE.[1]\n\n{P1}\n\nI.\n\n{P2} As he said.[2]\n\nII.\n\n{P3}[3]\n\n[1] An address.\n\n[2] A book,\nLondon, 1865.\n\n[3] A letter.")
    assert [(n.key, n.text) for n in e.notes] == [("1", "An address."), ("2", "A book, London, 1865."), ("3", "A letter.")]
    assert [s.heading for s in e.sections] == ["I", "II"]
    assert "[1]" not in all_text(e)


def test_gutenberg_footnote_blocks() -> None:
    e = essay_of(
        f"The Title\n\n{P1} Into use.[A]\n\nFOOTNOTES:\n\n[Footnote A: The author of this essay\nbelieves so.]\n\n"
        f"{P2} More.[B]\n\n[Footnote B: An opponent [the Rev. Davis] objected.\n\nI submit otherwise.]\n\n{P3}"
    )
    assert [(n.key, n.text) for n in e.notes] == [
        ("A", "The author of this essay believes so."),
        ("B", "An opponent [the Rev. Davis] objected.\n\nI submit otherwise."),
    ]
    assert "FOOTNOTES" not in all_text(e) and "Footnote" not in all_text(e)
    assert [b.text for b in e.intro][-1] == P3


def test_gutenberg_note_blocks_in_the_editions_language() -> None:
    e = essay_of(f"The Title\n\n{P1} Into use[A].\n\n[Nota A: A. Comte: Cours de philosophie\npositive. Tomo IV.]\n\n{P2}\n\n[Illustration: a map]\n\n{P3}")
    assert [(n.key, n.text) for n in e.notes] == [("A", "A. Comte: Cours de philosophie positive. Tomo IV.")]
    assert "Nota" not in all_text(e) and "[Illustration: a map]" in all_text(e)  # no key: an illustration, not a note


@pytest.mark.parametrize(("marker", "entry"), [("^1", "^1 A source."), ("¹", "¹ A source."), ("[1]", "1. A source.")])
def test_marker_shapes_become_bracketed_keys(marker: str, entry: str) -> None:
    e = essay_of(f"The Title\n\n{P1} A claim{marker} here.\n\nHeading\n\n{P2}\n\nFootnotes\n\n{entry}")
    assert [(n.key, n.text) for n in e.notes] == [("1", "A source.")]
    assert "A claim[1] here." in all_text(e)


def test_unmatched_markers_and_notes_are_reported_not_all_or_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="essay_site"):
        e = essay_of(f"The Title\n\n{P1} One.[1] Two.[2] Nine.[9]\n\nHeading\n\n{P2} [a] is an editor's.\n\nNotes\n\n[1] First.\n[2] Second.\n[3] Third.")
    assert [n.key for n in e.notes] == ["1", "2"]
    assert caplog.messages == [
        "test.txt:3: footnote marker [9] has no note",
        "test.txt:13: note [3] has no marker in the text; kept as a paragraph",
    ]
    assert e.sections[-1].blocks[-1].text == "[3] Third."


def test_a_numbered_list_at_the_end_is_not_notes() -> None:
    e = essay_of(f"The Title\n\n{P1}\n\nHeading\n\n{P2}\n\n[1] is how the list starts.\n\n[2] goes on.")
    assert e.notes == ()


def test_a_markdown_link_definition_is_not_a_note() -> None:
    e = essay_of(f"The Title\n\n[x]: http://example.invalid more words here.\n\nHeading\n\n{P2}\n\n[x]: http://example.invalid other words.")
    assert e.notes == ()


def test_markdown_style_footnotes_in_plain_text() -> None:
    e = essay_of(f"The Title\n\n{P1} A claim[^2] here and^3 there.\n\nHeading\n\n{P2}\n\n[^2]: Two.\n\n[^3]: Three.")
    assert [(n.key, n.text) for n in e.notes] == [("2", "Two."), ("3", "Three.")]
    assert "A claim[2] here and[3] there." in all_text(e)


def test_references_are_notes_only_with_bracketed_entries() -> None:
    e = essay_of(f"The Title\n\n{P1} As shown.[1]\n\nHeading\n\n{P2}\n\nReferences\n\n[1] Smith, J. A book. 1999.")
    assert [(n.key, n.text) for n in e.notes] == [("1", "Smith, J. A book. 1999.")]
    e = essay_of(f"The Title\n\n{P1} As shown.\n\nHeading\n\n{P2}\n\nReferences\n\n1. Smith, J. A book. 1999.\n2. Doe, J. Another. 2001.")
    assert e.notes == ()
    assert [s.heading for s in e.sections] == ["Heading", "References"]


def test_the_last_note_runs_on_when_its_sentence_does() -> None:
    e = essay_of(f"The Title\n\n{P1} A claim.[1]\n\nHeading\n\n{P2}\n\nNotes\n\n[1] First source, and\n\nmore of it.\n\nThanks to Ann.")
    assert [(n.key, n.text) for n in e.notes] == [("1", "First source, and\n\nmore of it.")]
    assert e.sections[-1].blocks[-1].text == "Thanks to Ann."


def test_a_marker_left_inside_the_title_does_not_swallow_its_note() -> None:
    # Found by `make fuzz`: the title keeps "[^1]" as written (only a marker
    # at its end becomes the title's note), so nothing on any page linked the
    # note and its words were on no page.
    e = essay_of(f"River [^1] river\n\n{P1}\n\nNotes\n\n[1] Garden river river.")
    assert e.title_note is None and e.notes == ()
    assert any("Garden river river." in b.text for b in e.intro)


def test_a_marker_at_the_end_of_the_title_is_the_title_note() -> None:
    e = essay_of(f"THE TITLE.[1]\n\n{P1}\n\nNotes\n\n[1] An address.")
    assert e.title_note == "1" and [n.key for n in e.notes] == ["1"]


BARE = (
    "The Title\n\nA first claim of the theists” 1. And more prose follows it here.\n\n"
    "The second claim, by Mr. Montefiore 2. Then a question? 3 And the text goes on, from 1850 to 1900.\n\n"
    "1. A source. ↩\n\n2. Another source. ↩\n\n3. The last source. ↩\n"
)


def test_bare_numbers_are_the_markers_when_they_run_in_order() -> None:
    """As a library's text export sets them: after a word, before its
    punctuation, or after a sentence's end; every note's number, in order."""
    essay = essay_of(BARE)
    assert [n.key for n in essay.notes] == ["1", "2", "3"]
    text = " ".join(b.text for b in essay.intro)
    assert "theists”[1]." in text and "Montefiore[2]." in text and "question? [3] And" in text
    assert "from 1850 to 1900" in text


def test_bare_numbers_out_of_order_are_no_markers() -> None:
    """Note 3's number never comes: no bare number is taken for a marker,
    and the notes stay visible as paragraphs, as unmarked notes do."""
    essay = essay_of(BARE.replace("Montefiore 2.", "Montefiore.").replace("question? 3 And", "question? 2 And"))
    assert essay.notes == ()
    assert [b.text for b in essay.intro][:2] == [
        "A first claim of the theists” 1. And more prose follows it here.",
        "The second claim, by Mr. Montefiore. Then a question? 2 And the text goes on, from 1850 to 1900.",
    ]


@pytest.mark.parametrize("marker", ["[1]", "1.", "^1"])
def test_notes_that_end_in_their_sources_address_are_notes_not_a_sites_credit(marker: str) -> None:
    """"[1] Tim Berners-Lee, …, https://…" had been removed as a library's
    source credit, leaving the markers unlinked."""
    second = marker.replace("1", "2")
    e = essay_of(
        f"T\n\n{paragraph(0)} [1]\n\n{paragraph(1)} [2]\n\nNotes\n\n"
        f"{marker} Tim Berners-Lee, Information Management: A Proposal, https://www.w3.org/History/1989/proposal.html\n\n"
        f"{second} Electronic Frontier Foundation, Cover Your Tracks, https://coveryourtracks.eff.org\n"
    )
    assert [n.text for n in e.notes] == [
        "Tim Berners-Lee, Information Management: A Proposal, https://www.w3.org/History/1989/proposal.html",
        "Electronic Frontier Foundation, Cover Your Tracks, https://coveryourtracks.eff.org",
    ]
    assert not e.removed
