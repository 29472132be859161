"""One rule's applicability for one body: its change days, outcomes and walks, worked out once.

A rule's condition can only change outcome on a change day: the rule's start, a day a value it
reads changes (`RulePlan.changes`), a day a population figure starts applying when it reads
the population, every 1 January when it reads last year's purchases. A `RuleState` holds them
for one body with, per change day, the outcome and the walk back to since when it holds. It is
kept in the body's memo (`BodyMemo.states`) and never outlives the evaluation of that body.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reen_compliance.errors import Problem, RulePackError
from reen_compliance.formats.profile import Profile
from reen_compliance.law.expressions import (
    Environment,
    EvaluationError,
    ExpressionError,
    MissingFact,
)
from reen_compliance.law.facts import facts_on
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import BodyMemo, keep
from reen_compliance.law.plan import RulePlan
from reen_compliance.law.view import LawView
from reen_compliance.messages import say

__all__ = ["RuleState", "applies", "body_facts"]

Outcome = tuple[bool | None, str | None]
"""Whether the condition holds (None: a fact or value is missing) and the missing name."""

_BEFORE_START: Outcome = (False, None)


class RuleState:
    """The change days of one rule for one body, and what was found on each.

    `assessed` holds, per change day, the applicability found from it on (the applicability
    module fills it). The body's memo is passed to each call rather than kept, so that the
    state and the memo holding it make no reference cycle.
    """

    __slots__ = ("_outcomes", "_since", "assessed", "by_year", "changes", "plan", "rule")

    def __init__(self, rule: CompiledRule, plan: RulePlan, body: BodyMemo) -> None:
        """The state of `rule` (planned by `plan`) for the body whose memo is `body`."""
        self.rule = rule
        self.plan = plan
        changes = plan.changes
        if plan.population:  # a new figure may change the outcome
            changes = _with_figures(changes, body)
        self.changes = changes
        self.by_year: dict[int, tuple[date, ...]] | None = {} if plan.purchases else None
        self._outcomes: dict[date, Outcome] = {}
        self._since: dict[date, tuple[date, bool]] = {}
        self.assessed: dict[date, Any] = {}  # the applicability module's, per change day

    def changes_to(self, day: date) -> tuple[date, ...]:
        """The change days, sorted; with every 1 January up to `day`'s year for purchases.

        `changes` when the condition does not read purchases (`by_year` is None then).
        """
        if self.by_year is None:
            return self.changes
        year = day.year
        found = self.by_year.get(year)
        if found is None:
            days = set(self.plan.year_changes(year))
            days.update(change for change in self.changes if change.year <= year)
            found = keep(self.by_year, year, tuple(sorted(days)))
        return found

    def outcome(self, change: date, body: BodyMemo, law: LawView) -> Outcome:
        """The condition's outcome from the change day `change` on (once per change day).

        The condition runs straight; when it fails on its values it runs again through
        `applies`, which says so as a rule-pack error.
        """
        found = self._outcomes.get(change)
        if found is not None:
            return found
        plan = self.plan
        if change < plan.start:
            found = _BEFORE_START
        else:
            day = change
            if plan.static:  # any day's facts
                if body.facts_day is None:
                    body.facts_day = change
                day = body.facts_day
            facts = body.facts.get(day) or body_facts(body, day)
            env = {**facts, **plan.span(change, law).values} if plan.reads_values else facts
            try:
                found = bool(self.rule.applies_to.run(env)), None
            except MissingFact as missing:
                found = None, missing.name
            except (ExpressionError, TypeError, ArithmeticError):
                found = applies(self.rule, env), None  # raises the rule-pack error
        self._outcomes[change] = found  # as many entries as change days
        return found

    def fact_day(self, day: date, body: BodyMemo) -> date:
        """The day to read the condition's facts on: any day already read, when none is dated.

        Only the population figure and last year's purchases change with the day; a condition
        reading neither reads the same facts on every day (a parameter named like a fact aside).
        """
        if not self.plan.static:
            return day
        if body.facts_day is None:
            body.facts_day = day
        return body.facts_day

    def since(
        self, changes: tuple[date, ...], index: int, body: BodyMemo, law: LawView
    ) -> tuple[date, bool]:
        """Since when the rule holds, from `changes[index]` (on which it holds) back.

        Walks the change days back to the first on which it did not hold (or a fact was
        missing: then the day found is a lower bound). The walk from a change day does not
        depend on the day asked: it is kept per change day, so the yearly periods share it.
        """
        change = changes[index]
        if index == 0:  # the first change day: nothing before it
            return change, False
        found = self._since.get(change)
        if found is None:
            found = self._since[change] = self._walk(changes, index, body, law)
        return found

    def _walk(
        self, changes: tuple[date, ...], index: int, body: BodyMemo, law: LawView
    ) -> tuple[date, bool]:
        since = changes[index]
        for position in range(index - 1, -1, -1):
            earlier = changes[position]
            outcome = self.outcome(earlier, body, law)[0]
            if outcome is None:
                return since, True
            if not outcome:
                return since, False
            walked = self._since.get(earlier)  # the walk from there, when already done
            if walked is not None:
                return walked
            since = earlier
        return since, False


def _with_figures(changes: tuple[date, ...], body: BodyMemo) -> tuple[date, ...]:
    """`changes` with the days the body's population figures apply from, sorted.

    Once per body and set of change days: the rules reading the population mostly share theirs.
    """
    key = ("population_changes", changes)
    found = body.other.get(key)
    if found is None:
        profile: Profile = body.profile  # type: ignore[assignment]  # a body's memo holds one
        figures = {figure.applies_from for figure in profile.collectivity.population}
        found = keep(body.other, key, tuple(sorted(figures.union(changes))))
    return found  # type: ignore[return-value]  # the entry under this key is this tuple


def body_facts(body: BodyMemo, day: date) -> dict[str, object]:
    """The body's facts on `day`, once per body and day (shared: never change the result)."""
    facts = body.facts
    found = facts.get(day)
    if found is None:
        other_day = next(iter(facts.values())) if facts else None  # its undated facts hold
        found = keep(facts, day, facts_on(body.profile, day, other_day))  # type: ignore[arg-type]
    return found


def applies(rule: CompiledRule, env: Environment) -> bool:
    """Run `applies_to`; a condition that fails on these values is a rule-pack error."""
    try:
        return rule.applies_to(env)
    except EvaluationError as error:
        message = say(
            "rules.cannot_evaluate",
            source=rule.applies_to.source,
            error=error.said or error.message,
        )
        raise RulePackError([Problem.of(rule.file, None, None, "$.applies_to", message)]) from None
