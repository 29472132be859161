"""Dated events ahead of a body: the days a rule's calendar entry falls, the day it becomes bound.

A calendar entry is shown only on days its text was known (as the law stood on the law date),
inside its own span (a channel replaced by a later text), and while the rule may bind the body
on that day: nothing before the rule exists, nothing before the body is bound. A profile that
records a figure applying on a future day (a population crossing a threshold on 1 January)
gets the day the body becomes bound.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import NamedTuple

from reen_compliance.decisions.context import Context
from reen_compliance.i18n.message import Msg, msg
from reen_compliance.law.applicability import parameters_on
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.model import CalendarEntry
from reen_compliance.law.timeline import next_year_day

ONE_DAY = timedelta(days=1)
PURCHASES_FACT = "previous_year_purchases_eur_ht"


def entry_days(
    rule: CompiledRule, entry: CalendarEntry, ctx: Context, start: date, end: date
) -> list[date]:
    """The days between `start` and `end` (inclusive) the entry falls on for this body."""
    return list(_entry_days(rule, entry, ctx, start, end))


def _entry_days(
    rule: CompiledRule, entry: CalendarEntry, ctx: Context, start: date, end: date
) -> Iterator[date]:
    """The days of `entry_days`, in order, tested one by one (the first may be all one needs)."""
    span = ctx.law.entry_span(entry)
    if span is None:
        return
    first, last = max(start, span[0]), min(end, span[1])
    if entry.date is not None:
        days: Iterable[date] = [entry.date] if first <= entry.date <= last else []
    else:
        days = _yearly_days(entry.yearly or "", first, last)
    unbound: _Inputs | None = None  # what the condition read on the last day it did not bind
    for day in days:
        inputs = _inputs(rule, ctx, day)
        if inputs is not None and unbound is not None and inputs.same_as(unbound):
            continue  # it reads the same values and facts: it does not bind either
        if ctx.bound(rule, day) is not False:
            yield day
        else:
            unbound = inputs


class _Inputs(NamedTuple):
    """What the rule's condition reads on a day, as far as it changes from day to day.

    The parameters in force (days with the same versions share one dictionary), the
    population figure when the condition reads it, the year when it reads last year's
    purchases: the body's other facts read the same on every day (`law.facts.facts_on`).
    """

    parameters: object
    population: object
    year: int | None

    def same_as(self, other: _Inputs) -> bool:
        """Whether the condition reads the same on both days (so holds on both or neither)."""
        return (
            self.parameters is other.parameters
            and self.population is other.population
            and self.year == other.year
        )


def _inputs(rule: CompiledRule, ctx: Context, day: date) -> _Inputs | None:
    """What the condition reads on `day`, or None when the rule does not apply then at all."""
    if day < rule.rule.in_force_from or not ctx.law.knows(rule.rule.enacted_on):
        return None
    names = rule.applies_to.names
    return _Inputs(
        parameters_on(rule, day, ctx.law),
        ctx.profile.collectivity.population_on(day) if "population" in names else None,
        day.year if PURCHASES_FACT in names else None,
    )


def _yearly_days(month_day: str, first: date, last: date) -> Iterator[date]:
    day = next_year_day(month_day, first)
    while day <= last:
        yield day
        day = next_year_day(month_day, day + ONE_DAY)


def next_entry_day(rule: CompiledRule, entry: CalendarEntry, ctx: Context) -> date | None:
    """The first day after the assessment date the entry falls on for this body, if any.

    The search looks up to ten years ahead (the windows of 1, 2 and 5 years before it all
    start on the same day, so the first day found in the longest one is the same). A day on
    which the condition reads what it read on a day it did not bind is not tested again.
    """
    start = ctx.as_of + ONE_DAY
    return next(_entry_days(rule, entry, ctx, start, _years_later(start, 10)), None)


def becomes_bound(rule: CompiledRule, ctx: Context, start: date, end: date) -> list[date]:
    """The days in `(start, end]` on which the body's recorded figures make the rule bind it."""
    changes = {f.applies_from for f in ctx.profile.collectivity.population}
    if PURCHASES_FACT in rule.applies_to.names:
        changes.update(date(year, 1, 1) for year in range(start.year + 1, end.year + 1))
    days: list[date] = []
    for day in sorted(changes):
        if start < day <= end and ctx.bound(rule, day) is True:
            before = day - ONE_DAY
            if ctx.in_force(rule, before) and ctx.bound(rule, before) is False:
                days.append(day)
    return days


def becomes_bound_warnings(rule: CompiledRule, ctx: Context) -> tuple[Msg, ...]:
    """A forward warning for each future day the profile's figures make the rule bind."""
    if ctx.bound(rule, ctx.as_of) is not False:
        return ()
    last = max((f.applies_from for f in ctx.profile.collectivity.population), default=ctx.as_of)
    warnings: list[Msg] = []
    for day in becomes_bound(rule, ctx, ctx.as_of, last):
        figure = ctx.profile.collectivity.population_on(day)
        if figure is not None and figure.applies_from == day:
            warnings.append(
                msg(
                    "dates-becomes-bound",
                    day=day,
                    title=rule.rule.title,
                    total=figure.total,
                    source=figure.source,
                )
            )
        else:
            warnings.append(msg("dates-becomes-bound-no-figure", day=day, title=rule.rule.title))
    return tuple(warnings)


def _years_later(day: date, years: int) -> date:
    return date(day.year + years, 12, 31)
