"""The applicability worked out per change day agrees with a day-by-day reading of facts and law.

`assess` and `holds` work a rule out once per day on which something its condition reads
changes (a population figure, last year's purchases on 1 January, a value of the law) and give
that to every later day up to the next change. A missed change day would give a later day the
outcome of an earlier one: these tests read each day on its own, and walk back day by day.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from reen_compliance import load_profile, load_rules
from reen_compliance.formats.profile import PopulationFigure, Profile
from reen_compliance.formats.report import trace_fact
from reen_compliance.law.applicability import Applicability, LawView, assess, holds
from reen_compliance.law.expressions import MissingFact
from reen_compliance.law.facts import fact_sources, facts_on
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.plan import text_of
from reen_compliance.law.values import AppliedValue, DatedValue, EndingAct, Parameter

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"
ONE_DAY = timedelta(days=1)
LAW_CHANGE = date(2024, 3, 15)
"""The day the test's population threshold of the BEGES rule falls from 50,000 to 48,000."""


def _with(
    profile: Profile, figures: tuple[tuple[date, int], ...], purchases: dict[int, str]
) -> Profile:
    """`profile` with these population figures and yearly purchases."""
    collectivity = profile.collectivity.model_copy(
        update={
            "population": tuple(
                PopulationFigure(applies_from=day, total=total, source="s")
                for day, total in figures
            ),
            "annual_purchases_eur_ht": {year: Decimal(value) for year, value in purchases.items()},
        }
    )
    return profile.model_copy(update={"collectivity": collectivity})


def _changing() -> Profile:
    """Figures crossing 50,000 and 48,000, one applying mid-year; purchases crossing 50 M€."""
    return _with(
        load_profile(EXAMPLE),
        (
            (date(2011, 1, 1), 40_000),
            (date(2019, 1, 1), 52_000),
            (date(2022, 1, 1), 49_000),
            (date(2025, 6, 1), 51_000),
        ),
        {2019: "40000000", 2021: "60000000", 2022: "45000000", 2024: "70000000", 2025: "1"},
    )


def _lowered_threshold(rule: CompiledRule) -> CompiledRule:
    """The BEGES rule with its population threshold lowered to 48,000 on `LAW_CHANGE`.

    The lowering is published on 1 February 2024: a law date before it does not know it.
    """
    first = rule.rule.parameters["population_threshold"].values[0]
    published = date(2024, 2, 1)
    ending = EndingAct(source=first.source, enacted_on=published)
    versions = (
        first.model_copy(update={"effective_to": LAW_CHANGE - ONE_DAY, "ended_by": ending}),
        first.model_copy(
            update={"effective_from": LAW_CHANGE, "value": Decimal(48_000), "enacted_on": published}
        ),
    )
    lowered = Parameter(unit="inhabitants", values=versions)
    parameters = {**rule.rule.parameters, "population_threshold": lowered}
    return CompiledRule(
        rule=rule.rule.model_copy(update={"parameters": parameters}),
        applies_to=rule.applies_to,
        review_conditions=rule.review_conditions,
        file=rule.file,
    )


class _DayByDay:
    """One rule read afresh on each day: facts, values in force, outcome; since by days."""

    def __init__(self, rule: CompiledRule, profile: Profile, law_as_of: date) -> None:
        self.rule, self.profile, self.law = rule, profile, LawView(law_as_of)
        self.outcomes: dict[date, tuple[bool | None, str | None]] = {}

    def in_force(self, day: date) -> bool:
        return day >= self.rule.rule.in_force_from and self.law.knows(self.rule.rule.enacted_on)

    def versions(self, day: date) -> dict[str, DatedValue | None]:
        params = self.rule.rule.parameters.items()
        return {name: self.law.value_on(p.values, day) for name, p in params}

    def env(self, day: date) -> dict[str, object]:
        collectivity = self.profile.collectivity
        figure = collectivity.population_on(day)
        facts = {**facts_on(self.profile, day), "population": figure.total if figure else None}
        values = {n: v.value if v else None for n, v in self.versions(day).items()}
        return {**facts, **values}

    def outcome(self, day: date) -> tuple[bool | None, str | None]:
        if day not in self.outcomes:
            if not self.in_force(day):
                self.outcomes[day] = (False, None)
            else:
                try:
                    self.outcomes[day] = (self.rule.applies_to(self.env(day)), None)
                except MissingFact as missing:
                    self.outcomes[day] = (None, missing.name)
        return self.outcomes[day]

    def since(self, day: date) -> tuple[date, bool]:
        since = day
        while since > self.rule.rule.in_force_from:
            before = self.outcome(since - ONE_DAY)[0]
            if before is None:
                return since, True
            if not before:
                return since, False
            since -= ONE_DAY
        return since, False

    def applicability(self, day: date) -> Applicability:
        if not self.in_force(day):
            return Applicability(in_force=False, bound=False)
        bound, missing = self.outcome(day)
        env, versions = self.env(day), self.versions(day)
        sources = fact_sources(self.profile, day)
        names = sorted(self.rule.applies_to.names)
        facts = tuple(
            trace_fact(name, text_of(env.get(name)), sources[name])
            for name in names
            if name in sources
        )
        values = tuple(
            AppliedValue(name, text_of(v.value), v.effective_from, v.effective_to, v.source)
            for name, v in sorted(versions.items())
            if v is not None and name in names
        )
        since, lower = self.since(day) if bound else (None, False)
        return Applicability(
            in_force=True,
            bound=bound,
            missing=missing,
            since=since,
            since_is_lower_bound=lower,
            facts=facts,
            values=values,
            parameters=versions,
        )


def _days() -> list[date]:
    """Days around every change of the test's facts and values, and year ends and middles."""
    days = [date(2026, 11, 24), LAW_CHANGE, LAW_CHANGE - ONE_DAY, date(2025, 5, 31)]
    days += [date(2025, 6, 1), date(2023, 10, 24), date(2023, 10, 25), date(2019, 4, 1)]
    for year in range(2010, 2028):
        days += [date(year, 1, 1), date(year, 12, 31), date(year, 6, 30)]
    return days


def _check(
    rules: list[CompiledRule],
    profile: Profile,
    law_as_of: date,
    order: Callable[[list[date]], list[date]],
) -> None:
    shared = LawView(law_as_of)  # one view for all days: what one day works out, others take
    for rule in rules:
        reading = _DayByDay(rule, profile, law_as_of)
        for day in order(_days()):
            expected = reading.applicability(day)
            assert assess(rule, profile, day, shared) == expected, (rule.rule.id, day)
            assert holds(rule, profile, day, shared) == expected.bound, (rule.rule.id, day)


def _rules() -> list[CompiledRule]:
    bundled = load_rules()
    return [*bundled.rules, _lowered_threshold(bundled.get("beges-ghg-report"))]


def _shuffled(days: list[date]) -> list[date]:
    random.Random(18).shuffle(days)  # noqa: S311 - a fixed order, not a secret
    return days


@pytest.mark.parametrize("law_as_of", [date(2026, 11, 24), date(2024, 1, 1)])
@pytest.mark.parametrize("order", [sorted, lambda days: sorted(days, reverse=True), _shuffled])
def test_every_rule_on_every_day_as_read_day_by_day(
    law_as_of: date, order: Callable[[list[date]], list[date]]
) -> None:
    """Whatever the order days are asked in, each gets what reading that day alone gives."""
    _check(_rules(), _changing(), law_as_of, order)


def test_the_example_on_every_day_as_read_day_by_day() -> None:
    """The bundled example, latest day first, as read day by day."""
    _check(_rules(), load_profile(EXAMPLE), date(2026, 11, 24), lambda d: sorted(d, reverse=True))


def test_a_figure_applying_mid_year_binds_from_its_own_day() -> None:
    """A figure crossing the threshold on 1 June binds from 1 June, not from the year's start."""
    rule = load_rules().get("reen-art35-strategy")
    profile = _changing()
    law = LawView(date(2026, 11, 24))
    later = assess(rule, profile, date(2025, 12, 31), law)  # asked first: worked out first
    assert later.bound is True
    assert later.since == date(2025, 6, 1)
    assert assess(rule, profile, date(2025, 5, 31), law).bound is False
    assert holds(rule, profile, date(2025, 6, 1), law) is True


def test_purchases_change_the_outcome_on_the_first_of_january() -> None:
    """Last year's purchases are read anew on 1 January: 31 December and 1 January differ."""
    rule = load_rules().get("ccp-spaser")
    profile = _changing()  # 70 M€ bought in 2024, 1 € in 2025
    law = LawView(date(2026, 11, 24))
    assert assess(rule, profile, date(2026, 3, 1), law).bound is False  # asked first
    bound = assess(rule, profile, date(2025, 12, 31), law)
    assert bound.bound is True
    assert bound.since == date(2025, 1, 1)
    assert holds(rule, profile, date(2026, 1, 1), law) is False


def test_a_law_value_change_binds_from_its_day_once_published() -> None:
    """A threshold lowered on 15 March binds from that day; a law date before it knows nothing."""
    rule = _lowered_threshold(load_rules().get("beges-ghg-report"))
    profile = _changing()  # 49,000 inhabitants from 2022 to 31 May 2025, 250 staff or fewer
    staff = profile.collectivity.model_copy(update={"staff": 10})
    profile = profile.model_copy(update={"collectivity": staff})
    law = LawView(date(2026, 11, 24))
    after = assess(rule, profile, date(2024, 12, 31), law)
    assert after.bound is True
    assert after.since == LAW_CHANGE
    assert holds(rule, profile, LAW_CHANGE - ONE_DAY, law) is False
    before_publication = LawView(date(2024, 1, 1))
    assert assess(rule, profile, date(2024, 12, 31), before_publication).bound is False


def test_the_figure_in_force_is_the_latest_applying() -> None:
    """`population_on` finds the latest figure applying on or before each day around the changes."""
    figures = _changing().collectivity
    for day in _days():
        applying = [figure for figure in figures.population if figure.applies_from <= day]
        latest = max(applying, key=lambda figure: figure.applies_from) if applying else None
        assert figures.population_on(day) is latest, day
