"""Fixtures for the static checks: the same server, Chromium and site fixtures as tests/browser."""

from __future__ import annotations

from browser.conftest import browser, root_url, site_dir  # noqa: F401
