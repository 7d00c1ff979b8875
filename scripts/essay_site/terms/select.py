"""Ranked candidates → Terms: the name as written, variants as aliases."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..glossary import key
from ..model import Term
from ..slugs import slugify
from .candidates import POSSESSIVE_END, STEM_SHOWN, Candidate
from .rank import Ranked

# What the linker adds on its own to any name (glossary.SUFFIX): a variant
# that differs only by these needs no alias.
_ENDINGS = re.compile(r"(?:['’]s|s['’]?|es)$")
# Beyond the first five, a term needs this much keyness (rank.py): a word
# used four times at some 300 times its rate in general use. Fewer,
# surer terms serve a short essay better than fifteen padded with "idea",
# "course" and "building".
MIN_EVIDENCE = 5.0
MIN_TERMS = 5


def select_terms(ranked: Iterable[Ranked], limit: int) -> list[tuple[Term, Ranked]]:
    """The best `limit` candidates as Terms, best first; a candidate whose
    name or slug is taken by a better one is skipped."""
    chosen: list[tuple[Term, Ranked]] = []
    names: set[str] = set()
    slugs: set[str] = set()
    for item in ranked:
        term = as_term(item.candidate)
        own = [key(term.term), *map(key, term.aliases)]
        if term.slug in slugs or names.intersection(own):
            continue
        names.update(own)
        slugs.add(term.slug)
        chosen.append((term, item))
        if len(chosen) == limit:
            break
    return chosen


def display_form(candidate: Candidate) -> str:
    """The name as the author writes it: the commonest form inside sentences
    (where capitals are the author's choice), else the commonest form with
    its sentence capital dropped."""
    if candidate.shown:
        return candidate.shown
    # A word written in capitals only inside a shouted passage ("AND SAMUEL
    # PRAYED UNTO THE LORD") is shown as the essay writes it elsewhere.
    ranked = sorted((candidate.inner_forms or candidate.forms).items(), key=lambda kv: (shouted(kv[0]), -kv[1], kv[0]))
    if shouted(ranked[0][0]) and not all(map(shouted, candidate.forms)):
        ranked = sorted(((f, n) for f, n in candidate.forms.items() if not shouted(f)), key=lambda kv: (-kv[1], kv[0]))
    form = ranked[0][0]
    bare = " ".join(candidate.key)
    if bare in candidate.forms and not candidate.proper:  # the word as a dictionary has it, when written so (not "conditions")
        return bare
    if STEM_SHOWN.match(form):  # Korean: the noun, without the particle it carries in each sentence
        return " ".join(candidate.key)
    if candidate.inner_forms or candidate.proper:
        return form
    return form[:1].lower() + form[1:]


def shouted(form: str) -> bool:
    """In capitals throughout, more than one letter of them."""
    letters = [c for c in form if c.isalpha()]
    return len(letters) > 1 and form.isupper()


def as_term(candidate: Candidate) -> Term:
    # The linker finds the possessive on its own ("Fletcher's" is a mention of "Fletcher").
    name = POSSESSIVE_END.sub("", display_form(candidate))
    forms = [form for form, _ in sorted(candidate.forms.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = [POSSESSIVE_END.sub("", form if candidate.proper else form[:1].lower() + form[1:]) for form in forms]
    aliases: list[str] = []
    for form in dict.fromkeys(shown):
        if candidate.proper and " " not in form and form[:1].islower() and not covered(form, name):
            continue  # a common word that shares the name's lemma: "going", "went" are no mentions of Go
        if not covered(form, name) and all(not covered(form, a) for a in aliases):
            aliases.append(form)
    return Term(
        slug=slugify(name, "term"),
        term=name,
        aliases=tuple(aliases),
        definition="",
        see_also=(),
        theme=False,
    )


def covered(form: str, name: str) -> bool:
    """True when the linker already finds `form` as a mention of `name`."""
    form_key, name_key = key(form), key(name)
    return form_key == name_key or (form_key.startswith(name_key) and bool(_ENDINGS.fullmatch(form_key[len(name_key) :])))


def well_evidenced(terms: list[Term], scores: list[float]) -> list[Term]:
    """The terms (best first, with their scores) that carry enough evidence;
    a theme stays whatever its score, since it recurs across the essay."""
    return [t for i, (t, score) in enumerate(zip(terms, scores)) if i < MIN_TERMS or t.theme or score >= MIN_EVIDENCE]
