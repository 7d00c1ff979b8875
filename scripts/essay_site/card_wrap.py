"""Line breaking for the social cards: where text may break, and how a
line is shortened with an ellipsis, measured with the card's own font."""

from __future__ import annotations

import unicodedata

from PIL import ImageFont

ELLIPSIS = "…"


def fits(text: str, font: ImageFont.FreeTypeFont, width: int) -> bool:
    # The advance can be narrower than the ink (a final "W" in bold, a leading
    # "j"); check both so nothing pokes into the margin.
    left, _, right, _ = font.getbbox(text, anchor="ls")
    return max(font.getlength(text), right - min(0, left)) <= width


def units(text: str) -> list[tuple[str, bool]]:
    """Split text into breakable units, each with whether a space precedes it.

    Words of space-separated scripts are units; each wide (CJK) character is
    a unit of its own, since those scripts may break between any characters.
    """
    units: list[tuple[str, bool]] = []
    for index, word in enumerate(text.split(" ")):
        space = index > 0
        run = ""
        for ch in word:
            if unicodedata.east_asian_width(ch) in ("W", "F"):
                if run:
                    units.append((run, space))
                    space = False
                units.append((ch, space))
                space, run = False, ""
            else:
                run += ch
        if run:
            units.append((run, space))
    return units


def wrap(
    text: str, font: ImageFont.FreeTypeFont, width: int, max_lines: int | None = None
) -> tuple[list[str], bool]:
    """Greedy word wrap; return the lines and whether a word had to be split.

    Stops once `max_lines` lines are full, so a runaway heading costs no more
    than one that merely overflows.
    """
    lines: list[str] = []
    line = ""
    split_word = False
    for unit, space in units(text):
        if max_lines is not None and len(lines) >= max_lines:
            return lines[:max_lines], split_word
        candidate = f"{line} {unit}" if line and space else line + unit
        if fits(candidate, font, width):
            line = candidate
            continue
        if line:
            lines.append(line)
        if fits(unit, font, width):
            line = unit
            continue
        # A single word wider than the card (a URL, a long compound): break
        # it between characters, the only way left to keep it in bounds.
        split_word = True
        line = ""
        for ch in unit:
            if line and not fits(line + ch, font, width):
                lines.append(line)
                line = ""
            line += ch
    if line:
        lines.append(line)
    return lines, split_word


def ellipsize(line: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """End `line` with an ellipsis, dropping whole words to make room if possible."""
    words = line.split(" ")
    while True:
        candidate = " ".join(words).rstrip(" ,;:.-–—") + ELLIPSIS
        if fits(candidate, font, width):
            return candidate
        if len(words) == 1:
            break
        words.pop()
    # A single unspaced run (CJK, a long word): cut between characters.
    word = words[0]
    while word and not fits(word + ELLIPSIS, font, width):
        word = word[:-1]
    return word + ELLIPSIS
