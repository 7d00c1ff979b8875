"""Small facts about plain text, shared by every stage: sentences, words, cuts."""

from __future__ import annotations

import math
import re
import unicodedata

import regex

# Sentence-ending punctuation, optionally followed by closers: Latin and CJK,
# the danda of Indic scripts (। ॥), the Arabic question mark (؟), the Urdu,
# Armenian, Ethiopic and Burmese full stops (۔ ։ ። ။).
TERMINAL = ".!?…。！？।॥؟۔։።။"
CLOSERS = "\"'”’»)]）」』"
# A sentence ends at terminal punctuation, its closers and any note markers
# ("fast.[1]"), before a space (or
# straight away after CJK punctuation), unless the next word is lower case
# ("U.S. policy").
_SENTENCE_END = re.compile(
    # Greek writes its question mark as ";" ("Εἰ διδακτὸν ἡ ἀρετή;").
    rf"(?:(?<=[{re.escape(TERMINAL)}])|(?<=[\u0370-\u03ff\u1f00-\u1fff];))(?P<close>[{re.escape(CLOSERS)}]*(?:\[[0-9A-Za-z]{{1,3}}\])*)(?:\s+(?![a-z])|(?<=[。！？]))"
)
# A name's initial, not a sentence's end: "by W. L. Courtney", "А. И. Герцен".
_INITIAL = regex.compile(r"(?:^|[\s(])\p{Lu}\.$")
# A citation's year after "et al.": "(2022)", "2022", "[12]".
_CITATION = re.compile(r"[(\[]?\d")
# Abbreviations that introduce what follows and so never end a sentence.
_NEVER_LAST = re.compile(r"(?<![\w.])(?:e\.g|i\.e|cf|viz|vs)\.$", re.IGNORECASE)
# Abbreviations that stand before a number: "p. 33", "vol. 2", "fig. 4".
_BEFORE_NUMBER = re.compile(r"(?<![\w.])(?:p|pp|vol|vols|no|nos|nr|ch|chap|fig|figs|sec|eq|art|para)\.$", re.IGNORECASE)
# A paragraph's own number before its first sentence: "1. Moral philosophy…", "IV. The".
_PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d{1,4}|[IVXLC]{1,6})\.$")
# Ideographs and kana are read one by one, not as space-separated words.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A word is letters and digits with their combining marks: Python's re would
# cut a Malayalam or Hindi word at each vowel sign (\p{M}).
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*")
_LETTER = regex.compile(r"\X")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\uffa0-\uffdc]")
# Footnote markers after the full stop do not hide it: "… Victorian novels.[1]".
_TRAILING_NOTE_MARKS = re.compile(r"(?:\s*\[\d{1,3}\])+\s*$")
WORDS_PER_MINUTE = 230
CJK_CHARS_PER_MINUTE = 500


def unspaced_break(before: str, after: str) -> bool:
    """Whether a line break between these texts is no space: between two
    wide East Asian characters (Chinese, Japanese and their punctuation),
    as CSS Text 3's segment break rule has it. Korean keeps its spaces."""
    return bool(before) and bool(after) and _wide(before[-1]) and _wide(after[0])


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("F", "W", "H") and not _HANGUL.match(char)


# A scene break: a line of rule characters alone ("* * *", "____", "⁂").
_SCENE_BREAK = re.compile(r"^[\s*\-_=~·•—–―#.+⁂※❦❧☙✻✦◆◇○●]+$")


def is_scene_break(text: str) -> bool:
    return bool(text.strip()) and bool(_SCENE_BREAK.match(text))


def ends_sentence(line: str) -> bool:
    text = _TRAILING_NOTE_MARKS.sub("", line)
    return text.rstrip(CLOSERS + " ").endswith(tuple(TERMINAL + ",;:；：，、"))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; good enough for summaries and quotes."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if _CITATION.match(text, end.end()) and text.endswith(" et al.", 0, end.start()):
            continue  # "Olsson et al. (2022) show …": the citation goes on
        if _NEVER_LAST.search(text[max(0, end.start() - 8) : end.start()]):
            continue  # "some (e.g. Jorma Rissanen) don't": an abbreviation that introduces
        if _PARAGRAPH_NUMBER.match(text[start : end.start()]):
            continue  # "1. Moral philosophy…": the author's number for the paragraph
        if _BEFORE_NUMBER.search(text[max(0, end.start() - 6) : end.start()]) and text[end.end() : end.end() + 1].isdigit():
            continue  # "see Venables 2002, p. 33": the page goes on the sentence
        if _INITIAL.search(text[max(0, end.start() - 3) : end.start()]) and not end.group("close"):
            continue
        if text[start : end.start()].strip():
            spans.append((start, end.start() + len(end.group("close"))))
        start = end.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_spans(text)]


def first_sentence(text: str) -> str:
    found = sentences(text)
    return found[0] if found else text.strip()


def word_count(text: str) -> int:
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + cjk


def reading_minutes(text: str) -> int:
    cjk = len(_CJK.findall(text))
    words = word_count(text) - cjk
    return max(1, math.ceil(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE))


def same_words(a: str, b: str) -> bool:
    """The same words but for case and spacing: a title and its repeat."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def letter_count(word: str) -> int:
    """Letters as a reader counts them: grapheme clusters (ലി is one)."""
    return len(_LETTER.findall(word))


def cut(text: str, limit: int) -> str:
    """Shorten to at most `limit` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head:
        head = head[: head.rindex(" ")]
    return head.rstrip(" ,;:—–-") + "…"
