"""The automatic glossary: key terms, their definitions, themes, related sections.

`extract_glossary(essay)` is the entry point: cleaning.py readies the text,
candidates.py counts words and phrases, acronyms.py joins an acronym to the
words it stands for, authors.py drops the essay's author, rank.py ranks
them against the language, select.py turns the best into Terms (aliases
from the forms as written), themes.py marks the themes, and select.py keeps
the themes and the terms with enough evidence.
Definitions are chosen after linking (definitions.py), from the sentences
where the linker found each term.
"""

from __future__ import annotations

import dataclasses

import logging

from ..glossary import alphabetical
from ..model import Essay, Glossary, Term
from . import finnish
from .acronyms import camel_case_acronyms, defined_acronyms, merged_acronyms
from .authors import without_authors
from .candidates import Lexicon, count_candidates, units_of
from .cleaning import prose_of
from .lemmas import has_lemmatiser
from .nameforms import merged_name_forms
from .names import merged_names
from .rank import ranked
from .select import select_terms, well_evidenced
from .stems import merged_inflections
from .themes import mark_themes
from .writing import is_unsegmented, knows_words

log = logging.getLogger("essay_site")

# A short essay has room for fewer terms than a book-length one.
TERMS_SHORT = 15
TERMS_LONG = 20
LONG_ESSAY_WORDS = 10_000


def key_terms(essay: Essay) -> list[Term]:
    """The essay's key terms, best first, themes marked."""
    language = essay.language or "en"
    if is_unsegmented(language):
        log.info("language %r: no word segmenter, so no key terms are extracted", language)
        return []
    if not knows_words(language):
        log.info("language %r: no word frequencies, function words or analyser here, so no key terms are extracted", language)
        return []
    counts = count_candidates(essay)
    prose = (prose_of(block) for unit in units_of(essay) for block in unit if block.kind not in ("code", "table", "math"))
    counts = merged_acronyms(counts, [*defined_acronyms(prose), *camel_case_acronyms(counts)], Lexicon(language))
    counts = merged_name_forms(merged_names(counts, language, essay.title), language)
    counts = without_authors(counts, (field.value for field in essay.meta if field.label == "Author"))
    if not has_lemmatiser(language):
        counts = merged_inflections(counts)
    if language == "fi":
        counts = finnish.shown_as_lemmas(counts)
    limit = TERMS_LONG if counts.words >= LONG_ESSAY_WORDS else TERMS_SHORT
    chosen = select_terms(ranked(counts, language), limit)
    return well_evidenced(mark_themes(chosen, counts, language), [r.score for _, r in chosen])


def extract_glossary(essay: Essay) -> Glossary:
    """A glossary for an essay that has none: terms A–Z, definitions empty
    until linking finds each term's sentences."""
    terms = sorted(key_terms(essay), key=lambda t: alphabetical(t.term))
    if not essay.sections:  # one page: no sections for a theme to run through, nor to map
        terms = [dataclasses.replace(term, theme=False) for term in terms]
    return Glossary(terms=tuple(terms), curated=False, path=None)
