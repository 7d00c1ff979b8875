"""The site's own words in the essay's language: one table per language
(`ui/<code>.toml`), English where the language has none.

A Spanish essay gets "5 min de lectura", not "5 min read" beside its prose.
Counts take the plural form the language's CLDR rules pick ("1 минута",
"2 минуты", "5 минут"), and lists the language's own joining ("a, b y c"),
both from Babel, the field's library for Unicode's locale data.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from string import Formatter

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list

TABLES = Path(__file__).parent
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FALLBACK = "en"
Entry = str | Mapping[str, str]
# What overrides/partials/*-script.html say: menus, announcements, previews.
SCRIPT_KEYS = (
    "share_paragraph",
    "share_paragraph_how",
    "copy_link",
    "copy_quote",
    "link_copied",
    "quote_copied",
    "copy_failed",
    "appears_in_sections",
    "go_to_note",
    "note_label",
    "open",
)


@functools.cache
def languages() -> frozenset[str]:
    """Languages with a table of their own."""
    return frozenset(path.stem for path in TABLES.glob("*.toml"))


@functools.cache
def table(language: str) -> Mapping[str, Entry]:
    return tomllib.loads((TABLES / f"{language}.toml").read_text(encoding="utf-8"))


@dataclasses.dataclass(frozen=True)
class Interface:
    """The wording of one site. `language` is the table's: the essay's
    language when it has one, else English."""

    language: str

    @classmethod
    def of(cls, essay_language: str) -> Interface:
        return cls(essay_language if essay_language in languages() else FALLBACK)

    def __call__(self, key: str, /, **values: object) -> str:
        """The string for `key`, placeholders filled. A count string needs
        `n`, which picks the plural form."""
        return self.template(key, values).format(**values)

    def markup(self, key: str, escape: Callable[[str], str], /, **values: str) -> str:
        """The string with its own words escaped for where it lands (HTML)
        and the values put in as they are: markup made by the caller."""
        pieces = Formatter().parse(self.template(key, values))
        return "".join(escape(text) + (values[field] if field is not None else "") for text, field, _, _ in pieces)

    def template(self, key: str, values: Mapping[str, object]) -> str:
        entry = table(self.language)[key]
        if isinstance(entry, str):
            return entry
        return entry.get(self.plural_form(int(values["n"])), entry["other"])  # type: ignore[call-overload]

    def keys(self) -> frozenset[str]:
        return frozenset(table(self.language))

    def plural_form(self, n: int) -> str:
        return _locale(self.language).plural_form(n)

    def date(self, value: str) -> str:
        """A date as the language writes it in full ("7 de febrero de 2023")
        when the essay gives it in ISO form ("2023-02-07"); else as given."""
        try:
            day = datetime.date.fromisoformat(value) if ISO_DATE.match(value) else None
        except ValueError:
            day = None
        return format_date(day, format="long", locale=_locale(self.language)) if day else value

    def listing(self, items: Sequence[str]) -> str:
        """Items joined as the language joins them ("a, b and c")."""
        return format_list(list(items), locale=_locale(self.language))

    def frame_strings(self) -> dict[str, Entry]:
        """The strings the templates' scripts show (they pick a plural form
        with the browser's Intl.PluralRules)."""
        return {key: table(self.language)[key] for key in SCRIPT_KEYS}


def direction(language: str) -> str:
    """"rtl" for a language written right to left (Arabic, Hebrew, Urdu…),
    as Unicode's locale data says; else "ltr"."""
    return "rtl" if _locale(language).character_order == "right-to-left" else "ltr"


@functools.cache
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(FALLBACK)
