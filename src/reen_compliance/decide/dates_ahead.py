"""Dated events ahead of a body: the days a rule's calendar entry falls, the day it becomes bound.

A calendar entry is shown only on days its text was known (as the law stood on the law date),
inside its own span (a channel replaced by a later text), and while the rule may bind the body
on that day: nothing before the rule exists, nothing before the body is bound. A profile that
records a figure applying on a future day (a population crossing a threshold on 1 January)
gets the day the body becomes bound.
"""

from __future__ import annotations

from datetime import date, timedelta

from reen_compliance.decide.context import Context
from reen_compliance.i18n.message import Msg, msg
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.model import CalendarEntry
from reen_compliance.law.timeline import next_year_day

ONE_DAY = timedelta(days=1)


def entry_days(
    rule: CompiledRule, entry: CalendarEntry, ctx: Context, start: date, end: date
) -> list[date]:
    """The days between `start` and `end` (inclusive) the entry falls on for this body."""
    span = ctx.law.entry_span(entry)
    if span is None:
        return []
    first, last = max(start, span[0]), min(end, span[1])
    if entry.date is not None:
        days = [entry.date] if first <= entry.date <= last else []
    else:
        days = []
        day = next_year_day(entry.yearly or "", first)
        while day <= last:
            days.append(day)
            day = next_year_day(entry.yearly or "", day + ONE_DAY)
    return [day for day in days if ctx.assess(rule, day).bound is not False]


def next_entry_day(rule: CompiledRule, entry: CalendarEntry, ctx: Context) -> date | None:
    """The first day after the assessment date the entry falls on for this body, if any."""
    start = ctx.as_of + ONE_DAY
    for years in (1, 2, 5, 10):
        days = entry_days(rule, entry, ctx, start, _years_later(start, years))
        if days:
            return days[0]
    return None


def becomes_bound(rule: CompiledRule, ctx: Context, start: date, end: date) -> list[date]:
    """The days in `(start, end]` on which the body's recorded figures make the rule bind it."""
    changes = {f.applies_from for f in ctx.profile.collectivity.population}
    if "previous_year_purchases_eur_ht" in rule.applies_to.names:
        changes.update(date(year, 1, 1) for year in range(start.year + 1, end.year + 1))
    days: list[date] = []
    for day in sorted(changes):
        if start < day <= end and ctx.assess(rule, day).bound is True:
            before = ctx.assess(rule, day - ONE_DAY)
            if before.in_force and before.bound is False:
                days.append(day)
    return days


def becomes_bound_warnings(rule: CompiledRule, ctx: Context) -> tuple[Msg, ...]:
    """A forward warning for each future day the profile's figures make the rule bind."""
    if ctx.assess(rule, ctx.as_of).bound is not False:
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
