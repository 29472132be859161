"""Checks on documents and yearly figures: adopted by a deadline, reported each year, ratios.

Each function takes a compiled rule and the evaluation context and returns its findings. The
law's numbers and dates come from the rule; only the way a kind of check reasons lives here.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal

from reen_compliance.applicability import Applicability
from reen_compliance.errors import Problem, ProfileError, did_you_mean
from reen_compliance.findings import (
    Context,
    applicability_values,
    dated_value,
    fact,
    facts_sentence,
    fill,
    make_finding,
)
from reen_compliance.loading import CompiledRule
from reen_compliance.model import Document, Status
from reen_compliance.report_model import Finding, Gap, TraceFact
from reen_compliance.rule_model import DocumentDeadlineCheck, YearlyRatioCheck, YearlyReportCheck
from reen_compliance.wording import format_date, format_int, format_pct, pick, upper_first

HUNDRED = Decimal(100)


def not_bound_finding(
    rule: CompiledRule, ctx: Context, app: Applicability, period: str | None, day: date
) -> Finding | None:
    """The finding when the rule does not bind the body on `day`, or None when it does."""
    lang = ctx.lang
    if app.bound:
        return None
    who = fill(rule.rule.bound_bodies.in_language(lang), applicability_values(app), lang)
    if not app.in_force:
        text = pick(
            lang,
            f"L'obligation s'applique à compter du {format_date(rule.rule.in_force_from, lang)}.",
            f"The obligation applies from {format_date(rule.rule.in_force_from, lang)}.",
        )
        return make_finding(
            rule,
            ctx,
            period=period,
            status=Status.NOT_APPLICABLE,
            explanation=text,
            applicability=app,
            steps=(pick(lang, "obligation pas encore en vigueur", "not yet in force"),),
        )
    facts = facts_sentence(ctx, app, day)
    if app.bound is None:
        text = pick(
            lang,
            f"Impossible de dire si l'obligation s'applique : elle vise {who} et le profil ne "
            f"renseigne pas « {app.missing} ». {facts}".rstrip(),
            f"Cannot tell whether the obligation applies: it binds {who} and the profile does "
            f"not give '{app.missing}'. {facts}".rstrip(),
        )
        return make_finding(
            rule,
            ctx,
            period=period,
            status=Status.INSUFFICIENT_DATA,
            explanation=text,
            applicability=app,
            steps=(pick(lang, f"fait manquant : {app.missing}", f"missing fact: {app.missing}"),),
        )
    text = pick(lang, f"L'obligation vise {who}", f"The obligation binds {who}")
    text += f" ; {facts}." if facts and lang == "fr" else (f"; {facts}." if facts else ".")
    return make_finding(
        rule,
        ctx,
        period=period,
        status=Status.NOT_APPLICABLE,
        explanation=text,
        applicability=app,
        steps=(pick(lang, "non assujetti", "not bound"),),
    )


def _since_sentence(app: Applicability, ctx: Context) -> str:
    if app.since is None:
        return ""
    lang = ctx.lang
    day = format_date(app.since, lang)
    if app.since_is_lower_bound:
        return pick(lang, f" Assujettie au moins depuis le {day}.", f" Bound at least since {day}.")
    return pick(
        lang,
        f" Assujettie depuis le {day}, sans délai de grâce prévu par les textes.",
        f" Bound since {day}, with no statutory grace period.",
    )


def check_document(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """A document adopted by its deadline, with the document's facts in the trace."""
    check = rule.rule.check
    assert isinstance(check, DocumentDeadlineCheck)  # noqa: S101 - dispatched on kind
    document: Document | None = getattr(ctx.profile.documents, check.document)
    path = f"$.documents.{check.document}"
    facts = [fact("status", document.status if document else None, f"{path}.status")]
    if document is not None:
        facts.append(fact("adopted_on", document.adopted_on, f"{path}.adopted_on"))
        if document.contents is not None:
            facts.append(
                fact(
                    "contents.elements",
                    ", ".join(document.contents.elements),
                    f"{path}.contents.elements",
                )
            )
    return [_with_facts(f, facts) for f in _check_document(rule, ctx)]


def _with_facts(finding: Finding, facts: list[TraceFact]) -> Finding:
    """Add the facts a check read from the profile's data to a finding's trace."""
    if finding.status == Status.NOT_APPLICABLE and not finding.bound_since:
        return finding
    trace = finding.trace.model_copy(update={"facts": (*finding.trace.facts, *facts)})
    return finding.model_copy(update={"trace": trace})


def _check_document(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """A document adopted on or before the deadline (or as soon as bound, with no deadline)."""
    check = rule.rule.check
    assert isinstance(check, DocumentDeadlineCheck)  # noqa: S101 - dispatched on kind
    lang, as_of = ctx.lang, ctx.as_of
    app = ctx.assess(rule, as_of)
    early = not_bound_finding(rule, ctx, app, None, as_of)
    if early is not None:
        return [early]
    subject = check.subject.in_language(lang)
    e = "e" if check.subject_gender == "f" else ""
    due = _effective_due(check, app)
    document: Document | None = getattr(ctx.profile.documents, check.document)
    since = _since_sentence(app, ctx)
    steps = [
        pick(lang, "assujetti", "bound"),
        pick(
            lang,
            f"échéance : {due}" if due else "exigible dès l'assujettissement",
            f"due: {due}" if due else "due when bound",
        ),
    ]
    if document is None:
        text = pick(
            lang,
            f"Le profil ne dit rien de {subject} (documents.{check.document}).",
            f"The profile says nothing about {subject} (documents.{check.document}).",
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.INSUFFICIENT_DATA,
                explanation=text + since,
                applicability=app,
                deadline=due,
                steps=(*steps, pick(lang, "document : non renseigné", "document: unknown")),
            )
        ]
    if document.adopted_by(as_of) and document.adopted_on is not None:
        return [
            _adopted(
                rule,
                ctx=ctx,
                app=app,
                check=check,
                document=document,
                adopted_on=document.adopted_on,
                due=due,
                steps=steps,
            )
        ]
    if due is None or as_of <= due:
        planned = ""
        if document.planned_on is not None:
            planned = pick(
                lang,
                f" Adoption prévue le {format_date(document.planned_on, lang)}.",
                f" Adoption planned on {format_date(document.planned_on, lang)}.",
            )
        if due is None:
            text = pick(
                lang,
                f"{upper_first(subject)} n'est pas adopté{e} ; exigible dès l'assujettissement.",
                f"{upper_first(subject)} is not adopted; due as soon as bound.",
            )
            return [
                make_finding(
                    rule,
                    ctx,
                    period=None,
                    status=Status.NON_COMPLIANT,
                    explanation=text + since + planned,
                    applicability=app,
                    steps=(*steps, pick(lang, "document : non adopté", "document: not adopted")),
                ),
            ]
        text = pick(
            lang,
            f"{upper_first(subject)} doit être adopté{e} au plus tard le "
            f"{format_date(due, lang)} ; il{'le' if e else ''} n'est pas encore adopté{e}.",
            f"{upper_first(subject)} must be adopted by {format_date(due, lang)}; not adopted yet.",
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.NOT_YET_DUE,
                explanation=text + since + planned,
                applicability=app,
                deadline=due,
                steps=(
                    *steps,
                    pick(lang, "document : non adopté", "document: not adopted"),
                    pick(lang, "échéance non atteinte", "before the deadline"),
                ),
            )
        ]
    text = pick(
        lang,
        f"{upper_first(subject)} devait être adopté{e} au plus tard le "
        f"{format_date(due, lang)} ; le profil indique qu'il{'le' if e else ''} ne l'est pas "
        f"au {format_date(as_of, lang)}.",
        f"{upper_first(subject)} had to be adopted by {format_date(due, lang)}; the profile "
        f"says it is not adopted as of {format_date(as_of, lang)}.",
    )
    return [
        make_finding(
            rule,
            ctx,
            period=None,
            status=Status.NON_COMPLIANT,
            explanation=text + since,
            applicability=app,
            deadline=due,
            steps=(
                *steps,
                pick(lang, "document : non adopté", "document: not adopted"),
                pick(lang, "échéance dépassée", "deadline passed"),
            ),
        )
    ]


def _effective_due(check: DocumentDeadlineCheck, app: Applicability) -> date | None:
    """The statutory deadline, or the day the body became bound if later (no grace period)."""
    if check.deadline.date is None:
        return None
    if app.since is not None and app.since > check.deadline.date and not app.since_is_lower_bound:
        return app.since
    return check.deadline.date


def _adopted(  # noqa: PLR0913 - the parts of one decision
    rule: CompiledRule,
    *,
    ctx: Context,
    app: Applicability,
    check: DocumentDeadlineCheck,
    document: Document,
    adopted_on: date,
    due: date | None,
    steps: list[str],
) -> Finding:
    lang, as_of = ctx.lang, ctx.as_of
    subject = check.subject.in_language(lang)
    e = "e" if check.subject_gender == "f" else ""
    text = pick(
        lang,
        f"{upper_first(subject)} a été adopté{e} le {format_date(adopted_on, lang)}",
        f"{upper_first(subject)} was adopted on {format_date(adopted_on, lang)}",
    )
    if document.reference:
        text += f" ({document.reference})"
    if due is not None and adopted_on > due:
        text += pick(
            lang,
            f", après l'échéance du {format_date(due, lang)}",
            f", after the deadline of {format_date(due, lang)}",
        )
    text += "."
    steps = [*steps, pick(lang, f"adopté le {adopted_on}", f"adopted on {adopted_on}")]
    publication = check.publication_required_from
    if publication is not None and as_of >= publication and not document.url:
        required_since = format_date(publication, lang)
        text += pick(
            lang,
            f" Sa publication en ligne, exigée depuis le {required_since}, "
            "n'est pas renseignée (url).",
            f" Its online publication, required since {required_since}, is not stated (url).",
        )
        return make_finding(
            rule,
            ctx,
            period=None,
            status=Status.INSUFFICIENT_DATA,
            explanation=text,
            applicability=app,
            deadline=due,
            steps=(
                *steps,
                pick(lang, "publication en ligne : non renseignée", "publication: unknown"),
            ),
        )
    _check_content_keys(check, document)
    read_on = max(adopted_on, rule.rule.in_force_from)
    missing = [
        element
        for element in check.required_elements
        # A document adopted before the rule took effect is read from that date: the elements the
        # law itself requires are then due, while later elements (a decree's) are not.
        if (element.required_from is None or read_on >= element.required_from)
        and document.contents is not None
        and element.key not in document.contents.elements
    ]
    if missing:
        labels = ", ".join(element.label.in_language(lang) for element in missing)
        text += pick(
            lang,
            f" Il manque des éléments exigés : {labels}.",
            f" Required elements are missing: {labels}.",
        )
        return make_finding(
            rule,
            ctx,
            period=None,
            status=Status.NON_COMPLIANT,
            explanation=text,
            applicability=app,
            deadline=due,
            steps=(
                *steps,
                pick(lang, "éléments manquants : ", "missing elements: ")
                + ", ".join(e.key for e in missing),
            ),
        )
    notes: list[str] = []
    if check.required_elements and document.contents is None:
        notes.append(
            pick(
                lang,
                "Le contenu du document n'a pas été vérifié (profil : contents).",
                "The document's contents were not checked (profile: contents).",
            )
        )
    elif document.contents is not None:
        absent = [
            t.label.in_language(lang)
            for t in check.optional_themes
            if t.key not in document.contents.themes
        ]
        if absent:
            notes.append(
                pick(
                    lang,
                    "Pour information, thèmes facultatifs non couverts : ",
                    "For information, optional themes not covered: ",
                )
                + ", ".join(absent)
                + "."
            )
    return make_finding(
        rule,
        ctx,
        period=None,
        status=Status.COMPLIANT,
        explanation=" ".join([text, *notes]),
        applicability=app,
        deadline=due,
        steps=(*steps, pick(lang, "conforme", "compliant")),
    )


def check_yearly_ratio(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """A yearly ratio, with the year's declared units in the trace."""
    findings = _check_yearly_ratio(rule, ctx)
    result: list[Finding] = []
    for finding in findings:
        record = ctx.profile.equipment_disposal.get(int(finding.period or 0))
        path = f"$.equipment_disposal.{finding.period}"
        facts = [
            fact(
                "reformed_on_jan_1",
                record.reformed_on_jan_1 if record else None,
                f"{path}.reformed_on_jan_1",
            ),
            fact(
                "sent_to_reuse", record.sent_to_reuse if record else None, f"{path}.sent_to_reuse"
            ),
        ]
        enriched = _with_facts(finding, facts)
        check = rule.rule.check
        if isinstance(check, YearlyRatioCheck) and enriched is not finding:
            values = rule.rule.parameters[check.minimum].values
            version = ctx.law.value_on(values, date(int(finding.period or 0), 12, 31))
            if version is not None:
                applied = dated_value(
                    check.minimum,
                    version.value,
                    version.effective_from,
                    version.effective_to,
                    version.source,
                )
                trace = enriched.trace.model_copy(
                    update={"values": (*enriched.trace.values, applied)}
                )
                enriched = enriched.model_copy(update={"trace": trace})
        result.append(enriched)
    return result


def _check_yearly_ratio(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """A yearly ratio of units against the minimum in force for that calendar year."""
    check = rule.rule.check
    assert isinstance(check, YearlyRatioCheck)  # noqa: S101 - dispatched on kind
    findings: list[Finding] = []
    lang, as_of = ctx.lang, ctx.as_of
    first = max(check.first_year, rule.rule.in_force_from.year)
    for year in range(first, as_of.year + 1):
        year_end = date(year, 12, 31)
        day = min(as_of, year_end)
        app = ctx.assess(rule, day)
        early = not_bound_finding(rule, ctx, app, str(year), day)
        if early is not None:
            findings.append(early)
            continue
        minimum_version = ctx.law.value_on(rule.rule.parameters[check.minimum].values, year_end)
        minimum = minimum_version.value if minimum_version else None
        record = ctx.profile.equipment_disposal.get(year)
        source = minimum_version.source if minimum_version else ""
        steps = [
            pick(lang, f"année {year}", f"year {year}"),
            f"minimum {minimum} % ({source})",
        ]
        in_progress = as_of <= year_end
        if record is None:
            status = Status.NOT_YET_DUE if in_progress else Status.INSUFFICIENT_DATA
            text = pick(
                lang,
                f"Aucune donnée de réforme du matériel informatique pour {year} "
                f"(equipment_disposal.{year}).",
                f"No data on reformed IT equipment for {year} (equipment_disposal.{year}).",
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
                    steps=steps,
                )
            )
            continue
        a, b = record.sent_to_reuse, record.reformed_on_jan_1
        if not isinstance(minimum, Decimal) or b == 0:
            reason = (
                pick(
                    lang, "le taux minimal n'est pas confirmé", "the minimum rate is not confirmed"
                )
                if not isinstance(minimum, Decimal)
                else pick(
                    lang,
                    "aucun matériel réformé en stock au 1er janvier (B = 0) : le décret "
                    "ne dit pas comment calculer le taux",
                    "no reformed equipment in stock on 1 January (B = 0): the decree does not "
                    "say how to compute the rate",
                )
            )
            text = pick(lang, f"{year} : {reason}.", f"{year}: {reason}.")
            findings.append(
                make_finding(
                    rule,
                    ctx,
                    period=str(year),
                    status=Status.INSUFFICIENT_DATA,
                    explanation=text,
                    applicability=app,
                    deadline=year_end,
                    steps=(*steps, reason),
                    value_review=True,
                )
            )
            continue
        share = Decimal(a) / Decimal(b) * HUNDRED
        required = int((Decimal(b) * minimum / HUNDRED).to_integral_value(rounding=ROUND_CEILING))
        missing = max(0, required - a)
        gap = Gap(
            unit="items", required=Decimal(required), actual=Decimal(a), missing=Decimal(missing)
        )
        measured = pick(
            lang,
            f"{year} : {format_int(a, lang)} matériels orientés vers le réemploi sur "
            f"{format_int(b, lang)} réformés en stock au 1er janvier, soit "
            f"{format_pct(share, lang)} pour un minimum de {format_pct(minimum, lang)} ({source})",
            f"{year}: {format_int(a, lang)} items sent to reuse out of {format_int(b, lang)} "
            f"reformed items in stock on 1 January, i.e. {format_pct(share, lang)} against a "
            f"minimum of {format_pct(minimum, lang)} ({source})",
        )
        if in_progress:
            status = Status.NOT_YET_DUE
            measured += pick(lang, " ; l'année n'est pas close.", "; the year is not over.")
        elif share >= minimum:
            status = Status.COMPLIANT
            measured += "."
        else:
            status = Status.NON_COMPLIANT
            measured += pick(
                lang,
                f" : il manque {format_int(missing, lang)} matériels.",
                f": {format_int(missing, lang)} items short.",
            )
        findings.append(
            make_finding(
                rule,
                ctx,
                period=str(year),
                status=status,
                explanation=measured,
                applicability=app,
                deadline=year_end,
                gap=gap,
                steps=(
                    *steps,
                    pick(lang, f"taux mesuré {share:.2f} %", f"measured rate {share:.2f} %"),
                ),
                value_review=bool(minimum_version and minimum_version.needs_review),
            )
        )
    return findings


def check_yearly_report(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """Each budget year's report, with its declared dates in the trace."""
    result: list[Finding] = []
    for finding in _check_yearly_report(rule, ctx):
        report = ctx.profile.sustainable_development_reports.get(int(finding.period or 0))
        path = f"$.sustainable_development_reports.{finding.period}"
        facts = [fact("adopted_on", report.adopted_on if report else None, f"{path}.adopted_on")]
        if report is not None:
            facts.append(
                fact("budget_debate_on", report.budget_debate_on, f"{path}.budget_debate_on")
            )
            facts.append(
                fact("covers_nr_strategy", report.covers_nr_strategy, f"{path}.covers_nr_strategy")
            )
        result.append(_with_facts(finding, facts))
    return result


def _check_yearly_report(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """Each budget year's report presented before the debate contains the required review."""
    check = rule.rule.check
    assert isinstance(check, YearlyReportCheck)  # noqa: S101 - dispatched on kind
    findings: list[Finding] = []
    lang, as_of = ctx.lang, ctx.as_of
    subject = check.subject.in_language(lang)
    first = check.first_year
    if check.recent_years is not None:
        first = max(first, as_of.year - check.recent_years + 1)
    for year in range(first, as_of.year + 1):
        day = min(as_of, date(year, 12, 31))
        app = ctx.assess(rule, day)
        early = not_bound_finding(rule, ctx, app, str(year), day)
        if early is not None:
            findings.append(early)
            continue
        report = ctx.profile.sustainable_development_reports.get(year)
        steps = [pick(lang, f"budget {year}", f"budget year {year}")]
        if report is None or report.adopted_on > as_of:
            status = Status.NOT_YET_DUE if as_of.year <= year else Status.INSUFFICIENT_DATA
            text = pick(
                lang,
                f"Aucun rapport développement durable déclaré pour le budget {year} "
                f"(sustainable_development_reports.{year}).",
                f"No sustainable-development report declared for the {year} budget "
                f"(sustainable_development_reports.{year}).",
            )
            findings.append(
                make_finding(
                    rule,
                    ctx,
                    period=str(year),
                    status=status,
                    explanation=text,
                    applicability=app,
                    steps=steps,
                )
            )
            continue
        presented = format_date(report.adopted_on, lang)
        debate = report.budget_debate_on
        if debate is not None and report.adopted_on > debate:
            text = pick(
                lang,
                f"Le rapport du budget {year}, présenté le {presented}, l'a été après "
                f"le débat budgétaire du {format_date(debate, lang)}.",
                f"The {year} budget report, presented on {presented}, came after the budget "
                f"debate of {format_date(debate, lang)}.",
            )
            findings.append(
                make_finding(
                    rule,
                    ctx,
                    period=str(year),
                    status=Status.NON_COMPLIANT,
                    explanation=text,
                    applicability=app,
                    deadline=debate,
                    steps=(
                        *steps,
                        pick(lang, "présenté après le débat", "presented after the debate"),
                    ),
                )
            )
            continue
        if report.adopted_on < check.required_from:
            text = pick(
                lang,
                f"Le rapport du budget {year} a été présenté le {presented}, avant le "
                f"{format_date(check.required_from, lang)} : {subject} n'y était que "
                "recommandé (lecture retenue).",
                f"The {year} budget report was presented on {presented}, before "
                f"{format_date(check.required_from, lang)}: {subject} was only recommended "
                "then (reading adopted).",
            )
            findings.append(
                make_finding(
                    rule,
                    ctx,
                    period=str(year),
                    status=Status.NOT_APPLICABLE,
                    explanation=text,
                    applicability=app,
                    value_review=True,
                    steps=(
                        *steps,
                        pick(
                            lang,
                            "présenté avant l'entrée en vigueur de la disposition",
                            "presented before the provision applied",
                        ),
                    ),
                )
            )
            continue
        covered = True if check.must_cover is None else bool(getattr(report, check.must_cover))
        status = Status.COMPLIANT if covered else Status.NON_COMPLIANT
        text = pick(
            lang,
            f"Le rapport du budget {year}, présenté le {presented}, "
            f"{'contient' if covered else 'ne contient pas'} {subject}.",
            f"The {year} budget report, presented on {presented}, "
            f"{'contains' if covered else 'does not contain'} {subject}.",
        )
        if check.must_cover is None:
            text = pick(
                lang,
                f"Le rapport du budget {year} a été présenté le {presented}"
                + (" avant le débat budgétaire." if debate is not None else "."),
                f"The {year} budget report was presented on {presented}"
                + (" before the budget debate." if debate is not None else "."),
            )
        findings.append(
            make_finding(
                rule,
                ctx,
                period=str(year),
                status=status,
                explanation=text,
                applicability=app,
                deadline=debate,
                steps=(
                    *steps,
                    pick(lang, f"bilan inclus : {covered}", f"review included: {covered}"),
                ),
            )
        )
    return findings


def _check_content_keys(check: DocumentDeadlineCheck, document: Document) -> None:
    """Refuse element or theme keys the rule does not know: a typo must not read as missing."""
    if document.contents is None:
        return
    path = f"$.documents.{check.document}.contents"
    problems: list[Problem] = []
    for field, known in (
        ("elements", [e.key for e in check.required_elements]),
        ("themes", [t.key for t in check.optional_themes]),
    ):
        for position, key in enumerate(getattr(document.contents, field)):
            if key not in known:
                message = f"unknown {field[:-1]} {key!r} (expected one of {', '.join(known)})"
                problems.append(
                    Problem(
                        "<profile>",
                        None,
                        None,
                        f"{path}.{field}[{position}]",
                        message,
                        did_you_mean(key, known),
                    )
                )
    if problems:
        raise ProfileError(problems)


def next_yearly(month_day: str, after: date) -> date:
    """The next date strictly after `after` falling on `month_day` (MM-DD)."""
    month, day = (int(part) for part in month_day.split("-"))
    candidate = _safe_date(after.year, month, day)
    return candidate if candidate > after else _safe_date(after.year + 1, month, day)


def _safe_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 1) + timedelta(days=27)
