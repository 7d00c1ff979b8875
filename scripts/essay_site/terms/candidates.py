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
from collections import Counter
from collections.abc import Iterator

from ..model import Block, Essay
from ..text import sentences
from .lemmas import chinese_words, function_words, is_unspaced, lemma

_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?P<elided>['’](?![^\W\d_]))?|(?P<other>\S)")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
# Runs of one script in Japanese: kanji, katakana, or (function-like) hiragana.
_JAPANESE = re.compile(r"[\u4e00-\u9fff]+|[\u30a0-\u30ff]+|[\u3040-\u309f]+|[^\W\d_]+")
_HIRAGANA = re.compile(r"^[\u3040-\u309f]+$")
# Words after which a noun follows (a determiner or a preposition): a word
# seldom found after one of them is a verb, adverb or adjective.
NOUN_CONTEXT = frozenset(
    """the a an this that these those his her its their our my your every each no any some of in on for by with
    from about against without into upon under between among through over such""".split()
)
MAX_WORDS = 3
# Function words that may join the two halves of a term ("Code of Conduct").
CONNECTORS = frozenset("of on for in de del della di du des der von van".split())
# A name is capitalised in this share of its uses inside sentences at least.
PROPER_SHARE = 0.8
# Without headings, paragraphs are grouped into this many parts to measure spread.
PARTS_WITHOUT_SECTIONS = 8


@dataclasses.dataclass(frozen=True)
class Token:
    text: str  # as written
    lemma: str  # without a possessive ending
    content: bool  # may start or end a term
    initial: bool  # first word of its sentence
    after_determiner: bool


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

    @property
    def proper(self) -> bool:
        """Written capitalised (nearly) wherever it is not at the start of a sentence."""
        return self.inside > 0 and self.capitalized >= PROPER_SHARE * self.inside


@dataclasses.dataclass(frozen=True)
class Counts:
    candidates: dict[tuple[str, ...], Candidate]
    words: int  # running words of the essay
    units: int  # sections (or parts) in which spread is measured


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


def count_candidates(essay: Essay) -> Counts:
    found: dict[tuple[str, ...], Candidate] = {}
    language = essay.language or "en"
    words = 0
    units = units_of(essay)
    for unit, blocks in enumerate(units):
        for block in blocks:
            if block.kind == "code":
                continue
            for sentence in sentences(_URL.sub(" . ", block.text)):
                tokens = tokenize(sentence, language)
                words += len(tokens)
                for start, n in spans(tokens):
                    after = tokens[start + n] if start + n < len(tokens) else None
                    add(found, tokens[start : start + n], unit, language, after is None or not after.content)
    return Counts(found, words, len(units))


def spans(tokens: list[Token | None]) -> Iterator[tuple[int, int]]:
    """(start, length) of every run that can be a term."""
    for i, first in enumerate(tokens):
        if first is None or not first.content:
            continue
        yield i, 1
        for n in range(2, MAX_WORDS + 1):
            run = tokens[i : i + n]
            if len(run) < n or any(t is None for t in run):
                break
            inner = [t.lemma for t in run[1:-1] if not t.content]  # type: ignore[union-attr]
            if len(inner) > 1 or (inner and (n < 3 or inner[0] not in CONNECTORS)):
                break
            if run[-1].content:  # type: ignore[union-attr]
                yield i, n


def add(
    found: dict[tuple[str, ...], Candidate], run: list[Token | None], unit: int, language: str, final: bool
) -> None:
    words: list[Token] = [t for t in run if t is not None]
    key = tuple(t.lemma for t in words)
    candidate = found.get(key)
    if candidate is None:
        candidate = found[key] = Candidate(key, len(found))
    candidate.count += 1
    sep = "" if is_unspaced(language) else " "
    form = sep.join(t.text for t in words)
    candidate.forms[form] += 1
    candidate.units.add(unit)
    head = words[0]
    candidate.determined += head.after_determiner
    candidate.final += final
    if not head.initial:
        candidate.inner_forms[form] += 1
        candidate.inside += 1
        candidate.capitalized += all(t.text[:1].isupper() for t in words if t.content)


def display_form(candidate: Candidate) -> str:
    """The name as the author writes it: the commonest form inside sentences
    (where capitals are the author's choice), else the commonest form with
    its sentence capital dropped."""
    ranked = sorted((candidate.inner_forms or candidate.forms).items(), key=lambda kv: (-kv[1], kv[0]))
    form = ranked[0][0]
    if candidate.inner_forms or candidate.proper:
        return form
    return form[:1].lower() + form[1:]


def tokenize(sentence: str, language: str) -> list[Token | None]:
    """Words of one sentence; None marks a break no term may span
    (punctuation, a number, a contraction)."""
    stop = function_words(language)
    tokens: list[Token | None] = []
    previous = ""
    for text in raw_words(sentence, language):
        if text is None:
            tokens.append(None)
            previous = ""
            continue
        bare = _POSSESSIVE.sub("", text)
        folded = bare.casefold()
        content = folded not in stop and len(bare) > 1 and not _HIRAGANA.match(bare)
        if "'" in bare or "’" in bare:  # a contraction ("didn't") is never a term
            tokens.append(None)
            previous = ""
            continue
        initial = not any(t is not None for t in tokens)
        tokens.append(Token(text, lemma(bare, language), content, initial, previous in NOUN_CONTEXT))
        previous = folded
    return tokens


def raw_words(sentence: str, language: str) -> Iterator[str | None]:
    if language == "zh":
        yield from (w if re.match(r"^[^\W\d_]+$", w) else None for w in chinese_words(sentence))
        return
    if language == "ja":
        yield from (m.group() for m in _JAPANESE.finditer(sentence))
        return
    for match in _TOKEN.finditer(sentence):
        if match.group("elided") and not match.group("other"):
            word = match.group()[:-1]
            if not word.casefold().endswith("in"):  # a closing quote, not "codin'"
                yield word
                continue
        if match.group("other") or match.group("elided"):
            yield None  # punctuation, or a dropped letter ("codin'"): a contraction
        else:
            yield match.group()
