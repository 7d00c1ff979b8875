"""The essay's TeX math → MathML, which browsers typeset themselves.

No script and no font is loaded, so the pages stay within their
Content-Security-Policy and make no third-party request. latex2mathml
(pinned) reads the TeX; its tree is rebuilt here from a fixed list of MathML
elements and attributes, so nothing else reaches the page: `\\href` and
`\\style` are dropped, `\\text{<script>}` is text. Every character that is
not a letter, digit or space is written as a character reference, so the
Markdown around an inline formula reads none of it as syntax (`*`, `_`, `\\`).
TeX that latex2mathml cannot read stays as written, in a code span.
"""

from __future__ import annotations

import html
import logging
import re
import xml.etree.ElementTree as ET

log = logging.getLogger("essay_site")

ELEMENTS = frozenset(
    """math mrow mi mn mo ms mtext mspace msub msup msubsup munder mover munderover mfrac msqrt mroot mstyle
    merror mpadded mphantom mtable mtr mtd mlabeledtr menclose mmultiscripts mprescripts none semantics""".split()
)
ATTRIBUTES = frozenset(
    """display mathvariant stretchy fence separator lspace rspace minsize maxsize symmetric largeop movablelimits
    accent accentunder linethickness columnalign rowalign columnspacing rowspacing columnlines rowlines frame
    framespacing displaystyle scriptlevel mathsize width height depth voffset notation form columnspan rowspan
    mathcolor mathbackground equalrows equalcolumns""".split()
)
# Attribute values are keywords, lengths and colours: nothing else is kept.
VALUE = re.compile(r"^[A-Za-z0-9#.%\- ]{0,60}$")
# Longer TeX is shown as written: bounded work for any input.
MAX_TEX = 4000


def to_mathml(tex: str, display: bool) -> str | None:
    """The formula as one line of MathML; None when it cannot be read."""
    from latex2mathml.converter import convert_to_element

    if not tex.strip() or len(tex) > MAX_TEX:
        return None
    try:
        tree = convert_to_element(tex, display="block" if display else "inline")
    except Exception as error:  # noqa: BLE001 (a third-party parser of any text: every failure is "not readable")
        log.info("math %r shown as written: %s", tex[:40], type(error).__name__)
        return None
    math = _clean(tree)
    if math is None:
        return None
    math.set("alttext", " ".join(tex.split()))
    return _serialised(math)


def _clean(element: ET.Element) -> ET.Element | None:
    """A copy with only known elements and attributes; the text of the
    rest is kept, as text, in its parent's place."""
    if element.tag not in ELEMENTS:
        return None
    clean = ET.Element(element.tag, {k: v for k, v in element.attrib.items() if k in ATTRIBUTES and VALUE.match(v)})
    clean.text = _decoded(element.text)
    for child in element:
        kept = _clean(child)
        if kept is None:
            _append_text(clean, _decoded("".join(child.itertext())))
        else:
            clean.append(kept)
        _append_text(clean, _decoded(child.tail))
    return clean


def _decoded(text: str | None) -> str:
    # latex2mathml writes characters as references ("&#x02211;") into its text.
    return html.unescape(text) if text else ""


def _append_text(parent: ET.Element, text: str) -> None:
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _serialised(element: ET.Element) -> str:
    attributes = "".join(f' {name}="{_escaped(value)}"' for name, value in element.attrib.items())
    inner = _escaped(element.text or "") + "".join(_serialised(child) + _escaped(child.tail or "") for child in element)
    return f"<{element.tag}{attributes}>{inner}</{element.tag}>"


def _escaped(text: str) -> str:
    """Letters, digits and spaces as they are; anything else as a reference."""
    return "".join(c if c.isalnum() or c == " " else f"&#{ord(c)};" for c in text)
