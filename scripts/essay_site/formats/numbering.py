"""Heading candidates' numbers, read in their sequence.

- A bare number ("CHAPTER I.") takes the title line under it ("GENERAL
  REMARKS."): one heading.
- A bare number with prose under it takes a title line set above it, with
  prose or nothing above that (Emerson's "NATURE." over "CHAPTER I."); the
  bare numbers that go on its series take that title too (Mill's
  "INTRODUCTION." over "I.", then "II.", "III.").
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
    """Each bare number with prose under it, joined to a lone title line
    above it; when the numbers after it are bare too, the title is theirs
    as well: it heads the series ("INTRODUCTION." over "I.", "II.", "III.")."""
    joined: list[Unit] = []
    series: Unit | None = None  # the bare number that took the title above, while its series goes on bare
    for i, unit in enumerate(units):
        above = joined[-1] if joined else None
        if (
            above and above.shape and not above.shape.numbered and unit.shape and unit.shape.numbered and not unit.shape.title
            and (i + 1 == len(units) or units[i + 1].shape is None) and (len(joined) < 2 or joined[-2].shape is None)
        ):
            joined[-1] = dataclasses.replace(unit, line=above.line, lines=above.lines + unit.lines, shape=unit.shape.with_title(above.shape))
            series = joined[-1]
        elif continues_bare(series, unit, above):
            joined.append(dataclasses.replace(unit, shape=dataclasses.replace(unit.shape, title=series.shape.title)))
        else:
            if unit.shape:  # another heading ends the series ("THE ARGUMENT." after "II.")
                series = None
            joined.append(unit)
    return joined


def continues_bare(series: Unit | None, unit: Unit, above: Unit | None) -> bool:
    """`unit` is a bare number of the series' style, with no title line of its own above it."""
    own_title = above is not None and above.shape is not None and not above.shape.numbered
    shape = unit.shape
    return bool(series and shape and shape.numbered and shape.style == series.shape.style and not shape.title and not own_title)


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
