"""Bytes → text: UTF-8, or an encoding the file itself names.

Nothing here guesses. A file is read as UTF-8 unless it says otherwise in a
way that cannot be mistaken: a byte order mark (Windows Notepad's "Unicode"
saves UTF-16 with one), or the "Character set encoding:" line of a Project
Gutenberg header, which older 8-bit Gutenberg files carry ("ISO-8859-1").
Anything else that is not UTF-8 is a clear error naming the first bad byte.
"""

from __future__ import annotations

import codecs
import logging
import re

from .model import EssayError

log = logging.getLogger("essay_site")

# Longest marks first: UTF-32 LE's mark begins with UTF-16 LE's.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Project Gutenberg's header line, to the end of the line; a label Python
# does not know may name a known one in parentheses ("ISO-646-US (US-ASCII)")
# or after "ISO" ("ISO Latin-1").
DECLARED = re.compile(rb"^[ \t]*Character set encoding:[ \t]*([^\r\n]*)", re.IGNORECASE | re.MULTILINE)
# The header sits before the text: a declaration further in is the essay's prose.
HEADER_BYTES = 8192
# As the WHATWG Encoding Standard (which browsers follow) reads these labels:
# files labelled Latin-1 or ASCII are nearly always Windows-1252, whose curly
# quotes and dashes sit where Latin-1 has invisible control codes.
AS_WINDOWS_1252 = frozenset({"iso8859-1", "ascii", "cp1252"})


def windows_1252_table() -> dict[int, str]:
    """Latin-1 character → Windows-1252's character for the same byte. The
    five bytes Windows-1252 leaves unassigned keep their Latin-1 reading,
    as in the WHATWG standard, so every byte string decodes."""
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
    return table


WINDOWS_1252 = windows_1252_table()


def decode(shown: str, data: bytes) -> str:
    """The file's text, without a byte order mark; anything that cannot be
    read for certain is an EssayError naming the file (and the line)."""
    for mark, codec, name in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return decode_marked(shown, data, codec, name)
    if b"\x00" in data:
        offset = data.index(b"\x00")
        if data.count(b"\x00") * 4 > len(data):
            raise EssayError(shown, f"looks like UTF-16 text without a byte order mark (NUL byte at byte offset {offset}); save it as UTF-8")
        raise EssayError(shown, f"is binary data, not text (NUL byte at byte offset {offset})", line_at(data, offset))
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        declared = declared_encoding(data)
        if declared is None:
            raise not_valid(shown, data, error.start, "UTF-8") from None
    return decode_declared(shown, data, *declared)


def not_valid(shown: str, data: bytes, offset: int, encoding: str) -> EssayError:
    """The error for bytes that are not `encoding`, naming the first bad one and its line."""
    return EssayError(shown, f"is not valid {encoding} (byte 0x{data[offset]:02x} at byte offset {offset}); save it as UTF-8", line_at(data, offset))


def decode_marked(shown: str, data: bytes, codec: str, name: str) -> str:
    try:
        text = data.decode(codec)  # the codec reads the mark and drops it
    except UnicodeDecodeError as error:
        raise EssayError(shown, f"is not valid {name} (at byte offset {error.start}, after its byte order mark); save it as UTF-8") from None
    log.info("%s: read as %s, as its byte order mark says", shown, name)
    return text


def declared_encoding(data: bytes) -> tuple[str, str, int] | None:
    """(codec, label as written, line) of a Gutenberg header's declaration
    that Python knows and that is not UTF-8 (a file declared UTF-8 that is
    not has no other reading)."""
    found = DECLARED.search(data, 0, HEADER_BYTES)
    if found is None:
        return None
    label = found.group(1).decode("ascii", "replace").strip()
    for name in (label, *re.findall(r"\(([^)]*)\)", label), label.partition("(")[0], re.sub(r"(?i)^ISO\s+", "", label)):
        try:
            codec = codecs.lookup(name.strip()).name
        except LookupError:
            continue
        return None if codec == "utf-8" else (codec, label, line_at(data, found.start()))
    return None


def decode_declared(shown: str, data: bytes, codec: str, label: str, line: int) -> str:
    if codec in AS_WINDOWS_1252:
        text = data.decode("latin-1").translate(WINDOWS_1252)
    else:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as error:
            raise not_valid(shown, data, error.start, f"{label}, the encoding its header declares on line {line}") from None
    log.info("%s:%d: read as %s, the encoding its header declares", shown, line, label)
    return text


def line_at(data: bytes, offset: int) -> int:
    """The line number of a byte offset, counted as an editor counts lines."""
    return data.count(b"\n", 0, offset) + 1
