"""The Fluent bundle of a catalogue whose entries are parsed on first use (see `entries`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fluent.runtime import FluentBundle

from reen_compliance.i18n.entries import LazyEntries, entry_texts


class LazyBundle(FluentBundle):
    """A FluentBundle over one catalogue's text whose entries are parsed on first use."""

    def __init__(self, lang: str, text: str, functions: dict[str, Callable[[Any], Any]]) -> None:
        """The bundle of `lang` over the catalogue `text`, with the formatter's `functions`."""
        super().__init__([lang], functions=functions, use_isolating=False)
        messages, terms = entry_texts(text)
        self._messages = LazyEntries(messages)
        self._terms = LazyEntries(terms)
