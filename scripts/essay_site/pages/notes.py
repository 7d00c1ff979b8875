"""The essay's notes as Markdown footnotes, for the pages that cite them."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import NoteRef, Page
from .context import Context
from .inline import runs


def cited_keys(pages: Iterable[Page]) -> list[str]:
    """Note keys in the order the pages first cite them."""
    keys: dict[str, None] = {}
    for page in pages:
        for p in page.paras:
            for item in p.items:
                keys.update((run.key, None) for run in item if isinstance(run, NoteRef))
    return list(keys)


def footnotes(ctx: Context, pages: Iterable[Page], extra: Iterable[str] = ()) -> str:
    """Footnote definitions for every note the pages cite (and `extra` keys,
    such as a note on the title). A note of several paragraphs continues
    with indented paragraphs, as Markdown footnotes do."""
    keys = list(dict.fromkeys([*extra, *cited_keys(pages)]))
    return "\n\n".join(definition(ctx, key) for key in keys if key in ctx.linked.notes)


def definition(ctx: Context, key: str) -> str:
    first, *rest = [runs(ctx, "", paragraph, set()) for paragraph in ctx.linked.notes[key]] or [""]
    lines = [f"[^{key}]: {first}"]
    lines.extend(f"\n    {more}" for more in rest)
    return "\n".join(lines)
