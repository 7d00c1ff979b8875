"""Social cards draw every script with a font that has its glyphs: no boxes.

The fonts come from Debian's fonts-noto-cjk and fonts-noto-core (installed
by `make system-deps`). A missing package fails these tests with its name:
a card of boxes is a real failure, not something to skip.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops, ImageFont, features

from essay_site import card_fonts, cards
from essay_site.card_mixed import MixedFont

HEADINGS = {
    "hangul": "개방형 모델의 확산과 그 의미",
    "chinese": "开放权重为什么重要",
    "japanese": "なぜオープンな重みが大切なのか",
    "cyrillic": "Почему открытые веса важны",
    "devanagari": "खुले मॉडल क्यों महत्वपूर्ण हैं",
}


@pytest.mark.parametrize("script", sorted(HEADINGS))
def test_every_glyph_of_the_heading_is_drawn(script: str) -> None:
    heading = HEADINGS[script]
    face = card_fonts.face_for(heading)
    assert face.regular.is_file(), f"install the Debian package {face.package}"
    for bold in (False, True):
        font = card_fonts._probe(face, bold)
        box = card_fonts.glyph_image(font, "\uffff")
        missing = [c for c in heading if not c.isspace() and card_fonts.glyph_image(font, c) == box]
        assert not missing, f"{face.path(bold).name} draws {missing} as boxes"


@pytest.mark.parametrize("script", ["hangul", "chinese", "cyrillic"])
def test_card_with_the_heading_is_deterministic_and_inked(script: str) -> None:
    png = cards.render_card("Site", "Essay", HEADINGS[script])
    assert cards.render_card("Site", "Essay", HEADINGS[script]) == png
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert ImageChops.difference(image, Image.new("RGB", image.size, cards.BACKGROUND)).getbbox()


def test_box_detection_can_fail() -> None:
    """The check above is not vacuous: DejaVu has no Hangul, and it says so."""
    assert not card_fonts.covers(card_fonts.DEFAULT, "개")
    assert card_fonts.covers(card_fonts.DEFAULT, "Ж")


@pytest.mark.parametrize(
    ("text", "face"),
    [
        ("Plain English heading", card_fonts.DEFAULT),
        ("Заключение", card_fonts.DEFAULT),
        ("개방형 모델", card_fonts.CJK_KR),
        ("なぜ重要か", card_fonts.CJK_JP),
        ("为什么重要", card_fonts.CJK_SC),
    ],
)
def test_face_follows_the_script(text: str, face: card_fonts.Face) -> None:
    assert card_fonts.face_for(text) == face


SHAPED = {
    "arabic": "غابات سورية",
    "hebrew": "לא זה הדרך",
    "malayalam": "പത്രപ്രവർത്തനത്തൊഴിൽ",
}


@pytest.mark.parametrize("script", sorted(SHAPED))
def test_scripts_that_join_or_reorder_are_shaped(script: str) -> None:
    # Raqm (HarfBuzz and FriBiDi, `make debian-deps`) joins Arabic letters, stacks
    # Malayalam conjuncts and sets Hebrew right to left; BASIC layout set
    # them one glyph after another, in the order they are stored.
    assert features.check("raqm"), "install the Debian package libfribidi0"
    assert card_fonts.layout_for(SHAPED[script]) == ImageFont.Layout.RAQM
    face = card_fonts.face_for(SHAPED[script])
    shaped = card_fonts.face_font(face, False, 60, ImageFont.Layout.RAQM)
    basic = card_fonts.face_font(face, False, 60, ImageFont.Layout.BASIC)
    assert shaped.getmask(SHAPED[script]).size != basic.getmask(SHAPED[script]).size or script == "hebrew"
    assert card_fonts.layout_for("Plain English, Русский, 中文") == ImageFont.Layout.BASIC  # the same bytes everywhere


def test_a_right_to_left_heading_is_set_from_the_right_margin() -> None:
    png = cards.render_card("Site", "Essay", "לא זה הדרך")
    image = Image.open(io.BytesIO(png)).convert("RGB")
    headline = image.crop((0, 180, cards.WIDTH, 460))
    left, _, right, _ = ImageChops.difference(headline, Image.new("RGB", headline.size, cards.BACKGROUND)).getbbox()
    assert right > cards.WIDTH - cards.MARGIN - 10 and left > cards.WIDTH // 2


def test_a_latin_label_on_a_malayalam_heading_is_drawn_not_boxed() -> None:
    text = "Part 1: പാശ്ചാത്യരാജ്യങ്ങളിൽ"
    face = card_fonts.face_for(text)
    assert card_fonts.undrawn(text, face) == "Part"  # no one face draws it all
    png = cards.render_card("Site", "Essay", text)
    assert cards.render_card("Site", "Essay", text) == png
    font = cards._fit(text, cards.BOLD, (72,), 1040, max_height=None, max_lines=None).font
    assert isinstance(font, MixedFont)
    assert [run for _, run in font.runs(text)][0].startswith("Part")  # set in DejaVu


@pytest.mark.parametrize(
    ("text", "script"),
    [
        # Mostly Latin: DejaVu draws the most characters, but not the essay's word.
        ("The theme of the glossary in this essay: पाठक", "Devanagari"),
        ("Section 3 of 12, on the word ലോകം", "Malayalam"),
        ("Glossary · ภาษา", "Thai"),
    ],
)
def test_a_short_word_in_its_script_among_latin_words_is_drawn_not_boxed(text: str, script: str) -> None:
    face = card_fonts.face_for(text)
    assert face.regular.name == f"NotoSans{script}-Regular.ttf"
    assert not card_fonts.undrawn(card_fonts.undrawn(text, face), card_fonts.DEFAULT)  # DejaVu sets the rest
    font = cards._fit(text, cards.BOLD, (72,), 1040, max_height=None, max_lines=None).font
    assert isinstance(font, MixedFont)
    assert any(run.endswith(text.split()[-1]) for font_, run in font.runs(text) if font_ is font.primary)


def test_a_line_that_opens_right_to_left_in_two_fonts_is_drawn() -> None:
    # Found by the property test: CJK's face with Hebrew in DejaVu, a line
    # opening with the Hebrew, was handed to Pillow as one font.
    text = "עברית river пельмени 김치찌개 红烧肉 river"
    png = cards.render_quote_card("Site", "Essay", text)
    assert cards.render_quote_card("Site", "Essay", text) == png
    png = cards.render_card("Site", "Essay", text)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert ImageChops.difference(image, Image.new("RGB", image.size, cards.BACKGROUND)).getbbox()
