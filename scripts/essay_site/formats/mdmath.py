"""TeX math in a Markdown essay: `$…$` inline, `$$…$$` or a LaTeX
environment (`\\begin{align*}` … `\\end{align*}`) on its own lines.

mdit-py-plugins' dollarmath reads it as pandoc does: an opening `$` is
followed by a non-space, a closing one follows a non-space and is not
followed by a digit, so "$5 and $10" stays money. A formula is a Mark or a
Block of kind "math", its TeX as written; mathml.py typesets it.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.amsmath import amsmath_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin

from ..model import Block, BlockKind, MarkKind

# Tokens read as written: code, and math.
VERBATIM_BLOCKS: dict[str, BlockKind] = {
    "fence": "code", "code_block": "code", "math_block": "math", "math_block_label": "math", "amsmath": "math",
}
VERBATIM_INLINE: dict[str, MarkKind] = {"code_inline": "code", "math_inline": "math", "math_inline_double": "math"}
# A fence's language is the first word of its info string, as CommonMark
# says; pandoc writes it as a class ("{.python}"). Only these characters are
# kept, so the name is safe in the fence the site's Markdown writes.
_LANGUAGE = re.compile(r"\{?\.?([A-Za-z0-9_+#-][A-Za-z0-9_+#.-]*)")


def with_math(md: MarkdownIt) -> MarkdownIt:
    """Dollars, and a LaTeX environment set on its own lines (`\\begin{align*}` … `\\end{align*}`), as pandoc reads them."""
    return md.use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True).use(amsmath_plugin)


def verbatim_block(node: SyntaxTreeNode, line: int) -> list[Block]:
    """A code or math block as written, none if it is empty; code keeps its language."""
    if not node.content.strip():
        return []
    language = _LANGUAGE.match(node.info.strip()) if node.type == "fence" else None
    text = node.content.strip("\n")
    return [Block(VERBATIM_BLOCKS[node.type], (text,), line, language=language.group(1).lower() if language else "")]
