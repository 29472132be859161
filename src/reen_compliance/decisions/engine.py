"""Decide every rule for a profile as of a date: pure, no I/O, no clock, no words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from reen_compliance.decisions.accessibility import ACCESSIBILITY
from reen_compliance.decisions.category_shares import CATEGORY_SHARES
from reen_compliance.decisions.context import Context
from reen_compliance.decisions.dates_ahead import becomes_bound_warnings
from reen_compliance.decisions.decision import Decision
from reen_compliance.decisions.declared_practice import DECLARED_PRACTICE
from reen_compliance.decisions.declared_share import DECLARED_SHARE
from reen_compliance.decisions.document import DOCUMENT_DEADLINE
from reen_compliance.decisions.exemptions import check_exemptions, exempt_decisions
from reen_compliance.decisions.item_requirements import ITEM_REQUIREMENTS
from reen_compliance.decisions.kinds import CheckKind, not_bound
from reen_compliance.decisions.periodic_publication import PERIODIC_PUBLICATION
from reen_compliance.decisions.plan_contents import PLAN_CONTENTS
from reen_compliance.decisions.procurement import LedgerNote
from reen_compliance.decisions.site_reports import SITE_YEARLY_REPORTS
from reen_compliance.decisions.spaser_alignment import SPASER_ALIGNMENT
from reen_compliance.decisions.yearly_ratio import YEARLY_RATIO
from reen_compliance.decisions.yearly_report import YEARLY_REPORT
from reen_compliance.formats.profile import ProcurementFigure, Profile, Status
from reen_compliance.i18n.formats import Lang
from reen_compliance.i18n.message import Msg, msg
from reen_compliance.law.applicability import LawView
from reen_compliance.law.loading import CompiledRule, RuleSet, load_rules

_KINDS: dict[str, CheckKind[Any]] = {
    "document_deadline": DOCUMENT_DEADLINE,
    "yearly_ratio": YEARLY_RATIO,
    "yearly_report": YEARLY_REPORT,
    "declared_share": DECLARED_SHARE,
    "periodic_publication": PERIODIC_PUBLICATION,
    "site_yearly_reports": SITE_YEARLY_REPORTS,
    "accessibility": ACCESSIBILITY,
    "category_shares": CATEGORY_SHARES,
    "spaser_alignment": SPASER_ALIGNMENT,
    "item_requirements": ITEM_REQUIREMENTS,
    "declared_practice": DECLARED_PRACTICE,
    "plan_contents": PLAN_CONTENTS,
}


"""Each kind of check, by the `kind` of the rule's check: one module per kind in `decisions/`."""


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """What one rule concluded for the profile: its decisions and the warnings they raised."""

    rule: CompiledRule
    decisions: tuple[Decision, ...]
    warnings: tuple[Msg, ...] = ()


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The decisions of every rule for one profile on one date, in no language yet.

    `render_report` words it in French or English; both can be rendered from one evaluation.
    """

    context: Context
    outcomes: tuple[RuleOutcome, ...]
    profile_sha256: str | None = None
    ledger_sha256: tuple[str, ...] = ()

    @property
    def decisions(self) -> tuple[Decision, ...]:
        """Every decision of every rule, in rule order."""
        return tuple(d for outcome in self.outcomes for d in outcome.decisions)


def decide(  # noqa: PLR0913 - every argument is a keyword a caller may need
    profile: Profile,
    *,
    as_of: date,
    rules: RuleSet | None = None,
    law_as_of: date | None = None,
    procurement: Mapping[int, tuple[ProcurementFigure, ...]] | None = None,
    procurement_source: str | None = None,
    procurement_notes: tuple[LedgerNote | str, ...] = (),
    profile_sha256: str | None = None,
    ledger_sha256: tuple[str, ...] = (),
    lang: Lang = "fr",
) -> Evaluation:
    """Decide every rule for `profile` on `as_of`: statuses, periods, gaps, no sentence.

    `lang` only serves the kinds of check not yet converted to decisions.
    """
    rule_set = rules if rules is not None else load_rules()
    law = LawView(law_as_of or as_of)
    ctx = Context(
        profile=profile,
        as_of=as_of,
        law=law,
        lang=lang,
        procurement=procurement if procurement is not None else profile.procurement,
        procurement_source=procurement_source or "profile: $.procurement",
        procurement_notes=tuple(
            note if isinstance(note, LedgerNote) else LedgerNote(None, note)
            for note in procurement_notes
        ),
        rules=rule_set,
    )
    check_exemptions(profile, rule_set)
    # Asked once, not per rule: an exemption only touches the rules it names, and a rule can
    # only become bound on a future day if a population figure applies after `as_of` (the
    # days `becomes_bound_warnings` examines all lie up to the latest such figure).
    exempted = {exemption.rule_id for exemption in profile.exemptions}
    ahead = any(f.applies_from > as_of for f in profile.collectivity.population)
    outcomes: list[RuleOutcome] = []
    for rule in rule_set.rules:
        decisions = _KINDS[rule.rule.check.kind].run(rule, ctx)
        if not decisions:  # a yearly rule before its first year: say it is not in force yet
            decisions = [_nothing_measured_yet(rule, ctx)]
        said: tuple[Msg, ...] = ()
        if rule.rule.id in exempted:
            decisions, warned = exempt_decisions(rule, ctx, decisions)
            said = tuple(warned)
        if ahead:
            said = (*said, *becomes_bound_warnings(rule, ctx))
        outcome = _new(RuleOutcome)  # `RuleOutcome(rule, decisions, said)`, its slots set
        _set_rule(outcome, rule)
        _set_decisions(outcome, tuple(decisions))
        _set_warnings(outcome, said)
        outcomes.append(outcome)
    return Evaluation(ctx, tuple(outcomes), profile_sha256, ledger_sha256)


_new = object.__new__
_set_rule, _set_decisions, _set_warnings = (
    vars(RuleOutcome)[name].__set__ for name in ("rule", "decisions", "warnings")
)
"""The slots' setters: an outcome per rule is built without the frozen dataclass's `__init__`
(three `object.__setattr__`); tests/test_kinds_fast.py holds it equal to the one it builds."""


def _nothing_measured_yet(rule: CompiledRule, ctx: Context) -> Decision:
    """A yearly rule with no year to judge yet: not bound today, or its first year to come."""
    app = ctx.assess(rule, ctx.as_of)
    if not app.bound:
        return not_bound(rule, ctx, app, None, ctx.as_of)
    return Decision(
        status=Status.NOT_YET_DUE,
        reason=msg("first-year-not-started", start=rule.rule.in_force_from),
    )
