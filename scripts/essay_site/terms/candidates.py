"""Candidate terms: words and short phrases of the essay, as written.

A candidate is a run of one to three words, the first and last of them
content words (not function words, numbers, contractions or URLs); a
three-word run may hold one function word in the middle ("Code of Conduct").
Inflected forms share one candidate through their lemmas; each candidate
remembers its forms as written, so every term and alias occurs in the essay.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from ..model import Block, Essay
from ..text import letter_count, sentences
from .citations import cited_names, is_reference_entry
from .clitics import announces_verb
from .cleaning import abbreviations, plain_words_text, prose_of
from .enumerations import listed_names
from . import malayalam
from .lemmas import articles, determiners, function_words, has_function_words, has_han, has_lemmatiser, lemma
from .words import HIRAGANA, raw_words
from .writing import is_latin_language, is_unspaced

_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
# A possessive ending on a form as written ("Rissanen's"): no part of a name.
POSSESSIVE_END = re.compile(r"['’]s$")
# In a language with no list of function words, words of this many letters
# (grapheme clusters) or fewer are taken for them.
SHORTEST_WORD = 2
# Hangul words, and a Malayalam word: a term is shown as its stem (its
# lemma), every form with a particle or case ending an alias.
STEM_SHOWN = re.compile(r"^(?:[\uac00-\ud7a3 ]+|[\u0d00-\u0d7f]+)$")
MAX_WORDS = 3
# Function words that may join the two halves of a term ("Code of Conduct").
CONNECTORS = frozenset("of on for in de del della di du des der von van".split())
# A name is capitalised in this share of its uses inside sentences at least.
PROPER_SHARE = 0.8
# Words this short may be function words written with an older accent.
SHORT_ACCENTED = 3
# Without headings, paragraphs are grouped into this many parts to measure spread.
PARTS_WITHOUT_SECTIONS = 8


class Token(NamedTuple):
    text: str  # as written
    lemma: str  # without a possessive ending
    content: bool  # may start or end a term
    initial: bool  # first word of its sentence
    after_determiner: bool
    after_article: bool
    closes: bool = False  # ends any phrase: a possessive, a Korean word with its particle


@dataclasses.dataclass
class Candidate:
    """Counts for one candidate, gathered in one pass over the essay."""

    key: tuple[str, ...]  # lemmas
    first: int  # order of first occurrence
    count: int = 0
    forms: Counter[str] = dataclasses.field(default_factory=Counter)
    # Forms inside sentences, where capitals are the author's, not the grammar's.
    inner_forms: Counter[str] = dataclasses.field(default_factory=Counter)
    units: set[int] = dataclasses.field(default_factory=set)
    capitalized: int = 0  # occurrences not at a sentence start that are capitalised
    inside: int = 0  # occurrences not at a sentence start
    determined: int = 0  # occurrences right after a determiner or preposition
    final: int = 0  # occurrences that end a noun phrase: before punctuation or a function word
    continued: int = 0  # occurrences followed by a capitalised word: a longer name goes on
    articled: int = 0  # occurrences right after an article ("the", "die", "zur"): concepts take them, names seldom do
    shown: str = ""  # the name to show when it is not the commonest form: a full name (names.py)

    @property
    def proper(self) -> bool:
        """Written capitalised (nearly) wherever it is not at the start of a sentence."""
        return self.inside > 0 and self.capitalized >= PROPER_SHARE * self.inside


@dataclasses.dataclass(frozen=True)
class Counts:
    candidates: dict[tuple[str, ...], Candidate]
    words: int  # running words of the essay
    units: int  # sections (or parts) in which spread is measured
    cited: Counter[str] = dataclasses.field(default_factory=Counter)  # name → its uses in citations
    listed: Counter[str] = dataclasses.field(default_factory=Counter)  # name → its uses in runs of names


def units_of(essay: Essay) -> list[tuple[Block, ...]]:
    """The essay's blocks per section (the intro is one more); an essay
    without headings is cut into equal parts of paragraphs instead."""
    found = [essay.intro] if essay.intro else []
    found += [s.all_blocks() for s in essay.sections]
    if len(found) > 2:
        return found
    blocks = [b for unit in found for b in unit]
    size = max(1, -(-len(blocks) // PARTS_WITHOUT_SECTIONS))
    return [tuple(blocks[i : i + size]) for i in range(0, len(blocks), size)]


# One use of a run, as much as counting needs: (key, words as written, first
# in its sentence, after a determiner, after an article, ends a noun phrase,
# followed by a capitalised word).
Use = tuple[tuple[str, ...], tuple[str, ...], bool, bool, bool, bool, bool]


def count_candidates(essay: Essay) -> Counts:
    """Every candidate of the essay with its counts. Each distinct sentence
    is read once, however often it recurs, and identical uses are tallied
    before they are added up, so a long essay costs little more than its
    vocabulary."""
    language = essay.language or "en"
    units = units_of(essay)
    where: dict[str, list[int]] = {}  # sentence → the unit of each of its occurrences, in essay order
    prose = [(unit, prose_of(b)) for unit, blocks in enumerate(units) for b in blocks if b.kind not in ("code", "table", "math") and not is_reference_entry(b.text)]
    for unit, text in prose:
        for sentence in sentences(plain_words_text(text, language)):
            where.setdefault(sentence, []).append(unit)
    lexicon = Lexicon(language, abbreviations((text for _, text in prose), language))
    tally: Counter[Use] = Counter()
    spread: dict[tuple[str, ...], set[int]] = {}
    # Korean spacing of compounds varies (웹 사이트, 웹사이트): one key per spelling without spaces.
    spelling: dict[str, tuple[str, ...]] | None = {} if language == "ko" else None
    words = 0
    for sentence, found_in in where.items():
        tokens = tokenize(sentence, lexicon)
        words += len(found_in) * sum(t is not None for t in tokens)
        for key, texts, head, final, continued in spans(tokens):
            if spelling is not None:
                key = spelling.setdefault("".join(key), key)
            tally[key, texts, head.initial, head.after_determiner, head.after_article, final, continued] += len(found_in)
            spread.setdefault(key, set()).update(found_in)
    seen = Counter[tuple[str, ...]]()
    for use, times in tally.items():
        seen[use[0]] += times
    candidates: dict[tuple[str, ...], Candidate] = {}
    sep = "" if is_unspaced(language) else " "
    # A word used once is kept where stems.py may merge it into its stem, and
    # a capitalised phrase where names.py may find it a full name ("Norm Matloff").
    once = not has_lemmatiser(language)
    for use, times in tally.items():
        if seen[use[0]] > 1 or (once and len(use[0]) == 1) or (len(use[0]) > 1 and all(w[:1].isupper() for w in use[1])):
            add(candidates, use, times, sep, lexicon)
    for key, candidate in candidates.items():
        candidate.units = spread[key]
    texts = [text for _, text in prose]
    return Counts(candidates, words, len(units), cited_names(texts), listed_names(texts))


def spans(tokens: list[Token | None]) -> Iterator[tuple[tuple[str, ...], tuple[str, ...], Token, bool, bool]]:
    """(key, words as written, first word, ends a noun phrase?, followed by
    a capitalised word?) of every run that can be a term."""
    size = len(tokens)
    for i, first in enumerate(tokens):
        if first is None or not first.content:
            continue
        last = first
        key: tuple[str, ...] = (first.lemma,)
        texts: tuple[str, ...] = (first.text,)
        for j in range(i + 1, (i + MAX_WORDS if i + MAX_WORDS < size else size) + 1):
            if last.content:
                after = tokens[j] if j < size else None
                ends = after is None or not after.content
                yield key, texts, first, ends, not ends and after.text[:1].isupper()  # type: ignore[union-attr]
            if j == size or last.closes or (last := tokens[j]) is None:  # type: ignore[assignment]
                break
            if not last.content and (len(key) > 1 or last.lemma not in CONNECTORS):
                break  # one connector, in the middle of three words
            key += (last.lemma,)
            texts += (last.text,)


def add(found: dict[tuple[str, ...], Candidate], use: Use, times: int, sep: str, lexicon: Lexicon) -> None:
    key, texts, initial, determined, articled, final, continued = use
    candidate = found.get(key)
    if candidate is None:
        candidate = found[key] = Candidate(key, len(found))
    candidate.count += times
    form = texts[0] if len(texts) == 1 else sep.join(texts)
    candidate.forms[form] = candidate.forms.get(form, 0) + times
    candidate.determined += determined * times
    candidate.articled += articled * times
    candidate.final += final * times
    candidate.continued += continued * times
    if not initial:
        candidate.inner_forms[form] = candidate.inner_forms.get(form, 0) + times
        candidate.inside += times
        capitalized = all(t[:1].isupper() for t in texts if (lexicon.word(t) or ("", False))[1])
        candidate.capitalized += capitalized * times


class Lexicon:
    """What one word is, looked up once per distinct spelling."""

    def __init__(self, language: str, abbreviated: frozenset[str] = frozenset()) -> None:
        self.language = language
        self.stop = function_words(language)
        self.stop_listed = has_function_words(language)
        self.articles = articles(language)
        self.determiners = determiners(language)
        self.latin = is_latin_language(language)
        self.known: dict[str, tuple[str, bool] | None] = {}
        self.abbreviations = abbreviated

    def word(self, text: str) -> tuple[str, bool] | None:
        """(lemma, content word?), or None for a contraction ("didn't")."""
        if text not in self.known:
            bare = _POSSESSIVE.sub("", text)
            if "'" in bare or "’" in bare:
                self.known[text] = None
            else:
                root = lemma(bare, self.language)
                self.known[text] = (root, self.is_content(bare, root))
        return self.known[text]


    def is_content(self, bare: str, root: str) -> bool:
        if bare.casefold() in self.stop or root in self.stop or bare.casefold() in self.abbreviations or HIRAGANA.match(bare):
            return False
        if self.language == "ml" and not malayalam.may_be_noun(bare):
            return False
        # A short function word in an older spelling, its accent aside: Italian "sè" is "se", Portuguese "á" is "a".
        if len(bare) <= SHORT_ACCENTED and unaccented(bare.casefold()) in self.stop:
            return False
        # A capital letter may start a name ("Y Combinator"), a Chinese character a
        # compound (天堂湖); other single letters are not words.
        if len(bare) < 2 and not (bare.isupper() or (self.language == "zh" and has_han(bare)) or (self.language == "ko" and STEM_SHOWN.match(bare))):
            return False
        # Without a list of its function words, a language's shortest words stand for them (ഒരു "a").
        if not self.stop_listed and letter_count(bare) <= SHORTEST_WORD:
            return False
        # In a Korean or Chinese essay, Latin script is a name (GitHub) or a quotation in another language.
        return self.latin or not bare.isascii() or bare[:1].isupper()


def unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def tokenize(sentence: str, lexicon: Lexicon) -> list[Token | None]:
    """Words of one sentence; None marks a break no term may span
    (punctuation, a number, a contraction)."""
    tokens: list[Token | None] = []
    before: list[str] = []  # the words since the last break, casefolded
    initial = True
    for text in raw_words(sentence, lexicon.language):
        known = lexicon.word(text) if text is not None else None
        if known is None:
            tokens.append(None)
            before.clear()
            continue
        previous = before[-1] if before else ""
        # A Korean particle or a Malayalam case ending makes the word the possessor or object of the next.
        closes = (lexicon.language == "ko" and known[0] != text.casefold()) or (lexicon.language == "ml" and malayalam.ends_phrase(text))
        # A possessive determines the noun after it as "the" does: "China's strategy".
        determined = previous in lexicon.determiners or previous.endswith(("'s", "’s"))
        articled = previous in lexicon.articles
        if (determined or articled) and announces_verb(before, lexicon.language):  # "να το μάθη": a pronoun, then a verb
            determined = articled = False
        closes = closes or (len(text) > 2 and text.endswith(("'s", "’s")))  # the possessor is a term of its own
        tokens.append(Token(text, known[0], known[1], initial, determined, articled, closes))
        before.append(text.casefold())
        initial = False
    return tokens
