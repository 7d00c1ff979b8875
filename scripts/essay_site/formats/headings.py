"""The shape of a heading line: its style (`CHAPTER I.`, `I.`, `1.`, `A.`,
`一、`, all capitals, plain) and its text as shown.

A line is heading-shaped when it is short, does not start in lower case,
and does not end like a sentence: a full stop only fits a style that carries
it (an all-capitals line, a bare number, a numbered Title Case line, a script
without letter case such as Korean or Japanese). Which heading-shaped lines
are headings is decided in outline.py, from the styles the essay uses.
"""

from __future__ import annotations

import dataclasses
import re

from .lines import LIST_ITEM, MAX_HEADING_CHARS, MAX_HEADING_WORDS, RULE_CHARS, meta_field
from .titlecase import is_all_caps as all_capitals

# Styles from the outermost to the innermost, when an essay uses several.
# Underlined headings (underlines.py) rank by their row's character.
RULED_STYLES = tuple(f"ruled{char}" for char in RULE_CHARS)
STYLE_RANK = ("part", "chapter", "roman", "cjk", "arabic", "letter", *RULED_STYLES, "caps", "plain")
NUMBERED_STYLES = frozenset(STYLE_RANK[:6])
ROMAN = r"[IVXLC]{1,7}"
# A Roman-numbered heading in sentence case ends in a full stop within this many words.
ROMAN_SENTENCE_WORDS = 6
# An unnumbered title ending in a full stop, in a script without case, has at most this many words.
UNCASED_TITLE_WORDS = 3
NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|last"
# A number's title, after a space or a dash ("CHAPTER III. - AN APOLOGY").
_TITLE = r"(?:\s+(?:[-–—]+\s+)?(?P<title>\S.*))?$"
DIVISION = re.compile(rf"^(?P<word>part|book|chapter|lecture|section)\s+(?P<n>{ROMAN}|\d{{1,3}}|{NUMBER_WORDS})\b\.?:?{_TITLE}", re.IGNORECASE)
# The ordinal first, as German, French and old English books number them:
# "Erster Abschnitt", "Zweyter Theil", "Première partie", "Second Lecture".
_ORDINALS = (
    r"erste[rsn]?|zwe[iy]te[rsn]?|dritte[rsn]?|vierte[rsn]?|fünfte[rsn]?|sechste[rsn]?|sieb(?:en)?te[rsn]?|achte[rsn]?"
    r"|neunte[rsn]?|zehnte[rsn]?|premi[eè]re?|deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me|cinqui[eè]me"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
_PARTS = r"theil|teil|buch|partie|livre|part|book"
ORDINAL_DIVISION = re.compile(
    rf"^(?P<n>{_ORDINALS})\s+(?P<word>{_PARTS}|abschnitt|kapitel|hauptstück|chapitre|section|chapter|lecture)\b[.,:]?{_TITLE}",
    re.IGNORECASE,
)
NUMBERED = re.compile(rf"^(?:(?P<roman>{ROMAN})|(?P<arabic>\d{{1,2}})|(?P<letter>[A-Z]))\.{_TITLE}")
# A heading the author carried over two or three lines may be this much
# longer than one on a single line ("OF THE ORIGIN AND DESIGN OF GOVERNMENT
# IN GENERAL, / WITH CONCISE REMARKS ON THE ENGLISH CONSTITUTION").
CONTINUED_SCALE = 1.5
# A number alone, without the full stop: "II", "3".
# (Its letter and title groups never match: it shares NUMBERED's groups.)
BARE_NUMBERED = re.compile(rf"^(?:(?P<roman>{ROMAN})|(?P<arabic>\d{{1,2}})|(?P<letter>(?!)))(?P<title>(?!))?$")
CJK_NUMBERED = re.compile(r"^(?P<n>[一二三四五六七八九十百]+)[、．.]\s*(?P<title>\S.*)$")
CJK_DIVISION = re.compile(r"^(?P<label>第[一二三四五六七八九十百〇零\d]+[章節节部篇回])(?:[\s　:：]*(?P<title>\S.*))?$")
MONTH_YEAR = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|spring|summer|autumn|fall|winter)\s+\d{4}$"
    r"|^\d{4}$",
    re.IGNORECASE,
)
SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the than to upon vs via with".split()
)
TRAILING_NOTE_MARKS = re.compile(r"(?:\s*\[[0-9A-Za-z]{1,3}\])+\s*$")
QUOTATION = re.compile(r"^[\"“‘'«„].*[\"”’'»]$")
HANGUL_SENTENCE = re.compile(r"[다요죠]\.$")
UNCASED = re.compile(r"[\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclasses.dataclass(frozen=True)
class Shape:
    """A heading-shaped line: its style, its number as written, its title."""

    style: str
    label: str | None  # "Chapter I", "I", "1", "A"; None for unnumbered styles
    title: str  # "" when the line is only a number ("I.", "CHAPTER I.")

    @property
    def numbered(self) -> bool:
        return self.style in NUMBERED_STYLES

    def with_title(self, title: Shape) -> Shape:
        """A bare number and the title line under it, as one heading."""
        return dataclasses.replace(self, title=title.title)

    def text(self) -> str:
        """The heading as shown: all capitals in Title Case, the closing full
        stop dropped; chapters as "Chapter I: Title", others "I. Title"."""
        title = shown_title(self.title)
        if self.style == "cjk" or not self.label:
            return title
        if not title:
            return self.label
        if UNCASED.search(self.label):
            return f"{self.label} {title}"  # "第一章 总论"
        return f"{self.label}: {title}" if self.style in ("part", "chapter") else f"{self.label}. {title}"


def shape_of(line: str, lines: int = 1) -> Shape | None:
    """`lines`: how many lines of the file the heading runs over."""
    if line.startswith("\u3000"):
        return None  # an indented first line: a CJK paragraph, never a title
    text = " ".join(line.split())
    scale = CONTINUED_SCALE if lines > 1 else 1
    if not text or len(text) > MAX_HEADING_CHARS * scale or LIST_ITEM.match(text) and not NUMBERED.match(text):
        return None
    if meta_field(0, text) is not None or MONTH_YEAR.match(text) or text.startswith(("[", "(", "*", "-", "—", "–", "―")):
        return None
    division = DIVISION.match(text)
    if division:
        word, n = division.group("word").capitalize(), division.group("n")
        n = n.upper() if re.fullmatch(ROMAN, n, re.IGNORECASE) else n.capitalize()
        return titled("part" if word in ("Part", "Book") else "chapter", f"{word} {n}", division.group("title") or "")
    ordinal = ORDINAL_DIVISION.match(text)
    if ordinal:
        label = f"{ordinal.group('n')} {ordinal.group('word')}"
        style = "part" if re.fullmatch(_PARTS, ordinal.group("word"), re.IGNORECASE) else "chapter"
        return titled(style, label[0].upper() + label[1:], ordinal.group("title") or "")
    numbered = NUMBERED.match(text) or BARE_NUMBERED.match(text)
    if numbered:
        style = next(s for s in ("roman", "arabic", "letter") if numbered.group(s))
        return titled(style, numbered.group(style), numbered.group("title") or "")
    division = CJK_DIVISION.match(text)
    if division:
        return titled("chapter", division.group("label"), division.group("title") or "")
    cjk = CJK_NUMBERED.match(text)
    if cjk:
        return titled("cjk", cjk.group("n"), text) if heading_title(cjk.group("title"), True) else None
    if not heading_title(text, numbered=False, max_words=int(MAX_HEADING_WORDS * scale)):
        return None
    return Shape("caps" if all_capitals(text) else "plain", None, text)


def titled(style: str, label: str, title: str) -> Shape | None:
    if title and not heading_title(title, numbered=True, roman=style == "roman"):
        return None
    return Shape(style, label, title)


def heading_title(text: str, numbered: bool, roman: bool = False, max_words: int = MAX_HEADING_WORDS) -> bool:
    """Short, not starting in lower case, not ending like a sentence unless
    the full stop fits the style: a title in capitals, or a numbered title in
    title case or, after a Roman numeral, in a few words of sentence case
    ("I. Authenticité du document."), as languages that do not title-case set it."""
    bare = TRAILING_NOTE_MARKS.sub("", text).rstrip(" \"'”’»)")
    first_letter = next((c for c in bare if c.isalpha()), "")
    if not first_letter or first_letter.islower() or len(bare.split()) > max_words:
        return False
    if QUOTATION.match(text.strip()) and not numbered:
        return False  # a quoted line stands apart as a quotation; after a number it is a title ("I. "Virginibus Puerisque"")
    if bare.endswith(("?", "？")):
        return True
    if HANGUL_SENTENCE.search(bare):
        return False  # "…입니다." ends a Korean sentence; "서론." names a part
    if bare.endswith(".") and not bare.endswith(".."):
        # A script without case cannot set a title in capitals: a short one ("서론.") is a title, a sentence is not.
        uncased = bool(UNCASED.search(bare)) and (numbered or len(bare.split()) <= UNCASED_TITLE_WORDS)
        return all_capitals(bare) or uncased or (numbered and (title_case(bare) or roman and len(bare.split()) <= ROMAN_SENTENCE_WORDS))
    # "。" ends a Japanese or Chinese sentence, "।" a Hindi one, "۔" an Urdu one; a dash leads into what follows.
    return not bare.endswith(tuple("!…,;:；：，、。！—–-।॥۔"))


def title_case(text: str) -> bool:
    words = [w.strip("\"'“”‘’(),.:;!?") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha()]
    return bool(words) and all(w[0].isupper() or w.casefold() in SMALL_WORDS for w in words)


def shown_title(title: str) -> str:
    title = TRAILING_NOTE_MARKS.sub("", title).strip()
    if title.endswith((".", "。")) and not title.endswith(".."):
        title = title[:-1].rstrip()
    return capitals_to_title_case(title) if all_capitals(title) else title


def capitals_to_title_case(text: str) -> str:
    """"OF THE CONNEXION BETWEEN JUSTICE AND UTILITY" → "Of the Connexion
    Between Justice and Utility"; Roman numerals stay capitals."""
    words = text.split()
    shown = []
    for i, word in enumerate(words):
        if re.fullmatch(r"[IVX]{2,}[.,:;]?", word):
            shown.append(word)
        elif i > 0 and word.strip(",.:;").casefold() in SMALL_WORDS:
            shown.append(word.lower())
        else:
            shown.append("-".join(capitalised(part) for part in word.split("-")))
    return " ".join(shown)


def capitalised(word: str) -> str:
    lower = word.lower()
    at = next((i for i, c in enumerate(lower) if c.isalpha()), None)
    return lower if at is None else lower[:at] + lower[at].upper() + lower[at + 1 :]


def numbered_essay(counts: dict[str, int]) -> bool:
    """Headings of a numbered style, two at least, among the styles used (style → count)."""
    return any(n >= 2 for style, n in counts.items() if style in STYLE_RANK[:6])
