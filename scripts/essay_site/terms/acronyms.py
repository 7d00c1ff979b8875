"""An acronym and the words it stands for are one term.

"Large language models (henceforth, LLMs)" defines LLM: "LLMs" and "large
language models" are then one term, named as the essay mostly writes it,
the other spelling an alias, their uses counted together. A definition is
found as Schwartz and Hearst find one (PSB 2003): the acronym in
parentheses right after its long form, whose words' first letters spell
it, small words such as "of" spelling a letter or not ("Lines of Code
(LOC)", "Single Responsibility Principle (SRP)"). A name written in camel
case is defined by its capitals, when the essay writes them too: "JS" is
"JavaScript", "TS" "TypeScript".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

import regex

from .candidates import Candidate, Counts, Lexicon
from .stems import combined

# The last word in parentheses, after a few words at most ("(henceforth, LLMs)").
_PARENTHESES = regex.compile(r"\(\s*(?:[^()]{0,30}?[\s,;:]\s*)?(?P<short>\p{Lu}[\p{Lu}\p{Ll}]*)\s*\)")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*")
MAX_LETTERS = 8
# Long-form words beyond the acronym's letters that may be small words.
SPARE_WORDS = 2


@dataclasses.dataclass(frozen=True)
class Definition:
    short: str  # as written: "LLMs"
    long: tuple[str, ...]  # words as written: ("Large", "language", "models")
    written: str = ""  # the long form as the text writes it, its stops and apostrophes kept ("Richard M. Stallman")


def defined_acronyms(texts: Iterable[str]) -> Iterator[Definition]:
    for text in texts:
        if "(" not in text:
            continue
        for found in _PARENTHESES.finditer(text):
            long, written = long_form(found["short"], text[: found.start()])
            if long:
                yield Definition(found["short"], long, written)


# "JavaScript", "TypeScript", "GitHub": a capital, then each word capitalised.
_CAMEL_CASE = regex.compile(r"\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+")


def camel_case_acronyms(counts: Counts) -> Iterator[Definition]:
    """"JS" for "JavaScript" where the essay writes both."""
    written = {form for candidate in counts.candidates.values() for form in candidate.forms}
    for form in sorted(written):
        if _CAMEL_CASE.fullmatch(form):
            short = "".join(c for c in form if c.isupper())
            if short in written:
                yield Definition(short, (form,), form)


def letters_of(short: str) -> str:
    """The letters an acronym spells: LLMs → LLM; "Go" and "Ph" spell none."""
    bare = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
    capitals = [c for c in bare if c.isupper()]
    return "".join(capitals) if 2 <= len(capitals) <= MAX_LETTERS and bare[1:2].isupper() else ""


def long_form(short: str, before: str) -> tuple[tuple[str, ...], str]:
    """The words right before the parentheses whose first letters spell
    the acronym, small words counted or skipped, and the text they span;
    ((), "") when none do."""
    letters = letters_of(short).casefold()
    if not letters:
        return (), ""
    before = before[-200:]
    found = list(_WORD.finditer(before))
    for size in range(len(letters), len(letters) + SPARE_WORDS + 1):
        tail = [m.group() for m in found[-size:]]
        if len(tail) < size:
            break
        spelled = "".join(w[0] for w in tail).casefold()
        content = "".join(w[0] for w in tail if not w.islower() or len(w) > 3).casefold()
        if letters in (spelled, content) and tail[0][:1].casefold() == letters[0]:
            return tuple(tail), " ".join(before[found[-size].start() : found[-1].end()].split())
    return (), ""


def merged_acronyms(counts: Counts, found: Iterable[Definition], lexicon: Lexicon) -> Counts:
    """The counts with each defined acronym and its long form as one candidate."""
    candidates = dict(counts.candidates)
    for definition in found:
        short, long = key_of((definition.short,), lexicon), key_of(definition.long, lexicon)
        if not short or not long or short == long or short not in candidates:
            continue
        written = definition.written or " ".join(definition.long)
        merged = candidates.pop(long, None) or Candidate(long, candidates[short].first, 1)
        if not merged.forms:
            merged.forms[written] = 1
        candidates[short] = combined(candidates[short], merged)
    return dataclasses.replace(counts, candidates=candidates)


def key_of(words: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    known = [lexicon.word(w) for w in words]
    return tuple(k[0] for k in known if k) if all(known) else ()
