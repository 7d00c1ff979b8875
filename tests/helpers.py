"""Small builders shared by the stage tests, and how a missing tool is reported."""

from __future__ import annotations

import os
import textwrap
from typing import NoReturn

import pytest

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


def missing_tool(reason: str) -> NoReturn:
    """A tool a test needs (Chromium, Java, Zensical) is not installed.

    On a developer's machine the test is skipped with the reason; in CI
    (CI=true) it fails, so a broken install can never pass as a skip.
    """
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: a missing tool is a failure)", pytrace=False)
    pytest.skip(reason)
