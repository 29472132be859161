"""Turn one ledger row into a `LedgerLine`: a fast path for common text rows, a precise one for all.

The fast path (measured in `bench/`) takes a CSV row's cells with one `itemgetter`, reads dates,
CPV codes and yes/no flags through small caches (a ledger repeats them on every line), and
amounts through one regular expression. Anything it does not expect raises, and the row is read
again by the precise parsers of `ledger_cells`, which report each bad cell at its line and column.
Both paths give equal lines; a test reads the same files both ways.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Context, Decimal
from operator import itemgetter
from typing import TYPE_CHECKING

from reen_compliance.ledger.cells import (
    CellError,
    parse_amount,
    parse_bool,
    parse_cpv,
    parse_date,
    text_of,
)
from reen_compliance.ledger.types import LedgerLine
from reen_compliance.messages import say

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from datetime import date

    from reen_compliance.ledger.cells import Cell, CellNotes
    from reen_compliance.ledger.sources import Row, Sink

_CACHE_LIMIT = 50_000
_MISSING = object()
# `1234`, `-1234,56`, `12.5` (plain) or `1 234,56` (grouped by spaces, NBSP or narrow NBSP).
_FAST_AMOUNT = re.compile(
    r"-?(?:\d{1,15}(?:[.,]\d{1,2})?|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?:,\d{1,2})?)"
).fullmatch
_CENT = Decimal("0.01")
_ROUNDING = Context(prec=40, rounding=ROUND_HALF_EVEN)
_HUNDRED = Decimal(100)

# Field order of LedgerLine after (file, line): the columns a row is read from.
_COLUMNS = (
    "date",
    "amount",
    "cpv",
    "description",
    "supplier",
    "reuse",
    "recycled",
    "category",
    "nature",
    "family",
    "donation",
)


def ht_from_ttc(amount: Decimal, rate_pct: Decimal) -> Decimal:
    """The HT amount of a TTC one at `rate_pct` %, rounded to the cent, half-even."""
    exact = _ROUNDING.divide(_ROUNDING.multiply(amount, _HUNDRED), _HUNDRED + rate_pct)
    return exact.quantize(_CENT, context=_ROUNDING)


class RowReader:
    """Reads the rows of one table (a CSV file or a sheet) under one header."""

    def __init__(  # noqa: PLR0913 - one table's reading context
        self,
        index: Mapping[str, int],
        header: Mapping[str, str],
        *,
        width: int,
        file: str,
        sheet: str | None,
        notes: CellNotes,
        vat_rate_pct: Decimal | None,
    ) -> None:
        """Resolve each column's position once per table rather than per row."""
        self._line_type = LedgerLine
        self.file = file
        self.sheet = sheet
        self.notes = notes
        self.vat = vat_rate_pct
        amount_name = "amount_ttc" if vat_rate_pct is not None else "amount_ht"
        self.names = {**{name: name for name in _COLUMNS}, "amount": amount_name}
        self.index = {name: index.get(self.names[name]) for name in _COLUMNS}
        self.header = {name: header.get(self.names[name], name) for name in _COLUMNS}
        self.width = width
        # Absent columns read the padding cell appended at position `width`.
        positions = [width if i is None else i for i in self.index.values()]
        self._take = itemgetter(*positions)
        self._dates: dict[str, date] = {}
        self._cpv: dict[str, str | None] = {}
        self._flags: dict[str, bool] = {}

    def fast(self, row: Row) -> LedgerLine | None:
        """Read a CSV row of text cells; raise on anything unusual (the caller goes slow)."""
        line, _, cells = row
        if len(cells) != self.width:
            raise ValueError  # short, long or blank rows: the precise path decides
        cells.append("")
        day, amount, cpv, description, supplier, reuse, recycled, category, nature, family, gift = (
            self._take(cells)
        )
        dates = self._dates
        parsed_day = dates.get(day)
        if parsed_day is None:
            parsed_day = parse_date(day, line, self.notes)
            if len(dates) < _CACHE_LIMIT:
                dates[day] = parsed_day
        # The amount's text given to `Decimal` is the precise path's: digits without group
        # spaces, `.` then the decimals, or `.0` without any (`1234` reads as `1234.0`).
        if _FAST_AMOUNT(amount) is None:
            raise ValueError
        digits = (
            amount.replace(",", ".").replace("\u00a0", "").replace(" ", "").replace("\u202f", "")
        )
        value = Decimal(digits if "." in digits else digits + ".0")
        if self.vat is not None:
            value = ht_from_ttc(value, self.vat)
        codes = self._cpv
        code = codes.get(cpv, _MISSING)
        if code is _MISSING:
            code = parse_cpv(cpv, line, self.notes)
            if len(codes) < _CACHE_LIMIT:
                codes[cpv] = code
        flags = self._flags
        return tuple.__new__(  # a NamedTuple built as fast as a tuple
            self._line_type,
            (
                self.file,
                line,
                parsed_day,
                value,
                code,
                description.strip(),
                supplier.strip(),
                flags[reuse] if reuse in flags else self._flag(reuse),
                flags[recycled] if recycled in flags else self._flag(recycled),
                (category.strip() or None) if category else None,
                self.sheet,
                (nature.strip() or None) if nature else None,
                (family.strip() or None) if family else None,
                flags[gift] if gift in flags else self._flag(gift),
            ),
        )

    def slow_only(self, row: Row) -> LedgerLine | None:
        """Refuse every row, so the precise path reads them all (tests compare the two)."""
        raise ValueError(row[0])

    def _flag(self, text: str) -> bool:
        """Read a yes/no cell precisely and remember it."""
        value = parse_bool(text, 0, self.notes)
        self._flags[text] = value
        return value

    def slow(self, row: Row, sink: Sink) -> LedgerLine | None:
        """Read any row precisely; report each bad cell at its line and column, None if any."""
        line, first_column, cells = row
        values: list[object] = []
        failed = False
        width = len(cells)
        for name in _COLUMNS:
            index = self.index[name]
            cell: Cell = cells[index] if index is not None and index < width else ""
            try:
                values.append(_PARSE[name](cell, line, self.notes))
            except CellError as error:
                failed = True
                sink.add(
                    line,
                    first_column + (index or 0),
                    f"$[{line}].{self.names[name]}",
                    say("ledger.cell", header=self.header[name], error=error.said),
                )
        if failed:
            return None
        if self.vat is not None:
            values[1] = ht_from_ttc(values[1], self.vat)  # type: ignore[arg-type]  # an amount
        return self._line_type(self.file, line, *values[:8], self.sheet, *values[8:])  # type: ignore[arg-type, call-arg]


def _optional_text(value: Cell, _line: int, _notes: CellNotes) -> str | None:
    return text_of(value) or None


_PARSE: Mapping[str, Callable[[Cell, int, CellNotes], object]] = {
    "date": parse_date,
    "amount": parse_amount,
    "cpv": parse_cpv,
    "description": text_of,
    "supplier": text_of,
    "reuse": parse_bool,
    "recycled": parse_bool,
    "category": _optional_text,
    "nature": _optional_text,
    "family": _optional_text,
    "donation": parse_bool,
}
