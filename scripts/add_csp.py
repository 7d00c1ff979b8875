#!/usr/bin/env python3
"""Add the Content-Security-Policy to a site built without MkDocs' hooks.

    zensical build
    python scripts/add_csp.py site --templates overrides <the theme's templates>

MkDocs builds run the same code as a hook (scripts/csp_hook.py); Zensical
runs no hooks, so its site gets the policy from this command. Only inline
code written by the templates given is allowed (see essay_site/csp.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from essay_site.csp_site import secure_site  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site's folder")
    parser.add_argument("--templates", type=Path, nargs="+", required=True, help="template folders: overrides and the theme's")
    args = parser.parse_args(argv)
    for folder in [args.site, *args.templates]:
        if not folder.is_dir():
            print(f"add_csp: {folder}: no such folder", file=sys.stderr)
            return 2
    changed = secure_site(args.site, args.templates)
    print(f"add_csp: policy added to {changed} page(s) under {args.site}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
