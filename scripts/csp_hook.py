"""MkDocs hook: add the Content-Security-Policy meta to every built page.

A few lines that call essay_site.csp (mkdocs serve does not reload hooks).
It runs after the build, over site/, because the policy lists the hashes of
the inline scripts and styles of every page (see essay_site/csp.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def on_post_build(config) -> None:  # noqa: ANN001 - MkDocsConfig
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    from essay_site.csp import policy, trusted, with_policy

    # The theme's templates and our overrides: the inline code they write is
    # the only inline code the policy allows.
    templates = sorted({path for folder in config["theme"].dirs for path in Path(folder).rglob("*.html")})
    allowed = trusted(path.read_text(encoding="utf-8") for path in templates)
    pages = sorted(Path(config["site_dir"]).rglob("*.html"))
    texts = {path: path.read_text(encoding="utf-8") for path in pages}
    value = policy(texts.values(), allowed)
    for path, text in texts.items():
        updated = with_policy(text, value)
        if updated != text:
            path.write_text(updated, encoding="utf-8")
