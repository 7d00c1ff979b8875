"""A metadata header of `Key: value` lines before the text, as Pelican and
MultiMarkdown posts, Python's PEPs and e-mail write one:

    Title: Documents are not apps
    Date: 2022-06-14 10:20
    Authors: Jane Roe, John Doe
    Summary: The web is turning every page into an app.

It is the file's first block: every line a key such headers use and its
value (or a value going on, indented), one key naming the title or the
author. Its fields are read as front matter's are (frontmatter.py).
"""

from __future__ import annotations

import re

# "Title:", "Authors:", "Last-Modified:"; a value after the colon.
FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9_-]{0,24}(?: [A-Za-z][A-Za-z0-9_-]{0,24})?):[ \t]+(?P<value>\S.*)$")
CONTINUED = re.compile(r"^[ \t]+\S")
NAMING_KEYS = frozenset({"title", "author", "authors", "subject", "from"})
# The keys such headers use (Pelican, MultiMarkdown, PEPs, e-mail): a line
# under another label is the text's ("Reader: Why do you write?").
HEADER_KEYS = frozenset(
    "title subtitle author authors date modified created updated published category categories tags keywords slug summary"
    " description abstract lang language locale status type pep version discussions-to post-history python-version"
    " requires replaces superseded-by resolution content-type email url translator translators base header-includes"
    " css copyright license topic sponsor delegate pep-delegate"
    " from to cc bcc subject reply-to sender message-id in-reply-to references organization newsgroups".split()
)
# A reply's or a forward's mark before an e-mail's subject: "Re: ", "Fwd: ", "[PATCH 1/2] ".
SUBJECT_MARKS = re.compile(r"^(?:(?:re|fwd?|aw|sv)\s*:\s*|\[[^\]]{1,40}\]\s*)+", re.IGNORECASE)
# An e-mail's sender as "jane@example.org (Jane Roe)".
NAME_AFTER_ADDRESS = re.compile(r"^\S+@\S+\s+\((?P<name>[^()]+)\)$")
# An address after a name, as PEPs and e-mail write it: "Barry Warsaw <barry@python.org>".
ADDRESS = re.compile(r"\s*<[^<>\s@]+@[^<>\s]+>")


def find_header(lines: tuple[str, ...]) -> tuple[int, int] | None:
    """0-based (first, last) lines of the header, when the file opens with one."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    last = first
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    fields = header_fields(lines[first : last + 1])
    if fields is None or len(fields) < 2 or not NAMING_KEYS & set(fields):
        return None
    # A header's own keys, most of them: a dialogue's speakers are not ("Reader:").
    known = len(set(fields) & HEADER_KEYS)
    return (first, last) if known >= 2 and known * 2 > len(fields) else None


def header_fields(lines: tuple[str, ...]) -> dict[str, str] | None:
    """Key (lower case) → value, or None when a line is no field."""
    fields: dict[str, str] = {}
    key = None
    for line in lines:
        if key and CONTINUED.match(line):
            fields[key] += " " + line.strip()
            continue
        found = FIELD.match(line)
        if not found:
            return None
        key = found.group("key").lower()
        fields.setdefault(key, found.group("value").strip())
    fields = {k: ADDRESS.sub("", v) if k in NAMING_KEYS else v for k, v in fields.items()}
    return as_front_matter(fields)


def as_front_matter(fields: dict[str, str]) -> dict[str, str]:
    """An e-mail's subject is its title and its sender the author."""
    if "subject" in fields and "title" not in fields:
        fields["title"] = SUBJECT_MARKS.sub("", fields["subject"]).strip() or fields["subject"]
    sender = fields.get("from", "")
    if sender and not {"author", "authors"} & set(fields):
        named = NAME_AFTER_ADDRESS.match(sender)
        fields["author"] = named.group("name") if named else sender
    return fields
