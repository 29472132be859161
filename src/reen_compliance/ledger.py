"""Total purchase ledgers per year and AGEC art. 58 category, by the decree in force on each line.

The regimes (décret 2021-254, décret 2024-134…) are plain inputs built by the engine from the rule
files; this module names no decree. A line belongs to the regime whose dated period contains its
date, so calendar year 2024 is split on 1 July. Within a regime an explicit `category` cell wins;
otherwise the line's CPV code goes to the listed code whose significant prefix (its digits without
trailing zeros, at least two) it starts with, the longest prefix winning. Lines matching nothing
are *unmapped* and lines dated outside every regime are *outside any regime*: both are totalled
and reported, never dropped.

A line flagged both `reuse` and `recycled` counts in `reuse_ht`, in `recycled_ht` and in
`reuse_and_recycled_ht`, so a caller can count it once (`reuse + recycled - both`) or twice, as
the reading of the texts requires; this module does not choose.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow, localcontext
from pathlib import Path
from typing import TYPE_CHECKING

from reen_compliance.errors import MAPPING, LedgerError, Problem, RulePackError, did_you_mean
from reen_compliance.ledger_read import (
    DEFAULT_MAX_PROBLEMS,
    FileStats,
    LedgerLine,
    ReadOptions,
    escape_spreadsheet_cell,
    iter_ledger,
    normalize_header,
    problems_of,
    read_ledger,
)
from reen_compliance.ledger_sources import ProblemLog
from reen_compliance.messages import Message, say

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from reen_compliance.ledger_mapping import CategoryRule

__all__ = [
    "CategoryCodes",
    "CategoryTotal",
    "CpvTotal",
    "LedgerFile",
    "LedgerLine",
    "LedgerSummary",
    "OutsideRegimeTotal",
    "Regime",
    "UnmappedTotal",
    "categories_from_correspondence",
    "escape_spreadsheet_cell",
    "load_cpv_correspondence",
    "read_ledger",
    "significant_prefix",
    "summarize_ledgers",
]

_TOP_CPV = 10
_CPV_CODE = re.compile(r"\d{8}(-\d)?")
_MIN_PREFIX = 2
BROAD_PREFIX_DIGITS = 3
"""A listed code whose significant prefix has at most 3 digits (a CPV division or group, such as
30000000-9) is a *broad parent code*: lines it classifies are counted apart, as a doubt."""
# Sums must stay exact whatever the order: inputs have at most 21 significant digits, so 60 digits
# cannot be exceeded in practice, and Inexact is trapped to prove it.
_EXACT = Context(prec=60, traps=[Inexact, InvalidOperation, Overflow])


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
class CategoryTotal:
    """Exact HT totals of one year's lines in one category of one regime."""

    year: int
    regime_id: str
    category_id: str
    total_ht: Decimal
    reuse_ht: Decimal
    recycled_ht: Decimal
    reuse_and_recycled_ht: Decimal
    line_count: int
    donation_eur: Decimal = Decimal(0)
    """Flat-rate value of the goods received as donations (lines flagged `donation`)."""
    broad_ht: Decimal = Decimal(0)
    """Part of `total_ht` classified only through a broad parent CPV code."""
    broad_line_count: int = 0
    credit_line_count: int = 0
    """Lines with a negative amount (credit notes) netted into the totals."""
    reuse_credit_ht: Decimal = Decimal(0)
    """Negative reuse amounts (credit notes on reuse purchases) netted into `reuse_ht`."""


@dataclass(frozen=True, slots=True)
class CpvTotal:
    """HT total and line count of one CPV code (its 8 digits)."""

    cpv: str
    total_ht: Decimal
    line_count: int


@dataclass(frozen=True, slots=True)
class UnmappedTotal:
    """Lines of a year and regime that matched no category: a gap to close, not a zero."""

    year: int
    regime_id: str
    line_count: int
    total_ht: Decimal
    without_cpv_line_count: int
    without_cpv_ht: Decimal
    top_cpv: tuple[CpvTotal, ...]
    """The ten CPV codes with the largest totals, largest first (ties by code)."""


@dataclass(frozen=True, slots=True)
class OutsideRegimeTotal:
    """Lines of a year dated outside every regime (before the first decree, for instance)."""

    year: int
    line_count: int
    total_ht: Decimal


@dataclass(frozen=True, slots=True)
class LedgerFile:
    """One file read: its path, content hash, lines read and how it was decoded."""

    path: str
    sha256: str
    line_count: int
    kind: str
    encoding: str | None
    delimiter: str | None
    sheets: tuple[tuple[str, int], ...] = ()
    """Each sheet read and its line count (workbooks)."""
    duplicate_of: str | None = None
    """The earlier file with the same SHA-256: this one's lines were not counted again."""


@dataclass(frozen=True, slots=True)
class UnreachableCategories:
    """Categories of a regime that no line of a year could reach: no CPV code, no mapping rule."""

    year: int
    regime_id: str
    category_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LedgerSummary:
    """Totals of whole ledgers, each tuple sorted so equal inputs give equal summaries."""

    categories: tuple[CategoryTotal, ...]
    unmapped: tuple[UnmappedTotal, ...]
    outside_regime: tuple[OutsideRegimeTotal, ...]
    files: tuple[LedgerFile, ...]
    warnings: tuple[str, ...]
    """The notices in English; `said` holds them as catalogue messages, for any language."""
    said: tuple[Message, ...] = ()
    unreachable: tuple[UnreachableCategories, ...] = ()
    unclassified_lines: tuple[LedgerLine, ...] = ()
    """Every line that matched no category or no regime, when asked for (`keep_unclassified`)."""


def significant_prefix(cpv: str) -> str:
    """Return a CPV code's digits without trailing zeros, keeping two: `30213100` -> `302131`."""
    digits = cpv[:8].rstrip("0")
    return digits if len(digits) >= _MIN_PREFIX else cpv[:_MIN_PREFIX]


def summarize_ledgers(  # noqa: PLR0913 - each keyword is an independent, optional knob
    paths: Iterable[str | Path],
    regimes: Sequence[Regime],
    *,
    columns: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    max_bytes: int | None = None,
    max_problems: int = DEFAULT_MAX_PROBLEMS,
    options: ReadOptions | None = None,
    rules: Sequence[CategoryRule] = (),
    years: Iterable[int] | None = None,
    keep_unclassified: bool = False,
) -> LedgerSummary:
    """Read every ledger and total it; return only if every line of every file was valid.

    Raises `LedgerError` with up to `max_problems` located problems, and one saying how many
    more were found (nothing is returned, so a caller writes nothing), or `RulePackError` if
    the regimes themselves are inconsistent. `labels` maps category ids to their French labels,
    accepted in an explicit category column; `rules` (from a mapping file) classify lines by
    nature, family, CPV prefix or supplier before the CPV codes of the rule pack. `years` keeps
    only the lines of those years, everywhere. A file whose SHA-256 equals an earlier one's is
    read (its problems are reported) but counted once, with a warning.
    """
    classifier = _Classifier(regimes, labels or {}, rules)
    chosen = options or ReadOptions(columns=columns)
    if chosen.classify_by is None:
        used = {"cpv" if name == "cpv_prefix" else name for r in rules for name, _ in r.match}
        chosen = dataclasses.replace(chosen, classify_by=frozenset({"cpv", "category", *used}))
    log = ProblemLog(max_problems)
    totals = _Totals()
    files: list[LedgerFile] = []
    said: list[Message] = []
    kept: list[LedgerLine] = []
    wanted = frozenset(years) if years is not None else None
    seen: dict[str, str] = {}
    with localcontext(_EXACT):
        for path in paths:
            stats = FileStats(str(path))
            file_totals = _Totals()
            add = file_totals.adder(
                classifier, log, stats, wanted, kept if keep_unclassified else None
            )
            for line in iter_ledger(path, stats, log, options=chosen, max_bytes=max_bytes):
                add(line)
            duplicate = seen.get(stats.sha256) if stats.sha256 else None
            if duplicate is None:
                totals.merge(file_totals)
                seen.setdefault(stats.sha256, stats.path)
            else:
                said.append(say("ledger.duplicate_file", file=stats.path, other=duplicate))
                kept[:] = [
                    k
                    for k in kept
                    if k.file != stats.path and not k.file.startswith(stats.path + "[")
                ]
            files.append(
                LedgerFile(
                    stats.path,
                    stats.sha256,
                    stats.line_count,
                    stats.kind,
                    stats.encoding,
                    stats.delimiter,
                    tuple(stats.sheets),
                    duplicate,
                )
            )
            said.extend(stats.notices)
    if log.problems:
        raise LedgerError(problems_of(log))
    ordered = tuple(sorted(said, key=str))
    return totals.summary(
        tuple(sorted(files, key=lambda f: f.path)),
        ordered,
        classifier.unreachable(totals, wanted),
        tuple(kept),
    )


class _UnknownCategoryError(Exception):
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
_EXPLICIT, _RULE, _CPV, _BROAD = "explicit", "rule", "cpv", "broad"
_Outcome = tuple[Regime | None, str | None, str | None]


class _Classifier:
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

    def outcome(self, line: LedgerLine) -> _Outcome:
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
            return index.regime, self._explicit(index, line.category, day), _EXPLICIT
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
                return category_id, _RULE
        if line.cpv is None:
            return None, None
        digits = line.cpv[:8]
        for length in range(8, _MIN_PREFIX - 1, -1):
            listed = index.by_prefix.get(digits[:length])
            if listed is not None:
                broad = length <= BROAD_PREFIX_DIGITS and len(digits.rstrip("0")) > length
                return listed, _BROAD if broad else _CPV
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
                raise _UnknownCategoryError(message, None)
            message = f"unknown category {value!r} for {index.regime.regime_id}"
            raise _UnknownCategoryError(message, did_you_mean(value, index.names))
        self._cache[key] = found
        return found

    def unreachable(
        self, totals: _Totals, years: frozenset[int] | None
    ) -> tuple[UnreachableCategories, ...]:
        """Per year and regime with lines: categories without CPV code or rule that got none."""
        found: list[UnreachableCategories] = []
        reached = set(totals.categories)
        active = sorted({(key[0], key[1]) for key in totals.categories} | set(totals.unmapped))
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


# Running sums of one bucket: total, reuse, recycled, both, donation, broad, reuse credit,
# then line count, broad line count, credit line count.
_TOTAL, _REUSE, _RECYCLED, _BOTH, _DONATION, _BROAD_HT, _REUSE_CREDIT = range(7)
_COUNT, _BROAD_COUNT, _CREDIT_COUNT = 7, 8, 9
_ZERO = Decimal(0)


def _new_sums() -> list[Decimal | int]:
    return [_ZERO, _ZERO, _ZERO, _ZERO, _ZERO, _ZERO, _ZERO, 0, 0, 0]


@dataclass(slots=True)
class _Totals:
    """Running sums per (year, regime, category), unmapped and outside-regime buckets."""

    categories: dict[tuple[int, str, str], list[Decimal | int]] = field(default_factory=dict)
    unmapped: dict[tuple[int, str], list[Decimal | int]] = field(default_factory=dict)
    unmapped_no_cpv: dict[tuple[int, str], list[Decimal | int]] = field(default_factory=dict)
    unmapped_cpv: dict[tuple[int, str], dict[str, list[Decimal | int]]] = field(
        default_factory=dict
    )
    outside: dict[int, list[Decimal | int]] = field(default_factory=dict)

    def adder(
        self,
        classifier: _Classifier,
        log: ProblemLog,
        stats: FileStats,
        years: frozenset[int] | None,
        kept: list[LedgerLine] | None,
    ) -> Callable[[LedgerLine], None]:
        """The function that classifies one line and adds it to these totals."""
        outcome = classifier.outcome
        categories = self.categories

        def add(line: LedgerLine) -> None:
            if years is not None and line.date.year not in years:
                return
            try:
                regime, category_id, via = outcome(line)
            except _UnknownCategoryError as error:
                column, header = stats.columns.get("category", (None, "category"))
                log.add(
                    line.file,
                    line.line,
                    column,
                    f"$[{line.line}].category",
                    say("ledger.unknown_category", header=header, detail=error.message, hint=""),
                    error.hint,
                )
                return
            if category_id is not None and regime is not None:
                key = (line.date.year, regime.regime_id, category_id)
                sums = categories.get(key)
                if sums is None:
                    sums = categories[key] = _new_sums()
                _bump(sums, line)
                if via == _BROAD:
                    sums[_BROAD_HT] += line.amount_ht
                    sums[_BROAD_COUNT] += 1
                return
            self._add_unclassified(line, regime)
            if kept is not None:
                kept.append(line)

        return add

    def _add_unclassified(self, line: LedgerLine, regime: Regime | None) -> None:
        year = line.date.year
        if regime is None:
            _bump(self.outside.setdefault(year, _new_sums()), line)
            return
        key2 = (year, regime.regime_id)
        _bump(self.unmapped.setdefault(key2, _new_sums()), line)
        if line.cpv is None:
            _bump(self.unmapped_no_cpv.setdefault(key2, _new_sums()), line)
        else:
            codes = self.unmapped_cpv.setdefault(key2, {})
            _bump(codes.setdefault(line.cpv[:8], _new_sums()), line)

    def merge(self, other: _Totals) -> None:
        """Add another file's sums to these."""
        for mine, theirs in (
            (self.categories, other.categories),
            (self.unmapped, other.unmapped),
            (self.unmapped_no_cpv, other.unmapped_no_cpv),
            (self.outside, other.outside),
        ):
            for key, sums in theirs.items():
                _add_sums(mine.setdefault(key, _new_sums()), sums)  # type: ignore[arg-type]
        for key2, codes in other.unmapped_cpv.items():
            target = self.unmapped_cpv.setdefault(key2, {})
            for code, sums in codes.items():
                _add_sums(target.setdefault(code, _new_sums()), sums)

    def summary(
        self,
        files: tuple[LedgerFile, ...],
        said: tuple[Message, ...],
        unreachable: tuple[UnreachableCategories, ...],
        kept: tuple[LedgerLine, ...],
    ) -> LedgerSummary:
        """Freeze the sums into a sorted `LedgerSummary`, amounts in cents at least."""
        categories = tuple(
            CategoryTotal(
                *key,
                _cents(s[_TOTAL]),
                _cents(s[_REUSE]),
                _cents(s[_RECYCLED]),
                _cents(s[_BOTH]),
                int(s[_COUNT]),
                donation_eur=_cents(s[_DONATION]),
                broad_ht=_cents(s[_BROAD_HT]),
                broad_line_count=int(s[_BROAD_COUNT]),
                credit_line_count=int(s[_CREDIT_COUNT]),
                reuse_credit_ht=_cents(s[_REUSE_CREDIT]),
            )
            for key, s in sorted(self.categories.items())
        )
        empty = _new_sums()
        unmapped = tuple(
            UnmappedTotal(
                year,
                regime_id,
                int(s[_COUNT]),
                _cents(s[_TOTAL]),
                int(self.unmapped_no_cpv.get((year, regime_id), empty)[_COUNT]),
                _cents(self.unmapped_no_cpv.get((year, regime_id), empty)[_TOTAL]),
                _top_cpv(self.unmapped_cpv.get((year, regime_id), {})),
            )
            for (year, regime_id), s in sorted(self.unmapped.items())
        )
        outside = tuple(
            OutsideRegimeTotal(year, int(s[_COUNT]), _cents(s[_TOTAL]))
            for year, s in sorted(self.outside.items())
        )
        warnings = tuple(str(message) for message in said)
        return LedgerSummary(
            categories, unmapped, outside, files, warnings, said, unreachable, kept
        )


def _cents(value: Decimal | int) -> Decimal:
    """An exact total shown with at least two decimals (`1000000.0` -> `1000000.00`)."""
    amount = Decimal(value)
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:  # noqa: PLR2004 - cents
        return amount.quantize(_CENT)
    return amount


_CENT = Decimal("0.01")


def _add_sums(mine: list[Decimal | int], theirs: list[Decimal | int]) -> None:
    for position, value in enumerate(theirs):
        mine[position] += value


def _bump(sums: list[Decimal | int], line: LedgerLine) -> None:
    """Add one line's amount to a bucket's sums; a donation is a value apart, not a purchase."""
    amount = line.amount_ht
    if line.donation:
        sums[_DONATION] += amount
        return
    sums[_TOTAL] += amount
    sums[_COUNT] += 1
    if amount < 0:
        sums[_CREDIT_COUNT] += 1
    if line.reuse:
        sums[_REUSE] += amount
        if amount < 0:
            sums[_REUSE_CREDIT] += amount
        if line.recycled:
            sums[_BOTH] += amount
    if line.recycled:
        sums[_RECYCLED] += amount


def _top_cpv(codes: Mapping[str, list[Decimal | int]]) -> tuple[CpvTotal, ...]:
    """Return the CPV codes with the largest totals, largest first, ties by code."""
    ranked = sorted(codes.items(), key=lambda item: (-item[1][_TOTAL], item[0]))[:_TOP_CPV]
    return tuple(CpvTotal(code, _cents(s[_TOTAL]), int(s[_COUNT])) for code, s in ranked)


_CORRESPONDENCE_HEADER = ("category_key", "cpv_code", "cpv_label_fr", "confidence", "origin")
_CONFIDENCES = ("high", "medium", "low")
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def load_cpv_correspondence(path: str | Path) -> dict[str, tuple[str, ...]]:
    """Read a CPV correspondence table (category_key -> CPV codes), checking every row.

    Raises `RulePackError` listing every malformed row: a code listed twice would make a line's
    category depend on the table's order.
    """
    name = str(path)
    problems: list[Problem] = []
    result: dict[str, list[str]] = {}
    owner: dict[str, tuple[str, int]] = {}
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RulePackError([Problem(name, message=f"cannot read the table: {error}")]) from error
    reader = csv.reader(text.splitlines())
    header = tuple(next(reader, ()))
    if header != _CORRESPONDENCE_HEADER:
        message = (
            f"expected the header {','.join(_CORRESPONDENCE_HEADER)}, found {','.join(header)}"
        )
        raise RulePackError([Problem(name, 1, None, "header", message)])
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        row_problems = _correspondence_row_problems(row, number)
        problems.extend(
            Problem(name, number, column, path_, msg) for column, path_, msg in row_problems
        )
        if row_problems:
            continue
        key, code = row[0], row[1]
        digits = code[:8]
        if digits in owner:
            other_key, other_line = owner[digits]
            message = f"CPV {digits} is already listed on line {other_line} (for {other_key!r})"
            problems.append(Problem(name, number, 2, f"$[{number}].cpv_code", message))
            continue
        owner[digits] = (key, number)
        result.setdefault(key, []).append(code)
    if problems:
        raise RulePackError(problems)
    return {key: tuple(codes) for key, codes in result.items()}


def _correspondence_row_problems(row: list[str], number: int) -> list[tuple[int, str, str]]:
    """Return (column, path, message) for each bad cell of a correspondence row."""
    if len(row) != len(_CORRESPONDENCE_HEADER):
        message = f"expected {len(_CORRESPONDENCE_HEADER)} cells, found {len(row)}"
        return [(1, f"$[{number}]", message)]
    key, code, label, confidence, origin = row
    found: list[tuple[int, str, str]] = []
    if _KEY.fullmatch(key) is None:
        found.append((1, f"$[{number}].category_key", f"expected a kebab-case key, found {key!r}"))
    if _CPV_CODE.fullmatch(code) is None:
        message = f"expected a CPV code such as 30213100-6 or 30213100, found {code!r}"
        found.append((2, f"$[{number}].cpv_code", message))
    if not label.strip():
        found.append((3, f"$[{number}].cpv_label_fr", "expected the CPV label, found nothing"))
    if confidence not in _CONFIDENCES:
        message = f"expected one of {', '.join(_CONFIDENCES)}, found {confidence!r}"
        found.append((4, f"$[{number}].confidence", message))
    if not origin.strip():
        found.append((5, f"$[{number}].origin", "expected where the row comes from, found nothing"))
    return found


def categories_from_correspondence(
    correspondence: Mapping[str, tuple[str, ...]],
    id_prefix: str,
    *,
    keys: Iterable[str] = (),
) -> tuple[CategoryCodes, ...]:
    """Build a regime's categories from a correspondence, ids as `<id_prefix>:<key>`.

    `keys` lists the decree's categories, so one without any CPV code (reachable only through
    an explicit category column) still exists; the correspondence's other keys follow.
    """
    ordered = dict.fromkeys([*keys, *correspondence])
    return tuple(
        CategoryCodes(f"{id_prefix}:{key}", correspondence.get(key, ())) for key in ordered
    )
