"""Per site at or above a power threshold: its declaration, then each yearly report on time.

The threshold is the rule's dated parameter on the assessment date. A site commissioned since the
rule took effect is declared within a number of months; every site sends the previous year's
information by a yearly day, from the first year the rule file checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from reen_compliance.decisions.context import Context, applied, fact
from reen_compliance.decisions.decision import Decision, Note, item_period
from reen_compliance.decisions.kinds import CheckKind
from reen_compliance.formats.profile import DataCentre, Status
from reen_compliance.i18n.message import Code, msg
from reen_compliance.law.applicability import Applicability, parameter_number
from reen_compliance.law.checks import SiteYearlyReportsCheck
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.timeline import add_months
from reen_compliance.law.values import AppliedValue


def decide_sites(
    rule: CompiledRule,
    check: SiteYearlyReportsCheck,
    ctx: Context,
    app: Applicability,  # noqa: ARG001 - the signature of every kind
) -> Iterable[Decision]:
    """The decisions of every site at or above the power threshold, one site after another."""
    version = ctx.law.value_on(rule.rule.parameters[check.threshold].values, ctx.as_of)
    threshold = parameter_number({check.threshold: version}, check.threshold)
    values: tuple[AppliedValue, ...] = applied(check.threshold, version)
    for index, centre in enumerate(ctx.profile.data_centres or ()):
        if threshold is None or centre.installed_power_kw < threshold:
            continue
        yield from _site(rule, ctx, check=check, index=index, centre=centre, values=values)


def _site(  # noqa: PLR0913 - one site and what its decisions share
    rule: CompiledRule,
    ctx: Context,
    *,
    check: SiteYearlyReportsCheck,
    index: int,
    centre: DataCentre,
    values: tuple[AppliedValue, ...],
) -> Iterable[Decision]:
    as_of = ctx.as_of
    path = f"$.data_centres[{index}]"
    month, day = (int(part) for part in check.due_day.split("-"))
    notes: tuple[Note, ...] = (
        ()
        if check.first_due_confirmed
        else (msg("site-first-year-unconfirmed", day=date(check.first_due_year, month, day)),)
    )
    site = Code(centre.name)
    power = fact("installed_power_kw", centre.installed_power_kw, f"{path}.installed_power_kw")
    if centre.commissioned_on is not None and centre.commissioned_on >= rule.rule.in_force_from:
        due = add_months(centre.commissioned_on, check.declaration_within_months)
        declared = centre.declared_on is not None and centre.declared_on <= due
        yield Decision(
            status=Status.COMPLIANT
            if declared
            else (Status.NON_COMPLIANT if as_of > due else Status.NOT_YET_DUE),
            reason=msg(
                "site-declaration-made" if centre.declared_on else "site-declaration-not-stated",
                site=site,
                commissioned=centre.commissioned_on,
                due=due,
                **({"declared": centre.declared_on} if centre.declared_on else {}),
            ),
            period=item_period(f"{centre.name}:declaration"),
            deadline=due,
            values=values,
            facts=(
                power,
                fact("commissioned_on", centre.commissioned_on, f"{path}.commissioned_on"),
                fact("declared_on", centre.declared_on, f"{path}.declared_on"),
            ),
            steps=(msg("site-step-declaration-due", day=due),),
        )
    kilowatts = centre.installed_power_kw.quantize(Decimal(1))
    year = check.first_due_year
    while date(year, month, day) <= as_of or year == max(check.first_due_year, as_of.year):
        due = date(year, month, day)
        data_year = year - 1
        sent = centre.yearly_reports.get(data_year)
        if sent is not None and sent <= as_of:
            status = Status.COMPLIANT
            reason_id = "site-yearly-sent-late" if sent > due else "site-yearly-sent"
        elif as_of > due:
            status, reason_id = Status.NON_COMPLIANT, "site-yearly-not-sent"
        else:
            status, reason_id = Status.NOT_YET_DUE, "site-yearly-not-sent-yet"
        yield Decision(
            status=status,
            reason=msg(
                reason_id,
                site=site,
                power=kilowatts,
                data_year=str(data_year),
                due=due,
                **({"sent": sent} if sent is not None else {}),
            ),
            period=item_period(f"{centre.name}:{data_year}"),
            deadline=due,
            values=values,
            data_period=(date(data_year, 1, 1), date(data_year, 12, 31)),
            facts=(
                power,
                fact(f"yearly_reports.{data_year}", sent, f"{path}.yearly_reports.{data_year}"),
            ),
            notes=notes,
            value_review=bool(notes),
            steps=(
                msg("site-step-data-year", year=str(data_year)),
                msg("step-due", day=due),
                msg("site-step-sent", day=sent) if sent is not None else msg("site-step-not-sent"),
            ),
        )
        year += 1


SITE_YEARLY_REPORTS = CheckKind(SiteYearlyReportsCheck, decide=decide_sites)
