"""The policy's hashes cover exactly the inline code the templates wrote."""

from __future__ import annotations

from pathlib import Path

from essay_site.csp import META_MARK, policy, sha256, trusted, with_policy

TEMPLATE = """{#- a comment with <script>nothing()</script> -#}
<script>__md_scope=new URL("{{ base_url }}",location)</script>
<script id="__config" type="application/json">{"base": "{{ base_url }}"}</script>
<style>.x{color:red}</style>"""
PAGE = """<!doctype html><html><head>
<meta charset="utf-8">
<title>T</title>
<script>__md_scope=new URL("../..",location)</script>
<style>.x{color:red}</style>
</head><body><table><td style="text-align: right;">1</td></table></body></html>"""


def directives(value: str) -> dict[str, str]:
    return dict(d.strip().split(" ", 1) for d in value.split(";"))


def test_template_scripts_are_hashed_with_their_values_filled_in() -> None:
    found = directives(policy([PAGE], trusted([TEMPLATE])))
    assert found["script-src"] == "'self' " + sha256('__md_scope=new URL("../..",location)')
    assert found["style-src"] == f"'self' 'unsafe-hashes' {' '.join(sorted([sha256('.x{color:red}'), sha256('text-align: right;')]))}"


def test_inline_code_that_no_template_wrote_gets_no_hash() -> None:
    injected = PAGE.replace("<title>T</title>", "<title></title><script>alert(1)</script><style>*{x:y}</style></title>")
    injected = injected.replace('style="text-align: right;"', 'style="background: url(x)"')
    found = directives(policy([injected], trusted([TEMPLATE])))
    assert sha256("alert(1)") not in found["script-src"]
    assert sha256("*{x:y}") not in found["style-src"] and sha256("background: url(x)") not in found["style-src"]


def test_a_value_cannot_smuggle_markup_or_end_the_string() -> None:
    evil = PAGE.replace('new URL("../..",location)', 'new URL("x",alert(1),"",location)')
    assert sha256('__md_scope=new URL("x",alert(1),"",location)') not in policy([evil], trusted([TEMPLATE]))


def test_json_data_is_not_a_script_and_needs_no_hash() -> None:
    page = PAGE.replace("</head>", '<script id="__config" type="application/json">{"base": ".."}</script></head>')
    assert sha256('{"base": ".."}') not in policy([page], trusted([TEMPLATE]))


def test_the_policy_goes_right_after_the_charset_and_only_once() -> None:
    placed = with_policy(PAGE, "default-src 'self'")
    assert placed.index(META_MARK) > placed.index("charset") and placed.index(META_MARK) < placed.index("<title>")
    assert with_policy(placed, "other") == placed


def test_add_csp_names_a_missing_folder_and_exits_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "add_csp.py"
    missing = tmp_path / "no-site"
    result = subprocess.run(
        [sys.executable, str(script), str(missing), "--templates", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"add_csp: {missing}: no such folder"
