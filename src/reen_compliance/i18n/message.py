"""Messages as data: a catalogue id with typed values, rendered later in any language.

A decision never holds a sentence: it holds a `Msg` (an id of the catalogues in `i18n/` and the
values that fill it). Values keep their types so the formatter, not the caller, writes them in
the reader's language: a `date` becomes « 1er janvier 2025 », `Money` « 17 000,00 € »,
`Percent` « 25 % », an `int` is grouped « 118 000 » and drives plural forms, a tuple is a list
(« a, b et c »), a `Msg` is rendered in place and anything with `in_language` (texts of the
rule files) is read in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol, TypeAlias


class Localized(Protocol):
    """A text given in each language by the rule files (titles, labels, subjects)."""

    def in_language(self, lang: str) -> str:
        """The text in `lang`."""
        ...


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in euros, shown with two decimals and the currency sign."""

    amount: Decimal


@dataclass(frozen=True, slots=True)
class Percent:
    """A share in percent (25 means 25 %), shown with at most one decimal."""

    value: Decimal


@dataclass(frozen=True, slots=True)
class Code:
    """A code or a reference quoted as it is written (a CPV code, a contract reference)."""

    text: str


@dataclass(frozen=True, slots=True)
class Filled:
    """A text of the rule files with `{name}` placeholders, filled with typed values."""

    template: Localized
    values: tuple[tuple[str, Value], ...] = ()


Value: TypeAlias = (
    "str | int | Decimal | date | bool | Money | Percent | Code | Msg | Filled | Localized | "
    "tuple[Value, ...] | None"
)


@dataclass(frozen=True, slots=True)
class Msg:
    """A catalogue id and the typed values that fill it."""

    id: str
    args: tuple[tuple[str, Value], ...] = ()

    def arg(self, name: str) -> Value:
        """The value of `name`, or None when the message has no such value."""
        for key, value in self.args:
            if key == name:
                return value
        return None


def msg(message_id: str, /, **args: Value) -> Msg:
    """Build the message `message_id` with its values (checked against the catalogues by tests).

    A message without values is built once and then shared (messages are immutable): about a
    sixth of a decision's messages are such steps (« step-bound »). Others skip the dataclass's
    `__init__` (its two `object.__setattr__`), a third of the cost of `msg` (issue #18).
    """
    if args:  # `Msg(message_id, ...)` without its `__init__`: the slots set directly
        built = _new(Msg)
        _set_id(built, message_id)
        _set_args(built, tuple(args.items()))
        return built
    found = _BARE.get(message_id)
    if found is None:
        if len(_BARE) >= _BARE_MAX:  # ids come from the code, but stay bounded all the same
            _BARE.clear()
        found = _BARE[message_id] = Msg(message_id)
    return found


def msg_of(message_id: str, args: tuple[tuple[str, Value], ...]) -> Msg:
    """`Msg(message_id, args)` without the dataclass's `__init__`, as `msg` builds it.

    For a caller holding its values already paired, in the order `msg` would give them.
    """
    built = _new(Msg)
    _set_id(built, message_id)
    _set_args(built, args)
    return built


_BARE: dict[str, Msg] = {}
_BARE_MAX = 4096
_new = object.__new__
_set_id = vars(Msg)["id"].__set__  # the slots' descriptors
_set_args = vars(Msg)["args"].__set__
