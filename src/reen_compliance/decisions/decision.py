"""A decision: what a check concluded for one period, as data that any language can word.

A check returns decisions; the engine adds what every finding shares (citations, review notes,
remedy, sanction) and a renderer words them. Nothing here is a sentence: reasons, steps and
notes are catalogue messages with typed values.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Literal

from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import (
    Gap,
    InsufficientCause,
    ShareGap,
    ShareMeasure,
    TargetProgressRow,
    TraceFact,
)
from reen_compliance.i18n.message import Localized, Msg
from reen_compliance.law.applicability import Applicability
from reen_compliance.law.values import AppliedValue


@dataclass(frozen=True, slots=True)
class Period:
    """What a finding judges: a calendar or budget year, or one item (a contract, a service)."""

    kind: Literal["year", "item"]
    year: int | None = None
    reference: str | None = None
    label: Msg | None = field(default=None, compare=False)
    """How a reader names the item when its reference is a key (a practice), not a name."""

    @property
    def key(self) -> str:
        """The period as the JSON report names it: « 2024 », or the item's reference."""
        return str(self.year) if self.kind == "year" else str(self.reference)


def year_period(year: int) -> Period:
    """The period of one calendar (or budget) year: built once per year, then shared."""
    found = _YEARS.get(year)
    if found is None:
        if len(_YEARS) >= _YEARS_MAX:
            _YEARS.clear()
        found = _YEARS[year] = Period("year", year=year)
    return found


_YEARS: dict[int, Period] = {}
_YEARS_MAX = 1024


def item_period(reference: str, label: Msg | None = None) -> Period:
    """The period of one item a check judges on its own: a contract, a service, a site."""
    return Period("item", reference=reference, label=label)


Note = Msg | Localized


@dataclass(frozen=True)
class Decision:
    """The status of one rule for one period, why, and the facts and values it rests on.

    `reason` is the finding's first sentence and `details` the sentences that follow it;
    `notes` are caveats a legal officer must check (they flag the finding for review).
    Immutable, like every output of the engine; built by `_build` below (see there why).
    """

    status: Status
    reason: Msg
    period: Period | None = None
    deadline: date | None = None
    gap: Gap | None = None
    details: tuple[Msg, ...] = ()
    steps: tuple[Msg, ...] = ()
    notes: tuple[Note, ...] = ()
    facts: tuple[TraceFact, ...] = ()
    values: tuple[AppliedValue, ...] = ()
    measures: tuple[ShareMeasure, ...] = ()
    data_source: Msg | str | None = None
    data_period: tuple[date, date] | None = None
    value_review: bool = False
    statutory_deadline: date | None = None
    """The law's own deadline, when the body's (`deadline`) is later: it became bound later."""
    days_late: int | None = None
    """Days between the deadline and the act (or the assessment date, while it is missing)."""
    foreseeable_breach: bool = False
    """An act planned after its deadline: the breach is foreseeable before it happens."""
    closes_on: date | None = None
    """The day the period examined closed (year end, budget vote): no catching up after it."""
    next_target: Msg | None = None
    """What the next period requires, for the remedy of a closed period."""
    applicability: Applicability | None = field(default=None, compare=False)
    reading_unconfirmed: bool = False
    """The status rests on a reading the reference does not confirm."""
    insufficient_cause: InsufficientCause | None = None
    """Why data are insufficient; None reads as the body's data."""
    status_scope: Literal["declarative_duties"] | None = None
    gap_by_share: tuple[ShareGap, ...] = ()
    information_only: bool = False
    """A point of attention, not an obligation: never a breach, no deadline."""
    target_progress: tuple[TargetProgressRow, ...] = ()

    def with_facts(self, *facts: TraceFact) -> Decision:
        """The same decision with more facts read from the profile in its trace."""
        return evolve(self, facts=(*self.facts, *facts))

    def with_values(self, *values: AppliedValue) -> Decision:
        """The same decision with more dated values of the law in its trace."""
        return evolve(self, values=(*self.values, *values))


_FIELDS: tuple[str, ...] = tuple(each.name for each in fields(Decision))
_FIELD_NAMES: frozenset[str] = frozenset(_FIELDS)
_set = object.__setattr__


def _build(self: Decision, *args: object, **given: object) -> None:
    """The dataclass's `__init__`, with the fields given set in one step (issue #18).

    A frozen dataclass sets its 26 fields one `object.__setattr__` at a time (3 µs a
    decision, about 10 % of `decide`). Here the instance's dictionary is the fields given;
    a field not given reads the class's default, which every field has but the two required
    (all defaults are immutable: None, (), False). Same arguments, same errors, same object.
    """
    if args:
        if len(args) > len(_FIELDS):
            raise TypeError(f"Decision takes {len(_FIELDS)} fields, {len(args)} given")
        for name in _FIELDS[: len(args)]:
            if name in given:
                raise TypeError(f"Decision got multiple values for field {name!r}")
        given.update(zip(_FIELDS, args, strict=False))
    if not _FIELD_NAMES.issuperset(given):
        raise TypeError(f"Decision has no field {min(given.keys() - _FIELD_NAMES)!r}")
    if "status" not in given or "reason" not in given:  # the two fields without a default
        name = "status" if "status" not in given else "reason"
        raise TypeError(f"Decision is missing the field {name!r}")
    _set(self, "__dict__", given)


_build.__signature__ = inspect.signature(Decision.__init__)  # type: ignore[attr-defined]
_build.__doc__ = Decision.__init__.__doc__
setattr(Decision, "__init__", _build)  # noqa: B010 - mypy keeps checking calls against the dataclass


def evolve(decision: Decision, **changes: object) -> Decision:
    """`dataclasses.replace` for a decision, without re-passing every field to `__init__`."""
    unknown = changes.keys() - _FIELD_NAMES
    if unknown:
        raise TypeError(f"Decision has no field {min(unknown)!r}")
    new = object.__new__(Decision)
    _set(new, "__dict__", {**decision.__dict__, **changes})
    return new
