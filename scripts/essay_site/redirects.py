"""Old section URLs keep working after a heading changes.

Two sources, merged: the record in `seeds/<stem>.redirects.yml` (old slug →
new slug, written by hand), and what the previous build's manifest shows: a
section whose slug changed while it kept its place in the essay is redirected
automatically, and every redirect ever made is carried forward.
"""

from __future__ import annotations

import html

from .model import EssayError
from .yamlfile import load_yaml


def load_record(path: str, text: str) -> dict[str, str]:
    data = load_yaml(path, text) or {}
    record = data.get("redirects", data) if isinstance(data, dict) else None
    if not isinstance(record, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in record.items()):
        raise EssayError(path, "needs a mapping of old slug to new slug, e.g. 'old-heading: new-heading'")
    return {k.strip("/"): v.strip("/") for k, v in record.items()}


def plan(
    sections: tuple[str, ...],
    previous_sections: tuple[str, ...],
    previous_redirects: dict[str, str],
    record: dict[str, str],
    record_path: str | None,
) -> dict[str, str]:
    """Every old slug → the current slug it should land on."""
    moved = dict(previous_redirects)
    if len(previous_sections) == len(sections):
        moved.update({old: new for old, new in zip(previous_sections, sections) if old != new and old not in sections})
    moved.update(record)
    current = set(sections)
    resolved: dict[str, str] = {}
    for old in sorted(moved):
        if old in current:
            continue  # the slug is a live page again
        target, seen = moved[old], {old}
        while target not in current and target in moved and target not in seen:
            seen.add(target)
            target = moved[target]
        if target in current:
            resolved[old] = target
        elif old in record:
            raise EssayError(record_path or "redirects", f"redirect {old!r} → {record[old]!r} leads to no current section")
    return resolved


def redirect_page(target_url: str, heading: str) -> str:
    """A static page that forwards to the new URL and keeps the #fragment."""
    href = html.escape(target_url, quote=True)
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Moved: {html.escape(heading)}</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{href}">\n'
        f"<script>location.replace({_js_string(target_url)} + location.hash)</script>\n"
        f'<meta http-equiv="refresh" content="0; url={href}">\n'
        "</head>\n<body>\n"
        f'<p>This section has moved to <a href="{href}">{html.escape(heading)}</a>.</p>\n'
        "</body>\n</html>\n"
    )


def _js_string(text: str) -> str:
    import json

    # json.dumps gives a JS string literal; "</" is split so it cannot end the script.
    return json.dumps(text).replace("</", "<\\/")
