"""Synthetic profiles, reproducible from a seed, that reach every status of the five rules."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from law import agec_categories

from reen_compliance.formats.profile import Profile

KINDS: tuple[tuple[str, str | None, int], ...] = (
    ("commune", None, 40),
    ("epci", "metropole", 5),
    ("epci", "communaute_urbaine", 5),
    ("epci", "communaute_agglomeration", 8),
    ("epci", "communaute_communes", 8),
    ("epci", "syndicat", 5),
    ("departement", None, 6),
    ("region", None, 3),
    ("state_service", None, 6),
    ("public_establishment", None, 8),
    ("other_buyer", None, 6),
)
ELEMENTS = ("objectives", "measures", "indicators", "means")
THEMES = ("public_procurement", "equipment_lifecycle", "ecodesign", "awareness")
EPOCH = date(2021, 1, 1)


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _population(rng: random.Random) -> list[dict[str, object]]:
    """0 to 3 figures on 1 January, around the 50,000 threshold (exactly 50,000 and 50,001)."""
    count = rng.choices((0, 1, 2, 3), (5, 35, 40, 20))[0]
    years = sorted(rng.sample(range(2019, 2028), count))
    figures = []
    for year in years:
        total = rng.choice(
            (50_000, 50_001, 49_999, rng.randint(45_000, 55_000), rng.randint(500, 900_000))
        )
        figures.append({"applies_from": date(year, 1, 1), "total": total, "source": "INSEE"})
    return figures


def _document(rng: random.Random, *, strategy: bool) -> dict[str, object] | None:
    """A document in every status, or absent (None)."""
    status = rng.choice(("absent", "adopted", "adopted", "in_preparation", "not_adopted"))
    if status == "absent":
        return None
    document: dict[str, object] = {"status": status}
    if status == "adopted":
        document["adopted_on"] = _day(rng, EPOCH, date(2026, 12, 31))
        if strategy and rng.random() < 0.6:  # noqa: PLR2004 - probability
            document["contents"] = {
                "elements": rng.sample(ELEMENTS, rng.randint(2, 4)),
                "themes": rng.sample(THEMES, rng.randint(0, 4)),
            }
    elif rng.random() < 0.5:  # noqa: PLR2004
        document["planned_on"] = _day(rng, date(2022, 1, 1), date(2027, 12, 31))
    return document


def _reports(rng: random.Random) -> dict[int, dict[str, object]]:
    reports = {}
    for year in range(2024, 2028):
        if rng.random() < 0.6:  # noqa: PLR2004
            presented = _day(rng, date(year - 1, 12, 1), date(year, 4, 30))
            debate = rng.choice((None, presented + timedelta(days=rng.randint(-20, 30))))
            reports[year] = {
                "adopted_on": presented,
                "covers_nr_strategy": rng.random() < 0.7,  # noqa: PLR2004
                "budget_debate_on": debate,
            }
    return reports


def _disposal(rng: random.Random) -> dict[int, dict[str, int]]:
    """Reformed equipment per year, B = 0 included."""
    records = {}
    for year in range(2022, 2027):
        if rng.random() < 0.7:  # noqa: PLR2004
            stock = rng.choice((0, rng.randint(1, 40), rng.randint(40, 2_000)))
            records[year] = {
                "reformed_on_jan_1": stock,
                "sent_to_reuse": rng.randint(0, stock * 6 // 5 + 2),
            }
    return records


def _amounts(rng: random.Random, minimum_pct: int) -> dict[str, str]:
    """A figure's euros, sometimes exactly on a minimum share, sometimes a zero total."""
    if rng.random() < 0.05:  # noqa: PLR2004
        return {"total_eur_ht": "0", "reuse_eur_ht": "0", "recycled_eur_ht": "0"}
    total = rng.randint(1, 50_000_000) * 100 if rng.random() < 0.3 else rng.randint(1, 10**9)  # noqa: PLR2004
    on_minimum = rng.random() < 0.2  # noqa: PLR2004 - exactly on the minimum share
    reuse = total * minimum_pct // 100 if on_minimum else rng.randint(0, total // 2)
    recycled = rng.randint(0, total - reuse)
    cents = Decimal(100)
    return {
        "total_eur_ht": str(Decimal(total) / cents),
        "reuse_eur_ht": str(Decimal(reuse) / cents),
        "recycled_eur_ht": str(Decimal(recycled) / cents),
    }


def _procurement(
    rng: random.Random, categories: dict[int, list[str]]
) -> dict[int, list[dict[str, object]]]:
    """Declared figures in v1 and v2 categories (unconfirmed minimums included)."""
    figures: dict[int, list[dict[str, object]]] = {}
    for year in range(2021, 2027):
        if rng.random() < 0.6:  # noqa: PLR2004
            chosen = rng.sample(categories[year], rng.randint(1, 3))
            items: list[dict[str, object]] = []
            for category in chosen:
                figure: dict[str, object] = {
                    "category": category,
                    **_amounts(rng, rng.choice((20, 8, 40))),
                }
                if category.startswith("d2024-134") and rng.random() < 0.2:  # noqa: PLR2004
                    figure["donations_eur"] = str(Decimal(rng.randint(0, 10**6)) / 100)
                items.append(figure)
            figures[year] = items
    return figures


def profile_data(rng: random.Random, categories: dict[int, list[str]]) -> dict[str, object]:
    """One random profile as the data a YAML file would hold."""
    kind, epci, _weight = rng.choices(KINDS, [k[2] for k in KINDS])[0]
    collectivity: dict[str, object] = {
        "name": "Synthétique",
        "kind": kind,
        "population": _population(rng),
    }
    if epci is not None:
        collectivity["epci_category"] = epci
    documents = {
        "nr_work_programme": _document(rng, strategy=False),
        "nr_strategy": _document(rng, strategy=True),
    }
    return {
        "format_version": 1,
        "collectivity": collectivity,
        "documents": {key: value for key, value in documents.items() if value is not None},
        "sustainable_development_reports": _reports(rng),
        "equipment_disposal": _disposal(rng),
        "procurement": _procurement(rng, categories),
    }


def categories_by_year() -> dict[int, list[str]]:
    """The AGEC category ids whose decree covers some of each year."""
    result: dict[int, list[str]] = {}
    for law in agec_categories():
        for year in law.years():
            result.setdefault(year, []).append(law.category_id)
    return result


def make_profiles(count: int, seed: int = 7) -> list[Profile]:
    """`count` validated profiles drawn from `random.Random(seed)`."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not cryptography
    categories = categories_by_year()
    return [Profile.model_validate(profile_data(rng, categories)) for _ in range(count)]
