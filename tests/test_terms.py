"""The automatic glossary on small essays written for one behaviour each."""

from __future__ import annotations

import dataclasses

import pytest

from helpers import essay_of

from essay_site.formats import parse
from essay_site.glossary import key
from essay_site.link import link
from essay_site.model import Essay, Mention
from essay_site.read import source_text
from essay_site.terms import extract_glossary, key_terms
from essay_site.terms.definitions import best_sentence, shortened
from essay_site.terms.words import raw_words
from essay_site.terms.lemmas import frequencies, lemma, zipf


def sections(*bodies: str, title: str = "An essay", language: str | None = None) -> Essay:
    """An essay of one part per body; in `language` when given, else in
    the language the reader detects."""
    parts = "\n\n".join(f"Part {n}\n\n{body}" for n, body in enumerate(bodies, 1))
    essay = essay_of(f"{title}\n\n{parts}")
    return dataclasses.replace(essay, language=language) if language else essay


STARTUP = sections(
    "We applied to Y Combinator in the spring. People said it was important to ship. The co-developers of "
    "the compiler met on Hacker News. Our compiler ran on Linux from the first day.",
    "Y Combinator asked about the compiler. Many people think it is important to have users. The co-developers "
    "posted the compiler on Hacker News again, and it built on Linux.",
    "After Y Combinator, the co-developers kept the compiler small. People still read Hacker News, and "
    "Linux still runs the compiler.",
)


def names(essay: Essay) -> dict[str, tuple[str, ...]]:
    return {t.term: t.aliases for t in key_terms(essay)}


def test_proper_nouns_and_compounds_stay_whole_in_their_case() -> None:
    found = names(STARTUP)
    assert {"Y Combinator", "Hacker News", "co-developers", "Linux", "compiler"} <= set(found)


def test_common_words_are_not_terms() -> None:
    found = {key(n) for n in names(STARTUP)}
    assert not found & {"people", "important", "think", "day", "users"}


def test_inflections_merge_into_one_term_with_aliases() -> None:
    essay = sections(
        "The child played with the compiler. Children learn compilers fast.",
        "A child asked why children need a compiler.",
        "Every child, and all children, used the compiler.",
    )
    found = names(essay)
    assert "children" in found or "child" in found
    term = "children" if "children" in found else "child"
    assert {"children", "child"} - {term} <= set(found[term])
    assert "child" not in found or "children" not in found


def test_plain_text_italics_do_not_split_a_phrase() -> None:
    essay = sections(
        "We may call an option a _genuine_ option when it is forced. A genuine option binds us.",
        "Religion offers a _genuine_ option to the believer.",
        "Each genuine option is also a living one.",
    )
    assert "genuine option" in names(essay)


def test_a_word_broken_at_a_line_end_is_one_word() -> None:
    essay = sections(
        "The soul hears an admoni-\ntion in such lines. Self-\nreliance is its aversion.",
        "Every admonition of the soul asks for self-reliance.",
        "No admoni-\ntion is lost on the self-reliance of a child.",
    )
    found = {key(n) for n in names(essay)}
    assert "tion" not in found and "admoni" not in found
    assert {"admonition", "self-reliance"} <= found


def test_korean_particles_merge_into_the_noun() -> None:
    essay = sections(
        "우리는 프로젝트를 시작했다. 프로젝트에 많은 개발자가 참여했다.",
        "프로젝트의 목표는 분명했다. 개발자는 코드를 나누었다.",
        "개발자들은 프로젝트를 지켰다. 프로젝트에 기여했다.",
        language="ko",
    )
    found = names(essay)
    assert set(found["프로젝트"]) == {"프로젝트를", "프로젝트에", "프로젝트의"}
    assert "개발자" in found and not any(n.startswith("프로젝트") and n != "프로젝트" for n in found)


def test_korean_compound_spaced_or_not_is_one_term() -> None:
    essay = sections(
        "웹 사이트를 만들 수 있습니다. 웹사이트는 프로젝트를 알립니다.",
        "웹 사이트는 문서를 모읍니다. 프로젝트는 문서를 나눌 수 있습니다.",
        "웹사이트를 고쳤습니다. 문서를 다시 읽을 수 있습니다.",
        language="ko",
    )
    found = names(essay)
    web = [n for n in found if n.replace(" ", "") == "웹사이트"]
    assert len(web) == 1, found
    spellings = {web[0], *found[web[0]]}
    assert any(" " in n for n in spellings) and any(n.startswith("웹사이트") for n in spellings), spellings
    assert not any(n.startswith("수 ") or n == "수" for n in found), found


def test_hebrew_prefixes_merge_into_the_word() -> None:
    assert lemma("השׂכל", "he") == "שׂכל"  # "the intellect": the article, with the sin dot kept as written
    assert lemma("ולעשׂות", "he") == "לעשׂות"  # "and to do": the conjunction goes, the infinitive's ל stays
    assert lemma("להרעיון", "he") == "רעיון"  # "to the idea"
    assert lemma("מלחמה", "he") == "מלחמה"  # "war" begins with a prefix letter but is no ל + חמה
    assert lemma("לבם", "he") == "לבם"  # "their heart": no preposition before a two-letter rest
    assert lemma("העם", "he") == "העם"  # "the people", not ה + the preposition עם "with"
    assert lemma("שׂנאה", "he") == "שׂנאה"  # "hatred", though נאה is a word: שׂ with the sin dot is never the prefix ש


def test_arabic_prefixes_the_article_and_a_plural_merge_into_the_word() -> None:
    forms = ["غابة", "غابات", "الغابات", "بالغابات", "وللغابات"]  # forest, forests, the forests, with the…, and for the…
    assert {lemma(w, "ar") for w in forms} == {"غابة"}
    assert lemma("للاحتطاب", "ar") == lemma("الاحتطاب", "ar") == "احتطاب"  # the article, though general use lacks the word
    assert lemma("فيضان", "ar") == "فيضان"  # "flood" begins with ف "and" but is no ف + يضان
    assert lemma("نبات", "ar") == "نبات"  # "plant" only ends like a plural
    assert lemma("الذي", "ar") == "الذي"  # a function word is whole


def test_a_possessive_pronoun_written_onto_a_noun_comes_off() -> None:
    """أشجارها (its trees) is أشجار, غاباتها (its forests) غابة; Hebrew
    רעיוננו (our idea) is רעיון, the last letter in its final form. A
    pronoun on a preposition stays (منها "from it")."""
    assert lemma("أشجارها", "ar") == lemma("أشجار", "ar") == "أشجار"
    assert lemma("غاباتها", "ar") == "غابة" and lemma("بلادنا", "ar") == "بلاد"
    assert lemma("منها", "ar") == "منها" and lemma("فيها", "ar") == "فيها"
    assert lemma("רעיוננו", "he") == lemma("רעיון", "he") == "רעיון"
    assert lemma("ארצנו", "he") == "ארץ" and lemma("אנחנו", "he") == "אנחנו"


def test_an_arabic_term_is_shown_as_the_dictionary_has_it_when_the_essay_writes_it_so() -> None:
    essay = sections(
        "الغابات ثروة البلاد. قطع الغابات يضر بالمناخ.",
        "حفظ الغابات واجب. كل غابة تحمي التربة.",
        "بالغابات تحيا الأرض. وللغابات منافع كثيرة.",
        language="ar",
    )
    terms = names(essay)
    assert "غابة" in terms, terms
    assert {"الغابات", "بالغابات"} <= set(terms["غابة"])


MALAYALAM = sections(
    "പത്രപ്രവർത്തനത്തൊഴിൽ ഒരു കല ആണ്. ഒരു പത്രാധിപർ പത്രപ്രവർത്തനത്തൊഴിലിൽ വളരെ ശ്രദ്ധിക്കണം. ഈ പത്രപ്രവർത്തനത്തൊഴിൽ കഠിനം.",
    "പത്രപ്രവർത്തനത്തൊഴിലിൽ ഒരു യോഗ്യത വേണം. ഒരു പത്രാധിപർ ഒരു വിദ്യാഭ്യാസം നേടണം.",
    "പത്രപ്രവർത്തനത്തൊഴിലിനെ ഒരു സമൂഹം മാനിക്കുന്നു. ഒരു പത്രാധിപർ സത്യം പറയണം.",
    language="ml",
)


def test_a_language_without_word_frequencies_is_not_read_as_english() -> None:
    # wordfreq has no Malayalam; asked for it, it answers with English, which
    # knows none of these words, so the commonest ("ഒരു", "a") was a term.
    assert frequencies("ml") == {}
    found = names(MALAYALAM)
    assert "ഒരു" not in found, found


def test_a_malayalam_words_inflections_are_one_term() -> None:
    found = names(MALAYALAM)
    assert "പത്രപ്രവർത്തനത്തൊഴിൽ" in found, found  # the word, with the chillu ൽ written out in its inflections
    assert set(found["പത്രപ്രവർത്തനത്തൊഴിൽ"]) == {"പത്രപ്രവർത്തനത്തൊഴിലിൽ", "പത്രപ്രവർത്തനത്തൊഴിലിനെ"}


def test_without_a_lemmatiser_a_words_inflections_merge_by_the_essays_evidence() -> None:
    """Tamil has no lemmatiser here: தொழிலில் (in the profession) and
    தொழிலை (the profession, object) are தொழில் with an ending, the virama
    that closes the word written out as a vowel sign in its inflections."""
    essay = sections(
        "தொழில் ஒரு கலை. ஆசிரியர் தொழிலில் கவனம் வேண்டும். தொழிலில் உண்மை முக்கியம்.",
        "தொழிலை மக்கள் மதிக்கிறார்கள். ஆசிரியர் தொழிலை நேசிக்கிறார். ஆசிரியர் உண்மை பேசுகிறார்.",
        "தொழில் கடினம். தொழிலில் ஆசிரியர் உழைக்கிறார்.",
        language="ta",
    )
    found = names(essay)
    assert "தொழில்" in found, found
    assert set(found["தொழில்"]) == {"தொழிலில்", "தொழிலை"}


def test_a_malayalam_noun_is_its_lemma_by_the_analyser() -> None:
    """mlmorph reads a noun's number, case and clitics, which the essay's
    own evidence cannot undo: പത്രങ്ങൾ (newspapers) is not പത്രം plus an ending."""
    assert lemma("പത്രങ്ങളുടെ", "ml") == lemma("പത്രങ്ങൾ", "ml") == lemma("പത്രം", "ml") == "പത്രം"
    assert lemma("മലയാളപത്രങ്ങൾ", "ml") == "മലയാളപത്രം"  # a compound inflects at its end
    assert lemma("വിദ്യാഭ്യാസവും", "ml") == "വിദ്യാഭ്യാസം"  # "and education"
    # A compound whose head the analyser does not know is read by its tail.
    assert lemma("വൃത്താന്തപത്രങ്ങൾക്കു", "ml") == "വൃത്താന്തപത്രം"


def test_a_malayalam_verb_or_pronoun_is_no_term_and_a_noun_is_shown_as_its_lemma() -> None:
    essay = sections(
        "അവൻ ഉപന്യാസങ്ങൾ പുറപ്പെടുവിച്ചു. അവൻ ഉപന്യാസങ്ങളുടെ യോഗ്യത പറഞ്ഞു. ഉപന്യാസങ്ങൾക്കു യോഗ്യത വേണം.",
        "അവൻ ഉപന്യാസങ്ങൾ പുറപ്പെടുവിച്ചു. ഉപന്യാസങ്ങളുടെ യോഗ്യത വലുതാണ്. അവൻ യോഗ്യത നേടി.",
        "അവൻ ഉപന്യാസങ്ങൾ പുറപ്പെടുവിച്ചു. ഉപന്യാസങ്ങളിൽ യോഗ്യത കാണാം.",
        language="ml",
    )
    found = names(essay)
    assert "ഉപന്യാസം" in found, found  # never written so: the essay has only its plural and cases
    assert {"ഉപന്യാസങ്ങൾ", "ഉപന്യാസങ്ങളുടെ", "ഉപന്യാസങ്ങൾക്കു", "ഉപന്യാസങ്ങളിൽ"} <= set(found["ഉപന്യാസം"]), found
    assert "അവൻ" not in found and "പുറപ്പെടുവിച്ചു" not in found, found


def test_an_acronyms_plural_is_the_acronym() -> None:
    assert lemma("LLMs", "en") == lemma("LLM", "en") == "llm"
    assert lemma("APIs", "de") == "api"
    assert lemma("Thomas", "en") != "thoma" and lemma("BOSS", "en") == "boss"  # a name, a word in capitals
    assert lemma("ML", "en") == "ml"  # an acronym is not lemmatised (simplemma: "millileter")


def test_a_french_article_elided_onto_its_noun_is_split_off() -> None:
    assert list(raw_words("l'homme et l’État d'Europe, aujourd'hui", "fr")) == [
        "l", "homme", "et", "l", "État", "d", "Europe", None, "aujourd'hui",  # one word, not an elision
    ]


def test_a_spanish_adjective_is_no_term_but_the_noun_it_follows_is() -> None:
    essay = sections(
        "La democracia nace de las sociedades humanas. Las fuerzas humanas crean la democracia.",
        "En la democracia las almas humanas buscan la igualdad. La democracia vive.",
        "Las razas humanas aman la democracia. Con la democracia llega la igualdad humana.",
        language="es",
    )
    found = names(essay)
    assert "democracia" in found and not any(n.startswith("human") for n in found), found


def test_a_pointed_word_is_as_common_as_the_unpointed_one() -> None:
    # wordfreq lists Hebrew without vowel points or the sin dot; looked up as
    # written, every pointed word would seem rare and become a key term.
    assert zipf(("לעשׂות",), "he") == zipf(("לעשות",), "he") > 5


def test_a_word_with_a_ligature_is_as_common_as_spelled_out() -> None:
    # Older English prints "Cæsar" and "phœnix"; general use spells them out,
    # and a rare-looking spelling would make them the essay's own words.
    assert zipf(("Cæsar",), "en") == zipf(("caesar",), "en") > 3
    assert zipf(("phœnix",), "en") == zipf(("phoenix",), "en") > 3
    assert zipf(("œuvre",), "fr") > 4  # French lists the ligature itself


@pytest.mark.parametrize(
    ("spelled", "today", "language"),
    [
        ("expence", "expense", "en"),  # Swift, 1729: a letter changed
        ("τότες", "τότε", "el"),  # Psycharis's demotic: a letter added
        ("portuguezes", "portugueses", "pt"),  # 1880 orthography
    ],
)
def test_an_older_spelling_of_a_common_word_is_a_common_word(spelled: str, today: str, language: str) -> None:
    """wordfreq knows today's spelling only; one edit from a common word,
    the old one is that word, a step rarer, not the essay's own vocabulary."""
    assert zipf((spelled,), language) == pytest.approx(zipf((today,), language) - 1, abs=0.01)
    assert zipf((spelled,), language) >= 3


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("goroutines", "en"),  # no common word is one edit away
        ("dplyr", "en"),
        ("grok", "en"),  # too short: one edit reaches too many words
        ("nonconformist", "en"),  # known: its own frequency stands
        ("καθαρέβουσα", "el"),  # two edits from καθαρεύουσα, and that is no common word
    ],
)
def test_a_rare_word_is_no_spelling_of_another(word: str, language: str) -> None:
    from wordfreq import zipf_frequency

    assert zipf((word,), language) == pytest.approx(zipf_frequency(word, language), abs=0.01)


def test_a_greek_verb_or_adverb_is_no_term_however_rare_its_spelling() -> None:
    """Greek sets an article before its nouns: Psycharis's "είταν" (was) and
    "πάλε" (again) never follow one, his "καθαρέβουσα" does."""
    essay = sections(
        "Είταν πάλε εδώ η καθαρέβουσα. Είταν όμορφα και πάλε είταν.",
        "Δεν ήθελαν την καθαρέβουσα. Είταν πάλε βράδυ, είταν κρύο.",
        "Είταν πάλε δύσκολα με την καθαρέβουσα. Είταν αργά.",
        language="el",
    )
    found = [t.term for t in key_terms(essay)]
    assert "καθαρέβουσα" in found
    assert not {"είταν", "πάλε"} & {t.casefold() for t in found}


def test_a_verb_after_an_object_pronoun_is_no_noun_after_an_article() -> None:
    """Psycharis's "να το μάθη" (to learn it): the pronoun is spelled as the
    article, but after να it announces a verb, and the verb is no term.
    "την καθαρέβουσα" is an article and its noun."""
    essay = sections(
        "Θέλει να το μάθη η καθαρέβουσα. Πρέπει να τα μάθη και να τα κάμη.",
        "Δεν ήθελαν την καθαρέβουσα. Δεν το κάμη ποτέ, θα το μάθη αργά.",
        "Με την καθαρέβουσα δε θα το κάμη. Ας το μάθη.",
        language="el",
    )
    found = {t.term.casefold() for t in key_terms(essay)}
    assert "καθαρέβουσα" in found
    assert not {"μάθη", "κάμη"} & found


@pytest.mark.parametrize(
    ("language", "sentence", "verb", "noun"),
    [
        ("el", "θέλει να του το μάθη ο κόσμος", "μάθη", "κόσμος"),
        ("fr", "il le dit devant le peuple", "dit", "peuple"),
        ("fr", "on ne les aime pas dans la ville", "aime", "ville"),
        ("it", "non la vedo nella piazza", "vedo", "piazza"),
        ("es", "no lo sabe el pueblo", "sabe", "pueblo"),
        ("pt", "não o sabe o povo", "sabe", "povo"),
    ],
)
def test_an_object_pronoun_after_a_verb_marker_is_no_determiner(language: str, sentence: str, verb: str, noun: str) -> None:
    from essay_site.terms.candidates import Lexicon, tokenize

    tokens = {t.text: t for t in tokenize(sentence, Lexicon(language)) if t is not None}
    assert not tokens[verb].after_determiner and not tokens[verb].after_article
    assert tokens[noun].after_determiner

def test_hebrew_inflections_with_prefixes_are_one_term() -> None:
    essay = sections(
        "השׂכל מבקש מופתים. בלי השׂכל אין דרך.",
        "האהבה הלאומית גדלה. השׂכל לבדו לא יביא גאולה.",
        "ואהבה לאומית צריכה לב. בשׂכל ובאהבה הלאומית נבנה.",
        language="he",
    )
    found = {lemma(n, "he") for term, aliases in names(essay).items() for n in (term, *aliases)}
    assert "שׂכל" in found, found
    terms = names(essay)
    intellect = next(t for t in terms if lemma(t, "he") == "שׂכל")
    assert {intellect, *terms[intellect]} >= {"השׂכל", "בשׂכל"}, terms


def test_chinese_is_cut_into_words() -> None:
    essay = sections(
        "开源软件改变了世界。开源社区的开发者共同维护代码。",
        "社区的开发者来自世界各地。开源软件的许可证保护了开发者。",
        "开源社区的治理很重要。开源软件的未来属于社区。",
        language="zh",
    )
    text = " ".join(b.text for s in essay.sections for b in s.blocks)
    found = names(essay)
    assert "开发者" in found and "社区" in found
    assert all(term in text for term in found)
    assert not {"的", "了"} & set(found)


def test_themes_are_concepts_across_the_essay_not_names() -> None:
    terms = key_terms(STARTUP)
    themes = [t.term for t in terms if t.theme]
    assert 1 <= len(themes) <= 5
    assert "compiler" in themes
    assert not {"Linux", "Y Combinator", "Hacker News"} & set(themes)


def test_an_essay_without_sections_has_terms_but_no_themes() -> None:
    """A theme runs through the sections and the theme map charts it: one
    page has neither (a one-row map, and every term "in the Introduction")."""
    assert any(t.theme for t in extract_glossary(STARTUP).terms)
    one_page = dataclasses.replace(STARTUP, intro=STARTUP.intro + tuple(b for s in STARTUP.sections for b in s.all_blocks()), sections=())
    glossary = extract_glossary(one_page)
    assert glossary.terms and not any(t.theme for t in glossary.terms)


def test_german_themes_are_the_nouns_that_take_articles_not_the_names() -> None:
    # Every German noun is capitalised, so the capital cannot tell "Freiheit"
    # (a concept: "die Freiheit", "zur Freiheit", "seiner Freiheit") from "Kant".
    essay = sections(
        "Die Aufklärung verlangt Freiheit. Kant schrieb über die Aufklärung und die Vernunft.",
        "Zur Freiheit gehört der Gebrauch seiner Vernunft. Kant nennt die Aufklärung einen Ausgang.",
        "Die Freiheit der Feder bleibt. Kant lobt die Vernunft und die Aufklärung.",
        "Ohne die Freiheit keine Aufklärung. Kant fragt nach der Vernunft.",
        language="de",
    )
    themes = {t.term for t in key_terms(essay) if t.theme}
    assert {"Aufklärung", "Freiheit", "Vernunft"} <= themes, themes
    assert "Kant" not in themes


def test_german_lemmas_read_the_capital() -> None:
    assert lemma("Verstandes", "de") == lemma("Verstand", "de") == "verstand"  # the noun
    assert lemma("verstand", "de") == "verstehen"  # the verb's past tense


def mention(sentence: str) -> Mention:
    return Mention("t", "page", "anchor", sentence)


def test_definition_is_the_defining_sentence_even_if_later() -> None:
    said = [
        mention("We talked about goroutines all evening."),
        mention("A goroutine is a function running at the same time as others in the same address space."),
    ]
    assert best_sentence(["goroutine"], said) is said[1]
    called = [mention("Nobody liked it."), mention("They built what is called vendoring, a copy of each dependency.")]
    assert best_sentence(["vendoring"], called) is called[1]


def test_a_work_by_someone_is_no_definition_of_them() -> None:
    said = [mention("Norm Matloff wrote about why he is a Tidyverse skeptic."), mention("Biologists shared a recent post by Tidyverse skeptics on Twitter.")]
    assert best_sentence(["Tidyverse"], said) is said[0]
    meant = [mention("We use the Tidyverse daily in our lab."), mention("By Tidyverse I mean the packages that share one design.")]
    assert best_sentence(["Tidyverse"], meant) is meant[1]


def test_a_sentence_that_ends_in_a_colon_defines_nothing_when_another_names_the_term() -> None:
    """"This is in contrast with Clean Code, which says:" hands over to a
    quotation; the next sentence that names the term is quoted instead."""
    said = [mention("This is in contrast with Clean Code, which says:"), mention("Clean Code asks for small functions and many tests.")]
    assert best_sentence(["Clean Code"], said) is said[1]
    alone = [mention("Gary Marcus describes the problem as follows:")]
    assert best_sentence(["Gary Marcus"], alone) is alone[0]  # nothing else names him


def test_definition_falls_back_to_the_first_use() -> None:
    said = [mention("We met the bourgeoisie in town."), mention("Later the bourgeoisie left us.")]
    assert best_sentence(["bourgeoisie"], said) is said[0]


def test_definition_is_at_most_forty_words_cut_at_a_word() -> None:
    sentence = " ".join(f"word{i}" for i in range(30)) + " the compiler is here " + " ".join(f"tail{i}" for i in range(30))
    short = shortened(sentence, ["compiler"])
    words = short.replace("…", " ").split()
    assert len(words) <= 40 and "compiler" in short
    assert short.startswith("… ") and short.endswith(" …")
    assert all(w in sentence.split() for w in words)


def test_a_definition_drops_a_bracket_or_quote_the_sentence_opens_alone() -> None:
    """05 opens with "[This is the text of my opening keynote at Gophercon
    2015. [The video is here](…).]": the splitter cuts inside the brackets."""
    assert shortened("[This is the text of my opening keynote at Gophercon 2015.", ["Gophercon"]) == (
        "This is the text of my opening keynote at Gophercon 2015."
    )
    assert shortened("“Trust thyself” is his rule.", ["rule"]) == "“Trust thyself” is his rule."  # a pair stays
    assert shortened("Go (the language) ships fast.)", ["Go"]) == "Go (the language) ships fast."


def test_extracted_glossary_defines_each_term_by_an_essay_sentence() -> None:
    glossary = link(STARTUP, extract_glossary(STARTUP)).glossary
    text = " ".join(b.text for s in STARTUP.sections for b in s.blocks)
    assert not glossary.curated and glossary.terms
    for term in glossary.terms:
        assert term.definition.strip("… ") in text
        assert len(term.definition.split()) <= 42  # 40 words and two ellipses
    assert [t.term.casefold() for t in glossary.terms] == sorted(t.term.casefold() for t in glossary.terms)


def test_a_colon_after_the_term_mid_sentence_is_no_definition() -> None:
    said = [mention("We speak of morality every single day of the week."), mention("It makes none in the morality: though it differs.")]
    assert best_sentence(["morality"], said) is said[0]
    opening = [mention("We speak of morality every day."), mention("Morality: the rules we live by.")]
    assert best_sentence(["morality"], opening) is opening[1]


def test_beyond_the_first_five_a_term_needs_evidence_but_a_theme_stays() -> None:
    from essay_site.model import Term
    from essay_site.terms.select import MIN_EVIDENCE, MIN_TERMS, well_evidenced

    def term(name: str, theme: bool = False) -> Term:
        return Term(slug=name, term=name, aliases=(), definition="", see_also=(), theme=theme)

    strong = [term(f"strong{i}") for i in range(MIN_TERMS)]
    weak_first = [term(f"weak{i}") for i in range(2)]
    terms = [*weak_first, *strong[2:], term("thin"), term("thin theme", theme=True), term("sure")]
    scores = [1.0, 1.0, *[MIN_EVIDENCE + 9] * (MIN_TERMS - 2), MIN_EVIDENCE - 0.1, 0.5, MIN_EVIDENCE]
    kept = [t.term for t in well_evidenced(terms, scores)]
    # The first five stay whatever their score; after them only themes and well-evidenced terms.
    assert kept == [t.term for t in terms[:MIN_TERMS]] + ["thin theme", "sure"]


def test_a_word_the_lexicon_knows_only_as_a_verb_is_no_term() -> None:
    # "without resisting", "the will to resist": after a preposition as often
    # as a noun, but the English lexicon has no noun "resist".
    essay = sections(
        "Without resisting the tax, the citizen pays. The will to resist grows in the citizen. A citizen can resist.",
        "Without resisting, no citizen is free. The citizen resisted the tax in the end.",
        "The citizen will resist the tax again. Without resisting, the tax stays.",
    )
    found = set(names(essay))
    assert "citizen" in found
    assert not found & {"resist", "resisting", "resisted"}


def test_an_extracted_term_the_linker_never_finds_is_dropped() -> None:
    from essay_site.model import Glossary, Term

    def term(name: str) -> Term:
        return Term(slug=name.replace(" ", "-"), term=name, aliases=(), definition="", see_also=(), theme=False)

    # "premium platforms" occurs only inside "centralized premium platforms",
    # which wins every place it could link.
    essay = sections(
        "A few centralized premium platforms sell access. The compiler is free.",
        "Users leave centralized premium platforms for the compiler.",
    )
    extracted = Glossary(terms=(term("centralized premium platforms"), term("compiler"), term("premium platforms")), curated=False, path=None)
    linked = link(essay, extracted)
    assert [t.term for t in linked.glossary.terms] == ["centralized premium platforms", "compiler"]
    assert all(t.definition for t in linked.glossary.terms)
    # A curated glossary is the author's: an unused entry stays.
    curated = dataclasses.replace(extracted, curated=True, path="seeds/essay.glossary.yml")
    assert len(link(essay, curated).glossary.terms) == 3


def test_an_acronym_and_the_words_it_stands_for_are_one_term() -> None:
    essay = sections(
        "Large language models (henceforth, LLMs) predict text. Critics say LLMs only match patterns, "
        "and that LLMs memorise their training data.",
        "Yet LLMs learn general algorithms. An LLM trained on games keeps a model of the board; "
        "large language models generalise.",
        "So LLMs deserve study, and the study of LLMs has only begun.",
    )
    found = names(essay)
    (acronym,) = [name for name, aliases in found.items() if "llm" in name.casefold()]
    assert "large language models" in {a.casefold() for a in found[acronym]}
    assert not any("language model" in name.casefold() for name in found if name != acronym)


def test_only_words_that_spell_the_acronym_define_it() -> None:
    from essay_site.terms.acronyms import defined_acronyms

    found = {d.short: d.long for d in defined_acronyms([
        "the Lines of Code (LOC) metric",
        "the Single Responsibility Principle (SRP) says",
        "machine learning (henceforth, ML) is",
        "a test (see FAQ) and the Go language (Go)",
        "the old spelling (OK)",
    ])}
    assert found == {
        "LOC": ("Lines", "of", "Code"),
        "SRP": ("Single", "Responsibility", "Principle"),
        "ML": ("machine", "learning"),
    }


def test_a_long_form_is_named_as_the_text_writes_it() -> None:
    """"Richard M. Stallman (RMS)" had been the term "Richard M Stallman",
    and "fournisseurs d’accès à Internet (FAI)" lost its apostrophe."""
    from essay_site.terms.acronyms import defined_acronyms

    found = {d.short: d.written for d in defined_acronyms([
        "silent regarding Richard M. Stallman (RMS)'s statements",
        "contraindre les fournisseurs d’accès à Internet (FAI) à détecter",
    ])}
    assert found == {"RMS": "Richard M. Stallman", "FAI": "fournisseurs d’accès à Internet"}


def test_a_name_the_essay_only_cites_is_no_term() -> None:
    essay = sections(
        "Critics call the model a parrot (Bender 2021; Marcus 2022). Nanda et al. (2023) found an algorithm "
        "inside the model, and Darwin is the essay's subject: Darwin read widely.",
        "Nanda et al. showed the algorithm again (Nanda et al. 2023). Darwin kept notebooks; Darwin (1859) "
        "is his book, and Darwin revised it often.",
        "Darwin wrote to everyone. The parrot objection (Bender 2021) fails for the algorithm.",
    )
    found = names(essay)
    assert "Darwin" in found  # discussed, and cited once
    assert not {"Nanda", "Bender", "Marcus"} & set(found)


def test_a_reference_list_is_not_the_essays_prose() -> None:
    from essay_site.terms.citations import cited_names, is_reference_entry

    assert is_reference_entry("Abdou, Mostafa, Ellie Pavlick, and Anders Søgaard. 2021. “Can Language Models Encode?”")
    assert is_reference_entry("Landgrebe, J., & Smith, B. (2021). Making AI meaningful again. Synthese.")
    assert not is_reference_entry("Paris, the city of light, was besieged in 1871.")
    assert not is_reference_entry("Paris, France, was besieged in 1871.")
    assert not is_reference_entry("Thoreau went to the woods in 1845.")
    # An event and its year is no citation; a name and its year in parentheses is one.
    assert cited_names(["the Commune (1871) fell", "The Revolution (1789) began"]) == {}
    assert cited_names(["as Landgrebe and Smith (2021) argue"]) == {"landgrebe": 1, "smith": 1}


def test_an_abbreviation_is_no_term_and_a_word_at_sentence_ends_stays_one() -> None:
    from essay_site.terms.cleaning import abbreviations

    texts = ["A snr.ª Rattazzi escreveu; o snr. Braga respondeu.", "O snr. Ramalho riu, e o snr. Luciano também."]
    assert abbreviations(texts, "pt") == {"snr"}
    assert abbreviations(["They lost the war.", "Then came war.", "Nobody wanted war."], "en") == frozenset()


def test_a_short_function_word_in_an_older_spelling_is_still_one() -> None:
    from essay_site.terms.candidates import Lexicon

    italian = Lexicon("it")
    assert italian.word("sè") == (italian.word("sè")[0], False)  # "se", accented as in 1900
    assert italian.word("dolore")[1]  # a content word stays one


def test_a_full_name_then_its_last_word_is_one_term() -> None:
    essay = sections(
        "Norm Matloff, a professor, wrote an essay on Tidyverse. Matloff argues that Tidyverse hurts teaching.",
        "Matloff is right that Tidyverse is slow. Still, Matloff misses why people like Tidyverse.",
        "Jane Doe and John Doe answered Matloff. Doe wrote that Tidyverse won, and Doe was right about Tidyverse.",
    )
    found = names(essay)
    assert "Matloff" in found["Norm Matloff"]  # the full name, the short one its alias
    assert "Matloff" not in found and "Norm" not in found
    assert "Doe" in found  # two full names end in "Doe": which one is meant is in doubt


def test_a_full_name_of_three_words_then_its_last_word_is_one_term() -> None:
    """"Freedom Conservancy" is written wherever "Software Freedom
    Conservancy" is: its own last words are no rival full name."""
    essay = sections(
        "My employer, Software Freedom Conservancy, had opinions. Conservancy cares about software freedom.",
        "Conservancy staff wrote about software freedom. Conservancy later said more about software freedom.",
        "Conservancy and its Board of Directors care for software freedom, as Conservancy always has.",
    )
    found = names(essay)
    assert "Conservancy" in found["Software Freedom Conservancy"]
    assert "Conservancy" not in found


def test_a_full_name_in_the_possessive_is_still_the_full_name() -> None:
    essay = sections(
        "Jorma Rissanen's idea was to compress the data. Rissanen called the shortest code the best model.",
        "Later, Rissanen's approach met the marginal likelihood. The marginal likelihood is a compression too.",
        "Rissanen wrote that the marginal likelihood and the code length agree. Rissanen was right.",
    )
    found = names(essay)
    assert "Rissanen" in found["Jorma Rissanen"] and "Rissanen" not in found, found


def test_the_full_name_in_the_title_is_the_full_name_of_the_short_one() -> None:
    """The body says "Arrow" before it says "Apache Arrow" once, and a
    heading's capitals ("Enter Arrow") make a second capitalised phrase
    ending in "Arrow": the title settles which one is the name."""
    essay = sections(
        "Arrow speeds up query results. Arrow is a columnar format, and Arrow needs no deserialization.",
        "Enter Arrow\n\nApache Arrow was built for this. Arrow batches stream, and every Arrow batch is typed.",
        "Arrow is not the only format, but Arrow is the one we chose. Readers of Arrow are everywhere.",
        title="How the Apache Arrow Format Speeds Up Query Results",
    )
    found = names(essay)
    assert "Arrow" in found["Apache Arrow"] and "Arrow" not in found and "Enter Arrow" not in found, found


def test_a_word_never_used_alone_has_no_full_name() -> None:
    """"Source" only ever inside "Open Source" is no short name of it: the
    phrase is counted as what it is, a modifier in "Open Source projects"."""
    from essay_site.terms.candidates import count_candidates
    from essay_site.terms.names import full_names

    essay = sections(
        "Open Source maintainers answer issues. Open Source projects need triage.",
        "They say Open Source communities chat. An Open Source maintainer burns out.",
    )
    assert full_names(count_candidates(essay)) == {}


def test_a_phrase_whose_first_word_takes_the_plural_is_no_noun_phrase() -> None:
    """English marks a noun phrase's number on its last word: "ruling
    classes" is a term, "six years old" is an age."""
    essay = sections(
        "A child at a year old is sold. The ruling class buys the child at a year old, and the ruling classes feast.",
        "At six years old the child steals. The ruling class fears a child nine years old.",
        "The ruling classes keep no child past a year old. Two years old is the age the ruling class wants.",
    )
    found = names(essay)
    assert "ruling class" in found and not any("old" in name for name in found), found


def test_a_name_that_modifies_a_noun_is_still_a_name() -> None:
    """"Active Record objects", "Active Record instances": a name used
    before a noun is no name cut short."""
    essay = sections(
        "Active Record maps objects to rows. Active Record objects also build forms, and I like Active Record.",
        "You pass Active Record instances to the view. The Active Record approach is plain.",
        "Active Record does the job. The Active Record models stay small, and the Active Record pattern is old.",
    )
    assert "Active Record" in names(essay)


def test_a_name_cut_short_is_no_name() -> None:
    """A run of at most three words cannot hold "the Diffusion of Useful
    Knowledge"; "Diffusion of Useful", always followed by the rest of the
    name, is no term."""
    essay = sections(
        "The Society for the Diffusion of Useful Knowledge met. The Diffusion of Useful Knowledge is its aim.",
        "Thoreau mocked the Diffusion of Useful Knowledge and wished for the Diffusion of Useful Ignorance.",
        "Again the Diffusion of Useful Knowledge, and again the Diffusion of Useful Knowledge spread.",
    )
    assert not any(name.endswith("Useful") for name in names(essay)), names(essay)


def test_a_connector_makes_a_phrase_no_rarer() -> None:
    """"abolition of slavery" is a phrase of two words as rare as
    "abolition slavery" would be: the "of" adds no rarity of its own."""
    from essay_site.terms.candidates import Candidate
    from essay_site.terms.rank import general_zipf

    def rarity(form: str) -> float:
        words = tuple(form.split())
        candidate = Candidate(words, 0, count=3)
        candidate.forms[form] = 3
        return general_zipf(candidate, "en")

    assert abs(rarity("abolition of slavery") - rarity("abolition slavery")) < 0.05
    assert rarity("abolition of slavery") > rarity("abolition slavery trade")


def test_a_person_named_with_an_article_is_no_theme() -> None:
    """Portuguese sets an article before a woman's name ("a Rattazzi"),
    which the article test alone takes for a concept ("the State")."""
    essay = sections(
        "A Rattazzi escreveu um livro sobre Portugal. A Rattazzi viajou, e a Rattazzi viu a liberdade do povo.",
        "A Rattazzi falou da liberdade. O livro da Rattazzi ofende a liberdade e a Rattazzi não entende o povo.",
        "Responderam à Rattazzi. A liberdade do povo português não se discute, e a Rattazzi partiu.",
        language="pt",
    )
    terms = {t.term: t for t in key_terms(essay)}
    assert "Rattazzi" in terms and not terms["Rattazzi"].theme, terms


def test_the_full_name_written_far_more_often_than_its_rivals_is_the_one_meant() -> None:
    """"Visitou Herculano" (visited Herculano) is capitalised only as a
    sentence's start; "Alexandre Herculano" is the name, written thrice."""
    essay = sections(
        "Alexandre Herculano escreveu a história. Herculano era severo, e Alexandre Herculano não cedeu.",
        "Visitou Herculano em Vale de Lobos. Herculano recebeu a princeza, e Herculano falou pouco.",
        "Alexandre Herculano morreu depois. Herculano ficou, e Herculano é lido ainda.",
        language="pt",
    )
    found = names(essay)
    assert "Herculano" in found["Alexandre Herculano"] and "Herculano" not in found, found


def test_a_name_that_shares_its_lemma_with_a_verb_takes_none_of_its_forms() -> None:
    """"Go" the language and "going", "went" share the lemma go: the verb's
    forms are no mentions of the name (05's "Go" had "going" and "went" as
    aliases, so every "going" linked to it)."""
    essay = sections(
        "We write Go daily. The team chose Go, ported tools to Go, and taught Go to everyone who was going to stay.",
        "People love Go. Many teams use Go, and some went from Java to Go because Go compiles fast.",
        "Today Go has modules. Teams trust Go, build with Go and ship Go to production.",
    )
    assert names(essay)["Go"] == ()


def test_a_noun_capitalised_for_emphasis_is_a_theme_and_a_name_is_not() -> None:
    """Thoreau writes "Nature" and now and then "nature": a concept. "Go",
    beside the verb "go", is a name that shares one of English's commonest
    words."""
    essay = sections(
        "I walk in Nature. We owe Nature much, and nature is kind. We write Go, and we go to Go meetups to praise Go.",
        "I trust Nature. We study Nature, fear Nature and serve Nature. Teams use Go; we learn Go, Go pays, Go scales.",
        "I love Nature. The nature of Nature is wildness, as Nature knows. Teams ship Go; we go with Go, Go wins, Go lasts.",
    )
    terms = {t.term: t for t in key_terms(essay)}
    assert terms["Nature"].theme and not terms["Go"].theme, terms


def test_german_nouns_are_not_taken_for_the_last_word_of_a_name() -> None:
    essay = sections(
        "Das Zeitalter der Aufklärung beginnt. Die Aufklärung ist der Ausgang aus der Unmündigkeit.",
        "Die Aufklärung verlangt Freiheit. Ohne Freiheit keine Aufklärung.",
        "Der Weg der Aufklärung ist lang, und die Aufklärung ist nicht vollendet.",
        language="de",
    )
    assert "Aufklärung" in names(essay)


def test_a_source_cited_with_et_al_is_no_term() -> None:
    essay = sections(
        "The transformer was studied by Nanda et al. in a small model. The transformer surprised the field.",
        "As Nanda et al. show, the transformer learns in a phase change. A transformer is sudden.",
        "Later work by Nanda et al. traced the transformer to circuits. The transformer is now studied widely.",
    )
    found = names(essay)
    assert "transformer" in found and not any("et al" in name or "Nanda" in name for name in found), found


def test_a_word_only_ever_part_of_longer_names_is_no_term() -> None:
    essay = sections(
        "We moved from Apache Spark to Apache Arrow. The Apache Arrow format is columnar, and Apache Spark reads it.",
        "Apache Doris and Apache Spark both read Apache Arrow. Apache Doris is fast.",
        "Apache Arrow won. Apache Spark and Apache Doris agree on Apache Arrow.",
    )
    found = names(essay)
    assert "Apache Arrow" in found and "Apache" not in found, found


@pytest.mark.parametrize(("language", "month"), [("en", "September"), ("fr", "septembre"), ("de", "September")])
def test_a_month_or_weekday_is_no_term(language: str, month: str) -> None:
    from essay_site.terms.cleaning import calendar_words

    assert month in calendar_words(language) and month.capitalize() in calendar_words(language)
    assert "march" not in calendar_words("en")  # the noun stays a word


def test_a_month_named_often_is_no_term_but_a_march_is() -> None:
    essay = sections(
        "In September the union planned a march. The march began in September, and the march was long.",
        "By September's end the march had grown. Every march needs a route, and this march had one.",
        "The march ended in September. Nobody forgets that march, or that September.",
    )
    found = names(essay)
    assert "September" not in found and "march" in found, found


def test_a_name_in_its_cases_is_one_term_in_a_language_that_inflects_names() -> None:
    """Russian writes Прудон, Прудона: one name, shown in its
    shortest spelling. (Finnish names are read by Voikko, or by a model
    noun, before this.) English "Johnson" and "Johnston" stay two."""
    from essay_site.terms.candidates import count_candidates
    from essay_site.terms.nameforms import merged_name_forms, same_name
    from essay_site.terms.names import commonest

    russian = sections(
        "Я читаю книгу Прудона, и Прудон прав.",
        "Говорю, что Прудон лучший. Я читаю язык Прудона.",
        language="ru",
    )
    counts = count_candidates(russian)
    forms = {commonest(c): key for key, c in counts.candidates.items() if len(key) == 1 and c.proper}
    assert {"Прудон", "Прудона"} <= set(forms)  # two candidates: the lemmatiser does not know the name
    merged = merged_name_forms(counts, "ru").candidates
    (term,) = [c for key, c in merged.items() if set(c.forms) >= {"Прудон", "Прудона"}]
    assert term.shown == "Прудон" and term.count == 4
    assert forms["Прудона"] not in merged
    assert same_name("johnson", "johnston")  # alike, yet English names take no case:
    assert merged_name_forms(counts, "en") is counts


@pytest.mark.parametrize(
    ("forms", "noun_phrase"),
    [
        ({"import paths": 3}, True),
        ({"open source project": 4}, True),  # "open" may be an adjective
        ({"rewriting import paths": 3}, False),  # a verb and its object
        ({"fully general algorithm": 3}, False),  # an adverb leads it
        ({"gofmt command": 3}, True),  # a word the lexicon does not know may be anything
    ],
)
def test_an_english_phrase_term_is_a_noun_phrase(forms: dict[str, int], noun_phrase: bool) -> None:
    from collections import Counter

    from essay_site.terms.candidates import Candidate
    from essay_site.terms.rank import english_noun_phrase

    candidate = Candidate(key=tuple(next(iter(forms)).split()), first=0, forms=Counter(forms))
    assert english_noun_phrase(candidate) is noun_phrase


def test_a_word_a_case_language_never_inflects_is_no_noun() -> None:
    """Montaigne's Finnish translator writes "tahi" (or) 22 times, always so;
    a noun used as often shows its cases: "kirjailija", "kirjailijan",
    "kirjailijoita"."""
    essay = sections(
        "Kirjailija kirjoittaa tahi lukee. Kirjailijan kirja tahi runo jää. Luen kirjailijoita iltaisin.",
        "Tahi niin tahi näin, kirjailija valitsee. Kirjailijan työ on hidas tahi nopea.",
        "Kirjailijoita on monta tahi vähän. Kirjailijan ääni kuuluu tahi vaikenee.",
        language="fi",
    )
    found = {t.term.casefold() for t in key_terms(essay)}
    assert "kirjailija" in found
    assert "tahi" not in found


def test_a_roman_number_in_capitals_is_a_number_not_a_word() -> None:
    assert list(raw_words("le titre III et Louis XVI, mais CLI et DIV", "fr")) == [
        "le", "titre", None, "et", "Louis", None, None, "mais", "CLI", "et", "DIV",
    ]


def test_an_italian_adjective_in_both_genders_is_no_noun() -> None:
    """"la voce voluttuosa", "il canto voluttuoso": simplemma takes both to
    voluttuoso, and the article before a nominalised adjective made it
    pass for a noun. A noun keeps its gender: "il poeta", "i poeti"."""
    essay = sections(
        "Il poeta canta una voce voluttuosa. La voluttuosa armonia del poeta è dolore, e il dolore è arte.",
        "Il canto voluttuoso dei poeti tace. Una voluttuosa tristezza vince il poeta; il dolore resta.",
        "I poeti cercano il voluttuoso e la voluttuosa. Il poeta conosce il dolore, e il dolore lo conosce.",
        language="it",
    )
    found = {key(t) for t in names(essay)}
    assert "poeta" in found and not any(t.startswith("voluttuos") for t in found), found


def test_a_german_adjective_simplemma_leaves_inflected_is_its_stem() -> None:
    """Kant's "selbstverschuldete Unmündigkeit" and "der selbstverschuldeten
    Unmündigkeit" are one term; a verb's past form stays a verb's."""
    assert lemma("selbstverschuldete", "de") == lemma("selbstverschuldeten", "de") == "selbstverschuldet"
    assert lemma("machte", "de") == "machen" and lemma("Unmündigkeit", "de") == "unmündigkeit"


def test_a_russian_adjective_or_reflexive_verb_is_no_term() -> None:
    """simplemma gives an adjective its -ый form and a verb its infinitive:
    "свободный" (free) and "отрекаться" (to renounce) are no nouns."""
    essay = sections(
        "Свободный человек знает свободу. Свободные люди отрекаются от рабства, и свобода растёт.",
        "Свободного человека нельзя купить. Свобода дороже хлеба; он отрекался от власти.",
        "Свободному человеку нужна свобода. Отрекаться от свободы стыдно, и свобода победит.",
        language="ru",
    )
    found = names(essay)
    assert "свобода" in found and not [t for t in found if t.startswith(("свободн", "отрека"))], found


def test_a_russian_verb_or_participle_is_no_term() -> None:
    """pymorphy3 reads "вздрагивают" (they shudder) as a verb and "покрыта"
    (covered) as a participle: no noun in either, so neither is a term;
    "копоть" (soot), a noun in its cases, stays one."""
    essay = sections(
        "Стены вздрагивают от грохота. Каждая стена покрыта копотью, и копоть лежит везде.",
        "Люди вздрагивают, когда поезд идёт. Улица покрыта копотью; копоть въелась в камень.",
        "Окна вздрагивают всю ночь. Земля покрыта копотью, и от копоти темно даже днём.",
        language="ru",
    )
    found = {term.casefold() for term in names(essay)}
    assert not found & {"вздрагивают", "вздрагивать", "покрыта", "покрыть"}, found
    assert found & {"копоть", "копотью"}, found


def test_a_turkish_names_suffix_after_the_apostrophe_is_not_part_of_it() -> None:
    assert list(raw_words("README'nizi ve GitHub'ın sayfası", "tr")) == ["README", "ve", "GitHub", "sayfası"]
    assert list(raw_words("l'homme", "fr")) == ["l", "homme"]  # French elision is another rule


def test_a_turkish_verb_is_no_term_but_its_participle_and_a_noun_are() -> None:
    """simplemma takes "kullanın" (use!) and "eder" (does) to the stems
    kullan and et; their infinitives kullanmak and etmek say they are verbs."""
    essay = sections(
        "Projenizi paylaşın ve belgeleri kullanın. Katkıda bulunan kişiler teşekkür eder. Sorun çıkarsa belgeleri kullanın.",
        "Belgeleri kullanın, sonra projeniz hakkında yazın. Katkıda bulunan herkes teşekkür eder. Sorun büyümez.",
        "Katkıda bulunanlar belgeleri okur ve kullanın der. Projeniz hakkında konuşun; teşekkür eder. Sorun çözülür.",
        language="tr",
    )
    found = {key(t) for t in names(essay)}
    assert not any(t.split()[-1] in {"kullanın", "eder"} for t in found), found  # "teşekkür eder" (thanks) too
    assert "sorun" in found and "katkıda bulunan" in found, found


def test_a_turkish_phrase_whose_first_word_takes_a_case_is_no_compound() -> None:
    """A Turkish compound keeps its first word bare ("proje sorumlusu",
    maintainer); "insanların projeniz" (people's … your project) is two
    parts of a clause. The locative of "katkıda bulunan" stays."""
    essay = sections(
        "İnsanların projeniz hakkında konuşması iyidir. Proje sorumlusu yanıt verir. Katkıda bulunan kişiler gelir.",
        "İnsanlara projeniz hakkında yazın. Proje sorumlusu sorunları okur. Katkıda bulunan herkes önemlidir.",
        "Proje sorumlusu insanların projeniz için ne düşündüğünü sorar. Katkıda bulunan kişi teşekkür alır.",
        language="tr",
    )
    found = {key(t) for t in names(essay)}
    assert "proje sorumlusu" in found and "katkıda bulunan" in found, found
    assert not any(t.startswith("insan") for t in found), found


def test_a_hindi_oblique_plural_the_lemmatiser_does_not_know_is_the_noun() -> None:
    known = frequencies("hi")
    assert lemma("अनुरक्षकों", "hi") == lemma("अनुरक्षक", "hi") == "अनुरक्षक"
    assert lemma("लोगों", "hi") == "लोग" and "लोगों" in known  # simplemma's own table first


def test_a_hindi_noun_in_i_has_its_oblique_plural_in_iyon() -> None:
    """प्रतिभागियों (participants) is a word general Hindi uses, so the
    consonant rule left it; its singular प्रतिभागी is known too."""
    assert lemma("प्रतिभागियों", "hi") == lemma("प्रतिभागी", "hi") == "प्रतिभागी"
    assert lemma("नीतियों", "hi") == "नीति"  # short -i: नीति, policy


def test_a_fairly_common_word_written_inside_its_terms_is_their_head_not_a_term() -> None:
    """34's "pouvoir": 18 uses, 7 of them in "pouvoir législatif" and
    "pouvoirs publics", which are the terms."""
    essay = sections(
        "Le pouvoir législatif appartient à la nation. Les pouvoirs publics émanent de la nation. Le pouvoir est délégué.",
        "Le pouvoir législatif est inaliénable, dit-il. Les pouvoirs publics sont délégués. Le pouvoir change de mains.",
        "Le pouvoir législatif reste à la nation. Les pouvoirs publics obéissent. Le pouvoir passe, le pouvoir revient.",
        language="fr",
    )
    found = {key(t) for t in names(essay)}
    assert "pouvoir législatif" in found and "pouvoir" not in found, found


def test_a_turkish_agent_noun_is_its_own_lemma() -> None:
    """simplemma takes "kullanıcılar" (users) to kullan (use) and
    "katılımcı" (participant) to katılım (participation)."""
    assert lemma("kullanıcılar", "tr") == lemma("kullanıcı", "tr") == "kullanıcı"
    assert lemma("katılımcı", "tr") == lemma("katılımcıların", "tr") == "katılımcı"
    assert lemma("kullanın", "tr") == "kullan" and lemma("sorunlar", "tr") == "sorun"


def test_a_name_met_only_in_runs_of_names_is_an_example_not_a_term() -> None:
    """25's "Examples include … Dremio, DuckDB, …": each is one example."""
    run = "Systems such as Dremio, DuckDB, Apache DataFusion, Google BigQuery and Polars read it."
    essay = sections(
        f"The Arrow format moves query results without copying. {run} Arrow keeps columns together.",
        f"Arrow buffers stay in memory. {run} Arrow is fast to read.",
        "Arrow needs no deserialization step. Arrow wins on large results. DuckDB, for one, reads Arrow buffers directly.",
    )
    found = set(names(essay))
    assert "Arrow" in found
    assert not {"Dremio", "DuckDB", "Apache DataFusion", "Google BigQuery"} & found, found


def test_runs_of_names_are_found_in_any_script_and_end_at_the_full_stop() -> None:
    from essay_site.terms.enumerations import listed_names

    found = listed_names(["Systeme wie Apache DataFusion, cuDF, Node.js und Google BigQuery. Dann Go.", "Alice, Bob and Carol met."])
    assert found == {"apache datafusion": 1, "cudf": 1, "node.js": 1, "google bigquery": 1}


def test_a_finnish_word_in_its_cases_is_its_dictionary_form_by_voikko() -> None:
    """simplemma cuts "Caesarin" to "caesari", leaves "Boccaccion" whole and
    guesses "tuomareki" for tuomareille (to the judges)."""
    assert lemma("Caesarin", "fi") == lemma("Caesar", "fi") == "caesar"
    assert lemma("Boccaccion", "fi") == "boccaccio"
    assert lemma("tuomareille", "fi") == lemma("Tuomareille", "fi") == "tuomari"  # a sentence's capital changes nothing
    assert lemma("Latina", "fi") == "latina"  # its own dictionary form in one reading: Latin, not the name Lati


def test_a_finnish_latin_or_greek_name_voikko_does_not_know_is_read_by_a_model_noun() -> None:
    """Terentius, Lucretius and Plutarkhos inflect as "vastaus" and "kaaos"
    do; 31 (Montaigne in Finnish) writes Terentius only in his cases."""
    assert lemma("Terentiuksen", "fi") == lemma("Terentiukseen", "fi") == "terentius"
    assert lemma("Lucretiusta", "fi") == "lucretius"
    assert lemma("Plutarkhoksen", "fi") == "plutarkhos"
    essay = sections(
        "Luen Terentiuksen komedioita. Terentiuksen kieli on kaunista.",
        "Palaan aina Terentiukseen. Terentiuksen henkilöt elävät.",
        language="fi",
    )
    assert "Terentius" in names(essay)


def test_a_finnish_verb_is_no_term_and_a_noun_is_shown_in_its_dictionary_form() -> None:
    essay = sections(
        "Kirjailija ei tahdo puhua itserakkaudesta. Hän panee kirjan pöydälle. Itserakkaudesta syntyy paljon.",
        "Kukaan ei tahdo kuulla itserakkaudesta. Lukija panee merkille kirjailijan itserakkauden.",
        "Emme tahdo tuomita. Aika panee kaiken järjestykseen, myös itserakkauden.",
        language="fi",
    )
    found = names(essay)
    assert "itserakkaus" in found, found  # never written so: only its elative and genitive
    assert {"itserakkaudesta", "itserakkauden"} <= set(found["itserakkaus"]), found
    assert not {"tahdo", "panee", "tahtoa", "panna"} & set(found), found


def test_without_voikko_finnish_is_lemmatised_by_simplemma_and_the_log_says_so(monkeypatch, caplog) -> None:
    """Where Debian's libvoikko1 or its dictionary is missing (a machine
    that did not run `make`), the glossary is still built."""
    import libvoikko

    from essay_site.terms import finnish

    def missing(language: str) -> None:
        raise libvoikko.VoikkoException("Initialization of Voikko failed: No such dictionary")

    def forget() -> None:
        for cached in (finnish._voikko, finnish.readings, lemma):
            cached.cache_clear()

    monkeypatch.setattr(libvoikko, "Voikko", missing)
    forget()
    try:
        with caplog.at_level("INFO", logger="essay_site"):
            assert finnish.lemma("Boccaccion") is None
            essay = sections(
                "Kirjailija kirjoittaa itserakkaudesta. Kirjailijan itserakkaus kasvaa.",
                "Kirjailija tuntee itserakkauden. Kirjailijat puhuvat itserakkaudesta.",
                language="fi",
            )
            found = names(essay)
        assert "Voikko is not available" in caplog.text
        assert {"kirjailija", "itserakkaus"} <= set(found), found  # simplemma knows these
    finally:
        forget()


def test_a_finnish_name_voikko_reads_takes_no_other_name_as_its_case() -> None:
    """31 names Caesar (Caesarin) and Caestius, two men. Compared by
    spelling alone, "caes" + "tius" looked like a case of "caes" + "ar"."""
    essay = sections(
        "Caesar kirjoitti hyvin. Luen Caesarin teoksia, ja Caestius kuunteli.",
        "Caestius oli toinen mies. Sanoin, että Caesar on selkeä. Caestius vaikeni.",
        language="fi",
    )
    found = names(essay)
    assert "Caestius" not in found.get("Caesar", ()), found
    assert "Caestius" in found, found


def bylined(author: str, *bodies: str) -> Essay:
    """A Markdown essay whose front matter names its author."""
    parts = "\n\n".join(f"## Part {n}\n\n{body}" for n, body in enumerate(bodies, 1))
    text = f"---\ntitle: Notes on the draft\nauthor: {author}\n---\n\n{parts}\n"
    return dataclasses.replace(parse(source_text("notes.md", "notes", text)), language="en")


NOTES = (
    "Robespierre wrote his notes on the draft of the Constitution. The Constitution gave the vote to the rich.",
    "In the margin Robespierre says the Constitution betrays sovereignty. Sovereignty is not delegated.",
    "These notes show Robespierre at work on the Constitution, and on sovereignty.",
)


def test_the_author_is_no_key_term_of_the_essay() -> None:
    assert "Robespierre" in names(bylined("Someone Else", *NOTES))
    found = names(bylined("Maximilien Robespierre", *NOTES))
    assert "Robespierre" not in found
    assert {"Constitution", "sovereignty"} <= set(found)


def test_a_bylines_tail_is_not_the_authors_name() -> None:
    essay = bylined(
        "Russ Cox, for the Go team",
        "Go turned ten. The Go community wrote Go programs on Kubernetes.",
        "Kubernetes is written in Go. Docker is written in Go too.",
        "Go, Docker and Kubernetes grew together.",
    )
    assert "Go" in names(essay)


def test_a_word_shouted_in_a_quotation_is_shown_as_the_essay_writes_it_elsewhere() -> None:
    essay = sections(
        "Samuel judged the tribes. Samuel grew old, and the tribes asked Samuel for a king.",
        "AND SAMUEL TOLD ALL THE WORDS UNTO THE PEOPLE, AND SAMUEL SAID THE KING WILL TAKE YOUR FIELDS, AND SAMUEL WARNED THEM.",
        "Samuel anointed a king at last. THEN SAMUEL WAS NOT PLEASED, and Samuel said so.",
        language="en",
    )
    assert "Samuel" in names(essay) and "SAMUEL" not in names(essay)


def test_a_language_nothing_here_knows_the_words_of_has_no_key_terms(caplog: pytest.LogCaptureFixture) -> None:
    """Georgian has no word frequencies, function-word list or analyser
    here: its commonest words ("is", "one") would be the terms."""
    caplog.set_level("INFO", "essay_site")
    essay = sections(
        "კაცი არის ერთი. კაცი არის კარგი და მკითხველი არის ერთი.",
        "მკითხველი არის კაცი. ერთი კაცი არის აქ და ერთი იქ.",
        "კაცი და მკითხველი არის ერთი, და ერთი არის კაცი.",
        language="ka",
    )
    assert key_terms(essay) == []
    assert "language 'ka': no word frequencies" in caplog.text


def test_a_name_with_digits_or_plus_signs_is_one_word() -> None:
    """Product names carry digits and signs ("Linkerd2-proxy", "IPv6",
    "C++"); a number alone is still no word, nor one after a hyphen."""
    assert list(raw_words("Linkerd2-proxy speaks IPv6, is not C++ and ran 120 KLOC in COVID-19 times", "en")) == [
        "Linkerd2-proxy", "speaks", "IPv6", None, "is", "not", "C++", "and", "ran", None, None, None, "KLOC", "in", "COVID", None, None, None, "times",
    ]


def test_a_word_general_use_never_writes_is_a_term_without_an_article() -> None:
    # "gofmt" never follows an article, as a tool's name seldom does; general
    # use has never seen it, so it names something of the essay's own.
    essay = sections(
        "Run gofmt before you commit. Gofmt rewrites the file in place, and the editor keeps the file tidy.",
        "Most projects run gofmt in their checks. The editor calls gofmt on save.",
        "With gofmt, nobody argues about layout. The editor and the file agree.",
    )
    assert "gofmt" in {key(n) for n in names(essay)}


def test_a_word_only_rare_in_general_use_still_takes_the_article_test() -> None:
    essay = sections(
        "Methinks the river runs late. The boatman waits at the river.",
        "Methinks the boatman is tired, and the river is high.",
        "Methinks we shall cross the river with the boatman at dawn.",
    )
    found = {key(n) for n in names(essay)}
    assert "river" in found and "methinks" not in found


def test_a_phrase_in_the_singular_and_plural_is_a_noun_phrase_without_an_article() -> None:
    essay = sections(
        "Rewriting import paths breaks builds. Import path names follow the repository in the tree.",
        "Tools that change import paths must update every repository in the tree.",
        "Stable import paths keep old code working, whatever the repository in the tree becomes.",
    )
    assert {"import path", "import paths"} & {key(n) for n in names(essay)}


def test_a_latin_word_in_japanese_is_a_word_without_the_particle_after_it() -> None:
    # "Podは": Japanese sets its particles unspaced after a Latin name too.
    assert list(raw_words("liveness probeは、Podが退避される。Kubernetesの最小単位です。", "ja")) == [
        "liveness", "probe", "は", "Pod", "が", "退避", "される", "Kubernetes", "の", "最小単位", "です",
    ]


def test_a_camel_case_name_and_its_capitals_are_one_term() -> None:
    essay = sections(
        "The page ships JavaScript to every reader. JS runs before the text shows, and the browser waits for JavaScript.",
        "Most JS on the page tracks the reader. The browser loads JavaScript from other sites too.",
        "Without JS the page reads the same. JavaScript is the web's weight, and the browser carries it.",
    )
    found = names(essay)
    (name,) = [n for n in found if key(n) in ("javascript", "js")]
    assert {key(name), *map(key, found[name])} == {"javascript", "js"}
