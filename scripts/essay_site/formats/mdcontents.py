"""A Markdown essay's own table of contents: a list whose every item is one
link to a heading of the essay ("- [Install](#install)"), as READMEs set
one under the title or under a "## Table of Contents" heading. The site
makes its own contents, so the list goes, and the heading with it when it
held nothing else. Logged.
"""

from __future__ import annotations

import dataclasses
import logging

from ..model import Block, Essay
from .contents import CONTENTS_LABEL

log = logging.getLogger("essay_site")


def without_own_contents(essay: Essay) -> Essay:
    intro = tuple(b for b in essay.intro if not _dropped(essay.path, b))
    sections = list(essay.sections)
    if sections and CONTENTS_LABEL.match(sections[0].heading.strip()):
        first = sections[0]
        kept = tuple(b for b in first.blocks if not _dropped(essay.path, b))
        if not kept and not first.subsections:
            log.info("%s:%d: heading %r held only the essay's own contents: no page", essay.path, first.line, first.heading)
            sections = sections[1:]
        else:
            sections[0] = dataclasses.replace(first, blocks=kept)
    return dataclasses.replace(essay, intro=intro, sections=tuple(sections))


def _dropped(path: str, block: Block) -> bool:
    if not own_contents(block):
        return False
    log.info("%s:%d: removed the essay's own table of contents (%d entries)", path, block.line, len(block.items))
    return True


def own_contents(block: Block) -> bool:
    """Two entries at least, each wholly a link to a heading of the essay."""
    if block.kind != "list" or len(block.items) < 2:
        return False
    return all(
        any(m.kind == "link" and (m.href or "").startswith("#") and m.start == 0 and m.end == len(item) for m in block.marks_of(i))
        for i, item in enumerate(block.items)
    )
