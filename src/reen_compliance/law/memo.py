"""Memos of the law layer: what a rule gives on a day, computed once and then read back.

Two kinds, neither global: `rule_memo` lives on a compiled rule (`CompiledRule.memo`) and keeps
what depends only on that rule, a day and the law date (parameters in force, citations), shared
by every evaluation with the same rule pack (the applicability plan, `law.plan`); `body_memo`
lives on a `LawView` and keeps what one body's evaluation computes more than once (facts of a
day, each rule's applicability state, `law.state`), for the body being evaluated only. Both
are bounded; values are shared, so callers never mutate them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date
from typing import Any, Protocol, TypeVar

MAX_ENTRIES = 4096
"""Entries a memo keeps before starting afresh (a batch over many dates stays bounded)."""

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
Memo = dict[Hashable, object]
_MISSING = object()


class HasMemo(Protocol):
    """Anything carrying a memo of its own, such as a compiled rule."""

    @property
    def memo(self) -> Memo:
        """The memo."""
        ...


def remember(memo: Memo, key: Hashable, build: Callable[[], T]) -> T:
    """The value under `key`, built by `build` the first time."""
    found = memo.get(key, _MISSING)
    if found is not _MISSING:
        return found  # type: ignore[return-value]  # the entry under `key` is a T
    value = build()
    if len(memo) >= MAX_ENTRIES:
        memo.clear()
    memo[key] = value
    return value


class BodyMemo:
    """One body's memo on a law view: plain dictionaries the hot paths read without a call.

    `facts` and `sources` are per day (`facts_day`: the day read for conditions reading no
    dated fact); `states` holds each rule's applicability state (`law.state.RuleState`) under
    the rule's identity, each state holding its rule so a reused identity is never mistaken
    for it; `other` is for anything else.
    """

    __slots__ = ("facts", "facts_day", "other", "profile", "sources", "states")

    def __init__(self, profile: object) -> None:
        """An empty memo for `profile`."""
        self.profile = profile
        self.facts: dict[date, dict[str, object]] = {}
        self.facts_day: date | None = None
        """The day the facts that do not change with the day are read on (the first asked)."""
        self.sources: dict[date, dict[str, str]] = {}
        self.states: dict[int, Any] = {}
        self.other: Memo = {}


BODY = "profile"
"""The key of the body's memo in a law view's memo (read inline by the hot paths)."""


def body_memo(memo: Memo, profile: object) -> BodyMemo:
    """The memo of one body: a new one whenever another body's profile comes in."""
    current = memo.get(BODY)
    if isinstance(current, BodyMemo) and current.profile is profile:
        return current
    fresh = BodyMemo(profile)
    memo[BODY] = fresh
    return fresh


def profile_memo(memo: Memo, profile: object) -> Memo:
    """The general-purpose memo of one body (see `BodyMemo.other`)."""
    return body_memo(memo, profile).other


def keep(memo: dict[K, V], key: K, value: V) -> V:
    """Store `value` under `key` in a memo read inline, starting afresh when it is full."""
    if len(memo) >= MAX_ENTRIES:
        memo.clear()
    memo[key] = value
    return value


def remember_for(memo: Memo, key: Hashable, owner: object, build: Callable[[], T]) -> T:
    """Like `remember`, for a value about `owner` (a rule, a tuple of dated values).

    The key holds the owner's identity and the entry the owner itself, so an entry never
    outlives its owner's identity: a new object at a reused address is not mistaken for it.
    """
    full = (key, id(owner))
    found = memo.get(full)
    if found is not None and found[0] is owner:  # type: ignore[index]  # set below
        return found[1]  # type: ignore[index, no-any-return]  # set below
    value = build()
    if len(memo) >= MAX_ENTRIES:
        memo.clear()
    memo[full] = (owner, value)
    return value


def cited(rule: HasMemo, day: date, law_as_of: date, lang: str, build: Callable[[], T]) -> T:
    """A rule's citations for a day, a law date and a language: built once, then shared."""
    return remember(rule.memo, ("citations", day, law_as_of, lang), build)
