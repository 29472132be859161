"""The shortcuts of the kinds of check give what the long way gives (issue #18, fifth pass)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
import yaml

from reen_compliance import decide, load_profile, load_rules, parse_profile
from reen_compliance.decisions.dates_ahead import becomes_bound_warnings
from reen_compliance.decisions.engine import RuleOutcome
from reen_compliance.decisions.exemptions import exempt_decisions
from reen_compliance.decisions.procurement import measure_years
from reen_compliance.decisions.shares import measure_shares, regime_span, rule_category_index
from reen_compliance.formats.profile import Profile
from reen_compliance.formats.report import TargetProgressRow
from reen_compliance.i18n.message import Msg, msg, msg_of
from reen_compliance.law.applicability import LawView
from reen_compliance.law.timeline import intersect, year_span

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ville-exemple.yaml"
DAYS = (date(2022, 6, 1), date(2024, 3, 1), date(2025, 6, 1), date(2026, 11, 24))


def test_target_progress_rows_built_without_validation_equal_validated_ones() -> None:
    """Each SPASER progress row equals, field by field and in JSON, the validated model."""
    profile = load_profile(EXAMPLE)
    rows = [
        row
        for day in DAYS
        for decision in decide(profile, as_of=day).decisions
        for row in decision.target_progress
    ]
    assert rows
    for row in rows:
        validated = TargetProgressRow(**row.__dict__)
        assert row == validated
        assert row.model_fields_set == validated.model_fields_set
        assert row.model_dump_json() == validated.model_dump_json()
        assert tuple(row.__dict__) == tuple(TargetProgressRow.model_fields)
    shared = rows[0].model_fields_set
    assert all(row.model_fields_set is shared for row in rows)  # one set, never changed
    rows[0].model_copy(update={"target_reached": None}).model_fields_set.add("year")
    assert shared == set(TargetProgressRow.model_fields)


def test_measured_years_equal_the_measures_of_each_figure() -> None:
    """`measure_years` keeps each category's law per year; its measures are `measure_shares`'."""
    profile = load_profile(EXAMPLE)
    rule = next(r for r in load_rules().rules if r.rule.check.kind == "category_shares")
    index = rule_category_index(rule)
    for law_as_of in DAYS:
        law = LawView(law_as_of)
        for _ in range(2):  # the second pass reads the rule's memo
            for year in measure_years(
                rule, profile.procurement, as_of=law_as_of, law=law, lang=None
            ):
                expected = []
                for figure in profile.procurement[year.year]:
                    ref = index[figure.category]
                    span = intersect(regime_span(ref.regime), year_span(year.year))
                    if span is not None:
                        expected += measure_shares(law, ref, figure, span)
                assert year.measures == tuple(expected)


def test_msg_builds_the_message_the_dataclass_builds() -> None:
    """`msg` without `Msg.__init__` gives an equal, hashable, immutable message; bare ones shared."""
    built = msg("step-due", day=date(2025, 1, 1), count=2)
    expected = Msg("step-due", (("day", date(2025, 1, 1)), ("count", 2)))
    assert built == expected
    assert hash(built) == hash(expected)
    assert repr(built) == repr(expected)
    assert type(built) is Msg
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.id = "other"  # type: ignore[misc]  # the test is that it cannot be set
    assert msg("step-bound") == Msg("step-bound")
    assert msg("step-bound") is msg("step-bound")


def test_msg_of_builds_the_message_msg_builds() -> None:
    """`msg_of` with the values paired in order gives the message `msg` gives, as immutable."""
    built = msg_of("step-due", (("day", date(2025, 1, 1)), ("count", 2)))
    assert built == msg("step-due", day=date(2025, 1, 1), count=2)
    assert type(built) is Msg
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.args = ()  # type: ignore[misc]  # the test is that it cannot be set


def test_rule_outcomes_equal_the_ones_the_dataclass_builds() -> None:
    """Each rule's outcome, built by its slots, equals the dataclass's and stays immutable."""
    evaluation = decide(load_profile(EXAMPLE), as_of=DAYS[-1])
    for outcome in evaluation.outcomes:
        expected = RuleOutcome(outcome.rule, outcome.decisions, outcome.warnings)
        assert type(outcome) is RuleOutcome
        assert outcome == expected
        assert repr(outcome) == repr(expected)
        assert type(outcome.decisions) is tuple
        with pytest.raises(dataclasses.FrozenInstanceError):
            outcome.warnings = ()  # type: ignore[misc]  # the test is that it cannot be set


def _long_way_warnings(profile: Profile, day: date) -> list[tuple[Msg, ...]]:
    """Each rule's warnings as the engine gave them before asking once per evaluation."""
    evaluation = decide(profile, as_of=day)
    ctx = evaluation.context
    return [
        (
            *exempt_decisions(outcome.rule, ctx, list(outcome.decisions))[1],
            *becomes_bound_warnings(outcome.rule, ctx),
        )
        for outcome in evaluation.outcomes
    ]


def test_the_look_ahead_asked_once_warns_as_asking_each_rule() -> None:
    """A future population figure still warns of the rules it binds; none without it."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["collectivity"]["population"] = [
        {"applies_from": "2024-01-01", "total": 40000, "source": "INSEE"},
        {"applies_from": "2027-01-01", "total": 52000, "source": "INSEE"},
    ]
    growing = parse_profile(yaml.safe_dump(data, allow_unicode=True))
    day = date(2026, 11, 24)
    warned = [outcome.warnings for outcome in decide(growing, as_of=day).outcomes]
    assert any(w.id == "dates-becomes-bound" for each in warned for w in each)
    assert warned == _long_way_warnings(growing, day)
    example = load_profile(EXAMPLE)
    for each_day in DAYS:
        outcomes = decide(example, as_of=each_day).outcomes
        assert [o.warnings for o in outcomes] == _long_way_warnings(example, each_day)
