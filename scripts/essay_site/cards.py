"""Social cards: one 1200×630 Open Graph PNG per page, drawn in memory."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import io
import logging
import unicodedata
from pathlib import Path

import emoji
import PIL
from PIL import Image, ImageDraw, ImageFont

from .card_fonts import DEFAULT, covers, face_font, face_for, layout_for, right_to_left, undrawn, warn_undrawn
from .card_mixed import MixedFont
from .card_wrap import ellipsize, wrap

log = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
# Open Graph crops differ per site (X, Slack, Mastodon); a wide margin keeps
# the text clear of every crop we know of.
MARGIN = 80

# Material's indigo palette: 900 for the ground, 100 for secondary text and
# 400 for the rule. White on indigo 900 is about 15:1, indigo 100 about 11:1.
BACKGROUND = (0x1A, 0x23, 0x7E)
PRIMARY_TEXT = (0xFF, 0xFF, 0xFF)
SECONDARY_TEXT = (0xC5, 0xCA, 0xE9)
RULE = (0x5C, 0x6B, 0xC0)
# A card is the ground, the rule and antialiased text, so every pixel is the
# ground blended with one of the colours above. The PNG stores a palette of
# them with 7 blends towards each text colour: 16 colours, 4 bits a pixel,
# about a third of the bytes of RGB. A pixel is then at most 17 of 255 off
# in a channel, on the faint edges of glyphs; 12 colours looked the same
# zoomed in and save 4%, 8 lose the faintest edge pixels.
AA_STEPS = 7

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_PACKAGE = "fonts-dejavu-core"
REGULAR = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"

# Largest first: a short heading is set big, a long one steps down until it
# fits. Below 40 px a card shown as a thumbnail is no longer readable, so
# past the last size we ellipsize instead of shrinking further.
HEADLINE_SIZES = (72, 64, 56, 50, 44, 40)
TITLE_SIZE = 34
TITLE_MAX_LINES = 2
FOOTER_SIZE = 28
LINE_SPACING = 1.2
GAP = 32
RULE_HEIGHT = 4


_DESIGN = b"".join((Path(__file__).parent / name).read_bytes() for name in ("cards.py", "card_fonts.py", "card_wrap.py", "card_mixed.py"))


class CardFontError(RuntimeError):
    """A font the cards need is not installed."""


@dataclasses.dataclass(frozen=True)
class TextBlock:
    """Lines set in one font, ready to draw; `height` is top of ink to bottom."""

    lines: tuple[str, ...]
    font: ImageFont.FreeTypeFont | MixedFont
    line_height: int
    truncated: bool

    @property
    def height(self) -> int:
        ascent, descent = self.font.getmetrics()
        return (len(self.lines) - 1) * self.line_height + ascent + descent


def font_path(name: str, font_dir: Path = FONT_DIR) -> Path:
    """Return the path of a DejaVu font file, or explain how to install it."""
    path = font_dir / name
    if not path.is_file():
        raise CardFontError(
            f"font not found: {path} "
            f"(install the Debian package {FONT_PACKAGE}: apt-get install {FONT_PACKAGE})"
        )
    return path


@functools.lru_cache(maxsize=None)
def _font(name: str, size: int, layout: ImageFont.Layout = ImageFont.Layout.BASIC) -> ImageFont.FreeTypeFont:
    # BASIC layout unless the text needs shaping (card_fonts.layout_for): Raqm
    # depends on the system's libfribidi, so Latin, Cyrillic and CJK text,
    # which needs none, is set the same on every machine.
    return ImageFont.truetype(str(font_path(name)), size, layout_engine=layout)


def card_key(site_name: str, essay_title: str, heading: str | None) -> str:
    """Identifies a card's bytes: its texts, this module's code and Pillow's
    version. The build reuses a card whose key has not changed, because
    encoding PNGs is most of the generator's time."""
    digest = hashlib.sha256(_DESIGN)
    digest.update(PIL.__version__.encode())
    digest.update(repr((site_name, essay_title, heading)).encode())
    return digest.hexdigest()[:24]


def render_card(site_name: str, essay_title: str, heading: str | None) -> bytes:
    """Return a 1200×630 PNG showing the heading, the essay title and the site name.

    The index page passes `heading=None` and gets the essay title as the
    headline. The same inputs give the same bytes: no timestamps, no text
    chunks, and a fixed text layout engine (see `_font`).

    Each text is set in a font that draws all its characters (card_fonts.py).
    Any text wraps (per character for scripts written without spaces) and
    stays inside the card; it never raises.
    """
    site_name = _clean(site_name, "site_name")
    essay_title = _clean(essay_title, "essay_title")
    if heading is not None:
        heading = _clean(heading, "heading")

    width = WIDTH - 2 * MARGIN
    footer = _fit(site_name, REGULAR, (FOOTER_SIZE,), width, max_height=None, max_lines=1)
    footer_top = HEIGHT - MARGIN - footer.height
    rule_top = footer_top - GAP // 2 - RULE_HEIGHT

    if heading is None:
        headline_text, title = essay_title, None
        top = MARGIN
    else:
        headline_text = heading
        title = _fit(
            essay_title, REGULAR, (TITLE_SIZE,), width, max_height=None, max_lines=TITLE_MAX_LINES
        )
        top = MARGIN + title.height + GAP

    room = rule_top - GAP - top
    headline = _fit(headline_text, BOLD, HEADLINE_SIZES, width, max_height=room, max_lines=None)
    _log_truncated(((title, "essay title"), (headline, "heading"), (footer, "site name")))

    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    if title is not None:
        _draw(draw, title, MARGIN, SECONDARY_TEXT)
    # Centre the headline in the space it has, so a one-line heading does not
    # sit under the title with a hole beneath it.
    _draw(draw, headline, top + (room - headline.height) // 2, PRIMARY_TEXT)
    draw.rectangle(
        (MARGIN, rule_top, WIDTH - MARGIN - 1, rule_top + RULE_HEIGHT - 1), fill=RULE
    )
    _draw(draw, footer, footer_top, SECONDARY_TEXT)
    return _png(image)


def _log_truncated(blocks: tuple[tuple[object, str], ...]) -> None:
    for block, label in blocks:
        if block is not None and block.truncated:  # type: ignore[attr-defined]
            log.info("Social card: %s ellipsized to fit: %r", label, " ".join(block.lines))  # type: ignore[attr-defined]


def _png(image: Image.Image) -> bytes:
    """Encode a drawn card with the design palette: 16 colours, 4 bits a pixel."""
    # Each pixel goes to its nearest palette colour, undithered: dithering
    # would speckle the flat ground and cost bytes.
    indexed = image.quantize(palette=_palette(), dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    # No pnginfo, dpi or exif: Pillow then writes only IHDR, PLTE, IDAT and
    # IEND. Level 6 is zlib's default: level 9 (or optimize=True) makes each
    # card about 8 times as slow to encode for a file about 4% smaller.
    indexed.save(buffer, format="PNG", optimize=False, compress_level=6)
    return buffer.getvalue()


@functools.lru_cache(maxsize=None)
def _palette() -> Image.Image:
    """The ground, the rule, and AA_STEPS blends from the ground towards each
    text colour, the last being the text colour itself."""
    colours = [BACKGROUND, RULE]
    for ink in (PRIMARY_TEXT, SECONDARY_TEXT):
        colours += [
            tuple(round(g + (i - g) * step / AA_STEPS) for g, i in zip(BACKGROUND, ink))
            for step in range(1, AA_STEPS + 1)
        ]
    palette = Image.new("P", (1, 1))
    palette.putpalette([channel for colour in colours for channel in colour])
    return palette


def _clean(text: str, name: str) -> str:
    """Collapse whitespace and drop control characters; refuse empty text."""
    kept = "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch) != "Cc")
    cleaned = " ".join(kept.split())
    if not cleaned:
        raise ValueError(f"social card {name} is empty (got {text!r})")
    return cleaned


def _draw(
    draw: ImageDraw.ImageDraw, block: TextBlock, top: int, fill: tuple[int, int, int]
) -> None:
    ascent, _ = block.font.getmetrics()
    for index, line in enumerate(block.lines):
        baseline = top + ascent + index * block.line_height
        if isinstance(block.font, MixedFont):  # runs from the left, each in its own font and direction
            block.font.draw(draw, MARGIN, baseline, line, fill)
            continue
        if right_to_left(line):  # Arabic, Hebrew: set from the right margin
            right = block.font.getbbox(line, anchor="rs")[2]
            draw.text((WIDTH - MARGIN - max(0, right), baseline), line, font=block.font, fill=fill, anchor="rs")
            continue
        # A glyph such as "j" can start left of its origin; shift so the ink,
        # not the pen, starts at the margin.
        left = block.font.getbbox(line, anchor="ls")[0]
        x = MARGIN - min(0, left)
        draw.text((x, baseline), line, font=block.font, fill=fill, anchor="ls")


def _fit(
    text: str,
    font_name: str,
    sizes: tuple[int, ...],
    width: int,
    *,
    max_height: int | None,
    max_lines: int | None,
) -> TextBlock:
    """Set `text` at the largest size that fits; at the smallest, ellipsize."""
    # An emoji is decoration a card can do without: Pillow draws no colour glyphs.
    text = " ".join(emoji.replace_emoji(text, "").split()) or text
    face = face_for(text)  # DejaVu when it draws all the text, else a Noto face that does
    layout = layout_for(text)
    missing = undrawn(text, face)
    if undrawn(missing, DEFAULT):
        warn_undrawn(undrawn(missing, DEFAULT))
    for size in sizes:
        font = _font(font_name, size, layout) if face == DEFAULT else face_font(face, font_name == BOLD, size, layout)
        if missing and face != DEFAULT:  # the rest, a Latin label say, in DejaVu
            font = MixedFont(font, _font(font_name, size, layout_for(missing)), lambda c, face=face: covers(face, c))
        line_height = round(size * LINE_SPACING)
        limit = _line_limit(font, line_height, max_height, max_lines)
        lines, split_word = wrap(text, font, width, max_lines=limit + 1)
        # Breaking inside a word is only acceptable at the last size.
        if len(lines) <= limit and not split_word:
            return TextBlock(tuple(lines), font, line_height, truncated=False)
    if len(lines) <= limit:
        return TextBlock(tuple(lines), font, line_height, truncated=False)
    kept = lines[: limit - 1] + [ellipsize(lines[limit - 1], font, width)]
    return TextBlock(tuple(kept), font, line_height, truncated=True)


def _line_limit(
    font: ImageFont.FreeTypeFont | MixedFont, line_height: int, max_height: int | None, max_lines: int | None
) -> int:
    limit = max_lines if max_lines is not None else 1_000
    if max_height is not None:
        ascent, descent = font.getmetrics()
        limit = min(limit, 1 + max(0, max_height - ascent - descent) // line_height)
    return max(1, limit)


# --- Quote cards: the card of one paragraph's share page --------------------
# Smaller sizes than a headline: a quote is longer, and 36 px still reads in
# a chat app's thumbnail.
QUOTE_SIZES = (52, 46, 40, 36)


def quote_card_key(site_name: str, context: str, quote: str) -> str:
    """Identifies a quote card's bytes, as `card_key` does a page card's."""
    return card_key(site_name, context, "quote:" + quote)


def render_quote_card(site_name: str, context: str, quote: str) -> bytes:
    """A 1200×630 PNG of a paragraph's opening words: the essay and section
    (`context`, "Essay › Section") above, the quote (in its language's
    quotation marks, “…”, «…», 「…」) in large type, the site
    name below. Long quotes end in an ellipsis at the smallest size; the same
    inputs give the same bytes."""
    site_name = _clean(site_name, "site_name")
    context = _clean(context, "quote context")
    quote = _clean(quote, "quote")
    width = WIDTH - 2 * MARGIN
    footer = _fit(site_name, REGULAR, (FOOTER_SIZE,), width, max_height=None, max_lines=1)
    footer_top = HEIGHT - MARGIN - footer.height
    rule_top = footer_top - GAP // 2 - RULE_HEIGHT
    title = _fit(context, REGULAR, (TITLE_SIZE,), width, max_height=None, max_lines=TITLE_MAX_LINES)
    top = MARGIN + title.height + GAP
    room = rule_top - GAP - top
    body = _fit(quote, REGULAR, QUOTE_SIZES, width, max_height=room, max_lines=None)
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    _draw(draw, title, MARGIN, SECONDARY_TEXT)
    _draw(draw, body, top + (room - body.height) // 2, PRIMARY_TEXT)
    draw.rectangle((MARGIN, rule_top, WIDTH - MARGIN - 1, rule_top + RULE_HEIGHT - 1), fill=RULE)
    _draw(draw, footer, footer_top, SECONDARY_TEXT)
    # As for section cards: about 20 KB, far under the 300 KB chat apps take.
    return _png(image)
