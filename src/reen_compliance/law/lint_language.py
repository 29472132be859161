"""Rule texts an English reader would see in French: one plain string where {fr, en} is due.

A plain string in a rule file is one text for both languages; it suits a bare citation
(« loi n° 2015-992, art. 79 »), not words. Official names of texts (« décret n° 2024-134 »)
and what a text quotes « … » or “…” may stay in French; any other French word is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from reen_compliance.law.model import Rule
from reen_compliance.law.values import LocalizedText

_CITED = re.compile(r"\b(?:loi|décrets?|arrêté|ordonnance)\s+n°\s*[\d-]+", re.IGNORECASE)
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ACCENTED = re.compile(r"[éèêëàâçùûôîï]", re.IGNORECASE)
_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "du",
        "des",
        "de",
        "et",
        "ou",
        "au",
        "aux",
        "par",
        "pour",
        "sur",
        "dans",
        "une",
        "est",
        "sont",
        "depuis",
        "annexe",
        "ligne",
        "dont",
        "al",
    ]
)
"""Words that are French and never English (accented words are French too)."""


def french_words(text: str) -> list[str]:
    """The French words of `text`, official names of texts and quotations aside."""
    prose = _QUOTED.sub(" ", _CITED.sub(" ", text))
    return [
        word
        for word in _WORD.findall(prose)
        if word.lower() in _FRENCH
        or _ACCENTED.search(word)
        or word.lower().startswith(("d'", "l'"))
    ]


def french_only_texts(rule: Rule) -> Iterator[tuple[str, str]]:
    """Each (JSON path, text) of the rule that is one text for both languages and French."""
    for path, text in localized_texts(rule, "$"):
        if text.fr == text.en and french_words(text.fr):
            yield path, text.fr


def localized_texts(node: object, path: str) -> Iterator[tuple[str, LocalizedText]]:
    """Every (JSON path, localized text) a rule holds, at any depth."""
    if isinstance(node, LocalizedText):
        yield path, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from localized_texts(getattr(node, name), f"{path}.{name}")
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from localized_texts(value, f"{path}.{key}")
    elif isinstance(node, tuple | list):
        for index, value in enumerate(node):
            yield from localized_texts(value, f"{path}[{index}]")
