"""What ledger reading yields and is steered by: a line, the reading options, a file's stats."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from reen_compliance.ledger.cells import CellNotes

if TYPE_CHECKING:
    from collections.abc import Mapping

    from reen_compliance.ledger.mapping import LedgerMapping
    from reen_compliance.messages import Message

__all__ = ["FileStats", "LedgerLine", "ReadOptions"]


class LedgerLine(NamedTuple):
    """One purchase: where it was read, when, how much HT, what, and its circular flags.

    `donation` marks a good received as a donation: its amount is its flat-rate value, declared
    apart and never part of the purchases' total.
    """

    file: str
    line: int
    date: date
    amount_ht: Decimal
    cpv: str | None
    description: str
    supplier: str
    reuse: bool
    recycled: bool
    category: str | None
    sheet: str | None = None
    nature: str | None = None
    family: str | None = None
    donation: bool = False


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read files: explicit columns, dialect, sheets, TTC amounts and what classifies."""

    columns: Mapping[str, str] | None = None
    delimiter: str | None = None
    encoding: str | None = None
    sheets: tuple[str, ...] | None = None
    vat_rate_pct: Decimal | None = None
    classify_by: frozenset[str] | None = None
    """Columns that can classify a line (`cpv`, `category`, those mapping rules use): a file
    with none of them is refused. None (plain reading) checks nothing."""

    @classmethod
    def of(cls, mapping: LedgerMapping | None, columns: Mapping[str, str] | None) -> ReadOptions:
        """Options from a mapping file, with `columns` given on the command line winning."""
        if mapping is None:
            return cls(columns=columns)
        used = {name for rule in mapping.rules for name, _ in rule.match}
        by = {"cpv" if name == "cpv_prefix" else name for name in used}
        return cls(
            columns={**mapping.columns, **(columns or {})},
            delimiter=mapping.delimiter,
            encoding=mapping.encoding,
            sheets=mapping.sheets,
            vat_rate_pct=mapping.vat_rate_pct,
            classify_by=frozenset({"cpv", "category", *by}),
        )


@dataclass(slots=True)
class FileStats:
    """What reading one file learned besides its lines; filled as the iterator advances."""

    path: str
    kind: str = ""
    encoding: str | None = None
    delimiter: str | None = None
    sha256: str = ""
    line_count: int = 0
    sheets: list[tuple[str, int]] = field(default_factory=list)
    """Each sheet read, with its line count (workbooks only)."""
    notices: list[Message] = field(default_factory=list)
    cell_notes: CellNotes = field(default_factory=CellNotes)
    columns: dict[str, tuple[int, str]] = field(default_factory=dict)
    """Where each mapped column is: canonical name -> (column number, the file's header)."""
