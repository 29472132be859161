"""Whether a rule binds a body on a day, since when, and on which facts and dated values.

A body is bound when the rule is in force and its `applies_to` condition holds on the facts of
that day with the law's values of that day. Facts change on dated events (a new population
figure applies on 1 January), so "bound since" is found by walking those change dates back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from reen_compliance.errors import Problem, RulePackError
from reen_compliance.expressions import Environment, EvaluationError, MissingFact
from reen_compliance.facts import fact_sources, facts_on
from reen_compliance.loading import CompiledRule
from reen_compliance.messages import say
from reen_compliance.model import Profile
from reen_compliance.report_model import TraceFact, TraceValue
from reen_compliance.rule_model import CalendarEntry, DatedValue, EndingAct, Regime
from reen_compliance.timeline import ONE_DAY, change_dates, value_in_force


@dataclass(frozen=True, slots=True)
class LawView:
    """The law as it stood on `law_as_of`: versions enacted later are not known yet."""

    law_as_of: date

    def known(self, values: tuple[DatedValue, ...]) -> tuple[DatedValue, ...]:
        """The versions enacted on or before `law_as_of` (all, when undated).

        An end date set by a text published after `law_as_of` was not known then: the version
        is open-ended in this view. Where a rule does not say which text ended a version, the
        text that set its successor is taken to have ended it.
        """
        known = [v for v in values if v.enacted_on is None or v.enacted_on <= self.law_as_of]
        if len(known) == len(values) and not any(self._end_unknown(v.ended_by) for v in values):
            return values  # the usual case: everything was enacted by the law date
        known_ids = {id(v) for v in known}
        unknown_starts = {v.effective_from for v in values if id(v) not in known_ids}
        return tuple(
            v.model_copy(update={"effective_to": None})
            if self._end_unknown(v.ended_by)
            or (v.effective_to is not None and v.effective_to + ONE_DAY in unknown_starts)
            else v
            for v in known
        )

    def known_regimes(self, regimes: tuple[Regime, ...]) -> tuple[Regime, ...]:
        """The decree versions published by `law_as_of`, with the end dates known then."""
        return tuple(
            r.model_copy(update={"effective_to": None}) if self._end_unknown(r.ended_by) else r
            for r in regimes
            if r.enacted_on is None or r.enacted_on <= self.law_as_of
        )

    def knows(self, enacted_on: date | None) -> bool:
        """Whether a text published on `enacted_on` (None: long known) was known on the law date."""
        return enacted_on is None or enacted_on <= self.law_as_of

    def entry_span(self, entry: CalendarEntry) -> tuple[date, date] | None:
        """The days a calendar entry may fall on as the law then stood; None if not known yet."""
        if not self.knows(entry.enacted_on):
            return None
        end = entry.effective_to
        if end is not None and self._end_unknown(entry.ended_by):
            end = None
        return entry.effective_from or date.min, end or date.max

    def _end_unknown(self, ended_by: EndingAct | None) -> bool:
        return ended_by is not None and ended_by.enacted_on > self.law_as_of

    def value_on(self, values: tuple[DatedValue, ...], day: date) -> DatedValue | None:
        """The version in force on `day`, as the law stood on `law_as_of`."""
        return value_in_force(self.known(values), day)


@dataclass(frozen=True, slots=True)
class Applicability:
    """The outcome of the applicability test on one day."""

    in_force: bool
    bound: bool | None
    missing: str | None = None
    since: date | None = None
    since_is_lower_bound: bool = False
    facts: tuple[TraceFact, ...] = ()
    values: tuple[TraceValue, ...] = ()
    parameters: dict[str, DatedValue | None] = field(default_factory=dict)


def parameters_on(rule: CompiledRule, day: date, law: LawView) -> dict[str, DatedValue | None]:
    """Each parameter's version in force on `day`."""
    return {name: law.value_on(p.values, day) for name, p in rule.rule.parameters.items()}


def _environment(
    rule: CompiledRule, profile: Profile, day: date, law: LawView
) -> tuple[dict[str, object], dict[str, DatedValue | None]]:
    env = facts_on(profile, day)
    params = parameters_on(rule, day, law)
    for name, version in params.items():
        env[name] = version.value if version is not None else None
    return env, params


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
    if day < rule.rule.in_force_from or not law.knows(rule.rule.enacted_on):
        return False
    env, _ = _environment(rule, profile, day, law)
    try:
        return _applies(rule, env)
    except MissingFact:
        return None


def assess(rule: CompiledRule, profile: Profile, day: date, law: LawView) -> Applicability:
    """Test the rule on `day`, and when bound find since when, for the report to say."""
    if day < rule.rule.in_force_from or not law.knows(rule.rule.enacted_on):
        return Applicability(in_force=False, bound=False)
    env, params = _environment(rule, profile, day, law)
    used = rule.applies_to.names
    sources = fact_sources(profile, day)
    facts = tuple(
        TraceFact(name=name, value=_text(env.get(name)), source=sources[name])
        for name in sorted(used)
        if name in sources
    )
    values = tuple(
        TraceValue(
            name=name,
            value=_text(version.value),
            effective_from=version.effective_from,
            effective_to=version.effective_to,
            source=version.source,
        )
        for name, version in sorted(params.items())
        if version is not None and name in used
    )
    try:
        bound = _applies(rule, env)
    except MissingFact as missing:
        return Applicability(
            in_force=True,
            bound=None,
            missing=missing.name,
            facts=facts,
            values=values,
            parameters=params,
        )
    if not bound:
        return Applicability(
            in_force=True, bound=False, facts=facts, values=values, parameters=params
        )
    since, lower_bound = _bound_since(rule, profile, day, law)
    return Applicability(
        in_force=True,
        bound=True,
        since=since,
        since_is_lower_bound=lower_bound,
        facts=facts,
        values=values,
        parameters=params,
    )


def _bound_since(
    rule: CompiledRule, profile: Profile, day: date, law: LawView
) -> tuple[date, bool]:
    """Walk the dates on which facts or values change, back from `day`, while still bound."""
    changes = {rule.rule.in_force_from}
    changes.update(figure.applies_from for figure in profile.collectivity.population)
    for parameter in rule.rule.parameters.values():
        changes.update(change_dates(law.known(parameter.values)))
    if "previous_year_purchases_eur_ht" in rule.applies_to.names:
        first = rule.rule.in_force_from.year
        changes.update(date(year, 1, 1) for year in range(first, day.year + 1))
    candidates = sorted((change for change in changes if change <= day), reverse=True)
    since = day
    for change in candidates:
        outcome = holds(rule, profile, change, law)
        if outcome is None:
            return since, True
        if not outcome:
            return since, False
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
    env, _ = _environment(rule, profile, day, law)
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
