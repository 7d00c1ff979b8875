"""`make bench`: the command line, and the JSON it writes."""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .child import child_generate
from .common import CHROMIUM, ROOT, SIZES
from .make_site import measure_make_site
from .report import machine, table, targets
from .scale import growth, scale
from .share_pages import share_pages_cost, share_pages_table
from .side_by_side import side_by_side
from .weight import page_weight

log = logging.getLogger("bench")

def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Benchmark the pipeline side by side with plain Material (make bench).")
    parser.add_argument("--rounds", type=int, default=5, help="side-by-side rounds (default 5, at least 5 for the record)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="section counts for the scale test (default 1,10,100,1000)")
    parser.add_argument("--quick", action="store_true", help="skip the 1,000-section essay")
    parser.add_argument("--no-browser", action="store_true", help="skip the page weight (needs Playwright and /usr/bin/chromium)")
    parser.add_argument("--make-site-only", action="store_true", help="only `make site` warm and cold against bare Material")
    parser.add_argument("--feature", action="append", default=[], metavar="NAME",
                        help="add a theme feature to the temp copy of mkdocs.yml, e.g. navigation.prune (repeatable)")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results.json", help="where to write the JSON")
    parser.add_argument("--child-generate", nargs=2, type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    if args.child_generate:
        return child_generate(*args.child_generate)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip() and not (args.quick and int(s) >= 1000)]
    info = machine()
    started = time.perf_counter()
    results = {"make_site": None, "side_by_side": None, "scale": [], "page_weight": None}
    with tempfile.TemporaryDirectory(prefix="essay-bench-") as folder:
        tmp = Path(folder)
        results["make_site"] = measure_make_site(tmp / "make-site", args.rounds)
        if not args.make_site_only:
            results.update(pipeline_measurements(tmp, args, sizes))
    info["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results |= {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": info,
        "settings": {"rounds": args.rounds, "sizes": sizes, "features_added": args.feature},
        "growth": growth(results["scale"]),
        "seconds": round(time.perf_counter() - started, 1),
    }
    results["targets"] = targets(results["side_by_side"], results["scale"], results["page_weight"], results["make_site"])
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info("wrote %s", args.output)
    print(table(results))
    if results.get("share_pages"):
        print("\n".join(share_pages_table(results["share_pages"])))
    return 0


def pipeline_measurements(tmp: Path, args: argparse.Namespace, sizes: list[int]) -> dict[str, Any]:
    """Side by side, page weight and scale: the generator's own costs."""
    sbs, ours, base = side_by_side(tmp, args.rounds, args.feature)
    weight = None
    if not args.no_browser:
        if Path(CHROMIUM).exists():
            weight = page_weight(ours, base)
        else:
            log.warning("%s not found: skipping the page weight (make system-deps installs it)", CHROMIUM)
    return {"side_by_side": sbs, "page_weight": weight, "scale": scale(tmp, sizes, args.feature),
            "share_pages": share_pages_cost()}
