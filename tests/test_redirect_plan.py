"""Redirects when the essay changes: the same essay with a new heading keeps
its old URLs working; a different essay inherits nothing."""

from __future__ import annotations

import logging

import pytest

from essay_site import redirects
from essay_site.build import planned_redirects
from essay_site.model import SourceText
from essay_site.read import Inputs, MarkdownSetup
from essay_site.write import Manifest

OLD = {"intro": ("a1", "a2", "a3"), "method": ("b1", "b2"), "results": ("c1", "c2", "c3", "c4")}


def test_a_renamed_section_is_redirected_to_where_its_paragraphs_went() -> None:
    now = {"intro": OLD["intro"], "how-we-did-it": OLD["method"], "results": OLD["results"]}
    plan = redirects.plan(now, OLD, {}, {}, None)
    assert plan.redirects == {"method": "how-we-did-it"}
    assert plan.created == (("method", "how-we-did-it"),)
    assert not plan.new_essay


def test_a_section_whose_paragraphs_mostly_changed_gets_no_redirect() -> None:
    now = {"intro": OLD["intro"], "how-we-did-it": ("b1", "x1", "x2"), "results": OLD["results"]}
    assert redirects.plan(now, OLD, {}, {}, None).redirects == {}


def test_a_different_essay_with_as_many_sections_inherits_no_redirects() -> None:
    now = {"one": ("p1", "p2"), "two": ("q1",), "three": ("r1", "r2")}
    plan = redirects.plan(now, OLD, {"older": "method"}, {}, None)
    assert plan.redirects == {}
    assert plan.new_essay


def test_previous_redirects_follow_a_second_rename() -> None:
    now = {"intro": OLD["intro"], "how": OLD["method"], "results": OLD["results"]}
    plan = redirects.plan(now, OLD, {"old-method": "method"}, {}, None)
    assert plan.redirects == {"method": "how", "old-method": "how"}


def test_the_record_file_holds_for_a_new_essay_too() -> None:
    now = {"one": ("p1",), "two": ("q1",)}
    assert redirects.plan(now, OLD, {}, {"intro": "one"}, "seeds/e.redirects.yml").redirects == {"intro": "one"}


def inputs() -> Inputs:
    return Inputs(SourceText("seeds/e.txt", "e", ("x",)), None, None, MarkdownSetup((), {}), None)


def test_every_redirect_and_a_dropped_history_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    now = {"intro": OLD["intro"], "how": OLD["method"], "results": OLD["results"]}
    with caplog.at_level(logging.INFO, logger="essay_site"):
        assert planned_redirects(inputs(), now, Manifest(sections=tuple(OLD), anchors=OLD)) == {"method": "how"}
        planned_redirects(inputs(), {"other": ("z1",)}, Manifest(sections=tuple(OLD), redirects={"a": "intro"}, anchors=OLD))
    messages = [r.getMessage() for r in caplog.records]
    assert messages == ["redirect /method/ → /how/: the section's heading changed", "seeds/e.txt: new essay: previous redirects dropped"]


def test_the_manifest_keeps_paragraph_anchors() -> None:
    import json

    manifest = Manifest(sections=("intro",), anchors={"intro": ("a1", "a2")})
    assert json.loads(manifest.dumps())["anchors"] == {"intro": ["a1", "a2"]}
