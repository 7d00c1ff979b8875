"""Format detection, the Gutenberg, Aozora and web page readers, and the title
block, on small inline inputs."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import pytest

from essay_site.formats import parse
from essay_site.formats.detect import detect
from essay_site.model import Essay
from essay_site.read import source_text
from helpers import paragraph

P1, P2, P3 = paragraph(60, "Alpha"), paragraph(70, "Beta"), paragraph(80, "Gamma")
NEWS_PAGE = Path(__file__).parent / "fixtures" / "formats" / "news_page.txt"


def text_of(text: str, name: str = "essay.txt") -> Essay:
    return parse(source_text(f"seeds/{name}", "essay", textwrap.dedent(text).strip("\n")))


def meta(essay: Essay) -> list[tuple[str, str]]:
    return [(m.label, m.value) for m in essay.meta]


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("Title\n\nSome text.", "a.md", "markdown"),
        ("---\ntitle: X\n---\n\nText.", "a.txt", "markdown"),
        ("+++\ntitle = 'X'\n+++\n\nText.", "a.txt", "markdown"),
        ("# One\n\nText.\n\n## Two\n\nText.", "a.txt", "markdown"),
        ("# A Title With a Stray Hash\n\nPlain text follows.", "a.txt", "plain"),
        ("---\n\nA rule of dashes, then prose.\n\n---", "a.txt", "plain"),
        ("Header\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\nText", "a.txt", "gutenberg"),
        ("Title\n\nJust prose here.", "a.txt", "plain"),
    ],
)
def test_detect(text: str, name: str, found: str) -> None:
    assert detect(source_text(f"seeds/{name}", "a", text)).format == found


def test_an_essay_with_underlined_headings_is_no_copied_web_page() -> None:
    """Labels above and below one run of prose looked like page chrome, and
    the title, the opening and the references were removed as a site's menu
    and footer. A browser never types a heading's underline."""
    essay = text_of(
        f"How Astropy Decides\n===================\n\nA short survey.\n\nKey people\n----------\n\nThe committee oversees it.\n\n"
        "Regular decision process\n------------------------\n\nCode-level decisions\n~~~~~~~~~~~~~~~~~~~~\n\n"
        "The core package is organized as sub-packages. Each sub-package has an official maintainer as well as one or"
        " more deputies, who are responsible for ensuring code is reviewed.\n\n"
        "When there is specific disagreement, majority vote of those who are involved in the discussion determines the"
        " winner, with the committee called on to break ties.\n\n"
        "Non-code decisions are usually announced on the mailing list with a vote-by-message format, or an \"if there"
        " are no objections\" message for highly uncontroversial items.\n\n"
        "Voting usually involves either the +1/-1 format on GitHub or the mailing list. Any interested person can vote"
        " regardless of their official role in the project.\n\n"
        "References\n----------\n\nAstropy roles and responsibilities\nhttps://www.astropy.org/team.html\n"
        "Astropy Proposals for Enhancement\nhttps://github.com/astropy/astropy-APEs\n"
    )
    assert (essay.format, essay.title) == ("plain", "How Astropy Decides")
    assert [s.heading for s in essay.sections] == ["Key people", "Regular decision process", "References"]
    assert [s.heading for s in essay.sections[1].subsections] == ["Code-level decisions"]
    assert not essay.removed


def test_a_plain_texts_metadata_header_is_its_title_block() -> None:
    """A PEP or an e-mail opens on `Key: value` lines: the title had been
    "Title: Open Source Governance Survey", label and all."""
    essay = text_of(
        "Title: Open Source Governance Survey\nAuthor: Barry Warsaw <barry@python.org>,\n"
        f"        Carol Willing <willingc@gmail.com>\nDate: 24 August 2018\n\n{P1}\n\n{P2}\n"
    )
    assert (essay.format, essay.title) == ("plain", "Open Source Governance Survey")
    assert [(f.label, f.value) for f in essay.meta] == [("Author", "Barry Warsaw"), ("Author", "Carol Willing"), ("Date", "24 August 2018")]
    assert [b.text for b in essay.intro] == [P1, P2]


def test_a_copied_pages_heading_links_are_no_part_of_the_headings() -> None:
    """A theme sets "»" before each heading as its link: the title and
    headings had kept it, in the nav and the contents too."""
    page = (
        "Home\nArchive\nAbout\nRSS\nSearch\nTags\n\n» Documents Should Stay Documents\n\n"
        "The web of today is very different from the web of twenty years ago, and it changes more with every year"
        " that goes by. It is easy to look at the bright side of progress, and it is reassuring to do so.\n\n"
        "» What changed\n\nPages started to ship scripts, and the document became a program that every visitor"
        " has to run and to trust, whether or not they wanted to read anything more than a page of text.\n\n"
        "» What to do\n\nBlock scripts by default, and allow them only for the few sites that you trust and"
        " know well. Read the page, not the program, and ask the people who write for the web to do the same.\n\n"
        "Comments\nLeave a reply\nPrevious post\nNext post\nPowered by a blog engine\nBack to top\n"
    )
    essay = text_of(page)
    assert essay.format == "webpage"
    assert essay.title == "Documents Should Stay Documents"
    assert [s.heading for s in essay.sections] == ["What changed", "What to do"]
    # A paragraph opening with the same sign keeps it: a law's "§ 1 regelt…".
    statute = page.replace("Pages started", "» Pages started").replace("Block scripts", "» Block scripts")
    paragraphs = [b.text for s in text_of(statute).sections for b in s.blocks]
    assert paragraphs[0].startswith("» Pages started") and paragraphs[1].startswith("» Block scripts")


def test_restructuredtexts_inline_markup_reads_as_its_page_shows_it() -> None:
    """A PEP saved as text: `words <url>`__ had shown its address and its
    underscores, and two of them had paired up as italics over the sentence between."""
    essay = text_of(
        "A Title\n\nSee :pep:`8012` and `the survey <https://example.org/s>`__, and `the other <https://example.org/o>`__"
        " too, with _real italics_, ``git log`` and :term:`docs`.\n"
    )
    (block,) = essay.intro
    text = block.items[0]
    assert text == "See PEP 8012 and the survey, and the other too, with real italics, git log and docs."
    # An old text's quotation set with backticks and apostrophes is no code.
    quoted = text_of("A Title\n\n``Yes,'' he said. ``No,'' she said, and ``so'' it went.\n").intro[0]
    assert quoted.items == ("``Yes,'' he said. ``No,'' she said, and ``so'' it went.",) and not quoted.marks_of(0)
    assert [(text[m.start : m.end], m.kind, m.href) for m in block.marks_of(0)] == [
        ("the survey", "link", "https://example.org/s"), ("the other", "link", "https://example.org/o"),
        ("real italics", "em", None), ("git log", "code", None),
    ]


def test_a_restructuredtext_literal_block_is_code_and_its_colons_read_as_one() -> None:
    essay = text_of(
        "A Title\n\nThese can be specified as follows::\n\n    def x(a):\n        return a\n\n"
        "A ratio of 3::1 stays.\n\nAn expanded form ::\n\n    Some literal text\n    kept as set\n"
    )
    assert [(b.kind, b.text) for b in essay.intro] == [
        ("paragraph", "These can be specified as follows:"), ("code", "def x(a):\n    return a"),
        ("paragraph", "A ratio of 3::1 stays."), ("paragraph", "An expanded form"), ("code", "Some literal text\nkept as set"),
    ]


def test_restructuredtext_footnotes_are_the_notes() -> None:
    """"[#]_" had shown as written, and ".. [#] …" as a paragraph."""
    essay = text_of(
        "A Title\n\nThe web began with documents [#]_ and grew [#tracking]_ from there, as noted [#]_ and [7]_.\n\n"
        f"{P1}\n\n.. [#] Tim Berners-Lee, the proposal.\n.. [#tracking] Trackers came later.\n.. [#] Another note.\n"
        ".. [7] A note numbered by hand.\n"
    )
    assert essay.intro[0].text == "The web began with documents [1] and grew [2] from there, as noted [3] and [7]."
    assert [(n.key, n.text) for n in essay.notes] == [
        ("1", "Tim Berners-Lee, the proposal."), ("2", "Trackers came later."), ("3", "Another note."), ("7", "A note numbered by hand."),
    ]


def test_an_e_mails_header_gives_the_title_author_and_date() -> None:
    """A mailing-list essay: its title had been "From: Junio C Hamano <…>",
    and "To:" its only section."""
    essay = text_of(
        "From: Junio C Hamano <gitster@pobox.com>\nTo: git@vger.kernel.org\nCc: Petr Baudis <pasky@example.cz>\n"
        "Subject: Re: [PATCH] sending changesets from the middle of a git tree\nDate: Sun, 14 Aug 2005 18:53:29 -0700\n\n"
        f"{P1}\n\n{P2}\n"
    )
    assert essay.title == "sending changesets from the middle of a git tree"
    assert [(f.label, f.value) for f in essay.meta] == [("Author", "Junio C Hamano"), ("Date", "2005-08-14")]
    assert [b.text for b in essay.intro] == [P1, P2]


def test_a_peps_header_with_keys_of_its_own_is_read() -> None:
    essay = text_of(
        "PEP: 8012\nTitle: The Garden Governance Model\nAuthor: Jane Doe <jane@example.org>, John Roe\n"
        "Status: Rejected\nType: Informational\nTopic: Governance\nCreated: 03-Oct-2018\n\n"
        f"{P1}\n\n{P2}\n"
    )
    assert essay.title == "The Garden Governance Model"
    assert [(f.label, f.value) for f in essay.meta] == [("Author", "Jane Doe"), ("Author", "John Roe"), ("Date", "2018-10-03")]


def test_a_plain_texts_addresses_are_links() -> None:
    """E-mail writes "<http://…>"; a bare address is a link too, its closing
    full stop not. "example.org" in a sentence and "javascript:" stay text."""
    essay = text_of(
        "Links in Plain Text\n\nSee <http://example.org/stgit> and http://example.org/bare. Write to mailto:jane@example.org,"
        " not javascript:alert(1) or example.org, _as https://example.org/it says_.[1]\n\n[1] Sources: https://example.org/notes.\n"
    )
    (block,) = essay.intro
    text = block.items[0]
    assert text.startswith("See http://example.org/stgit and http://example.org/bare. Write to mailto:jane@example.org,")
    links = [(text[m.start : m.end], m.href) for m in block.marks_of(0) if m.kind == "link"]
    assert links == [
        ("http://example.org/stgit", "http://example.org/stgit"), ("http://example.org/bare", "http://example.org/bare"),
        ("mailto:jane@example.org", "mailto:jane@example.org"), ("https://example.org/it", "https://example.org/it"),
    ]
    assert [text[m.start : m.end] for m in block.marks_of(0) if m.kind == "em"] == ["as https://example.org/it says"]
    ((note_text, note_marks),) = essay.notes[0].paragraphs()
    assert [(note_text[m.start : m.end], m.href) for m in note_marks] == [("https://example.org/notes", "https://example.org/notes")]


def test_the_format_and_language_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "essay_site")
    text_of(f"Title\n\n{P1}")
    assert "seeds/essay.txt: format plain (" in caplog.text
    assert "seeds/essay.txt: language en (" in caplog.text


GUTENBERG = f"""
The Project Gutenberg EBook of Walking, by Somebody

This eBook is for the use of anyone anywhere at no cost.

Title: Walking

*** START OF THIS PROJECT GUTENBERG EBOOK WALKING ***




Produced by A Volunteer and the Online
Distributed Proofreading Team



WALKING

BY JANE AUSTEN-SMITH

1862


{P1}

{P2}

End of the Project Gutenberg EBook of Walking

*** END OF THIS PROJECT GUTENBERG EBOOK WALKING ***

Section 5. General Information About Project Gutenberg-tm electronic works.
"""


def test_gutenberg_boilerplate_is_removed_with_line_ranges(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "essay_site")
    essay = text_of(GUTENBERG)
    assert (essay.format, essay.title) == ("gutenberg", "Walking")
    assert meta(essay) == [("Author", "Jane Austen-Smith"), ("Date", "1862")]
    assert [(r.first_line, r.last_line, r.rule) for r in essay.removed] == [
        (1, 7, "Project Gutenberg header"),
        (12, 13, "Project Gutenberg credit"),
        (28, 32, "Project Gutenberg licence and footer"),
    ]
    assert [b.text for b in essay.intro] == [P1, P2]
    assert "seeds/essay.txt:1-7: removed Project Gutenberg header" in caplog.text


def test_aozora_legend_ruby_and_colophon() -> None:
    essay = text_of(
        """
        題名
        著者名

        -------------------------------------------------------
        【テキスト中に現れる記号について】

        《》：ルビ
        -------------------------------------------------------

        　私は尋常｜茶飯事《さはんじ》の中に疑点を認めた。これは本文である。［＃「本文」に傍点］
        　二つ目の段落もここにある。長い文章を書いておく。

        底本：「全集」岩波書店
        入力：誰か
        """
    )
    assert (essay.format, essay.title, essay.language) == ("plain", "題名", "ja")
    assert meta(essay) == [("Author", "著者名")]
    body = " ".join(b.text for b in essay.intro) + " ".join(b.text for s in essay.sections for b in s.blocks)
    assert "尋常茶飯事の中に" in body and "《" not in body and "［＃" not in body
    assert [r.rule for r in essay.removed] == ["Aozora Bunko notation legend", "Aozora Bunko colophon"]


@pytest.mark.parametrize(
    ("colophon", "date"),
    [
        ("初出：「新潮　第四十三巻第四号」\n　　1946（昭和21）年4月1日発行", "1946-04-01"),
        ("初出：「文藝」1933（昭和8）年10月", "1933年10月"),
        ("初出：「思想」", None),  # no date: none is made up
    ],
)
def test_aozora_first_printing_in_the_colophon_dates_the_essay(colophon: str, date: str | None) -> None:
    legend = "-" * 55 + "\n【テキスト中に現れる記号について】\n\n《》：ルビ\n" + "-" * 55
    essay = text_of(f"題名\n著者名\n\n{legend}\n\n　本文の段落である。\n\n底本：「全集」筑摩書房\n　　1998（平成10）年5月22日初版第1刷発行\n{colophon}\n入力：誰か\n")
    assert [f.value for f in essay.meta if f.label == "Date"] == ([date] if date else [])


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # A note inside a note: the editor's remark on the source edition, naming a character in it.
        ("蜿蜒《えんえん》［＃「蜿蜒」は底本では「蜿※［＃「虫＋廷」、第4水準2-87-52］」］たる流れ。", "蜿蜒たる流れ。"),
        ("※［＃「てへん＋劣」、第3水準1-84-77］る。", "挘る。"),  # JIS X 0213 plane 1
        ("※［＃「虫＋廷」、第4水準2-87-52］の羽。", "蜓の羽。"),  # plane 2
        ("※［＃「口＋世」、U+546D、ページ数-行数］く。", "呭く。"),  # named by code point
        ("※［＃「不明」、第3水準1-99-99］と※［＃「不明」、U+D800］。", "※と※。"),  # names no character: the mark stays
    ],
)
def test_aozora_notes_nested_and_characters_they_name(line: str, read: str) -> None:
    legend = "-" * 55 + "\n【テキスト中に現れる記号について】\n\n《》：ルビ\n" + "-" * 55
    essay = text_of(f"題名\n著者名\n\n{legend}\n\n　{line}これは本文の段落である。\n\n底本：「全集」岩波書店\n")
    assert essay.format == "plain" and [r.rule for r in essay.removed] == ["Aozora Bunko notation legend", "Aozora Bunko colophon"]
    assert essay.intro[0].text == f"{read}これは本文の段落である。"


def test_a_page_copied_from_a_browser_keeps_the_essay_only() -> None:
    essay = parse(source_text("seeds/page.txt", "page", NEWS_PAGE.read_text(encoding="utf-8")))
    assert essay.format == "webpage"
    assert essay.title == "The Quiet Economics of Public Libraries"
    assert essay.dek and essay.dek.startswith("Why the most ordinary building")
    assert meta(essay) == [("Author", "Maria Ostrowska"), ("Date", "April 5, 2018 | 6:00 PM")]
    assert [s.heading for s in essay.sections] == ["What the numbers miss", "A building that belongs to everyone"]
    paragraphs = [b.text for b in essay.intro] + [b.text for s in essay.sections for b in s.blocks]
    assert len(paragraphs) == 6 and paragraphs[0].startswith("When a town council")
    everything = " ".join(paragraphs)
    for chrome in ("Jump to navigation", "Share on Facebook", ".jpg", "Leave a comment", "Jonas Berg", "Privacy policy", "Reply"):
        assert chrome not in everything
    assert [(r.first_line, r.last_line) for r in essay.removed] == [(1, 13), (18, 22), (31, 59)]


BLOG_PROSE = [
    "I have run my own small servers for many years, and over that time I have come to prefer the ones that"
    " stay quiet. A quiet server is one that does its work and asks nothing of me from one month to the next.",
    "The software on them is old and dull, which is the point of it. When something is dull it has been used"
    " by a great many people before me, and most of the ways it can fail are known and written down somewhere.",
    "So I update them when there is a reason to, and not before. That is the whole of my method, and it has"
    " served me well for a long time, even if it is not the kind of thing that people write about very often.",
]
SMALL_BLOG = "example.github.io/blog\n\nMenu:\nHome\nIntroduction\nPrevious blog post\nMost recent post\n" + (
    "example.is-a-geek.com\nI Like Quiet Servers\n\n" + "\n\n".join(BLOG_PROSE) + "\n\nContact me by  or using social media\n\n"
    "©Jane Roe & example.github.io/blog, 2020.\n\n"
    "This blog is licensed under a Creative Commons Attribution 4.0 International License.\n\n"
    "Original design by someone else\n"
)


def test_a_small_blog_page_with_a_copyright_footer_is_a_page() -> None:
    """Two footer lines, one a copyright notice, are chrome enough; the
    licence sentence after the notice is no part of the essay; and the title
    is the line nearest the essay, not the longer menu item above it."""
    essay = text_of(SMALL_BLOG)
    assert (essay.format, essay.title, essay.sections) == ("webpage", "I Like Quiet Servers", ())
    assert [b.text for b in essay.intro] == BLOG_PROSE


SIDEBAR_BLOG = (
    "Jane Roe\n\nContact\nBlog\nInterviews / Articles\nSoftware\nTag Cloud\nadvocacy\ncompliance\nconferences\n"
    "Powered by\nA Very Old Fork of Jekyll \"Source Code\" for this site\nOn Quiet Servers and Loud Ones\n\n"
    "Tuesday 15 October 2019 by Jane Q. Roe\n\n" + "\n\n".join(BLOG_PROSE) + "\n\n"
    "Posted on Tuesday 15 October 2019 at 09:11 by Jane Q. Roe.\n\nSubmit comments on this post to <jane@example.org>.\n\n"
    "← Previous: Chasing Quick Fixes\n\nThis website is licensed under a Creative Commons licence.\n\n#include <std/disclaimer.h>\n\n"
    "Tags\nservers\nquiet\n"
)


def test_a_title_right_under_the_sidebar_and_a_byline_after_its_date() -> None:
    """The byline names its author after the date ("Tuesday 15 October 2019
    by Jane Q. Roe"): the line above it is the title, though it looks like a
    name too and has no blank line over it; the post's own footer goes."""
    essay = text_of(SIDEBAR_BLOG)
    assert (essay.format, essay.title) == ("webpage", "On Quiet Servers and Loud Ones")
    assert meta(essay) == [("Author", "Jane Q. Roe"), ("Date", "Tuesday 15 October 2019")]
    assert [b.text for b in essay.intro] == BLOG_PROSE


SURVEY_PAGE = (
    "Home\nBlog\nInsights\nPricing\nSign in\n3 surprising findings from our reader survey\nPublished on: June 25, 2024\n\n"
    "This year, our readers told us how they read, where they read, and what they want from us next.\n\n{name}\n\n"
    + "\n\n".join(BLOG_PROSE) + "\n\nShare this article\nSign up for our newsletter\nMore to explore\nRead the blog\n"
    "Get free trial\nTalk to an expert\n"
)


def test_a_headline_may_open_with_a_number_and_a_name_under_the_standfirst_is_the_author() -> None:
    """GitLab's "3 surprising findings…" had lost its title (sentence case
    after the number), and "Dave Steer" under the standfirst had become a
    section of its own."""
    essay = text_of(SURVEY_PAGE.format(name="Dave Steer"))
    assert (essay.format, essay.title, essay.sections) == ("webpage", "3 surprising findings from our reader survey", ())
    assert meta(essay) == [("Author", "Dave Steer"), ("Date", "June 25, 2024")]
    assert "Dave Steer" not in " ".join(b.text for b in essay.intro)


def test_a_heading_under_the_standfirst_is_no_author() -> None:
    """The essay writes "the ways it can fail" in lower case: "Ways It Can
    Fail" over it is a heading, not a name."""
    essay = text_of(SURVEY_PAGE.format(name="Ways It Can Fail"))
    assert all(field.label != "Author" for field in essay.meta)


FRENCH_PROSE = [
    "Les conseillers municipaux ont voté mardi, à une large majorité, le nouveau plan pour les bibliothèques de la ville.",
    "Le texte sera désormais examiné par la préfecture, puis présenté aux habitants lors d'une réunion publique en juin.",
    "Ce projet, critiqué par plusieurs associations pour son coût, entend ouvrir les salles de lecture le dimanche matin.",
]
NEWS_COPY = (
    "Accueil\nInternational\nPolitique\nSociété\nPixels\nVie en ligne\nJeux vidéo\nCultures Web\n"
    "Le plan pour les bibliothèques largement approuvé au conseil municipal\n\n"
    "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger\n\n"
    + "\n\n".join(FRENCH_PROSE[:2]) + "\n\nLes boîtes noires\n\n" + FRENCH_PROSE[2] + "\n\n"
    "Martin Untersinger\nJournaliste au Monde Suivre Aller sur la page de ce journaliste\n\n"
    "Abonnez-vous à partir de 1 €\nIndex actualité : A B C D\n© Le Monde.fr | CGV | Mentions légales\nEn Continu\n"
)


def test_a_news_pages_long_headline_over_its_byline_is_the_title_and_its_author_box_goes() -> None:
    """Le Monde's headline reads as prose, so the essay's run opened with
    it: the title had been the menu's last item, "Cultures Web"; the
    journalist's box after the article had been its last section."""
    essay = text_of(NEWS_COPY)
    assert (essay.format, essay.title) == ("webpage", "Le plan pour les bibliothèques largement approuvé au conseil municipal")
    assert meta(essay) == [("Author", "Martin Untersinger"), ("Date", "04.05.2015")]
    assert [s.heading for s in essay.sections] == ["Les boîtes noires"]
    assert "Journaliste" not in " ".join(b.text for s in essay.sections for b in s.blocks)


LEAD = (
    "Mozilla is a community that makes free software, founded in 1998 by people from Netscape, and it"
    " builds a web browser, a mail client and the tools that other projects share.[1]"
)
WIKI_COPY = f"""Main page
Contents
Mozilla
From Wikipedia, the free encyclopedia
Jump to: navigation, search
See also: Mozilla Foundation
Mozilla

Industry\tOpen-source software
Website\twww.mozilla.org

{LEAD}

Contents
1 History
1.1 Eich CEO promotion controversy
2 Software
3 References

History[edit]

{BLOG_PROSE[0]}[2]

Eich CEO promotion controversy[edit]

{BLOG_PROSE[1]}[citation needed]

Software[edit]
Main article: Firefox

{BLOG_PROSE[2]}

See also[edit]
\tFree software portal
The Book of Mozilla
References[edit]
^ For exceptions, see "Values" section below
^ a b "About the Mozilla Corporation". Mozilla Foundation. Retrieved 2016-05-01.
v
t
e
Mozilla
Retrieved from "https://en.wikipedia.org/w/index.php?title=Mozilla"
Categories:
Mozilla
This page was last modified on 28 October 2016, at 06:56.
Privacy policy
"""


def test_an_article_copied_from_wikipedia_is_its_text_headings_and_notes() -> None:
    """A copied Wikipedia article had been read as plain text: 164
    paragraphs of frame, "History[edit]" as prose, sections named "1" and
    "4" from its navigation boxes, and "Retrieved" a glossary term."""
    essay = text_of(WIKI_COPY)
    assert (essay.format, essay.title) == ("webpage", "Mozilla")
    assert [b.text for b in essay.intro] == [LEAD]
    assert [(s.heading, [sub.heading for sub in s.subsections]) for s in essay.sections] == [
        ("History", ["Eich CEO promotion controversy"]), ("Software", []),
    ]
    assert [(n.key, n.text) for n in essay.notes] == [
        ("1", 'For exceptions, see "Values" section below'),
        ("2", '"About the Mozilla Corporation". Mozilla Foundation. Retrieved 2016-05-01.'),
    ]
    everything = " ".join(b.text for s in essay.sections for b in s.all_blocks())
    for frame in ("[edit]", "citation needed", "Main article", "Book of Mozilla", "Retrieved from", "Privacy policy"):
        assert frame not in everything


def test_a_french_wikipedia_article_is_read_as_the_english_one() -> None:
    french = (
        WIKI_COPY.replace("From Wikipedia, the free encyclopedia", "De Wikipédia, l'encyclopédie libre")
        .replace("[edit]", "[modifier | modifier le code]").replace("\nContents\n1 History", "\nSommaire\n1 History")
        .replace("See also[modifier | modifier le code]", "Voir aussi[modifier | modifier le code]")
        .replace("References[modifier | modifier le code]", "Notes et références[modifier | modifier le code]")
    )
    essay = text_of(french)
    assert [(s.heading, [sub.heading for sub in s.subsections]) for s in essay.sections] == [
        ("History", ["Eich CEO promotion controversy"]), ("Software", []),
    ]
    assert len(essay.notes) == 2


def test_an_article_copied_without_the_wikis_frame_is_read_the_same() -> None:
    article = WIKI_COPY.split("Jump to: navigation, search\n", 1)[1].split("v\nt\ne\n")[0]
    essay = text_of(article)
    assert (essay.title, [s.heading for s in essay.sections]) == ("Mozilla", ["History", "Software"])
    assert len(essay.notes) == 2


def test_an_essay_with_a_short_title_block_and_long_notes_is_no_page() -> None:
    notes = "\n".join(f"{n}. Ibid., page {n * 7}" for n in range(1, 30))
    essay = text_of(f"THE TITLE\n\n(II, 10)\n\n{P1}\n\n{P2}\n\n{P1}\n\n{notes}\n")
    assert essay.format == "plain"


@pytest.mark.parametrize(
    ("text", "title", "dek", "fields"),
    [
        # capitals, a subtitle wrapped over lines, a byline with an honorific, a year
        (f"A MODEST PROPOSAL\n\nFor preventing the children\nof poor people from being a burden.\n\nby Dr. Jonathan Swift\n\n1729\n\n{P1}",
         "A Modest Proposal", "For preventing the children of poor people from being a burden", [("Author", "Jonathan Swift"), ("Date", "1729")]),
        # the author's name above a title in capitals, with no blank line between
        (f"Maxim Gorky\nTHE CITY OF THE YELLOW DEVIL\n{P1}", "The City of the Yellow Devil", None, [("Author", "Maxim Gorky")]),
        # a subtitle in capitals is shown as the title is
        (f"A LETTER TO A HINDU\n\nTHE SUBJECTION OF INDIA--ITS CAUSE AND CURE\n\nby Leo Tolstoy\n\n{P1}",
         "A Letter to a Hindu", "The Subjection of India--Its Cause and Cure", [("Author", "Leo Tolstoy")]),
        # a title page spread over lines
        (f"UTILITARIANISM\n\nBY\n\nJOHN STUART MILL\n\nSEVENTH EDITION\n\nLONDON\n\nLONGMANS, GREEN, AND CO.\n\n1879\n\n{P1}",
         "Utilitarianism", None,
         [("Author", "John Stuart Mill"), ("Edition", "Seventh Edition"), ("Publisher", "London, Longmans, Green, and Co."), ("Date", "1879")]),
        # a bracketed editor's note; a BOM and a stray Markdown hash
        (f"\ufeff# MANIFESTO OF THE PARTY\n\n[From the English edition of 1888]\n\n{P1}", "Manifesto of the Party", None,
         [("Note", "From the English edition of 1888")]),
        # a byline without "By", known by its date; a date with a time
        (f"The Title\n\nJane Doe\nApril 5, 2018 | 6:00 PM\n\n{P1}", "The Title", None, [("Author", "Jane Doe"), ("Date", "April 5, 2018 | 6:00 PM")]),
        (f"The Title\n\nFebruary 2021\n\n{P1}", "The Title", None, [("Date", "February 2021")]),
        (f"The Title\n\nPublished 2021-02-03T10:00:00Z\n\n{P1}", "The Title", None, [("Date", "2021-02-03T10:00:00Z")]),
        (f" On Duty\n\n by Henry Thoreau\n\n 1849, original title: Resistance\n\n{P1}", "On Duty", None,
         [("Author", "Henry Thoreau"), ("Date", "1849"), ("Note", "original title: Resistance")]),
        # prose that starts like a byline stays prose
        (f"The Title\n\nBy the time we arrived, the river had risen over the road.\n\n{P1}", "The Title", None, []),
    ],
)
def test_title_block(text: str, title: str, dek: str | None, fields: list[tuple[str, str]]) -> None:
    essay = text_of(text)
    assert (essay.title, essay.dek, meta(essay)) == (title, dek, fields)
    assert not any(s.heading in ("BY", "LONDON", "1879") for s in essay.sections)


def test_title_footnote_marker_moves_to_the_note() -> None:
    essay = text_of(f"THE WILL TO BELIEVE.[1]\n\n{P1}")
    assert (essay.title, essay.title_note) == ("The Will to Believe", "1")


def test_an_indented_motto_and_verse_are_the_epigraph() -> None:
    essay = text_of(
        f"""
             SELF-RELIANCE.

             "Ne te quaesiveris extra."

             Man is his own star; and the soul that can
             Render an honest and a perfect man,

        II. SELF-RELIANCE.

        {P1}
        """
    )
    assert essay.title == "Self-Reliance"
    assert [(b.kind, b.items[0]) for b in essay.epigraph] == [
        ("quote", '"Ne te quaesiveris extra."'),
        ("verse", "Man is his own star; and the soul that can"),
    ]
    assert essay.sections == () and essay.intro[0].text == P1


def test_seeds_take_one_txt_or_md_essay(tmp_path: Path) -> None:
    from essay_site.model import EssayError
    from essay_site.read import find_essay

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "essay.md").write_text("# T\n\nText.\n", encoding="utf-8")
    (seeds / "essay.glossary.yml").write_text("terms: []\n", encoding="utf-8")
    assert find_essay(tmp_path, seeds).name == "essay.md"
    (seeds / "other.txt").write_text("T\n\nText.\n", encoding="utf-8")
    with pytest.raises(EssayError, match="found 2 essays"):
        find_essay(tmp_path, seeds)
