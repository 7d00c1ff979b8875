"""Markdown lists keep their shape on the page: a nested list stays nested
under its item, numbered or not, and an item's further paragraphs stay in
that item, in their order (they had been flattened into sibling bullets,
the paragraph after a nested list glued before it)."""

from __future__ import annotations

from test_math import md, shown

NESTED = """
    # T

    We had three reasons:

    1. The first reason.
        - a detail of the first
        - another detail
            1. deeper still
    2. The second reason.

       It goes on in a second paragraph.

    3. The third reason.
"""


def outline(element, depth: int = 0) -> list[tuple[int, str, str]]:
    """(depth, list tag, text) of every paragraph of every list item, in reading order."""
    found = []
    for item in element.xpath("./li"):
        if (item.text or "").strip():
            found.append((depth, element.tag, item.text.strip()))
        for child in item:
            if child.tag == "p":
                found.append((depth, element.tag, child.text_content().strip().rstrip(" ¶")))
            elif child.tag in ("ul", "ol"):
                found += outline(child, depth + 1)
    return found


def test_a_nested_list_is_read_with_depths_and_markers() -> None:
    _, lst = md(NESTED).intro
    assert list(zip(lst.items, lst.depths, lst.markers)) == [
        ("The first reason.", 0, "1."),
        ("a detail of the first", 1, "-"),
        ("another detail", 1, "-"),
        ("deeper still", 2, "1."),
        ("The second reason.", 0, "2."),
        ("It goes on in a second paragraph.", 0, ""),
        ("The third reason.", 0, "3."),
    ]


def test_a_nested_list_is_shown_nested_and_an_item_keeps_its_paragraphs() -> None:
    page = shown(md(NESTED))
    (top,) = page.xpath("//div/ol")
    assert outline(top) == [
        (0, "ol", "The first reason."),
        (1, "ul", "a detail of the first"),
        (1, "ul", "another detail"),
        (2, "ol", "deeper still"),
        (0, "ol", "The second reason."),
        (0, "ol", "It goes on in a second paragraph."),
        (0, "ol", "The third reason."),
    ]
    assert len(page.xpath("//div/ol/li")) == 3
    # Every paragraph of the list keeps its own link target.
    assert len(page.xpath("//div/ol//*[@id]")) == 7


def test_a_paragraph_after_a_nested_list_stays_after_it() -> None:
    essay = md(
        """
        # T

        Prose.

        - We ran the course for three reasons:
            1. to learn
            2. to teach

          At the same time, we experimented.
        - The next item.
        """
    )
    page = shown(essay)
    (top,) = page.xpath("//div/ul")
    assert [text for _, _, text in outline(top)] == [
        "We ran the course for three reasons:", "to learn", "to teach", "At the same time, we experimented.", "The next item.",
    ]


def test_a_list_nested_without_a_parent_paragraph_is_not_shown_as_code() -> None:
    """An item holding only a nested list gives no empty bullet, and the
    nested items are not indented past their list (Markdown's code)."""
    essay = md(
        """
        # T

        Prose.

        - - inner one
          - inner two
        - outer
        """
    )
    (lst,) = [b for b in essay.intro if b.kind == "list"]
    assert list(zip(lst.items, lst.depths)) == [("inner one", 0), ("inner two", 1), ("outer", 0)]
    page = shown(essay)
    assert not page.xpath("//pre") and len(page.xpath("//li")) == 3


def test_a_numbered_item_that_opens_with_a_bullet_keeps_its_number_and_its_id() -> None:
    """"1) + evening" is item 1 holding a bullet list: one numbered list,
    every item with its id (the property test found "- evening" then "2.",
    two lists, and ids lost)."""
    essay = md("# T\n\nProse.\n\n1) + evening harbour\n2) --8<--\n3) final {\n")
    (lst,) = [b for b in essay.intro if b.kind == "list"]
    assert lst.markers == ("1.", "2.", "3.")
    page = shown(essay)
    assert len(page.xpath("//div/ol")) == 1 and len(page.xpath("//div/ol/li[@id]")) == 3
