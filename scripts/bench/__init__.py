"""Benchmark the pipeline side by side with plain Material (`make bench`).

Every measured command runs as a child process of its own, so its wall time,
CPU time and peak RSS (`ru_maxrss` from `os.wait4`) are its own. Everything
happens in temp folders: the real docs/ and site/ are never touched.

  make site     warm and cold `make site` on a fresh clone against a bare
                `mkdocs build` of the same docs/ with a minimal Material
                config (make_site.py), and the automatic glossary's
                extraction time for a 1 MB essay
  side by side  (a) the generator, (b) `mkdocs build --strict` of its pages,
                (c) a bare Material build of the same pages' plain text; the
                order alternates every round (A B, B A, ...)
  scale         synthetic essays of 1, 10, 100 and 1,000 sections, built
                from the seed's own paragraphs
  page weight   what a browser fetches for one section page (Debian's
                Chromium through Playwright), gzip-compressed as GitHub Pages
                serves it

Prints a table and writes bench/results.json. Run as `python -m bench` with
scripts/ on the path (`make bench` does).
"""

from __future__ import annotations

from .common import Project, with_features
from .essays import baseline_project, seed_essay, synthetic_essay, synthetic_files

__all__ = ["Project", "baseline_project", "seed_essay", "synthetic_essay", "synthetic_files", "with_features"]
