"""Small builders shared by the stage tests."""

from __future__ import annotations

import textwrap

from essay_site.model import Essay
from essay_site.formats.plain import parse
from essay_site.read import source_text


def essay_of(text: str) -> Essay:
    """Parse an essay written inline in a test (dedented, stripped)."""
    return parse(source_text("test.txt", "test", textwrap.dedent(text).strip("\n")))


def paragraph(words: int, seed: str = "Prose") -> str:
    """A sentence-punctuated paragraph of about `words` words."""
    body = " ".join(f"{seed.lower()}{i % 7}" for i in range(words - 1))
    return f"{seed} {body}."
