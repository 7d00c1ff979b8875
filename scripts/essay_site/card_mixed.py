"""A card text no one installed font draws whole: set in two.

"Part 1: പാശ്ചാത്യ…" mixes the site's Latin label with the essay's script,
and the Noto face for a script has no Latin letters. Each run of the text is
set in the face that draws it (the script's, else DejaVu), one after the
other from the left. Right-to-left text never needs this: DejaVu draws
Hebrew and Arabic with Latin.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator

from PIL import ImageDraw, ImageFont


class MixedFont:
    """Two fonts, and which characters the first draws; measures and draws
    like one FreeTypeFont as far as the cards use one."""

    def __init__(self, primary: ImageFont.FreeTypeFont, fallback: ImageFont.FreeTypeFont, draws: Callable[[str], bool]) -> None:
        self.primary, self.fallback, self.draws = primary, fallback, draws

    def runs(self, text: str) -> Iterator[tuple[ImageFont.FreeTypeFont, str]]:
        """(font, text) runs; spaces and combining marks stay with the run before."""
        font, run = self.primary, ""
        for char in text:
            neutral = char.isspace() or unicodedata.category(char).startswith("M")
            wanted = font if neutral and run else (self.primary if self.draws(char) else self.fallback)
            if wanted is not font and run:
                yield font, run
                run = ""
            font = wanted
            run += char
        if run:
            yield font, run

    def getlength(self, text: str) -> float:
        return sum(font.getlength(run) for font, run in self.runs(text))

    def getmetrics(self) -> tuple[int, int]:
        (a1, d1), (a2, d2) = self.primary.getmetrics(), self.fallback.getmetrics()
        return max(a1, a2), max(d1, d2)

    def getbbox(self, text: str, anchor: str = "ls") -> tuple[int, int, int, int]:
        ascent, descent = self.getmetrics()
        width = round(self.getlength(text))
        return (0, -ascent, width, descent) if anchor.endswith("s") else (0, 0, width, ascent + descent)

    def draw(self, draw: ImageDraw.ImageDraw, x: float, baseline: int, text: str, fill: tuple[int, int, int]) -> None:
        for font, run in self.runs(text):
            draw.text((x, baseline), run, font=font, fill=fill, anchor="ls")
            x += font.getlength(run)
