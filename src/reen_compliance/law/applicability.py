"""Whether a rule binds a body on a day, since when, and on which facts and dated values.

A body is bound when the rule is in force and its `applies_to` condition holds on the facts of
that day with the law's values of that day. Facts change on dated events (a new population
figure applies on 1 January), so "bound since" is found by walking those change dates back.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Final, cast

from reen_compliance.errors import Problem, RulePackError
from reen_compliance.formats.profile import Profile
from reen_compliance.formats.report import TraceFact, trace_fact
from reen_compliance.law.expressions import Environment, EvaluationError, MissingFact
from reen_compliance.law.facts import FACT_NAMES, fact_sources, facts_on
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import BodyMemo, body_memo, keep, remember
from reen_compliance.law.timeline import change_dates
from reen_compliance.law.values import AppliedValue, DatedValue
from reen_compliance.law.view import LawView
from reen_compliance.messages import say

__all__ = [
    "Applicability",
    "LawView",
    "assess",
    "facts_of",
    "holds",
    "out_of_scope_by_kind",
    "parameter_number",
    "parameters_on",
    "threshold_met_exactly",
]

_NO_PARAMETERS: Final[dict[str, object]] = {}
_PURCHASES: Final = "previous_year_purchases_eur_ht"
_DATED_FACTS: Final = frozenset({"population", _PURCHASES})


@dataclass(frozen=True, slots=True)
class Applicability:
    """The outcome of the applicability test on one day."""

    in_force: bool
    bound: bool | None
    missing: str | None = None
    since: date | None = None
    since_is_lower_bound: bool = False
    facts: tuple[TraceFact, ...] = ()
    values: tuple[AppliedValue, ...] = ()
    parameters: dict[str, DatedValue | None] = field(default_factory=dict)


def parameters_on(rule: CompiledRule, day: date, law: LawView) -> dict[str, DatedValue | None]:
    """Each parameter's version in force on `day` (computed once per rule, day and law date).

    The dictionary is shared by every caller: read it, never change it. Days with the same
    versions get the same dictionary, so that comparing them is an identity test.
    """
    key = ("parameters", day, law.law_as_of)
    found = rule.memo.get(key)
    if found is None:
        params = rule.rule.parameters.items()
        versions = {name: law.value_on(p.values, day) for name, p in params}
        same = ("same_parameters", law.law_as_of, *(id(v) for v in versions.values()))
        found = rule.memo.get(same)  # its versions are alive as long as it is kept
        if found is None:
            found = keep(rule.memo, same, versions)
        keep(rule.memo, key, found)
    return found  # type: ignore[return-value]  # the entry under this key is this dict


def _parameter_values(rule: CompiledRule, day: date, law: LawView) -> dict[str, object]:
    if not rule.rule.parameters:
        return _NO_PARAMETERS
    key = ("parameter_values", day, law.law_as_of)
    found = rule.memo.get(key)
    if found is None:
        versions = parameters_on(rule, day, law).items()
        found = keep(
            rule.memo, key, {name: v.value if v is not None else None for name, v in versions}
        )
    return found  # type: ignore[return-value]  # the entry under this key is this dict


def facts_of(profile: Profile, day: date, law: LawView) -> dict[str, object]:
    """The body's facts on `day`, once per body and day (shared: never change the result)."""
    return _facts(body_memo(law.memo, profile), day)


def _facts(body: BodyMemo, day: date) -> dict[str, object]:
    """The body's facts on `day`, once per body and day (shared: never change the result)."""
    found = body.facts.get(day)
    if found is None:
        found = keep(body.facts, day, facts_on(body.profile, day))  # type: ignore[arg-type]
    return found


def _applies(rule: CompiledRule, env: Environment) -> bool:
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


def holds(rule: CompiledRule, profile: Profile, day: date, law: LawView) -> bool | None:
    """Whether the condition holds on `day`; None when a fact or value is missing."""
    return _holds(rule, body_memo(law.memo, profile), day, law)


def _holds(rule: CompiledRule, body: BodyMemo, day: date, law: LawView) -> bool | None:
    if day < rule.rule.in_force_from or not law.knows(rule.rule.enacted_on):
        return False
    return _decision(rule, body, day, law)[0]


def _decision(
    rule: CompiledRule, body: BodyMemo, day: date, law: LawView
) -> tuple[bool | None, str | None]:
    """The condition's outcome on `day` and the missing fact's name: once per body and day."""
    key = (id(rule), day)
    found = body.decisions.get(key)
    if found is not None and found[0] is rule:
        return found[1]
    env = {**_facts(body, _fact_day(rule, body, day)), **_parameter_values(rule, day, law)}
    outcome: tuple[bool | None, str | None]
    try:
        outcome = _applies(rule, env), None
    except MissingFact as missing:
        outcome = None, missing.name
    keep(body.decisions, key, (rule, outcome))
    return outcome


def _trace_facts(
    rule: CompiledRule, body: BodyMemo, day: date, law: LawView
) -> tuple[TraceFact, ...]:
    """The facts the condition read, with where; shared by the rules reading the same facts."""
    used = _facts_read(rule)
    day = _fact_day(rule, body, day)
    key = ("trace_facts", day, used)
    if used is not None:
        found = body.other.get(key)
        if found is not None:
            return found  # type: ignore[return-value]  # the entry under this key is this tuple
        env = _facts(body, day)
    else:  # a parameter named like a fact hides it
        env = {**_facts(body, day), **_parameter_values(rule, day, law)}
    sources = body.sources.get(day)
    if sources is None:
        sources = keep(body.sources, day, fact_sources(body.profile, day))  # type: ignore[arg-type]
    facts = tuple(
        trace_fact(name, _text(env.get(name)), sources[name])
        for name in sorted(rule.applies_to.names)
        if name in sources
    )
    if used is not None:
        keep(body.other, key, facts)
    return facts


def _fact_day(rule: CompiledRule, body: BodyMemo, day: date) -> date:
    """The day to read the condition's facts on: any day already read, when none is dated.

    Only the population figure and last year's purchases change with the day; a condition
    reading neither reads the same facts on every day (a parameter named like a fact aside).
    """
    used = _facts_read(rule)
    if used is None or not used.isdisjoint(_DATED_FACTS):
        return day
    if body.facts_day is None:
        body.facts_day = day
    return body.facts_day


def _facts_read(rule: CompiledRule) -> frozenset[str] | None:
    """The facts the condition reads, or None when a parameter of the rule is named like one."""
    found = rule.memo.get("facts_read", False)
    if found is False:
        names = rule.applies_to.names
        found = keep(
            rule.memo,
            "facts_read",
            names & FACT_NAMES if FACT_NAMES.isdisjoint(rule.rule.parameters) else None,
        )
    return found  # type: ignore[return-value]  # the entry under this key is this set


def assess(rule: CompiledRule, profile: Profile, day: date, law: LawView) -> Applicability:
    """Test the rule on `day`, and when bound find since when, for the report to say.

    The outcome, since when, and the facts and values read are those of the last change date
    up to `day` (nothing the condition reads changes in between): they are worked out once
    per change date, and the days after it take them with their own parameters in force.
    """
    if day < rule.rule.in_force_from or not law.knows(rule.rule.enacted_on):
        return Applicability(in_force=False, bound=False)
    body = body_memo(law.memo, profile)
    params = parameters_on(rule, day, law)
    key = (id(rule), _inputs_from(rule, body, day, law))
    found = body.assessed.get(key)
    if found is not None and found[0] is rule:
        shared = cast("Applicability", found[1])
        if shared.parameters is params:
            return shared
        return Applicability(
            in_force=True,
            bound=shared.bound,
            missing=shared.missing,
            since=shared.since,
            since_is_lower_bound=shared.since_is_lower_bound,
            facts=shared.facts,
            values=shared.values,
            parameters=params,
        )
    app = _assess(rule, body, day, law, params)
    keep(body.assessed, key, (rule, app))
    return app


def _inputs_from(rule: CompiledRule, body: BodyMemo, day: date, law: LawView) -> date:
    """The last day up to `day` on which something the condition reads changed.

    Two days with the same such day read the same facts and values: a law change, a new
    population figure or a new year (last year's purchases) in between would be a later one.
    """
    key = ("change_list", law.law_as_of)
    changes = cast("tuple[date, ...] | None", rule.memo.get(key))
    if changes is None:
        changes = tuple(sorted(_law_changes(rule, law)))
        keep(rule.memo, key, changes)
    start = changes[bisect_right(changes, day) - 1]  # the rule's start is the first
    names = rule.applies_to.names
    if "population" in names:
        figure = body.profile.collectivity.population_on(day)  # type: ignore[attr-defined]
        if figure is not None and figure.applies_from > start:
            start = figure.applies_from
    if _PURCHASES in names and start.year < day.year:
        start = date(day.year, 1, 1)
    return start


def _assess(
    rule: CompiledRule,
    body: BodyMemo,
    day: date,
    law: LawView,
    params: dict[str, DatedValue | None],
) -> Applicability:
    facts = _trace_facts(rule, body, day, law)
    key = ("trace_values", day, law.law_as_of)
    values = cast("tuple[AppliedValue, ...] | None", rule.memo.get(key))
    if values is None:
        values = _trace_values(params, rule.applies_to.names)
        keep(rule.memo, key, values)
    bound, missing = _decision(rule, body, day, law)
    if bound is None:
        return Applicability(
            in_force=True,
            bound=None,
            missing=missing,
            facts=facts,
            values=values,
            parameters=params,
        )
    if not bound:
        return Applicability(
            in_force=True, bound=False, facts=facts, values=values, parameters=params
        )
    since, lower_bound = _bound_since(rule, body, day, law)
    return Applicability(
        in_force=True,
        bound=True,
        since=since,
        since_is_lower_bound=lower_bound,
        facts=facts,
        values=values,
        parameters=params,
    )


def _trace_values(
    params: dict[str, DatedValue | None], used: frozenset[str]
) -> tuple[AppliedValue, ...]:
    return tuple(
        AppliedValue(
            name=name,
            value=_text(version.value),
            effective_from=version.effective_from,
            effective_to=version.effective_to,
            source=version.source,
        )
        for name, version in sorted(params.items())
        if version is not None and name in used
    )


def _law_changes(rule: CompiledRule, law: LawView) -> frozenset[date]:
    """The rule's start and the days its parameters change, as the law stood then."""

    def build() -> frozenset[date]:
        changes = {rule.rule.in_force_from}
        for name, parameter in rule.rule.parameters.items():
            if name in rule.applies_to.names:  # a value the condition does not read changes nothing
                changes.update(change_dates(law.known(parameter.values)))
        return frozenset(changes)

    return remember(rule.memo, ("changes", law.law_as_of), build)


def _bound_since(rule: CompiledRule, body: BodyMemo, day: date, law: LawView) -> tuple[date, bool]:
    """Walk the dates on which facts or values change, back from `day`, while still bound.

    Called once the rule holds on `day`: it holds as well on the last change date up to `day`,
    since nothing the condition reads changes in between (that is what a change date is), so
    the walk starts there without running the condition again. From a change date on, the walk
    does not depend on `day`: it is kept per change date, so the yearly periods share it.
    """
    year = day.year if _PURCHASES in rule.applies_to.names else None
    key = (id(rule), year)
    found = body.changes.get(key)
    if found is not None and found[0] is rule:
        changes = found[1]
    else:
        changes = _change_days(rule, body.profile, year, law)  # type: ignore[arg-type]
        keep(body.changes, key, (rule, changes))
    index = bisect_right(changes, day) - 1
    if index < 0:
        return day, False
    since_key = (id(rule), changes[index])
    walked = body.since.get(since_key)
    if walked is not None and walked[0] is rule:
        return walked[1]
    return keep(body.since, since_key, (rule, _walk(rule, body, law, changes, index)))[1]


def _change_days(
    rule: CompiledRule, profile: Profile, year: int | None, law: LawView
) -> tuple[date, ...]:
    """The days on which the facts or values the condition reads change (to `year`'s end).

    Only the facts a condition reads can change its outcome: the other facts of the profile
    are the same on every day, and a population figure matters only to a condition on it.
    """
    changes = set(_law_changes(rule, law))
    if "population" in rule.applies_to.names:
        changes.update(figure.applies_from for figure in profile.collectivity.population)
    if year is None:
        return tuple(sorted(changes))
    first = rule.rule.in_force_from.year
    changes.update(date(each, 1, 1) for each in range(first, year + 1))
    return tuple(sorted(change for change in changes if change.year <= year))


def _walk(
    rule: CompiledRule, body: BodyMemo, law: LawView, changes: tuple[date, ...], index: int
) -> tuple[date, bool]:
    """From a change date on which the rule holds, back to the first on which it did not."""
    since = changes[index]
    for position in range(index - 1, -1, -1):
        change = changes[position]
        outcome = _holds(rule, body, change, law)
        if outcome is None:
            return since, True
        if not outcome:
            return since, False
        walked = body.since.get((id(rule), change))  # the walk from there, when already done
        if walked is not None and walked[0] is rule:
            return walked[1]
        since = change
    return since, False


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def parameter_number(params: dict[str, DatedValue | None], name: str) -> Decimal | None:
    """A numeric parameter's value, or None when missing or not a number."""
    version = params.get(name)
    if version is None or not isinstance(version.value, Decimal):
        return None
    return version.value


_MEASURED_FACTS = ("population", "staff", "previous_year_purchases_eur_ht", "data_centre_power_kw")
_HUGE = Decimal(10) ** 12


def out_of_scope_by_kind(rule: CompiledRule, profile: Profile, day: date, law: LawView) -> bool:
    """Whether the body stays unbound on `day` whatever its measured facts: its kind is out.

    The condition is run again with every measured fact (population, staff, purchases, power)
    set to a huge figure: if the body is still not bound, no figure could bind it.
    """
    if not rule.applies_to.names.intersection(_MEASURED_FACTS):
        return True
    env = {**facts_of(profile, day, law), **_parameter_values(rule, day, law)}
    for name in _MEASURED_FACTS:
        env[name] = _HUGE
    try:
        return not _applies(rule, env)
    except MissingFact:
        return False


def threshold_met_exactly(app: Applicability, value: int | None) -> int | None:
    """The numeric parameter equal to `value` (a population exactly at a strict threshold)."""
    if value is None:
        return None
    for version in app.parameters.values():
        if version is not None and isinstance(version.value, Decimal) and version.value == value:
            return value
    return None
