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
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reen_compliance.errors import LedgerError, Problem, suggest
from reen_compliance.ledger_cells import CellNotes
from reen_compliance.ledger_rows import RowReader
from reen_compliance.ledger_sources import (
    HEADER_SEARCH_ROWS,
    CsvInfo,
    ProblemLog,
    Row,
    Sink,
    StopFileError,
    Table,
    csv_rows,
    workbook_tables,
)
from reen_compliance.messages import Message, say
from reen_compliance.source import input_byte_limit

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from reen_compliance.ledger_mapping import LedgerMapping

__all__ = [
    "CANONICAL_COLUMNS",
    "COLUMN_ALIASES",
    "DEFAULT_MAX_BYTES_CSV",
    "DEFAULT_MAX_BYTES_SPREADSHEET",
    "DEFAULT_MAX_PROBLEMS",
    "LedgerLine",
    "escape_spreadsheet_cell",
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

CANONICAL_COLUMNS: tuple[str, ...] = (
    "date",
    "amount_ht",
    "cpv",
    "description",
    "supplier",
    "reuse",
    "recycled",
    "category",
    "nature",
    "family",
    "donation",
    "amount_ttc",
)
"""Our column names; `date` and an amount (`amount_ht`, or `amount_ttc` with a VAT rate) are
required, the others optional."""

COLUMN_ALIASES: Mapping[str, tuple[str, ...]] = {
    "date": ("date", "date_mandat", "date_de_la_depense", "date_depense", "date_facture"),
    "amount_ht": (
        "amount_ht",
        "montant_ht",
        "montant_hors_taxes",
        "montant_hors_taxe",
        "total_ht",
        "montant",
        "amount",
    ),
    "cpv": ("cpv", "code_cpv", "cpv_code"),
    "description": ("description", "libelle", "objet", "designation", "intitule"),
    "supplier": ("supplier", "fournisseur", "tiers", "titulaire"),
    "reuse": ("reuse", "reemploi", "reutilisation", "reemploi_reutilisation"),
    "recycled": ("recycled", "recycle", "matieres_recyclees", "recyclees"),
    "category": ("category", "categorie", "category_id", "categorie_agec"),
    "nature": ("nature", "nature_m57", "compte_nature", "nature_comptable", "article_nature"),
    "family": ("family", "famille", "famille_achat", "famille_d_achat", "famille_homogene"),
    "donation": ("donation", "don", "issu_du_don", "produit_issu_du_don"),
    "amount_ttc": ("amount_ttc", "montant_ttc", "total_ttc"),
}
"""Accepted headers, compared after `normalize_header`; when several are present the first wins."""

_BARE_AMOUNTS = frozenset({"montant", "amount"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


def escape_spreadsheet_cell(text: str) -> str:
    """Prefix `'` to text a spreadsheet would run as a formula (`= + - @`, tab, CR first).

    For CSV files we write; ledgers we read are never evaluated.
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def normalize_header(text: str) -> str:
    """Fold case, accents, spaces and punctuation so `Montant HT` matches `montant_ht`."""
    folded = unicodedata.normalize("NFKD", text.strip().lstrip("\ufeff")).casefold()
    ascii_only = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", "_", ascii_only).strip("_")


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
    header_row, rows = _find_header(table.rows, stats, options)
    if header_row is None:
        if sink.count or table.sheet is not None:  # said already, or an empty sheet: nothing
            return
        sink.add(1, None, "$", say("ledger.no_header", columns="date, amount_ht"))
        return
    mapping = _map_header(header_row, stats, sink, options)
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
    for row in rows:
        try:
            parsed: LedgerLine | None = fast(row)
        except Exception:  # noqa: BLE001 - any surprise on the fast path: read it precisely
            parsed = slow(row, sink) if not _is_blank(row[2]) else None
        if parsed is not None:
            stats.line_count += 1
            yield parsed


def _find_header(
    rows: Iterator[Row], stats: FileStats, options: ReadOptions
) -> tuple[Row | None, Iterator[Row]]:
    """The header: the first of the first non-blank rows that names the required columns.

    Rows above it are skipped, and a notice says how many. When none qualifies, the first
    non-blank row is taken, so its problems are reported as they stand.
    """
    import itertools  # noqa: PLC0415 - used here only

    seen: list[Row] = []
    for row in rows:
        if _is_blank(row[2]):
            continue
        seen.append(row)
        probe = Sink(stats.path, ProblemLog(10**9))
        if _map_header(row, FileStats(stats.path), probe, options) is not None and not probe.count:
            if len(seen) > 1:
                stats.notices.append(say("ledger.lines_above_header", n=len(seen) - 1, line=row[0]))
            return row, rows
        if len(seen) >= HEADER_SEARCH_ROWS:
            break
    if not seen:
        return None, rows
    return seen[0], itertools.chain(seen[1:], rows)


def _is_blank(cells: Sequence[object]) -> bool:
    """Say whether every cell is empty or whitespace (blank lines, `;;;;` rows)."""
    return all(isinstance(c, str) and not c.strip() for c in cells)


@dataclass(frozen=True, slots=True)
class _Mapping:
    """Where each canonical column sits in a row (0-based index) and the file's header text."""

    index: Mapping[str, int]
    header: Mapping[str, str]


class _HeaderError(Exception):
    """A header problem: (line, column, path, message) for the sink."""

    def __init__(self, line: int | None, column: int | None, path: str, message: Message) -> None:
        """Keep the located message."""
        super().__init__(str(message))
        self.where = (line, column, path, message)


def _map_header(
    header_row: Row, stats: FileStats, sink: Sink, options: ReadOptions
) -> _Mapping | None:
    """Match the header to our columns through aliases and `columns`; report what is missing."""
    line, first_column, cells = header_row
    headers = [str(cell).strip().lstrip("\ufeff") for cell in cells]
    try:
        position = _header_positions(headers, line, first_column)
        index_of = _explicit_columns(options.columns or {}, position, headers, line)
    except _HeaderError as error:
        sink.add(*error.where)
        return None
    for canonical in CANONICAL_COLUMNS:
        alias = next((a for a in COLUMN_ALIASES[canonical] if a in position), None)
        if canonical not in index_of and alias is not None:
            index_of[canonical] = position[alias]
    if "amount_ttc" in index_of and "amount_ht" in index_of:
        del index_of["amount_ttc"]  # an HT amount wins: no conversion needed
    if "amount_ttc" in index_of and options.vat_rate_pct is None:
        header = headers[index_of["amount_ttc"]]
        sink.add(
            line,
            first_column + index_of["amount_ttc"],
            "header",
            say("ledger.ttc_without_rate", header=header),
        )
        return None
    missing = [name for name in ("date", "amount_ht") if name not in index_of]
    if "amount_ttc" in index_of:
        missing = [name for name in missing if name != "amount_ht"]
    for name in missing:
        message = say(
            "ledger.missing_column",
            name=name,
            aliases=_quoted(COLUMN_ALIASES[name]),
            headers=_quoted(headers),
        )
        sink.add(line, None, "header", message)
    if missing:
        return None
    if options.classify_by is not None and not options.classify_by & index_of.keys():
        sink.add(line, None, "header", say("ledger.nothing_to_classify", headers=_quoted(headers)))
        return None
    _header_notices(stats, index_of, headers, options)
    return _Mapping(index_of, {k: headers[i] for k, i in index_of.items()})


def _header_notices(
    stats: FileStats, index_of: Mapping[str, int], headers: list[str], options: ReadOptions
) -> None:
    """Say what the header made us assume: missing flags, a bare amount read as HT, TTC."""
    for flag in ("reuse", "recycled"):
        if flag not in index_of:
            stats.notices.append(say("ledger.no_flag_column", file=stats.path, flag=flag))
    amount = index_of.get("amount_ht")
    explicit = (options.columns or {}).get("amount_ht")
    if (
        amount is not None
        and explicit is None
        and normalize_header(headers[amount]) in _BARE_AMOUNTS
    ):
        stats.notices.append(say("ledger.bare_amount", file=stats.path, header=headers[amount]))
    if "amount_ttc" in index_of:
        stats.notices.append(
            say(
                "ledger.ttc_converted",
                file=stats.path,
                header=headers[index_of["amount_ttc"]],
                rate=str(options.vat_rate_pct),
            )
        )


def _header_positions(headers: list[str], line: int, first_column: int) -> dict[str, int]:
    """Index the normalised headers; a header present twice is an error."""
    position: dict[str, int] = {}
    for index, text in enumerate(headers):
        key = normalize_header(text)
        if key in position:
            message = say("ledger.duplicate_column", header=text)
            raise _HeaderError(line, first_column + index, "header", message)
        if key:
            position[key] = index
    return position


def _explicit_columns(
    columns: Mapping[str, str], position: Mapping[str, int], headers: list[str], line: int
) -> dict[str, int]:
    """Resolve the caller's `columns` mapping (canonical name -> the file's header)."""
    index_of: dict[str, int] = {}
    for canonical, file_header in columns.items():
        if canonical not in CANONICAL_COLUMNS:
            hint = suggest(canonical, CANONICAL_COLUMNS)
            message = say(
                "ledger.unknown_column_name",
                expected=_quoted(CANONICAL_COLUMNS),
                hint=say("hint.parenthesized", hint=hint) if hint else "",
            )
            raise _HeaderError(None, None, f"columns.{canonical}", message)
        found = position.get(normalize_header(file_header))
        if found is None:
            raise _HeaderError(
                line,
                None,
                f"columns.{canonical}",
                say("ledger.no_such_header", header=file_header, headers=_quoted(headers)),
            )
        index_of[canonical] = found
    return index_of


def _quoted(names: tuple[str, ...] | list[str]) -> str:
    """Render names as a quoted, comma-separated list."""
    return ", ".join(repr(name) for name in names) or "(none)"


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
