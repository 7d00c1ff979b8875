"""What the language knows: function words, general frequency, lemmas.

General frequency comes from wordfreq (Zipf scale: 7 is "the", 3 is a word
seen once in a million words, 0 is unknown); lemmas from simplemma for the
European languages it covers; Korean particles are stripped by rule, the
prefixes of Hebrew and Arabic by general use (affixes.py), and Chinese is
cut into words by jieba. Every table is loaded once per language.
"""

from __future__ import annotations

import functools
import logging
import math
import re

from . import finnish, german, hindi, malayalam, turkish
from .affixes import RULES as PREFIX_RULES
from .affixes import without_prefixes
from .variants import variant_frequency
from .writing import is_unspaced

PREFIXED_LANGUAGES = frozenset(PREFIX_RULES)
log = logging.getLogger("essay_site")

# Closed-class English words (pronouns, determiners, prepositions,
# conjunctions, auxiliaries, and their archaic forms in older essays), plus
# discourse adverbs that never name anything. Other languages use the
# stopwords-iso list.
ENGLISH_FUNCTION_WORDS = frozenset(
    """a about above across after afterwards again against ago all almost along already also although always am
    among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as at away be
    became because become becomes becoming been before beforehand behind being below beside besides between
    beyond both but by can cannot could did do does doing done down during each either else elsewhere enough
    etc even ever every everybody everyone everything everywhere except few for former formerly from further
    furthermore had has hath have having he hence her here hereby herein hers herself him himself his how
    however i if in indeed into is it its itself just last latter latterly least less let like likewise may
    me meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless
    next no nobody none nonetheless noone nor not nothing now nowhere of off often on once one ones only onto
    or other others otherwise ought our ours ourselves out over own per perhaps quite rather really same
    several shall she should since so some somebody somehow someone something sometime sometimes somewhat
    somewhere still such than that the thee their theirs them themselves then thence there thereafter
    thereby therefore therein thereof thereupon these they thine this those thou though through throughout
    thus thy thyself till to together too toward towards under unless unlike until unto up upon us very via
    was we well were what whatever when whence whenever where whereas whereby wherein whereupon wherever
    whether which while whilst whither who whoever whole whom whose why will with within without would ye
    yet you your yours yourself yourselves doth dost art wilt shalt canst couldst wouldst shouldst hast oft
    ere nay yea aye lest albeit amid amidst o oh ah yes okay ok mr mrs ms dr st vs ie eg viz also perchance
    peradventure mayhap haply
    make makes made way ways thing things kind sort lot lots
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
    thousands million millions billion billions
    half dozen""".split()
)
# Pronouns the stopwords-iso lists lack (pronouns are a closed class).
# Korean bound nouns (수 "can", 것 "thing", 데, 바, 뿐, 듯, 줄, 지, 중) and the
# stems of 있다/없다 are closed classes too.
# Turkish postpositions the list lacks ("projeniz hakkında", about your project).
EXTRA_FUNCTION_WORDS = {
    "ko": frozenset("귀하 당신 여러분 우리 저희 그들 그녀 자신 것 수 데 바 뿐 듯 줄 지 중 등 때 있 없".split()),
    "tr": frozenset("hakkında karşı boyunca sayesinde arasında içinde üzerinde".split()),
}
# Korean particles (josa), and the endings of the 하다/되다 verbs made of a
# noun (홍보하다 "to publicise" is 홍보 "publicity"), longest first, so 에서
# is stripped before 서.
KOREAN_SUFFIXES = tuple(
    sorted(
        """은 는 이 가 을 를 의 에 에서 에게 께 한테 으로 로 와 과 도 만 까지 부터 보다 처럼 같이 이나 나 이며 며
        이라는 라는 이라고 라고 으로서 로서 으로써 로써 에는 에서는 에게는 으로는 로는 과는 와는 이란 란
        하다 하는 하고 하기 하여 하면 하지 하게 하며 한다 했다 해야 해서 합니다 하십시오 하세요 할 한 해 했
        되다 되는 되고 되어 된다 된 될 됩니다 있는 있다 있고 있습니다 없는 없다""".split(),
        key=lambda p: (-len(p), p),
    )
)
ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")
ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
SIMPLEMMA_LANGUAGES = frozenset(
    "ast bg ca cs cy da de el en enm es et fa fi fr ga gd gl gv hbs hi hu hy id is it ka la lb lt lv mk ms nb nl "
    "nn pl pt ro ru se sk sl sq sv sw tl tr uk".split()
)


@functools.cache
def function_words(language: str) -> frozenset[str]:
    if language == "en":
        return ENGLISH_FUNCTION_WORDS
    import stopwordsiso

    words = stopwordsiso.stopwords(language) if stopwordsiso.has_lang(language) else set()
    return frozenset(w.casefold() for w in words) | ENGLISH_FUNCTION_WORDS | EXTRA_FUNCTION_WORDS.get(language, frozenset())


# Articles, which stand before a concept ("the State", "die Aufklärung")
# and seldom before a person's name. German joins some to the preposition
# before them (zur, im, vom), and its possessives and demonstratives stand
# where an article would (seiner Vernunft): in a language that writes every
# noun with a capital, these are what tell its concepts from its names.
ARTICLES = {
    "en": "the a an",
    "de": "der die das den dem des ein eine einen einem einer eines am ans aufs beim im ins vom zum zur",
    "nl": "de het een",
}
# Words after which a noun follows (a determiner or a preposition): a word
# seldom found after one of them is a verb, adverb or adjective. (English
# "that" is left out: "that matters" is a verb as often as "that book" is a
# noun.) Romance articles elided before a vowel are split off (l'homme).
DETERMINERS = {
    "en": """the a an this these those his her its their our my your every each no any some of in on for by with
    from about against without into upon under between among through over such""",
    "es": """el la los las lo un una unos unas este esta estos estas ese esa esos esas aquel aquella su sus mi mis
    nuestro nuestra nuestros nuestras cada de del al en con por para sin sobre entre hacia desde""",
    "fr": """le la les l un une des du de d au aux ce cet cette ces son sa ses mon ma mes notre nos votre vos leur
    leurs chaque en dans par pour sans sur avec entre""",
    "it": """il lo la i gli le l un uno una del dello della dei degli delle al allo alla ai agli alle di da in con
    per su tra fra questo questa questi queste quel quella suo sua suoi sue nostro nostra ogni nel nello nella
    nei negli nelle sul sullo sulla sui sugli sulle dal dallo dalla dai dagli dalle col""",
    "pt": """o a os as um uma uns umas do da dos das no na nos nas ao aos à às de em por para com sem sobre entre
    este esta estes estas esse essa seu sua seus suas nosso nossa cada""",
    # Greek sets an article before nouns and names alike; "σ'" and "στ'" are σε, στο elided.
    "el": """ο η το οι τα του της των τον την τη τους τις ένας μια μία ένα έναν ενός μιας σε σ στο στη στην
    στον στα στους στις στου στης στων στ με για από προς κατά μετά χωρίς αυτός αυτή αυτό αυτοί αυτά κάθε""",
}
# French and Italian write an article or particle elided onto the next word.
ELIDED = {"fr": frozenset("l d j m n s t c qu jusqu lorsqu puisqu quoiqu".split()), "it": frozenset("l d un dell all nell sull dall".split())}


@functools.cache
def determiners(language: str) -> frozenset[str]:
    return frozenset(DETERMINERS.get(language, "").split())


GERMAN_DETERMINER_STEMS = "dies jen jed kein mein dein sein ihr unser eur euer welch solch".split()
GERMAN_ENDINGS = ("", "e", "er", "es", "em", "en")
CAPITALISED_NOUNS = frozenset({"de", "lb"})


@functools.cache
def articles(language: str) -> frozenset[str]:
    found = set(ARTICLES.get(language, ARTICLES["en"]).split())
    if language == "de":
        found.update(stem + ending for stem in GERMAN_DETERMINER_STEMS for ending in GERMAN_ENDINGS)
    return frozenset(found)


@functools.cache
def has_function_words(language: str) -> bool:
    import stopwordsiso

    return language == "en" or stopwordsiso.has_lang(language)


@functools.cache
def frequencies(language: str) -> dict[str, float]:
    """word → frequency per word of running text; empty for an unknown language."""
    import wordfreq

    # Asked for a language it lacks, wordfreq answers with the nearest one it
    # has (English for Malayalam), which would make every word rare.
    if language not in wordfreq.available_languages():
        log.info("no word frequencies for language %r: a word's length stands in for its frequency", language)
        return {}
    return wordfreq.get_frequency_dict(language)


LIGATURES = str.maketrans({"æ": "ae", "œ": "oe"})


def zipf(words: tuple[str, ...], language: str, step: float = 1.0) -> float:
    """Zipf frequency of a word or phrase in general use (0 when unknown).

    A phrase is as rare as wordfreq's estimate (dominated by its rarest word)
    and `step` rarer per extra word: a set phrase is rarer than its parts.
    """
    parts = [part for word in words for part in known_parts(word, language)]
    if not parts or any(freq <= 0 for freq in parts):
        return 0.0
    inverse = sum(1 / freq for freq in parts)
    return max(0.0, math.log10(1 / inverse) + 9 - step * (len(parts) - 1))


def known_parts(word: str, language: str) -> list[float]:
    """Frequencies of the word, or of the known words it is written of: a
    Chinese or Japanese compound is cut into the longest words wordfreq
    knows; a Latin-script word in another language's essay (a name, a
    quotation) is looked up in English."""
    table = frequencies(language)
    folded = as_listed(word, language)
    # An older spelling with a ligature (Cæsar, phœnix) is as common as the
    # word spelled out, which is how general use mostly writes it.
    known = max(table.get(folded, 0.0), table.get(folded.translate(LIGATURES), 0.0))
    if table and not is_unspaced(language):
        known = variant_frequency(folded, known, language)
    if known:
        return [known]
    if is_unspaced(language) and len(folded) > 1:
        return longest_words(folded, table)
    if language != "en" and folded.isascii():
        return [frequencies("en").get(folded, 0.0)]
    return [0.0]


@functools.cache
def as_listed(word: str, language: str) -> str:
    """The word as wordfreq lists it: case-folded, and normalised as the
    language needs (Hebrew and Arabic without their vowel points)."""
    from wordfreq.preprocess import preprocess_text

    try:
        return preprocess_text(word, language)
    except (LookupError, ValueError):  # a language tag langcodes cannot read
        return word.casefold()


def longest_words(text: str, table: dict[str, float]) -> list[float]:
    found = []
    at = 0
    while at < len(text):
        size = next((n for n in range(min(4, len(text) - at), 0, -1) if text[at : at + n] in table), 0)
        if not size:
            return [0.0]
        found.append(table[text[at : at + size]])
        at += size
    return found


@functools.cache
def lemma(word: str, language: str) -> str:
    """The dictionary form of one word, lower-cased."""
    folded = word.casefold()
    if ACRONYM_PLURAL.match(word):  # LLMs, APIs: an acronym's plural, in any language that writes one
        return folded[:-1]
    if ACRONYM.match(word):  # ML is no word to lemmatise ("millilitre")
        return folded
    if language == "ko" and _HANGUL.match(folded):
        return korean_stem(folded)
    if language == "ml":
        return malayalam.lemma(folded)
    if language in PREFIXED_LANGUAGES:
        return without_prefixes(folded, language, lambda w: frequencies(language).get(as_listed(w, language), 0.0),
                                lambda w: as_listed(w, language) in function_words(language))
    if language == "fi" and (found := finnish.lemma(word)):
        return found
    if language in SIMPLEMMA_LANGUAGES:
        import simplemma

        # A compound inflects at its end: co-developers → co-developer. In German
        # the capital tells the noun from the verb: Verstand, but verstand → verstehen.
        head, dash, last = (word if language in CAPITALISED_NOUNS else folded).rpartition("-")
        found = (head + dash + simplemma.lemmatize(last, lang=language)).casefold()
        if language == "de" and found == folded and word.islower():
            found = german.adjective(folded, lambda w: simplemma.lemmatize(w, lang="de"))
        if language == "tr":
            return turkish.agent_noun(folded, found)
        return hindi.singular(found, frequencies(language)) if language == "hi" else found
    return folded


def has_lemmatiser(language: str) -> bool:
    """Whether `lemma` knows the language's inflections (else stems.py
    merges them by the essay's evidence)."""
    return language in SIMPLEMMA_LANGUAGES or language in PREFIXED_LANGUAGES or language in {"ko", "zh", "ja"}


def korean_stem(word: str) -> str:
    """A Korean word without its particle or its 하다/되다 verb ending
    (프로젝트를 → 프로젝트, 홍보하는 → 홍보), then without the plural 들.
    The stem keeps two syllables, or one that wordfreq knows as a word."""
    table = frequencies("ko")
    for suffix in KOREAN_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and stem and (len(stem) >= 2 or stem in table):
            word = stem
            break
    return word[:-1] if word.endswith("들") and len(word) >= 3 else word


def chinese_words(text: str) -> list[str | None]:
    """Chinese text cut into words by jieba (its dictionary ships with it);
    None stands for each word that is not a noun or a name, so no term spans it."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return [pair.word if pair.flag.startswith(("n", "vn")) else None for pair in jieba.posseg.cut(text) if pair.word.strip()]


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))
