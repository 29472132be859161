"""Documents adopted by a deadline: a work programme, a strategy, a SPASER.

The deadline is the statutory one, or the day the body became bound when later (the texts give
no grace period). A document adopted before the rule took effect is read from that date: the
elements the law itself requires are then due, while elements a later decree adds are not.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from reen_compliance.decisions.context import Context, fact
from reen_compliance.decisions.decision import Decision, Period
from reen_compliance.decisions.kinds import CheckKind, due_once_bound, since_note
from reen_compliance.errors import Problem, ProfileError, did_you_mean
from reen_compliance.formats.profile import Document, Status
from reen_compliance.formats.report import TraceFact
from reen_compliance.i18n.message import Code, Msg, msg
from reen_compliance.law.applicability import Applicability
from reen_compliance.law.checks import DocumentDeadlineCheck
from reen_compliance.law.loading import CompiledRule
from reen_compliance.messages import say


def decide_document(
    rule: CompiledRule, check: DocumentDeadlineCheck, ctx: Context, app: Applicability
) -> Iterable[Decision]:
    """A document adopted on or before the deadline (or as soon as bound, with no deadline)."""
    as_of = ctx.as_of
    document: Document | None = getattr(ctx.profile.documents, check.document)
    subject = {"subject": check.subject, "gender": check.subject_gender}
    due = effective_due(check, app)
    statutory = check.deadline.date if due != check.deadline.date else None
    since = since_note(app)
    details: tuple[Msg, ...] = (since,) if since is not None else ()
    if statutory is not None and due is not None:
        details = (_due_since_bound(check, app, statutory, due),)
    steps = [msg("step-bound"), msg("step-due", day=due) if due else msg("step-due-when-bound")]
    facts = document_facts(rule, check, ctx, None)
    if document is None:
        yield Decision(
            status=Status.INSUFFICIENT_DATA,
            reason=msg("document-unknown", field=Code(f"documents.{check.document}"), **subject),
            deadline=due,
            statutory_deadline=statutory,
            applicability=app,
            details=details,
            facts=facts,
            steps=(*steps, msg("step-document-unknown")),
        )
        return
    if document.adopted_by(as_of) and document.adopted_on is not None:
        if statutory is not None and document.adopted_on <= statutory:
            due, statutory, details = statutory, None, ()  # on time under either date
        yield _adopted(
            rule,
            check=check,
            ctx=ctx,
            app=app,
            document=document,
            adopted_on=document.adopted_on,
            due=due,
            steps=steps,
            facts=facts,
            details=details if statutory is not None else (),
            statutory=statutory,
        )
        return
    planned_late = due is not None and document.planned_on is not None and document.planned_on > due
    planned: tuple[Msg, ...] = ()
    if document.planned_on is not None:
        planned = (
            msg("dates-adoption-planned-late", day=document.planned_on, due=due)
            if planned_late
            else msg("adoption-planned", day=document.planned_on),
        )
    not_adopted = msg("step-document-not-adopted")
    if due is None:
        yield Decision(
            status=Status.NON_COMPLIANT,
            reason=msg("document-not-adopted-due-when-bound", **subject),
            applicability=app,
            details=(*details, *planned),
            facts=facts,
            steps=(*steps, not_adopted),
        )
    elif as_of <= due:
        yield Decision(
            status=Status.NOT_YET_DUE,
            reason=msg("dates-document-due-since-bound-now", due=due, **subject)
            if statutory is not None
            else msg("document-due-not-adopted-yet", due=due, **subject),
            deadline=due,
            statutory_deadline=statutory,
            foreseeable_breach=planned_late,
            applicability=app,
            details=(*details, *planned),
            facts=facts,
            steps=(*steps, not_adopted, msg("step-before-deadline")),
        )
    else:
        yield Decision(
            status=Status.NON_COMPLIANT,
            reason=msg("dates-document-overdue-since-bound", due=due, as_of=as_of, **subject)
            if statutory is not None
            else msg("document-overdue", due=due, as_of=as_of, **subject),
            deadline=due,
            statutory_deadline=statutory,
            days_late=(as_of - due).days,
            applicability=app,
            details=(*details, *planned),
            facts=facts,
            steps=(*steps, not_adopted, msg("step-deadline-passed")),
        )


def effective_due(check: DocumentDeadlineCheck, app: Applicability) -> date | None:
    """The statutory deadline, or the day the body became bound if later (no grace period).

    When the profile's figures start later than the body may have been bound, the earliest
    day they show is used, and the explanation states the statutory deadline beside it.
    """
    if check.deadline.date is None:
        return None
    return due_once_bound(check.deadline.date, app)


def _due_since_bound(
    check: DocumentDeadlineCheck, app: Applicability, statutory: date, due: date
) -> Msg:
    """The law's deadline and the body's own due date, as two facts (issue 13, point 4)."""
    return msg(
        "dates-document-due-since-bound-lower-bound"
        if app.since_is_lower_bound
        else "dates-document-due-since-bound",
        statutory=statutory,
        since=due,
        subject=check.subject,
        gender=check.subject_gender,
    )


def document_facts(
    rule: CompiledRule,  # noqa: ARG001 - the signature of every kind
    check: DocumentDeadlineCheck,
    ctx: Context,
    period: Period | None,  # noqa: ARG001
) -> tuple[TraceFact, ...]:
    """The document's status, adoption date and contents, as the profile states them."""
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
    return tuple(facts)


def _adopted(  # noqa: PLR0913 - the parts of one decision
    rule: CompiledRule,
    *,
    check: DocumentDeadlineCheck,
    ctx: Context,
    app: Applicability,
    document: Document,
    adopted_on: date,
    due: date | None,
    steps: list[Msg],
    facts: tuple[TraceFact, ...],
    details: tuple[Msg, ...],
    statutory: date | None,
) -> Decision:
    """The decision on an adopted document: published if it must be, with its elements.

    `details` (the law's deadline beside the body's) come first; the decision is built once.
    """
    late = due is not None and adopted_on > due
    days_late = (adopted_on - due).days if late and due is not None else None
    message_id = "document-adopted-late" if late else "document-adopted"
    reference = {"reference": Code(document.reference)} if document.reference else {}
    adopted = msg(
        message_id + "-ref" if reference else message_id,
        day=adopted_on,
        due=due or adopted_on,
        **reference,
        subject=check.subject,
        gender=check.subject_gender,
    )
    steps = [*steps, msg("step-adopted-on", day=adopted_on)]
    publication = check.publication_required_from
    if publication is not None and ctx.as_of >= publication and not document.url:
        return Decision(
            status=Status.INSUFFICIENT_DATA,
            reason=msg("document-publication-unknown", adopted=adopted, since=publication),
            deadline=due,
            applicability=app,
            details=details,
            facts=facts,
            steps=(*steps, msg("step-publication-unknown")),
            statutory_deadline=statutory,
            days_late=days_late,
        )
    check_content_keys(check, document)
    read_on = max(adopted_on, rule.rule.in_force_from)
    missing = [
        element
        for element in check.required_elements
        if (element.required_from is None or read_on >= element.required_from)
        and document.contents is not None
        and element.key not in document.contents.elements
    ]
    if missing:
        return Decision(
            status=Status.NON_COMPLIANT,
            reason=msg(
                "document-elements-missing",
                adopted=adopted,
                elements=tuple(element.label for element in missing),
                count=len(missing),
            ),
            deadline=due,
            applicability=app,
            details=details,
            facts=facts,
            steps=(
                *steps,
                msg("step-elements-missing", elements=tuple(e.label for e in missing)),
            ),
            statutory_deadline=statutory,
            days_late=days_late,
        )
    if check.required_elements and document.contents is None:
        details = (*details, msg("document-contents-not-checked"))
    elif document.contents is not None:
        absent = tuple(
            t.label for t in check.optional_themes if t.key not in document.contents.themes
        )
        if absent:
            details = (*details, msg("document-optional-themes-absent", themes=absent))
    return Decision(
        status=Status.COMPLIANT,
        reason=adopted,
        deadline=due,
        applicability=app,
        details=details,
        facts=facts,
        steps=(*steps, msg("step-compliant")),
        statutory_deadline=statutory,
        days_late=days_late,
    )


def check_content_keys(check: DocumentDeadlineCheck, document: Document) -> None:
    """Refuse element or theme keys the rule does not know: a typo must not read as missing."""
    if document.contents is None:
        return
    path = f"$.documents.{check.document}.contents"
    problems: list[Problem] = []
    for field, message_id, known in (
        ("elements", "profile.unknown_element", [e.key for e in check.required_elements]),
        ("themes", "profile.unknown_theme", [t.key for t in check.optional_themes]),
    ):
        for position, key in enumerate(getattr(document.contents, field)):
            if key not in known:
                message = say(message_id, key=key, known=", ".join(known))
                problems.append(
                    Problem.of(
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


DOCUMENT_DEADLINE = CheckKind(
    DocumentDeadlineCheck, decide=decide_document, trace_facts=document_facts
)
