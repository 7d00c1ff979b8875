"""The essay's main language, as an ISO 639-1 code.

Scripts that belong to one language decide by themselves (Hangul is Korean,
kana is Japanese, Han without kana is Chinese): a statistical model adds
nothing there, and it can be fooled by Latin words in the text. Everything
else goes to py3langid, a small, deterministic naive Bayes model that ships
inside its package. Text too short for the model falls back to the script.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter

from .model import Essay

# The model reads at most this much text: the opening of a long essay is as
# telling as the whole of it, and it bounds the time.
SAMPLE_CHARS = 20_000
# Below this many letters the model's guess is noise; the script decides.
MIN_MODEL_LETTERS = 40
# Share of letters a single-language script needs to decide.
SCRIPT_SHARE = 0.3
KANA_SHARE = 0.05

# The language a script most likely means when the model cannot say.
SCRIPT_DEFAULT = {
    "LATIN": "en",
    "CYRILLIC": "ru",
    "GREEK": "el",
    "ARABIC": "ar",
    "HEBREW": "he",
    "DEVANAGARI": "hi",
    "THAI": "th",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
    "BENGALI": "bn",
    "TAMIL": "ta",
}


def essay_text(essay: Essay) -> str:
    parts = [essay.title, essay.dek or ""]
    parts += [block.text for block in essay.intro]
    for section in essay.sections:
        parts.append(section.heading)
        parts += [block.text for block in section.all_blocks() if block.kind not in ("code", "math")]
    return "\n".join(parts)


def detect_language(essay: Essay) -> tuple[str, str]:
    """(ISO 639-1 code, the reason, for the build log)."""
    return language_of(essay_text(essay)[:SAMPLE_CHARS])


def language_of(text: str) -> tuple[str, str]:
    scripts = script_counts(text)
    letters = sum(scripts.values())
    if not letters:
        return "en", "no letters: English by default"
    by_script = single_language_script(scripts, letters)
    if by_script:
        return by_script
    top_script = scripts.most_common(1)[0][0]
    if letters < MIN_MODEL_LETTERS:
        code = SCRIPT_DEFAULT.get(top_script, "en")
        return code, f"only {letters} letters, script {top_script.title()}"
    code = _classify(text)
    if len(code) != 2:  # "zxx", no linguistic content: the script decides
        return SCRIPT_DEFAULT.get(top_script, "en"), f"py3langid found no language ({code}), script {top_script.title()}"
    return code, f"py3langid on {letters:,} letters"


def single_language_script(scripts: Counter[str], letters: int) -> tuple[str, str] | None:
    kana = scripts["HIRAGANA"] + scripts["KATAKANA"]
    share = {name: count / letters for name, count in scripts.items()}
    if share.get("HANGUL", 0) >= SCRIPT_SHARE:
        return "ko", f"script: {share['HANGUL']:.0%} Hangul"
    if kana / letters >= KANA_SHARE and (kana + scripts["CJK"]) / letters >= SCRIPT_SHARE:
        return "ja", f"script: {kana / letters:.0%} kana"
    if share.get("CJK", 0) >= SCRIPT_SHARE:
        return "zh", f"script: {share['CJK']:.0%} Han ideographs, no kana"
    return None


# Japanese and Korean write Han characters among kana and Hangul.
EAST_ASIAN = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}


def main_script(text: str) -> str | None:
    """The script most of the text's letters are in ("Latin", "Cyrillic", "CJK")."""
    found = script_counts(text).most_common(1)
    name = EAST_ASIAN.get(found[0][0], found[0][0]) if found else None
    return name if name in (None, "CJK") else name.title()


def script_counts(text: str) -> Counter[str]:
    """Letters per script, named by the first word of their Unicode names."""
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            counts[_script(char)] += 1
    return counts


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str:
    name = unicodedata.name(char, "UNKNOWN")
    first = name.split(" ", 1)[0]
    return "CJK" if first in {"CJK", "IDEOGRAPHIC"} else first


def _classify(text: str) -> str:
    # Imported on first use: loading the model takes about half a second,
    # which a build of a Korean essay need not pay.
    import py3langid

    code: str = py3langid.classify(text)[0]
    return code
