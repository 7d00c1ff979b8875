"""MkDocs hook: a Jinja bytecode cache for every build, and under `mkdocs
serve`, docs/ regenerated when seeds/ changes.

Kept to a few lines because `mkdocs serve` does not reload hook modules, and
cheap to import because `mkdocs build` loads it too: the generator (and
Pillow) are imported only when serving.

Under `mkdocs serve` it runs in on_config, before MkDocs reads the nav, and
takes the fresh nav from the regenerated docs/.essay.yml (the INHERIT merge
happened before the hook could run). The generator writes only files whose
bytes changed, so the rebuild it causes does not cause another one.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Compiled templates, keyed by template name and source checksum: a changed
# template is compiled afresh, so the output is the same bytes either way.
JINJA_CACHE = ROOT / ".cache" / "jinja"

_serving = False


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_env(env, config, files):  # noqa: ANN001, ANN201 - jinja2.Environment, MkDocsConfig, Files
    # Material's templates are the bulk of a warm build's time: compiling them
    # once per checkout instead of once per build is what keeps `make site`
    # at the cost of a bare Material build.
    import jinja2

    JINJA_CACHE.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(JINJA_CACHE))
    return env


def on_config(config):  # noqa: ANN001, ANN201 - MkDocsConfig
    if not _serving:
        return config
    import yaml

    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    from essay_site.build import SITE_CONFIG, build

    if build(ROOT) == 0:
        generated = yaml.safe_load((ROOT / "docs" / SITE_CONFIG).read_text(encoding="utf-8"))
        for key in ("site_name", "site_description", "nav"):
            config[key] = generated[key]
    return config
