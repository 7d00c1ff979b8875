"""How a language is written: in Latin letters or not, with spaces between
its words or without, and whether anything here can cut it into words."""

from __future__ import annotations


def is_latin_language(language: str) -> bool:
    return language not in {"zh", "ja", "ko", "ru", "uk", "bg", "el", "ar", "fa", "he", "hi", "ka", "hy", "mk", "th"}


def is_unspaced(language: str) -> bool:
    return language in {"zh", "ja"}


def is_unsegmented(language: str) -> bool:
    """Written without spaces between words, with no word segmenter here
    (Thai, Lao, Khmer, Burmese, Tibetan): a run between spaces is a phrase
    or a sentence, never a term."""
    return language in {"th", "lo", "km", "my", "bo", "dz"}
