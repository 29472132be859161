"""Dated values: which version is in force on a day; the only place doing day arithmetic.

Rule files write periods with inclusive ends, as texts do (« jusqu'au 30 juin 2024 »); here
they become half-open `[start, end)` once, so a value changing on 1 January is never in force
twice and never missing for a day.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reen_compliance.law.values import DatedValue
from reen_compliance.messages import Message, say

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open period of days `[start, end)`; `end` None means open-ended."""

    start: date
    end: date | None

    def contains(self, day: date) -> bool:
        """Whether `day` falls inside the span."""
        return self.start <= day and (self.end is None or day < self.end)


def span_of(value: DatedValue, following: DatedValue | None) -> Span:
    """The half-open span of `value`: to its inclusive end, else to the next version's start."""
    if value.effective_to is not None:
        return Span(value.effective_from, value.effective_to + ONE_DAY)
    return Span(value.effective_from, following.effective_from if following else None)


def value_in_force(values: Sequence[DatedValue], on: date) -> DatedValue | None:
    """Return the entry in force on `on`, or None before the first entry or after an end.

    Periods are half-open, so a value that changes on 1 January is never in force twice.
    """
    return Timeline.of(values).on(on)


@dataclass(frozen=True, slots=True)
class Timeline:
    """Dated values sorted once with their half-open ends, so the one in force is a bisect."""

    starts: tuple[date, ...]
    ordered: tuple[DatedValue, ...]
    ends: tuple[date | None, ...]
    clean: bool

    @classmethod
    def of(cls, values: Sequence[DatedValue]) -> Timeline:
        """Sort `values` by start; `clean` when no two versions share a day."""
        ordered = tuple(sorted(values, key=lambda value: value.effective_from))
        starts = tuple(value.effective_from for value in ordered)
        next_starts: tuple[date | None, ...] = (*starts[1:], None) if starts else ()
        ends = tuple(
            following if value.effective_to is None else value.effective_to + ONE_DAY
            for value, following in zip(ordered, next_starts, strict=True)
        )
        clean = all(
            end is not None and end <= following
            for end, following in zip(ends, starts[1:], strict=False)
        )
        return cls(starts, ordered, ends, clean)

    def on(self, day: date) -> DatedValue | None:
        """The version in force on `day` (the first in start order when versions overlap)."""
        if not self.clean:
            for value, start, end in zip(self.ordered, self.starts, self.ends, strict=True):
                if start <= day and (end is None or day < end):
                    return value
            return None
        index = bisect_right(self.starts, day) - 1
        if index < 0:
            return None
        end = self.ends[index]
        return self.ordered[index] if end is None or day < end else None


def timeline_problems(values: Sequence[DatedValue]) -> list[Message]:
    """Describe overlaps and gaps between consecutive versions; empty when the line is clean."""
    problems: list[Message] = []
    ordered = sorted(values, key=lambda value: value.effective_from)
    for previous, current in itertools.pairwise(ordered):
        if previous.effective_to is None:
            continue
        expected_start = previous.effective_to + ONE_DAY
        if current.effective_from < expected_start:
            problems.append(
                say("timeline.overlap", end=previous.effective_to, start=current.effective_from)
            )
        elif current.effective_from > expected_start:
            problems.append(
                say(
                    "timeline.gap",
                    end=previous.effective_to,
                    start=current.effective_from,
                    expected=expected_start,
                )
            )
    if len({value.effective_from for value in ordered}) != len(ordered):
        problems.append(say("timeline.same_start"))
    return problems


def year_span(year: int) -> Span:
    """The calendar year `year` as a half-open span."""
    return Span(date(year, 1, 1), date(year + 1, 1, 1))


def last_day(span: Span) -> date:
    """The last day inside a closed-ended span."""
    if span.end is None:
        msg = "an open-ended span has no last day"
        raise ValueError(msg)
    return span.end - ONE_DAY


def intersect(first: Span, second: Span) -> Span | None:
    """The days two spans share, or None when they do not meet."""
    start = max(first.start, second.start)
    ends = [end for end in (first.end, second.end) if end is not None]
    end = min(ends) if ends else None
    if end is not None and end <= start:
        return None
    return Span(start, end)


def change_dates(values: Iterable[DatedValue]) -> set[date]:
    """Every day on which some version starts or the day after one ends."""
    days: set[date] = set()
    for value in values:
        days.add(value.effective_from)
        if value.effective_to is not None:
            days.add(value.effective_to + ONE_DAY)
    return days


def add_months(day: date, months: int) -> date:
    """The same day `months` later; a day the month lacks becomes its last day (31 -> 30)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    msg = f"cannot add {months} months to {day}"  # pragma: no cover - 28 always exists
    raise ValueError(msg)  # pragma: no cover


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February."""
    return add_months(day, 12 * years)


def next_year_day(month_day: str, on_or_after: date) -> date:
    """The first date on or after `on_or_after` falling on `month_day` (MM-DD)."""
    month, day = (int(part) for part in month_day.split("-"))
    candidate = date(on_or_after.year, month, day)
    return candidate if candidate >= on_or_after else date(on_or_after.year + 1, month, day)
