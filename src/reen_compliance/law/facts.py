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


PURCHASES: Final = "previous_year_purchases_eur_ht"
"""The fact a condition reads for last year's purchases: it changes every 1 January."""
_SOURCES: Final[dict[str, str]] = {
    "entity": "$.collectivity.kind",
    "kind": "$.collectivity.kind",
    "epci_category": "$.collectivity.epci_category",
    "staff": "$.collectivity.staff",
    "data_centre_power_kw": "$.data_centres[*].installed_power_kw",
}


def facts_on(
    profile: Profile, day: date, other_day: dict[str, object] | None = None
) -> dict[str, object]:
    """The body's facts as they stand on `day`; None where the profile does not say.

    `other_day`, the facts of the same body on another day, gives the facts that do not change
    with the day: only the population figure and last year's purchases are then read again.
    """
    collectivity = profile.collectivity
    figure = collectivity.population_on(day)
    population = figure.total if figure is not None else None
    purchases = collectivity.annual_purchases_eur_ht.get(day.year - 1)
    if other_day is not None:
        return {**other_day, "population": population, PURCHASES: purchases}
    return {
        "entity": collectivity.entity,
        "kind": collectivity.kind,
        "epci_category": collectivity.epci_category,
        "population": population,
        "staff": collectivity.staff,
        PURCHASES: purchases,
        "data_centre_power_kw": _largest_data_centre_kw(profile),
    }


def _largest_data_centre_kw(profile: Profile) -> object:
    """The installed power of the body's largest declared data centre; 0 if it runs none."""
    if profile.data_centres is None:
        return None
    return max((centre.installed_power_kw for centre in profile.data_centres), default=0)


def fact_sources(profile: Profile, day: date) -> dict[str, str]:
    """The JSON path in the profile each fact of `facts_on` was read from."""
    paths = dict(_SOURCES)
    paths[PURCHASES] = f"$.collectivity.annual_purchases_eur_ht.{day.year - 1}"
    figures = profile.collectivity.population
    figure = profile.collectivity.population_on(day)
    if figure is not None:
        index = next(index for index, each in enumerate(figures) if each is figure)
        paths["population"] = f"$.collectivity.population[{index}].total"
    else:
        paths["population"] = "$.collectivity.population"
    return paths
