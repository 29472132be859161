"""A profile's YAML read straight from libyaml's events, when it holds nothing unusual.

Every page after the first carries the whole profile as YAML text, read again on each request.
The guarded, located reader (`files.source.read_text`) composes a tree of nodes, then builds
the data from it, remembering where each value stood: a third of a millisecond for a profile.
Here the data are built from the parser's events in one loop: the same values (the same
resolver, the same integers, `Decimal`s and texts), with the same limits on depth and count.
Whatever the fast loop does not handle alike (an anchor, an alias, a tag, a merge key, a
duplicate or complex key, a refused scalar, a syntax error, several documents) makes it give up:
the caller then reads the text with the guarded reader, which reports every problem at its
place. Nothing is kept between calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    Event,
    MappingStartEvent,
    ScalarEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from reen_compliance.files.limits import Limits
from reen_compliance.files.source import finite_decimal, scalar_refusal

try:
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - libyaml ships in PyYAML's wheels
    HAS_LIBYAML = False
else:
    HAS_LIBYAML = True


class NotPlainError(Exception):
    """The text holds something the fast loop leaves to the guarded reader."""


NOT_PLAIN: Final = NotPlainError
"""What `plain_data` gives back when the text must go through the guarded reader."""

_TAG: Final = "tag:yaml.org,2002:"
_STR, _TIMESTAMP, _NULL = f"{_TAG}str", f"{_TAG}timestamp", f"{_TAG}null"
_INT, _FLOAT, _BOOL = f"{_TAG}int", f"{_TAG}float", f"{_TAG}bool"
_CONSTRUCTOR: Final = SafeConstructor()
_NO_KEY: Final = object()
"""The key slot of a mapping waiting for its next key."""


class _Open:
    """A collection being filled, and (a mapping's) key waiting for its value."""

    __slots__ = ("items", "key")

    def __init__(self, items: dict[object, object] | list[object]) -> None:
        self.items = items
        self.key: object = _NO_KEY


def plain_data(text: str, limits: Limits) -> object:
    """The data of `text` as `read_text(text, …).data` gives them, or `NOT_PLAIN`."""
    if not HAS_LIBYAML or len(text) > limits.max_bytes:
        return NOT_PLAIN
    parser = CParser(text)
    try:
        return _document(parser.get_event, limits)
    except (NotPlainError, yaml.YAMLError, ValueError, OverflowError):
        return NOT_PLAIN
    finally:
        parser.dispose()


def _document(get: Callable[[], Event | None], limits: Limits) -> object:  # noqa: C901, PLR0912 - one loop, placement inlined
    """The one document of the stream, built from its events with a stack of open collections."""
    _expect(get(), StreamStartEvent)
    _expect(get(), DocumentStartEvent)
    stack: list[_Open] = []  # the open collections, the innermost last
    count = 0
    while True:
        event = get()
        count += 1
        if count > limits.max_nodes:
            raise NotPlainError
        if isinstance(event, ScalarEvent):
            value = _scalar(event)
        elif isinstance(event, CollectionStartEvent):
            if event.anchor is not None or event.tag is not None or len(stack) >= limits.max_depth:
                raise NotPlainError
            stack.append(_Open({} if isinstance(event, MappingStartEvent) else []))
            continue
        elif isinstance(event, CollectionEndEvent):
            value = stack.pop().items
        else:  # an alias, the end of the document (of an empty one too)
            raise NotPlainError
        if not stack:
            break
        top = stack[-1]  # put the value there: an item, a mapping's value, or its key
        items = top.items
        if isinstance(items, list):
            items.append(value)
        elif top.key is not _NO_KEY:
            items[top.key] = value
            top.key = _NO_KEY
        elif not isinstance(event, ScalarEvent):  # a collection as a key
            raise NotPlainError
        else:
            if not isinstance(value, str | int) or isinstance(value, bool):
                value = event.value  # as the guarded reader, such a key is its text
            if value in items:  # a duplicate: the guarded reader says where both are
                raise NotPlainError
            top.key = value
    _expect(get(), DocumentEndEvent)
    _expect(get(), StreamEndEvent)
    return value


def _expect(event: Event | None, kind: type[Event]) -> None:
    if not isinstance(event, kind):
        raise NotPlainError


def _scalar(event: ScalarEvent) -> object:
    """The value of a scalar as the guarded reader builds it (dates stay text)."""
    if event.anchor is not None or event.tag is not None:
        raise NotPlainError
    text: str = event.value
    tag = _resolved(text) if event.implicit[0] else _STR
    # A lone surrogate only comes from a double-quoted escape (libyaml reads UTF-8).
    if (event.style == '"' or tag == _INT) and scalar_refusal(text, tag) is not None:
        raise NotPlainError
    if tag in {_STR, _TIMESTAMP}:
        return text
    if tag == _NULL:
        return None
    if tag == _INT:
        return _CONSTRUCTOR.construct_yaml_int(ScalarNode(tag, text))
    if tag == _BOOL:
        return _CONSTRUCTOR.construct_yaml_bool(ScalarNode(tag, text))
    if tag == _FLOAT and (number := finite_decimal(text)) is not None:
        return number
    raise NotPlainError  # a merge key, a refused number, a tag the reader does not know


def _resolved(text: str) -> str:
    """The tag of a plain scalar: `Resolver.resolve` without path resolvers, inlined."""
    table = Resolver.yaml_implicit_resolvers
    for tag, pattern in table.get(text[:1], []) + table.get(None, []):
        if pattern.match(text):
            found: str = tag
            return found
    return _STR
