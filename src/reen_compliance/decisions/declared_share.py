"""A yearly share of declared figures (recycled paper) against the minimum in force that year.

The minimum is the rule's dated parameter on 31 December of the year; the share is computed in
the unit the body declares, and the rule file says whether the texts confirm that unit.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from reen_compliance.decisions.context import Context, applied, fact
from reen_compliance.decisions.decision import Decision, Note, year_period
from reen_compliance.decisions.kinds import CheckKind, missing_year_status, next_year_target
from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import Gap
from reen_compliance.i18n.message import Code, Msg, Percent, Value, msg
from reen_compliance.law.applicability import Applicability, parameter_number
from reen_compliance.law.checks import DeclaredShareCheck
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import remember
from reen_compliance.law.values import AppliedValue, DatedValue

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def declared_years(rule: CompiledRule, check: DeclaredShareCheck, ctx: Context) -> list[int]:
    """The years judged: from the first one, an old year without figures being history only."""
    declared = getattr(ctx.profile, check.data)
    return [
        year
        for year in range(max(check.first_year, rule.rule.in_force_from.year), ctx.as_of.year + 1)
        if check.recent_years is None
        or year in declared
        or year > ctx.as_of.year - check.recent_years
    ]


def decide_share_year(
    rule: CompiledRule, check: DeclaredShareCheck, ctx: Context, year: int, app: Applicability
) -> Iterable[Decision]:
    """One calendar year's declared share against the minimum in force on 31 December."""
    year_end = date(year, 12, 31)
    version, minimum, values, step_year = _minimum_of_year(rule, check, ctx, year_end)
    record = getattr(ctx.profile, check.data).get(year)
    path = f"$.{check.data}.{year}"
    notes: tuple[Note, ...] = (
        (check.unit_note,) if not check.unit_confirmed and check.unit_note else ()
    )
    period = year_period(year)
    if record is None or minimum is None:
        yield Decision(
            status=missing_year_status(ctx, year),
            reason=msg(
                "declared-share-no-figures",
                year=str(year),
                subject=check.subject,
                field=Code(f"{check.data}.{year}"),
            )
            if minimum is not None
            else msg("declared-share-minimum-unknown", year=str(year)),
            period=period,
            deadline=year_end,
            closes_on=year_end,
            applicability=app,
            values=values,
            facts=(fact(check.data, None, path),),
            notes=notes,
            steps=(step_year, msg("declared-share-step-no-figures")),
        )
        return
    facts = (
        fact("unit", record.unit, f"{path}.unit"),
        fact("total", record.total, f"{path}.total"),
        fact("recycled", record.recycled, f"{path}.recycled"),
    )
    if record.total == 0:
        yield Decision(
            status=Status.NOT_APPLICABLE,
            reason=msg("declared-share-no-purchase", year=str(year)),
            period=period,
            closes_on=year_end,
            applicability=app,
            values=values,
            facts=facts,
            steps=(step_year, msg("declared-share-step-total-zero")),
        )
        return
    share = record.recycled / record.total * HUNDRED
    measured: dict[str, Value] = {
        "year": str(year),
        "share": Percent(share),
        "subject": check.subject,
        "unit": msg("declared-share-unit", unit=record.unit),
        "minimum": Percent(minimum),
        "source": version.source if version else "",
    }
    gap = None
    if ctx.as_of <= year_end:
        status, reason = Status.NOT_YET_DUE, msg("declared-share-year-in-progress", **measured)
    elif share >= minimum:
        status, reason = Status.COMPLIANT, msg("declared-share-reached", **measured)
    else:
        status = Status.NON_COMPLIANT
        missing = (minimum - share).quantize(CENT)
        gap = Gap(unit="percent", required=minimum, actual=share.quantize(CENT), missing=missing)
        reason = msg("declared-share-missed", missing=_plain(missing), **measured)
    yield Decision(
        status=status,
        reason=reason,
        period=period,
        deadline=year_end,
        closes_on=year_end,
        gap=gap,
        next_target=(
            next_year_target(rule, check.minimum, ctx, year)
            if status is Status.NON_COMPLIANT
            else None
        ),
        applicability=app,
        values=values,
        facts=facts,
        notes=notes,
        value_review=bool(notes) or bool(version and version.needs_review),
        steps=(
            step_year,
            msg(
                "declared-share-step-share",
                share=share.quantize(CENT),
                minimum=minimum,
            ),
        ),
    )


def _minimum_of_year(
    rule: CompiledRule, check: DeclaredShareCheck, ctx: Context, year_end: date
) -> tuple[DatedValue | None, Decimal | None, tuple[AppliedValue, ...], Msg]:
    """The minimum in force at the year's end, its number, its trace, and the year's first step.

    The law's alone: once per year and law date.
    """
    law = ctx.law

    def build() -> tuple[DatedValue | None, Decimal | None, tuple[AppliedValue, ...], Msg]:
        version = law.value_on(rule.rule.parameters[check.minimum].values, year_end)
        minimum = parameter_number({check.minimum: version}, check.minimum)
        step = msg("step-year", year=str(year_end.year))
        return version, minimum, applied(check.minimum, version), step

    return remember(rule.memo, ("declared_minimum", year_end, law.law_as_of), build)


def _plain(points: Decimal) -> int | Decimal:
    """Points without trailing zeros, so the catalogue picks « 1 point », « 0 » or « 4,9 »."""
    return int(points) if points == points.to_integral_value() else points.normalize()


DECLARED_SHARE = CheckKind(DeclaredShareCheck, decide_year=decide_share_year, years=declared_years)
