"""What a Markdown post's site generator would have set for the reader:

- typed dashes: `---` an em dash and `--` an en dash, as Hugo's, Jekyll's
  and Pandoc's typographers read them (not a longer run, "----", an
  arrow, "-->", an option, "--verbose", or an address shown as written);
- Pandoc's citations, shown as a reader of the paper sees them without its
  bibliography: "[@Schad2020]" as "(Schad 2020)", "[see @Venables2002,
  p. 33; @Bates2015]" as "(see Venables 2002, p. 33; Bates 2015)", and in a
  paper that cites so, "@Schad2020 argue" as "Schad (2020) argue". A key of
  a name and a year reads as the name and the year, which is also how the
  glossary knows it for a source (terms/citations.py). Code is left alone.
"""

from __future__ import annotations

import re

from .mdtemplates import CODE_SPAN, code_lines

# Not an arrow ("-->", "<--"), nor a command's option ("--verbose").
_EM_DASH = re.compile(r"(?<![-<])---(?![->])")
_EN_DASH = re.compile(r"(?<![-<])(?<!^)(?<!\s)--(?![->])|(?<![-<])(?:(?<=^)|(?<=\s))--(?=[\s\d]|$)")
# An address shown as written (an autolink's text): its hyphens are the address's.
_ADDRESS = re.compile(r"://|^www\.|^\S+@\S+$")

# Pandoc's citation key: a letter, digit or "_" first, then internal punctuation.
_KEY = r"[A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]*[\w])?"
_BRACKETED = re.compile(rf"\[(?P<body>[^\[\]]*?-?@{_KEY}[^\[\]]*)\](?![(\[:])")
_CITED = re.compile(rf"(?<![\w@.])-?@(?P<key>{_KEY})")
_NAME_YEAR = re.compile(r"^(?P<name>[A-Za-z][a-z]+)[_-]?(?P<year>(?:1[5-9]|20)\d\d[a-z]?)$")
_BIBLIOGRAPHY = re.compile(r"^\s*(?:bibliography|csl|references|citation-style)\s*:", re.IGNORECASE)


def with_dashes(text: str) -> str:
    if _ADDRESS.search(text):
        return text
    return _EN_DASH.sub("\u2013", _EM_DASH.sub("\u2014", text))


def with_citations(body: list[str], front: tuple[str, ...] = ()) -> list[str]:
    """The body's lines with Pandoc's citations as a reader sees them; a
    bare "@name" is a citation only in a paper that cites in brackets or
    names its bibliography (elsewhere it is a mention: "@octocat")."""
    if not any("@" in line for line in body):
        return body
    pandoc = any(map(_BIBLIOGRAPHY.match, front)) or any(_BRACKETED.search(line) for line in body)
    code = code_lines(body)
    return [line if i in code else _outside_code(line, pandoc) for i, line in enumerate(body)]


def _outside_code(line: str, narrative: bool) -> str:
    """The line with its citations read, its code spans as written."""
    parts, end = [], 0
    for span in CODE_SPAN.finditer(line):
        parts += [_cited(line[end : span.start()], narrative), span.group()]
        end = span.end()
    return "".join([*parts, _cited(line[end:], narrative)])


def _cited(text: str, narrative: bool) -> str:
    text = _BRACKETED.sub(lambda found: f"({_CITED.sub(lambda key: _readable(key, '{} {}'), found.group('body'))})", text)
    return _CITED.sub(lambda key: _readable(key, "{} ({})"), text) if narrative else text


def _readable(found: re.Match[str], shape: str) -> str:
    """The key as a name and a year ("Schad 2020" in brackets, "Schad (2020)" in the sentence), or as written."""
    key = found.group("key")
    named = _NAME_YEAR.match(key)
    return shape.format(named.group("name").capitalize(), named.group("year")) if named else key
