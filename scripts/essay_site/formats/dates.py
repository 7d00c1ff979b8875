"""A line that is a date, as a title page, a byline or a closing line sets
one: "April 5, 2018", "5 April 2018", "2021-02-03", "2021年2月3日", and in
other scripts and calendars "२६ जनवरी १९३६", "١ محرم ١٣٢٤",
"一九二五年十二月二十九日". Digits of any script read as ASCII ones.
"""

from __future__ import annotations

import re
import unicodedata

import regex

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
YEAR = r"(?:1[0-9]|20)\d\d"
# Month names of languages written in Latin letters, as Babel's CLDR data
# spells them, in a date ("14 giugno 2022", "14. Juni 2022", "14 de junho
# de 2022", "14. kesäkuuta 2022") and alone ("kesäkuu 2022"). Their short
# forms ("mar", "gen") are words too often to count.
LATIN_MONTH_LANGUAGES = ("ca", "cs", "da", "de", "es", "fi", "fr", "hu", "id", "it", "nb", "nl", "pl", "pt", "ro", "sv", "tr")


def _latin_months() -> str:
    from babel.dates import get_month_names

    names = {
        name.casefold()
        for language in LATIN_MONTH_LANGUAGES
        for context in ("format", "stand-alone")
        for name in get_month_names("wide", context, language).values()
    }
    return "(?:" + "|".join(sorted(map(re.escape, names), key=lambda name: (-len(name), name))) + ")"


LATIN_MONTHS = _latin_months()
TIME = r"(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)"  # 6:00 PM, 13h36
_DATE_FORMS = (
    rf"{YEAR}",  # 1729
    rf"{MONTHS},?\s+{YEAR}",  # February 2021
    rf"{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}",  # April 5, 2018
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS},?\s+{YEAR}",  # 5 April 2018
    rf"{YEAR}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?",  # ISO 8601
    r"\d{1,2}/\d{1,2}/\d{2,4}",
    rf"\d{{1,2}}\.\d{{1,2}}\.{YEAR}",  # 04.05.2015
    rf"{YEAR}年\d{{1,2}}月(?:\d{{1,2}}日)?",  # 2021年2月3日
    rf"(?:\d{{1,2}}(?:\.|er|º|°)?\s+)?(?:de\s+)?{LATIN_MONTHS}\s+(?:de\s+)?{YEAR}",  # 14 giugno 2022, 1er juin 2022, 14 de junho de 2022
)
DATE = "(?:" + "|".join(_DATE_FORMS) + ")"
# A date's label, in English and as blogs in other languages write it:
# "Published on", "Publié le", "Veröffentlicht am", "Creato in data:".
DATE_LABEL = "(?:" + (
    r"(?:(?:first\s+)?(?:published|updated|posted|written|date|dated|last\s+updated)(?:\s+on)?"
    r"|publié\s+le|mis\s+à\s+jour\s+le|veröffentlicht\s+am|aktualisiert\s+am|publicado\s+(?:el|em)|actualizado\s+el"
    r"|pubblicato\s+il|aggiornato\s+il|creato\s+in\s+data|gepubliceerd\s+op)\s*:?\s+"
    r"|(?:data|datum|fecha)\s*:\s*"  # these are words too: only with their colon
) + ")"
WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
# "Published April 5, 2018 | 6:00 PM", "Updated: 2021-02-03", "1849, original title: …"
DATE_LINE = re.compile(
    rf"^(?:{DATE_LABEL})?"
    rf"{WEEKDAY}(?P<date>{DATE})(?:\s*(?:[|·•,–—-]|at|à)?\s*{TIME})?(?P<rest>[,;:]\s+\S.{{0,120}})?$",
    re.IGNORECASE,
)
# A date in a script other than Latin: "26 जनवरी 1936", "1 محرم 1324" (a
# month of any calendar), "一九二五年十二月二十九日" (Chinese numerals).
_CJK_NUMERAL = "〇零一二三四五六七八九十"
LOCAL_DATE = regex.compile(
    rf"^(?:\d{{1,2}} )?(?!\p{{Latin}})\p{{L}}[\p{{L}}\p{{M}}]{{1,15}}[,،]? {YEAR}[.।۔]?$"
    rf"|^[{_CJK_NUMERAL}]{{4}}年[{_CJK_NUMERAL}]{{1,3}}月(?:[{_CJK_NUMERAL}]{{1,3}}日)?$"
)

# Jekyll's and Docusaurus's posts are named for their day: "2016-04-06-flink-cep.md".
FILE_NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[-_ .]|$)")


def date_value(line: str) -> str | None:
    """The line as a date field when the whole line is a date (and maybe an
    editor's remark after it: see `date_remark`), in any script's digits."""
    value = " ".join(line.split())
    if LOCAL_DATE.match(ascii_digits(value)):
        return value
    found = DATE_LINE.match(ascii_digits(value))
    if not found:
        return None
    if found.group("rest"):
        value = value[: found.start("rest")]
    prefix = re.match(DATE_LABEL, value, re.IGNORECASE)
    return value[prefix.end() :] if prefix else value


def date_only(line: str) -> str | None:
    """The date of a date line, without its label, time of day or remark."""
    value = " ".join(line.split())
    found = DATE_LINE.match(ascii_digits(value))
    return value[found.start("date") : found.end("date")] if found else date_value(value)


def ascii_digits(text: str) -> str:
    """The text with every decimal digit as an ASCII one ("१९३६", "١٣٢٤" → "1936", "1324"), character for character."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)


def date_remark(line: str) -> str | None:
    """What follows the date on its line: "1849, original title: …" → "original title: …"."""
    found = DATE_LINE.match(" ".join(line.split()))
    rest = found.group("rest") if found else None
    return rest.lstrip(",;: ").strip() if rest else None


ROMAN_YEAR = re.compile(r"^M{1,2}(?:\s?[CDLXVI]){2,12}$")
ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_year(text: str) -> str | None:
    """A year in Roman numerals, as an old title page prints it: "M DCCC XLIX" → "1849"."""
    if not ROMAN_YEAR.match(text.strip()):
        return None
    digits = [ROMAN_VALUES[c] for c in text if c in ROMAN_VALUES]
    year = sum(-d if d < after else d for d, after in zip(digits, [*digits[1:], 0]))
    return str(year) if 1000 <= year <= 2100 else None
