"""Social card images: size, bounds, determinism and the font error."""

from __future__ import annotations

import io
import logging
import os
import struct
import subprocess
import sys

import pytest
from PIL import Image, ImageChops

from essay_site import card_wrap, cards

SITE = "Notes on Open Models"
TITLE = "Why Open Weights Matter"
LONG_HEADING = (
    "The economics of training, fine-tuning, distilling and serving very large "
    "language models when weights are freely available to anyone with a GPU, "
    "and what that means for research, for safety and for the rest of us"
)[:200]

# (id, essay title, heading); heading None is the index page.
CASES = [
    ("short", TITLE, "Introduction"),
    ("long-200", TITLE, LONG_HEADING),
    ("long-title", "Ёлка " + "and a very long essay title that goes on " * 6, "Ёмкость"),
    ("cyrillic", "Почему открытые веса важны", "Введение: экономика обучения больших языковых моделей"),
    ("cjk-no-spaces", TITLE, "开放权重为什么重要以及它对整个行业的影响" * 8),
    ("long-word", TITLE, "See https://example.com/" + "a-very-long-path-segment/" * 8),
    ("huge", TITLE, "word " * 600),
    ("index", TITLE, None),
]


def _decode(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def _chunk_types(png: bytes) -> list[bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    types, offset = [], 8
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        types.append(png[offset + 4 : offset + 8])
        offset += 12 + length
    return types


@pytest.mark.parametrize(("title", "heading"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_card_is_1200x630_and_ink_stays_inside_margins(title: str, heading: str | None) -> None:
    image = _decode(cards.render_card(SITE, title, heading))
    assert image.format == "PNG"
    assert image.size == (1200, 630)
    assert image.mode == "P" and len(image.getpalette() or ()) == 16 * 3
    image = image.convert("RGB")

    background = Image.new("RGB", image.size, cards.BACKGROUND)
    ink = ImageChops.difference(image, background).getbbox()
    assert ink is not None
    left, top, right, bottom = ink
    inner = (cards.MARGIN, cards.MARGIN, 1200 - cards.MARGIN, 630 - cards.MARGIN)
    assert left >= inner[0] and top >= inner[1], (ink, inner)
    assert right <= inner[2] and bottom <= inner[3], (ink, inner)


@pytest.mark.parametrize(("title", "heading"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_card_is_deterministic_and_has_no_metadata(title: str, heading: str | None) -> None:
    first = cards.render_card(SITE, title, heading)
    assert cards.render_card(SITE, title, heading) == first
    # A card full of ink (CJK drawn with its glyphs) needs several IDAT chunks.
    types = _chunk_types(first)
    assert types[:2] == [b"IHDR", b"PLTE"] and types[-1] == b"IEND" and set(types[2:-1]) == {b"IDAT"}


@pytest.mark.parametrize(("title", "heading"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_palette_keeps_every_colour_and_the_antialiasing(
    title: str, heading: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The card as drawn, in RGB, against the PNG: a colour missing from the
    # palette (say a new design colour) would be off by far more than 17.
    encode, drawn = cards._png, []
    monkeypatch.setattr(cards, "_png", lambda image: drawn.append(image) or encode(image))
    stored = _decode(cards.render_card(SITE, title, heading)).convert("RGB")
    (rgb,) = drawn
    worst = max(high for _, high in ImageChops.difference(rgb, stored).getextrema())
    assert worst <= 17
    # Solid ink and the ground keep their exact colours; the edges keep steps.
    colours = {colour for _, colour in stored.getcolors(16)}
    assert {cards.BACKGROUND, cards.PRIMARY_TEXT, cards.SECONDARY_TEXT, cards.RULE} <= colours
    assert len(colours) >= 12


def test_card_bytes_do_not_depend_on_the_process() -> None:
    # A fresh interpreter with another hash seed must draw the same bytes.
    code = (
        "import sys; from essay_site import cards; "
        f"sys.stdout.buffer.write(cards.render_card({SITE!r}, {TITLE!r}, {LONG_HEADING!r}))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": os.pathsep.join(sys.path)}
    other = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    assert other.stdout == cards.render_card(SITE, TITLE, LONG_HEADING)


def test_heading_changes_the_card() -> None:
    index = cards.render_card(SITE, TITLE, None)
    assert cards.render_card(SITE, TITLE, "Introduction") != index
    assert cards.render_card(SITE, TITLE, "Conclusion") != cards.render_card(SITE, TITLE, "Introduction")


@pytest.mark.parametrize(
    ("heading", "ellipsized"),
    [("Introduction", False), (LONG_HEADING, False), ("word " * 600, True)],
    ids=["short", "long-200", "huge"],
)
def test_only_text_beyond_the_smallest_size_is_ellipsized(
    heading: str, ellipsized: bool, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=cards.__name__):
        cards.render_card(SITE, TITLE, heading)
    assert any("heading ellipsized" in r.getMessage() for r in caplog.records) is ellipsized


@pytest.mark.parametrize(
    ("text", "split_word"),
    [
        ("Introduction to the economics of open weights", False),
        ("开放权重为什么重要以及它对整个行业的影响" * 4, False),
        ("x" * 200, True),
    ],
    ids=["words", "cjk", "one-long-word"],
)
def test_wrap_breaks_at_spaces_else_between_characters(text: str, split_word: bool) -> None:
    font = cards._font(cards.BOLD, 72)
    width = 600
    lines, split = card_wrap.wrap(text, font, width)
    assert split is split_word
    assert all(card_wrap.fits(line, font, width) for line in lines)
    joiner = " " if " " in text else ""
    assert joiner.join(lines) == text


def test_ellipsis_ends_at_a_word_boundary() -> None:
    font = cards._font(cards.BOLD, 40)
    line = card_wrap.ellipsize("an ending that must lose its last words, to fit here", font, 500)
    assert line.endswith("…")
    assert card_wrap.fits(line, font, 500)
    assert line[:-1] in "an ending that must lose its last words, to fit here"
    assert not line[:-1].endswith((" ", ","))


@pytest.mark.parametrize(
    ("site", "title", "heading", "name"),
    [(" ", TITLE, None, "site_name"), (SITE, "\n\t", None, "essay_title"), (SITE, TITLE, "\x00 ", "heading")],
)
def test_empty_text_is_an_error(site: str, title: str, heading: str | None, name: str) -> None:
    with pytest.raises(ValueError, match=f"social card {name} is empty"):
        cards.render_card(site, title, heading)


def test_missing_font_names_the_path_and_the_package(tmp_path) -> None:
    with pytest.raises(cards.CardFontError) as caught:
        cards.font_path(cards.BOLD, tmp_path)
    message = str(caught.value)
    assert str(tmp_path / cards.BOLD) in message
    assert "fonts-dejavu-core" in message


def test_installed_fonts_are_found() -> None:
    assert cards.font_path(cards.REGULAR).is_file()
    assert cards.font_path(cards.BOLD).is_file()


def test_an_emoji_is_left_off_the_card_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    """Pillow draws no colour glyphs: "📄 Documents" had a box before its
    words and a warning for every card, asking for fonts already installed."""
    with caplog.at_level(logging.WARNING, logger="essay_site"):
        with_emoji = cards.render_card(SITE, "📄 Documents are not apps", "🚀 What changed")
    assert with_emoji == cards.render_card(SITE, "Documents are not apps", "What changed")
    assert "no installed font draws" not in caplog.text
