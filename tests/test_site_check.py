"""The shared link checker (site_check.broken_links) finds what it must: the
site tests pass only because it can fail."""

from __future__ import annotations

from pathlib import Path

from site_check import broken_links

ROOT_URL = "https://example.github.io/essay-site/"


def page(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")


def test_broken_files_and_fragments_are_found_and_good_links_pass(tmp_path: Path) -> None:
    page(tmp_path / "index.html", '<p id="top">'
         '<a href="a/">ok</a> <a href="a/#here">ok</a> <a href="#top">ok</a> <a href="https://other.invalid/x">external</a>'
         '<a href="missing/">file</a> <a href="a/#nowhere">fragment</a> <img src="img.png" srcset="img.png 1x, gone.png 2x"></p>')
    page(tmp_path / "a" / "index.html", '<h1 id="here">A</h1><a href="../">up</a> <a href="../../">out</a>')
    page(tmp_path / "404.html", f'<a href="{ROOT_URL}a/">absolute</a> <a href="{ROOT_URL}nope/">absolute, broken</a>')
    (tmp_path / "img.png").write_bytes(b"png")
    broken = broken_links(tmp_path, ROOT_URL)
    assert [line.split(": ", 1)[1] for line in broken] == [
        f"{ROOT_URL}nope/  (no such file in the site)",
        "../../  (leads out of the site root https://example.github.io/essay-site/)",
        "missing/  (no such file in the site)",
        "a/#nowhere  (no id 'nowhere' in a/index.html)",
        "gone.png  (no such file in the site)",
    ]
