"""Shared test options: golden-file updates and hypothesis profiles."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# `make test-fast`, the inner loop: the same properties on fewer examples.
settings.register_profile("fast", max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite the committed docs/ (the golden copy) through the generator",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


# Real essays the readers do not read right yet: (test, essay) → what is
# wrong. Strict, so a fix turns the test red until its line here goes.
# Each is in the closing note of the session that added the essay.
_RUSSIAN = "15_herzen_omnia_mea_mecum_porto"
KNOWN_READER_GAPS = {
    ("test_format_language_and_title_block", _RUSSIAN): (
        "the all-caps Latin title is shown in title case ('Omnia Mea Mecum Porto'); the editor wrote it in sentence case"
    ),
    ("test_sections_as_an_editor_reads_them", _RUSSIAN): (
        "1 note of 3: the epigraphs' notes ('2 …', '3 …' under them, markers glued as '2*', '3*') are read as prose"
    ),
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        test = getattr(item, "originalname", item.name)
        essay = item.callspec.id if hasattr(item, "callspec") else ""
        reason = KNOWN_READER_GAPS.get((test, essay))
        if reason:
            item.add_marker(pytest.mark.xfail(strict=True, reason=reason))
