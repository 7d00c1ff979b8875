"""TeX math in a Markdown essay: `$…$` inline, `$$…$$` on its own lines.

mdit-py-plugins' dollarmath reads it as pandoc does: an opening `$` is
followed by a non-space, a closing one follows a non-space and is not
followed by a digit, so "$5 and $10" stays money. A formula is a Mark or a
Block of kind "math", its TeX as written; mathml.py typesets it.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin

from ..model import BlockKind, MarkKind

# Tokens read as written: code, and math.
VERBATIM_BLOCKS: dict[str, BlockKind] = {"fence": "code", "code_block": "code", "math_block": "math", "math_block_label": "math"}
VERBATIM_INLINE: dict[str, MarkKind] = {"code_inline": "code", "math_inline": "math", "math_inline_double": "math"}


def with_math(md: MarkdownIt) -> MarkdownIt:
    return md.use(dollarmath_plugin, allow_space=False, allow_digits=False, double_inline=True)
