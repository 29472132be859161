"""Read purchase ledgers (CSV, XLSX, ODS) line by line into typed, located `LedgerLine`s.

Reading streams: a CSV is decoded and parsed one physical line at a time, so memory stays flat
on millions of lines. Every bad cell becomes a `Problem`; up to `max_problems` are collected and
raised together as one `LedgerError` once the file is read (or the cap is reached), so a caller
that needs all-or-nothing consumes the whole iterator before trusting any total.

Decisions, each tested:

- **Encoding.** UTF-8 (a BOM is dropped) if the first 64 KiB decode as UTF-8, else Windows-1252;
  decided once, up front. A byte that the chosen encoding cannot decode later on is a located
  error. UTF-16 files (Excel's « texte Unicode ») are refused with a message.
- **Delimiter.** `csv.Sniffer` on the first lines (it respects quotes), else the most frequent of
  `;`, tab, `,`, `|` outside quotes; `--delimiter` and `--encoding` override (`ledger_sources`).
- **Workbooks.** Every sheet is read, or those named; each sheet finds its own header, and its
  name is part of every located message (`ledger.xlsx[Feuil2]:12:3`).
- **Speed.** A CSV row goes through a fast path (one `itemgetter`, dates and flags from small
  caches, amounts by one regular expression); a row that path cannot read is read again by the
  precise parsers, which locate each bad cell. Both give the same lines.
- **Amounts** are kept exact, as written. A single `,` or `.` is the decimal separator, whatever
  follows it, so `1,234` and `1.234` both read as 1.234 € (a notice counts such amounts); with
  both present the last is the decimal separator; repeated separators and spaces (also NBSP and
  narrow NBSP) group thousands by three. `€`/`EUR` and a leading sign are accepted.
- **Spreadsheet numbers** are floats typed by a person: `Decimal(repr(value))` is their shortest
  exact reading; more than two decimals (a formula result) are rounded to the cent, half-even,
  and counted in a notice.
- **Dates**: `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`, `YYYY-MM-DD`, each optionally followed by
  a time; spreadsheet date cells; a numeric spreadsheet cell is an Excel serial (1900 system).
- **Cells that look like formulas** (`=HYPERLINK(…)`) are plain text here; nothing is evaluated.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from reen_compliance.errors import LedgerError, Problem
from reen_compliance.files.limits import input_byte_limit
from reen_compliance.ledger.header import (
    CANONICAL_COLUMNS,
    COLUMN_ALIASES,
    find_header,
    is_blank,
    map_header,
    normalize_header,
)
from reen_compliance.ledger.rows import RowReader
from reen_compliance.ledger.sources import (
    CsvInfo,
    ProblemLog,
    Sink,
    StopFileError,
    Table,
    csv_rows,
    workbook_tables,
)
from reen_compliance.ledger.types import FileStats, LedgerLine, ReadOptions
from reen_compliance.messages import say

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = [
    "CANONICAL_COLUMNS",
    "COLUMN_ALIASES",
    "DEFAULT_MAX_BYTES_CSV",
    "DEFAULT_MAX_BYTES_SPREADSHEET",
    "DEFAULT_MAX_PROBLEMS",
    "FileStats",
    "LedgerLine",
    "ReadOptions",
    "escape_spreadsheet_cell",
    "normalize_header",
    "read_ledger",
]

DEFAULT_MAX_BYTES_CSV = 2 * 1024**3
"""A CSV larger than 2 GiB is refused: far above any commune's yearly ledger, below a disk fill."""
DEFAULT_MAX_BYTES_SPREADSHEET = 100 * 1024**2
"""A spreadsheet larger than 100 MiB is refused: calamine holds the whole sheet in memory."""
DEFAULT_MAX_PROBLEMS = 50
"""Problems shown; the others are counted, and a last message says how many more exist."""

_CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_spreadsheet_cell(text: str) -> str:
    """Prefix `'` to text a spreadsheet would run as a formula (`= + - @`, tab, CR first).

    For CSV files we write; ledgers we read are never evaluated.
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def problems_of(log: ProblemLog) -> list[Problem]:
    """The kept problems, and one more saying how many others were found."""
    found = [Problem.of(*where) for where in log.problems]
    if log.more:
        file = log.problems[-1][0] if log.problems else "<ledger>"
        found.append(Problem.of(file, None, None, "$", say("ledger.more_problems", n=log.more)))
    return found


def read_ledger(
    path: str | Path,
    *,
    columns: Mapping[str, str] | None = None,
    max_bytes: int | None = None,
    max_problems: int = DEFAULT_MAX_PROBLEMS,
    options: ReadOptions | None = None,
) -> Iterator[LedgerLine]:
    """Yield the ledger's lines in file order; raise one `LedgerError` at the end if any was bad.

    Lines before a bad one are yielded first: use `summarize_ledgers` for all-or-nothing totals.
    `max_bytes` defaults to `DEFAULT_MAX_BYTES_CSV` or `DEFAULT_MAX_BYTES_SPREADSHEET`.
    """
    log = ProblemLog(max_problems)
    stats = FileStats(str(path))
    chosen = options or ReadOptions(columns=columns)
    yield from iter_ledger(path, stats, log, options=chosen, max_bytes=max_bytes)
    if log.problems:
        raise LedgerError(problems_of(log))


def iter_ledger(
    path: str | Path,
    stats: FileStats,
    log: ProblemLog,
    *,
    options: ReadOptions,
    max_bytes: int | None,
) -> Iterator[LedgerLine]:
    """Yield valid lines, add problems to `log`, fill `stats`; never raise for data."""
    name = str(path)
    file_path = Path(path)
    suffix = file_path.suffix.lower()
    sink = Sink(name, log)
    if suffix in _CSV_SUFFIXES:
        stats.kind = "csv"
        limit = input_byte_limit(DEFAULT_MAX_BYTES_CSV) if max_bytes is None else max_bytes
    elif suffix in _SPREADSHEET_SUFFIXES:
        stats.kind = suffix.lstrip(".")
        limit = input_byte_limit(DEFAULT_MAX_BYTES_SPREADSHEET) if max_bytes is None else max_bytes
    else:
        expected = ", ".join(sorted(_CSV_SUFFIXES | _SPREADSHEET_SUFFIXES))
        message = say("ledger.unsupported_type", suffix=suffix or "(none)", expected=expected)
        sink.add(None, None, "$", message)
        return
    try:
        size = file_path.stat().st_size
    except OSError as error:
        sink.add(None, None, "$", say("ledger.unreadable", reason=error.strerror or str(error)))
        return
    if size > limit:
        sink.add(None, None, "$", say("ledger.too_large", size=size, limit=limit))
        return
    if stats.kind == "csv":
        info = CsvInfo()
        rows = csv_rows(
            file_path, sink, info, delimiter=options.delimiter, encoding=options.encoding
        )
        with contextlib.suppress(StopFileError):
            yield from _lines(Table(name, None, rows), stats, sink, options)
        stats.encoding, stats.delimiter, stats.sha256 = info.encoding, info.delimiter, info.sha256
    else:
        stats.sha256, tables = workbook_tables(file_path, log, limit, options.sheets)
        for table in tables:
            before = stats.line_count
            yield from _lines(table, stats, Sink(table.name, log), options)
            stats.sheets.append((table.sheet or "", stats.line_count - before))
    _add_notices(stats)


def _lines(
    table: Table, stats: FileStats, sink: Sink, options: ReadOptions
) -> Iterator[LedgerLine]:
    """Turn rows into `LedgerLine`s: find and map the header, then parse each non-blank row."""
    header_row, rows = find_header(table.rows, stats, options)
    if header_row is None:
        if sink.count or table.sheet is not None:  # said already, or an empty sheet: nothing
            return
        sink.add(1, None, "$", say("ledger.no_header", columns="date, amount_ht"))
        return
    mapping = map_header(header_row, stats, sink, options)
    if mapping is None:
        return
    first_column = header_row[1]
    stats.columns = {
        name: (first_column + index, mapping.header[name]) for name, index in mapping.index.items()
    }
    reader = RowReader(
        mapping.index,
        mapping.header,
        width=len(header_row[2]),
        file=sink.file,
        sheet=table.sheet,
        notes=stats.cell_notes,
        vat_rate_pct=options.vat_rate_pct if "amount_ttc" in mapping.index else None,
    )
    fast = reader.fast
    slow = reader.slow
    count = 0
    try:
        for row in rows:
            try:
                parsed: LedgerLine | None = fast(row)
            except Exception:  # noqa: BLE001 - any surprise on the fast path: read it precisely
                parsed = slow(row, sink) if not is_blank(row[2]) else None
            if parsed is not None:
                count += 1
                yield parsed
    finally:
        stats.line_count += count


def _add_notices(stats: FileStats) -> None:
    """Turn the counters of silent readings into notices a person can check."""
    notes = stats.cell_notes
    if notes.ambiguous_amounts:
        stats.notices.append(
            say(
                "ledger.ambiguous_amounts",
                file=stats.path,
                n=notes.ambiguous_amounts,
                line=notes.first_ambiguous_line,
            )
        )
    if notes.rounded_amounts:
        stats.notices.append(
            say(
                "ledger.rounded_amounts",
                file=stats.path,
                n=notes.rounded_amounts,
                line=notes.first_rounded_line,
            )
        )
