"""Whether a rule binds a body on a day, since when, and on which facts and dated values.

A body is bound when the rule is in force and its `applies_to` condition holds on the facts of
that day with the law's values of that day. Facts change on dated events (a new population
figure applies on 1 January), so "bound since" is found by walking those change dates back.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal

from reen_compliance.formats.profile import Profile
from reen_compliance.formats.report import TraceFact, trace_fact
from reen_compliance.law.expressions import MissingFact
from reen_compliance.law.facts import fact_sources
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import BODY, BodyMemo, body_memo, keep
from reen_compliance.law.plan import ParameterSpan, plan_of, text_of
from reen_compliance.law.state import RuleState, applies, body_facts
from reen_compliance.law.values import AppliedValue, DatedValue
from reen_compliance.law.view import LawView

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


def made(  # noqa: PLR0913, PLR0917 - the eight fields, in order
    in_force: bool,  # noqa: FBT001 - the field's own type
    bound: bool | None,  # noqa: FBT001 - the field's own type
    missing: str | None,
    since: date | None,
    since_is_lower_bound: bool,  # noqa: FBT001 - the field's own type
    facts: tuple[TraceFact, ...],
    values: tuple[AppliedValue, ...],
    parameters: dict[str, DatedValue | None],
) -> Applicability:
    """`Applicability(...)` with every field given in order, without the dataclass's `__init__`.

    A frozen dataclass sets its eight fields one `object.__setattr__` at a time (0.9 µs; a
    `decide` builds about twenty): here the slots are set through their descriptors (0.35 µs).
    Same type, same fields, as immutable afterwards (issue #18).
    """
    new = _new(Applicability)
    _in_force(new, in_force)
    _bound(new, bound)
    _missing(new, missing)
    _since(new, since)
    _lower_bound(new, since_is_lower_bound)
    _facts(new, facts)
    _values(new, values)
    _parameters(new, parameters)
    return new


_new = object.__new__
(
    _in_force,
    _bound,
    _missing,
    _since,
    _lower_bound,
    _facts,
    _values,
    _parameters,
) = (vars(Applicability)[each.name].__set__ for each in fields(Applicability))
"""The slots' setters, in the fields' order (`made` takes its arguments in that order)."""


def parameters_on(rule: CompiledRule, day: date, law: LawView) -> dict[str, DatedValue | None]:
    """Each parameter's version in force on `day` (computed once per rule, span and law date).

    The dictionary is shared by every caller: read it, never change it. Days with the same
    versions get the same dictionary, so that comparing them is an identity test.
    """
    return plan_of(rule, law).span(day, law).versions


def facts_of(profile: Profile, day: date, law: LawView) -> dict[str, object]:
    """The body's facts on `day`, once per body and day (shared: never change the result)."""
    return body_facts(body_memo(law.memo, profile), day)


def _state_of(rule: CompiledRule, profile: Profile, law: LawView) -> tuple[BodyMemo, RuleState]:
    """The body's memo and the rule's state for that body, made on first use."""
    body: BodyMemo | None = law.memo.get(BODY)  # type: ignore[assignment]  # see body_memo
    if body is None or body.profile is not profile:
        body = body_memo(law.memo, profile)
    state: RuleState | None = body.states.get(id(rule))
    if state is None or state.rule is not rule:
        state = _new_state(rule, body, law)
    return body, state


def holds(rule: CompiledRule, profile: Profile, day: date, law: LawView) -> bool | None:
    """Whether the condition holds on `day`; None when a fact or value is missing."""
    body, state = _state_of(rule, profile, law)
    plan = state.plan
    if day < plan.start or not plan.known:
        return False
    changes = state.changes if state.by_year is None else state.changes_to(day)
    return state.outcome(changes[bisect_right(changes, day) - 1], body, law)[0]


def assess(rule: CompiledRule, profile: Profile, day: date, law: LawView) -> Applicability:
    """Test the rule on `day`, and when bound find since when, for the report to say.

    The outcome, since when, and the facts and values read are those of the last change date
    up to `day` (nothing the condition reads changes in between): they are worked out once
    per change date, and the days after it take them with their own parameters in force.
    """
    body, state = _state_of(rule, profile, law)
    plan = state.plan
    if day < plan.start or not plan.known:
        return Applicability(in_force=False, bound=False)
    span = plan.fixed or plan.span(day, law)
    params = span.versions
    changes = state.changes if state.by_year is None else state.changes_to(day)
    index = bisect_right(changes, day) - 1  # the rule's start is the first
    shared: Applicability | None = state.assessed.get(changes[index])
    if shared is None:
        shared = state.assessed[changes[index]] = _assess(state, body, changes, index, law, span)
    if shared.parameters is params:
        return shared
    return made(
        True,  # noqa: FBT003 - the field `in_force`
        shared.bound,
        shared.missing,
        shared.since,
        shared.since_is_lower_bound,
        shared.facts,
        shared.values,
        params,
    )


def _new_state(rule: CompiledRule, body: BodyMemo, law: LawView) -> RuleState:
    """A new applicability state of `rule` for the body (one per rule and body)."""
    state = RuleState(rule, plan_of(rule, law), body)
    keep(body.states, id(rule), state)
    return state


def _assess(  # noqa: PLR0913, PLR0917 - the rule and body, the change day, the day's parameters
    state: RuleState,
    body: BodyMemo,
    changes: tuple[date, ...],
    index: int,
    law: LawView,
    span: ParameterSpan,
) -> Applicability:
    """The applicability from the change day `changes[index]` on, with the day's parameters.

    The values the condition reads are the same on the day and on its change day.
    """
    change = changes[index]
    facts = _trace_facts(state, body, change, law)
    values, params = span.trace, span.versions
    bound, missing = state.outcome(change, body, law)
    if not bound:  # unbound, or unknown for want of `missing`
        return made(True, bound, missing, None, False, facts, values, params)  # noqa: FBT003
    since, lower_bound = state.since(changes, index, body, law)
    return made(True, True, None, since, lower_bound, facts, values, params)  # noqa: FBT003


def _trace_facts(
    state: RuleState, body: BodyMemo, day: date, law: LawView
) -> tuple[TraceFact, ...]:
    """The facts the condition read, with where; shared by the rules reading the same facts."""
    used = state.plan.facts_read
    day = state.fact_day(day, body)
    key = ("trace_facts", day, used)
    if used is not None:
        found = body.other.get(key)
        if found is not None:
            return found  # type: ignore[return-value]  # the entry under this key is this tuple
        env = body_facts(body, day)
    else:  # a parameter named like a fact hides it
        env = {**body_facts(body, day), **state.plan.span(day, law).values}
    sources = body.sources.get(day)
    if sources is None:
        sources = keep(body.sources, day, fact_sources(body.profile, day))  # type: ignore[arg-type]
    facts = tuple(
        trace_fact(name, text_of(env.get(name)), sources[name])
        for name in state.plan.sorted_names
        if name in sources
    )
    if used is not None:
        keep(body.other, key, facts)
    return facts


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
    env = {**facts_of(profile, day, law), **plan_of(rule, law).span(day, law).values}
    for name in _MEASURED_FACTS:
        env[name] = _HUGE
    try:
        return not applies(rule, env)
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
