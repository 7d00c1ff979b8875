"""Glossary file → Terms, and the one compiled pattern that finds mentions."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import yaml

from .model import EssayError, Glossary, Term
from .yamlfile import SafeLoader, load_yaml
from .slugs import slugify

# Plural and possessive forms count as mentions of a term.
SUFFIX = r"(?:['’]s|s['’]?|es)?"
# Scripts written without spaces have no word boundaries to require.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def key(text: str) -> str:
    """The identity of a term or alias: case- and Unicode-insensitive, and
    an initial's full stop inside a name aside ("Richard M. Stallman")."""
    return " ".join(INITIAL_STOP.sub(r"\1", unicodedata.normalize("NFKC", text)).casefold().split())


INITIAL_STOP = re.compile(r"(?<!\w)([A-Z])\.(?=\s)")


def alphabetical(name: str) -> tuple[str, str, str]:
    """A glossary's order, A–Z: letters first, their accents and case only
    between names that are otherwise the same, as the Unicode Collation
    Algorithm orders them ("éducation" beside "education", not after "zone";
    "Ärger" beside "Arbeit")."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", key(name)) if not unicodedata.combining(c))
    return letters, key(name), name


class _LineLoader(SafeLoader):  # type: ignore[misc, valid-type]
    """Records the line of each mapping, so errors can name the entry's line."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


FIELDS = ("term", "aliases", "definition", "see_also", "theme")


def load_glossary(path: str, text: str) -> Glossary:
    data = load_yaml(path, text, _LineLoader)
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list) or not data["terms"]:
        found = data.get("terms") if isinstance(data, dict) else data
        raise EssayError(path, f"needs a top-level 'terms:' list of entries (got {found!r})", 1)
    unknown = sorted(set(data) - {"terms", "__line__"})
    if unknown:
        raise EssayError(path, f"unknown top-level field {unknown[0]!r}; only 'terms' is read", 1)
    terms = tuple(sorted((parse_entry(path, entry) for entry in data["terms"]), key=lambda t: alphabetical(t.term)))
    check_unique(path, terms)
    check_see_also(path, terms)
    return Glossary(terms=terms, curated=True, path=path)


def parse_entry(path: str, entry: Any) -> Term:
    if not isinstance(entry, dict):
        raise EssayError(path, f"each entry must be a mapping with 'term' and 'definition' (got {entry!r})")
    line = entry.pop("__line__")
    term = entry.get("term")
    if not isinstance(term, str) or not term.strip():
        raise EssayError(path, f"entry needs a non-empty 'term' (got {term!r})", line)
    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        raise EssayError(path, f"entry {term!r} has unknown field {unknown[0]!r} (known: {', '.join(FIELDS)})", line)
    definition = entry.get("definition")
    if not isinstance(definition, str) or not definition.strip():
        raise EssayError(path, f"entry {term!r} needs a non-empty 'definition' (got {definition!r})", line)
    aliases = text_list(path, term, "aliases", entry.get("aliases"), line)
    see_also = text_list(path, term, "see_also", entry.get("see_also"), line)
    theme = entry.get("theme", False)
    if not isinstance(theme, bool):
        raise EssayError(path, f"entry {term!r}: theme must be true or false (got {theme!r})", line)
    return Term(
        slug=slugify(term, "term"),
        term=" ".join(term.split()),
        aliases=tuple(" ".join(a.split()) for a in aliases),
        definition=" ".join(definition.split()),
        see_also=tuple(see_also),
        theme=theme,
        line=line,
    )


def text_list(path: str, term: str, field: str, value: Any, line: int) -> list[str]:
    """A list of non-empty strings. A lone string is refused rather than
    read as a list of its letters ("aliases: price" is not p, r, i, c, e)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise EssayError(path, f"entry {term!r}: {field} must be a list, e.g. [{value!r}] (got {value!r})", line)
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise EssayError(path, f"entry {term!r}: each of {field} must be non-empty text (got {item!r})", line)
    return value


def names(term: Term) -> Iterator[str]:
    yield term.term
    yield from term.aliases


def check_unique(path: str, terms: tuple[Term, ...]) -> None:
    owners: dict[str, Term] = {}
    slugs: dict[str, Term] = {}
    for term in sorted(terms, key=lambda t: t.line or 0):
        for name in names(term):
            other = owners.setdefault(key(name), term)
            if other is not term or list(map(key, names(term))).count(key(name)) > 1:
                raise EssayError(
                    path,
                    f"{name!r} in entry {term.term!r} duplicates {other.term!r} (line {other.line}); "
                    "terms and aliases must be unique, ignoring case and Unicode form",
                    term.line,
                )
        other = slugs.setdefault(term.slug, term)
        if other is not term:
            raise EssayError(path, f"entry {term.term!r} has the same anchor #{term.slug} as {other.term!r}", term.line)


def check_see_also(path: str, terms: tuple[Term, ...]) -> None:
    known = {key(t.term) for t in terms}
    for term in terms:
        for target in term.see_also:
            if key(target) not in known:
                raise EssayError(path, f"entry {term.term!r} has see_also {target!r}, which is not a term", term.line)


def resolve_see_also(glossary: Glossary) -> dict[str, tuple[Term, ...]]:
    by_key = {key(t.term): t for t in glossary.terms}
    return {t.slug: tuple(by_key[key(s)] for s in t.see_also if key(s) in by_key) for t in glossary.terms}


@dataclasses.dataclass(frozen=True)
class Matcher:
    """Finds every mention of every term in one pass with one pattern."""

    pattern: re.Pattern[str]
    owner: dict[str, str]  # key(alias) → term slug

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, term slug) of each mention, left to right."""
        for found in self.pattern.finditer(text):
            core = found.group("spaced") or found.group("unspaced")
            slug = self.owner.get(key(core))
            if slug is not None:
                yield found.start(), found.end(), slug


# Words this short may stay lower case in a name ("of", "the", "von").
SMALL_WORD = 3


def compile_matcher(terms: tuple[Term, ...], names_keep_capitals: bool = False) -> Matcher:
    """`names_keep_capitals`: a capitalised name matches only with its
    capital, as an extracted glossary needs: its "Go" is the language, never
    the verb, and its "State" is not "a state of mind". A curator's
    "Standards" still matches "standards"."""
    owner = {key(name): term.slug for term in terms for name in names(term)}
    # Longest first, so "open weights" wins over "open" at the same position.
    ordered = sorted({name for term in terms for name in names(term)}, key=lambda n: (-len(n), key(n)))
    spaced = [alias_pattern(n, names_keep_capitals) for n in ordered if not _UNSPACED.search(n)]
    unspaced = [alias_pattern(n, names_keep_capitals) for n in ordered if _UNSPACED.search(n)]
    # A mention ends its word, and no number goes on after it ("v1" in "v1.20").
    pattern = rf"(?<![\w])(?P<spaced>{'|'.join(spaced) or '(?!)'}){SUFFIX}(?![\w]|[.,]\d)|(?P<unspaced>{'|'.join(unspaced) or '(?!)'})"
    return Matcher(re.compile(pattern, re.IGNORECASE), owner)


def alias_pattern(name: str, keep_capitals: bool = False) -> str:
    """A literal alias; any run of spaces or hyphens matches any other.
    `keep_capitals`: in a name whose every longer word is capitalised ("Apache
    Arrow", "the State", "Code of Conduct"), each capital matches only
    itself; "Large language models" has only a sentence's capital, and keeps
    no case."""
    parts = re.split(r"[\s]+", name)
    # An initial inside a name may be written with its full stop ("Richard M. Stallman").
    stops = [r"\.?" if len(p) == 1 and p.isupper() and i < len(parts) - 1 else "" for i, p in enumerate(parts)]
    if not keep_capitals or not is_capitalised(parts):
        return r"\s+".join(re.escape(p) + stop for p, stop in zip(parts, stops))
    return r"\s+".join(
        (f"(?-i:{re.escape(p[0])}){re.escape(p[1:])}" if p[:1].isupper() else re.escape(p)) + stop for p, stop in zip(parts, stops)
    )


def is_capitalised(words: list[str]) -> bool:
    longer = [w for w in words if len(w) > SMALL_WORD]
    return any(w[:1].isupper() for w in words) and all(w[:1].isupper() for w in longer)
