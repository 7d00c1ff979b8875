"""Heading candidates' numbers, read in their sequence.

- A bare number ("CHAPTER I.") takes the title line under it ("GENERAL
  REMARKS."): one heading.
- A bare number with prose under it takes a title line set above it, with
  prose or nothing above that (Emerson's "NATURE." over "CHAPTER I.").
- "C." after "B." is a letter, not the Roman hundred.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .outline import Unit


def merge_numbers_with_titles(units: list[Unit]) -> list[Unit]:
    """"CHAPTER I." then "GENERAL REMARKS." → one heading; then titles set above numbers."""
    merged: list[Unit] = []
    for unit in units:
        last = merged[-1] if merged else None
        if (
            last is not None and last.shape and last.shape.numbered and not last.shape.title
            and unit.shape and not unit.shape.numbered
        ):
            merged[-1] = dataclasses.replace(last, lines=last.lines + unit.lines, shape=last.shape.with_title(unit.shape))
        else:
            merged.append(unit)
    return with_titles_above(merged)


def with_titles_above(units: list[Unit]) -> list[Unit]:
    """Each bare number with prose under it, joined to a lone title line above it."""
    joined: list[Unit] = []
    for i, unit in enumerate(units):
        above = joined[-1] if joined else None
        if (
            above and above.shape and not above.shape.numbered and unit.shape and unit.shape.numbered and not unit.shape.title
            and (i + 1 == len(units) or units[i + 1].shape is None) and (len(joined) < 2 or joined[-2].shape is None)
        ):
            joined[-1] = dataclasses.replace(unit, line=above.line, lines=above.lines + unit.lines, shape=unit.shape.with_title(above.shape))
        else:
            joined.append(unit)
    return joined


def letters_in_sequence(units: list[Unit]) -> list[Unit]:
    """"C." after "B." is a letter, not the Roman hundred."""
    fixed: list[Unit] = []
    last_letter = ""
    for unit in units:
        shape = unit.shape
        if shape and shape.style == "roman" and last_letter and shape.label == chr(ord(last_letter) + 1):
            unit = dataclasses.replace(unit, shape=dataclasses.replace(shape, style="letter"))
        if unit.shape and unit.shape.style == "letter" and unit.shape.label:
            last_letter = unit.shape.label
        fixed.append(unit)
    return fixed
