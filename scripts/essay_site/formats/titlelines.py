"""What one line of a title block is: a byline, a date, an edition or
publisher line, an editor's note in brackets, a footnote marker on a title.

Each rule describes a typographic convention that many essays share, never
one essay's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import regex

from ..model import Note, RawBlock
from ..text import ends_sentence
from .dates import DATE, WEEKDAY, date_only, date_value
from .lines import meta_field
from .titlecase import display_case, name_case

# An author label, singular or plural, in European languages ("Autoras").
_AUTHOR_LABEL = r"(?:authors?|autor(?:a|as|e|es|en|in|i)?|auteure?s?)"
# "By …" and the author label of other languages (作者：, 著者：, 저자:, Автор:,
# par, Hebrew מאת, Arabic بقلم, Persian نوشتهٔ, Hindi लेखक:, Thai โดย,
# Indonesian oleh): words that open a byline and nothing else.
BYLINE = re.compile(
    # "Autores / Autoras:": a label, its forms after a slash.
    rf"^(?:by|written by|{_AUTHOR_LABEL}(?:\s*/\s*{_AUTHOR_LABEL})*:|par|por|oleh|yazan:|tác giả:|автор:|συγγραφέας:|מאת"
    r"|بقلم:?|نوشتهٔ|نوشته‌ی|نویسنده:|लेखक:|लेखिका:|โดย|作者[:：]|著者[:：]|文[:：/]|저자[:：]|글[:：])"
    # A word ends the label: "Byzantium" or Thai "โดยทั่วไป" (generally) is no byline.
    r"(?:(?<=[:：/])\s*|\s+|$)(?P<name>\S.{0,1000})?$",
    re.IGNORECASE,
)
# A date closing a byline, after a comma, dot, bar or dash.
BYLINE_DATE = re.compile(rf"\s*(?:,|·|•|\||–|—|-|\bon\b)\s*(?P<date>{WEEKDAY}{DATE})\s*$", re.IGNORECASE)
# A name on its own: two to five capitalised words, in any cased script
# ("Jane Q. Doe", "Dr. Jonathan Swift", "А. И. Герцен").
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")
NAME = regex.compile(
    r"^(?:\p{Lu}[\p{L}\p{M}'’.-]*\.?|van|von|de|da|del|der|la|le)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\.?|van|von|de|da|del|der|la|le)){1,4}$"
)
# A name in a script without case: one to four words, or two to five Han
# characters run together.
_UNCASED_NAME = regex.compile(r"^(?:\p{L}[\p{L}\p{M}]*(?: \p{L}[\p{L}\p{M}]*){0,3}|\p{Han}{2,5})$")
HONORIFIC = re.compile(r"^(?:(?:dr|mr|mrs|ms|mme|rev|revd|prof|professor)\.?\s+)+", re.IGNORECASE)
EDITION = re.compile(
    r"\b(?:edition|ed\.|reprinted|revised|translated|edited|version|impression|printing|volume|vol\.|introduction by)\b",
    re.IGNORECASE,
)
# A publisher's line on a title page, in the languages of the corpus and
# their neighbours: "CASA EDITRICE BALDINI, CASTOLDI & C.º", "EDITORIAL
# CERVANTES", "Livraria Chardron", "Macmillan and Co.".
PUBLISHER = re.compile(
    r"\b(?:editrice|editori|editore|editorial|editora|[ée]diteurs?|[ée]ditions|verlag|press|publishers?|publishing"
    r"|librair\w*|libreria|livraria|tipografia|typographia|imprenta|imprimerie|druckerei)\b"
    r"|(?:&|\band)\s*(?:co|cie|comp|company|c)\b",
    re.IGNORECASE,
)
# A bracketed editor's note that is not a footnote entry ("[1] …") or marker.
BRACKET_NOTE = re.compile(r"^\[(?!\d{1,3}\])(?!footnote\b)(?P<text>[^\[\]]{8,400})\]$", re.IGNORECASE | re.DOTALL)
# A footnote marker at the end of a title: "THE WILL TO BELIEVE.[1]", "Title*".
TITLE_NOTE = re.compile(r"(?:\[(?P<key>[A-Za-z0-9]{1,3})\]|\^(?P<caret>[A-Za-z0-9]{1,3}))\s*$")


def byline_name(line: str) -> str | None:
    """The name of "By Jane Doe"; "" for a bare "BY" whose name follows;
    a date after the name ("By Jane Doe, 12 May 2019") is `byline_date`'s."""
    found = BYLINE.match(" ".join(line.split()))
    if not found:
        return None
    name = (found.group("name") or "").strip()
    dated = BYLINE_DATE.search(name)
    name = name[: dated.start()] if dated else name
    if name[:1].islower() or len(name.split()) > 12 or name.endswith((".", "?", "!")) and not _ends_with_initial(name):
        return None  # "By the time we arrived, …" is prose
    return without_honorific(name_case(name.removeprefix("the ").strip())) if name else ""


# A list of authors: their affiliations in brackets, and what joins them.
_AFFILIATION = re.compile(r"\s*\([^()]*\)")
_JOINER = re.compile(r"\s*(?:[,;&]|\band\b|\bund\b|\bet\b)\s*")


def byline_names(line: str) -> tuple[str, ...]:
    """The names of a byline that lists two or more authors, without their
    affiliations: "By Mike Innes (Julia Computing), David Barber (UCL) and
    Deniz Yuret (Koç University)"; () for any other line."""
    found = BYLINE.match(" ".join(line.split()))
    name = found.group("name") or "" if found else ""
    dated = BYLINE_DATE.search(name)  # "By A and B, 12 May 2019": the date is byline_date's
    listed = _JOINER.split(_AFFILIATION.sub("", name[: dated.start()] if dated else name))
    names = [name for name in listed if name]
    if len(names) < 2 or not all(NAME.match(name_case(name)) for name in names):
        return ()
    return tuple(without_honorific(name_case(name)) for name in names)


_DATE_BY = re.compile(r"^(?P<date>.+?)\s+by\s+(?P<names>\S.*)$", re.IGNORECASE)


def date_first(line: str) -> str:
    """A byline after its date, as a blog sets it ("March 16, 2023 by Dan
    Abramov and Rachel Nabors"), or among other parts between bars, as a
    newspaper sets it ("Le Monde | 04.05.2015 à 13h36 | Par Martin
    Untersinger"), in the byline's own order; any other line as it is."""
    text = " ".join(line.split())
    parts = _BARS.split(text)
    if len(parts) > 1:
        name = next((part for part in parts if byline_name(part)), None)
        date = next(filter(None, map(date_only, parts)), None)
        return f"{name}, {date}" if name and date else line
    found = _DATE_BY.match(text)
    if not found or not date_value(found.group("date")):
        return line
    return f"By {found.group('names')}, {found.group('date')}"


_BARS = re.compile(r"\s+[|•·]\s+")


def translator_names(line: str) -> tuple[str, ...]:
    """The names a translator's line gives (lines.META_RULES); () for any
    other line ("Translation is an art" is prose)."""
    found = meta_field(0, line)
    listed = _JOINER.split(_AFFILIATION.sub("", found.value)) if found and found.label == "Translator" else []
    names = [name.strip() for name in listed if name.strip()]
    if not names or any(n[:1].islower() or len(n.split()) > 4 or n.endswith(("!", "?")) for n in names):
        return ()
    return tuple(names)


def byline_date(line: str) -> str | None:
    """The date a byline carries after the name: "12 May 2019" of
    "By Jane Doe, 12 May 2019" (or "· March 3, 2021", "| 2021-02-03")."""
    if not byline_name(line):
        return None
    dated = BYLINE_DATE.search(" ".join(line.split()))
    return date_value(dated.group("date")) if dated else None


def without_honorific(name: str) -> str:
    """"Dr. Jonathan Swift" → "Jonathan Swift": a title of address is not
    part of the name a reader looks up."""
    return HONORIFIC.sub("", name).strip() or name


def _ends_with_initial(name: str) -> bool:
    return bool(re.search(r"(?:\b[A-Z]|Jr|Sr|Dr)\.$", name))


def bare_name(line: str) -> str | None:
    text = " ".join(line.split())
    return without_honorific(name_case(text)) if NAME.match(name_case(text)) else None


def name_line(line: str) -> str | None:
    """A byline without "By": a name, maybe with a short clause after a comma
    ("Russ Cox, for the Go team"). Only a date beside it makes it a byline."""
    text = " ".join(line.split())
    name, _, clause = text.partition(", ")
    if not bare_name(name) or len(clause.split()) > 6 or text.endswith((".", "!", "?", ":")):
        return None
    return without_honorific(name_case(text))


def title_key(text: str) -> str:
    """A title compared with a repeat: no numbering ("II."), case or punctuation."""
    text = re.sub(r"^\s*(?:[IVXLC]+|\d+)[.)]\s+", "", text.strip())
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def title_and_author(line: str) -> tuple[str, str | None]:
    """"Title / Author", as a library sets a work's heading: the title, and
    the author when the part after the slash is a short name."""
    title, slash, author = " ".join(line.split()).partition(" / ")
    name = author.strip()
    return (title, name) if slash and 1 <= len(name.split()) <= 4 and not ends_sentence(name) else (line, None)


def lone_author(line: str, after: Sequence[RawBlock]) -> str | None:
    """A bare name alone under the title ("Patrick Henry") is its author when
    the essay never writes a word of it in lower case, as it would a
    subtitle's words. In a script without case (鲁迅, محمد كرد علي,
    प्रेमचंद), when the essay never writes a word of it at all. (The caller
    makes sure it is no first heading.)"""
    text = " ".join(line.split())
    if _UNCASED_NAME.match(text) and not any(c.isupper() or c.islower() for c in text) and not date_value(text):
        body = " ".join(t for b in after for _, t in b.lines)
        words = set(_WORD.findall(body))
        return None if text in body or any(w in words for w in _WORD.findall(text)) else text
    name = bare_name(line)
    if not name or len(name.split()) > 4:
        return None
    return None if written_in_lower_case(name, (text for b in after for _, text in b.lines)) else name


def written_in_lower_case(name: str, texts: Iterable[str]) -> bool:
    """Whether the texts write a word of the name in lower case, as they
    would a heading's or a subtitle's words, and never a person's name."""
    lower = {w for text in texts for w in _WORD.findall(text) if w.islower()}
    return any(w.casefold() in lower for w in _WORD.findall(name))


def bracket_note(text: str) -> str | None:
    found = BRACKET_NOTE.match(" ".join(text.split()))
    return found.group("text").strip() if found else None


# A chapter's number alone above its title, in an essay cut from a book: "VII".
CHAPTER_NUMBER = re.compile(r"^\s*(?P<n>[IVXLC]{1,7}|\d{1,3})\.?\s*$")
# A subtitle in brackets after the title on its line: "לא זה הדרך [מאמר ראשון]".
BRACKETED_SUBTITLE = re.compile(r"^(?P<title>.*\S)\s+\[(?P<subtitle>[^\[\]\d][^\[\]]{2,80})\]$")


# A note marker glued to the title's last word: "OMNIA MEA MECUM PORTO1".
GLUED_MARKER = re.compile(r"(?<=[^\W\d_])(?P<key>\d{1,2})$")
def glued_title_note(title: str, next_line: str) -> tuple[str, str, str] | None:
    """(title, key, note text) when the title ends on digits glued to its last
    word and the next line opens with them: "PORTO1" over "1 Все свое …"."""
    found = GLUED_MARKER.search(title.strip())
    key = found.group("key") if found else ""
    if not found or not next_line.strip().startswith(f"{key} "):
        return None
    return title.strip()[: found.start()], key, next_line.strip()[len(key) :].strip()


def note_under_title(title: str, rest: tuple[RawBlock, ...]) -> tuple[tuple[Note, ...], tuple[RawBlock, ...]]:
    """The title's note set right under it, its marker glued to the title."""
    if not rest or len(rest[0].lines) != 1:
        return (), rest
    number, text = rest[0].lines[0]
    glued = glued_title_note(title, text)
    return ((Note(glued[1], glued[2], number),), rest[1:]) if glued else ((), rest)


def split_bracketed_subtitle(title: str) -> tuple[str, str | None]:
    """("Title", "First Article") for "Title [First Article]"; a note
    marker ("[1]") is not a subtitle."""
    found = BRACKETED_SUBTITLE.match(title.strip())
    return (found.group("title"), found.group("subtitle").strip()) if found else (title, None)


def split_title_note(title: str) -> tuple[str, str | None]:
    """("THE WILL TO BELIEVE.", "1") for "THE WILL TO BELIEVE.[1]"."""
    found = TITLE_NOTE.search(title)
    if not found or not title[: found.start()].strip():
        return title, None
    return title[: found.start()].rstrip(), found.group("key") or found.group("caret")


def clean_title(raw: str) -> str:
    """A title as shown: no stray Markdown '#', no closing full stop, title case
    when it was set in capitals."""
    text = " ".join(raw.replace("\ufeff", "").split())
    text = re.sub(r"^#{1,6}\s+", "", text)
    if text.endswith(".") and not text.endswith("..") and not re.search(r"\b[A-Z]\.$", text):
        text = text[:-1].rstrip()
    return display_case(text)


def title_page_label(line: str) -> str:
    """A short line of a book's title page: an edition, or the publisher."""
    return "Edition" if EDITION.search(line) else "Publisher"
