"""Limits on what an input may cost: bytes, nesting, values; raised for one command."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Final

DEFAULT_MAX_BYTES: Final = 10 * 1024 * 1024
DEFAULT_MAX_NODES: Final = 200_000
DEFAULT_MAX_DEPTH: Final = 64


_max_input_bytes: ContextVar[int | None] = ContextVar("max_input_bytes", default=None)


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on what one input file may cost to read."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_nodes: int = DEFAULT_MAX_NODES
    max_depth: int = DEFAULT_MAX_DEPTH


@contextmanager
def max_input_bytes(limit: int | None) -> Iterator[None]:
    """Within the block, refuse any input file larger than `limit` bytes (None: the defaults).

    The CLI sets this from `--max-input-bytes`; it bounds profiles, rule files and ledgers alike.
    """
    token = _max_input_bytes.set(limit)
    try:
        yield
    finally:
        _max_input_bytes.reset(token)


def input_byte_limit(default: int) -> int:
    """The size limit in force: the one set by `max_input_bytes`, else `default`."""
    limit = _max_input_bytes.get()
    return default if limit is None else limit


def current_limits(limits: Limits | None = None) -> Limits:
    """`limits`, or the default limits with the size limit set by `max_input_bytes`."""
    if limits is not None:
        return limits
    return Limits(max_bytes=input_byte_limit(DEFAULT_MAX_BYTES))
