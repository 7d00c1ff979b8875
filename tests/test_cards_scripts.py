"""Social cards draw every script with a font that has its glyphs: no boxes.

The fonts come from Debian's fonts-noto-cjk and fonts-noto-core (installed
by `make system-deps`). A missing package fails these tests with its name:
a card of boxes is a real failure, not something to skip.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops

from essay_site import card_fonts, cards

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
