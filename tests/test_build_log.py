"""What a build reports and writes, checked in process.

test_cli.py and test_golden.py check the same through the command line, in a
subprocess; mutation testing (`make mutants`) cannot see into a subprocess, so
these are the checks that catch a changed message or a build that rewrites
unchanged files.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import yaml

from essay_site.build import build
from essay_site.model import EssayError
from sandbox import copy_project

GLOSSARY = "seeds/000_098d6ffab96b1e89.glossary.yml"


def messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == level and r.name == "essay_site"]


def test_only_aliases_that_never_occur_are_warned_about(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    project = copy_project(tmp_path)
    glossary = project / GLOSSARY
    data = yaml.safe_load(glossary.read_text(encoding="utf-8"))
    assert any(term.get("aliases") for term in data["terms"]), "the seed glossary has aliases that occur"
    data["terms"][0]["aliases"].append("hyperloop")
    glossary.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="essay_site"):
        assert build(project) == 0
    assert messages(caplog, logging.WARNING) == [f"{GLOSSARY}: alias 'hyperloop' of 'Openness' never occurs in the essay"]


def test_a_stale_page_is_named_and_nothing_written(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    project = copy_project(tmp_path)
    page = project / "docs" / "glossary.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nedited by hand\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="essay_site"):
        assert build(project, check=True) == 1
    assert messages(caplog, logging.ERROR) == ["docs/glossary.md is stale: run scripts/build_docs.py"]
    assert page.read_text(encoding="utf-8").endswith("edited by hand\n")


def test_a_second_build_writes_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    project = copy_project(tmp_path)
    assert build(project) == 0
    files = sorted(p for p in (project / "docs").rglob("*") if p.is_file())
    mtimes = {p: p.stat().st_mtime_ns for p in files}
    with caplog.at_level(logging.INFO, logger="essay_site"):
        assert build(project) == 0
    assert f"docs/: 0 files written, {len(files)} unchanged, 0 deleted" in messages(caplog, logging.INFO)
    assert {p: p.stat().st_mtime_ns for p in files} == mtimes


def test_a_renamed_section_is_reported_in_check_mode(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    project = copy_project(tmp_path)
    seed = project / "seeds" / "000_098d6ffab96b1e89.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Why the world should", "Why everyone should"), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="essay_site"):
        assert build(project, check=True) == 1
    errors = messages(caplog, logging.ERROR)
    assert "docs/why-the-world-should-pay-close-attention.md should be deleted: run scripts/build_docs.py" in errors
    assert "docs/why-everyone-should-pay-close-attention.md is stale: run scripts/build_docs.py" in errors


def test_an_unreadable_manifest_is_one_clear_error(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "docs" / ".manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(EssayError) as error:
        build(project)
    assert str(error.value).startswith("docs/.manifest.json: is not a valid build manifest (")
    assert str(error.value).endswith("); delete it and rebuild")


def test_written_files_are_readable_by_all_and_executable_by_none(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    page = project / "docs" / "glossary.md"
    page.write_text("stale\n", encoding="utf-8")
    page.chmod(0o600)
    assert build(project) == 0
    assert page.stat().st_mode & 0o777 == 0o644


def test_an_essay_without_key_terms_gets_a_glossary_that_says_so(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Thai writes no spaces between words and no segmenter is installed, so
    no term is found: the glossary says so, and the author is told how to
    give one."""
    from sandbox import make_project

    paragraph = "การอ่านหนังสือเป็นกิจกรรมที่ช่วยพัฒนาความคิดและจินตนาการของมนุษย์ ในยุคที่ข้อมูลข่าวสารไหลเวียนอย่างรวดเร็ว"
    essay = "ทำไมการอ่านหนังสือจึงสำคัญ\n\n" + "\n\n".join([paragraph] * 4) + "\n"
    project = make_project(tmp_path, essay, name="thai.txt")
    with caplog.at_level(logging.INFO, logger="essay_site"):
        assert build(project) == 0
    assert messages(caplog, logging.WARNING) == [
        "seeds/thai.txt: no key terms found, so the glossary is empty; seeds/thai.glossary.yml can list your own"
    ]
    glossary = (project / "docs" / "glossary.md").read_text(encoding="utf-8")
    assert "No key terms were found in this essay." in glossary
    assert "0 terms" not in glossary


def built(tmp_path: Path, text: str, name: str) -> Path:
    """A project holding one essay, its docs generated without an error."""
    from sandbox import make_project

    project = make_project(tmp_path, text, name=name)
    assert build(project) == 0
    return project


def front_matter(project: Path, page: str) -> dict:
    """The YAML front matter of a generated page in docs/."""
    return yaml.safe_load((project / "docs" / page).read_text(encoding="utf-8").split("---")[1])


def test_the_home_pages_description_is_the_opening_sentence_when_there_is_no_intro(tmp_path: Path) -> None:
    """What a chat app shows under a link to the essay: its first sentence
    (ended by the danda), not the title again."""
    essay = (
        "भारत में पुस्तकालयों का भविष्य\n\nलेखक: राधा शर्मा\n\nभूमिका\n\n"
        "सार्वजनिक पुस्तकालय लोकतंत्र की नींव होते हैं। आज भी ग्रामीण पुस्तकालय शिक्षा का एक महत्वपूर्ण साधन हैं। "
        "बड़ौदा राज्य ने गाँव-गाँव में पुस्तकालय खोले।\n\n"
        "समुदाय की भूमिका\n\nपुस्तकालय केवल किताबों का भंडार नहीं है। यह समुदाय का एक खुला स्थान है, "
        "जहाँ लोग मिलते हैं और सीखते हैं।\n\n"
        "निष्कर्ष\n\nपुस्तकालयों में निवेश करना ज्ञान में निवेश करना है। सरकार और समाज मिलकर उनका भविष्य सुरक्षित कर सकते हैं।\n"
    )
    project = built(tmp_path, essay, "hindi.txt")
    front = front_matter(project, "index.md")
    assert front["description"] == "सार्वजनिक पुस्तकालय लोकतंत्र की नींव होते हैं।"


def test_a_section_that_opens_with_a_quotation_is_summed_up_in_the_authors_words(tmp_path: Path) -> None:
    """A pull quote at a section's head is someone else's words: the
    contents list and the page's description give the author's opening."""
    post = (
        "# Codes of Conduct\n\n## Why\n\nA code of conduct sets the rules of a project before anyone needs them.\n\n"
        "## Enforcing it\n\n> Rules nobody enforces are only decoration. — A Quoted Person\n\n"
        "Decide who answers reports before the first report arrives. Then write it down.\n"
    )
    project = built(tmp_path, post, "conduct.md")
    front = front_matter(project, "enforcing-it.md")
    assert front["description"] == "Decide who answers reports before the first report arrives."
    home = (project / "docs" / "index.md").read_text(encoding="utf-8")
    assert "Decide who answers reports before the first report arrives." in home
    assert "decoration" not in home


def test_an_images_words_or_a_link_alone_are_no_description(tmp_path: Path) -> None:
    """A lead image's alt text (kept in italics, as the picture is not
    shipped) is not what a chat app should show under the link."""
    post = (
        "---\ntitle: Why Not Envoy\n---\n\n![Closeup of many Swiss Army knives](/uploads/knives.jpg)\n\n"
        "In this article I describe why the proxy is not built on Envoy. More prose follows.\n\n"
        "## Two\n\n[A link alone](https://example.org/)\n\nThe second section's words start here.\n"
    )
    project = built(tmp_path, post, "envoy.md")
    assert front_matter(project, "index.md")["description"] == "In this article I describe why the proxy is not built on Envoy."
    assert front_matter(project, "two.md")["description"] == "The second section&#x27;s words start here."


def test_a_quarto_post_is_read_as_markdown_and_its_hidden_chunk_is_not_shown(tmp_path: Path) -> None:
    post = (
        '---\ntitle: "A Quarto Post"\n---\n\n```{r setup, include=FALSE}\nlibrary(secret)\n```\n\n'
        "## First\n\nThe mean of $x_i$ is what we want, and prose follows it here.\n\n"
        "## Second\n\nMore prose in the second section, enough to read.\n"
    )
    project = built(tmp_path, post, "index.qmd")
    page = (project / "docs" / "first.md").read_text(encoding="utf-8")
    assert "<math" in page and "library" not in (project / "docs" / "read.md").read_text(encoding="utf-8")


def test_headings_that_carry_their_numbers_are_not_numbered_again_in_the_contents(tmp_path: Path) -> None:
    """GitLab's "1. AI shines a light…" had read "1. 1. AI shines…" in the contents."""
    body = "Teams are rethinking their priorities and the tools they use every day, and the survey shows it."
    text = "Three Findings\n\n" + body + "\n\n" + "\n\n".join(f"{n}. Finding number {n}\n\n{body}" for n in (1, 2, 3)) + "\n"
    home = (built(tmp_path, text, "findings.txt") / "docs" / "index.md").read_text(encoding="utf-8")
    entries = [line for line in home.splitlines() if "Finding number" in line]
    assert [line.split(" [", 1)[0] for line in entries] == ["-", "-", "-"]
    assert "[1. Finding number 1](" in entries[0]
    unnumbered = "Three Findings\n\n" + body + "\n\n" + "\n\n".join(f"The {word} Finding\n\n{body}" for word in ("First", "Next", "Last"))
    home = (built(tmp_path / "b", unnumbered + "\n", "f.txt") / "docs" / "index.md").read_text(encoding="utf-8")
    assert [line.split(" [", 1)[0] for line in home.splitlines() if " Finding](" in line] == ["1.", "2.", "3."]


def test_a_pages_description_skips_a_lead_in_to_a_list_and_an_image_alone(tmp_path: Path) -> None:
    """"As a package maintainer (or team of maintainers)," over a list had
    been a section's description and its contents summary; so had an
    image's alt text alone in its paragraph, a full stop after it."""
    text = (
        "# Maintaining\n\nAn opening paragraph of the essay, long enough to be prose.\n\n## Ownership\n\n"
        "As a package maintainer (or team of maintainers),\n\n- you own the scope\n- you plan the work\n\n"
        "Yet you do not own only these technical aspects.\n\n## Illustrations\n\n"
        '<p align="center"><img src="https://example.org/a.jpg" alt="One of the illustrations, showing open science">.</p>\n\n'
        "The illustrations are made by artists during the book dashes.\n"
    )
    project = built(tmp_path, text, "maintaining.md")
    assert front_matter(project, "ownership.md")["description"] == "Yet you do not own only these technical aspects."
    assert front_matter(project, "illustrations.md")["description"] == "The illustrations are made by artists during the book dashes."
