"""Digital accessibility, per online service: the declarative duties and a truthful mention.

What is checked: the accessibility statement (published, updated within its validity), the
multi-year plan (no longer than allowed, covering the date), the current year's action plan,
and the home-page mention against the audit's compliance rate. The rate itself is reported,
not judged: derogations for disproportionate burden cannot be assessed from a profile.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reen_compliance.applicability import Applicability, parameter_number
from reen_compliance.checks import not_bound_finding
from reen_compliance.findings import Context, dated_value, fact, make_finding
from reen_compliance.loading import CompiledRule
from reen_compliance.model import OnlineService, Status
from reen_compliance.report_model import Finding, TraceFact, TraceValue
from reen_compliance.rule_model import AccessibilityCheck, DatedValue
from reen_compliance.timeline import add_years
from reen_compliance.wording import Lang, format_date, format_pct, pick


def check_accessibility(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """One finding per declared online service."""
    check = rule.rule.check
    assert isinstance(check, AccessibilityCheck)  # noqa: S101 - dispatched on kind
    lang, as_of = ctx.lang, ctx.as_of
    app = ctx.assess(rule, as_of)
    early = not_bound_finding(rule, ctx, app, None, as_of)
    if early is not None:
        return [early]
    services = ctx.profile.online_services
    if not services:
        unknown = services is None
        text = (
            pick(
                lang,
                "Le profil ne liste pas les services en ligne (online_services).",
                "The profile does not list its online services (online_services).",
            )
            if unknown
            else pick(lang, "Aucun service en ligne déclaré.", "No online service declared.")
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.INSUFFICIENT_DATA if unknown else Status.NOT_APPLICABLE,
                explanation=text,
                applicability=app,
                facts=(fact("online_services", None if unknown else "[]", "$.online_services"),),
                steps=("services: unknown" if unknown else "services: none",),
            )
        ]
    params: dict[str, DatedValue | None] = {
        name: ctx.law.value_on(rule.rule.parameters[name].values, as_of)
        for name in (
            check.full_min_pct,
            check.partial_min_pct,
            check.plan_max_years,
            check.statement_valid_years,
        )
    }
    values = tuple(
        dated_value(name, v.value, v.effective_from, v.effective_to, v.source)
        for name, v in params.items()
        if v is not None
    )
    return [
        _service_finding(
            rule,
            ctx,
            check=check,
            app=app,
            index=index,
            service=service,
            params=params,
            values=values,
        )
        for index, service in enumerate(services)
    ]


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


def _service_finding(  # noqa: PLR0913, C901, PLR0912, PLR0915 - one service, every duty in turn
    rule: CompiledRule,
    ctx: Context,
    *,
    check: AccessibilityCheck,
    app: Applicability,
    index: int,
    service: OnlineService,
    params: dict[str, DatedValue | None],
    values: tuple[TraceValue, ...],
) -> Finding:
    lang, as_of = ctx.lang, ctx.as_of
    path = f"$.online_services[{index}]"
    facts: list[TraceFact] = [
        fact("kind", service.kind, f"{path}.kind"),
        fact("created_on", service.created_on, f"{path}.created_on"),
    ]
    head = f"« {service.name} »" if lang == "fr" else f"'{service.name}'"
    start = _applies_from(check, service, as_of)
    if start is None or start > as_of:
        status = Status.INSUFFICIENT_DATA if start is None else Status.NOT_APPLICABLE
        text = head + (
            pick(
                lang,
                " : date de création nécessaire pour savoir depuis quand les obligations "
                "s'appliquent (created_on).",
                ": creation date needed to know since when the duties apply (created_on).",
            )
            if start is None
            else pick(
                lang,
                f" : obligations applicables à ce service à compter du {format_date(start, lang)}.",
                f": duties apply to this service from {format_date(start, lang)}.",
            )
        )
        return make_finding(
            rule,
            ctx,
            period=service.name,
            status=status,
            explanation=text,
            applicability=app,
            facts=facts,
            values=values,
            steps=(f"service applies from {start}",),
        )
    failures: list[str] = []
    unknown: list[str] = []
    infos: list[str] = []
    full = parameter_number(params, check.full_min_pct)
    partial = parameter_number(params, check.partial_min_pct)
    plan_years = parameter_number(params, check.plan_max_years)
    valid_years = parameter_number(params, check.statement_valid_years)

    statement = service.statement_published_on
    facts.append(fact("statement_published_on", statement, f"{path}.statement_published_on"))
    if statement is None:
        unknown.append(pick(lang, "déclaration d'accessibilité", "accessibility statement"))
    elif valid_years is not None and add_years(statement, int(valid_years)) < as_of:
        failures.append(
            pick(
                lang,
                f"déclaration d'accessibilité du {format_date(statement, lang)} non mise à jour "
                f"depuis plus de {int(valid_years)} ans",
                f"accessibility statement of {format_date(statement, lang)} not updated for more "
                f"than {int(valid_years)} years",
            )
        )

    plan = service.multi_year_plan
    facts.append(
        fact(
            "multi_year_plan",
            f"{plan.starts_on}/{plan.ends_on}" if plan else None,
            f"{path}.multi_year_plan",
        )
    )
    if plan is None:
        unknown.append(pick(lang, "schéma pluriannuel", "multi-year plan"))
    else:
        if plan_years is not None and plan.ends_on >= add_years(plan.starts_on, int(plan_years)):
            failures.append(
                pick(
                    lang,
                    f"schéma pluriannuel de plus de {int(plan_years)} ans",
                    f"multi-year plan longer than {int(plan_years)} years",
                )
            )
        if not plan.starts_on <= as_of <= plan.ends_on:
            failures.append(
                pick(
                    lang,
                    f"schéma pluriannuel ({format_date(plan.starts_on, lang)} – "
                    f"{format_date(plan.ends_on, lang)}) ne couvrant pas le "
                    f"{format_date(as_of, lang)}",
                    f"multi-year plan ({format_date(plan.starts_on, lang)} – "
                    f"{format_date(plan.ends_on, lang)}) not covering {format_date(as_of, lang)}",
                )
            )

    years = service.annual_plan_years
    facts.append(
        fact(
            "annual_plan_years",
            ", ".join(map(str, years)) if years is not None else None,
            f"{path}.annual_plan_years",
        )
    )
    if years is None:
        unknown.append(pick(lang, "plan d'action annuel", "annual action plan"))
    elif as_of.year not in years:
        failures.append(
            pick(
                lang,
                f"plan d'action {as_of.year} non publié",
                f"{as_of.year} action plan not published",
            )
        )

    rate, mention = service.compliance_rate_pct, service.home_page_mention
    facts.append(fact("compliance_rate_pct", rate, f"{path}.compliance_rate_pct"))
    facts.append(fact("home_page_mention", mention, f"{path}.home_page_mention"))
    expected = _expected_mention(rate, full, partial)
    if rate is not None:
        infos.append(
            pick(
                lang,
                f"taux de conformité au dernier audit : {format_pct(rate, lang)} (le niveau "
                "d'accessibilité lui-même n'est pas jugé ici)",
                f"compliance rate at the last audit: {format_pct(rate, lang)} (accessibility "
                "itself is not judged here)",
            )
        )
    if mention is None:
        unknown.append(pick(lang, "mention en page d'accueil", "home-page mention"))
    elif mention == "absente":
        failures.append(pick(lang, "mention absente de la page d'accueil", "no home-page mention"))
    elif expected is None and mention != "non":
        unknown.append(pick(lang, "taux de conformité (audit)", "compliance rate (audit)"))
    elif expected is not None and mention != expected:
        failures.append(
            pick(
                lang,
                f"mention « {mention} conforme » incohérente avec le taux mesuré (attendu : "
                f"« {expected} conforme »)",
                f"mention '{mention} conforme' inconsistent with the measured rate (expected "
                f"'{expected} conforme')",
            )
        )
    status, text = _conclude(lang, head, failures, unknown, infos)
    return make_finding(
        rule,
        ctx,
        period=service.name,
        status=status,
        explanation=text,
        applicability=app,
        facts=facts,
        values=values,
        steps=(
            f"service applies from {start}",
            f"expected mention: {expected}",
            f"failures: {len(failures)}; unknown: {len(unknown)}",
        ),
    )


def _expected_mention(
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


def _conclude(
    lang: Lang, head: str, failures: list[str], unknown: list[str], infos: list[str]
) -> tuple[Status, str]:
    parts: list[str] = []
    if failures:
        parts.append(
            pick(lang, "manquements : ", "failures: ") + pick(lang, " ; ", "; ").join(failures)
        )
    if unknown:
        parts.append(pick(lang, "non renseigné : ", "not stated: ") + ", ".join(unknown))
    if not failures and not unknown:
        parts.append(pick(lang, "obligations déclaratives respectées", "declarative duties met"))
    parts.extend(infos)
    status = (
        Status.NON_COMPLIANT
        if failures
        else (Status.INSUFFICIENT_DATA if unknown else Status.COMPLIANT)
    )
    separator = " : " if lang == "fr" else ": "
    return status, head + separator + pick(lang, " ; ", "; ").join(parts) + "."
