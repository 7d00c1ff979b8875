"""Every internal link and asset of the built site resolves, fragments included.

External links are listed, never fetched: the checks run offline. The checker
is site_check.broken_links, shared with the other site tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _site_server import SITE_DIR, SiteMissingError, require_site, site_url
from site_check import broken_links, html_files, is_external, links_in


def pages_to_check(site_dir: Path = SITE_DIR) -> list[str]:
    try:
        require_site(site_dir)
    except SiteMissingError:
        return ["<site missing>"]  # fails through the site_dir fixture, with the reason
    return html_files(site_dir)


@pytest.mark.parametrize("page", pages_to_check())
def test_internal_links_resolve(site_dir, page):
    broken = broken_links(site_dir, site_url(site_dir), [page])
    if broken:
        pytest.fail(f"{len(broken)} broken link(s):\n" + "\n".join(broken), pytrace=False)


def test_external_links_are_https(site_dir, capsys):
    root = site_url(site_dir)
    found: dict[str, set[str]] = {}
    for page in html_files(site_dir):
        for link in links_in(site_dir, page):
            if is_external(link.url, root):
                found.setdefault(link.url, set()).add(page)
    with capsys.disabled():
        print(f"\nexternal links ({len(found)}, not fetched):")
        for url, pages in sorted(found.items()):
            print(f"  {url}  ({len(pages)} page(s), e.g. {min(pages)})")
    insecure = sorted(url for url in found if url.startswith("http:"))
    assert not insecure, "external links over plain http:\n" + "\n".join(insecure)
