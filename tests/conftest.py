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
KNOWN_READER_GAPS: dict[tuple[str, str], str] = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        test = getattr(item, "originalname", item.name)
        essay = item.callspec.id if hasattr(item, "callspec") else ""
        reason = KNOWN_READER_GAPS.get((test, essay))
        if reason:
            item.add_marker(pytest.mark.xfail(strict=True, reason=reason))
