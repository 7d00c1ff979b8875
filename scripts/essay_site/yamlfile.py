"""Every YAML the project reads or writes goes through PyYAML, here.

Reading is strict: a key given twice in one mapping (block or flow style) is
an error, because PyYAML would silently let the second one win. Writing is
always `yaml.safe_dump`: no hand-made YAML, so no text can break out of its
scalar, and characters YAML cannot carry come out escaped.
"""

from __future__ import annotations

from typing import Any

import yaml

from .model import EssayError

# libyaml's parser when PyYAML has it: several times faster than pure Python.
_FastSafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SafeLoader(_FastSafeLoader):  # type: ignore[misc, valid-type]
    """A safe loader that refuses a key given twice in one mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        first: dict[str, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                line = key_node.start_mark.line + 1
                if key_node.value in first:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key_node.value!r} (first on line {first[key_node.value]})", key_node.start_mark
                    )
                first[key_node.value] = line
        return super().construct_mapping(node, deep=deep)


def load_yaml(shown: str, text: str, loader: type = SafeLoader) -> Any:
    """Parse YAML with a one-line error that names the file and line."""
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - safe loaders only
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise EssayError(shown, f"is not valid YAML: {problem}", mark.line + 1 if mark else None) from None


def dump_yaml(data: Any, comment: str | None = None) -> str:
    """YAML text for `data`, in the order given, with an optional leading
    comment line. Wide lines, so a long title stays on one line."""
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)
    return (f"# {comment}\n" if comment else "") + text


def front_matter(data: dict[str, Any], comment: str) -> str:
    """A Markdown page's front matter block, written by PyYAML."""
    return f"---\n{dump_yaml(data, comment)}---\n"
