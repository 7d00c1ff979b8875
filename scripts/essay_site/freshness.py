"""Whether docs/ is already what the generator would make, known without
running (or importing) it: a digest of everything the output depends on.

A fresh clone has no trustworthy file times, so make would run the
generator; with this digest recorded in docs/, `build_docs.py` sees that
nothing changed and exits before importing the pipeline. Standard library
only, so the check costs a Python start and a few reads.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

DIGEST_FILE = ".inputs.sha256"
CODE = Path(__file__).resolve().parent  # the generator that runs, wherever the project is


def inputs_digest(root: Path) -> str:
    """sha256 of the seeds, mkdocs.yml, the generator's code and wording
    (ui/*.toml) and SITE_URL (mkdocs.yml reads it with !ENV)."""
    digest = hashlib.sha256(os.environ.get("SITE_URL", "").encode())
    code = sorted(path for path in CODE.rglob("*") if path.suffix in (".py", ".toml"))
    files = [*sorted((root / "seeds").glob("*")), root / "mkdocs.yml", *code]
    for path in files:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def docs_are_current(root: Path) -> bool:
    """docs/ holds the digest of the current inputs. A docs/ reached through
    a link out of the project never counts: the full build reports it."""
    docs = root / "docs"
    recorded = docs / DIGEST_FILE
    if not docs.resolve().is_relative_to(root.resolve()) or not recorded.is_file():
        return False
    return recorded.read_text(encoding="utf-8").strip() == inputs_digest(root)
