"""Key terms for an essay that has no curated glossary.

A small home-grown scorer, explainable in one sentence: phrases of one to
three words, not starting or ending with a stop word, that recur in more than
one section, ranked by frequency × spread, with multi-word phrases favoured.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from .model import Essay, Glossary, Term
from .slugs import slugify
from .text import sentences

MAX_TERMS = 15
THEMES = 3
MIN_COUNT = 3
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each even ever every few for from
    further had has have having he her here hers him his how however i if in into is it its itself just
    less like may me might more most much must my never no nor not now of off often on once one only or
    other others our ours out over own per perhaps rather really same she should simply since so some
    still such than that the their theirs them then there these they this those though through thus to
    too under until up upon us very was we were what when where whether which while who whom whose why
    will with within without would yet you your many several another instead therefore whole way ways
    makes make made means mean become becomes less least enough around across already always something
    things thing kind sort part parts""".split()
)


def units_of(essay: Essay) -> list[tuple[str, str]]:
    """(unit name, text) per section; the intro counts as one unit."""
    found = [("", " ".join(b.text for b in essay.intro))]
    found += [(s.heading, " ".join(b.text for b in s.all_blocks())) for s in essay.sections]
    if len(found) <= 2:  # too few sections to measure spread: use paragraphs
        blocks = [*essay.intro, *(b for s in essay.sections for b in s.all_blocks())]
        found = [(str(i), b.text) for i, b in enumerate(blocks)]
    return found


def phrases(text: str) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for sentence in sentences(text):
        words = [w.casefold() for w in _TOKEN.findall(sentence)]
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                gram = tuple(words[i : i + n])
                if gram[0] in STOP_WORDS or gram[-1] in STOP_WORDS or min(map(len, gram)) < 3:
                    continue
                if n == 1 and len(gram[0]) < 5:
                    continue
                found.append(gram)
    return found


def extract_glossary(essay: Essay) -> Glossary:
    counts: Counter[tuple[str, ...]] = Counter()
    spread: defaultdict[tuple[str, ...], set[str]] = defaultdict(set)
    for name, text in units_of(essay):
        for gram in phrases(text):
            counts[gram] += 1
            spread[gram].add(name)

    def score(gram: tuple[str, ...]) -> float:
        return counts[gram] * math.log(1 + len(spread[gram])) * (1 + 0.6 * (len(gram) - 1))

    candidates = [g for g in counts if counts[g] >= MIN_COUNT and len(spread[g]) >= 2]
    # Sorted by score, then alphabetically, so ties never depend on hashing.
    ranked = sorted(candidates, key=lambda g: (-score(g), g))
    chosen: list[tuple[str, ...]] = []
    for gram in ranked:
        if any(overlaps(gram, other) for other in chosen):
            continue
        chosen.append(gram)
        if len(chosen) == MAX_TERMS:
            break
    themes = set(chosen[:THEMES])
    terms = tuple(
        sorted(
            (
                Term(
                    slug=slugify(" ".join(g), "term"),
                    term=" ".join(g),
                    aliases=(),
                    definition="",
                    see_also=(),
                    theme=g in themes,
                )
                for g in chosen
            ),
            key=lambda t: t.term,
        )
    )
    return Glossary(terms=terms, curated=False, path=None)


def overlaps(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when one phrase contains the other, word for word."""
    short, long = sorted((a, b), key=len)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))
