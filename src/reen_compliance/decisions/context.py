"""What every check reads (the profile, the dates, the figures) and the facts it records."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from reen_compliance.decisions.decision import Period
from reen_compliance.decisions.procurement import LedgerNote
from reen_compliance.formats.profile import ProcurementFigure, Profile
from reen_compliance.formats.report import TraceFact, trace_fact
from reen_compliance.i18n.formats import Lang
from reen_compliance.law.applicability import Applicability, LawView, assess, holds
from reen_compliance.law.loading import CompiledRule, RuleSet
from reen_compliance.law.values import AppliedValue, DatedValue, LocalizedText

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True, slots=True)
class Context:
    """What every check reads: the profile, the dates, the language, the purchase figures."""

    profile: Profile
    as_of: date
    law: LawView
    lang: Lang
    procurement: Mapping[int, tuple[ProcurementFigure, ...]]
    procurement_source: str
    procurement_notes: tuple[LedgerNote, ...] = ()
    rules: RuleSet | None = None
    memo: dict[tuple[object, ...], object] = field(default_factory=dict, compare=False, repr=False)

    def assess(self, rule: CompiledRule, day: date) -> Applicability:
        """The applicability of `rule` on `day`, computed once per evaluation.

        The law view keeps it, per change day of the rule's inputs (`law.state.RuleState`).
        """
        return assess(rule, self.profile, day, self.law)

    def bound(self, rule: CompiledRule, day: date) -> bool | None:
        """`assess(rule, day).bound` without since when nor trace (once per body and day)."""
        return holds(rule, self.profile, day, self.law)

    def in_force(self, rule: CompiledRule, day: date) -> bool:
        """`assess(rule, day).in_force`: the rule applies on `day` and was known on the law date."""
        return day >= rule.rule.in_force_from and self.law.knows(rule.rule.enacted_on)


def fact(name: str, value: object, source: str) -> TraceFact:
    """A fact read from the profile at a JSON path, for the trace."""
    shown = None if value is None else str(value)
    return trace_fact(name, shown, source)


def dated_value(
    name: str, value: object, start: date, end: date | None, source: LocalizedText
) -> AppliedValue:
    """A dated value of the law applied, for the trace."""
    shown = None if value is None else str(value)
    return AppliedValue(
        name=name, value=shown, effective_from=start, effective_to=end, source=source
    )


def applied(name: str, version: DatedValue | None) -> tuple[AppliedValue, ...]:
    """The version of a parameter the decision applied, for the trace; none when unknown."""
    if version is None:
        return ()
    return (
        dated_value(
            name, version.value, version.effective_from, version.effective_to, version.source
        ),
    )


def period_days(period: Period | None, as_of: date) -> tuple[date, date]:
    """A year covers that year (up to `as_of`); an item or no period, the assessment day."""
    if period is not None and period.year is not None:
        year = period.year
        return date(year, 1, 1), min(date(year, 12, 31), max(as_of, date(year, 1, 1)))
    return as_of, as_of
