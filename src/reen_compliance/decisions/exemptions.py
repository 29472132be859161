"""Exemptions a profile claims: checked against the rule files, then applied to findings.

An exemption names a rule and a ground the rule file lists. An unknown rule id or ground is an
input error (ProfileError, exit 2): a typo must never silently exempt nor silently fail to. An
exemption that expired before `as_of` is not applied and the report says so in `warnings`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reen_compliance.decisions.context import Context, period_days
from reen_compliance.decisions.decision import Decision, evolve
from reen_compliance.errors import Problem, ProfileError, did_you_mean
from reen_compliance.formats.profile import Exemption, Profile, Status
from reen_compliance.i18n.message import Code, Msg, msg
from reen_compliance.law.loading import CompiledRule, RuleSet
from reen_compliance.messages import say


def check_exemptions(profile: Profile, rules: RuleSet, source: str = "<profile>") -> None:
    """Raise ProfileError for every exemption naming an unknown rule or ground."""
    problems: list[Problem] = []
    for index, exemption in enumerate(profile.exemptions):
        path = f"$.exemptions[{index}]"
        rule = rules.get(exemption.rule_id)
        if rule is None:
            problems.append(
                Problem.of(
                    source,
                    None,
                    None,
                    f"{path}.rule_id",
                    say("profile.unknown_exemption_rule", rule_id=exemption.rule_id),
                    did_you_mean(exemption.rule_id, rules.ids),
                )
            )
            continue
        grounds = [ground.key for ground in rule.rule.exemption_grounds]
        if exemption.ground not in grounds:
            message = (
                say(
                    "profile.not_an_exemption_ground",
                    ground=exemption.ground,
                    rule_id=exemption.rule_id,
                    known=", ".join(grounds),
                )
                if grounds
                else say(
                    "profile.no_exemption_ground",
                    ground=exemption.ground,
                    rule_id=exemption.rule_id,
                )
            )
            problems.append(
                Problem.of(
                    source,
                    None,
                    None,
                    f"{path}.ground",
                    message,
                    did_you_mean(exemption.ground, grounds),
                )
            )
    if problems:
        raise ProfileError(problems)


def exempt_decisions(
    rule: CompiledRule, ctx: Context, decisions: Sequence[Decision]
) -> tuple[list[Decision], list[Msg]]:
    """Mark the decisions an exemption in force covers as exempted; warn about expired ones."""
    warnings: list[Msg] = []
    result = list(decisions)
    for index, exemption in enumerate(ctx.profile.exemptions):
        if exemption.rule_id != rule.rule.id:
            continue
        if exemption.expires_on is not None and exemption.expires_on < ctx.as_of:
            warnings.append(
                msg(
                    "exemption-expired",
                    day=exemption.expires_on,
                    path=Code(f"exemptions[{index}]"),
                    title=rule.rule.title,
                )
            )
            continue
        ground = next(g for g in rule.rule.exemption_grounds if g.key == exemption.ground)
        result = [
            evolve(
                decision,
                status=Status.EXEMPTED,
                reason=msg(
                    "exempted",
                    ground=ground.label,
                    source=ground.source,
                    justification=exemption.justification,
                    original=decision.reason,
                ),
                steps=(
                    *decision.steps,
                    msg(
                        "step-exempted",
                        ground=Code(exemption.ground),
                        path=Code(f"$.exemptions[{index}]"),
                    ),
                ),
            )
            if _covers_decision(exemption, decision, ctx.as_of)
            else decision
            for decision in result
        ]
    return result, warnings


def _covers_decision(exemption: Exemption, decision: Decision, as_of: date) -> bool:
    if decision.status in {Status.NOT_APPLICABLE, Status.EXEMPTED}:
        return False
    if exemption.period is None:
        return True
    period = decision.period
    if period is not None and period.year == exemption.period:
        return True
    start, end = decision.data_period or period_days(period, as_of)
    return start.year <= exemption.period <= end.year
