"""A report published by a first deadline, then renewed every N years, with the parts it must hold.

The renewal period is the rule's dated parameter on the assessment date; the next deadline is
counted from the latest report's publication. Parts a later text requires are only asked of
reports published since that text applies.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from reen_compliance.decisions.context import Context, applied, fact
from reen_compliance.decisions.decision import Decision, Note
from reen_compliance.decisions.kinds import CheckKind, due_once_bound, no_delay_note
from reen_compliance.formats.profile import GhgReport, Status
from reen_compliance.formats.report import TraceFact
from reen_compliance.i18n.message import Code, Localized, Msg, msg
from reen_compliance.law.applicability import Applicability, parameter_number
from reen_compliance.law.checks import PeriodicPublicationCheck
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import remember
from reen_compliance.law.timeline import add_years
from reen_compliance.law.values import AppliedValue


def decide_publication(
    rule: CompiledRule, check: PeriodicPublicationCheck, ctx: Context, app: Applicability
) -> Iterable[Decision]:
    """The latest report is published and its renewal is not overdue; its parts are there."""
    as_of = ctx.as_of
    period, values = _law_of_day(rule, check, ctx)
    notes: tuple[Note, ...] = (check.anchor_note,) if check.anchor_note else ()
    due = due_once_bound(check.first_due, app)
    statutory = check.first_due if due != check.first_due else None
    delay = (no_delay_note(check.first_due, app),) if statutory is not None else ()
    reports: tuple[GhgReport, ...] | None = getattr(ctx.profile, check.data)
    if reports is None or period is None:
        yield Decision(
            status=Status.INSUFFICIENT_DATA,
            reason=msg("publication-unknown", subject=check.subject, field=Code(check.data)),
            deadline=due,
            statutory_deadline=statutory,
            details=delay,
            applicability=app,
            values=values,
            notes=notes,
            facts=(fact(check.data, None, f"$.{check.data}"),),
            steps=(msg("publication-step-unknown"),),
        )
        return
    published = sorted(
        ((i, r) for i, r in enumerate(reports) if r.published_on <= as_of),
        key=lambda pair: pair[1].published_on,
    )
    if not published:
        late = as_of > due
        yield Decision(
            status=Status.NON_COMPLIANT if late else Status.NOT_YET_DUE,
            reason=msg("publication-none", subject=check.subject, due=due),
            deadline=due,
            statutory_deadline=statutory,
            details=delay,
            days_late=(as_of - due).days if late else None,
            applicability=app,
            values=values,
            notes=notes,
            facts=(fact(check.data, "[]", f"$.{check.data}"),),
            steps=(
                msg("publication-step-none"),
                msg("step-deadline-passed" if late else "step-before-deadline"),
            ),
        )
        return
    index, latest = published[-1]
    yield _latest(
        check,
        ctx,
        app=app,
        path=f"$.{check.data}[{index}]",
        latest=latest,
        years=int(period),
        values=values,
        notes=notes,
    )


def _law_of_day(
    rule: CompiledRule, check: PeriodicPublicationCheck, ctx: Context
) -> tuple[Decimal | None, tuple[AppliedValue, ...]]:
    """The renewal period in force on the assessment date and its trace: once per law date."""
    law, day = ctx.law, ctx.as_of

    def build() -> tuple[Decimal | None, tuple[AppliedValue, ...]]:
        version = law.value_on(rule.rule.parameters[check.period_years].values, day)
        period = parameter_number({check.period_years: version}, check.period_years)
        return period, applied(check.period_years, version)

    return remember(rule.memo, ("publication_law", day, law.law_as_of), build)


def _latest(  # noqa: PLR0913 - the latest report and what its decision carries
    check: PeriodicPublicationCheck,
    ctx: Context,
    *,
    app: Applicability,
    path: str,
    latest: GhgReport,
    years: int,
    values: tuple[AppliedValue, ...],
    notes: tuple[Note, ...],
) -> Decision:
    """The decision on the latest published report: renewal on time, required parts present."""
    facts: list[TraceFact] = [
        fact("published_on", latest.published_on, f"{path}.published_on"),
        fact("reference_year", latest.reference_year, f"{path}.reference_year"),
    ]
    next_due = add_years(latest.published_on, years)
    missing: list[Localized] = []
    unknown: list[Localized] = []
    for element in check.elements:
        if element.required_from is not None and latest.published_on < element.required_from:
            continue
        value = getattr(latest, element.field)
        facts.append(fact(element.field, value, f"{path}.{element.field}"))
        if value is None:
            unknown.append(element.label)
        elif not value:
            missing.append(element.label)
    details: list[Msg] = []
    if ctx.as_of > next_due:
        status = Status.NON_COMPLIANT
        details.append(msg("publication-renewal-overdue"))
    elif missing:
        status = Status.NON_COMPLIANT
        details.append(
            msg("publication-elements-missing", elements=tuple(missing), count=len(missing))
        )
    else:
        status = Status.COMPLIANT
        if unknown:
            details.append(
                msg("publication-elements-unknown", elements=tuple(unknown), count=len(unknown))
            )
    return Decision(
        status=status,
        reason=msg(
            "publication-latest",
            subject=check.subject,
            published=latest.published_on,
            reference_year=str(latest.reference_year),
            next_due=next_due,
            years=years,
        ),
        details=tuple(details),
        deadline=next_due,
        data_period=(latest.published_on, latest.published_on),
        applicability=app,
        values=values,
        notes=notes,
        facts=tuple(facts),
        steps=(
            msg("publication-step-latest", day=latest.published_on),
            msg("publication-step-next-due", day=next_due),
            msg(
                "publication-step-elements",
                missing=tuple(missing),
                missing_count=len(missing),
                unknown=tuple(unknown),
                unknown_count=len(unknown),
            ),
        ),
    )


PERIODIC_PUBLICATION = CheckKind(PeriodicPublicationCheck, decide=decide_publication)
