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
from decimal import Decimal
from typing import Generic, TypeVar

from reen_compliance.decisions.context import Context
from reen_compliance.decisions.decision import Decision, Period, evolve, year_period
from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import TraceFact
from reen_compliance.i18n.message import Code, Filled, Money, Msg, Percent, Value, msg
from reen_compliance.law.applicability import (
    Applicability,
    out_of_scope_by_kind,
    threshold_met_exactly,
)
from reen_compliance.law.facts import PURCHASES
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import remember

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
        decide = self.decide
        if decide is not None:
            app = ctx.assess(rule, ctx.as_of)
            if not app.bound:
                return [
                    self._not_bound(rule, check=check, ctx=ctx, app=app, period=None, day=ctx.as_of)
                ]
            return [bound_deadline(d, app) for d in decide(rule, check, ctx, app)]
        return self._run_years(rule, check, ctx)

    def _run_years(self, rule: CompiledRule, check: CheckT, ctx: Context) -> list[Decision]:
        """The decisions of a yearly kind, year by year, each closing by its year's end."""
        decide_year = self.decide_year
        if decide_year is None or self.years is None:  # pragma: no cover - registry bug
            raise TypeError(f"{rule.rule.id}: a kind needs `decide` or `decide_year` and `years`")
        as_of = ctx.as_of
        decisions: list[Decision] = []
        for year in self.years(rule, check, ctx):
            year_end = date(year, 12, 31)
            day = min(as_of, year_end)
            app = ctx.assess(rule, day)
            if not app.bound:
                decisions.append(
                    self._not_bound(
                        rule, check=check, ctx=ctx, app=app, period=year_period(year), day=day
                    )
                )
                continue
            for decided in decide_year(rule, check, ctx, year, app):
                # never due before bound; the period closes on the year's last day unless the
                # kind says otherwise
                decision = bound_deadline(decided, app)
                if decision.closes_on is None:
                    decision = evolve(decision, closes_on=year_end)
                decisions.append(decision)
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


def bound_deadline(decision: Decision, app: Applicability) -> Decision:
    """Never a deadline before the body was bound: the law's date is kept as a second fact.

    The texts give no grace period to a body that becomes bound: the act is due from that day,
    and the statutory deadline is stated beside it. When the profile's figures start later
    than the body may have been bound (`since` is a lower bound), the same holds from the
    earliest day the profile shows, and the explanation says an earlier date may apply.
    """
    due = decision.deadline
    if due is None or app.since is None or due >= app.since or decision.statutory_deadline:
        return decision
    return evolve(
        decision,
        deadline=app.since,
        statutory_deadline=due,
        details=(*decision.details, no_delay_note(due, app)),
    )


def due_once_bound(statutory: date, app: Applicability) -> date:
    """The statutory deadline, or the day the body became bound when later (no grace period)."""
    return max(statutory, app.since) if app.since is not None else statutory


def no_delay_note(statutory: date, app: Applicability) -> Msg:
    """The law's deadline and the day the body became bound, as two facts."""
    return msg(
        "dates-bound-no-delay-lower-bound" if app.since_is_lower_bound else "dates-bound-no-delay",
        statutory=statutory,
        since=app.since or statutory,
    )


def next_year_target(rule: CompiledRule, parameter: str, ctx: Context, year: int) -> Msg | None:
    """After a closed year's breach, the minimum of the next open year, for its remedy."""
    following = max(year + 1, ctx.as_of.year)
    law = ctx.law

    def build() -> Msg | None:  # the law's alone: once per parameter, year and law date
        last_day = date(following, 12, 31)
        version = law.value_on(rule.rule.parameters[parameter].values, last_day)
        if version is None or not isinstance(version.value, Decimal):
            return None
        return msg("dates-next-target-pct", pct=Percent(version.value), day=last_day)

    return remember(rule.memo, ("next_year_target", parameter, following, law.law_as_of), build)


def missing_year_status(ctx: Context, year: int) -> Status:
    """A year's missing figures: not yet due while the year runs, missing data once it is over."""
    return Status.NOT_YET_DUE if ctx.as_of <= date(year, 12, 31) else Status.INSUFFICIENT_DATA


def not_bound(
    rule: CompiledRule, ctx: Context, app: Applicability, period: Period | None, day: date
) -> Decision:
    """The decision when `rule` does not bind the body on `day` (or cannot be told).

    A text not yet in force on the assessment date is `not_yet_due` for a body it will bind
    (with its start date and what to prepare), `not_applicable` for a body outside its scope.
    A text published after the law date is not known at all.
    """
    if not app.in_force:
        return _not_in_force(rule, ctx, period)
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
    if out_of_scope_by_kind(rule, ctx.profile, day, ctx.law):
        return Decision(
            status=Status.NOT_APPLICABLE,
            reason=msg("dates-not-bound-kind", who=who, entity=ctx.profile.collectivity.entity),
            period=period,
            applicability=app,
            steps=(msg("step-not-bound"),),
        )
    details: tuple[Msg, ...] = ()
    figure = ctx.profile.collectivity.population_on(day)
    exact = threshold_met_exactly(app, figure.total if figure is not None else None)
    if exact is None:
        exact = threshold_met_exactly(app, ctx.profile.collectivity.staff)
    if exact is not None:
        details = (msg("dates-threshold-strict", value=exact),)
    return Decision(
        status=Status.NOT_APPLICABLE,
        reason=msg("not-bound", who=who, facts=facts)
        if facts
        else msg("not-bound-no-facts", who=who),
        period=period,
        details=details,
        applicability=app,
        steps=(msg("step-not-bound"),),
    )


def _not_in_force(rule: CompiledRule, ctx: Context, period: Period | None) -> Decision:
    """Before the text's start: unknown, outside the scope, a closed period, or to prepare."""
    start = rule.rule.in_force_from
    if not ctx.law.knows(rule.rule.enacted_on):
        return Decision(
            status=Status.NOT_APPLICABLE,
            reason=msg("dates-not-enacted", law_as_of=ctx.law.law_as_of),
            period=period,
            steps=(msg("dates-step-not-enacted"),),
        )
    if ctx.as_of >= start:  # a period that ended before the text applied
        return Decision(
            status=Status.NOT_APPLICABLE,
            reason=msg("not-in-force-yet", start=start),
            period=period,
            steps=(msg("step-not-in-force"),),
        )
    future = ctx.assess(rule, start)
    if future.bound is False:
        outside = not_bound(rule, ctx, future, period, start)
        return evolve(
            outside,
            reason=msg("dates-not-in-force-out-of-scope", start=start, why=outside.reason),
            steps=(msg("step-not-in-force"), *outside.steps),
        )
    return Decision(
        status=Status.NOT_YET_DUE,
        reason=msg("dates-not-in-force-prepare", start=start),
        period=period,
        steps=(msg("step-not-in-force"), msg("dates-step-prepare")),
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
    if PURCHASES in names:
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


def source_words(data_source: str) -> Msg | str:
    """« profile: $.procurement » as « le profil (rubrique procurement) », for people."""
    kind, _, where = data_source.partition(": ")
    if kind == "profile" and where:
        return msg("out-source-profile", path=Code(where.removeprefix("$.")))
    if kind == "ledger" and where:
        return msg("out-source-ledger", file=Code(where))
    return data_source
