"""Clutter removal: a table of cases, each a small essay with or without ads."""

from __future__ import annotations

import logging

import pytest

from essay_site.clutter import CARD_RULES, PROMO_RULES, match
from helpers import essay_of

PROSE = (
    "This is a real paragraph of the essay, long enough to be prose and to carry an argument "
    "across several clauses, which no product card ever does in quite this way, because cards "
    "are short and made of fragments rather than sentences that build on each other over time."
)

CARD = """\
Editor's Pick
Noise Cancelling Earbuds

Acme Buds Pro 2

A handy pick for travel pages where small earbuds fit naturally.

  • Active noise cancelling
  • 30-hour battery
View Earbuds on Amazon
Check Amazon for the live price and colors.

Why it stands out

  • Small and light

Things to know

  • Premium-price category
See Amazon for current availability
As an Amazon Associate I earn from qualifying purchases."""


def texts(essay) -> list[str]:  # noqa: ANN001
    blocks = [*essay.intro, *(b for s in essay.sections for b in s.blocks)]
    return [b.text for b in blocks] + [s.heading for s in essay.sections]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("As an Amazon Associate I earn from qualifying purchases.", "affiliate disclosure"),
        ("This post contains affiliate links.", "affiliate disclosure"),
        ("We may earn a commission from purchases.", "affiliate disclosure"),
        ("View Headphones on Amazon", "shopping call to action"),
        ("Check Amazon for the live price, stock status, color options.", "shopping call to action"),
        ("See Amazon for current availability", "shopping call to action"),
        ("Buy now", "shopping call to action"),
        ("Premium Audio Pick", "product card label"),
        ("Editor’s Pick", "product card label"),
        ("Why it stands out", "product card heading"),
        ("Things to know", "product card heading"),
        ("The market is a pick of winners and losers.", None),
        ("Amazon is one of the large cloud providers.", None),
        ("Check the argument again.", None),
    ],
)
def test_card_rules(line: str, rule: str | None) -> None:
    found = match(CARD_RULES, line)
    assert (found.name if found else None) == rule


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Books by Drew Higgins", True),
        ("More essays by Jane Q. Public", True),
        ("Subscribe to the newsletter for weekly updates", True),
        ("Share this:", True),
        ("Books by the dozen filled the shelves of every library we visited that year.", False),
        ("Why closed incumbents cannot ignore this pressure", False),
    ],
)
def test_promo_rules(line: str, expected: bool) -> None:
    assert bool(match(PROMO_RULES, line)) is expected


def test_product_card_between_paragraphs_is_removed_whole() -> None:
    essay = essay_of(f"Title line\n\n{PROSE}\n\n{CARD}\n\nA heading after the ad\n\n{PROSE}\n")
    kept = " ".join(texts(essay))
    for line in filter(None, (line.strip().lstrip("• ") for line in CARD.splitlines())):
        assert line not in kept, line
    assert [s.heading for s in essay.sections] == ["A heading after the ad"]
    assert len(essay.removed) == 1
    assert essay.removed[0].preview == "Editor's Pick"


def test_removed_spans_name_their_lines(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="essay_site"):
        essay = essay_of(f"Title line\n\n{PROSE}\n\n{CARD}\n\nHeading\n\n{PROSE}\n\nBooks by Somebody Else\n")
    card_end = 5 + CARD.count("\n")
    assert [(r.first_line, r.last_line) for r in essay.removed] == [(5, card_end), (card_end + 6, card_end + 6)]
    assert f"test.txt:5-{card_end}: removed affiliate disclosure" in caplog.text
    assert "removed author promo: 'Books by Somebody Else'" in caplog.text


@pytest.mark.parametrize(
    "text",
    [
        # A section called "Things to know" with no shopping signal is essay.
        f"Title line\n\n{PROSE}\n\nThings to know\n\n{PROSE}\n",
        # Prose that mentions Amazon is essay.
        f"Title line\n\n{PROSE} Amazon sells books, and check Amazon for prices is advice.\n\nHeading\n\n{PROSE}\n",
        # "Books by" inside the essay, not at its end, is essay.
        f"Title line\n\n{PROSE}\n\nBooks by Drew Higgins\n\n{PROSE}\n",
    ],
)
def test_essay_text_is_not_clutter(text: str) -> None:
    essay = essay_of(text)
    assert essay.removed == ()


def test_trailer_promo_only_at_the_end() -> None:
    essay = essay_of(f"Title line\n\n{PROSE}\n\nHeading\n\n{PROSE}\n\nBooks by Drew Higgins\n")
    assert [r.preview for r in essay.removed] == ["Books by Drew Higgins"]
    assert "Books by Drew Higgins" not in " ".join(texts(essay))


@pytest.mark.parametrize(
    "line",
    [
        "Lire\u00a0: Que sont les boîtes noires, et que cherchent-elles dans nos réseaux ?",  # French sets a no-break space
        "Lire aussi : Les critiques de la CNIL", "Read more: Why the web is slow", "Lesen Sie auch: Der Staat und die Daten",
    ],
)
def test_a_link_to_another_story_between_paragraphs_is_removed(line: str) -> None:
    """Le Monde's "Lire : …" line had become a section, splitting a real one."""
    essay = essay_of(f"Title line\n\n{PROSE}\n\nHeading\n\n{PROSE}\n\n{line}\n\n{PROSE}\n")
    assert [r.rule for r in essay.removed] == ["link to another story"]
    assert [s.heading for s in essay.sections] == ["Heading"] and line not in " ".join(texts(essay))


def test_a_sentence_that_says_read_more_is_prose() -> None:
    essay = essay_of(f"Title line\n\n{PROSE}\n\nRead more about it in the next chapter, which follows.\n\n{PROSE}\n")
    assert essay.removed == ()


def test_a_blogs_footer_copied_with_the_post_is_removed() -> None:
    """Copying only the post (Kuhn's) takes its footer along: "Posted on …
    by …", "Submit comments on this post to …", "← Previous: …"."""
    footer = "Posted on Tuesday 15 October 2019 at 09:11 by Jane Roe.\n\nSubmit comments on this post to <jane@example.org>.\n\n← Previous: Chasing Quick Fixes\n"
    essay = essay_of(f"Title line\n\n{PROSE}\n\nHeading\n\n{PROSE}\n\n{footer}")
    assert [r.rule for r in essay.removed] == ["post footer"] * 3
    assert not any("Posted" in t or "Previous" in t or "comments" in t for t in texts(essay))


def test_a_sentence_about_posting_inside_the_essay_is_prose() -> None:
    essay = essay_of(f"Title line\n\n{PROSE}\n\nPosted on a wall, the notice said nothing.\n\n{PROSE}\n")
    assert essay.removed == ()


def test_an_e_mails_signature_and_the_lists_footer_go() -> None:
    """From "-- " (the signature's delimiter) to the end: a name, an address,
    a mailing list's footer. A dash line inside the essay stays."""
    body = "Exactly my feeling. I was sort of waiting for Catalin to speak up, and he did, at length."
    e = essay_of(
        f"On Rebasing\n\n{body}\n\n--\n\nThe dashes above are the essay's.\n\n{body}\n\n-jc\n\n-- \nJunio C Hamano\nhttp://example.com/~junio\n\n-\n"
        'To unsubscribe from this list: send the line "unsubscribe git" in\nthe body of a message to majordomo@example.org\n'
    )
    texts = [b.text for b in e.intro]
    assert texts[-1] == "-jc" and "The dashes above are the essay's." in texts
    assert [r.rule for r in e.removed] == ["e-mail signature"]
