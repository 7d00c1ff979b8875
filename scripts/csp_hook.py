"""MkDocs hook: add the Content-Security-Policy meta to every built page.

A few lines that call essay_site.csp_site (mkdocs serve does not reload
hooks). It runs after the build, over site/, because the policy lists the
hashes of the inline scripts and styles of every page (see essay_site/csp.py).
Builders without MkDocs hooks (Zensical) run scripts/add_csp.py instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def on_post_build(config) -> None:  # noqa: ANN001 - MkDocsConfig
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    from essay_site.csp_site import secure_site

    # The theme's templates and our overrides: the inline code they write is
    # the only inline code the policy allows.
    secure_site(Path(config["site_dir"]), (Path(folder) for folder in config["theme"].dirs))
