"""A yearly ratio of units (A / B x 100) against the minimum in force for that calendar year."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_CEILING, Decimal

from reen_compliance.decisions.context import Context, applied, fact
from reen_compliance.decisions.decision import Decision, Period, year_period
from reen_compliance.decisions.kinds import CheckKind, missing_year_status, next_year_target
from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import Gap, TraceFact
from reen_compliance.i18n.message import Code, Msg, Percent, Value, msg
from reen_compliance.law.applicability import Applicability
from reen_compliance.law.checks import YearlyRatioCheck
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import keep
from reen_compliance.law.values import AppliedValue, DatedValue

HUNDRED = Decimal(100)


def measured_years(rule: CompiledRule, check: YearlyRatioCheck, ctx: Context) -> range:
    """From the first measured year (not before the rule took effect) to the current one."""
    return range(max(check.first_year, rule.rule.in_force_from.year), ctx.as_of.year + 1)


def decide_ratio_year(
    rule: CompiledRule, check: YearlyRatioCheck, ctx: Context, year: int, app: Applicability
) -> Iterable[Decision]:
    """One year's units sent to reuse against the units in stock on 1 January.

    One decision, built once, closing on the year's last day (as the engine would close it).
    """
    year_end = date(year, 12, 31)
    version, values, steps = _minimum_of_year(rule, check, ctx, year_end)
    minimum = version.value if version else None
    record = ctx.profile.equipment_disposal.get(year)
    period = year_period(year)
    facts = disposal_facts(rule, check, ctx, period)
    if record is None:
        yield Decision(
            status=missing_year_status(ctx, year),
            reason=msg("ratio-no-data", year=str(year), field=Code(f"equipment_disposal.{year}")),
            period=period,
            deadline=year_end,
            steps=steps,
            facts=facts,
            values=values,
            closes_on=year_end,
            applicability=app,
        )
        return
    sent, in_stock = record.sent_to_reuse, record.reformed_on_jan_1
    if not isinstance(minimum, Decimal) or in_stock == 0:
        reason = (
            msg("ratio-minimum-not-confirmed", year=str(year))
            if not isinstance(minimum, Decimal)
            else msg("ratio-nothing-in-stock", year=str(year))
        )
        yield Decision(
            status=Status.INSUFFICIENT_DATA,
            reason=reason,
            period=period,
            deadline=year_end,
            steps=(*steps, reason),
            facts=facts,
            values=values,
            value_review=True,
            closes_on=year_end,
            applicability=app,
        )
        return
    share = Decimal(sent) / Decimal(in_stock) * HUNDRED
    required = int(
        (Decimal(in_stock) * minimum / HUNDRED).to_integral_value(rounding=ROUND_CEILING)
    )
    missing = max(0, required - sent)
    measured: dict[str, Value] = {
        "year": str(year),
        "sent": sent,
        "in_stock": in_stock,
        "share": Percent(share),
        "minimum": Percent(minimum),
        "source": version.source if version else "",
    }
    if ctx.as_of <= year_end:
        status, reason = Status.NOT_YET_DUE, msg("ratio-year-in-progress", **measured)
    elif share >= minimum:
        status, reason = Status.COMPLIANT, msg("ratio-reached", **measured)
    else:
        status, reason = Status.NON_COMPLIANT, msg("ratio-missed", missing=missing, **measured)
    next_target = (
        next_year_target(rule, check.minimum, ctx, year) if status is Status.NON_COMPLIANT else None
    )
    yield Decision(
        status=status,
        reason=reason,
        period=period,
        deadline=year_end,
        gap=Gap(
            unit="items", required=Decimal(required), actual=Decimal(sent), missing=Decimal(missing)
        ),
        steps=(*steps, msg("step-measured-rate", share=Percent(share))),
        facts=facts,
        values=values,
        value_review=bool(version and version.needs_review),
        closes_on=year_end,
        next_target=next_target,
        applicability=app,
    )


def _minimum_of_year(
    rule: CompiledRule, check: YearlyRatioCheck, ctx: Context, year_end: date
) -> tuple[DatedValue | None, tuple[AppliedValue, ...], tuple[Msg, Msg]]:
    """The minimum in force at the year's end, as traced, and the year's first two steps.

    The steps name the year and state the minimum: the law's alone, once per year and law date.
    """
    key = ("ratio_minimum", year_end, ctx.law.law_as_of)
    found = rule.memo.get(key)
    if found is None:
        version = ctx.law.value_on(rule.rule.parameters[check.minimum].values, year_end)
        minimum = version.value if version else None
        step = (
            msg("step-minimum", minimum=Percent(minimum), source=version.source)
            if version is not None and isinstance(minimum, Decimal)
            else msg("step-minimum-unknown")
        )
        steps = (msg("step-year", year=str(year_end.year)), step)
        found = keep(rule.memo, key, (version, applied(check.minimum, version), steps))
    return found  # type: ignore[return-value]  # the entry under this key is this tuple


def disposal_facts(
    rule: CompiledRule,  # noqa: ARG001 - the signature of every kind
    check: YearlyRatioCheck,
    ctx: Context,
    period: Period | None,
) -> tuple[TraceFact, ...]:
    """The year's units in stock on 1 January and sent to reuse, as the profile states them."""
    year = period.year if period is not None and period.year is not None else ctx.as_of.year
    record = ctx.profile.equipment_disposal.get(year)
    path = f"$.{check.data}.{year}"
    return (
        fact(
            check.denominator,
            record.reformed_on_jan_1 if record else None,
            f"{path}.{check.denominator}",
        ),
        fact(
            check.numerator, record.sent_to_reuse if record else None, f"{path}.{check.numerator}"
        ),
    )


YEARLY_RATIO = CheckKind(
    YearlyRatioCheck,
    decide_year=decide_ratio_year,
    years=measured_years,
    trace_facts=disposal_facts,
)
