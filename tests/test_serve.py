"""`make serve`: the hook regenerates docs/ when the essay changes, and the
rebuild that its own writes cause does not cause another (no loop)."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sandbox import copy_project, environ

pytestmark = pytest.mark.slow

MKDOCS = Path(sys.executable).parent / "mkdocs"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float) -> bool:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_serve_regenerates_on_seed_change_without_looping(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    log = tmp_path / "serve.log"
    env = environ()
    with log.open("w") as out:
        server = subprocess.Popen(
            [str(MKDOCS), "serve", "-a", f"127.0.0.1:{free_port()}"],
            cwd=project, stdout=out, stderr=subprocess.STDOUT, env=env,
        )
    try:
        builds = lambda: len(re.findall(r"Documentation built", log.read_text()))  # noqa: E731
        # Only once it serves does it watch: a change made between its first
        # build and "Serving on" is never seen (a race a loaded CI machine lost).
        assert wait_for(lambda: builds() >= 1 and "Serving on" in log.read_text(), 60), log.read_text()
        seed = next((project / "seeds").glob("*.txt"))
        seed.write_text(seed.read_text(encoding="utf-8").replace("Why the world should", "Why everyone should"), encoding="utf-8")
        new_page = project / "docs" / "why-everyone-should-pay-close-attention.md"
        assert wait_for(new_page.exists, 60), log.read_text()
        assert wait_for(lambda: builds() >= 2, 60), log.read_text()
        time.sleep(6)  # long enough for a loop to show
        settled = builds()
        time.sleep(6)
        assert builds() == settled <= 4, log.read_text()
        assert "ERROR" not in log.read_text()
        assert not (project / "docs" / "why-the-world-should-pay-close-attention.md").exists()
    finally:
        server.terminate()
        server.wait(timeout=10)
