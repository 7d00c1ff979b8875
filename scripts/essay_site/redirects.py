"""Old section URLs keep working after a heading changes.

Two sources, merged: the record in `seeds/<stem>.redirects.yml` (old slug →
new slug, written by hand), and what the previous build's manifest shows: a
section whose slug changed while it kept its place in the essay is redirected
automatically, and every redirect ever made is carried forward.
"""

from __future__ import annotations

from .csp import META_MARK, sha256
from .escape import attribute, html_text, js_string
from .model import EssayError
from .yamlfile import load_yaml


def load_record(path: str, text: str) -> dict[str, str]:
    data = load_yaml(path, text)
    if not isinstance(data, dict) or set(data) != {"redirects"}:
        got = sorted(data) if isinstance(data, dict) else data
        raise EssayError(path, f"needs one top-level 'redirects:' mapping of old slug to new slug (got {got!r})", 1)
    record = data["redirects"]
    if not isinstance(record, dict):
        raise EssayError(path, f"'redirects' must map old slug to new slug, e.g. 'old-heading: new-heading' (got {record!r})", 1)
    for old, new in record.items():
        if not isinstance(old, str) or not isinstance(new, str) or not old.strip("/ ") or not new.strip("/ "):
            raise EssayError(path, f"each redirect must be 'old-slug: new-slug' (got {old!r}: {new!r})")
    return {k.strip("/ "): v.strip("/ ") for k, v in record.items()}


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
    """A static page that forwards to the new URL and keeps the #fragment.
    It carries its own Content-Security-Policy: only its one script may run."""
    href = attribute(target_url)
    script = f"location.replace({js_string(target_url)} + location.hash)"
    policy = f"default-src 'self'; script-src {sha256(script)}; style-src 'none'; object-src 'none'; base-uri 'none'"
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta {META_MARK} content="{policy}">\n'
        f"<title>Moved: {html_text(heading)}</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{href}">\n'
        f"<script>{script}</script>\n"
        f'<meta http-equiv="refresh" content="0; url={href}">\n'
        "</head>\n<body>\n"
        f'<p>This section has moved to <a href="{href}">{html_text(heading)}</a>.</p>\n'
        "</body>\n</html>\n"
    )
