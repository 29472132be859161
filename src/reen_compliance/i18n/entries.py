"""A catalogue's entries, each parsed when first asked for rather than the whole file at start.

Fluent's parser is pure Python: the whole of fr.ftl took about 130 ms, more than the rest of a
`check`, and a report uses a fraction of the catalogue. The text is cut into entries at each line
that starts one (a message or term identifier at column 0, then `=`) or a comment, and each
entry is parsed by Fluent's own parser the first time it is asked for. An entry is never
indented and its continuation lines always are, so each piece parses to what a whole parse
gives; tests/test_catalogue_bundle.py compares both, entry by entry, in both languages. The
Fluent runtime (and Babel) is not imported here: `--help` reads its texts with this alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from fluent.syntax import FluentParser, ast

Entry = ast.Message | ast.Term

_START = re.compile(r"^(-?)([a-zA-Z][a-zA-Z0-9_-]*) *=", re.MULTILINE)
_PARSER = FluentParser(with_spans=False)
_NAME = r"[a-zA-Z][a-zA-Z0-9_-]*"
_ONE_LINE = re.compile(rf"(-?)({_NAME}) *= *((?:[^{{}}\n\r]|\{{ *\${_NAME} *\}})+)")
_VARIABLE = re.compile(rf"\{{ *\$({_NAME}) *\}}")


class EntryError(LookupError):
    """An entry of a catalogue does not parse (the catalogue tests never let one through)."""


def entry_texts(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """The messages and the terms of a catalogue's text: each entry's own text, by id.

    An id given twice keeps its first entry, as a bundle does.
    """
    messages: dict[str, str] = {}
    terms: dict[str, str] = {}
    starts = list(_START.finditer(text))
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        comment = text.find("\n#", match.start(), end)
        if comment != -1:
            end = comment + 1
        found = terms if match.group(1) else messages
        found.setdefault(match.group(2), text[match.start() : end])
    return messages, terms


def parse_entry(source: str, entry_id: str) -> Entry:
    """One entry's text, parsed; an entry that does not parse raises EntryError.

    An entry of one line of text and variables (most of the catalogue) is read by a regular
    expression into the very nodes Fluent's parser gives; any other goes to that parser.
    """
    simple = _one_line(source)
    if simple is not None:
        return simple
    body = _PARSER.parse(source).body
    if len(body) != 1 or not isinstance(body[0], ast.Message | ast.Term):
        raise EntryError(f"the catalogue's entry {entry_id!r} does not parse")
    return body[0]


class LazyEntries(dict[str, Entry]):
    """Entries by id, each parsed from its text on first use and then kept."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        """The entries' texts, by id (see `entry_texts`)."""
        super().__init__()
        self._texts = texts

    def __contains__(self, entry_id: object) -> bool:
        """Whether the catalogue has this entry, parsed or not."""
        return entry_id in self._texts

    def __missing__(self, entry_id: str) -> Entry:
        """Parse the entry, keep it, return it; KeyError for an id the catalogue lacks."""
        entry = parse_entry(self._texts[entry_id], entry_id)
        self[entry_id] = entry
        return entry


def _one_line(source: str) -> Entry | None:
    """`id = text { $name } text` on one line, as Fluent parses it; None for anything else."""
    match = _ONE_LINE.fullmatch(source.rstrip("\n"))
    if match is None:
        return None
    value = match.group(3).rstrip(" ")  # Fluent drops the blanks that end a pattern
    if not value:
        return None
    elements: list[ast.TextElement | ast.Placeable] = []
    position = 0
    for variable in _VARIABLE.finditer(value):
        if variable.start() > position:
            elements.append(ast.TextElement(value[position : variable.start()]))
        name = ast.Identifier(variable.group(1))
        elements.append(ast.Placeable(ast.VariableReference(name)))
        position = variable.end()
    if position < len(value):
        elements.append(ast.TextElement(value[position:]))
    identifier = ast.Identifier(match.group(2))
    pattern = ast.Pattern(elements)
    return ast.Term(identifier, pattern) if match.group(1) else ast.Message(identifier, pattern)
