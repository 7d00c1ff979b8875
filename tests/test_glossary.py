"""Glossary loading, validation and term matching."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from essay_site.terms import extract_glossary
from essay_site.glossary import compile_matcher, load_glossary
from essay_site.link import link
from essay_site.model import EssayError, Term, TermRef
from helpers import essay_of

ROOT = Path(__file__).resolve().parent.parent
SEED_GLOSSARY = ROOT / "seeds" / "000_098d6ffab96b1e89.glossary.yml"


def term(name: str, *aliases: str, theme: bool = False) -> Term:
    from essay_site.slugs import slugify

    return Term(slugify(name), name, aliases, f"About {name}.", (), theme)


TERMS = (
    term("Open", "openness"),
    term("Open weights"),
    term("Standards", "standard", "standards body"),
    term("C++"),
    term("Pricing pressure", "price"),
    term("Ökonomie"),
    term("开源"),
    term("versão v1"),
    term("Richard M Stallman"),
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("open weights are open", [("open weights", "open-weights"), ("open", "open")]),
        ("Open Weights and OPEN", [("Open Weights", "open-weights"), ("OPEN", "open")]),
        ("a standards body sets standards", [("standards body", "standards"), ("standards", "standards")]),
        ("one standard, two standard's", [("standard", "standards"), ("standard's", "standards")]),
        ("the price’s effect and prices", [("price’s", "pricing-pressure"), ("prices", "pricing-pressure")]),
        ("reopen and opened are other words", []),
        ("written in C++ and C+", [("C++", "c")]),
        ("pricing\u00a0pressure across a non-breaking space", [("pricing\u00a0pressure", "pricing-pressure")]),
        ("die ökonomie wächst", [("ökonomie", "ökonomie")]),
        ("中国的开源战略", [("开源", "开源")]),
        # A number going on after it is no mention: "v1" in "v1.20".
        ("após a versão v1.20, e a versão v1.", [("versão v1", "versão-v1")]),
        # An initial inside a name, with or without its full stop.
        ("Richard M. Stallman and Richard M Stallman", [("Richard M. Stallman", "richard-m-stallman"), ("Richard M Stallman", "richard-m-stallman")]),
    ],
)
def test_matching(text: str, found: list[tuple[str, str]]) -> None:
    matcher = compile_matcher(TERMS)
    assert [(text[s:e], slug) for s, e, slug in matcher.find(text)] == found


def test_an_extracted_name_matches_only_with_its_capital() -> None:
    terms = (
        Term(slug="go", term="Go", aliases=(), definition="d", see_also=(), theme=False),
        Term(slug="state", term="State", aliases=("the State",), definition="d", see_also=(), theme=False),
    )
    text = "We go to the State's office in Go, in the state of hope; GO and STATE shout."
    extracted = compile_matcher(terms, names_keep_capitals=True)
    assert [text[s:e] for s, e, _ in extracted.find(text)] == ["the State's", "Go", "GO", "STATE"]
    # A capital that is only a sentence's keeps no case: "Large language models" is "large language models".
    llm = (Term(slug="llms", term="LLMs", aliases=("Large language models",), definition="d", see_also=(), theme=False),)
    found = compile_matcher(llm, names_keep_capitals=True).find("Today large language models, or LLMs, talk.")
    assert [slug for _, _, slug in found] == ["llms", "llms"]
    curated = compile_matcher(terms)  # a curator's capitalised entry still matches in lower case
    assert [text[s:e] for s, e, _ in curated.find(text)] == ["go", "the State's", "Go", "the state", "GO", "STATE"]


def test_one_compiled_pattern_for_all_terms() -> None:
    matcher = compile_matcher(TERMS)
    assert isinstance(matcher.pattern, re.Pattern)
    assert matcher.pattern.pattern.count("(?P<spaced>") == 1


def write(tmp_path: Path, text: str) -> tuple[str, str]:
    path = tmp_path / "g.glossary.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return "seeds/g.glossary.yml", path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        (
            """\
            terms:
              - term: Openness
                definition: x
              - term: OPENNESS
                definition: y
            """,
            "seeds/g.glossary.yml:4: 'OPENNESS' in entry 'OPENNESS' duplicates 'Openness' (line 2); "
            "terms and aliases must be unique, ignoring case and Unicode form",
        ),
        (
            """\
            terms:
              - term: Café
                definition: x
              - term: Other
                aliases: [Cafe\u0301]
                definition: y
            """,
            "seeds/g.glossary.yml:4: 'Cafe\u0301' in entry 'Other' duplicates 'Caf\u00e9' (line 2); "
            "terms and aliases must be unique, ignoring case and Unicode form",
        ),
        (
            """\
            terms:
              - term: Openness
                definition: x
                see_also: [Nothing]
            """,
            "seeds/g.glossary.yml:2: entry 'Openness' has see_also 'Nothing', which is not a term",
        ),
        (
            """\
            terms:
              - term: Openness
                definition: [unclosed
            """,
            "seeds/g.glossary.yml:4: is not valid YAML: did not find expected ',' or ']'",
        ),
        ("terms: []\n", "seeds/g.glossary.yml:1: needs a top-level 'terms:' list of entries (got [])"),
        ("terms: Openness\n", "seeds/g.glossary.yml:1: needs a top-level 'terms:' list of entries (got 'Openness')"),
        (
            "terms:\n  - {term: Openness, definition: x}\nthemes: [a]\n",
            "seeds/g.glossary.yml:1: unknown top-level field 'themes'; only 'terms' is read",
        ),
        (
            # A scalar where a list belongs: never five one-letter aliases.
            "terms:\n  - term: Pricing\n    definition: x\n    aliases: price\n",
            "seeds/g.glossary.yml:2: entry 'Pricing': aliases must be a list, e.g. ['price'] (got 'price')",
        ),
        (
            "terms:\n  - {term: Pricing, definition: x, see_also: Openness}\n",
            "seeds/g.glossary.yml:2: entry 'Pricing': see_also must be a list, e.g. ['Openness'] (got 'Openness')",
        ),
        (
            "terms:\n  - {term: Pricing, definition: x, aliases: ['']}\n",
            "seeds/g.glossary.yml:2: entry 'Pricing': each of aliases must be non-empty text (got '')",
        ),
        (
            # Duplicate keys in a flow mapping on one line.
            "terms:\n  - {term: Pricing, definition: a, definition: b}\n",
            "seeds/g.glossary.yml:2: is not valid YAML: duplicate key 'definition' (first on line 2)",
        ),
        (
            "terms:\n  - term: Pricing\n    definition: a\n    term: Price\n",
            "seeds/g.glossary.yml:4: is not valid YAML: duplicate key 'term' (first on line 2)",
        ),
        (
            "terms:\n  - term: '  '\n    definition: a\n",
            "seeds/g.glossary.yml:2: entry needs a non-empty 'term' (got '  ')",
        ),
        ("terms:\n  - {term: Pricing, definition: a, theme: yes please}\n",
         "seeds/g.glossary.yml:2: entry 'Pricing': theme must be true or false (got 'yes please')"),
        (
            """\
            terms:
              - term: Openness
            """,
            "seeds/g.glossary.yml:2: entry 'Openness' needs a non-empty 'definition' (got None)",
        ),
        (
            """\
            terms:
              - term: Openness
                definition: x
                colour: blue
            """,
            "seeds/g.glossary.yml:2: entry 'Openness' has unknown field 'colour' (known: term, aliases, definition, see_also, theme)",
        ),
    ],
)
def test_glossary_errors(tmp_path: Path, yaml_text: str, message: str) -> None:
    with pytest.raises(EssayError) as error:
        load_glossary(*write(tmp_path, yaml_text))
    assert str(error.value) == message


def test_seed_glossary() -> None:
    glossary = load_glossary("seeds/x.glossary.yml", SEED_GLOSSARY.read_text(encoding="utf-8"))
    names = [t.term for t in glossary.terms]
    assert len(names) >= 15
    assert names == sorted(names, key=str.casefold)
    assert {"openness", "standards", "pricing-pressure"} <= {t.slug for t in glossary.terms if t.theme}
    for required in ["Open weights", "Closed incumbents", "Ecosystem", "Diffusion", "Platform dependence",
                     "Middle powers", "Global South", "Frontier", "Constraint", "Premium margins", "Hosting relationships"]:
        assert required in names


def test_first_mention_per_page_is_linked_and_headings_are_not() -> None:
    essay = essay_of(
        """\
        Title

        Open weights matter. Open weights again, and open.

        Open weights in a heading

        Here open weights come back, then open.
        """
    )
    linked = link(essay, load_glossary("g.yml", "terms:\n- {term: Open, definition: a}\n- {term: Open weights, definition: b}\n"))
    runs = [[r for item in p.items for r in item if isinstance(r, TermRef)] for page in (linked.index, *linked.pages) for p in page.paras]
    assert [(r.text, r.linked) for r in runs[0]] == [("Open weights", True), ("Open weights", False), ("open", True)]
    # a new page links again; the heading itself was never matched
    assert [(r.text, r.linked) for r in runs[1]] == [("open weights", True), ("open", True)]
    assert linked.pages[0].heading == "Open weights in a heading"


def test_extracted_glossary_for_an_essay_without_one() -> None:
    sections = "\n\n".join(
        f"Heading {n}\n\nThe open model ecosystem grows when open models spread. Model ecosystems need open models "
        f"and {word} everywhere, and the open model ecosystem keeps spreading."
        for n, word in enumerate(["trust", "care", "time"], 1)
    )
    essay = essay_of(f"Title\n\n{sections}")
    glossary = extract_glossary(essay)
    assert not glossary.curated
    assert "open model ecosystem" in [t.term for t in glossary.terms]
    assert any(t.theme for t in glossary.terms)
    linked = link(essay, glossary)
    defined = {t.term: t.definition for t in linked.glossary.terms}
    definition = defined["open model ecosystem"]
    assert "open model ecosystem" in definition and definition.endswith(".")
    assert definition in essay.sections[0].blocks[0].text


def test_a_curated_glossary_is_in_alphabetical_order_accents_and_all() -> None:
    text = "terms:\n" + "".join(
        f"  - term: {name}\n    definition: About {name}.\n"
        for name in ["zone", "éducation", "Arbeit", "Ärger", "education", "Ёлка", "Ель"]
    )
    names = [t.term for t in load_glossary("g.yml", text).terms]
    assert names == ["Arbeit", "Ärger", "education", "éducation", "zone", "Ёлка", "Ель"]


def test_an_extracted_glossary_is_in_the_same_order() -> None:
    essay = essay_of(
        """
        Novelists

        Part one

        Zola wrote of Paris, and Émile read Zola in Lyon. Balzac came before Zola; Émile preferred Balzac.

        Part two

        Later Émile met Zola in Paris. Balzac was dead by then, but Émile still quoted Balzac to Zola.
        """
    )
    names = [t.term for t in extract_glossary(essay).terms]
    assert {"Balzac", "Émile", "Zola"} <= set(names)
    assert names.index("Balzac") < names.index("Émile") < names.index("Zola")
