"""The Nu Html Checker (vnu) finds no errors or warnings in any page, bar an allow-list."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from _site_server import ROOT

pytestmark = pytest.mark.slow

VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"


@dataclasses.dataclass(frozen=True)
class Allowed:
    """A vnu message that Material's own markup causes, allowed only where the extract matches."""

    message: str
    extract: str  # a substring of vnu's source extract that pins down the markup
    reason: str


# One entry per message, each with why it cannot be fixed by an override.
ALLOWED = [
    Allowed(
        message=(
            "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, "
            "“email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, "
            "or “week”."
        ),
        extract='<input class="md-toggle" data-md-toggle=',
        reason=(
            "Material's base.html puts autocomplete=off on its drawer and search checkboxes so that Firefox "
            "does not restore them checked on back/forward; they sit outside any template block, so only a "
            "copy of the whole base.html could drop it"
        ),
    ),
]


def _matches(allowed: Allowed, message: dict) -> bool:
    return message.get("message") == allowed.message and allowed.extract in message.get("extract", "")


# vnu's own judgement of the Content-Security-Policy meta is left to the
# browser: vnu checks files by file: URL, where 'self' matches nothing, and it
# does not compute sha256 hashes, so it reports every script and style of
# every page (the JSON config block included) as blocked. Chromium enforces
# the policy for real in tests/browser/test_csp.py, with no violation.
VNU_CSP_GUESSES = (
    "Inline script violates Content Security Policy (meta tag)",
    "Inline style violates Content Security Policy (meta tag)",
    "Resource violates Content Security Policy (meta tag)",
)


def _allowed(message: dict) -> bool:
    if message.get("message", "").startswith(VNU_CSP_GUESSES):
        return True
    return any(_matches(allowed, message) for allowed in ALLOWED)


def _describe(message: dict, site_dir: Path) -> str:
    where = message.get("url", "").removeprefix("file:").removeprefix(str(site_dir) + "/")
    kind = message.get("subType") or message["type"]
    extract = " ".join(message.get("extract", "").split())
    return f"{where}:{message.get('lastLine', '?')}:{message.get('firstColumn', '?')}: {kind}: {message.get('message')}\n    {extract}"


@pytest.fixture(scope="module")
def vnu_messages(site_dir) -> list[dict]:
    """Every message vnu gives for the site's pages, from one JVM run."""
    if not VNU.is_file():
        pytest.fail(f"{VNU.relative_to(ROOT)} is missing: run `make node-deps`", pytrace=False)
    if not shutil.which("java"):
        pytest.fail("java is missing: run `make system-deps`", pytrace=False)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--skip-non-html", f"{site_dir}/"],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        return json.loads(result.stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"vnu exited {result.returncode} without a JSON report:\n{result.stderr[-2000:]}", pytrace=False)


def test_html_is_valid(vnu_messages, site_dir):
    # Plain "info" messages are hints; errors, warnings and I/O failures all count.
    problems = [
        message
        for message in vnu_messages
        if (message["type"] != "info" or message.get("subType") == "warning") and not _allowed(message)
    ]
    if problems:
        report = "\n".join(_describe(message, site_dir) for message in problems)
        pytest.fail(f"{len(problems)} vnu error(s)/warning(s):\n{report}", pytrace=False)


def test_allow_list_is_still_needed(vnu_messages):
    """Each allowed message still occurs, so that the list shrinks when Material fixes its markup."""
    unused = [allowed.message for allowed in ALLOWED if not any(_matches(allowed, m) for m in vnu_messages)]
    assert not unused, "allowed vnu messages that no longer occur; remove them:\n" + "\n".join(unused)
