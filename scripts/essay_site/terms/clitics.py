"""Object pronouns before a verb, which look like articles.

In Greek and the Romance languages the object pronoun has the article's
spelling and stands before the verb: Greek "να το μάθη" (to learn it),
French "il le dit", Italian "non la vedo". The noun test (rank.py) counts a
word after an article as a noun, so these verbs passed it. A pronoun that
follows a word which announces a verb (Greek να, θα; a subject pronoun; a
negation) is no article, and the word after it no noun.
"""

from __future__ import annotations

import functools

# Words after which a verb comes, maybe behind object pronouns.
VERB_MARKERS = {
    "el": "να θα ας δεν δε μη μην",
    "fr": "je j tu il elle on nous vous ils elles ne n",
    "it": "non",
    "es": "no",
    "pt": "não",
}
# The object pronouns that can stand between the marker and its verb.
OBJECT_PRONOUNS = {
    "el": "το τα την τη τον του τους τις μου σου μας σας τού",
    "fr": "le la les l lui leur y en me m te t se s",
    "it": "lo la li le l gli ne ci vi mi ti si",
    "es": "lo la los las le les me te se nos os",
    "pt": "o a os as lhe lhes me te se nos vos",
}


@functools.cache
def verb_markers(language: str) -> frozenset[str]:
    return frozenset(VERB_MARKERS.get(language, "").split())


@functools.cache
def object_pronouns(language: str) -> frozenset[str]:
    return frozenset(OBJECT_PRONOUNS.get(language, "").split())


def announces_verb(previous: tuple[str, ...], language: str) -> bool:
    """True when the words before this one (most recent last, casefolded)
    are a verb marker and nothing but object pronouns after it."""
    pronouns = object_pronouns(language)
    for word in reversed(previous):
        if word not in pronouns:
            return word in verb_markers(language)
    return False
