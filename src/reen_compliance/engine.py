"""Evaluate a profile against a rule pack as of a date: pure, no I/O, no clock, no printing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from reen_compliance.applicability import LawView
from reen_compliance.dates_ahead import becomes_bound, becomes_bound_warnings, next_entry_day
from reen_compliance.decide.accessibility import ACCESSIBILITY
from reen_compliance.decide.category_shares import CATEGORY_SHARES
from reen_compliance.decide.decision import Decision
from reen_compliance.decide.declared_practice import DECLARED_PRACTICE
from reen_compliance.decide.declared_share import DECLARED_SHARE
from reen_compliance.decide.document import DOCUMENT_DEADLINE
from reen_compliance.decide.item_requirements import ITEM_REQUIREMENTS
from reen_compliance.decide.kinds import CheckKind, not_bound
from reen_compliance.decide.periodic_publication import PERIODIC_PUBLICATION
from reen_compliance.decide.plan_contents import PLAN_CONTENTS
from reen_compliance.decide.site_reports import SITE_YEARLY_REPORTS
from reen_compliance.decide.spaser_alignment import SPASER_ALIGNMENT
from reen_compliance.decide.yearly_ratio import YEARLY_RATIO
from reen_compliance.decide.yearly_report import YEARLY_REPORT
from reen_compliance.exemptions import check_exemptions, exempt_decisions
from reen_compliance.findings import Context, finding_from_decision
from reen_compliance.i18n.message import Msg, msg
from reen_compliance.i18n.render import render
from reen_compliance.loading import CompiledRule, RuleSet, load_rules
from reen_compliance.model import ProcurementFigure, Profile, Status
from reen_compliance.procurement import LedgerNote
from reen_compliance.report import deadline_label
from reen_compliance.report_actions import urgency_key
from reen_compliance.report_model import (
    CollectivityRef,
    Finding,
    Receipt,
    Report,
    UpcomingDeadline,
)
from reen_compliance.report_notes import number_notes
from reen_compliance.wording import Lang

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
"""Each kind of check, by the `kind` of the rule's check: one module per kind in `decide/`."""


@cache
def engine_version() -> str:
    """The installed version of reen-compliance (read once: metadata parsing is slow)."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - 40 ms import

    try:
        return version("reen-compliance")
    except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
        return "0+unknown"


def evaluate(  # noqa: PLR0913 - every argument is a keyword a caller may need
    profile: Profile,
    *,
    as_of: date,
    rules: RuleSet | None = None,
    lang: Lang = "fr",
    law_as_of: date | None = None,
    procurement: Mapping[int, tuple[ProcurementFigure, ...]] | None = None,
    procurement_source: str | None = None,
    procurement_notes: tuple[LedgerNote | str, ...] = (),
    profile_sha256: str | None = None,
    ledger_sha256: tuple[str, ...] = (),
) -> Report:
    """Evaluate `profile` on `as_of` (the law as it stood on `law_as_of`, by default the same day).

    `procurement` replaces the profile's declared purchase figures, for instance with figures
    computed from a ledger; `procurement_source` then says where they came from. This is
    `render_report(decide(...), lang)`: decide once, word the report in one language.
    """
    evaluation = decide(
        profile,
        as_of=as_of,
        rules=rules,
        law_as_of=law_as_of,
        procurement=procurement,
        procurement_source=procurement_source,
        procurement_notes=procurement_notes,
        profile_sha256=profile_sha256,
        ledger_sha256=ledger_sha256,
        lang=lang,
    )
    return render_report(evaluation, lang)


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
    outcomes: list[RuleOutcome] = []
    for rule in rule_set.rules:
        decisions = _KINDS[rule.rule.check.kind].run(rule, ctx)
        if not decisions:  # a yearly rule before its first year: say it is not in force yet
            decisions = [_nothing_measured_yet(rule, ctx)]
        decided, said = exempt_decisions(rule, ctx, decisions)
        said = [*said, *becomes_bound_warnings(rule, ctx)]
        outcomes.append(RuleOutcome(rule, tuple(decided), tuple(said)))
    return Evaluation(ctx, tuple(outcomes), profile_sha256, ledger_sha256)


def render_report(evaluation: Evaluation, lang: Lang) -> Report:
    """Word an evaluation in `lang`: the published report (JSON report format 1)."""
    ctx = replace(evaluation.context, lang=lang)
    findings: list[Finding] = []
    warnings: list[str] = []
    for outcome in evaluation.outcomes:
        findings.extend(
            finding_from_decision(outcome.rule, d, ctx, lang) for d in outcome.decisions
        )
        warnings.extend(render(w, lang) for w in outcome.warnings)
    warnings.extend(note.text(lang) for note in ctx.procurement_notes if note.year is None)
    numbered, notes = number_notes(findings, sorted(findings, key=urgency_key))
    findings = list(numbered)
    summary = {status: sum(1 for f in findings if f.status == status) for status in Status}
    collectivity = ctx.profile.collectivity
    version_text = engine_version()
    rule_set = ctx.rules if ctx.rules is not None else load_rules()
    law = ctx.law
    as_of = ctx.as_of
    return Report(
        engine_version=version_text,
        as_of=as_of,
        law_as_of=law.law_as_of,
        lang=lang,
        collectivity=CollectivityRef(
            name=collectivity.name,
            kind=collectivity.kind,
            siren=collectivity.siren,
            insee_code=collectivity.insee_code,
            epci_category=collectivity.epci_category,
        ),
        findings=tuple(findings),
        summary=summary,
        next_deadlines=upcoming_deadlines(rule_set, ctx, findings),
        review_required=any(f.review for f in findings),
        warnings=tuple(warnings),
        notes=notes,
        receipt=Receipt(
            engine_version=version_text,
            rule_pack_version=rule_set.version,
            rule_pack_sha256=rule_set.sha256,
            profile_sha256=evaluation.profile_sha256,
            ledger_sha256=evaluation.ledger_sha256,
            as_of=as_of,
            law_as_of=law.law_as_of,
        ),
    )


def _nothing_measured_yet(rule: CompiledRule, ctx: Context) -> Decision:
    """A yearly rule with no year to judge yet: not bound today, or its first year to come."""
    app = ctx.assess(rule, ctx.as_of)
    if not app.bound:
        return not_bound(rule, ctx, app, None, ctx.as_of)
    return Decision(
        status=Status.NOT_YET_DUE,
        reason=msg("first-year-not-started", start=rule.rule.in_force_from),
    )


def upcoming_deadlines(
    rule_set: RuleSet, ctx: Context, findings: list[Finding]
) -> tuple[UpcomingDeadline, ...]:
    """Dated obligations after `as_of` for the rules that bind the body (or may)."""
    items: dict[tuple[date, str, str], UpcomingDeadline] = {}
    for rule in rule_set.rules:
        for entry in rule.rule.calendar:
            when = next_entry_day(rule, entry, ctx)
            if when is not None:
                label = entry.label.in_language(ctx.lang)
                items[(when, rule.rule.id, label)] = UpcomingDeadline(
                    date=when, rule_id=rule.rule.id, label=label, semantics=entry.semantics
                )
        if ctx.assess(rule, ctx.as_of).bound is False:
            last = max(
                (f.applies_from for f in ctx.profile.collectivity.population), default=ctx.as_of
            )
            for when in becomes_bound(rule, ctx, ctx.as_of, last):
                label = render(msg("dates-calendar-becomes-bound", title=rule.rule.title), ctx.lang)
                items[(when, rule.rule.id, label)] = UpcomingDeadline(
                    date=when, rule_id=rule.rule.id, label=label, semantics="from"
                )
    for finding in findings:
        if (
            finding.deadline is not None
            and finding.deadline > ctx.as_of
            and finding.status
            in {Status.NOT_YET_DUE, Status.NON_COMPLIANT, Status.INSUFFICIENT_DATA}
        ):
            label = deadline_label(finding.title, finding.period, ctx.lang)
            key = (finding.deadline, finding.rule_id, label)
            items.setdefault(
                key,
                UpcomingDeadline(
                    date=finding.deadline,
                    rule_id=finding.rule_id,
                    label=label,
                    semantics="on_or_before",
                ),
            )
    return tuple(sorted(items.values(), key=lambda item: (item.date, item.rule_id, item.label)))
