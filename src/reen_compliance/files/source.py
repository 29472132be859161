"""Read a YAML or JSON file into plain data, remembering where each value stood.

The reader is built for untrusted input: a size limit before parsing, no tags beyond the plain
ones, duplicate keys refused, aliases counted as they expand (a "billion laughs" stops early),
nesting bounded, numbers with a fraction kept as `Decimal` from their text, NaN and infinities
refused, and dates left as text so an impossible date is a located error, not a crash.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Hashable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import BinaryIO, Final

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    Event,
    NodeEvent,
    ScalarEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from reen_compliance.errors import InvalidInputError, Problem
from reen_compliance.files.json_text import check_strict_json, line_column
from reen_compliance.files.limits import (
    Limits,
    current_limits,
)
from reen_compliance.messages import Message, say

PathKey = tuple[Hashable, ...]


_PLAIN_TAGS: Final = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


@dataclass(slots=True)
class Locator:
    """Maps a path inside the data to the line and column where it was written."""

    file: str
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    sequences: set[PathKey] = field(default_factory=set)
    raw: dict[PathKey, str] = field(default_factory=dict)

    def position(self, path: PathKey, *, prefer_key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of `path`, or of its nearest located ancestor."""
        probe = tuple(path)
        while True:
            table = (self.keys, self.values) if prefer_key else (self.values, self.keys)
            for marks in table:
                if probe in marks:
                    return marks[probe]
            if not probe:
                return None, None
            probe = probe[:-1]

    def json_path(self, path: PathKey) -> str:
        """Render `path` as `$.a.b[0].c`, brackets for list positions."""
        text = "$"
        for depth, part in enumerate(path):
            if tuple(path[:depth]) in self.sequences and isinstance(part, int):
                text += f"[{part}]"
            else:
                text += f".{part}"
        return text

    def problem(
        self, path: PathKey, message: str | Message, hint: str | Message | None = None
    ) -> Problem:
        """A problem placed at `path` in this file; catalogue messages render in any language."""
        english = str(message)
        line, column = self.position(path, prefer_key=english.startswith("unknown field"))
        if isinstance(message, Message):
            return Problem.of(self.file, line, column, self.json_path(path), message, hint)
        hint_text = str(hint) if hint is not None else None
        return Problem(self.file, line, column, self.json_path(path), message, hint_text)


@dataclass(frozen=True, slots=True)
class Document:
    """Plain data read from a file, with the locator that places its values."""

    data: object
    locator: Locator


def read_document(
    path: str | Path,
    *,
    limits: Limits | None = None,
    error: type[InvalidInputError] = InvalidInputError,
) -> Document:
    """Read a `.json` file as JSON and anything else as YAML; raise `error` with its problems.

    The size is checked before reading, and reading stops one byte past the limit, so neither a
    huge file nor an endless one (`/dev/zero`, a pipe) is ever held in memory.
    """
    limits = current_limits(limits)
    file = str(path)
    try:
        with Path(path).open("rb") as stream:
            declared = size_of(stream)
            too_big = declared is not None and declared > limits.max_bytes
            raw = b"" if too_big else read_at_most(stream, limits.max_bytes + 1, declared)
    except OSError as failure:
        raise error(
            [Problem.of(file, None, None, "$", say("file.unreadable", reason=failure.strerror))]
        ) from None
    if len(raw) > limits.max_bytes or (declared and declared > limits.max_bytes):
        message = (
            say("file.too_large", size=declared, limit=limits.max_bytes)
            if declared
            else say("file.too_large_stream", limit=limits.max_bytes)
        )
        hint = say("file.raise_limit")
        raise error([Problem.of(file, None, None, "$", message, hint)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as failure:
        line = raw[: failure.start].count(b"\n") + 1
        column = failure.start - (raw.rfind(b"\n", 0, failure.start) + 1) + 1
        message = say("file.invalid_utf8", byte=raw[failure.start], offset=failure.start)
        hint = say("file.save_utf8")
        raise error([Problem.of(file, line, column, "$", message, hint)]) from None
    return read_text(text, file, limits=limits, error=error, as_json=file.lower().endswith(".json"))


def read_at_most(stream: BinaryIO, limit: int, declared: int | None) -> bytes:
    """Read up to `limit` bytes, without reserving `limit` bytes of memory up front.

    `declared` is the size the file system gives a regular file, None for a device or a pipe.
    """
    if declared is not None:
        return stream.read(min(limit, declared + 1))
    chunks: list[bytes] = []
    size = 0
    while size < limit and (chunk := stream.read(min(1 << 16, limit - size))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def size_of(stream: BinaryIO) -> int | None:
    """The size a regular file declares, or None for a device or a pipe (read to find out)."""
    status = os.fstat(stream.fileno())
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def read_text(
    text: str,
    file: str,
    *,
    limits: Limits | None = None,
    error: type[InvalidInputError] = InvalidInputError,
    as_json: bool = False,
) -> Document:
    """Parse `text` (YAML, or strict JSON when `as_json`) into a located `Document`."""
    limits = current_limits(limits)
    if len(text) > limits.max_bytes:
        message = say("file.text_too_large", size=len(text), limit=limits.max_bytes)
        raise error([Problem.of(file, None, None, "$", message)])
    if "\x00" in text:
        line, column = line_column(text, text.index("\x00"))
        raise error([Problem.of(file, line, column, "$", say("file.nul"))])
    if as_json:
        check_strict_json(text, file, limits, error)
    try:
        node = _compose(text, limits)
    except _LimitError as failure:
        raise error([Problem.of(file, failure.line, failure.column, "$", failure.said)]) from None
    except RecursionError:
        raise error([Problem.of(file, None, None, "$", say("yaml.nesting_too_deep"))]) from None
    except yaml.MarkedYAMLError as failure:
        mark = failure.problem_mark or failure.context_mark
        message = say("yaml.syntax", detail=failure.problem or failure.context)
        line_at, column_at = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise error([Problem.of(file, line_at, column_at, "$", message)]) from None
    except yaml.reader.ReaderError as failure:
        line, column = line_column(text, failure.position)
        message = say("yaml.control_character", code=failure.character)
        raise error([Problem.of(file, line, column, "$", message)]) from None
    except yaml.YAMLError as failure:
        message = say("yaml.error", detail=str(failure))
        raise error([Problem.of(file, None, None, "$", message)]) from None
    builder = _Builder(Locator(file), limits, error)
    data = builder.build(node, (), 0) if node is not None else None
    if builder.problems:
        raise error(builder.problems)
    return Document(data, builder.locator)


def _compose(text: str, limits: Limits) -> Node | None:
    """Compose the single YAML document of `text` through the guarded loader."""
    loader = _GuardedLoader(text, limits)
    try:
        node: Node | None = loader.get_single_node()
    except (ValueError, OverflowError):  # PyYAML's chr() on an escape such as "\U99999999"
        mark = loader.get_mark()
        raise _LimitError(say("yaml.bad_escape"), mark.line + 1, mark.column + 1) from None
    finally:
        loader.dispose()
    return node


class _LimitError(Exception):
    """Internal: the document goes past a limit at this line and column."""

    def __init__(self, said: Message, line: int, column: int) -> None:
        super().__init__(str(said))
        self.said, self.line, self.column = said, line, column


class _PurePythonParser(yaml.SafeLoader):
    """PyYAML's pure-Python safe loader: the fallback where libyaml is not installed."""


try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - libyaml ships in PyYAML's wheels
    _ParserBase: type = _PurePythonParser
else:

    class _LibyamlParser(yaml.composer.Composer, _CParser, yaml.resolver.Resolver):
        """libyaml's C parser under PyYAML's own Python composer and resolver.

        Events, marks and resolved tags are those of the pure-Python safe loader (a test compares
        the trees); parsing is about ten times faster, which is most of a cold start.
        """

        def __init__(self, text: str) -> None:
            _CParser.__init__(self, text)
            yaml.composer.Composer.__init__(self)
            yaml.resolver.Resolver.__init__(self)

    _ParserBase = _LibyamlParser


class _GuardedLoader(_ParserBase):  # type: ignore[misc]  # the base is chosen at import
    """The safe composer, counting each event as it is consumed, before any node is built.

    Depth is checked on the way down, so the recursive composer never nears Python's stack
    limit; each anchor remembers how many values it holds, so an alias costs its expanded size
    and a "billion laughs" stops at the alias that crosses the limit, in milliseconds.
    """

    def __init__(self, text: str, limits: Limits) -> None:
        super().__init__(text)
        self._limits = limits
        self._sizes: dict[str, int] = {}
        self._open: list[tuple[str | None, list[int]]] = []
        self._total = 0

    def get_event(self) -> Event:
        event: Event = super().get_event()
        if isinstance(event, CollectionStartEvent):
            if len(self._open) >= self._limits.max_depth:
                self._refuse(event, say("yaml.too_deep", limit=self._limits.max_depth))
            self._open.append((event.anchor, [1]))
            self._add(event, 1, to_parent=False)
        elif isinstance(event, CollectionEndEvent):
            anchor, (size,) = self._open.pop()
            if anchor is not None:
                self._sizes[anchor] = size
            if self._open:
                self._open[-1][1][0] += size
        elif isinstance(event, ScalarEvent):
            if event.anchor is not None:
                self._sizes[event.anchor] = 1
            self._add(event, 1)
        elif isinstance(event, AliasEvent):
            known = self._sizes.get(event.anchor or "")
            if known is None and any(anchor == event.anchor for anchor, _ in self._open):
                self._refuse(event, say("yaml.recursive_alias", anchor=event.anchor))
            self._add(event, known or 1)
        return event

    def _add(self, event: NodeEvent, size: int, *, to_parent: bool = True) -> None:
        self._total += size
        if to_parent and self._open:
            self._open[-1][1][0] += size
        if self._total > self._limits.max_nodes:
            self._refuse(event, say("yaml.too_many_values", limit=self._limits.max_nodes))

    @staticmethod
    def _refuse(event: Event, message: Message) -> None:
        mark = event.start_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise _LimitError(message, line, column)


def scalar_refusal(value: str, tag: str) -> Message | None:
    """Why a scalar cannot be read at all (a lone surrogate, an endless integer), or None."""
    if _SURROGATE.search(value):
        return say("yaml.surrogate")
    if tag == "tag:yaml.org,2002:int" and len(value) > _MAX_INT_CHARS:
        return say("yaml.long_integer", limit=_MAX_INT_CHARS, start=value[:20])
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


_MAX_INT_CHARS = 100


class _Builder:
    """Turns composed YAML nodes into plain data, enforcing the limits as it goes."""

    _constructor = SafeConstructor()

    def __init__(self, locator: Locator, limits: Limits, error: type[InvalidInputError]) -> None:
        self.locator = locator
        self.limits = limits
        self.error = error
        self.problems: list[Problem] = []
        self.count = 0

    def _stop(self, path: PathKey, message: Message) -> InvalidInputError:
        return self.error([*self.problems, self.locator.problem(path, message)])

    def build(self, node: Node, path: PathKey, depth: int) -> object:
        self.count += 1
        if self.count > self.limits.max_nodes:
            raise self._stop(path, say("yaml.too_many_values", limit=self.limits.max_nodes))
        if depth > self.limits.max_depth:
            raise self._stop(path, say("yaml.too_deep", limit=self.limits.max_depth))
        self.locator.values.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if node.tag not in _PLAIN_TAGS:
            self.problems.append(self.locator.problem(path, say("yaml.tag", tag=node.tag)))
            return None
        if isinstance(node, ScalarNode):
            return self._scalar(node, path)
        if isinstance(node, SequenceNode):
            self.locator.sequences.add(path)
            return [
                self.build(item, (*path, index), depth + 1) for index, item in enumerate(node.value)
            ]
        if isinstance(node, MappingNode):
            return self._mapping(node, path, depth)
        self.problems.append(self.locator.problem(path, say("yaml.unsupported_node")))
        return None

    def _mapping(self, node: MappingNode, path: PathKey, depth: int) -> dict[Hashable, object]:
        result: dict[Hashable, object] = {}
        first_seen: dict[Hashable, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(self.locator.problem(path, say("yaml.merge_key")))
                continue
            if not isinstance(key_node, ScalarNode):
                self.problems.append(self.locator.problem(path, say("yaml.key_type")))
                continue
            key = self._scalar(key_node, path)
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                key = key_node.value
            if key in result:
                message = say("yaml.duplicate_key", key=key, first=first_seen[key])
                self.problems.append(
                    Problem.of(
                        self.locator.file,
                        key_line,
                        key_node.start_mark.column + 1,
                        self.locator.json_path((*path, key)),
                        message,
                    )
                )
                continue
            first_seen[key] = key_line
            self.locator.keys[(*path, key)] = (key_line, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result

    def _scalar(self, node: ScalarNode, path: PathKey) -> object:
        self.locator.raw[path] = node.value
        refusal = scalar_refusal(node.value, node.tag)
        if refusal:
            self.problems.append(self.locator.problem(path, refusal))
            return None
        tag = node.tag
        if tag == "tag:yaml.org,2002:int":
            return self._constructor.construct_yaml_int(node)
        if tag == "tag:yaml.org,2002:float":
            number = finite_decimal(node.value)
            if number is None:
                self.problems.append(
                    self.locator.problem(path, say("yaml.not_finite", found=node.value))
                )
            return number
        if tag == "tag:yaml.org,2002:bool":
            return self._constructor.construct_yaml_bool(node)
        return None if tag == "tag:yaml.org,2002:null" else node.value


def finite_decimal(text: str) -> Decimal | None:
    """The exact Decimal a float scalar spells, or None for NaN, infinities and the unreadable."""
    try:
        number = Decimal(text.replace("_", ""))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
