"""Qualitative duties judged on declared practice, as far as the text allows.

A best-effort duty (« dès que cela est possible », « promeuvent ») cannot be breached on the
facts a profile holds: absence of data, or a practice not applied without a reason, stays
`insufficient_data`. Only a strict duty (a ban) known to be in force gives `non_compliant`.
"""

from __future__ import annotations

from collections.abc import Iterable

from reen_compliance.decisions.context import Context, fact
from reen_compliance.decisions.decision import Decision, Period, item_period
from reen_compliance.decisions.kinds import CheckKind
from reen_compliance.formats.profile import PracticeDeclaration, Status
from reen_compliance.formats.report import TraceFact
from reen_compliance.i18n.message import Msg, msg
from reen_compliance.law.applicability import Applicability
from reen_compliance.law.checks import DeclaredPracticeCheck
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import remember


def decide_practices(
    rule: CompiledRule,
    check: DeclaredPracticeCheck,
    ctx: Context,
    app: Applicability,
) -> Iterable[Decision]:
    """One decision per practice the rule names, from what the profile declares."""
    start_known = check.start_confirmed_from is not None and ctx.as_of >= check.start_confirmed_from
    notes = () if start_known or check.start_note is None else (check.start_note,)
    periods, first_steps = remember(rule.memo, "practice_parts", lambda: _rule_parts(check))
    for name, period in zip(check.practices, periods, strict=True):
        declaration: PracticeDeclaration | None = getattr(ctx.profile.practices, name)
        status, reason, steps = judge(check, declaration, start_known=start_known)
        evidence = declaration.evidence if declaration is not None else None
        yield Decision(
            status=status,
            reason=reason,
            period=period,
            applicability=app,
            details=(msg("practice-evidence", evidence=evidence),) if evidence else (),
            facts=practice_facts(name, declaration),
            steps=(*first_steps, *steps),
            notes=notes,
            value_review=bool(notes),
        )


def _rule_parts(check: DeclaredPracticeCheck) -> tuple[tuple[Period | None, ...], tuple[Msg, ...]]:
    """Each practice's period (none when the rule names one) and the first steps: the rule's."""
    several = len(check.practices) > 1
    periods = tuple(
        item_period(name, msg("practice-name", name=name)) if several else None
        for name in check.practices
    )
    return periods, (msg("step-bound"), msg("practice-step-duty", duty=check.duty))


def practice_facts(name: str, declaration: PracticeDeclaration | None) -> tuple[TraceFact, ...]:
    """Whether the practice is declared applied, and why it was not possible, if said."""
    path = f"$.practices.{name}"
    facts = [fact(f"{name}.applied", declaration and declaration.applied, f"{path}.applied")]
    if declaration is not None and declaration.not_possible_reason:
        facts.append(
            fact(
                f"{name}.not_possible_reason",
                declaration.not_possible_reason,
                f"{path}.not_possible_reason",
            )
        )
    return tuple(facts)


def judge(
    check: DeclaredPracticeCheck,
    declaration: PracticeDeclaration | None,
    *,
    start_known: bool,
) -> tuple[Status, Msg, tuple[Msg, ...]]:
    """Status, reason and steps for one declared practice."""
    subject = check.subject
    if declaration is None:
        return (
            Status.INSUFFICIENT_DATA,
            msg("practice-not-declared", subject=subject),
            (msg("practice-step-not-declared"),),
        )
    if declaration.applied:
        return (
            Status.COMPLIANT,
            msg("practice-applied", subject=subject),
            (msg("practice-step-applied"),),
        )
    reason = declaration.not_possible_reason
    if check.duty == "best_effort" and reason:
        return (
            Status.COMPLIANT,
            msg("practice-not-possible", reason=reason),
            (msg("practice-step-not-possible"),),
        )
    if check.duty == "best_effort":
        return (
            Status.INSUFFICIENT_DATA,
            msg("practice-not-applied-best-effort"),
            (msg("practice-step-not-applied-no-reason"), msg("practice-step-best-effort")),
        )
    if check.duty == "informational" or not start_known:
        return (
            Status.INSUFFICIENT_DATA,
            msg("practice-not-applied-unconfirmed"),
            (msg("practice-step-not-applied"), msg("practice-step-unconfirmed")),
        )
    return (
        Status.NON_COMPLIANT,
        msg("practice-not-applied-strict"),
        (msg("practice-step-not-applied"), msg("practice-step-strict")),
    )


DECLARED_PRACTICE = CheckKind(DeclaredPracticeCheck, decide=decide_practices)
