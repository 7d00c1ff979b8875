"""A site generator's template syntax in a Markdown essay (Hugo shortcodes,
Liquid and Nunjucks tags, kramdown attribute lists) never reaches the page,
while the essay's words around and inside it do, and code keeps it as written."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from essay_site.formats import parse
from essay_site.formats.mdtemplates import without_templates
from essay_site.model import Block, Essay
from essay_site.read import source_text

FRONT = '+++\ntitle = "Static Sites"\ndate = 2021-03-04T10:00:00Z\n+++\n\n'


def md(body: str, front: str = FRONT) -> Essay:
    return parse(source_text("seeds/post.md", "post", front + textwrap.dedent(body).lstrip("\n")))


def blocks(essay: Essay) -> list[Block]:
    return [*essay.intro, *(b for s in essay.sections for b in s.all_blocks())]


def texts(essay: Essay) -> list[str]:
    return [b.text for b in blocks(essay)]


def test_self_closing_shortcodes_and_liquid_tags_are_dropped() -> None:
    essay = md(
        """
        Static sites are fast.{{< tweet user="someone" id="12345" >}} They cost little.

        {% include newsletter.html %}

        ## Why

        Servers cost {{ page.price }} money every month.{% if site.ads %}{% endif %}
        """
    )
    assert texts(essay) == ["Static sites are fast. They cost little.", "Servers cost money every month."]


def test_mdx_comments_and_heading_ids_are_dropped() -> None:
    """react.dev writes a heading's id as an MDX comment: "## tl;dr {/*tldr*/}"."""
    essay = md(
        """
        ## tl;dr {/*tldr*/}

        Static sites are fast.{/* a note to the editor */} They cost little.

        ## Learn *step* by step {/*learn-*step*-by-step*/}

        Code keeps it: `{/*x*/}`.
        """
    )
    assert [s.heading for s in essay.sections] == ["tl;dr", "Learn step by step"]
    assert texts(essay) == ["Static sites are fast. They cost little.", "Code keeps it: {/*x*/}."]


def test_a_paired_shortcode_keeps_its_inner_words() -> None:
    essay = md("Keep {{% notice tip %}}it simple{{% /notice %}}, always.\n\n{{< details >}}\nThe inner paragraph.\n{{< /details >}}\n")
    assert texts(essay) == ["Keep it simple, always.", "The inner paragraph."]


def test_a_translation_placeholder_keeps_its_words_and_a_lone_brace_word_stays() -> None:
    """opensource.guide's Turkish article (corpus 32) keeps a translation
    tool's "{a2}şöyle{/a2}" where the original had a link."""
    essay = md("Kılavuzu {a2}şöyle{/a2} başlıyor, `{b1}kod{/b1}` ise kod.\n\nA set {a2} alone and {x} stay.\n")
    assert texts(essay) == ["Kılavuzu şöyle başlıyor, {b1}kod{/b1} ise kod.", "A set {a2} alone and {x} stay."]


def test_a_figure_shortcode_is_an_image_with_its_caption() -> None:
    essay = md('Before.\n\n{{< figure src="/img/speed.png" alt="A chart" caption="Load times [compared]" >}}\n\nAfter.\n')
    assert texts(essay) == ["Before.", "Load times [compared]", "After."]


def test_a_jekyll_image_include_keeps_its_description_and_a_video_is_a_link() -> None:
    """18F's "{% include image.html … description="…" %}" had gone with its
    caption, and "{{< youtube … >}}" without a trace."""
    essay = md(
        'Before.\n\n{% include image.html url="/assets/photo.jpg" description="The team at the offsite" %}\n\n'
        "{{< youtube dQw4w9WgXcQ >}}\n\nAfter.\n"
    )
    assert texts(essay) == ["Before.", "The team at the offsite", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "After."]
    video = blocks(essay)[2]
    assert [(m.kind, m.href) for m in video.marks_of(0)] == [("link", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")]


@pytest.mark.parametrize(
    ("tag", "address"),
    [
        ('{{< x user="coleca" id="1091591745870139392" >}}', "https://x.com/coleca/status/1091591745870139392"),
        ("{{< tweet 1453110110599868418 >}}", "https://x.com/i/status/1453110110599868418"),
        ('{{< gist spf13 7896402 "img.html" >}}', "https://gist.github.com/spf13/7896402"),
        ('{{< youtube id="w7Ft2ymGmfc" >}}', "https://www.youtube.com/watch?v=w7Ft2ymGmfc"),
        ("{{< instagram BWNjjyYFxVx >}}", "https://www.instagram.com/p/BWNjjyYFxVx/"),
    ],
)
def test_an_embedded_post_or_gist_is_a_link_to_it(tag: str, address: str) -> None:
    """"…resoundingly positive:" had been followed by nothing."""
    essay = md(f"The reception has been resoundingly positive:\n\n{tag}\n\nAfter.\n")
    assert texts(essay) == ["The reception has been resoundingly positive:", address, "After."]
    assert [(m.kind, m.href) for m in blocks(essay)[1].marks_of(0)] == [("link", address)]


def test_an_embed_whose_arguments_are_no_names_is_dropped() -> None:
    essay = md('Before.\n\n{{< x user="a/../b" id="1" >}}\n\nAfter.\n')
    assert texts(essay) == ["Before.", "After."]


def test_a_shortcode_over_several_lines_is_one_tag() -> None:
    essay = md('Before.\n\n{{< figure src="/img/a.png"\n    caption="A long caption\n    on two lines" >}}\n\nAfter the figure.\n')
    assert texts(essay) == ["Before.", "A long caption on two lines", "After the figure."]


def test_code_tags_become_code_blocks() -> None:
    essay = md(
        """
        Text.

        {% highlight python linenos %}
        print("{{ not a tag }}")
        {% endhighlight %}

        {{< highlight go >}}
        fmt.Println("hi")
        {{< /highlight >}}
        """
    )
    code = [b for b in blocks(essay) if b.kind == "code"]
    assert [b.text for b in code] == ['print("{{ not a tag }}")', 'fmt.Println("hi")']


def test_code_and_code_spans_keep_template_syntax_as_written() -> None:
    essay = md(
        """
        Write `{{< figure src="x" >}}` to add a figure, or `{% raw %}`.

        ```
        {{< youtube abc >}}
        {% include x.html %}
        ```
        """
    )
    assert texts(essay) == ['Write {{< figure src="x" >}} to add a figure, or {% raw %}.', "{{< youtube abc >}}\n{% include x.html %}"]


def test_raw_keeps_its_content_and_comments_go_with_theirs() -> None:
    essay = md(
        """
        {% raw %}Mustache writes {{ name }} for a value.{% endraw %}

        {% comment %}
        A draft paragraph the author hid.
        {% endcomment %}

        {{/* a Hugo comment */}}Shown text.{::comment}hidden{:/comment}
        """
    )
    assert texts(essay) == ["Mustache writes {{ name }} for a value.", "Shown text."]


def test_hugo_escaped_shortcode_shows_as_a_shortcode() -> None:
    assert texts(md("Hugo writes {{</* figure */>}} in its docs.\n")) == ["Hugo writes {{< figure >}} in its docs."]


def test_kramdown_attribute_lists_and_the_toc_placeholder_go() -> None:
    essay = md(
        """
        * TOC
        {:toc}

        {: .lead}
        A lead paragraph.

        ## A heading {#custom-id}

        Text with a span{: .note} attribute.
        """
    )
    assert texts(essay) == ["A lead paragraph.", "Text with a span attribute."]


def test_template_expressions_in_link_targets_leave_the_link_text() -> None:
    essay = md('See [the numbers]({{< ref "costs.md" >}}) and ![a chart]({{ site.baseurl }}/img/chart.png).\n')
    assert texts(essay) == ["See the numbers and a chart."]


def test_a_placeholder_alt_text_is_no_caption() -> None:
    essay = md("Before.\n\n![img]({{ '/img/datacenter.jpeg' | url }})\n\n![A rack of servers](/img/rack.png)\n")
    assert texts(essay) == ["Before.", "A rack of servers"]


def test_a_generated_timestamp_shows_its_day() -> None:
    assert [(m.label, m.value) for m in md("Text.\n").meta] == [("Date", "2021-03-04")]
    yaml_front = '---\ntitle: T\ndate: "2019-11-08T09:30:00+01:00"\n---\n\n'
    assert [m.value for m in md("Text.\n", yaml_front).meta] == ["2019-11-08"]


def test_line_numbers_are_kept() -> None:
    essay = md("{% comment %}\nhidden\n{% endcomment %}\n\n## Heading\n\nText.\n")
    assert essay.sections[0].line == 10  # 4 lines of front matter, a blank, three of comment, a blank


@given(st.lists(st.sampled_from(["{{<", ">}}", "{{%", "%}}", "{%", "%}", "{{", "}}", "{:", "}", "`", "```", "/*", "*/", "raw", "endraw", "comment", "endcomment", "highlight", "endhighlight", "\n", " ", "a", "*", "-"]), max_size=40))
def test_any_mixture_keeps_the_line_count(pieces: list[str]) -> None:
    lines = "".join(pieces).split("\n")
    assert len(without_templates("seeds/x.md", lines, 0)) == len(lines)


def test_a_block_tag_that_never_closes_hides_nothing() -> None:
    essay = md("River {% comment %} river.\n\nThe rest of the essay.\n\n{% highlight go %}\n\nStill prose, {% raw %} and more.\n")
    assert texts(essay) == ["River river.", "The rest of the essay.", "Still prose, and more."]


def test_many_tags_on_one_line_are_read_without_recursion() -> None:
    # Read piece by piece, not by recursion: 2,000 pairs once overflowed the stack.
    line = "{% comment %}hidden{% endcomment %}a " * 2000
    assert without_templates("seeds/x.md", [line], 0) == ["a " * 2000]


def test_a_headings_own_id_or_classes_are_not_its_words() -> None:
    essay = md("Intro text.\n\n## Why it matters {#why}\n\nText.\n\n## Another {: .wide}\n\nMore.\n\n## Third {.cls #id} ##\n\nEnd {#not-a-heading}.\n")
    assert [s.heading for s in essay.sections] == ["Why it matters", "Another", "Third"]
    assert texts(essay)[-1] == "End {#not-a-heading}."  # prose keeps its braces


def test_attribute_lists_and_icons_of_mkdocs_material_are_not_words() -> None:
    essay = md(
        """
        Read [the guide](https://example.org/guide){ .md-button .md-button--primary } today,
        with *care*{: .note} and `code`{ #c } :octicons-heart-fill-24: and :material-check:.

        { .lead }
        A lead paragraph; prose keeps {braces}, { .this } and {#that} inside a sentence.
        """
    )
    assert texts(essay) == [
        "Read the guide today, with care and code and .",
        "A lead paragraph; prose keeps {braces}, { .this } and {#that} inside a sentence.",
    ]


def test_a_chunk_that_shows_nothing_is_taken_out_and_a_shown_one_loses_its_options() -> None:
    essay = md(
        """
        Some prose first.

        ```{r setup, include=FALSE}
        options(width = 76)
        ```

        ```{python}
        #| label: fig-mean
        #| echo: true
        print(sum([1, 2]) / 2)
        ```

        ```{r}
        #| echo: false
        plot(x)
        ```

        The end.
        """,
        front="---\ntitle: Chunks\n---\n\n",
    )
    assert [(b.kind, b.text) for b in blocks(essay)] == [
        ("paragraph", "Some prose first."),
        ("code", "print(sum([1, 2]) / 2)"),
        ("paragraph", "The end."),
    ]
    assert blocks(essay)[2].line == 22  # the file keeps its lines (4 of front matter, then 18)
