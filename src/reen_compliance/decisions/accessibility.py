"""Digital accessibility, per online service: the declarative duties and a truthful mention.

What is checked: the accessibility statement (published, updated within its validity), the
multi-year plan (no longer than allowed, covering the date), the current year's action plan,
and the home-page mention against the audit's compliance rate. A rate below full conformance
is said (art. 47 requires accessible services; ARCOM may fine inaccessibility from 2024), but
not judged a breach: derogations for disproportionate burden cannot be assessed from a profile.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from reen_compliance.decisions.context import Context, applied, fact
from reen_compliance.decisions.decision import Decision, item_period
from reen_compliance.decisions.kinds import CheckKind
from reen_compliance.formats.profile import OnlineService, Status
from reen_compliance.formats.report import TraceFact
from reen_compliance.i18n.message import Code, Msg, Percent, msg
from reen_compliance.law.applicability import Applicability, parameter_number
from reen_compliance.law.checks import AccessibilityCheck
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import remember
from reen_compliance.law.timeline import add_years
from reen_compliance.law.values import AppliedValue, DatedValue


def decide_accessibility(
    rule: CompiledRule, check: AccessibilityCheck, ctx: Context, app: Applicability
) -> Iterable[Decision]:
    """One decision per declared online service (or one saying there is none, or no list)."""
    services = ctx.profile.online_services
    if not services:
        unknown = services is None
        yield Decision(
            status=Status.INSUFFICIENT_DATA if unknown else Status.NOT_APPLICABLE,
            reason=msg("accessibility-services-unknown", field=Code("online_services"))
            if unknown
            else msg("accessibility-no-service"),
            applicability=app,
            facts=(fact("online_services", None if unknown else "[]", "$.online_services"),),
            steps=(
                msg(
                    "accessibility-step-services-unknown"
                    if unknown
                    else "accessibility-step-no-service"
                ),
            ),
        )
        return
    params, values = _law_of_day(rule, check, ctx)
    for index, service in enumerate(services):
        yield _service(
            check, ctx, app=app, index=index, service=service, params=params, values=values
        )


def _law_of_day(
    rule: CompiledRule, check: AccessibilityCheck, ctx: Context
) -> tuple[dict[str, DatedValue | None], tuple[AppliedValue, ...]]:
    """The thresholds in force on the assessment date and their trace: once per law date."""
    law, day = ctx.law, ctx.as_of

    def build() -> tuple[dict[str, DatedValue | None], tuple[AppliedValue, ...]]:
        params = {
            name: law.value_on(rule.rule.parameters[name].values, day)
            for name in (
                check.full_min_pct,
                check.partial_min_pct,
                check.plan_max_years,
                check.statement_valid_years,
            )
        }
        return params, tuple(value for name, v in params.items() for value in applied(name, v))

    return remember(rule.memo, ("accessibility_law", day, law.law_as_of), build)


def _applies_from(check: AccessibilityCheck, service: OnlineService, as_of: date) -> date | None:
    """When the duties bind this service; None when its creation date is needed and unknown."""
    dates: list[date] = []
    for scope in check.service_scopes:
        if service.kind not in scope.kinds:
            continue
        if service.created_on is None:
            dates.append(scope.applies_from)
            continue
        if scope.created_before is not None and service.created_on >= scope.created_before:
            continue
        if scope.created_on_or_after is not None and service.created_on < scope.created_on_or_after:
            continue
        return scope.applies_from
    if not dates:
        return None
    if all(day <= as_of for day in dates) or all(day > as_of for day in dates):
        return max(dates) if all(day <= as_of for day in dates) else min(dates)
    return None


class _Findings:
    """What the duties of one service come to: failures, unknown facts, facts read."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.failures: list[Msg] = []
        self.unknown: list[Msg] = []
        self.facts: list[TraceFact] = []

    def read(self, name: str, value: object) -> None:
        """Record a fact of the service read from the profile."""
        self.facts.append(fact(name, value, f"{self.path}.{name}"))


def _service(  # noqa: PLR0913 - one service and what its decision shares
    check: AccessibilityCheck,
    ctx: Context,
    *,
    app: Applicability,
    index: int,
    service: OnlineService,
    params: dict[str, DatedValue | None],
    values: tuple[AppliedValue, ...],
) -> Decision:
    as_of = ctx.as_of
    found = _Findings(f"$.online_services[{index}]")
    found.read("kind", service.kind)
    found.read("created_on", service.created_on)
    name = Code(service.name)
    start = _applies_from(check, service, as_of)
    if start is None or start > as_of:
        return Decision(
            status=Status.INSUFFICIENT_DATA if start is None else Status.NOT_APPLICABLE,
            reason=msg("accessibility-creation-date-needed", service=name, field=Code("created_on"))
            if start is None
            else msg("accessibility-applies-later", service=name, start=start),
            period=item_period(service.name),
            applicability=app,
            facts=tuple(found.facts),
            values=values,
            steps=(_step_applies(start),),
        )
    full = parameter_number(params, check.full_min_pct)
    partial = parameter_number(params, check.partial_min_pct)
    _statement(found, service, as_of, parameter_number(params, check.statement_valid_years))
    _plans(found, service, as_of, parameter_number(params, check.plan_max_years))
    rate, mention = service.compliance_rate_pct, service.home_page_mention
    found.read("compliance_rate_pct", rate)
    found.read("home_page_mention", mention)
    expected = expected_mention(rate, full, partial)
    if mention is None:
        found.unknown.append(msg("accessibility-home-page-mention"))
    elif mention == "absente":
        found.failures.append(msg("accessibility-mention-absent"))
    elif expected is None and mention != "non":
        found.unknown.append(msg("accessibility-compliance-rate"))
    elif expected is not None and mention != expected:
        found.failures.append(
            msg(
                "accessibility-mention-inconsistent",
                mention=Code(mention),
                expected=Code(expected),
            )
        )
    failures, unknown = tuple(found.failures), tuple(found.unknown)
    details: list[Msg] = []
    if failures:
        status = Status.NON_COMPLIANT
        reason = msg("accessibility-failures", service=name, failures=failures, count=len(failures))
        if unknown:
            details.append(msg("accessibility-also-unknown", elements=unknown, count=len(unknown)))
    elif unknown:
        status = Status.INSUFFICIENT_DATA
        reason = msg("accessibility-unknown", service=name, elements=unknown, count=len(unknown))
    else:
        status = Status.COMPLIANT
        reason = msg("accessibility-duties-met-listed", service=name)
    # The duties met are declarative; art. 47 requires the service itself to be accessible
    # (issue 13, point 13): a rate below « totalement conforme » is said, with its sanction.
    reached = None if rate is None or full is None else rate >= full
    if rate is not None:
        details.append(_rate_sentence(check, as_of, rate, reached=reached))
    return Decision(
        status=status,
        status_scope="declarative_duties"
        if status == Status.COMPLIANT and reached is False
        else None,
        reason=reason,
        details=tuple(details),
        period=item_period(service.name),
        applicability=app,
        facts=tuple(found.facts),
        values=values,
        steps=(
            _step_applies(start),
            msg("accessibility-step-expected-mention", expected=Code(expected))
            if expected is not None
            else msg("accessibility-step-no-expected-mention"),
            msg("accessibility-step-counts", failures=len(failures), unknown=len(unknown)),
        ),
    )


def _rate_sentence(
    check: AccessibilityCheck, as_of: date, rate: Decimal, *, reached: bool | None
) -> Msg:
    """The audit rate: accessibility reached or not (art. 47), and whether ARCOM may fine it."""
    if reached:
        return msg("accessibility-rate-reached", rate=Percent(rate))
    if reached is None:
        return msg("accessibility-rate", rate=Percent(rate))
    since = check.inaccessibility_sanctioned_from
    if since is None:
        return msg("accessibility-not-reached", rate=Percent(rate))
    if as_of >= since:
        return msg("accessibility-not-reached-sanctioned", rate=Percent(rate), since=since)
    return msg("accessibility-not-reached-not-yet-sanctioned", rate=Percent(rate), since=since)


def _step_applies(start: date | None) -> Msg:
    if start is None:
        return msg("accessibility-step-start-unknown")
    return msg("accessibility-step-applies-from", day=start)


def _statement(
    found: _Findings, service: OnlineService, as_of: date, valid_years: Decimal | None
) -> None:
    """The accessibility statement: published, and updated within its validity."""
    statement = service.statement_published_on
    found.read("statement_published_on", statement)
    if statement is None:
        found.unknown.append(msg("accessibility-statement"))
    elif valid_years is not None and add_years(statement, int(valid_years)) < as_of:
        found.failures.append(
            msg("accessibility-statement-outdated", day=statement, years=int(valid_years))
        )


def _plans(
    found: _Findings, service: OnlineService, as_of: date, plan_years: Decimal | None
) -> None:
    """The multi-year plan (not too long, covering the date) and this year's action plan."""
    plan = service.multi_year_plan
    found.facts.append(
        fact(
            "multi_year_plan",
            f"{plan.starts_on}/{plan.ends_on}" if plan else None,
            f"{found.path}.multi_year_plan",
        )
    )
    if plan is None:
        found.unknown.append(msg("accessibility-multi-year-plan"))
    else:
        if plan_years is not None and plan.ends_on >= add_years(plan.starts_on, int(plan_years)):
            found.failures.append(msg("accessibility-plan-too-long", years=int(plan_years)))
        if not plan.starts_on <= as_of <= plan.ends_on:
            found.failures.append(
                msg(
                    "accessibility-plan-not-covering",
                    start=plan.starts_on,
                    end=plan.ends_on,
                    day=as_of,
                )
            )
    years = service.annual_plan_years
    found.facts.append(
        fact(
            "annual_plan_years",
            ", ".join(map(str, years)) if years is not None else None,
            f"{found.path}.annual_plan_years",
        )
    )
    if years is None:
        found.unknown.append(msg("accessibility-annual-plan"))
    elif as_of.year not in years:
        found.failures.append(msg("accessibility-annual-plan-missing", year=str(as_of.year)))


def expected_mention(
    rate: Decimal | None, full: Decimal | None, partial: Decimal | None
) -> str | None:
    """The mention the audit rate calls for, or None without a rate (or thresholds)."""
    if rate is None or full is None or partial is None:
        return None
    if rate >= full:
        return "totalement"
    if rate >= partial:
        return "partiellement"
    return "non"


ACCESSIBILITY = CheckKind(AccessibilityCheck, decide=decide_accessibility)
