"""The generator child: the real build, as `make docs` runs it, with a timer
on each stage of the pipeline."""

from __future__ import annotations

import json
import logging
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

def child_generate(root: Path, out: Path) -> int:
    """Run `build_docs.build(root)` as `make docs` does, timing each stage of
    the pipeline and counting the characters the term matcher reads."""
    start, start_cpu = time.perf_counter(), time.process_time()
    from essay_site import build as pipeline

    imported, imported_cpu = time.perf_counter(), time.process_time()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    timers: defaultdict[str, float] = defaultdict(float)
    cpu: defaultdict[str, float] = defaultdict(float)
    facts: dict[str, int] = {"matched_chars": 0, "prose_chars": 0}
    instrument(pipeline, timers, cpu, facts)
    status = pipeline.build(root)
    done, done_cpu = time.perf_counter(), time.process_time()
    report = {
        "import_s": imported - start,
        "import_cpu_s": imported_cpu - start_cpu,
        "build_s": done - imported,
        "build_cpu_s": done_cpu - imported_cpu,
        "stages_s": dict(sorted(timers.items())),
        "stages_cpu_s": dict(sorted(cpu.items())),
        **facts,
    }
    out.write_text(json.dumps(report, sort_keys=True), encoding="utf-8")
    return status


STAGES = ("read_inputs", "read_manifest", "parse", "load_glossary", "extract_glossary", "link", "report", "render_pages",
          "site_config", "card_images", "add_share_pages", "read_cached_cards", "write_docs")


def instrument(pipeline: Any, timers: dict[str, float], cpu: dict[str, float], facts: dict[str, int]) -> None:
    """Wrap each stage the pipeline module calls in a timer, and count what
    the term matcher reads (facts), in this child process only."""
    from essay_site import glossary

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            began, began_cpu = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                timers[name] += time.perf_counter() - began
                cpu[name] += time.process_time() - began_cpu

        return wrapper

    def linked(fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = fn(*args, **kwargs)
            pages = (result.index, *result.pages)
            facts["prose_chars"] = sum(len(s) for page in pages for para in page.paras for s in para.plain)
            return result

        return wrapper

    find = glossary.Matcher.find

    def counted_find(self: Any, text: str) -> Any:
        facts["matched_chars"] += len(text)
        return find(self, text)

    glossary.Matcher.find = counted_find  # type: ignore[method-assign]
    for name in STAGES:
        if hasattr(pipeline, name):
            fn = getattr(pipeline, name)
            setattr(pipeline, name, timed(name, linked(fn) if name == "link" else fn))
    renderer = getattr(pipeline, "Renderer", None)  # the renderer moves to a pages/ package: time it where it is
    if renderer is not None and hasattr(renderer, "pages"):
        renderer.pages = timed("render", renderer.pages)
