"""The steps every kind of check shares, applied once: is the body bound, for which periods.

A kind of check is registered with the function that decides one period. For a kind judged
once, the engine asks whether the body is bound on the assessment date; for a yearly kind, on
each year's last day (or the assessment date within the current year). A body that is not bound
gets the not-bound decision here, so no check writes that step again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from reen_compliance.applicability import Applicability
from reen_compliance.decide.decision import Decision, Period, year_period
from reen_compliance.findings import Context
from reen_compliance.i18n.message import Filled, Money, Msg, Value, msg
from reen_compliance.loading import CompiledRule
from reen_compliance.model import Status
from reen_compliance.report_model import TraceFact

CheckT = TypeVar("CheckT")

DecideOnce = Callable[[CompiledRule, CheckT, Context, Applicability], Iterable[Decision]]
DecideYear = Callable[[CompiledRule, CheckT, Context, int, Applicability], Iterable[Decision]]
Years = Callable[[CompiledRule, CheckT, Context], Iterable[int]]
TraceFacts = Callable[[CompiledRule, CheckT, Context, Period | None], tuple[TraceFact, ...]]


@dataclass(frozen=True, slots=True)
class CheckKind(Generic[CheckT]):
    """How one kind of check is run: once on the assessment date, or year by year."""

    check_type: type[CheckT]
    decide: DecideOnce[CheckT] | None = None
    decide_year: DecideYear[CheckT] | None = None
    years: Years[CheckT] | None = None
    trace_facts: TraceFacts[CheckT] | None = None
    """The profile's data a check reads, shown too when whether the body is bound is unknown."""

    def run(self, rule: CompiledRule, ctx: Context) -> list[Decision]:
        """The decisions of `rule` for the profile of `ctx`, the not-bound step included."""
        check = rule.rule.check
        if not isinstance(check, self.check_type):  # pragma: no cover - the registry pairs them
            raise TypeError(f"{rule.rule.id}: a {type(check).__name__} is not a {self.check_type}")
        if self.decide is not None:
            app = ctx.assess(rule, ctx.as_of)
            if not app.bound:
                return [
                    self._not_bound(rule, check=check, ctx=ctx, app=app, period=None, day=ctx.as_of)
                ]
            return list(self.decide(rule, check, ctx, app))
        if self.decide_year is None or self.years is None:  # pragma: no cover - registry bug
            raise TypeError(f"{rule.rule.id}: a kind needs `decide` or `decide_year` and `years`")
        decisions: list[Decision] = []
        for year in self.years(rule, check, ctx):
            day = min(ctx.as_of, date(year, 12, 31))
            app = ctx.assess(rule, day)
            if not app.bound:
                decisions.append(
                    self._not_bound(
                        rule, check=check, ctx=ctx, app=app, period=year_period(year), day=day
                    )
                )
                continue
            decisions.extend(self.decide_year(rule, check, ctx, year, app))
        return decisions

    def _not_bound(  # noqa: PLR0913 - the parts of one decision
        self,
        rule: CompiledRule,
        *,
        check: CheckT,
        ctx: Context,
        app: Applicability,
        period: Period | None,
        day: date,
    ) -> Decision:
        decision = not_bound(rule, ctx, app, period, day)
        if decision.status is Status.INSUFFICIENT_DATA and self.trace_facts is not None:
            return decision.with_facts(*self.trace_facts(rule, check, ctx, period))
        return decision


def missing_year_status(ctx: Context, year: int) -> Status:
    """A year's missing figures: not yet due while the year runs, missing data once it is over."""
    return Status.NOT_YET_DUE if ctx.as_of <= date(year, 12, 31) else Status.INSUFFICIENT_DATA


def not_bound(
    rule: CompiledRule, ctx: Context, app: Applicability, period: Period | None, day: date
) -> Decision:
    """The decision when `rule` does not bind the body on `day` (or cannot be told)."""
    if not app.in_force:
        return Decision(
            status=Status.NOT_APPLICABLE,
            reason=msg("not-in-force-yet", start=rule.rule.in_force_from),
            period=period,
            deadline=None,
            applicability=app,
            steps=(msg("step-not-in-force"),),
        )
    who = Filled(rule.rule.bound_bodies, tuple(_parameter_values(app).items()))
    facts = bound_facts(ctx, app, day)
    if app.bound is None:
        return Decision(
            status=Status.INSUFFICIENT_DATA,
            reason=msg("cannot-tell-if-bound", who=who, missing=app.missing or "", facts=facts)
            if facts
            else msg("cannot-tell-if-bound-no-facts", who=who, missing=app.missing or ""),
            period=period,
            applicability=app,
            steps=(msg("step-missing-fact", name=app.missing or ""),),
        )
    return Decision(
        status=Status.NOT_APPLICABLE,
        reason=msg("not-bound", who=who, facts=facts)
        if facts
        else msg("not-bound-no-facts", who=who),
        period=period,
        applicability=app,
        steps=(msg("step-not-bound"),),
    )


def bound_facts(ctx: Context, app: Applicability, day: date) -> tuple[Msg, ...]:
    """The facts the applicability test read, as messages (population, purchases)."""
    names = {fact.name for fact in app.facts}
    collectivity = ctx.profile.collectivity
    facts: list[Msg] = []
    if "population" in names:
        figure = collectivity.population_on(day)
        facts.append(
            msg("fact-no-population", day=day)
            if figure is None
            else msg(
                "fact-population",
                total=figure.total,
                since=figure.applies_from,
                source=figure.source,
            )
        )
    if "previous_year_purchases_eur_ht" in names:
        year = day.year - 1
        amount = collectivity.annual_purchases_eur_ht.get(year)
        facts.append(
            msg("fact-no-purchases", year=str(year))
            if amount is None
            else msg("fact-purchases", year=str(year), amount=Money(amount))
        )
    return tuple(facts)


def since_note(app: Applicability) -> Msg | None:
    """Since when the body is bound: exact, or at least (the profile's figures start later)."""
    if app.since is None:
        return None
    if app.since_is_lower_bound:
        return msg("bound-at-least-since", day=app.since)
    return msg("bound-since", day=app.since)


def _parameter_values(app: Applicability) -> dict[str, Value]:
    return {name: version.value for name, version in app.parameters.items() if version}
