"""Property: for any text, no extracted term is a URL, a number, a
contraction or a single function word, and every term and alias occurs in
the essay as written (whole words, any case)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from essay_site.formats import parse
from essay_site.read import source_text
from essay_site.terms import key_terms
from essay_site.terms.lemmas import function_words

WORDS = st.sampled_from(
    [
        "the", "of", "and", "people", "important", "didn't", "it's", "can't", "Linux", "Hacker", "News", "openness",
        "co-developers", "tariffs", "state", "https://example.com/a", "www.site.org", "godoc.org", "me@mail.com",
        "1999", "42", "3.5", "Y", "Combinator", "model", "models", "pricing", "pressure", "a", "is", "China’s",
        "codin'", "rock'n'roll", "—", ",", ".", "(", ")", "\"", "Model", "ecosystem", "ecosystems", "thee", "upon",
    ]
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)
SECTION = st.lists(PARAGRAPH, min_size=1, max_size=3).map("\n\n".join)
CONTRACTION = re.compile(r"['’](?!s\b)|n['’]t\b", re.IGNORECASE)


@settings(max_examples=150, deadline=None)
@given(st.lists(SECTION, min_size=1, max_size=4))
@example(["Linux didn't ship 42 models. See https://example.com/a and godoc.org. Hacker News liked Linux."] * 3)
def test_terms_are_never_junk_and_always_as_written(sections: list[str]) -> None:
    text = "A title\n\n" + "\n\n".join(f"Heading {i}\n\n{body}" for i, body in enumerate(sections, 1))
    essay = parse(source_text("t.txt", "t", text))
    prose = " ".join(b.text for part in (essay.intro, *(s.blocks for s in essay.sections)) for b in part)
    for term in key_terms(essay):
        for name in (term.term, *term.aliases):
            assert not re.search(r"\d|://|www\.|@|\.\w", name), name
            assert not CONTRACTION.search(name), name
            assert not (len(name.split()) == 1 and name.casefold() in function_words("en")), name
            pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)"
            assert re.search(pattern, prose, re.IGNORECASE), (name, prose)
