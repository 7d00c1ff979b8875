"""Old section URLs keep working after a heading changes.

Two sources, merged: the record in `seeds/<stem>.redirects.yml` (old slug →
new slug, written by hand), and what the previous build's manifest shows: a
section whose slug changed while most of its paragraphs stayed together is
redirected automatically, and every redirect ever made is carried forward,
unless the essay was replaced by a different one.
"""

from __future__ import annotations

import dataclasses

from .csp import META_MARK, sha256
from .escape import attribute, html_text, js_string
from .model import EssayError
from .ui import Interface, direction
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


# A section is the same section under a new heading when more than this share
# of its paragraph anchors is found in one current section; an essay is the
# same essay when more than this share of all its paragraph anchors is still there.
SAME_SHARE = 0.5


@dataclasses.dataclass(frozen=True)
class Plan:
    """Every old slug → the current slug it lands on, and what to log."""

    redirects: dict[str, str]
    created: tuple[tuple[str, str], ...] = ()  # (old, new) made by this build
    new_essay: bool = False


def plan(
    sections: dict[str, tuple[str, ...]],
    previous_sections: dict[str, tuple[str, ...]],
    previous_redirects: dict[str, str],
    record: dict[str, str],
    record_path: str | None,
) -> Plan:
    """`sections` and `previous_sections`: slug → paragraph anchors, in order.

    A previous section whose slug is gone is redirected to the current
    section holding most of its paragraphs. A different essay (most of the
    old paragraphs gone) inherits no redirects; the record file still holds.
    """
    new_essay = different_essay(sections, previous_sections)
    moved = {} if new_essay else dict(previous_redirects)
    created = {} if new_essay else renamed(sections, previous_sections)
    moved.update(created)
    moved.update(record)
    resolved = resolve(moved, set(sections), record, record_path)
    made = tuple((old, new) for old, new in sorted(created.items()) if resolved.get(old) == new)
    return Plan(resolved, made, new_essay and bool(previous_redirects or previous_sections))


def different_essay(sections: dict[str, tuple[str, ...]], previous: dict[str, tuple[str, ...]]) -> bool:
    old = {a for ids in previous.values() for a in ids}
    if not old:
        return bool(previous) and not set(previous) & set(sections)
    now = {a for ids in sections.values() for a in ids}
    return len(old & now) <= SAME_SHARE * len(old)


def renamed(sections: dict[str, tuple[str, ...]], previous: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Old slug → new slug for each gone section whose paragraphs mostly
    live on in one current section."""
    if previous and not any(previous.values()):
        return by_place(tuple(sections), tuple(previous))
    found: dict[str, str] = {}
    for old, ids in previous.items():
        if old in sections or not ids:
            continue
        best = max(sections, key=lambda slug: (len(set(ids) & set(sections[slug])), -list(sections).index(slug)), default=None)
        if best is not None and len(set(ids) & set(sections[best])) > SAME_SHARE * len(set(ids)):
            found[old] = best
    return found


def by_place(sections: tuple[str, ...], previous: tuple[str, ...]) -> dict[str, str]:
    """A manifest from before paragraph anchors were recorded: a section
    whose slug changed while it kept its place in the essay."""
    if len(previous) != len(sections):
        return {}
    return {old: new for old, new in zip(previous, sections) if old != new and old not in sections}


def resolve(moved: dict[str, str], current: set[str], record: dict[str, str], record_path: str | None) -> dict[str, str]:
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


def redirect_page(target_url: str, heading: str, language: str) -> str:
    """A static page that forwards to the new URL and keeps the #fragment.
    It carries its own Content-Security-Policy: only its one script may run."""
    href = attribute(target_url)
    script = f"location.replace({js_string(target_url)} + location.hash)"
    ui = Interface.of(language)
    link = f'<a href="{href}">{html_text(heading)}</a>'
    policy = f"default-src 'self'; script-src {sha256(script)}; style-src 'none'; object-src 'none'; base-uri 'none'"
    return (
        "<!doctype html>\n"
        f'<html lang="{attribute(language)}" dir="{direction(language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta {META_MARK} content="{policy}">\n'
        f"<title>{html_text(ui('moved_title', heading=heading))}</title>\n"
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{href}">\n'
        f"<script>{script}</script>\n"
        f'<meta http-equiv="refresh" content="0; url={href}">\n'
        "</head>\n<body>\n"
        f"<p>{ui.markup('moved_to', html_text, link=link)}</p>\n"
        "</body>\n</html>\n"
    )
