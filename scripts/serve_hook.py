"""MkDocs hook: under `mkdocs serve`, regenerate docs/ when seeds/ changes.

Kept to a few lines because `mkdocs serve` does not reload hook modules. It
runs in on_config, before MkDocs reads the nav, and takes the fresh nav from
the regenerated docs/.essay.yml (the INHERIT merge happened before the hook
could run). The generator writes only files whose bytes changed, so the
rebuild it causes does not cause another one.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_serving = False


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config):  # noqa: ANN001, ANN201 - MkDocsConfig
    if not _serving:
        return config
    # Imported here, not at the top: `mkdocs build` loads this hook too, and
    # would pay for importing the generator (and Pillow) on every build.
    import yaml

    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    from essay_site.build import SITE_CONFIG, build

    if build(ROOT) == 0:
        generated = yaml.safe_load((ROOT / "docs" / SITE_CONFIG).read_text(encoding="utf-8"))
        for key in ("site_name", "site_description", "nav"):
            config[key] = generated[key]
    return config
