"""A rule's applicability plan on one law date: what its condition reads, and when that changes.

Worked out once per rule and law date, for every evaluation (kept in `CompiledRule.memo`): the
facts the condition reads, the days the law values it reads change, and for each span of days
between two changes of any of its parameters, the versions in force, their values and the
trace of those the condition reads. Nothing in it depends on a body: a body's change days (its
population figures) are added by the applicability test, per body.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from decimal import Decimal
from typing import Final

from reen_compliance.law.facts import FACT_NAMES, PURCHASES
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import keep
from reen_compliance.law.timeline import change_dates
from reen_compliance.law.values import AppliedValue, DatedValue
from reen_compliance.law.view import LawView

__all__ = ["ParameterSpan", "RulePlan", "plan_of", "text_of"]

_DATED_FACTS: Final = frozenset({"population", PURCHASES})
_PLAN: Final = "applicability_plan"


class ParameterSpan:
    """The parameters in force over days on which none of the rule's parameters changes.

    `versions` is shared by every span (and day) with the same versions, so that comparing
    two days' parameters is an identity test; read it, never change it.
    """

    __slots__ = ("trace", "values", "versions")

    def __init__(
        self,
        versions: dict[str, DatedValue | None],
        values: dict[str, object],
        trace: tuple[AppliedValue, ...],
    ) -> None:
        """The versions in force, their values, and the trace of those the condition reads."""
        self.versions = versions
        self.values = values
        self.trace = trace


class RulePlan:
    """What the applicability test of one rule needs on one law date, worked out once.

    `names` are the names the condition reads (`sorted_names` in order, for the trace), and
    `reads_values` whether any is a parameter; `fixed` is the one span of a rule without
    parameters (None for the others);
    `changes` are the rule's start and the days a parameter the condition reads changes (as
    the law then stood); `static` says the condition reads no fact that changes with the day
    (population, last year's purchases) and no parameter named like a fact; `facts_read` is
    None when a parameter is named like a fact (it hides it).
    """

    __slots__ = (
        "_by_year",
        "_law",
        "_parameters",
        "_spans",
        "_starts",
        "changes",
        "facts_read",
        "fixed",
        "known",
        "names",
        "population",
        "purchases",
        "reads_values",
        "sorted_names",
        "start",
        "static",
    )

    def __init__(self, rule: CompiledRule, law: LawView) -> None:
        """The plan of `rule` as the law stood on `law.law_as_of`."""
        inner = rule.rule
        names = rule.applies_to.names
        self._law = law.law_as_of
        self.start = inner.in_force_from
        self.known = law.knows(inner.enacted_on)
        self.names = names
        self.sorted_names = tuple(sorted(names))
        self.facts_read = names & FACT_NAMES if FACT_NAMES.isdisjoint(inner.parameters) else None
        self.population = "population" in names
        self.purchases = PURCHASES in names
        self.static = self.facts_read is not None and self.facts_read.isdisjoint(_DATED_FACTS)
        changes = {self.start}
        starts: set[date] = set()
        for name, parameter in inner.parameters.items():
            days = change_dates(law.known(parameter.values))
            starts.update(days)
            if name in names:  # a value the condition does not read changes nothing
                changes.update(days)
        self.changes = tuple(sorted(changes))
        self._starts = tuple(sorted(starts))
        self._parameters = tuple(inner.parameters.items())
        self._spans: list[ParameterSpan | None] = [None] * (len(self._starts) + 1)
        self._by_year: dict[int, tuple[date, ...]] = {}
        self.reads_values = not names.isdisjoint(inner.parameters)
        self.fixed: ParameterSpan | None = None
        if not inner.parameters:  # one span for every day, with nothing in it
            self.fixed = self._spans[0] = ParameterSpan({}, {}, ())

    def span(self, day: date, law: LawView) -> ParameterSpan:
        """The parameters in force on `day`: the same for every day up to the next change."""
        index = bisect_right(self._starts, day)
        found = self._spans[index]
        if found is None:
            found = self._spans[index] = self._span_on(day, law)
        return found

    def _span_on(self, day: date, law: LawView) -> ParameterSpan:
        versions = {name: law.value_on(p.values, day) for name, p in self._parameters}
        for other in self._spans:  # a span with the same versions: share its dictionaries
            if other is not None and _same(other.versions, versions):
                return other
        values: dict[str, object] = {
            name: v.value if v is not None else None for name, v in versions.items()
        }
        return ParameterSpan(versions, values, _trace_values(versions, self.names))

    def year_changes(self, year: int) -> tuple[date, ...]:
        """`changes` with every 1 January from the start's year to `year`, up to `year`'s end.

        For a condition reading last year's purchases, which change on each 1 January.
        """
        found = self._by_year.get(year)
        if found is None:
            days = set(self.changes)
            days.update(date(each, 1, 1) for each in range(self.start.year, year + 1))
            found = keep(self._by_year, year, tuple(sorted(d for d in days if d.year <= year)))
        return found


def plan_of(rule: CompiledRule, law: LawView) -> RulePlan:
    """The plan of `rule` on `law`'s date: built once, then shared by every evaluation."""
    key = (_PLAN, law.law_as_of)
    found = rule.memo.get(key)
    if found is None:
        found = keep(rule.memo, key, RulePlan(rule, law))
    return found  # type: ignore[return-value]  # the entry under this key is a plan


def _same(first: dict[str, DatedValue | None], second: dict[str, DatedValue | None]) -> bool:
    return all(first[name] is version for name, version in second.items())


def _trace_values(
    versions: dict[str, DatedValue | None], used: frozenset[str]
) -> tuple[AppliedValue, ...]:
    return tuple(
        AppliedValue(
            name=name,
            value=text_of(version.value),
            effective_from=version.effective_from,
            effective_to=version.effective_to,
            source=version.source,
        )
        for name, version in sorted(versions.items())
        if version is not None and name in used
    )


def text_of(value: object) -> str | None:
    """A fact's or value's text for the trace: items joined by commas, None when missing."""
    if value is None:
        return None
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, Decimal):
        return str(value)
    return str(value)
