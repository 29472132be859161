"""A yearly ratio of units (A / B x 100) against the minimum in force for that calendar year."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_CEILING, Decimal

from reen_compliance.decisions.context import Context, applied, fact
from reen_compliance.decisions.decision import Decision, Period, evolve, year_period
from reen_compliance.decisions.kinds import CheckKind, missing_year_status, next_year_target
from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import Gap, TraceFact
from reen_compliance.i18n.message import Code, Percent, Value, msg
from reen_compliance.law.applicability import Applicability
from reen_compliance.law.checks import YearlyRatioCheck
from reen_compliance.law.loading import CompiledRule

HUNDRED = Decimal(100)


def measured_years(rule: CompiledRule, check: YearlyRatioCheck, ctx: Context) -> range:
    """From the first measured year (not before the rule took effect) to the current one."""
    return range(max(check.first_year, rule.rule.in_force_from.year), ctx.as_of.year + 1)


def decide_ratio_year(
    rule: CompiledRule, check: YearlyRatioCheck, ctx: Context, year: int, app: Applicability
) -> Iterable[Decision]:
    """One year's units sent to reuse against the units in stock on 1 January."""
    year_end = date(year, 12, 31)
    version = ctx.law.value_on(rule.rule.parameters[check.minimum].values, year_end)
    minimum = version.value if version else None
    record = ctx.profile.equipment_disposal.get(year)
    base = Decision(
        status=Status.INSUFFICIENT_DATA,
        reason=msg("ratio-no-data", year=str(year), field=Code(f"equipment_disposal.{year}")),
        period=year_period(year),
        deadline=year_end,
        applicability=app,
        facts=disposal_facts(rule, check, ctx, year_period(year)),
        values=applied(check.minimum, version),
        steps=(
            msg("step-year", year=str(year)),
            msg("step-minimum", minimum=Percent(minimum), source=version.source)
            if version is not None and isinstance(minimum, Decimal)
            else msg("step-minimum-unknown"),
        ),
    )
    if record is None:
        yield evolve(base, status=missing_year_status(ctx, year))
        return
    sent, in_stock = record.sent_to_reuse, record.reformed_on_jan_1
    if not isinstance(minimum, Decimal) or in_stock == 0:
        reason = (
            msg("ratio-minimum-not-confirmed", year=str(year))
            if not isinstance(minimum, Decimal)
            else msg("ratio-nothing-in-stock", year=str(year))
        )
        yield evolve(base, reason=reason, value_review=True, steps=(*base.steps, reason))
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
    yield evolve(
        base,
        next_target=next_target,
        status=status,
        reason=reason,
        gap=Gap(
            unit="items", required=Decimal(required), actual=Decimal(sent), missing=Decimal(missing)
        ),
        steps=(*base.steps, msg("step-measured-rate", share=Percent(share))),
        value_review=bool(version and version.needs_review),
    )


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
