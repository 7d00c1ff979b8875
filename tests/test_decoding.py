"""Files in other encodings, where the file itself says which.

A byte order mark names UTF-16 or UTF-32; an 8-bit Project Gutenberg file
names its encoding in its header. Nothing else is guessed: test_errors holds
the messages for the rest.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from essay_site.decoding import decode
from essay_site.model import EssayError
from sandbox import make_project, run_cli

PROSE = "The “café” society of Zürich—a naïve façade—met at noon. " * 3


def gutenberg(label: str, body: str, encoding: str) -> bytes:
    """An 8-bit Project Gutenberg file, header and all."""
    header = (
        "The Project Gutenberg EBook of Café Essays, by Anne Écrivain\n\n"
        "Title: Café Essays\n\nAuthor: Anne Écrivain\n\nLanguage: English\n\n"
        f"Character set encoding: {label}\n\n"
        "*** START OF THIS PROJECT GUTENBERG EBOOK CAFÉ ESSAYS ***\n\n\n\n\n"
    )
    footer = "\n\n\n\nEnd of the Project Gutenberg EBook of Café Essays\n\n*** END OF THIS PROJECT GUTENBERG EBOOK CAFÉ ESSAYS ***\n"
    return (header + body + footer).encode(encoding)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_a_byte_order_mark_names_the_encoding(codec: str) -> None:
    text = f"A Title\n\n{PROSE}\n"
    mark = "\ufeff".encode(codec) if codec.endswith(("le", "be")) else b""
    assert decode("seeds/essay.txt", mark + text.encode(codec)) == text


@pytest.mark.parametrize(("label", "encoding", "body"), [
    ("ISO-8859-1", "cp1252", PROSE),
    ("ISO Latin-1", "cp1252", PROSE),
    ("iso-8859-1", "cp1252", PROSE),
    ("Windows-1252", "cp1252", PROSE),
    ("ISO-646-US (US-ASCII)", "cp1252", PROSE),  # a label that undersells the file's bytes
    ("ISO-8859-15", "iso8859-15", "Le café coûte 2 € à Zürich, œuf compris."),
])
def test_a_gutenberg_header_names_the_encoding(label: str, encoding: str, body: str) -> None:
    data = gutenberg(label, body, encoding)
    assert decode("seeds/pg.txt", data) == data.decode(encoding)


def test_latin_1_is_read_as_windows_1252_as_browsers_do() -> None:
    """Files labelled Latin-1 hold Windows-1252's curly quotes in bytes that
    Latin-1 reserves for invisible controls; the bytes Windows-1252 leaves
    unassigned stay Latin-1's, so no byte is an error."""
    data = b"Character set encoding: ISO-8859-1\n\n\x93Caf\xe9\x94 \x96 \x85 \x81\x8d\x8f\x90\x9d\n"
    assert decode("seeds/pg.txt", data).splitlines()[-1] == "“Café” – … \x81\x8d\x8f\x90\x9d"


@pytest.mark.parametrize(("text", "encoding"), [
    ("Συγγραφέας: Γιάννης Ψυχάρης. Το ταξίδι μου.", "iso8859-7"),
    ("Автор: А. И. Герцен. С того берега.", "koi8-r"),
    ("Autor: Karel Čapek. Zahradníkův rok.", "iso8859-2"),
])
def test_a_declared_8_bit_encoding_of_another_script_is_read(text: str, encoding: str) -> None:
    data = f"Character set encoding: {encoding.upper()}\n\n{text}\n".encode(encoding)
    assert decode("seeds/pg.txt", data).splitlines()[-1] == text


@pytest.mark.parametrize(("data", "message"), [
    # A header that declares UTF-8 has no other reading.
    (b"Character set encoding: UTF-8\n\nCaf\xe9\n", "seeds/pg.txt:3: is not valid UTF-8 (byte 0xe9 at byte offset 34); save it as UTF-8"),
    # A name Python does not know is no declaration.
    (b"Character set encoding: Klingon-1\n\nCaf\xe9\n", "seeds/pg.txt:3: is not valid UTF-8 (byte 0xe9 at byte offset 38); save it as UTF-8"),
    # Past the header, the line is the essay's own prose, not a declaration.
    (b"x" * 9000 + b"\nCharacter set encoding: ISO-8859-1\nCaf\xe9\n", "seeds/pg.txt:3: is not valid UTF-8 (byte 0xe9 at byte offset 9039); save it as UTF-8"),
    # Mid-line, it is prose too.
    (b"He wrote: Character set encoding: ISO-8859-1\nCaf\xe9\n", "seeds/pg.txt:2: is not valid UTF-8 (byte 0xe9 at byte offset 48); save it as UTF-8"),
])
def test_what_is_not_declared_is_not_guessed(data: bytes, message: str) -> None:
    with pytest.raises(EssayError) as raised:
        decode("seeds/pg.txt", data)
    assert str(raised.value) == message


def test_the_log_says_how_the_file_was_read(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="essay_site"):
        decode("seeds/pg.txt", gutenberg("ISO-8859-1", PROSE, "cp1252"))
        decode("seeds/essay.txt", "A Title\n".encode("utf-16"))
    assert [r.getMessage() for r in caplog.records] == [
        "seeds/pg.txt:9: read as ISO-8859-1, the encoding its header declares",
        "seeds/essay.txt: read as UTF-16, as its byte order mark says",
    ]


def test_an_8_bit_gutenberg_file_builds_a_site_in_its_own_characters(tmp_path: Path) -> None:
    body = f"CAFÉ ESSAYS\n\nBy Anne Écrivain\n\n\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n"
    root = make_project(tmp_path, gutenberg("ISO-8859-1", body, "cp1252"), name="cafe.txt")
    result = run_cli(root)
    assert result.returncode == 0, result.stderr
    assert "read as ISO-8859-1, the encoding its header declares" in result.stderr
    page = (root / "docs" / "index.md").read_text(encoding="utf-8")
    assert "Café Essays" in page and "Anne Écrivain" in page
    assert "The “café” society of Zürich—a naïve façade—met at noon." in page
    assert "Character set encoding" not in page and "GUTENBERG" not in page
