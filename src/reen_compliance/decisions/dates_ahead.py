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

from reen_compliance.decisions.context import Context
from reen_compliance.i18n.message import Msg, msg
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.model import CalendarEntry
from reen_compliance.law.timeline import next_year_day

ONE_DAY = timedelta(days=1)


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
    for day in days:
        if ctx.bound(rule, day) is not False:
            yield day


def _yearly_days(month_day: str, first: date, last: date) -> Iterator[date]:
    day = next_year_day(month_day, first)
    while day <= last:
        yield day
        day = next_year_day(month_day, day + ONE_DAY)


def next_entry_day(rule: CompiledRule, entry: CalendarEntry, ctx: Context) -> date | None:
    """The first day after the assessment date the entry falls on for this body, if any.

    The search looks up to ten years ahead (the windows of 1, 2 and 5 years before it all
    start on the same day, so the first day found in the longest one is the same).
    """
    start = ctx.as_of + ONE_DAY
    return next(_entry_days(rule, entry, ctx, start, _years_later(start, 10)), None)


def becomes_bound(rule: CompiledRule, ctx: Context, start: date, end: date) -> list[date]:
    """The days in `(start, end]` on which the body's recorded figures make the rule bind it."""
    changes = {f.applies_from for f in ctx.profile.collectivity.population}
    if "previous_year_purchases_eur_ht" in rule.applies_to.names:
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
