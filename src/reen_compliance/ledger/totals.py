"""Running sums of classified ledger lines, frozen into a `LedgerSummary` of exact totals.

Sums are per (year, regime, category), with unclassified (*unmapped*) and *outside any regime*
buckets, kept in plain lists for speed and made exact by the caller's decimal context. A line
flagged both `reuse` and `recycled` counts in `reuse_ht`, in `recycled_ht` and in
`reuse_and_recycled_ht`, so a caller can count it once (`reuse + recycled - both`) or twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from reen_compliance.ledger.classify import BROAD, UnknownCategoryError, UnreachableCategories
from reen_compliance.ledger.types import LedgerLine
from reen_compliance.messages import Message, say

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from reen_compliance.ledger.classify import Classifier, Regime
    from reen_compliance.ledger.sources import ProblemLog
    from reen_compliance.ledger.types import FileStats

__all__ = [
    "CategoryTotal",
    "CpvTotal",
    "LedgerFile",
    "LedgerSummary",
    "OutsideRegimeTotal",
    "Totals",
    "UnmappedTotal",
]

_TOP_CPV = 10
_CACHE_LIMIT = 100_000


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


# Running sums of one bucket: total, reuse, recycled, both, donation, broad, reuse credit,
# then line count, broad line count, credit line count.
_TOTAL, _REUSE, _RECYCLED, _BOTH, _DONATION, _BROAD_HT, _REUSE_CREDIT = range(7)
_COUNT, _BROAD_COUNT, _CREDIT_COUNT = 7, 8, 9
_ZERO = Decimal(0)


def _new_sums() -> list[Decimal | int]:
    return [_ZERO, _ZERO, _ZERO, _ZERO, _ZERO, _ZERO, _ZERO, 0, 0, 0]


@dataclass(slots=True)
class Totals:
    """Running sums per (year, regime, category), unmapped and outside-regime buckets."""

    categories: dict[tuple[int, str, str], list[Decimal | int]] = field(default_factory=dict)
    unmapped: dict[tuple[int, str], list[Decimal | int]] = field(default_factory=dict)
    unmapped_no_cpv: dict[tuple[int, str], list[Decimal | int]] = field(default_factory=dict)
    unmapped_cpv: dict[tuple[int, str], dict[str, list[Decimal | int]]] = field(
        default_factory=dict
    )
    outside: dict[int, list[Decimal | int]] = field(default_factory=dict)

    def add_lines(  # noqa: C901, PLR0912, PLR0913 - the per-line loop, kept flat for speed
        self,
        lines: Iterable[LedgerLine],
        classifier: Classifier,
        *,
        log: ProblemLog,
        stats: FileStats,
        years: frozenset[int] | None,
        kept: list[LedgerLine] | None,
    ) -> None:
        """Classify each line and add it to these totals.

        A ledger repeats its dates and codes, so the buckets a line goes to are remembered per
        (date, CPV, category cell and the fields mapping rules read): most lines cost one dict
        lookup and a few additions.
        """
        outcome = classifier.outcome
        ruled = classifier.rule_fields
        cache: dict[tuple[object, ...], tuple[tuple[list[Decimal | int], ...], bool, bool]] = {}
        for line in lines:
            _, _, day, amount, cpv, _, _, reuse, recycled, category, _, nature, family, gift = line
            if years is not None and day.year not in years:
                continue
            key = (
                (day, cpv, category, nature, family, line.supplier)
                if ruled
                else (day, cpv, category)
            )
            found = cache.get(key)
            if found is None:
                try:
                    regime, category_id, via = outcome(line)
                except UnknownCategoryError as error:
                    self._unknown_category(line, error, log, stats)
                    continue
                found = self._buckets(line, regime, category_id, via)
                if len(cache) < _CACHE_LIMIT:
                    cache[key] = found
            buckets, broad, unclassified = found
            if unclassified:
                for bucket in buckets:
                    _bump(bucket, line)
                if kept is not None:
                    kept.append(line)
                continue
            sums = buckets[0]
            if broad:
                sums[_BROAD_HT] += amount
                sums[_BROAD_COUNT] += 1
            if gift:  # a donation is a value apart, not a purchase
                sums[_DONATION] += amount
                continue
            sums[_TOTAL] += amount
            sums[_COUNT] += 1
            if amount < 0:
                sums[_CREDIT_COUNT] += 1
                if reuse:
                    sums[_REUSE_CREDIT] += amount
            if reuse:
                sums[_REUSE] += amount
                if recycled:
                    sums[_BOTH] += amount
            if recycled:
                sums[_RECYCLED] += amount

    def _buckets(
        self, line: LedgerLine, regime: Regime | None, category_id: str | None, via: str | None
    ) -> tuple[tuple[list[Decimal | int], ...], bool, bool]:
        """The running sums a line goes to, whether through a broad code, whether unclassified."""
        year = line.date.year
        if regime is None:
            return (self.outside.setdefault(year, _new_sums()),), False, True
        if category_id is None:
            key2 = (year, regime.regime_id)
            unmapped = self.unmapped.setdefault(key2, _new_sums())
            if line.cpv is None:
                detail = self.unmapped_no_cpv.setdefault(key2, _new_sums())
            else:
                detail = self.unmapped_cpv.setdefault(key2, {}).setdefault(
                    line.cpv[:8], _new_sums()
                )
            return (unmapped, detail), False, True
        sums = self.categories.setdefault((year, regime.regime_id, category_id), _new_sums())
        return (sums,), via == BROAD, False

    @staticmethod
    def _unknown_category(
        line: LedgerLine, error: UnknownCategoryError, log: ProblemLog, stats: FileStats
    ) -> None:
        """Report an explicit category cell that names no category of the regime in force."""
        column, header = stats.columns.get("category", (None, "category"))
        log.add(
            line.file,
            line.line,
            column,
            f"$[{line.line}].category",
            say("ledger.unknown_category", header=header, detail=error.message, hint=""),
            error.hint,
        )

    def merge(self, other: Totals) -> None:
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
