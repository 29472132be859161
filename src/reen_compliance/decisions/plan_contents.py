"""A plan adopted or revised from a date contains the elements the law requires.

The rule judges the plan's contents, not its adoption: a plan adopted before the contents were
required is read again at its next revision; one adopted after must hold each element required
on its adoption day.
"""

from __future__ import annotations

from collections.abc import Iterable

from reen_compliance.decisions.context import Context, fact
from reen_compliance.decisions.decision import Decision
from reen_compliance.decisions.kinds import CheckKind
from reen_compliance.formats.profile import Document, Status
from reen_compliance.formats.report import TraceFact
from reen_compliance.i18n.message import Code, msg
from reen_compliance.law.applicability import Applicability
from reen_compliance.law.checks import PlanContentsCheck
from reen_compliance.law.loading import CompiledRule


def decide_plan(
    rule: CompiledRule,  # noqa: ARG001 - the signature of every kind
    check: PlanContentsCheck,
    ctx: Context,
    app: Applicability,
) -> Iterable[Decision]:
    """The plan's required elements, once it is declared adopted or revised."""
    subject = {"subject": check.subject, "gender": check.subject_gender}
    document: Document | None = getattr(ctx.profile.documents, check.document)
    path = f"$.documents.{check.document}"
    facts: list[TraceFact] = [fact("status", document and document.status, f"{path}.status")]
    if document is None or not document.adopted_by(ctx.as_of) or document.adopted_on is None:
        yield Decision(
            status=Status.INSUFFICIENT_DATA,
            reason=msg("plan-unknown" if document is None else "plan-not-adopted", **subject),
            applicability=app,
            facts=tuple(facts),
            steps=(msg("plan-step-unknown"),),
        )
        return
    adopted_on = document.adopted_on
    facts.append(fact("adopted_on", adopted_on, f"{path}.adopted_on"))
    adopted = {"day": adopted_on, **subject}
    read = (adopted_on, adopted_on)
    if adopted_on < check.contents_required_from:
        yield Decision(
            status=Status.NOT_APPLICABLE,
            reason=msg(
                "plan-adopted-before", required_from=check.contents_required_from, **adopted
            ),
            facts=tuple(facts),
            steps=(
                msg(
                    "plan-step-adopted-before",
                    day=adopted_on,
                    required_from=check.contents_required_from,
                ),
            ),
            applicability=app,
            data_period=read,
        )
        return
    if document.contents is None:
        yield Decision(
            status=Status.INSUFFICIENT_DATA,
            reason=msg("plan-contents-unknown", field=Code("contents.elements"), **adopted),
            facts=tuple(facts),
            steps=(msg("plan-step-contents-unknown"),),
            applicability=app,
            data_period=read,
        )
        return
    facts.append(
        fact("contents.elements", ", ".join(document.contents.elements), f"{path}.contents")
    )
    missing = tuple(
        element.label
        for element in check.required_elements
        if element.key not in document.contents.elements
        and (element.required_from is None or adopted_on >= element.required_from)
    )
    yield Decision(
        status=Status.NON_COMPLIANT if missing else Status.COMPLIANT,
        reason=msg("plan-elements-missing", elements=missing, count=len(missing), **adopted)
        if missing
        else msg("plan-elements-present", **adopted),
        facts=tuple(facts),
        steps=(
            msg("step-elements-missing", elements=missing)
            if missing
            else msg("plan-step-no-element-missing"),
        ),
        applicability=app,
        data_period=read,
    )


PLAN_CONTENTS = CheckKind(PlanContentsCheck, decide=decide_plan)
