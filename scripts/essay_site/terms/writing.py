"""How a language is written: in Latin letters or not, with spaces between
its words or without, whether anything here can cut it into words, and
whether its nouns and names take case endings."""

from __future__ import annotations

# Languages that inflect nouns and names by case (Finnish "Vergilius",
# "Vergiliuksen"; Russian "Прудон", "Прудона").
CASE_LANGUAGES = frozenset("fi et hu ru uk be pl cs sk sl hr sr bs lt lv el tr ka hy".split())


def is_latin_language(language: str) -> bool:
    return language not in {"zh", "ja", "ko", "ru", "uk", "bg", "el", "ar", "fa", "he", "hi", "ka", "hy", "mk", "th"}


def is_unspaced(language: str) -> bool:
    return language in {"zh", "ja"}


def is_unsegmented(language: str) -> bool:
    """Written without spaces between words, with no word segmenter here
    (Thai, Lao, Khmer, Burmese, Tibetan): a run between spaces is a phrase
    or a sentence, never a term."""
    return language in {"th", "lo", "km", "my", "bo", "dz"}
