"""Definitions of extracted terms: the essay's own sentence that defines or
introduces each term, at most 40 words.

A defining sentence names the term and then says what it is ("X is…",
"X means…", "X, a…", "called X", "by X I mean…"); when there is none, the
sentence of the term's first use introduces it. A sentence that merely
contains the word later on is never chosen over these.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..model import Glossary, Mention
from ..themes import mentions_by_term

MAX_WORDS = 40
# Shorter than this, a sentence leans on the one before it ("It is leverage.").
MIN_WORDS = 8
# Copulas and defining verbs after the term, per language.
_AFTER = {
    "en": r"(?:is|are|was|were|means?|meant|refers? to|denotes?|signif(?:y|ies)|consists? (?:of|in)|stands? for)",
    "de": r"(?:ist|sind|war|waren|bedeutet|heißt|bezeichnet)",
    "fr": r"(?:est|sont|était|étaient|signifie|désigne)",
    "es": r"(?:es|son|era|eran|significa|designa)",
    "it": r"(?:è|sono|era|erano|significa|indica)",
    "pt": r"(?:é|são|era|eram|significa|designa)",
    "nl": r"(?:is|zijn|was|waren|betekent)",
}
# Words before the term that introduce it by name.
_BEFORE = {
    "en": r"(?:called|named|termed|known as|what (?:I|we) call)",
    "de": r"(?:genannt|sogenannte[nrms]?|heißt)",
    "fr": r"(?:appelé(?:e|s|es)?|nommé(?:e|s|es)?|dit(?:e|s|es)?)",
    "es": r"(?:llamad[oa]s?|denominad[oa]s?)",
}
_ARTICLE = r"(?:(?:the|a|an|der|die|das|le|la|les|el|los|las|il|lo|gli)\s+)?"


def defining_pattern(names: Sequence[str], language: str) -> re.Pattern[str]:
    name = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    term = rf"(?:{name})(?:['’]?s)?"
    after = _AFTER.get(language, _AFTER["en"])
    before = _BEFORE.get(language, _BEFORE["en"])
    forms = [
        rf"^\W*{_ARTICLE}{term}\s*(?:,[^,]{{1,80}},\s*)?{after}\b",  # "X is …", "X, in short, means …"
        rf"(?<!\w){term}\s*(?:,|\(|—|–)\s*(?:that is|i\.e\.|namely|which (?:is|means)|a|an)\s",  # appositive
        rf"^\W*{_ARTICLE}{term}\s*:\s",  # "X: the …" opening the sentence
        rf"\b{before}\s+[\"“‘']?{term}(?!\w)",  # "called X"
        # "by X I mean"; a bare "by X" is anyone's ("a post by Tidyverse skeptic …")
        rf"\bby\s+[\"“‘']?{term}[\"”’']?,?\s+(?:I|we|one)\s+(?:mean|understand)",
    ]
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE)


def best_sentence(term_names: list[str], candidates: list[Mention], language: str = "en") -> Mention | None:
    """The sentence that defines a term, else the first that names it by its
    own name at a readable length, else its first use of a readable length,
    else its first use. A sentence that ends in a colon hands over to what
    follows ("This is in contrast with Clean Code, which says:"), so it is
    taken only when there is nothing else."""
    if not candidates:
        return None
    whole = [m for m in candidates if not m.sentence.rstrip().endswith((":", "："))] or candidates
    defining = defining_pattern(term_names, language)
    for m in whole:
        if defining.search(m.sentence):
            return m
    own = re.compile(rf"(?<!\w){re.escape(term_names[0])}", re.IGNORECASE)
    readable = [m for m in whole if MIN_WORDS <= len(m.sentence.split()) <= MAX_WORDS]
    return next((m for m in readable if own.search(m.sentence)), readable[0] if readable else whole[0])


def shortened(sentence: str, names: Sequence[str], limit: int = MAX_WORDS) -> str:
    """At most `limit` words, cut at word boundaries with an ellipsis, keeping
    the words around the term's first mention."""
    words = unbracketed(sentence).split()
    if len(words) <= limit:
        return " ".join(words)
    found = re.search("|".join(re.escape(n) for n in names), sentence, re.IGNORECASE)
    at = len(sentence[: found.start()].split()) if found else 0
    start = max(0, min(at - limit // 3, len(words) - limit))
    head = "… " if start else ""
    tail = " …" if start + limit < len(words) else ""
    return head + " ".join(words[start : start + limit]).strip(" ,;:—–-") + tail


# Brackets and quotes a sentence may open or close without the other half,
# when the sentence splitter cut inside them.
PAIRS = (("[", "]"), ("(", ")"), ("“", "”"), ("«", "»"))


def unbracketed(sentence: str) -> str:
    """The sentence without a bracket or quote it opens or closes alone:
    "[This is the text of my keynote." is quoted without its "["."""
    text = sentence.strip()
    for opener, closer in PAIRS:
        if text.startswith(opener) and text.count(opener) > text.count(closer):
            text = text[len(opener) :].lstrip()
        if text.endswith(closer) and text.count(closer) > text.count(opener):
            text = text[: -len(closer)].rstrip()
    return text


def with_extracted_definitions(glossary: Glossary, mentions: tuple[Mention, ...], language: str = "en") -> Glossary:
    """Each extracted term defined by the essay's sentence that best introduces it."""
    by_term = mentions_by_term(mentions)
    terms = []
    for term in glossary.terms:
        names = [term.term, *term.aliases]
        best = best_sentence(names, by_term.get(term.slug, []), language)
        definition = shortened(best.sentence, names) if best else term.term
        terms.append(dataclasses.replace(term, definition=definition))
    return dataclasses.replace(glossary, terms=tuple(terms))
