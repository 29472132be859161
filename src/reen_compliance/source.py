"""Read a YAML or JSON file into plain data, remembering where each value stood.

The reader is built for untrusted input: a size limit before parsing, no tags beyond the plain
ones, duplicate keys refused, aliases counted as they expand (a "billion laughs" stops early),
nesting bounded, numbers with a fraction kept as `Decimal` from their text, NaN and infinities
refused, and dates left as text so an impossible date is a located error, not a crash.
"""

from __future__ import annotations

import json
from collections.abc import Hashable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Final

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from reen_compliance.errors import InvalidInputError, Problem

DEFAULT_MAX_BYTES: Final = 10 * 1024 * 1024
DEFAULT_MAX_NODES: Final = 200_000
DEFAULT_MAX_DEPTH: Final = 64

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


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on what one input file may cost to read."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_nodes: int = DEFAULT_MAX_NODES
    max_depth: int = DEFAULT_MAX_DEPTH


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

    def problem(self, path: PathKey, message: str, hint: str | None = None) -> Problem:
        """A problem placed at `path` in this file."""
        line, column = self.position(path, prefer_key=message.startswith("unknown field"))
        return Problem(self.file, line, column, self.json_path(path), message, hint)


@dataclass(frozen=True, slots=True)
class Document:
    """Plain data read from a file, with the locator that places its values."""

    data: object
    locator: Locator


def read_document(
    path: str | Path,
    *,
    limits: Limits = Limits(),
    error: type[InvalidInputError] = InvalidInputError,
) -> Document:
    """Read a `.json` file as JSON and anything else as YAML; raise `error` with its problems."""
    file = str(path)
    try:
        size = Path(path).stat().st_size
        if size > limits.max_bytes:
            message = f"file of {size:,} bytes is larger than the limit of {limits.max_bytes:,}"
            raise error([Problem(file, None, None, "$", message, "raise the limit if it is real")])
        raw = Path(path).read_bytes()
    except OSError as failure:
        raise error(
            [Problem(file, None, None, "$", f"cannot read the file: {failure.strerror}")]
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as failure:
        line = raw[: failure.start].count(b"\n") + 1
        message = f"invalid UTF-8 byte 0x{raw[failure.start]:02x} at byte {failure.start}"
        raise error([Problem(file, line, None, "$", message, "save the file as UTF-8")]) from None
    return read_text(text, file, limits=limits, error=error, as_json=file.lower().endswith(".json"))


def read_text(
    text: str,
    file: str,
    *,
    limits: Limits = Limits(),
    error: type[InvalidInputError] = InvalidInputError,
    as_json: bool = False,
) -> Document:
    """Parse `text` (YAML, or strict JSON when `as_json`) into a located `Document`."""
    if "\x00" in text:
        raise error([Problem(file, None, None, "$", "the file contains a NUL character")])
    if as_json:
        _check_strict_json(text, file, error)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise error([Problem(file, None, None, "$", "nesting too deep")]) from None
    except yaml.MarkedYAMLError as failure:
        mark = failure.problem_mark or failure.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        message = f"YAML syntax error: {failure.problem or failure.context}"
        raise error([Problem(file, line, column, "$", message)]) from None
    except yaml.YAMLError as failure:
        raise error([Problem(file, None, None, "$", f"YAML error: {failure}")]) from None
    builder = _Builder(Locator(file), limits, error)
    data = builder.build(node, (), 0) if node is not None else None
    if builder.problems:
        raise error(builder.problems)
    return Document(data, builder.locator)


def _check_strict_json(text: str, file: str, error: type[InvalidInputError]) -> None:
    def refuse_constant(name: str) -> object:
        message = f"{name} is not a number: amounts and counts must be finite"
        raise error([Problem(file, None, None, "$", message)])

    try:
        json.loads(text, parse_float=Decimal, parse_constant=refuse_constant)
    except json.JSONDecodeError as failure:
        message = f"JSON syntax error: {failure.msg}"
        raise error([Problem(file, failure.lineno, failure.colno, "$", message)]) from None
    except RecursionError:
        raise error([Problem(file, None, None, "$", "nesting too deep")]) from None


class _Builder:
    """Turns composed YAML nodes into plain data, enforcing the limits as it goes."""

    _constructor = SafeConstructor()

    def __init__(self, locator: Locator, limits: Limits, error: type[InvalidInputError]) -> None:
        self.locator = locator
        self.limits = limits
        self.error = error
        self.problems: list[Problem] = []
        self.count = 0

    def _stop(self, path: PathKey, message: str) -> InvalidInputError:
        return self.error([*self.problems, self.locator.problem(path, message)])

    def build(self, node: Node, path: PathKey, depth: int) -> object:
        self.count += 1
        if self.count > self.limits.max_nodes:
            message = f"more than {self.limits.max_nodes:,} values once aliases are expanded"
            raise self._stop(path, message)
        if depth > self.limits.max_depth:
            raise self._stop(path, f"nested deeper than {self.limits.max_depth} levels")
        self.locator.values.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if node.tag not in _PLAIN_TAGS:
            self.problems.append(self.locator.problem(path, f"tag {node.tag!r} is not allowed"))
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
        self.problems.append(self.locator.problem(path, "unsupported YAML node"))
        return None

    def _mapping(self, node: MappingNode, path: PathKey, depth: int) -> dict[Hashable, object]:
        result: dict[Hashable, object] = {}
        first_seen: dict[Hashable, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(
                    self.locator.problem(path, "merge keys ('<<') are not supported")
                )
                continue
            if not isinstance(key_node, ScalarNode):
                self.problems.append(
                    self.locator.problem(path, "a key must be a plain text or number")
                )
                continue
            key = self._scalar(key_node, path)
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                key = key_node.value
            if key in result:
                message = f"duplicate key {key!r} (first at line {first_seen[key]})"
                self.problems.append(
                    Problem(
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
        tag = node.tag
        if tag == "tag:yaml.org,2002:int":
            return self._constructor.construct_yaml_int(node)
        if tag == "tag:yaml.org,2002:float":
            text = node.value.replace("_", "")
            try:
                number = Decimal(text)
            except InvalidOperation:
                number = Decimal("NaN")
            if not number.is_finite():
                self.problems.append(
                    self.locator.problem(path, f"expected a finite number, found {node.value!r}")
                )
                return None
            return number
        if tag == "tag:yaml.org,2002:bool":
            return self._constructor.construct_yaml_bool(node)
        if tag == "tag:yaml.org,2002:null":
            return None
        return node.value
