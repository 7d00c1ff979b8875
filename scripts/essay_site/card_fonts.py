"""Which installed font draws a card's text: one that has a glyph for every
character, so no script comes out as empty boxes ("tofu").

DejaVu Sans (fonts-dejavu-core) covers Latin, Greek, Cyrillic, Armenian,
Georgian, Hebrew and Arabic. Noto Sans CJK (fonts-noto-cjk) covers Chinese,
Japanese and Korean, with the regional glyph shapes picked by the text's
script. Noto Sans per script (fonts-noto-core) covers the rest we know of.
Each text is set in one font; the first that covers the whole text wins,
so the choice depends only on the text and the installed packages.

A text in a script that joins or reorders its letters (Arabic, Hebrew,
Indic scripts, Thai…) is laid out by Raqm (HarfBuzz for the shapes, FriBiDi
for right to left), which Pillow's wheel carries but for FriBiDi
(libfribidi0, a Debian package `make debian-deps` installs). Other text keeps
Pillow's BASIC layout, whose bytes do not depend on any system library.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import unicodedata
from pathlib import Path

from PIL import ImageFont, features

log = logging.getLogger(__name__)

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
# A size at which glyph shapes are told apart reliably and cheaply.
PROBE_SIZE = 24


@dataclasses.dataclass(frozen=True)
class Face:
    """A font in two weights; `index` picks a face inside a collection."""

    regular: Path
    bold: Path
    package: str
    index: int = 0

    def path(self, bold: bool) -> Path:
        return self.bold if bold else self.regular


DEFAULT = Face(DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf", "fonts-dejavu-core")
_CJK = (NOTO_CJK / "NotoSansCJK-Regular.ttc", NOTO_CJK / "NotoSansCJK-Bold.ttc", "fonts-noto-cjk")
CJK_JP, CJK_KR, CJK_SC = (Face(*_CJK, index=i) for i in (0, 1, 2))
NOTO_SCRIPTS = (
    "", "Devanagari", "Bengali", "Tamil", "Thai", "Georgian", "Armenian", "Ethiopic",
    "Hebrew", "Arabic", "Gurmukhi", "Gujarati", "Telugu", "Kannada", "Malayalam", "Sinhala",
    "Khmer", "Lao", "Myanmar",
)
NOTO_FACES = tuple(
    Face(NOTO / f"NotoSans{name}-Regular.ttf", NOTO / f"NotoSans{name}-Bold.ttf", "fonts-noto-core")
    for name in NOTO_SCRIPTS
)


def faces_for(text: str) -> tuple[Face, ...]:
    """Candidate faces in order of preference for this text."""
    if any("HANGUL" in _name(c) for c in text):
        cjk = (CJK_KR, CJK_JP, CJK_SC)
    elif any(_name(c).startswith(("HIRAGANA", "KATAKANA")) for c in text):
        cjk = (CJK_JP, CJK_SC, CJK_KR)
    else:
        cjk = (CJK_SC, CJK_JP, CJK_KR)
    return (DEFAULT, *cjk, *NOTO_FACES)


def face_for(text: str) -> Face:
    """The first installed face with a glyph for every character of `text`;
    failing that, the face that draws most of what DejaVu cannot, and
    cards.py sets the rest in DejaVu (card_mixed.py). So "Theme: पाठक" is
    set in Noto Sans Devanagari and DejaVu, however few its Devanagari."""
    needed = sorted({c for c in text if _drawn(c)})
    installed = [face for face in faces_for(text) if face.regular.is_file() and face.bold.is_file()]
    for face in installed:
        if all(covers(face, c) for c in needed):
            return face
    lacking = [c for c in needed if not covers(DEFAULT, c)]
    best, best_count = DEFAULT, 0
    for face in installed:
        count = sum(covers(face, c) for c in lacking)
        if count > best_count:
            best, best_count = face, count
    return best


def undrawn(text: str, face: Face) -> str:
    """The characters of `text` that `face` has no glyph for."""
    return "".join(sorted({c for c in text if _drawn(c) and not covers(face, c)}))


@functools.lru_cache(maxsize=None)
def warn_undrawn(missing: str) -> None:
    """Once a build for the same characters, not once a card."""
    log.warning("Social card: no installed font draws %r (install fonts-noto-core and fonts-noto-cjk)", missing[:20])


def _drawn(char: str) -> bool:
    """Characters that need ink: not spaces, controls or format marks."""
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Zs", "Mn")


@functools.lru_cache(maxsize=None)
def _name(char: str) -> str:
    return unicodedata.name(char, "")


@functools.lru_cache(maxsize=None)
def _probe(face: Face, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face.path(bold)), PROBE_SIZE, index=face.index, layout_engine=ImageFont.Layout.BASIC)


@functools.lru_cache(maxsize=None)
def _notdef(face: Face, bold: bool) -> tuple[tuple[int, int], bytes]:
    # U+FFFF is a noncharacter: no font maps it, so it draws the .notdef box.
    return glyph_image(_probe(face, bold), "\uffff")


def glyph_image(font: ImageFont.FreeTypeFont, char: str) -> tuple[tuple[int, int], bytes]:
    mask = font.getmask(char)
    return mask.size, bytes(mask)


@functools.lru_cache(maxsize=100_000)
def covers(face: Face, char: str, bold: bool = False) -> bool:
    """Whether the face draws `char` as something other than its box glyph."""
    return glyph_image(_probe(face, bold), char) != _notdef(face, bold)


@functools.lru_cache(maxsize=None)
def face_font(face: Face, bold: bool, size: int, layout: ImageFont.Layout = ImageFont.Layout.BASIC) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face.path(bold)), size, index=face.index, layout_engine=layout)


# Scripts whose letters join, reorder or stack: set in their order of
# reading they need a shaper, and right-to-left ones need bidi as well.
SHAPED_SCRIPTS = (
    "ARABIC", "HEBREW", "SYRIAC", "THAANA", "NKO", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA",
    "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "THAI", "LAO", "TIBETAN", "MYANMAR", "KHMER",
)


def layout_for(text: str) -> ImageFont.Layout:
    """Raqm for text that needs shaping or bidi, when Pillow can use it;
    BASIC otherwise (and a warning, once, if the text needed Raqm)."""
    if not any(_name(c).startswith(SHAPED_SCRIPTS) for c in text):
        return ImageFont.Layout.BASIC
    if features.check("raqm"):
        return ImageFont.Layout.RAQM
    _warn_no_raqm()
    return ImageFont.Layout.BASIC


@functools.cache
def _warn_no_raqm() -> None:
    log.warning("Social card: Arabic, Hebrew or Indic text is drawn unjoined, in reading order (install libfribidi0)")


def right_to_left(line: str) -> bool:
    """Whether the line's first strong character reads right to left."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
