"""Each budget year's report, presented before the budget debate, with the section it must hold."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from reen_compliance.decisions.context import Context, fact
from reen_compliance.decisions.decision import Decision, Period, year_period
from reen_compliance.decisions.kinds import CheckKind
from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import TraceFact
from reen_compliance.i18n.message import Code, Msg, msg
from reen_compliance.law.applicability import Applicability
from reen_compliance.law.checks import YearlyReportCheck
from reen_compliance.law.loading import CompiledRule


def budget_years(rule: CompiledRule, check: YearlyReportCheck, ctx: Context) -> range:  # noqa: ARG001 - the signature of every kind
    """The budget years examined: from the first one, or only the most recent ones."""
    first = check.first_year
    if check.recent_years is not None:
        first = max(first, ctx.as_of.year - check.recent_years + 1)
    return range(first, ctx.as_of.year + 1)


def decide_report_year(
    rule: CompiledRule,
    check: YearlyReportCheck,
    ctx: Context,
    year: int,
    app: Applicability,
) -> Iterable[Decision]:
    """The report of one budget year: declared, presented before the debate, complete."""
    as_of = ctx.as_of
    report = ctx.profile.sustainable_development_reports.get(year)
    period = year_period(year)
    trace_facts = report_facts(rule, check, ctx, period)
    steps = (msg("step-budget-year", year=str(year)),)
    vote, vote_confirmed = budget_vote_day(check, ctx, year)
    year_end = date(year, 12, 31)
    closes = vote or year_end  # the engine would close it on the year's last day
    vote_notes: tuple[Msg, ...] = (
        () if vote_confirmed else (msg("dates-report-renewal-unconfirmed"),)
    )
    if report is None or report.adopted_on > as_of:
        field = Code(f"{check.data}.{year}")
        if vote is None:
            yield Decision(
                status=Status.NOT_YET_DUE if as_of.year <= year else Status.INSUFFICIENT_DATA,
                reason=msg("report-not-declared", year=str(year), field=field),
                closes_on=year_end,
                steps=steps,
                period=period,
                applicability=app,
                facts=trace_facts,
            )
        elif as_of <= vote:
            yield Decision(
                status=Status.NOT_YET_DUE,
                reason=msg("report-not-declared", year=str(year), field=field),
                details=(msg("dates-report-due-by-vote", year=str(year), vote=vote),),
                deadline=vote,
                closes_on=closes,
                notes=vote_notes,
                steps=steps,
                period=period,
                applicability=app,
                facts=trace_facts,
            )
        else:
            yield Decision(
                status=Status.INSUFFICIENT_DATA,
                reason=msg("dates-report-cycle-closed", year=str(year), field=field, vote=vote),
                deadline=vote,
                closes_on=closes,
                notes=vote_notes,
                steps=(*steps, msg("dates-step-budget-cycle-closed", vote=vote)),
                period=period,
                applicability=app,
                facts=trace_facts,
            )
        return
    presented = report.adopted_on
    debate = report.budget_debate_on
    if debate is not None and presented > debate:
        yield Decision(
            status=Status.NON_COMPLIANT,
            reason=msg("report-after-debate", year=str(year), presented=presented, debate=debate),
            deadline=debate,
            closes_on=closes,
            steps=(*steps, msg("step-presented-after-debate")),
            period=period,
            applicability=app,
            facts=trace_facts,
        )
        return
    if presented < check.required_from:
        yield Decision(
            status=Status.NOT_APPLICABLE,
            reason=msg(
                "report-before-provision",
                year=str(year),
                presented=presented,
                required_from=check.required_from,
                subject=check.subject,
            ),
            value_review=True,
            closes_on=year_end,
            steps=(*steps, msg("step-presented-before-provision")),
            period=period,
            applicability=app,
            facts=trace_facts,
        )
        return
    if check.must_cover is None:
        covered = True
        reason = msg(
            "report-presented-before-debate" if debate is not None else "report-presented",
            year=str(year),
            presented=presented,
        )
    else:
        covered = bool(getattr(report, check.must_cover))
        reason = msg(
            "report-covers" if covered else "report-does-not-cover",
            year=str(year),
            presented=presented,
            subject=check.subject,
        )
    yield Decision(
        status=Status.COMPLIANT if covered else Status.NON_COMPLIANT,
        reason=reason,
        deadline=debate,
        closes_on=closes,
        steps=(*steps, msg("step-section-included" if covered else "step-section-missing")),
        period=period,
        applicability=app,
        facts=trace_facts,
    )


def budget_vote_day(check: YearlyReportCheck, ctx: Context, year: int) -> tuple[date | None, bool]:
    """The latest statutory day of the year's budget vote, and whether the rule confirms it.

    15 April, or 30 April in a year of general renewal of the assembly (CGCT L. 1612-2). A
    year the rule cannot tell for this kind of body gets the later date, flagged for review.
    """
    vote = check.budget_vote
    if vote is None:
        return None, True
    entity = ctx.profile.collectivity.entity
    month_day = vote.by
    confirmed = True
    if year in vote.renewal_years.get(entity, ()):
        month_day = vote.renewal_by
    elif (
        entity not in vote.renewal_years
        or year < vote.known_from
        or year in vote.unconfirmed_renewal_years.get(entity, ())
    ):
        month_day, confirmed = vote.renewal_by, False
    month, day = _month_day(month_day)
    return date(year, month, day), confirmed


@lru_cache(maxsize=64)
def _month_day(text: str) -> tuple[int, int]:
    """« 04-15 » of the rule file as (4, 15): read once per text."""
    month, day = text.split("-")
    return int(month), int(day)


def report_facts(
    rule: CompiledRule,  # noqa: ARG001 - the signature of every kind
    check: YearlyReportCheck,
    ctx: Context,
    period: Period | None,
) -> tuple[TraceFact, ...]:
    """The year's report: when it was presented, the budget debate, the section it holds."""
    year = period.year if period is not None and period.year is not None else ctx.as_of.year
    report = ctx.profile.sustainable_development_reports.get(year)
    path = f"$.{check.data}.{year}"
    facts = [fact("adopted_on", report.adopted_on if report else None, f"{path}.adopted_on")]
    if report is not None:
        facts.append(fact("budget_debate_on", report.budget_debate_on, f"{path}.budget_debate_on"))
        facts.append(
            fact("covers_nr_strategy", report.covers_nr_strategy, f"{path}.covers_nr_strategy")
        )
    return tuple(facts)


YEARLY_REPORT = CheckKind(
    YearlyReportCheck,
    decide_year=decide_report_year,
    years=budget_years,
    trace_facts=report_facts,
)
