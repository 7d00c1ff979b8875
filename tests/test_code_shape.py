"""The codebase keeps the shape a newcomer can read: small modules and
small functions (issue #15). A module over 300 lines or a function over 50
fails here, with its name, so the split happens when the code grows."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
MODULES = sorted(p for p in SCRIPTS.rglob("*.py") if "__pycache__" not in p.parts)
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 50


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.relative_to(SCRIPTS).as_posix())
def test_modules_are_small(module: Path) -> None:
    lines = len(module.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{module.relative_to(SCRIPTS)} has {lines} lines; split it"


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.relative_to(SCRIPTS).as_posix())
def test_functions_are_small(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines, line {node.lineno})"
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"{module.relative_to(SCRIPTS)}: functions over {MAX_FUNCTION_LINES} lines: {long}"


def test_inline_scripts_and_styles_keep_their_comments_out_of_the_page() -> None:
    """Every page inlines overrides/partials' scripts and styles, so their
    comments are Jinja comments: readable in the source, never sent (the
    page-weight budget in README, Performance)."""
    import re

    inline = re.compile(r"<(script|style)[^>]*>(.*?)</\1>", re.DOTALL)
    comment = re.compile(r"/\*|^\s*//|\s//\s", re.MULTILINE)
    offenders = []
    for path in sorted((SCRIPTS.parent / "overrides").rglob("*.html")):
        text = re.sub(r"{#.*?#}", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
        offenders += [path.name for _, body in inline.findall(text) if comment.search(body)]
    assert offenders == []
