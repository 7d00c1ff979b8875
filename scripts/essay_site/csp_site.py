"""The policy written into a built site: the last stage, after MkDocs or
Zensical has written site/.

The MkDocs hook (scripts/csp_hook.py) and the command for other builders
(scripts/add_csp.py) both call `secure_site`, so every builder's pages get
the same policy from the same rules (csp.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .csp import policy, trusted, with_policy


def secure_site(site_dir: Path, template_dirs: Iterable[Path]) -> int:
    """Add the policy to every page under `site_dir`; the inline code the
    templates in `template_dirs` write is the only inline code it allows.
    Returns the number of pages changed."""
    templates = sorted({path for folder in template_dirs for path in Path(folder).rglob("*.html")})
    allowed = trusted(path.read_text(encoding="utf-8") for path in templates)
    pages = sorted(site_dir.rglob("*.html"))
    texts = {path: path.read_text(encoding="utf-8") for path in pages}
    value = policy(texts.values(), allowed)
    changed = 0
    for path, text in texts.items():
        updated = with_policy(text, value)
        if updated != text:
            path.write_text(updated, encoding="utf-8")
            changed += 1
    return changed
