"""Dated values: the version in force on each side of every change."""

from __future__ import annotations

from datetime import date

from reen_compliance.law.timeline import (
    Span,
    intersect,
    timeline_problems,
    value_in_force,
    year_span,
)
from reen_compliance.law.values import DatedValue

RATES = (
    DatedValue(
        effective_from=date(2023, 1, 1), effective_to=date(2023, 12, 31), value=25, source="s"
    ),  # type: ignore[arg-type]
    DatedValue(
        effective_from=date(2024, 1, 1), effective_to=date(2024, 12, 31), value=35, source="s"
    ),  # type: ignore[arg-type]
    DatedValue(effective_from=date(2025, 1, 1), value=50, source="s"),  # type: ignore[arg-type]
)


def test_the_value_changes_on_the_first_day_of_the_new_version() -> None:
    """31 December 2024 is 35 %, 1 January 2025 is 50 %."""
    assert value_in_force(RATES, date(2024, 12, 31)).value == 35  # type: ignore[union-attr]
    assert value_in_force(RATES, date(2025, 1, 1)).value == 50  # type: ignore[union-attr]
    assert value_in_force(RATES, date(2022, 12, 31)) is None


def test_an_inclusive_end_is_the_last_day_in_force() -> None:
    """« jusqu'au 30 juin 2024 » includes 30 June."""
    ended = (
        DatedValue(
            effective_from=date(2021, 3, 10), effective_to=date(2024, 6, 30), value=20, source="s"
        ),
    )  # type: ignore[arg-type]
    assert value_in_force(ended, date(2024, 6, 30)) is not None
    assert value_in_force(ended, date(2024, 7, 1)) is None


def test_gaps_and_overlaps_are_described() -> None:
    """The loader refuses a value line with a hole or two versions on one day."""
    gap = (RATES[0], RATES[2])
    assert "gap between versions" in str(timeline_problems(gap)[0])
    overlap = (RATES[0], DatedValue(effective_from=date(2023, 6, 1), value=1, source="s"))  # type: ignore[arg-type]
    assert "overlap" in str(timeline_problems(overlap)[0])
    assert timeline_problems(RATES) == []


def test_a_year_split_by_a_regime_change() -> None:
    """2024 meets the first decree until 30 June and the second from 1 July."""
    first = Span(date(2021, 3, 10), date(2024, 7, 1))
    assert intersect(first, year_span(2024)) == Span(date(2024, 1, 1), date(2024, 7, 1))
    assert intersect(first, year_span(2025)) is None
