"""MkDocs hook: under `mkdocs serve`, regenerate docs/ when seeds/ changes.

Kept to a few lines because `mkdocs serve` does not reload hook modules. The
generator writes only files whose bytes changed, so a rebuild it triggers
does not trigger another one.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from essay_site.build import build  # noqa: E402

_serving = False


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config) -> None:  # noqa: ANN001 - MkDocsConfig
    if _serving:
        build(ROOT)
