"""The calendar's look-ahead skips no day on which a rule binds the body (issue #18)."""

from __future__ import annotations

import itertools
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import strategies as s
from reen_compliance import load_profile, load_rules
from reen_compliance.decisions import dates_ahead
from reen_compliance.decisions.engine import decide
from reen_compliance.formats.profile import Profile
from reen_compliance.law.facts import PURCHASES, facts_on
from reen_compliance.law.loading import RuleSet, parse_profile
from reen_compliance.reference.bodies import ReferenceData
from reen_compliance.reference.starter import starter_profile_yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"
DAYS = (date(2022, 6, 1), date(2024, 3, 1), date(2025, 6, 1), date(2026, 11, 24))
EXPECTED_AHEAD = {
    "rgaa-accessibility": date(2029, 1, 1),  # the population figure of 2029
    "recycled-paper-purchases": date(2031, 12, 31),  # the purchases of 2030
    "data-centre-energy-reporting": date(2030, 5, 15),  # the threshold of 2030
}
DATED_FACTS = {"population", PURCHASES}


def _every_entry_day(profile: Profile, as_of: date, rules: RuleSet | None = None) -> list[object]:
    """Each calendar entry's days over ten years and its next day, as the report reads them."""
    rules = rules or load_rules()
    ctx = decide(profile, as_of=as_of, rules=rules).context
    end = date(as_of.year + 10, 12, 31)
    found: list[object] = []
    for rule in rules.rules:
        for entry in rule.rule.calendar:
            found.append(dates_ahead.entry_days(rule, entry, ctx, as_of, end))
            found.append(dates_ahead.next_entry_day(rule, entry, ctx))
    return found


def _same_with_every_day_tested(profile: Profile, as_of: date, mp: pytest.MonkeyPatch) -> None:
    """The days found equal those found testing the condition on every day."""
    skipping = _every_entry_day(profile, as_of)
    with mp.context() as m:
        m.setattr(dates_ahead, "_next_change", lambda _r, _c, day: day + dates_ahead.ONE_DAY)
        testing_all = _every_entry_day(profile, as_of)
    assert skipping == testing_all


def _profiles() -> list[Profile]:
    reference = ReferenceData.bundled()
    bodies = [*list(reference.communes())[::3000], *list(reference.epcis())[::300]]
    starters = [parse_profile(starter_profile_yaml(b, reference.vintage)) for b in bodies]
    return [load_profile(EXAMPLE), *starters]


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_days_ahead_are_those_found_testing_every_day(
    day: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The example and starter bodies get the same days ahead as when every day is tested."""
    for profile in _profiles():
        _same_with_every_day_tested(profile, day, monkeypatch)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=s.profile_dicts(), day=st.dates(date(2021, 1, 1), date(2028, 12, 31)))
def test_days_ahead_of_any_profile_are_those_found_testing_every_day(
    data: dict[str, Any], day: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any valid profile (population figures crossing thresholds) gets the same days ahead."""
    profile = parse_profile(s.to_yaml(data), "generated.yaml")
    _same_with_every_day_tested(profile, day, monkeypatch)


def _pack_reading_dated_facts(folder: Path) -> RuleSet:
    """The bundled rules, two with a yearly entry made to read the population and purchases."""
    copy = folder / "rules"
    shutil.copytree(ROOT / "rules", copy)
    for name, condition in (
        ("rgaa-accessibility", "population >= 120000"),
        ("recycled-paper-purchases", "previous_year_purchases_eur_ht >= 70000000"),
    ):
        path = copy / f"{name}.yaml"
        lines = path.read_text(encoding="utf-8").splitlines()
        lines = [f'applies_to: "{condition}"' if x.startswith("applies_to:") else x for x in lines]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = copy / "data-centre-energy-reporting.yaml"  # a lower threshold from 2030 on
    text = path.read_text(encoding="utf-8")
    version = "{effective_from: 2025-12-31, value: 500,"
    assert version in text
    lower = "{effective_from: 2030-01-01, value: 100, source: D. 236-1}"
    text = text.replace(
        version,
        f"{lower}\n      - {{effective_from: 2025-12-31, effective_to: 2029-12-31, value: 500,",
    )
    path.write_text(text, encoding="utf-8")
    return load_rules([copy])


def test_days_ahead_follow_future_population_figures_and_purchases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later figure or threshold makes a yearly entry fall again, as testing every day finds."""
    rules = _pack_reading_dated_facts(tmp_path)
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    body = data["collectivity"]
    body["population"].append({"applies_from": "2029-01-01", "total": 121000, "source": "INSEE"})
    for year in range(2026, 2030):
        body["annual_purchases_eur_ht"][year] = "1000000.00"
    body["annual_purchases_eur_ht"][2030] = "71000000.00"
    data["data_centres"] = [{"name": "Salle serveurs", "installed_power_kw": 200}]
    profile = parse_profile(yaml.safe_dump(data, allow_unicode=True), "ahead.yaml")
    as_of = date(2026, 11, 24)
    skipping = _every_entry_day(profile, as_of, rules)
    with monkeypatch.context() as m:
        m.setattr(dates_ahead, "_next_change", lambda _r, _c, day: day + dates_ahead.ONE_DAY)
        assert _every_entry_day(profile, as_of, rules) == skipping
    ctx = decide(profile, as_of=as_of, rules=rules).context
    found = {
        rule.rule.id: dates_ahead.next_entry_day(rule, entry, ctx)
        for rule in rules.rules
        for entry in rule.rule.calendar
        if entry.yearly and rule.rule.id in set(EXPECTED_AHEAD)
    }
    assert found == EXPECTED_AHEAD


def test_only_the_population_and_last_years_purchases_change_with_the_day() -> None:
    """What the look-ahead assumes: the body's other facts read the same on every day."""
    profile = load_profile(EXAMPLE)
    days = [date(2019, 1, 1) + timedelta(days=97 * n) for n in range(40)]
    for first, second in itertools.combinations(days, 2):
        one, other = facts_on(profile, first), facts_on(profile, second)
        assert one.keys() == other.keys()
        assert {name for name in one if one[name] != other[name]} <= DATED_FACTS
