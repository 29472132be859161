"""Per-procurement checks: each contract or purchase launched from a date meets yes/no clauses.

The date that matters is the item's own launch date (the consultation engaged, the purchase
launched), not the evaluation date: a contract launched the day before a clause became
mandatory stays outside it for its whole life.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from reen_compliance.decisions.clauses import clause_list
from reen_compliance.decisions.context import Context, fact
from reen_compliance.decisions.decision import Decision, item_period
from reen_compliance.decisions.kinds import CheckKind
from reen_compliance.formats.profile import Frozen, Status
from reen_compliance.formats.report import TraceFact
from reen_compliance.i18n.message import Code, Msg, msg
from reen_compliance.law.applicability import Applicability
from reen_compliance.law.checks import ItemRequirement, ItemRequirementsCheck
from reen_compliance.law.loading import CompiledRule


def decide_items(
    rule: CompiledRule,  # noqa: ARG001 - the signature of every kind
    check: ItemRequirementsCheck,
    ctx: Context,
    app: Applicability,
) -> Iterable[Decision]:
    """One decision per declared item: compliant, non compliant, unknown, or launched too early."""
    items: Sequence[Frozen] | None = getattr(ctx.profile, check.data)
    if items is None:
        yield Decision(
            status=Status.INSUFFICIENT_DATA,
            reason=msg(
                "item-list-unknown", field=Code(check.data), item=check.item, start=_start(check)
            ),
            applicability=app,
            facts=(fact(check.data, None, f"$.{check.data}"),),
            steps=(msg("step-bound"), msg("item-step-list-unknown")),
        )
        return
    if not items:
        yield Decision(
            status=Status.NOT_APPLICABLE,
            reason=msg("item-list-empty", field=Code(check.data)),
            applicability=app,
            facts=(fact(check.data, "[]", f"$.{check.data}"),),
            steps=(msg("item-step-list-empty"),),
        )
        return
    for index, item in enumerate(items):
        yield _item_decision(check, ctx, app=app, index=index, item=item)


def _start(check: ItemRequirementsCheck) -> date:
    return min(requirement.required_from for requirement in check.requirements)


def _item_decision(
    check: ItemRequirementsCheck,
    ctx: Context,
    *,
    app: Applicability,
    index: int,
    item: Frozen,
) -> Decision:
    path = f"$.{check.data}[{index}]"
    reference = str(getattr(item, "reference", index))
    launched: date = getattr(item, check.date_field)
    facts: list[TraceFact] = [
        fact("reference", reference, f"{path}.reference"),
        fact(check.date_field, launched, f"{path}.{check.date_field}"),
    ]
    head = msg("item-head", item=check.item, reference=Code(reference), launched=launched)
    notes = (
        (check.uncertain_note,)
        if launched in check.uncertain_days and check.uncertain_note is not None
        else ()
    )
    period = item_period(reference)
    if launched > ctx.as_of:
        return Decision(
            status=Status.NOT_YET_DUE,
            reason=msg("item-not-launched", head=head),
            period=period,
            applicability=app,
            deadline=launched,
            data_period=(launched, launched),
            facts=tuple(facts),
            notes=notes,
            steps=(msg("item-step-not-launched"),),
        )
    applicable = [r for r in check.requirements if launched >= r.required_from]
    readings = [
        r
        for r in check.requirements
        if r.read_from is not None and r.read_from <= launched < r.required_from
    ]
    if not applicable and not readings:
        return Decision(
            status=Status.NOT_APPLICABLE,
            reason=msg("item-launched-before", head=head, start=_start(check)),
            period=period,
            applicability=app,
            data_period=(launched, launched),
            facts=tuple(facts),
            notes=notes,
            steps=(msg("item-step-launched-before", launched=launched, start=_start(check)),),
        )
    outcomes, found = _requirements(item, applicable, path, facts)
    read_outcomes, read_found = _requirements(item, readings, path, facts)
    outcomes += [
        msg("item-requirement-reading", outcome=outcome, required_from=r.required_from)
        for outcome, r in zip(read_outcomes, readings, strict=True)
    ]
    # A requirement applied as a reading never concludes: the status rests on the others, and
    # on the reading when it is not met (issue 13, point 21).
    reading = bool(read_found - {"met", "not_required"})
    if "missing" in found:
        status = Status.NON_COMPLIANT
    elif "unknown" in found:
        status = Status.INSUFFICIENT_DATA
    elif found <= {"not_required"}:
        status = Status.NOT_APPLICABLE
    else:
        status = Status.COMPLIANT
    return Decision(
        status=status,
        reason=msg("item-outcomes", head=head, outcomes=clause_list(outcomes)),
        period=period,
        applicability=app,
        deadline=launched if status == Status.NON_COMPLIANT else None,
        data_period=(launched, launched),
        facts=tuple(facts),
        notes=notes,
        steps=tuple(outcomes),
        reading_unconfirmed=reading and status != Status.NON_COMPLIANT,
    )


def _requirements(
    item: Frozen,
    applicable: Sequence[ItemRequirement],
    path: str,
    facts: list[TraceFact],
) -> tuple[list[Msg], set[str]]:
    """One outcome message per requirement, and the kinds of outcome found."""
    outcomes: list[Msg] = []
    found: set[str] = set()
    for requirement in applicable:
        label = requirement.label
        if requirement.only_if is not None:
            carries = getattr(item, requirement.only_if)
            facts.append(fact(requirement.only_if, carries, f"{path}.{requirement.only_if}"))
            if carries is None:
                found.add("unknown")
                outcomes.append(msg("item-requirement-applies-unknown", label=label))
                continue
            if not carries:
                found.add("not_required")
                outcomes.append(msg("item-requirement-not-required", label=label))
                continue
        value = getattr(item, requirement.field)
        facts.append(fact(requirement.field, value, f"{path}.{requirement.field}"))
        if value is None:
            found.add("unknown")
            outcomes.append(msg("item-requirement-unknown", label=label))
        elif value:
            found.add("met")
            outcomes.append(msg("item-requirement-met", label=label))
        else:
            found.add("missing")
            outcomes.append(msg("item-requirement-missing", label=label))
    return outcomes, found


ITEM_REQUIREMENTS = CheckKind(ItemRequirementsCheck, decide=decide_items)
