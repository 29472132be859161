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
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow, localcontext
from pathlib import Path
from typing import TYPE_CHECKING

from reen_compliance.errors import Problem, ProfileError, RulePackError, did_you_mean
from reen_compliance.ledger_read import (
    DEFAULT_MAX_PROBLEMS,
    FileStats,
    LedgerLine,
    TooManyProblemsError,
    escape_spreadsheet_cell,
    iter_ledger,
    normalize_header,
    read_ledger,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

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


@dataclass(frozen=True, slots=True)
class LedgerSummary:
    """Totals of whole ledgers, each tuple sorted so equal inputs give equal summaries."""

    categories: tuple[CategoryTotal, ...]
    unmapped: tuple[UnmappedTotal, ...]
    outside_regime: tuple[OutsideRegimeTotal, ...]
    files: tuple[LedgerFile, ...]
    warnings: tuple[str, ...]


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
) -> LedgerSummary:
    """Read every ledger and total it; return only if every line of every file was valid.

    Raises `ProfileError` with up to `max_problems` located problems (nothing is returned, so a
    caller writes nothing), or `RulePackError` if the regimes themselves are inconsistent.
    `labels` maps category ids to their French labels, accepted in an explicit category column.
    """
    classifier = _Classifier(regimes, labels or {})
    problems: list[Problem] = []
    totals = _Totals()
    files: list[LedgerFile] = []
    warnings: list[str] = []
    with localcontext(_EXACT):
        for path in paths:
            stats = FileStats(str(path))
            try:
                for line in iter_ledger(
                    path,
                    stats,
                    problems,
                    columns=columns,
                    max_bytes=max_bytes,
                    max_problems=max_problems,
                ):
                    _add_line(line, classifier, totals, stats, problems)
                    if len(problems) >= max_problems:
                        raise TooManyProblemsError  # noqa: TRY301 - same signal as the reader's
            except TooManyProblemsError:
                break
            files.append(
                LedgerFile(
                    stats.path,
                    stats.sha256,
                    stats.line_count,
                    stats.kind,
                    stats.encoding,
                    stats.delimiter,
                )
            )
            warnings.extend(stats.notices)
    if problems:
        raise ProfileError(problems)
    warnings.extend(_duplicate_warnings(files))
    return totals.summary(tuple(sorted(files, key=lambda f: f.path)), tuple(sorted(warnings)))


def _add_line(
    line: LedgerLine,
    classifier: _Classifier,
    totals: _Totals,
    stats: FileStats,
    problems: list[Problem],
) -> None:
    """Classify one line and add it to the totals, or record why its category is unknown."""
    try:
        regime, category_id = classifier.classify(line)
    except _UnknownCategoryError as error:
        column, header = stats.columns.get("category", (None, "category"))
        problems.append(
            Problem(
                line.file,
                line.line,
                column,
                f"$[{line.line}].category",
                f"column {header!r}: {error.message}",
                hint=error.hint,
            )
        )
        return
    totals.add(line, regime, category_id)


def _duplicate_warnings(files: list[LedgerFile]) -> list[str]:
    """Warn when two files have the same content: their lines would be counted twice."""
    seen: dict[str, str] = {}
    found: list[str] = []
    for ledger in files:
        if ledger.sha256 in seen:
            found.append(
                f"{ledger.path}: same content as {seen[ledger.sha256]}; its lines count twice"
            )
        seen.setdefault(ledger.sha256, ledger.path)
    return found


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


class _Classifier:
    """Finds the regime in force on a date and a line's category in it, in constant time."""

    def __init__(self, regimes: Sequence[Regime], labels: Mapping[str, str]) -> None:
        """Validate the regimes (periods, codes, prefixes) and index them."""
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

    def regime_on(self, day: date) -> _RegimeIndex | None:
        """Return the regime in force on `day`, or None outside every regime."""
        position = bisect.bisect_right(self._starts, day) - 1
        if position < 0:
            return None
        index = self._indexes[position]
        end = index.regime.effective_to
        return index if end is None or day <= end else None

    def classify(self, line: LedgerLine) -> tuple[Regime | None, str | None]:
        """Return the line's regime (None outside all) and category id (None if unmapped)."""
        index = self.regime_on(line.date)
        if index is None:
            return None, None
        if line.category is not None:
            return index.regime, self._explicit(index, line.category, line.date)
        if line.cpv is None:
            return index.regime, None
        digits = line.cpv[:8]
        for length in range(8, _MIN_PREFIX - 1, -1):
            category_id = index.by_prefix.get(digits[:length])
            if category_id is not None:
                return index.regime, category_id
        return index.regime, None

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


@dataclass(slots=True)
class _Sums:
    """Running exact sums of one bucket."""

    total: Decimal = Decimal(0)
    reuse: Decimal = Decimal(0)
    recycled: Decimal = Decimal(0)
    both: Decimal = Decimal(0)
    count: int = 0


@dataclass(slots=True)
class _Totals:
    """Running sums per (year, regime, category), unmapped and outside-regime buckets."""

    categories: dict[tuple[int, str, str], _Sums] = field(default_factory=dict)
    unmapped: dict[tuple[int, str], _Sums] = field(default_factory=dict)
    unmapped_no_cpv: dict[tuple[int, str], _Sums] = field(default_factory=dict)
    unmapped_cpv: dict[tuple[int, str], dict[str, _Sums]] = field(default_factory=dict)
    outside: dict[int, _Sums] = field(default_factory=dict)

    def add(self, line: LedgerLine, regime: Regime | None, category_id: str | None) -> None:
        """Add a classified line to its bucket."""
        year = line.date.year
        if regime is None:
            _bump(self.outside.setdefault(year, _Sums()), line)
        elif category_id is not None:
            key = (year, regime.regime_id, category_id)
            _bump(self.categories.setdefault(key, _Sums()), line)
        else:
            key2 = (year, regime.regime_id)
            _bump(self.unmapped.setdefault(key2, _Sums()), line)
            if line.cpv is None:
                _bump(self.unmapped_no_cpv.setdefault(key2, _Sums()), line)
            else:
                codes = self.unmapped_cpv.setdefault(key2, {})
                _bump(codes.setdefault(line.cpv[:8], _Sums()), line)

    def summary(self, files: tuple[LedgerFile, ...], warnings: tuple[str, ...]) -> LedgerSummary:
        """Freeze the sums into a sorted `LedgerSummary`."""
        categories = tuple(
            CategoryTotal(*key, s.total, s.reuse, s.recycled, s.both, s.count)
            for key, s in sorted(self.categories.items())
        )
        unmapped = tuple(
            UnmappedTotal(
                year,
                regime_id,
                s.count,
                s.total,
                self.unmapped_no_cpv.get((year, regime_id), _Sums()).count,
                self.unmapped_no_cpv.get((year, regime_id), _Sums()).total,
                _top_cpv(self.unmapped_cpv.get((year, regime_id), {})),
            )
            for (year, regime_id), s in sorted(self.unmapped.items())
        )
        outside = tuple(
            OutsideRegimeTotal(year, s.count, s.total) for year, s in sorted(self.outside.items())
        )
        return LedgerSummary(categories, unmapped, outside, files, warnings)


def _bump(sums: _Sums, line: LedgerLine) -> None:
    """Add one line's amount to a bucket's sums."""
    amount = line.amount_ht
    sums.total += amount
    sums.count += 1
    if line.reuse:
        sums.reuse += amount
    if line.recycled:
        sums.recycled += amount
    if line.reuse and line.recycled:
        sums.both += amount


def _top_cpv(codes: Mapping[str, _Sums]) -> tuple[CpvTotal, ...]:
    """Return the CPV codes with the largest totals, largest first, ties by code."""
    ranked = sorted(codes.items(), key=lambda item: (-item[1].total, item[0]))[:_TOP_CPV]
    return tuple(CpvTotal(code, s.total, s.count) for code, s in ranked)


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
