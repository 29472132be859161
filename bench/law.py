"""The law the baselines encode, read once from the rule files: ids, dates, thresholds, minimums.

The hand-written function, the zen-engine graph and the rule-engine expressions hard-code the
*logic* of each obligation; the AGEC art. 58 minimums (about 40 categories x shares x steps) are
too long to retype, so they come from the rule file here, as a plain table by category and year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from reen_compliance import load_rules
from reen_compliance.law.checks import CategorySharesCheck
from reen_compliance.law.values import DatedValue

AS_OF = date(2026, 11, 24)
RULE_IDS = (
    "reen-art35-work-programme",
    "reen-art35-strategy",
    "reen-art35-annual-report",
    "reen-art16-it-equipment-reuse",
    "agec-art58-procurement-shares",
)
ART35_ENTITIES = frozenset({"commune", "cc", "ca", "cu", "metropole"})
ALL_ENTITIES = frozenset(
    {"etat", "commune", "cc", "ca", "cu", "metropole", "syndicat", "departement", "region"}
)
ART35_IN_FORCE = date(2021, 11, 17)
POPULATION_THRESHOLD = 50_000
WORK_PROGRAMME_DEADLINE = date(2023, 1, 1)
STRATEGY_DEADLINE = date(2025, 1, 1)
STRATEGY_ELEMENTS = (("objectives", None), ("measures", None))
STRATEGY_LATER_ELEMENTS = (("indicators", date(2022, 7, 31)), ("means", date(2022, 7, 31)))
REPORT_FIRST_YEAR = 2025
REPORT_REQUIRED_FROM = date(2025, 1, 1)
REUSE_FIRST_YEAR = 2023
REUSE_MIN_PCT = {2023: Decimal(25), 2024: Decimal(35)}  # from 2025: 50
REUSE_MIN_PCT_FROM_2025 = Decimal(50)
AGEC_FIRST_YEAR = 2021
LAST_YEAR = 2035  # the zen graph and rule-engine expressions unroll years up to this one
SHARES = ("recycled", "reuse", "reuse_or_recycled")


def reuse_minimum(year: int) -> Decimal:
    """Décret 2023-266 art. 3: 25 % (2023), 35 % (2024), 50 % from 2025."""
    return REUSE_MIN_PCT.get(year, REUSE_MIN_PCT_FROM_2025)


@dataclass(frozen=True, slots=True)
class CategoryLaw:
    """One AGEC category: the purchase dates its decree covers and its dated minimums."""

    category_id: str
    start: date
    end: date | None  # inclusive
    minimums: dict[str, tuple[DatedValue, ...]]

    def years(self) -> range:
        """The calendar years the category's decree covers, up to LAST_YEAR."""
        last = self.end.year if self.end is not None else LAST_YEAR
        return range(self.start.year, last + 1)


def _in_force(values: tuple[DatedValue, ...], day: date) -> DatedValue | None:
    ordered = sorted(values, key=lambda value: value.effective_from)
    for index, value in enumerate(ordered):
        if value.effective_to is not None:
            end: date | None = value.effective_to + timedelta(days=1)
        else:
            end = ordered[index + 1].effective_from if index + 1 < len(ordered) else None
        if value.effective_from <= day and (end is None or day < end):
            return value
    return None


def agec_categories() -> tuple[CategoryLaw, ...]:
    """Every category of both decrees, from the rule file."""
    rule = load_rules(only=["agec-art58-procurement-shares"]).rules[0]
    check = rule.rule.check
    assert isinstance(check, CategorySharesCheck)  # noqa: S101 - the rule's kind
    return tuple(
        CategoryLaw(
            regime.category_id(category),
            regime.effective_from,
            regime.effective_to,
            dict(category.minimums),
        )
        for regime in check.regimes
        for category in regime.categories
    )


def usable_minimum(law: CategoryLaw, share: str, year: int) -> Decimal | None:
    """The minimum for `share` on the last day the decree covers in `year`, None if unusable.

    Unusable: no value in force, repealed, not confirmed, not read in the text (secondary
    sources only), or of low confidence.
    """
    last_day = date(year, 12, 31)
    if law.end is not None:
        last_day = min(last_day, law.end)
    version = _in_force(law.minimums[share], last_day)
    if (
        version is None
        or not version.confirmed
        or not version.read_in_text
        or version.confidence == "low"
    ):
        return None
    return version.value if isinstance(version.value, Decimal) else None


def minimum_table() -> dict[tuple[str, int], tuple[tuple[str, Decimal | None], ...]]:
    """(category id, year) -> ((share, usable minimum or None), ...) in share order."""
    return {
        (law.category_id, year): tuple(
            (share, usable_minimum(law, share, year)) for share in SHARES if share in law.minimums
        )
        for law in agec_categories()
        for year in law.years()
    }
