"""The one slug function: file names, URLs, heading ids and glossary anchors.

It is the function that mkdocs.yml gives the toc extension (`toc_slugify`),
so a heading's id on the page is the id we link to.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Only the standard library here: mkdocs.yml names `toc_slugify`, and
# Zensical imports it from its own environment.

# A tag in a heading's text is markup, not words (as pymdownx has it).
_TAG = re.compile(r"</?[^>]*>")
# Hebrew and Arabic pointing is optional, and most text goes without it: a
# pointed heading gets the slug of its plain spelling (שָׁלוֹם → שלום).
_POINTING = re.compile("[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff]")
# Marks that show nothing: variation selectors and joiners.
_INVISIBLE_MARKS = re.compile("[\u034f\u180b-\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef]")

# Our ids are written into attribute lists (`{: #id }`), which Markdown's
# inline patterns see first: `{: #__init__ }` becomes `{: #<strong>init</strong> }`,
# and the paragraph loses its id. So a run of hyphens and underscores that
# holds an underscore becomes one hyphen.
_UNDERSCORES = re.compile(r"[-_]*_[-_]*")
# Between words, whatever the author typed there, a slug has one hyphen:
# spaces and dashes ("Ünïcödé—dashes"), a dot inside a name or a number
# ("Vue.js 3.0", "justice.gov"; not "U.S."), an elided article ("l’élan",
# "d’alerte", "O’Brien", Italian "dell’attesa", "un’alternativa", French
# "jusqu’à"; "don’t", "Hawai’i" and "Qur’an" keep their letters together), and a clause
# mark of a script without spaces ("，", "。"); a symbol dropped between two
# spaces leaves one.
# Italian and French words that elide their last vowel before the next word.
ELIDED = (
    "dell", "nell", "dall", "all", "sull", "coll", "pell", "quell", "bell", "sant", "un", "gl", "tutt", "quest", "cent",
    "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
)
_ELIDED_BEFORE = "|".join(r"(?<=\b" + word + ")" for word in ELIDED)  # one fixed-width look-behind each
_BETWEEN_WORDS = re.compile(
    r"[\s\u2010-\u2015\u2212\u3000-\u3002\uff0c\uff1a\uff1b\uff01\uff1f\u3001]"
    r"|(?<=\w\w)\.(?=\w)|(?<=\d)\.(?=\d)|(?<=\b\w)['’ʼ](?=\w)"
    rf"|(?:{_ELIDED_BEFORE})['’ʼ](?=\w)",
    re.IGNORECASE,
)
_HYPHENS = re.compile(r"-{2,}")
# Chinese, Japanese, Thai, Lao, Khmer and Burmese run words together: a
# paragraph's id is its opening, cut short, not a whole clause.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
MAX_UNSPACED_CHARS = 16


# Slugs name folders and files: bounded in characters (readable URLs) and in
# UTF-8 bytes (file systems allow 255 bytes a name; a CJK character takes 3,
# an emoji 4), with room left for a "-12" repeat number.
MAX_SLUG_CHARS = 80
MAX_SLUG_BYTES = 200


def slugify(text: str, fallback: str = "section") -> str:
    """A readable, Unicode-aware slug without underscores; never empty, at
    most MAX_SLUG_CHARS characters and MAX_SLUG_BYTES bytes."""
    # Only the opening of a very long line can end up in the slug: cutting
    # first keeps a megabyte-long line from costing a megabyte of regexes.
    slug = _HYPHENS.sub("-", _UNDERSCORES.sub("-", words_of(text[: MAX_SLUG_CHARS * 8]))).strip("-")
    return bounded(slug) or fallback


def toc_slugify(text: str, separator: str) -> str:
    """The id of a heading the toc extension names (mkdocs.yml): the same slug."""
    return slugify(text)


def words_of(text: str) -> str:
    """Lower case, without tags, punctuation or symbols; spaces are hyphens.

    What pymdownx's Unicode slugs keep (letters, digits, "_", "-"), and the
    combining marks too: in Devanagari, Thai or Malayalam the vowel signs are
    marks, and without them "सार्वजनिक" reads "सरवजनक"."""
    # U+2028 is the author's line break (model.LINE_BREAK, not imported: this
    # module is standard library only): a space between words.
    text = _TAG.sub("", unicodedata.normalize("NFC", text)).replace("\u2028", " ").strip().lower()
    # Turkish "İ" lowers to "i" and a combining dot above (U+0307), which an
    # address shows as "i%CC%87": the dot is the "i"'s own.
    text = text.replace("i\u0307", "i")
    text = _BETWEEN_WORDS.sub(" ", _INVISIBLE_MARKS.sub("", _POINTING.sub("", text)))
    return "".join(c if c != " " else "-" for c in text if c.isalnum() or c in "_- " or unicodedata.category(c)[0] == "M")


def bounded(slug: str) -> str:
    """Cut a slug to the limits, at a hyphen when one is in the second half."""
    if len(slug) <= MAX_SLUG_CHARS and len(slug.encode()) <= MAX_SLUG_BYTES:
        return slug
    cut = slug[:MAX_SLUG_CHARS]
    while len(cut.encode()) > MAX_SLUG_BYTES:
        cut = cut[:-1]
    hyphen = cut.rfind("-")
    if hyphen > len(cut) // 2:
        cut = cut[:hyphen]
    return cut.strip("-")


def word_slug(text: str, max_words: int = 6, max_chars: int = 48) -> str:
    """The slug of a text's opening words, cut at a word boundary."""
    words = slugify(text, "").split("-")
    kept: list[str] = []
    for word in words[:max_words]:
        limit = MAX_UNSPACED_CHARS if _UNSPACED.search(word) else max_chars
        if kept and len("-".join([*kept, word])) > limit:
            break
        kept.append(_cut(word, limit))
        if len(word) > limit:
            break
    return "-".join(w for w in kept if w)


def _cut(word: str, limit: int) -> str:
    """The word's first `limit` characters, and the marks on the last one
    (a Thai vowel sign is a character of its own)."""
    end = limit
    while end < len(word) and unicodedata.category(word[end])[0] == "M":
        end += 1
    return word[:end]


class UniqueSlugs:
    """Hands out slugs in a fixed order, numbering repeats: `a`, `a-2`, `a-3`."""

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self.taken = set(reserved)
        self.last: dict[str, int] = {}  # slug → the number it was last given

    def claim(self, slug: str) -> str:
        # Every number below the last one given for this slug is taken, so
        # counting resumes there: the 1,000th repeat costs one step, not 1,000.
        n = self.last.get(slug, 1)
        candidate = slug if n == 1 else f"{slug}-{n}"
        while candidate in self.taken:
            n += 1
            candidate = f"{slug}-{n}"
        self.taken.add(candidate)
        self.last[slug] = n
        return candidate
