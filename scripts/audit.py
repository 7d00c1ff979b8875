"""Lighthouse scores of the built site, and the page weight of a section, for `make audit`.

A benchmark, not a test: it prints how the site does against the budget and exits 0
unless Lighthouse itself fails. Scores go to audit/lighthouse.json, the full reports to
audit/*.html (gitignored).
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

from lxml import html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from _site_server import CHROMIUM, CHROMIUM_ARGS, SITE_DIR, gzip_body, page_paths, require_site, serve  # noqa: E402

log = logging.getLogger("audit")

LIGHTHOUSE = ROOT / "node_modules/.bin/lighthouse"
OUT_DIR = ROOT / "audit"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PRESETS = ("mobile", "desktop")
BUDGET_BYTES = 80 * 1024  # gzip transfer, everything the page loads
BUDGET_REQUESTS = 8


def pages_to_audit(site_dir: Path) -> dict[str, str]:
    """name -> path of the pages to audit: home, the first section, the glossary, a theme."""
    index = html.parse(str(site_dir / "index.html")).getroot()
    # The home page's "next" footer link leads to the first section, in essay order.
    first_section = index.xpath("//a[contains(@class, 'md-footer__link--next')]/@href")
    themes = [path for path in page_paths(site_dir) if path.startswith("themes/") and path != "themes/"]
    pages = {"index": "", "glossary": "glossary/"}
    if first_section:
        pages["section"] = urllib.parse.urlsplit(first_section[0]).path
    if themes:
        pages["theme"] = themes[0]
    return dict(sorted(pages.items()))


def run_lighthouse(url: str, preset: str, report_base: Path) -> dict:
    """Run Lighthouse once; write its HTML report next to report_base and return the JSON one."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output=html",
        f"--output-path={report_base}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-path={CHROMIUM}",
        f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")
    log.info("lighthouse %s (%s)", url, preset)
    subprocess.run(command, check=True)
    return json.loads(report_base.with_suffix(".report.json").read_text(encoding="utf-8"))


def scores(report: dict) -> dict[str, int]:
    return {name: round(100 * (category["score"] or 0)) for name, category in report["categories"].items()}


def page_weight(report: dict, root_url: str, site_dir: Path) -> dict:
    """Bytes transferred and requests made, from the network-requests audit.

    data: URLs (Material's inline icons) are listed by Lighthouse but never reach the
    network. For a web worker's script (Material's search) Lighthouse 12 reports only the
    headers as transferSize, so the gzipped body the server sent is added back.
    """
    resources = []
    for item in report["audits"]["network-requests"]["details"]["items"]:
        if item["url"].startswith("data:"):
            continue
        path = urllib.parse.urlsplit(item["url"].removeprefix(root_url)).path
        size = int(item.get("transferSize") or 0)
        if item.get("sessionTargetType") == "worker" and size < int(item.get("resourceSize") or 0):
            size += len(gzip_body((site_dir / path).read_bytes()))
        resources.append({"url": path or "/", "transfer_bytes": size})
    resources.sort(key=lambda resource: resource["url"])
    return {
        "requests": len(resources),
        "transfer_bytes": sum(resource["transfer_bytes"] for resource in resources),
        "resources": resources,
    }


def audit(site_dir: Path, out_dir: Path) -> dict:
    pages = pages_to_audit(site_dir)
    results: dict = {"pages": {}, "budget": {"max_requests": BUDGET_REQUESTS, "max_transfer_bytes": BUDGET_BYTES}}
    out_dir.mkdir(exist_ok=True)
    with serve(site_dir) as root_url, tempfile.TemporaryDirectory() as tmp:
        for name, path in pages.items():
            entry = results["pages"][name] = {"path": "/" + path, "scores": {}}
            for preset in PRESETS:
                report_base = Path(tmp) / f"{name}-{preset}"
                report = run_lighthouse(root_url + path, preset, report_base)
                (out_dir / f"{name}-{preset}.html").write_bytes(report_base.with_suffix(".report.html").read_bytes())
                entry["scores"][preset] = scores(report)
                results["lighthouse"] = report["lighthouseVersion"]
                if name == "section" and preset == "mobile":
                    weight = page_weight(report, root_url, site_dir)
                    weight["within_budget"] = (
                        weight["transfer_bytes"] <= BUDGET_BYTES and weight["requests"] <= BUDGET_REQUESTS
                    )
                    results["section_weight"] = weight
    return results


def print_table(results: dict) -> None:
    header = f"{'page':<10} {'preset':<8}" + "".join(f" {category:>15}" for category in CATEGORIES)
    print(header)
    print("-" * len(header))
    for name, entry in results["pages"].items():
        for preset, got in entry["scores"].items():
            print(f"{name:<10} {preset:<8}" + "".join(f" {got.get(category, 0):>15}" for category in CATEGORIES))
    weight = results.get("section_weight")
    if weight:
        verdict = "PASS" if weight["within_budget"] else "FAIL"
        print(
            f"\nsection page weight: {weight['transfer_bytes'] / 1024:.1f} KB in {weight['requests']} requests "
            f"(budget {BUDGET_BYTES // 1024} KB, {BUDGET_REQUESTS} requests): {verdict}"
        )
        for resource in weight["resources"]:
            print(f"  {resource['transfer_bytes']:>8}  {resource['url']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=SITE_DIR, help="the built site (default: %(default)s)")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR, help="where reports go (default: %(default)s)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    try:
        require_site(args.site_dir)
        for tool in (LIGHTHOUSE, CHROMIUM):
            if not tool.exists():
                raise FileNotFoundError(f"{tool} is missing: run `make system-deps node-deps`")
        results = audit(args.site_dir.resolve(), args.out_dir)
    except (OSError, RuntimeError, subprocess.CalledProcessError) as error:
        log.error("%s", error)
        return 1
    out = args.out_dir / "lighthouse.json"
    out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print_table(results)
    print(f"\nwritten {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
