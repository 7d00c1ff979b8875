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


# Languages read by a morphological analyser of their own (malayalam.py).
ANALYSED = frozenset({"ml"})


def knows_words(language: str) -> bool:
    """Whether anything here tells the language's function words from its
    content words: word frequencies, a list of function words, or an
    analyser. Without any, a Georgian essay's terms and themes were its
    commonest words: არის "is", ერთი "one", ხარ "you are"."""
    import stopwordsiso
    import wordfreq

    return language in ANALYSED or language in wordfreq.available_languages() or stopwordsiso.has_lang(language)
