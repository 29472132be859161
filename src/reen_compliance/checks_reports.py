"""Declared yearly shares, reports renewed every N years, and yearly reports per site.

The law's numbers (minimum share, renewal period, power threshold, due day) come from the rule;
this module only knows how each kind of duty is measured against the profile's declarations.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reen_compliance.applicability import parameter_number
from reen_compliance.checks import not_bound_finding
from reen_compliance.findings import Context, dated_value, fact, make_finding
from reen_compliance.loading import CompiledRule
from reen_compliance.model import DataCentre, GhgReport, Status
from reen_compliance.report_model import Finding, Gap, TraceFact, TraceValue
from reen_compliance.rule_model import (
    DatedValue,
    DeclaredShareCheck,
    PeriodicPublicationCheck,
    SiteYearlyReportsCheck,
)
from reen_compliance.timeline import add_months, add_years
from reen_compliance.wording import format_date, format_decimal, format_pct, pick

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def _trace_value(name: str, version: DatedValue | None) -> tuple[TraceValue, ...]:
    if version is None:
        return ()
    return (
        dated_value(
            name, version.value, version.effective_from, version.effective_to, version.source
        ),
    )


def check_declared_share(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """One finding per calendar year: the declared share against the minimum in force."""
    check = rule.rule.check
    assert isinstance(check, DeclaredShareCheck)  # noqa: S101 - dispatched on kind
    lang = ctx.lang
    findings: list[Finding] = []
    notes = (
        [] if check.unit_confirmed or not check.unit_note else [check.unit_note.in_language(lang)]
    )
    subject = check.subject.in_language(lang)
    declared = getattr(ctx.profile, check.data)
    for year in range(max(check.first_year, rule.rule.in_force_from.year), ctx.as_of.year + 1):
        if (
            check.recent_years is not None
            and year not in declared
            and year <= ctx.as_of.year - check.recent_years
        ):
            continue  # an old year without figures is history, not a live question
        year_end = date(year, 12, 31)
        day = min(ctx.as_of, year_end)
        app = ctx.assess(rule, day)
        early = not_bound_finding(rule, ctx, app, str(year), day)
        if early is not None:
            findings.append(early)
            continue
        version = ctx.law.value_on(rule.rule.parameters[check.minimum].values, year_end)
        minimum = parameter_number({check.minimum: version}, check.minimum)
        record = getattr(ctx.profile, check.data).get(year)
        path = f"$.{check.data}.{year}"
        in_progress = ctx.as_of <= year_end
        values = _trace_value(check.minimum, version)
        if record is None or minimum is None:
            status = Status.NOT_YET_DUE if in_progress else Status.INSUFFICIENT_DATA
            text = pick(
                lang,
                f"{year} : aucun chiffre déclaré pour {subject} ({check.data}.{year}).",
                f"{year}: no figures declared for {subject} ({check.data}.{year}).",
            )
            if minimum is None:
                text = pick(lang, f"{year} : minimum non confirmé.", f"{year}: minimum not known.")
            findings.append(
                make_finding(
                    rule,
                    ctx,
                    period=str(year),
                    status=status,
                    explanation=text,
                    applicability=app,
                    deadline=year_end,
                    values=values,
                    facts=(fact(check.data, None, path),),
                    extra_notes=notes,
                    steps=(f"year {year}", "figures: unknown"),
                )
            )
            continue
        facts = (
            fact("unit", record.unit, f"{path}.unit"),
            fact("total", record.total, f"{path}.total"),
            fact("recycled", record.recycled, f"{path}.recycled"),
        )
        if record.total == 0:
            text = pick(lang, f"{year} : aucun achat déclaré.", f"{year}: no purchase declared.")
            findings.append(
                make_finding(
                    rule,
                    ctx,
                    period=str(year),
                    status=Status.NOT_APPLICABLE,
                    explanation=text,
                    applicability=app,
                    values=values,
                    facts=facts,
                    steps=(f"year {year}", "total = 0"),
                )
            )
            continue
        share = record.recycled / record.total * HUNDRED
        text = pick(
            lang,
            f"{year} : {format_pct(share, lang)} de {subject} (unité déclarée : {record.unit}) "
            f"pour un minimum de {format_pct(minimum, lang)} ({version.source if version else ''})",
            f"{year}: {format_pct(share, lang)} of {subject} (declared unit: {record.unit}) "
            f"against a minimum of {format_pct(minimum, lang)} "
            f"({version.source if version else ''})",
        )
        gap = None
        if in_progress:
            status = Status.NOT_YET_DUE
            text += pick(lang, " ; l'année n'est pas close.", "; the year is not over.")
        elif share >= minimum:
            status = Status.COMPLIANT
            text += "."
        else:
            status = Status.NON_COMPLIANT
            missing = (minimum - share).quantize(CENT)
            gap = Gap(
                unit="percent", required=minimum, actual=share.quantize(CENT), missing=missing
            )
            text += pick(
                lang,
                f" : il manque {format_decimal(missing, lang)} points.",
                f": {format_decimal(missing, lang)} points short.",
            )
        findings.append(
            make_finding(
                rule,
                ctx,
                period=str(year),
                status=status,
                explanation=text,
                applicability=app,
                deadline=year_end,
                gap=gap,
                values=values,
                facts=facts,
                extra_notes=notes,
                value_review=bool(notes) or bool(version and version.needs_review),
                steps=(f"year {year}", f"share {share:.2f} % vs {minimum} %"),
            )
        )
    return findings


def check_periodic_publication(  # noqa: C901, PLR0915 - one cycle, its elements in turn
    rule: CompiledRule, ctx: Context
) -> list[Finding]:
    """The latest report is published and still within its renewal period."""
    check = rule.rule.check
    assert isinstance(check, PeriodicPublicationCheck)  # noqa: S101 - dispatched on kind
    lang, as_of = ctx.lang, ctx.as_of
    app = ctx.assess(rule, as_of)
    early = not_bound_finding(rule, ctx, app, None, as_of)
    if early is not None:
        return [early]
    version = ctx.law.value_on(rule.rule.parameters[check.period_years].values, as_of)
    period = parameter_number({check.period_years: version}, check.period_years)
    values = _trace_value(check.period_years, version)
    notes = [check.anchor_note.in_language(lang)] if check.anchor_note else []
    subject = check.subject.in_language(lang)
    due = check.first_due
    if app.since is not None and app.since > due and not app.since_is_lower_bound:
        due = app.since  # no statutory grace period once bound
    reports: tuple[GhgReport, ...] | None = getattr(ctx.profile, check.data)
    common = {"applicability": app, "values": values, "extra_notes": notes}
    if reports is None or period is None:
        text = pick(
            lang,
            f"Le profil ne dit rien de {subject} ({check.data}).",
            f"The profile says nothing about {subject} ({check.data}).",
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.INSUFFICIENT_DATA,
                explanation=text,
                deadline=due,
                facts=(fact(check.data, None, f"$.{check.data}"),),
                steps=("reports: unknown",),
                **common,  # type: ignore[arg-type]
            )
        ]
    published = sorted(
        ((i, r) for i, r in enumerate(reports) if r.published_on <= as_of),
        key=lambda pair: pair[1].published_on,
    )
    if not published:
        late = as_of > due
        text = pick(
            lang,
            f"Aucun {subject} publié ; exigible au plus tard le {format_date(due, lang)}.",
            f"No {subject} published; due by {format_date(due, lang)}.",
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.NON_COMPLIANT if late else Status.NOT_YET_DUE,
                explanation=text,
                deadline=due,
                facts=(fact(check.data, "[]", f"$.{check.data}"),),
                steps=("no report published", "deadline passed" if late else "before deadline"),
                **common,  # type: ignore[arg-type]
            )
        ]
    index, latest = published[-1]
    path = f"$.{check.data}[{index}]"
    facts: list[TraceFact] = [
        fact("published_on", latest.published_on, f"{path}.published_on"),
        fact("reference_year", latest.reference_year, f"{path}.reference_year"),
    ]
    next_due = add_years(latest.published_on, int(period))
    text = pick(
        lang,
        f"Dernier {subject} publié le {format_date(latest.published_on, lang)} (année de "
        f"référence {latest.reference_year}) ; le suivant est attendu au plus tard le "
        f"{format_date(next_due, lang)} (tous les {int(period)} ans).",
        f"Latest {subject} published on {format_date(latest.published_on, lang)} (reference "
        f"year {latest.reference_year}); the next one is due by {format_date(next_due, lang)} "
        f"(every {int(period)} years).",
    )
    missing: list[str] = []
    unknown: list[str] = []
    for element in check.elements:
        if element.required_from is not None and latest.published_on < element.required_from:
            continue
        value = getattr(latest, element.field)
        facts.append(fact(element.field, value, f"{path}.{element.field}"))
        label = element.label.in_language(lang)
        if value is None:
            unknown.append(label)
        elif not value:
            missing.append(label)
    steps = [f"latest {latest.published_on}", f"next due {next_due}"]
    if as_of > next_due:
        status = Status.NON_COMPLIANT
        text += pick(lang, " Ce délai est dépassé.", " That date has passed.")
    elif missing:
        status = Status.NON_COMPLIANT
        text += pick(
            lang,
            f" Il manque : {', '.join(missing)}.",
            f" Missing: {', '.join(missing)}.",
        )
    else:
        status = Status.COMPLIANT
        if unknown:
            text += pick(
                lang,
                f" Non vérifié (non renseigné) : {', '.join(unknown)}.",
                f" Not checked (not stated): {', '.join(unknown)}.",
            )
    steps.append(
        f"missing: {', '.join(missing) or 'none'}; unknown: {', '.join(unknown) or 'none'}"
    )
    return [
        make_finding(
            rule,
            ctx,
            period=None,
            status=status,
            explanation=text,
            deadline=next_due,
            data_period=(latest.published_on, latest.published_on),
            facts=facts,
            steps=steps,
            **common,  # type: ignore[arg-type]
        )
    ]


def check_site_yearly_reports(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """Per site at or above the threshold: the declaration, then each yearly report on time."""
    check = rule.rule.check
    assert isinstance(check, SiteYearlyReportsCheck)  # noqa: S101 - dispatched on kind
    as_of = ctx.as_of
    app = ctx.assess(rule, as_of)
    early = not_bound_finding(rule, ctx, app, None, as_of)
    if early is not None:
        return [early]
    version = ctx.law.value_on(rule.rule.parameters[check.threshold].values, as_of)
    threshold = parameter_number({check.threshold: version}, check.threshold)
    values = _trace_value(check.threshold, version)
    findings: list[Finding] = []
    for index, centre in enumerate(ctx.profile.data_centres or ()):
        if threshold is None or centre.installed_power_kw < threshold:
            continue
        findings.extend(
            _site_findings(rule, ctx, check=check, index=index, centre=centre, values=values)
        )
    return findings


def _site_findings(  # noqa: PLR0913 - one site and what its findings share
    rule: CompiledRule,
    ctx: Context,
    *,
    check: SiteYearlyReportsCheck,
    index: int,
    centre: DataCentre,
    values: tuple[TraceValue, ...],
) -> list[Finding]:
    lang, as_of = ctx.lang, ctx.as_of
    path = f"$.data_centres[{index}]"
    month, day = (int(part) for part in check.due_day.split("-"))
    notes: list[str] = []
    if not check.first_due_confirmed:
        notes.append(
            pick(
                lang,
                f"Première année de déclaration non confirmée : échéances vérifiées à partir du "
                f"{format_date(date(check.first_due_year, month, day), lang)}.",
                f"First reporting year not confirmed: deadlines checked from "
                f"{format_date(date(check.first_due_year, month, day), lang)}.",
            )
        )
    power = fact("installed_power_kw", centre.installed_power_kw, f"{path}.installed_power_kw")
    findings: list[Finding] = []
    if centre.commissioned_on is not None and centre.commissioned_on >= rule.rule.in_force_from:
        due = add_months(centre.commissioned_on, check.declaration_within_months)
        declared = centre.declared_on is not None and centre.declared_on <= due
        status = (
            Status.COMPLIANT
            if declared
            else (Status.NON_COMPLIANT if as_of > due else Status.NOT_YET_DUE)
        )
        text = pick(
            lang,
            f"« {centre.name} », mis en service le {format_date(centre.commissioned_on, lang)} : "
            f"déclaration attendue au plus tard le {format_date(due, lang)} ; "
            + (
                f"faite le {format_date(centre.declared_on, lang)}."
                if centre.declared_on
                else "non renseignée."
            ),
            f"'{centre.name}', commissioned on {format_date(centre.commissioned_on, lang)}: "
            f"declaration due by {format_date(due, lang)}; "
            + (
                f"made on {format_date(centre.declared_on, lang)}."
                if centre.declared_on
                else "not stated."
            ),
        )
        findings.append(
            make_finding(
                rule,
                ctx,
                period=f"{centre.name}:declaration",
                status=status,
                explanation=text,
                deadline=due,
                values=values,
                facts=(
                    power,
                    fact("commissioned_on", centre.commissioned_on, f"{path}.commissioned_on"),
                    fact("declared_on", centre.declared_on, f"{path}.declared_on"),
                ),
                steps=(f"declaration due {due}",),
            )
        )
    year = check.first_due_year
    while date(year, month, day) <= as_of or year == max(check.first_due_year, as_of.year):
        due = date(year, month, day)
        data_year = year - 1
        sent = centre.yearly_reports.get(data_year)
        if sent is not None and sent <= as_of:
            status = Status.COMPLIANT
            said = pick(
                lang,
                f"transmises le {format_date(sent, lang)}",
                f"sent on {format_date(sent, lang)}",
            )
            if sent > due:
                said += pick(lang, ", après l'échéance", ", after the deadline")
        elif as_of > due:
            status = Status.NON_COMPLIANT
            said = pick(lang, "non transmises", "not sent")
        else:
            status = Status.NOT_YET_DUE
            said = pick(lang, "pas encore transmises", "not sent yet")
        text = pick(
            lang,
            f"« {centre.name} » ({format_decimal(centre.installed_power_kw, lang, 0)} kW) : "
            f"informations de l'année {data_year}, dues au plus tard le "
            f"{format_date(due, lang)}, {said}.",
            f"'{centre.name}' ({format_decimal(centre.installed_power_kw, lang, 0)} kW): "
            f"information for {data_year}, due by {format_date(due, lang)}, {said}.",
        )
        findings.append(
            make_finding(
                rule,
                ctx,
                period=f"{centre.name}:{data_year}",
                status=status,
                explanation=text,
                deadline=due,
                values=values,
                data_period=(date(data_year, 1, 1), date(data_year, 12, 31)),
                facts=(
                    power,
                    fact(f"yearly_reports.{data_year}", sent, f"{path}.yearly_reports.{data_year}"),
                ),
                extra_notes=notes,
                value_review=bool(notes),
                steps=(f"data year {data_year}", f"due {due}", f"sent {sent}"),
            )
        )
        year += 1
    return findings
