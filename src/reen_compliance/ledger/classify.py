"""Classify ledger lines: the regime in force on a line's date, then its category in it.

Within a regime an explicit `category` cell wins; then the first mapping rule (file order) whose
fields all match (M57 nature, purchase family, CPV prefix, supplier, for a date range); then the
line's CPV code goes to the listed code whose significant prefix (its digits without trailing
zeros, at least two) it starts with, the longest prefix winning. A line classified only through a
*broad parent code* (a CPV division or group) is marked so, to be counted apart as a doubt.
Outcomes are cached per date period and classifying values: a ledger repeats them on every line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from reen_compliance.errors import MAPPING, LedgerError, Problem, RulePackError, did_you_mean
from reen_compliance.ledger.header import normalize_header
from reen_compliance.messages import say

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping, Sequence

    from reen_compliance.ledger.mapping import CategoryRule
    from reen_compliance.ledger.types import LedgerLine

__all__ = [
    "BROAD",
    "BROAD_PREFIX_DIGITS",
    "CategoryCodes",
    "Classifier",
    "Regime",
    "UnknownCategoryError",
    "UnreachableCategories",
    "significant_prefix",
]

_CPV_CODE = re.compile(r"\d{8}(-\d)?")
_MIN_PREFIX = 2
BROAD_PREFIX_DIGITS = 3
"""A listed code whose significant prefix has at most 3 digits (a CPV division or group, such as
30000000-9) is a *broad parent code*: lines it classifies are counted apart, as a doubt."""


@dataclass(frozen=True, slots=True)
class CategoryCodes:
    """A legal category and the CPV codes listed for it (`30213100-6` or 8 digits)."""

    category_id: str
    cpv_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Regime:
    """A decree's categories and the dated period, inclusive, in which it governs purchases."""

    regime_id: str
    effective_from: date
    effective_to: date | None
    categories: tuple[CategoryCodes, ...]


@dataclass(frozen=True, slots=True)
class UnreachableCategories:
    """Categories of a regime that no line of a year could reach: no CPV code, no mapping rule."""

    year: int
    regime_id: str
    category_ids: tuple[str, ...]


def significant_prefix(cpv: str) -> str:
    """Return a CPV code's digits without trailing zeros, keeping two: `30213100` -> `302131`."""
    digits = cpv[:8].rstrip("0")
    return digits if len(digits) >= _MIN_PREFIX else cpv[:_MIN_PREFIX]


class UnknownCategoryError(Exception):
    """An explicit category cell names no category of the regime in force."""

    def __init__(self, message: str, hint: str | None) -> None:
        """Keep the message and the did-you-mean hint."""
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True, slots=True)
class _RegimeIndex:
    """A regime prepared for fast lookups: CPV prefix and folded names -> category id."""

    regime: Regime
    by_prefix: Mapping[str, str]
    by_name: Mapping[str, str]
    names: tuple[str, ...]


# How a line was classified: by its category cell, a mapping rule, a CPV code, a broad one.
EXPLICIT, RULE, CPV, BROAD = "explicit", "rule", "cpv", "broad"
Outcome = tuple[Regime | None, str | None, str | None]


class Classifier:
    """Finds the regime in force on a date and a line's category in it, in constant time."""

    def __init__(
        self, regimes: Sequence[Regime], labels: Mapping[str, str], rules: Sequence[CategoryRule]
    ) -> None:
        """Validate the regimes (periods, codes, prefixes) and the mapping rules, and index them."""
        ordered = sorted(regimes, key=lambda r: r.effective_from)
        problems = [*_period_problems(ordered)]
        self._indexes = [_index_regime(regime, labels, problems) for regime in ordered]
        if problems:
            raise RulePackError(problems)
        self._starts = [regime.effective_from for regime in ordered]
        self._owner = {
            category.category_id.casefold(): regime.regime_id
            for regime in ordered
            for category in regime.categories
        }
        self._cache: dict[tuple[str, str], str] = {}
        self._rules = self._resolve_rules(rules)
        self._fields = tuple(sorted({name for rule in rules for name, _ in rule.match}))
        self.rule_fields = bool(self._fields)
        """Whether mapping rules read a line's nature, family, supplier or CPV prefix."""
        bounds = {
            d for rule in rules for d in (rule.effective_from, _after(rule.effective_to)) if d
        }
        self._bounds = sorted(bounds)
        self._periods: dict[date, tuple[int, int]] = {}
        self._outcomes: dict[tuple[object, ...], tuple[str | None, str | None]] = {}
        self.ruled = frozenset(cid for rule_list in self._rules for _, _, _, cid in rule_list)

    def _resolve_rules(
        self, rules: Sequence[CategoryRule]
    ) -> list[list[tuple[tuple[tuple[str, str], ...], date | None, date | None, str]]]:
        """Per regime, the rules whose category exists in it; a rule matching none is an error."""
        per_regime: list[list[tuple[tuple[tuple[str, str], ...], date | None, date | None, str]]]
        per_regime = [[] for _ in self._indexes]
        problems: list[Problem] = []
        for rule in rules:
            found = False
            for position, index in enumerate(self._indexes):
                if not _overlaps(rule, index.regime):
                    continue
                key = rule.category.strip().casefold()
                category_id = index.by_name.get(key) or index.by_name.get(normalize_header(key))
                if category_id is not None:
                    found = True
                    per_regime[position].append(
                        (rule.match, rule.effective_from, rule.effective_to, category_id)
                    )
            if not found:
                names = [n for index in self._indexes for n in index.names]
                hint = did_you_mean(rule.category, names)
                message = say("mapping.unknown_category", category=rule.category)
                problems.append(
                    Problem.of(rule.file, rule.line, rule.column, rule.path, message, hint)
                )
        if problems:
            raise LedgerError(problems, heading_id=MAPPING)
        return per_regime

    def regime_on(self, day: date) -> _RegimeIndex | None:
        """Return the regime in force on `day`, or None outside every regime."""
        position = self._position(day)
        return None if position < 0 else self._indexes[position]

    def _position(self, day: date) -> int:
        position = bisect.bisect_right(self._starts, day) - 1
        if position < 0:
            return -1
        end = self._indexes[position].regime.effective_to
        return position if end is None or day <= end else -1

    def classify(self, line: LedgerLine) -> tuple[Regime | None, str | None]:
        """Return the line's regime (None outside all) and category id (None if unmapped)."""
        regime, category_id, _ = self.outcome(line)
        return regime, category_id

    def outcome(self, line: LedgerLine) -> Outcome:
        """Regime, category id and how it was found (`explicit`, `rule`, `cpv`, `broad`)."""
        day = line.date
        period = self._periods.get(day)
        if period is None:
            period = (self._position(day), bisect.bisect_right(self._bounds, day))
            self._periods[day] = period
        position = period[0]
        if position < 0:
            return None, None, None
        index = self._indexes[position]
        if line.category is not None:
            return index.regime, self._explicit(index, line.category, day), EXPLICIT
        key = (period, line.cpv, *(_field(line, name) for name in self._fields))
        found = self._outcomes.get(key)
        if found is None:
            found = self._match(position, index, line, day)
            self._outcomes[key] = found
        return index.regime, found[0], found[1]

    def _match(
        self, position: int, index: _RegimeIndex, line: LedgerLine, day: date
    ) -> tuple[str | None, str | None]:
        """A mapping rule first (file order), then the longest listed CPV prefix."""
        for match, start, end, category_id in self._rules[position]:
            if (
                (start is None or day >= start)
                and (end is None or day <= end)
                and all(_matches(line, name, value) for name, value in match)
            ):
                return category_id, RULE
        if line.cpv is None:
            return None, None
        digits = line.cpv[:8]
        for length in range(8, _MIN_PREFIX - 1, -1):
            listed = index.by_prefix.get(digits[:length])
            if listed is not None:
                broad = length <= BROAD_PREFIX_DIGITS and len(digits.rstrip("0")) > length
                return listed, BROAD if broad else CPV
        return None, None

    def _explicit(self, index: _RegimeIndex, value: str, day: date) -> str:
        """Resolve an explicit category: full id, bare key or French label, in the regime."""
        key = (index.regime.regime_id, value)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        folded = normalize_header(value)
        found = index.by_name.get(value.strip().casefold()) or index.by_name.get(folded)
        if found is None:
            owner = self._owner.get(value.strip().casefold())
            if owner is not None:
                message = (
                    f"category {value!r} belongs to {owner}, but {index.regime.regime_id}"
                    f" governs purchases dated {day.isoformat()}"
                )
                raise UnknownCategoryError(message, None)
            message = f"unknown category {value!r} for {index.regime.regime_id}"
            raise UnknownCategoryError(message, did_you_mean(value, index.names))
        self._cache[key] = found
        return found

    def unreachable(
        self,
        reached: Collection[tuple[int, str, str]],
        unmapped: Iterable[tuple[int, str]],
        years: frozenset[int] | None,
    ) -> tuple[UnreachableCategories, ...]:
        """Per year and regime with lines: categories without CPV code or rule that got none.

        `reached` holds the (year, regime id, category id) that received lines, `unmapped` the
        (year, regime id) with unclassified lines.
        """
        found: list[UnreachableCategories] = []
        active = sorted({(key[0], key[1]) for key in reached} | set(unmapped))
        for year, regime_id in active:
            if years is not None and year not in years:
                continue
            index = next(i for i in self._indexes if i.regime.regime_id == regime_id)
            missing = tuple(
                category.category_id
                for category in index.regime.categories
                if not category.cpv_codes
                and category.category_id not in self.ruled
                and (year, regime_id, category.category_id) not in reached
            )
            if missing:
                found.append(UnreachableCategories(year, regime_id, missing))
        return tuple(found)


def _after(day: date | None) -> date | None:
    """The day after an inclusive end, where a new rule period starts."""
    return None if day is None else day + timedelta(days=1)


def _overlaps(rule: CategoryRule, regime: Regime) -> bool:
    """Whether a rule's dates meet the regime's period."""
    starts_before_end = (
        regime.effective_to is None
        or rule.effective_from is None
        or (rule.effective_from <= regime.effective_to)
    )
    ends_after_start = rule.effective_to is None or rule.effective_to >= regime.effective_from
    return starts_before_end and ends_after_start


def _field(line: LedgerLine, name: str) -> str | None:
    """The folded value of a line's field a rule may match."""
    value = {
        "nature": line.nature,
        "family": line.family,
        "supplier": line.supplier,
        "cpv_prefix": line.cpv,
    }[name]
    return value.strip().casefold() if value else None


def _matches(line: LedgerLine, name: str, value: str) -> bool:
    """Whether a line's field matches a rule's value (a prefix for CPV codes)."""
    found = _field(line, name)
    if found is None:
        return False
    return found.startswith(value) if name == "cpv_prefix" else found == value


def _period_problems(ordered: Sequence[Regime]) -> Iterable[Problem]:
    """Report periods that end before they start, overlap or repeat an id."""
    seen: set[str] = set()
    for previous, regime in zip([None, *ordered], ordered, strict=False):
        where = f"$.regimes.{regime.regime_id}"
        if regime.regime_id in seen:
            yield Problem("<regimes>", path=where, message="regime id given twice")
        seen.add(regime.regime_id)
        end = regime.effective_to
        if end is not None and end < regime.effective_from:
            yield Problem("<regimes>", path=where, message="effective_to is before effective_from")
        if previous is not None and (
            previous.effective_to is None or previous.effective_to >= regime.effective_from
        ):
            message = f"period overlaps {previous.regime_id}: a date must have one regime"
            yield Problem("<regimes>", path=where, message=message)


def _index_regime(
    regime: Regime, labels: Mapping[str, str], problems: list[Problem]
) -> _RegimeIndex:
    """Index a regime's CPV prefixes and names, reporting malformed or clashing codes."""
    by_prefix: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for category in regime.categories:
        where = f"$.regimes.{regime.regime_id}.{category.category_id}"
        bare = category.category_id.rpartition(":")[2]
        keys = [category.category_id.casefold(), bare.casefold()]
        if category.category_id in labels:
            keys.append(normalize_header(labels[category.category_id]))
        for key in keys:
            by_name.setdefault(key, category.category_id)
        for code in category.cpv_codes:
            if _CPV_CODE.fullmatch(code) is None:
                message = f"expected a CPV code such as 30213100-6, found {code!r}"
                problems.append(Problem("<regimes>", path=where, message=message))
                continue
            prefix = significant_prefix(code)
            other = by_prefix.setdefault(prefix, category.category_id)
            if other != category.category_id:
                message = f"CPV {code} (prefix {prefix}) is also listed for {other}"
                problems.append(Problem("<regimes>", path=where, message=message))
    shown = tuple(sorted({n for c in regime.categories for n in _display_names(c, labels)}))
    return _RegimeIndex(regime, by_prefix, by_name, shown)


def _display_names(category: CategoryCodes, labels: Mapping[str, str]) -> tuple[str, ...]:
    """Return the names a person may write for a category, for did-you-mean hints."""
    label = labels.get(category.category_id)
    bare = category.category_id.rpartition(":")[2]
    return (category.category_id, bare, *((label,) if label else ()))
