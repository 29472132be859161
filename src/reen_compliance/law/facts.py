"""The facts a rule condition may read about a body on a given day.

Rules name these facts in their `applies_to` conditions; the loader checks every name against
`FACT_NAMES`, so a misspelt fact fails when the rules load, not when a profile is evaluated.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from reen_compliance.formats.profile import Profile

FACT_NAMES: Final[frozenset[str]] = frozenset(
    {
        "entity",
        "kind",
        "epci_category",
        "population",
        "staff",
        "previous_year_purchases_eur_ht",
        "data_centre_power_kw",
    }
)
"""Names a condition may use besides the rule's own parameters."""


PERIOD_NAMES: Final[frozenset[str]] = frozenset({"period_year"})
"""Names a review note's condition may read besides the facts: the period the finding examines
(`period_year`, the year of its last day), so that a note on a later decree is not shown on
earlier years."""


def facts_on(profile: Profile, day: date) -> dict[str, object]:
    """The body's facts as they stand on `day`; None where the profile does not say."""
    collectivity = profile.collectivity
    figure = collectivity.population_on(day)
    return {
        "entity": collectivity.entity,
        "kind": collectivity.kind,
        "epci_category": collectivity.epci_category,
        "population": figure.total if figure else None,
        "staff": collectivity.staff,
        "previous_year_purchases_eur_ht": collectivity.annual_purchases_eur_ht.get(day.year - 1),
        "data_centre_power_kw": _largest_data_centre_kw(profile),
    }


def _largest_data_centre_kw(profile: Profile) -> object:
    """The installed power of the body's largest declared data centre; 0 if it runs none."""
    if profile.data_centres is None:
        return None
    return max((centre.installed_power_kw for centre in profile.data_centres), default=0)


def fact_sources(profile: Profile, day: date) -> dict[str, str]:
    """The JSON path in the profile each fact of `facts_on` was read from."""
    collectivity = profile.collectivity
    paths = {
        "entity": "$.collectivity.kind",
        "kind": "$.collectivity.kind",
        "epci_category": "$.collectivity.epci_category",
        "staff": "$.collectivity.staff",
        "previous_year_purchases_eur_ht": f"$.collectivity.annual_purchases_eur_ht.{day.year - 1}",
        "data_centre_power_kw": "$.data_centres[*].installed_power_kw",
    }
    figure = collectivity.population_on(day)
    if figure is not None:
        index = collectivity.population.index(figure)
        paths["population"] = f"$.collectivity.population[{index}].total"
    else:
        paths["population"] = "$.collectivity.population"
    return paths
