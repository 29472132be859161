"""Dated events ahead of a body: the days a rule's calendar entry falls, the day it becomes bound.

A calendar entry is shown only on days its text was known (as the law stood on the law date),
inside its own span (a channel replaced by a later text), and while the rule may bind the body
on that day: nothing before the rule exists, nothing before the body is bound. A profile that
records a figure applying on a future day (a population crossing a threshold on 1 January)
gets the day the body becomes bound.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from reen_compliance.decisions.context import Context
from reen_compliance.i18n.message import Msg, msg
from reen_compliance.law.facts import PURCHASES
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.model import CalendarEntry
from reen_compliance.law.plan import plan_of
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
    until: date | None = None  # the days before it read what a day found not binding read
    for day in days:
        if until is not None and day < until:
            continue
        if ctx.bound(rule, day) is not False:
            yield day
        else:
            until = _next_change(rule, ctx, day)
            if until is None:  # nothing it reads changes again: it binds on no later day
                return


def _next_change(rule: CompiledRule, ctx: Context, day: date) -> date | None:
    """The first day after `day` on which what the rule's condition reads may change; None: never.

    Its outcome changes only with what it reads: the versions of the parameters it reads and
    the rule's start (the rule's plan, `law.plan`), the population figure when it reads it,
    last year's purchases on 1 January when it reads them. The body's other facts read the
    same on every day (`law.facts.facts_on`); the law date is the same throughout.
    """
    plan = plan_of(rule, ctx.law)
    if not plan.known:
        return None
    changes = plan.changes
    index = bisect_right(changes, day)
    found = changes[index] if index < len(changes) else None
    if plan.population:
        for figure in ctx.profile.collectivity.population:
            if figure.applies_from > day and (found is None or figure.applies_from < found):
                found = figure.applies_from
    if plan.purchases:
        new_year = date(day.year + 1, 1, 1)
        if found is None or new_year < found:
            found = new_year
    return found


def _yearly_days(month_day: str, first: date, last: date) -> Iterator[date]:
    month, day_of_month = (int(part) for part in month_day.split("-"))
    day = next_year_day(month_day, first)
    while day <= last:
        yield day
        day = date(day.year + 1, month, day_of_month)  # `next_year_day` of the day after


def next_entry_day(rule: CompiledRule, entry: CalendarEntry, ctx: Context) -> date | None:
    """The first day after the assessment date the entry falls on for this body, if any.

    The search looks up to ten years ahead (the windows of 1, 2 and 5 years before it all
    start on the same day, so the first day found in the longest one is the same). After a day
    the body is not bound, the days before what the condition reads next changes are skipped.
    """
    start = ctx.as_of + ONE_DAY
    return next(_entry_days(rule, entry, ctx, start, _years_later(start, 10)), None)


def becomes_bound(rule: CompiledRule, ctx: Context, start: date, end: date) -> list[date]:
    """The days in `(start, end]` on which the body's recorded figures make the rule bind it."""
    changes = {f.applies_from for f in ctx.profile.collectivity.population}
    if PURCHASES in rule.applies_to.names:
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
