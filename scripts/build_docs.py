#!/usr/bin/env python3
"""Generate the site's Markdown pages in docs/ from the essay in seeds/.

Usage:
  scripts/build_docs.py                    write docs/ (only files that changed)
  scripts/build_docs.py --check            exit 1 if docs/ is stale, write nothing
  scripts/build_docs.py --suggest-glossary print a starter glossary YAML
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from essay_site.freshness import docs_are_current  # noqa: E402 - standard library only

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="project folder (default: this repository)")
    parser.add_argument("--check", action="store_true", help="report a stale docs/ and exit 1; write nothing")
    parser.add_argument("--suggest-glossary", action="store_true", help="print extracted terms as a starter glossary")
    parser.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO, format="%(levelname)s: %(message)s", stream=sys.stderr
    )
    if not args.check and not args.suggest_glossary and docs_are_current(args.root.resolve()):
        # Nothing the output depends on changed (a fresh clone, say): skip
        # importing and running the pipeline. --check always runs it.
        logging.getLogger("essay_site").info("docs/: up to date (inputs unchanged)")
        return 0
    # Imported here: the check above must not pay for the pipeline's imports.
    from essay_site.build import build, suggest_glossary
    from essay_site.model import EssayError

    try:
        if args.suggest_glossary:
            sys.stdout.write(suggest_glossary(args.root))
            return 0
        return build(args.root, check=args.check)
    except EssayError as error:
        logging.getLogger("essay_site").error("%s", error)
        return 2


if __name__ == "__main__":
    sys.exit(main())
