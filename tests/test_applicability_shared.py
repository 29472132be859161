"""The applicability of a day taken from its change date is the one worked out afresh."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from reen_compliance import load_profile, load_rules
from reen_compliance.formats.profile import PopulationFigure, Profile
from reen_compliance.law.applicability import LawView, assess

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"


def _days() -> list[date]:
    """Year ends, first days and mid-years over the years the rules and figures change."""
    days = [date(2026, 11, 24)]
    for year in range(2009, 2028):
        days += [date(year, 12, 31), date(year, 1, 1), date(year, 6, 30), date(year, 3, 10)]
    return days


def _changing(profile: Profile) -> Profile:
    """The example with population figures crossing the thresholds, purchases the SPASER's."""
    figures = (
        PopulationFigure(applies_from=date(2011, 1, 1), total=40_000, source="s"),
        PopulationFigure(applies_from=date(2019, 1, 1), total=52_000, source="s"),
        PopulationFigure(applies_from=date(2022, 1, 1), total=49_000, source="s"),
        PopulationFigure(applies_from=date(2025, 6, 1), total=51_000, source="s"),
    )
    purchases = {
        2019: Decimal("40000000.00"),
        2021: Decimal("60000000.00"),
        2022: Decimal("45000000.00"),
        2024: Decimal("70000000.00"),
    }
    collectivity = profile.collectivity.model_copy(
        update={"population": figures, "annual_purchases_eur_ht": purchases}
    )
    return profile.model_copy(update={"collectivity": collectivity})


@pytest.mark.parametrize("law_as_of", [date(2026, 11, 24), date(2023, 6, 1)])
@pytest.mark.parametrize("figures", ["example", "changing"])
def test_every_day_shares_only_what_a_fresh_test_finds(law_as_of: date, figures: str) -> None:
    """One law view for all days answers as a new law view for each day would, field by field."""
    profile = load_profile(EXAMPLE)
    if figures == "changing":
        profile = _changing(profile)
    rules = load_rules()
    shared = LawView(law_as_of)
    for rule in rules.rules:
        for day in _days():
            fresh = assess(rule, profile, day, LawView(law_as_of))
            assert assess(rule, profile, day, shared) == fresh, (rule.rule.id, day)
