"""The Markdown reader: front matter, headings, blocks, inline marks, and
hostile input (raw HTML, script links, remote images) that must never render."""

from __future__ import annotations

import logging
import textwrap

import pytest

from essay_site.formats import parse
from essay_site.model import Essay, EssayError
from essay_site.read import source_text

BODY = "A first paragraph of the essay, long enough to be prose."


def md(text: str, name: str = "essay.md") -> Essay:
    return parse(source_text(f"seeds/{name}", name.rsplit(".", 1)[0], textwrap.dedent(text).lstrip("\n")))


def marked(essay_block, item: int = 0) -> list[tuple[str, str, str | None]]:
    text = essay_block.items[item]
    return [(text[m.start : m.end], m.kind, m.href) for m in essay_block.marks_of(item)]


def test_yaml_front_matter_is_the_title_block() -> None:
    essay = md(
        """
        ---
        title: On Walking
        description: Why a slow pace helps thinking
        authors:
          - Ada Lovelace
          - name: Charles Babbage
        date: 2021-02-03
        tags: [a, b]
        ---

        ## First

        {BODY}
        """.replace("{BODY}", BODY)
    )
    assert (essay.title, essay.dek, essay.format) == ("On Walking", "Why a slow pace helps thinking", "markdown")
    assert [(m.label, m.value) for m in essay.meta] == [("Author", "Ada Lovelace"), ("Author", "Charles Babbage"), ("Date", "2021-02-03")]
    assert [s.heading for s in essay.sections] == ["First"]
    assert essay.removed[0].first_line == 1 and essay.removed[0].last_line == 9


def test_toml_front_matter_keeps_line_numbers() -> None:
    essay = md(
        '''
        +++
        title = "Dirty Code"
        description = """\\
          Two lines \\
          of description."""
        authors = ["Carson Gross"]
        +++

        ## One

        {BODY}
        '''.replace("{BODY}", BODY)
    )
    assert (essay.title, essay.dek) == ("Dirty Code", "Two lines of description.")
    assert essay.sections[0].line == 9
    assert essay.sections[0].blocks[0].line == 11


def test_bad_front_matter_is_one_clear_error() -> None:
    with pytest.raises(EssayError) as error:
        md("---\ntitle: [unclosed\n---\n\nText.\n")
    assert str(error.value).startswith("seeds/essay.md:")
    assert "front matter is not valid YAML" in str(error.value)


def test_first_h1_is_the_title_and_levels_are_relative() -> None:
    essay = md(
        f"""
        # The Title

        {BODY}

        ### Part one

        {BODY}

        #### A detail

        {BODY}

        ### Part two

        {BODY}
        """
    )
    assert essay.title == "The Title"
    assert [(s.heading, s.level) for s in essay.sections] == [("Part one", 1), ("Part two", 1)]
    assert [(s.heading, s.level) for s in essay.sections[0].subsections] == [("A detail", 2)]
    assert len(essay.intro) == 1


def test_blocks_keep_their_kind() -> None:
    essay = md(
        """
        # T

        3. third
        4. fourth
           - nested

        > quoted *one*
        >
        > quoted two

        ```python
        print("x")
        ```
        """
    )
    lst, quote, code = essay.intro
    assert (lst.kind, lst.ordered, lst.start, lst.items) == ("list", True, 3, ("third", "fourth", "nested"))
    assert quote.kind == "quote" and quote.items == ("quoted one", "quoted two")
    assert marked(quote) == [("one", "em", None)]
    assert code.kind == "code" and code.items == ('print("x")',)


def test_inline_marks_nest() -> None:
    essay = md("# T\n\nSome **bold and *both*** and `code` and [a `link`](https://example.org/).\n")
    (block,) = essay.intro
    assert block.items[0] == "Some bold and both and code and a link."
    assert marked(block) == [
        ("bold and both", "strong", None),
        ("both", "em", None),
        ("code", "code", None),
        ("a link", "link", "https://example.org/"),
        ("link", "code", None),
    ]


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", "/relative/page", "file:///etc/passwd"],
)
def test_unsafe_links_keep_only_their_text(href: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "essay_site")
    essay = md(f"# T\n\nClick [here]({href}) now.\n")
    (block,) = essay.intro
    assert block.items == ("Click here now.",)
    assert block.marks_of(0) == ()
    assert "kept as text" in caplog.text


def test_safe_links_are_kept() -> None:
    essay = md("# T\n\n[a](https://x.org) [b](mailto:me@x.org) [c](#part) [d](http://y.org)\n")
    assert [m.href for m in essay.intro[0].marks_of(0)] == ["https://x.org", "mailto:me@x.org", "#part", "http://y.org"]


def test_raw_html_never_renders(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "essay_site")
    essay = md(
        """
        # T

        <script>alert("x")</script>

        <center>Centred words</center>

        <div>

        Inside a div.

        </div>

        Text with <b>bold</b> and <img src=x onerror=alert(1)> inline.
        """
    )
    texts = [b.text for b in essay.intro]
    assert texts == ["Centred words", "Inside a div.", "Text with bold and inline."]
    assert "<" not in " ".join(texts) and "alert" not in " ".join(texts)
    assert "raw HTML block dropped" in caplog.text and "raw HTML block shown as its text" in caplog.text


def test_remote_images_become_links_and_local_ones_leave_their_alt_text(caplog: pytest.LogCaptureFixture) -> None:
    """An image whose alt text says nothing (none, a file name, "avatar")
    is dropped, remote or not: a link labelled "image" or "avatar" had
    opened pull quotes and become a glossary term."""
    caplog.set_level(logging.INFO, "essay_site")
    essay = md(
        "# T\n\nSee ![a chart](https://example.org/c.png) and ![](http://x.org/y.png) here ![the old mill](/img/a.png)"
        " ![mill-photo.png](/img/b.png) ![avatar](https://x.org/ry.png) ![Vagrant-Hauptseite](/img/v.png).\n"
    )
    (block,) = essay.intro
    assert block.items[0] == "See a chart and here the old mill Vagrant-Hauptseite."
    assert marked(block) == [
        ("a chart", "link", "https://example.org/c.png"), ("the old mill", "em", None), ("Vagrant-Hauptseite", "em", None)
    ]
    assert "remote image" in caplog.text and "/img/a.png" in caplog.text and "/img/b.png" in caplog.text
    assert "'http://x.org/y.png' dropped" in caplog.text


def test_emoji_shortcodes_are_the_characters_they_name() -> None:
    essay = md("# T\n\nMaintenance is not all yours :sweat\\_smile: :construction: at 10:30:45, `:wink:` in code.\n")
    (block,) = essay.intro
    assert block.items[0] == "Maintenance is not all yours 😅 🚧 at 10:30:45, :wink: in code."


def test_links_and_images_in_raw_html_are_read_as_the_essays_own(caplog: pytest.LogCaptureFixture) -> None:
    """A caption in a <div> keeps its source link; an inline <a href> is a
    link and an <img> an image, as Markdown's own are (a comic becomes a
    link to its page); an unsafe link, a link that would cross the
    emphasis, or a local image without words is logged and shows its text."""
    caplog.set_level(logging.INFO, "essay_site")
    essay = md(
        """
        # T

        <div class="desc">
          Data like the <a href="https://example.org/treebank">Sentiment Treebank</a>, with <a href="javascript:alert(1)">a script</a>.
        </div>

        <a href="https://example.org/1838/"><img src="https://example.org/comic.png" alt="A [comic]"/></a> <img src="/images/tree.png"/>

        A <a href="https://example.org/x">*linked* phrase</a> and *a <a href="https://example.org/y">crossing* one</a>.
        """
    )
    caption, comic, crossing = essay.intro
    assert caption.text == "Data like the Sentiment Treebank, with a script."
    assert marked(caption) == [("Sentiment Treebank", "link", "https://example.org/treebank")]
    assert (comic.text, marked(comic)[0]) == ("A [comic]", ("A [comic]", "link", "https://example.org/1838/"))
    assert crossing.text == "A linked phrase and a crossing one."
    assert marked(crossing) == [("linked phrase", "link", "https://example.org/x"), ("linked", "em", None), ("a crossing", "em", None)]
    assert "javascript" in caplog.text and "/images/tree.png" in caplog.text and "crosses the emphasis" in caplog.text


def test_footnotes_become_notes_with_markers() -> None:
    essay = md("# T\n\nA claim.[^1] Another.[^long-name]\n\n[^1]: The source.\n\n[^long-name]: First.\n\n    Second paragraph.\n")
    assert essay.intro[0].items == ("A claim.[1] Another.[2]",)
    assert [(n.key, n.text) for n in essay.notes] == [("1", "The source."), ("2", "First.\n\nSecond paragraph.")]


def test_a_leading_quotation_is_the_epigraph() -> None:
    essay = md(f"# T\n\n> To be is to do.\n> — Kant\n\n{BODY}\n")
    assert [b.kind for b in essay.epigraph] == ["quote"]
    assert essay.intro[0].text == BODY


def test_capitalised_headings_are_title_cased_only_as_a_style() -> None:
    essay = md(f"# A TITLE\n\n## TLDR\n\n{BODY}\n\n## Second part\n\n{BODY}\n\n## Third part\n\n{BODY}\n")
    assert essay.title == "A Title"
    assert [s.heading for s in essay.sections] == ["TLDR", "Second part", "Third part"]


def test_a_txt_file_of_markdown_is_read_as_markdown() -> None:
    essay = md(f"# 标题\n\n## 一、开始\n\n{BODY}\n\n## 二、结束\n\n{BODY}\n", name="essay.txt")
    assert essay.format == "markdown"
    assert essay.title == "标题"
    assert [s.heading for s in essay.sections] == ["一、开始", "二、结束"]


def test_without_any_title_the_file_name_titles_the_essay() -> None:
    essay = md(f"## First part\n\n{BODY}\n\n## Second part\n\n{BODY}\n", name="my_walking-essay.md")
    assert essay.title == "My walking essay"
    assert [s.heading for s in essay.sections] == ["First part", "Second part"]


def test_a_line_in_italics_under_the_title_is_the_subtitle_and_the_byline_under_it_is_read() -> None:
    essay = md(f"# Why Plain Text Endures\n\n*An essay on formats*\n\nBy Jane Roe, March 3, 2019\n\n{BODY}\n")
    assert essay.dek == "An essay on formats"
    assert [(f.label, f.value) for f in essay.meta] == [("Author", "Jane Roe"), ("Date", "March 3, 2019")]
    assert [b.text for b in essay.intro] == [BODY]


@pytest.mark.parametrize(
    "line",
    [
        "*This essay first appeared in The Quarterly, in 1998.*",  # an editor's note: a sentence
        "*This post was first published on Medium in 2019 and has been lightly edited*",
        "_Photo by Jane Doe on Unsplash_",  # a picture's credit
        "*" + " ".join(["word"] * 13) + "*",  # too long for a subtitle
        "*An essay* on formats",  # only partly in italics
    ],
)
def test_a_note_or_partly_italic_line_under_the_title_is_no_subtitle(line: str) -> None:
    essay = md(f"# Why Plain Text Endures\n\n{line}\n\n{BODY}\n")
    assert essay.dek is None and len(essay.intro) == 2


def test_a_lead_images_words_in_italics_are_no_subtitle() -> None:
    """A local image is not shipped, so its alt text stays, in italics: it is the picture's, not a subtitle."""
    essay = md(f"# Why Not Envoy\n\n![Closeup of many Swiss Army knives](/uploads/knives.jpg)\n\n{BODY}\n")
    assert essay.dek is None
    assert [b.text for b in essay.intro] == ["Closeup of many Swiss Army knives", BODY]


def test_the_front_matters_subtitle_leaves_the_italic_line_in_the_text() -> None:
    essay = md(f"---\ntitle: T\ndescription: From the front matter.\n---\n\n*An essay on formats*\n\n{BODY}\n")
    assert essay.dek == "From the front matter."
    assert [b.text for b in essay.intro] == ["An essay on formats", BODY]


def test_a_description_written_as_html_is_its_words() -> None:
    """Jekyll's `excerpt:` is often the post's HTML, with Liquid in its
    links: the subtitle and link preview are the words a reader sees."""
    essay = md(
        '---\ntitle: "Styling the <a> element with {{name}}"\n'
        'excerpt: "<p>We introduce the new <a href=\\"{{site.baseurl}}/docs/cep.html\\">CEP library</a> &amp; more.</p>"\n'
        f"---\n\n{BODY}\n"
    )
    assert essay.dek == "We introduce the new CEP library & more."
    # Only a description written as HTML is read as HTML: a title about tags keeps them.
    assert essay.title == "Styling the <a> element with {{name}}"
    about = md(f'---\ntitle: T\ndescription: "When to use <b> vs <strong>, and `{{{{name}}}}`"\n---\n\n{BODY}\n')
    assert about.dek == "When to use <b> vs <strong>, and `{{name}}`"


def test_a_pelican_or_multimarkdown_metadata_header_is_the_front_matter() -> None:
    essay = md(
        "Title: Documents are not apps\nDate: 2022-06-14 10:20\nCategory: Web\nTags: javascript, privacy\n"
        "Authors: Jane Roe, John Doe\nSummary: The web is turning every page\n  into an app.\n\n"
        f"{BODY}\n\n## What changed\n\n{BODY}\n"
    )
    assert (essay.title, essay.dek) == ("Documents are not apps", "The web is turning every page into an app.")
    assert [(f.label, f.value) for f in essay.meta] == [("Author", "Jane Roe"), ("Author", "John Doe"), ("Date", "2022-06-14")]
    assert [b.text for b in essay.intro] == [BODY]
    assert [r.rule for r in essay.removed] == ["Key: value front matter"]


@pytest.mark.parametrize(
    "opening",
    [
        "Note: this draft is old.\nStatus: rough",  # no key names the title or the author
        "Title: A post\nand then a line that is no field",
        "Title: A post",  # one line alone
        "Author: Why do you write?\nReader: To be read.",  # a dialogue: "Reader" is no header's key
    ],
)
def test_lines_that_are_not_all_fields_naming_the_work_are_text(opening: str) -> None:
    """The file's first block: lines that are not a header are its text."""
    essay = md(f"{opening}\n\n## Part\n\n{BODY}\n")
    assert not essay.removed and not essay.meta
    shown = " ".join([essay.title, *(b.text for b in essay.intro)])
    assert all(line in shown for line in opening.splitlines())


def test_typed_dashes_are_dashes_outside_code() -> None:
    """Hugo's, Jekyll's and Pandoc's typographers read "---" as an em dash and
    "--" as an en dash; the link preview had shown the hyphens."""
    essay = md("# Before -- after\n\nThe cat -- a small one --- sat on pages 1--2; `a--b` and ---- stay.\n")
    assert essay.title == "Before – after"
    assert essay.intro[0].text == "The cat – a small one — sat on pages 1–2; a--b and ---- stay."
    kept = md("# T\n\nRun it with --verbose; A --> B; see <https://example.com/a--b/c>.\n")
    assert kept.intro[0].text == "Run it with --verbose; A --> B; see https://example.com/a--b/c."


def test_pandoc_citations_read_as_a_reader_sees_them_and_code_and_mentions_stay() -> None:
    essay = md(
        "---\ntitle: Cited Note\nbibliography: paper.bib\n---\n\n"
        "We reviewed it [@Schad2020], after earlier work [see @Venables2002, p. 33; @Bates2015].\n\n"
        "As @Schad2020 argue, contrasts matter; write to a@b.org. `[@code]` stays.\n\n```\n[@fenced] too\n```\n"
    )
    assert [b.text for b in essay.intro] == [
        "We reviewed it (Schad 2020), after earlier work (see Venables 2002, p. 33; Bates 2015).",
        "As Schad (2020) argue, contrasts matter; write to a@b.org. [@code] stays.",
        "[@fenced] too",
    ]
    # Outside a paper that cites, "@name" is a mention, and a link is a link.
    post = md("# Thanks\n\nThanks to @octocat for [the fix](https://example.org/).\n")
    assert post.intro[0].text == "Thanks to @octocat for the fix."


@pytest.mark.parametrize(
    "front",
    [
        "authors:\n  - key: slorber\n",  # Docusaurus: a key into its authors file
        "params:\n  author: slorber\n",  # Hugo: a theme's keys under params
    ],
)
def test_an_author_named_by_a_key_or_under_params_is_shown(front: str) -> None:
    essay = md(f"---\ntitle: T\n{front}---\n\n{BODY}\n")
    assert [(f.label, f.value) for f in essay.meta] == [("Author", "slorber")]


def test_a_readmes_own_table_of_contents_goes() -> None:
    """The site makes its own contents: a list of links to the essay's own
    headings goes, under the title or under a "Table of Contents" heading,
    and so does that heading; a list that also says something stays."""
    toc = "- [Install](#install)\n- [Usage](#usage)\n  - [Flags](#flags)\n"
    body = f"## Install\n\n{BODY}\n\n## Usage\n\n{BODY}\n\n### Flags\n\n{BODY}\n"
    headed = md(f"# My Tool\n\n{BODY}\n\n## Table of Contents\n\n{toc}\n{body}")
    assert [s.heading for s in headed.sections] == ["Install", "Usage"] and [b.text for b in headed.intro] == [BODY]
    under_title = md(f"# My Tool\n\n{toc}\n{BODY}\n\n{body}")
    assert [b.text for b in under_title.intro] == [BODY]
    kept = md(f"# My Tool\n\n- [Install](#install) first, then\n- [Usage](#usage)\n\n{body}")
    assert kept.intro[0].kind == "list"


def test_a_post_named_for_its_day_is_dated_by_its_file_name() -> None:
    """Jekyll and Docusaurus name a post for its day ("_posts/2016-04-06-flink-cep.md")."""
    essay = md(f"---\ntitle: Complex events\n---\n\n{BODY}\n", name="2016-04-06-flink-cep.md")
    assert [(f.label, f.value) for f in essay.meta] == [("Date", "2016-04-06")]
    untitled = md(f"## First part\n\n{BODY}\n\n## Second part\n\n{BODY}\n", name="2016-04-06-flink-cep.md")
    assert untitled.title == "Flink cep"


@pytest.mark.parametrize(
    ("name", "front"),
    [
        ("2016-13-45-post.md", ""),  # names no day
        ("2016-04-06-post.md", "date: 2016-05-01\n"),  # the front matter's date wins
        ("notes-2016-04-06.md", ""),  # a date not at the start is part of the name
    ],
)
def test_a_file_name_dates_only_an_undated_post_by_a_real_day_it_opens_with(name: str, front: str) -> None:
    essay = md(f"---\ntitle: Complex events\n{front}---\n\n{BODY}\n", name=name)
    assert [f.value for f in essay.meta if f.label == "Date"] == (["2016-05-01"] if front else [])


def test_a_pull_quote_in_html_is_a_quote_of_its_text() -> None:
    essay = md('# T\n\n<aside class="pquote">\n  Quoted words.\n  <p>\n— A Person, ["Title"](https://x.org/)\n  </p>\n</aside>\n')
    (quote,) = essay.intro
    assert (quote.kind, quote.items) == ("quote", ('Quoted words. — A Person, "Title"',))
    assert marked(quote) == [('"Title"', "link", "https://x.org/")]


def test_a_pull_quote_with_blank_lines_in_it_is_one_quote() -> None:
    """opensource.guide's <aside> holds a German quote, a blank line, the
    English original and a credit: one quote (CommonMark had ended the HTML
    block at the blank line, and the rest read as the author's own prose)."""
    essay = md(
        "# T\n\nProse.\n\n<aside markdown=\"1\" class=\"pquote\">\n  Am besten eine Adresse.\n\n  You need a single URL.\n"
        '  <p markdown="1">\n— Peter Cooper, ["How to Spread the Word"](https://x.org/)\n  </p>\n</aside>\n\nAfter the quote.\n'
    )
    prose, quote, after = essay.intro
    assert (quote.kind, quote.items) == ("quote", ("Am besten eine Adresse.", "You need a single URL.", '— Peter Cooper, "How to Spread the Word"'))
    assert marked(quote, 2) == [('"How to Spread the Word"', "link", "https://x.org/")]
    assert (prose.text, after.kind, after.text) == ("Prose.", "paragraph", "After the quote.")


def test_a_pull_quote_element_alone_on_its_lines_holds_the_paragraphs_to_its_close() -> None:
    """<aside> on a line of its own, its words as Markdown paragraphs after
    a blank line: one quote, not joined to an earlier quotation."""
    essay = md("# T\n\n> An earlier quotation.\n\nProse.\n\n<aside class=\"pquote\">\n\nFirst quoted.\n\nSecond quoted.\n\n</aside>\n\nAfter.\n")
    assert [(b.kind, b.items) for b in essay.intro] == [
        ("quote", ("An earlier quotation.",)), ("paragraph", ("Prose.",)), ("quote", ("First quoted.", "Second quoted.")), ("paragraph", ("After.",)),
    ]


FIGURE = """# T

Prose before the figure.

<figure id="fig3">
  <a href="/static/images/fig3.png">
    <img src="/static/images/fig3.png" alt="Figure 3. Element frequencies" width="600">
  </a>
  <div class="visually-hidden">Graph showing about 2,500 pages with 30 elements.</div>
  <figcaption>Figure 3. Element frequencies, from <a href="https://x.org/">the survey</a>.</figcaption>
</figure>
"""


def test_a_figure_in_html_is_its_caption_in_italics() -> None:
    """The picture is not on the site; its caption stands for it, once, set
    as a caption (the Web Almanac's figures had become quotations of alt
    text, hidden description and caption run together)."""
    _, figure = md(FIGURE).intro
    assert (figure.kind, figure.items) == ("paragraph", ("Figure 3. Element frequencies, from the survey.",))
    assert marked(figure) == [(figure.text, "em", None), ("the survey", "link", "https://x.org/")]


def test_a_figure_of_a_quotation_is_a_quote() -> None:
    essay = md("# T\n\n<figure>\n<blockquote>Words worth keeping.</blockquote>\n<figcaption>A Person</figcaption>\n</figure>\n")
    (quote,) = essay.intro
    assert (quote.kind, quote.items) == ("quote", ("Words worth keeping. A Person",))


def test_a_long_markdown_essay_without_headings_is_split_at_its_rules() -> None:
    paragraph = " ".join(["The forests of the mountains keep the rain and the soil of the plains below."] * 20)
    opening = "\n\n".join([paragraph] * 3)  # 900 words, then the author's rule
    closing = "\n\n".join([paragraph.replace("forests", "woods")] * 4)  # 1,200 more
    essay = md(f"# The Forests\n\n{opening}\n\n***\n\n{closing}\n")
    assert essay.split_into_parts and len(essay.sections) == 2
    # The second part starts at the rule, not where 1,200 words run out.
    assert [b.text.startswith("The woods") for s in essay.sections for b in s.blocks] == [False] * 3 + [True] * 4


SCRAPED = """---
title: "Paroles d’un révolté/Aux jeunes gens"
url: http://fr.wikisource.org/wiki/Paroles
---
\\

 {#AUX_JEUNES_GENS}

AUX JEUNES GENS

\\

I

\\

C'est aux jeunes gens que je veux parler aujourd'hui. Que les vieux mettent donc le volume de côté.

II

Vous avez terminé vos études, et vous vous demandez ce que vous allez faire de votre vie.

III

Et maintenant, le moment est venu de choisir.
"""


def test_a_page_scraped_to_markdown_reads_without_its_traces() -> None:
    essay = md(SCRAPED)
    assert essay.title == "Aux jeunes gens"  # the page path's last part, which the page repeats
    assert ("From", "Paroles d’un révolté") in [(m.label, m.value) for m in essay.meta]
    assert [s.heading for s in essay.sections] == ["I", "II", "III"]  # numbers alone were its headings
    text = " ".join(b.text for s in essay.sections for b in s.blocks)
    assert "\\" not in text and "{#" not in text and "AUX JEUNES GENS" not in text


def test_a_title_with_a_slash_that_the_page_does_not_repeat_stays_whole() -> None:
    essay = md(SCRAPED.replace("AUX JEUNES GENS", "Preface"))
    assert essay.title == "Paroles d’un révolté/Aux jeunes gens"


def test_numbers_that_do_not_count_up_are_prose() -> None:
    essay = md("# Title\n\nThe count began.\n\n3\n\nIt went on.\n\n7\n\nThen it stopped.\n")
    assert essay.sections == () and [b.text for b in essay.intro][1] == "3"


BOOK = """\
---
title: "A Short Book"
author: "Ana Lima"
---

**Evaluation Only. Created with a converter.**
## **The Project Gutenberg eBook of A Short Book, by Ana Lima**
This ebook is for the use of anyone anywhere.

**Title**: A Short Book

\\*\\*\\* START OF THE PROJECT GUTENBERG EBOOK A SHORT BOOK \\*\\*\\*

Produced by Rita Farinha and the Online Distributed

Proofreading Team at http://www.pgdp.net
# **A SHORT BOOK**
##### **NOVA EDIÇÃO**
## **A SHORT BOOK**
##### **POR**
##### **ANA LIMA**
1880
## **PREFACIO**
O assumpto aqui tratado tem duas physionomias, uma para risos e outra para critica sisuda, como se verá adiante [1].

Outro paragrapho da obra, que continua a discussão sem pressa nenhuma e chega ao fim [2].

Notas:

[1] Uma nota do autor.

[2] Outra nota.

End of Project Gutenberg's A Short Book, by Ana Lima

\\*\\*\\* END OF THE PROJECT GUTENBERG EBOOK A SHORT BOOK \\*\\*\\*

## **THE FULL PROJECT GUTENBERG LICENSE**
Licence text.
"""


def test_a_gutenberg_book_converted_to_markdown_is_read_as_the_book() -> None:
    essay = md(BOOK)
    assert essay.title == "A short book"  # Portuguese titles are in sentence case (titlecase.py)
    assert [s.heading for s in essay.sections] == ["Prefacio"]
    text = " ".join(b.text for s in essay.sections for b in s.blocks)
    for boilerplate in ("Gutenberg", "Proofreading", "Evaluation", "Licence text", "POR", "Notas"):
        assert boilerplate not in text, boilerplate
    assert [(n.key, n.text) for n in essay.notes] == [("1", "Uma nota do autor."), ("2", "Outra nota.")]
    rules = {r.rule for r in essay.removed}
    assert {"Project Gutenberg header", "Project Gutenberg credit", "Project Gutenberg licence and footer", "title page set as headings"} <= rules


def test_bracketed_paragraphs_are_notes_only_when_the_text_cites_them() -> None:
    essay = md("# Title\n\nA paragraph of prose that cites nothing at all, from start to end.\n\n[1] Not a note: nothing cites it.\n")
    assert essay.notes == ()
    assert "[1] Not a note" in " ".join(b.text for b in essay.intro)


def test_a_heading_on_two_lines_of_different_sizes_is_one_heading_and_a_subsection_stays_one() -> None:
    essay = md(f"# Title\n\n## PREFACE\n##### TO THE NEW EDITION\n\n{BODY}\n\n## Part two\n### A subsection\n\n{BODY}\n")
    assert [s.heading for s in essay.sections] == ["PREFACE TO THE NEW EDITION", "Part two"]
    assert [sub.heading for sub in essay.sections[1].subsections] == ["A subsection"]


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("Ian Cook, David Li, Matt Topol", ["Ian Cook", "David Li", "Matt Topol"]),
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Doe, Jane", ["Doe, Jane"]),  # a surname written first is one name
        ("Procter & Gamble", ["Procter & Gamble"]),
    ],
)
def test_an_author_string_that_lists_names_is_several_authors(author: str, names: list[str]) -> None:
    essay = md(f"---\ntitle: T\nauthor: {author}\n---\n\n{BODY}\n")
    assert [m.value for m in essay.meta if m.label == "Author"] == names


def test_a_heading_that_skips_levels_is_a_subsection_and_its_peers_are_siblings() -> None:
    essay = md("---\ntitle: T\n---\n\n## Concerns\n\nText.\n\n#### First question?\n\nA.\n\n#### Second question?\n\nB.\n\n## Next\n\nC.\n")
    assert [(s.heading, [sub.heading for sub in s.subsections]) for s in essay.sections] == [
        ("Concerns", ["First question?", "Second question?"]),
        ("Next", []),
    ]


def test_a_summary_set_off_by_a_rule_is_the_dek() -> None:
    essay = md("---\ntitle: T\n---\n\nBeginning in September, we release every 8 weeks.\n\n---\n\nThe first paragraph of the body.\n\n## A section\n\nText.\n")
    assert essay.dek == "Beginning in September, we release every 8 weeks."
    assert [b.text for b in essay.intro] == ["The first paragraph of the body."]
    kept = md("---\ntitle: T\ndescription: From the front matter.\n---\n\nA first paragraph.\n\n---\n\nMore.\n")
    assert kept.dek == "From the front matter." and kept.intro[0].text == "A first paragraph."
    plain = md("---\ntitle: T\n---\n\nA first paragraph.\n\nA second.\n\n---\n\nMore.\n")
    assert plain.dek is None  # a rule further down sets nothing off


def test_a_line_break_between_chinese_characters_is_no_space() -> None:
    """Chinese and Japanese put no space between words: a line break in
    the source between two of their characters joins them, as CSS Text 3
    says a browser should (Chrome still shows a space). A break next to a
    Latin letter, or in Korean, which spaces its words, is a space."""
    essay = md("## 第一节\n\n这是第一行，\n第二行继续。[链接](https://example.com)\n很容易理解。\nwrap\n中文\n\n한국어 문장이\n이어집니다.\n")
    first, korean = essay.sections[0].blocks
    assert first.text == "这是第一行，第二行继续。链接很容易理解。 wrap 中文"
    assert first.text[first.marks_of(0)[0].start : first.marks_of(0)[0].end] == "链接"
    assert korean.text == "한국어 문장이 이어집니다."


@pytest.mark.parametrize("heading", ["## Footnotes", "## Notes", "Notes\n-----"])
def test_a_notes_heading_over_the_note_definitions_is_no_page(heading: str) -> None:
    essay = md(f"# T\n\nText one.[^1]\n\n## Middle\n\nText two.[^2]\n\n{heading}\n\n[^1]: The note.\n\n[^2]: Another note.\n")
    assert [s.heading for s in essay.sections] == ["Middle"]
    assert [n.text for n in essay.notes] == ["The note.", "Another note."]


def test_an_empty_section_inside_the_essay_stays() -> None:
    essay = md("# T\n\nText one.\n\n## Part One\n\n## Chapter\n\nText two.\n\n## Last\n\nText three.\n")
    assert [s.heading for s in essay.sections] == ["Part One", "Chapter", "Last"]


def test_an_mdx_components_alt_text_is_kept_as_a_pictures_words() -> None:
    """react.dev's `<Illustration alt=… />` and `<Diagram alt=…>` are pictures
    the site does not ship: their alt text stays, in italics, as a local
    image's does; a component without alt text shows nothing."""
    essay = md(
        '# T\n\nProse first.\n\n<Illustration alt="A browser painting [a still life]." src="/images/x.png" />\n\n'
        '<Diagram name="d" height={120} alt="Diagram with three sections">\n\nCaption words.\n\n</Diagram>\n\n<Sandpack />\n'
    )
    assert [(b.text, [m.kind for m in b.marks_of(0)]) for b in essay.intro] == [
        ("Prose first.", []),
        ("A browser painting [a still life].", ["em"]),
        ("Diagram with three sections", ["em"]),
        ("Caption words.", []),
    ]


@pytest.mark.parametrize(
    ("description", "dek"),
    [
        ("Today we are thrilled to launch the new site.", None),  # a translation keeps its original's description
        ("新しいサイトを公開しました。", "新しいサイトを公開しました。"),  # kanji-led, and Japanese all the same
    ],
)
def test_a_description_in_another_script_is_no_subtitle(description: str, dek: str | None) -> None:
    body = "本日、新しいホームとなるサイトの立ち上げを発表することができ、大変うれしく思います。" * 3
    essay = md(f"---\ntitle: ご紹介\ndescription: {description}\n---\n\n{body}\n\n## 次に\n\n{body}\n")
    assert (essay.language, essay.dek) == ("ja", dek)


def test_a_bare_url_is_a_link_in_the_text_and_in_a_note() -> None:
    """As GitHub shows it; a domain without its scheme stays text, and a
    bare javascript: "URL" is no link."""
    essay = md(
        "# T\n\nSee http://example.org/x, example.org and javascript:alert(1) too.[^1]\n\n"
        "[^1]: http://software-carpentry.org/blog/2015/09/thinking.html\n"
    )
    (block,) = essay.intro
    assert [(block.text[m.start : m.end], m.href) for m in block.marks_of(0) if m.kind == "link"] == [
        ("http://example.org/x", "http://example.org/x"),
    ]
    (note,) = essay.notes
    assert [(m.kind, m.href) for _, marks in note.paragraphs() for m in marks] == [
        ("link", "http://software-carpentry.org/blog/2015/09/thinking.html"),
    ]


def test_a_notes_heading_inside_the_essay_is_no_page_either() -> None:
    essay = md(
        "# T\n\n## Introduction\n\nEvery partner has needs[^1].\n\n## Footnotes\n\n[^1]: We learned much.\n\n"
        "## Acknowledgements\n\nThe author wishes to thank Brent Gorda.\n"
    )
    assert [s.heading for s in essay.sections] == ["Introduction", "Acknowledgements"]


def test_a_rule_between_passages_is_a_scene_break_and_one_over_a_heading_is_not() -> None:
    """`---` or `***` between two passages is the author's break; a rule
    under the summary makes it the dek; one over a heading, or closing the
    essay, separates nothing a heading does not."""
    essay = md(
        "---\ntitle: Passages\n---\n\nA summary of the whole post, set off by a rule.\n\n---\n\n"
        "The first passage has words of its own.\n\n***\n\nThe second passage goes on a while.\n\n---\n\n"
        "## A heading after a rule\n\nText under the heading.\n\n---\n"
    )
    assert essay.dek == "A summary of the whole post, set off by a rule."
    assert [b.text for b in essay.intro] == ["The first passage has words of its own.", "* * *", "The second passage goes on a while."]
    assert [b.text for b in essay.sections[0].blocks] == ["Text under the heading."]


def test_a_first_section_headed_abstract_is_the_dek() -> None:
    essay = md("# Lessons Learned\n\n## Abstract\n\nSince 1998 the course has grown.\n\n## 1) Introduction\n\nIn January 2012, a post.\n")
    assert (essay.dek, [s.heading for s in essay.sections]) == ("Since 1998 the course has grown.", ["1) Introduction"])
    kept = md("# T\n\n## Abstract\n\nOne paragraph.\n\nAnd a second one.\n\n## Next\n\nText.\n")
    assert (kept.dek, [s.heading for s in kept.sections]) == (None, ["Abstract", "Next"])  # a section of its own, as written


def test_front_matter_lang_names_the_language_and_escapes_are_read() -> None:
    """A German post with a long English tail is German when its front
    matter says so; a description written with Markdown's escapes shows
    no backslash."""
    german = "Was macht Ihr Projekt interessant? Beschreiben Sie Ihr Projekt klar."
    english = "The best way to invite people to your project is to contribute to their projects. " * 4
    text = f"---\nlang: de-DE\ntitle: Nutzer\\*innen finden\ndescription: Für Anwender\\*innen, mit \\_Liebe\\_.\n---\n\n## Eins\n\n{german}\n\n## Two\n\n{english}\n"
    essay = md(text)
    assert (essay.language, essay.title, essay.dek) == ("de", "Nutzer*innen finden", "Für Anwender*innen, mit _Liebe_.")
    assert md(text.replace("lang: de-DE\n", "")).language == "en"
    assert md(text.replace("lang: de-DE", "lang: 42")).language == "en"  # not a language: the text decides
