"""Read purchase ledgers (CSV, XLSX, ODS) line by line into typed, located `LedgerLine`s.

Reading streams: a CSV is decoded and parsed one physical line at a time, so memory stays flat
on millions of lines. Every bad cell becomes a `Problem`; up to `max_problems` are collected and
raised together as one `ProfileError` once the file is read (or the cap is reached), so a caller
that needs all-or-nothing consumes the whole iterator before trusting any total.

Decisions, each tested:

- **Encoding.** UTF-8 (a BOM is dropped) if the first 64 KiB decode as UTF-8, else Windows-1252;
  decided once, up front. A byte that the chosen encoding cannot decode later on is a located
  error. UTF-16 files (Excel's « texte Unicode ») are refused with a message.
- **Delimiter.** The most frequent of `;`, tab, `,`, `|` in the header line, ties in that order.
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

import codecs
import contextlib
import csv
import hashlib
import io
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from reen_compliance.errors import Problem, ProfileError, suggest
from reen_compliance.ledger_cells import PARSERS, Cell, CellError, CellNotes
from reen_compliance.messages import Message, say
from reen_compliance.source import input_byte_limit, read_at_most, size_of

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from _typeshed import WriteableBuffer

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
"""Problems kept before giving up on a file, so a bad million-line file stays a short report."""

_SNIFF_BYTES = 64 * 1024
_MAX_LINE_CHARS = 1024 * 1024
_CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
_DELIMITERS = (";", "\t", ",", "|")

CANONICAL_COLUMNS: tuple[str, ...] = (
    "date",
    "amount_ht",
    "cpv",
    "description",
    "supplier",
    "reuse",
    "recycled",
    "category",
)
"""Our column names; `date` and `amount_ht` are required, the others optional."""

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
}
"""Accepted headers, compared after `normalize_header`; when several are present the first wins."""

_REQUIRED = ("date", "amount_ht")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """One purchase: where it was read, when, how much HT, what, and its circular flags."""

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


@dataclass(slots=True)
class FileStats:
    """What reading one file learned besides its lines; filled as the iterator advances."""

    path: str
    kind: str = ""
    encoding: str | None = None
    delimiter: str | None = None
    sha256: str = ""
    line_count: int = 0
    notices: list[str] = field(default_factory=list)
    cell_notes: CellNotes = field(default_factory=CellNotes)
    columns: dict[str, tuple[int, str]] = field(default_factory=dict)
    """Where each mapped column is: canonical name -> (column number, the file's header)."""


class TooManyProblemsError(Exception):
    """Internal signal: the shared problem list reached its cap, stop reading."""


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


def read_ledger(
    path: str | Path,
    *,
    columns: Mapping[str, str] | None = None,
    max_bytes: int | None = None,
    max_problems: int = DEFAULT_MAX_PROBLEMS,
) -> Iterator[LedgerLine]:
    """Yield the ledger's lines in file order; raise one `ProfileError` at the end if any was bad.

    Lines before a bad one are yielded first: use `summarize_ledgers` for all-or-nothing totals.
    `max_bytes` defaults to `DEFAULT_MAX_BYTES_CSV` or `DEFAULT_MAX_BYTES_SPREADSHEET`.
    """
    problems: list[Problem] = []
    stats = FileStats(str(path))
    with contextlib.suppress(TooManyProblemsError):
        yield from iter_ledger(
            path,
            stats,
            problems,
            columns=columns,
            max_bytes=max_bytes,
            max_problems=max_problems,
        )
    if problems:
        raise ProfileError(problems)


def iter_ledger(  # noqa: PLR0913 - the shared state is what lets summaries pool problems
    path: str | Path,
    stats: FileStats,
    problems: list[Problem],
    *,
    columns: Mapping[str, str] | None,
    max_bytes: int | None,
    max_problems: int,
) -> Iterator[LedgerLine]:
    """Yield valid lines, append problems to the shared list, fill `stats`; never raise for data.

    Raises `TooManyProblemsError` once `problems` holds `max_problems`.
    """
    name = str(path)
    file_path = Path(path)
    suffix = file_path.suffix.lower()
    sink = _Sink(name, problems, max_problems)
    if suffix in _CSV_SUFFIXES:
        stats.kind = "csv"
        limit = input_byte_limit(DEFAULT_MAX_BYTES_CSV) if max_bytes is None else max_bytes
    elif suffix in _SPREADSHEET_SUFFIXES:
        stats.kind = suffix.lstrip(".")
        limit = input_byte_limit(DEFAULT_MAX_BYTES_SPREADSHEET) if max_bytes is None else max_bytes
    else:
        sink.add(
            None,
            None,
            "$",
            say(
                "ledger.unsupported_type",
                suffix=suffix or "(none)",
                expected=", ".join(sorted(_CSV_SUFFIXES | _SPREADSHEET_SUFFIXES)),
            ),
        )
        return
    try:
        size = file_path.stat().st_size
    except OSError as error:
        sink.add(None, None, "$", say("ledger.unreadable", reason=error.strerror or str(error)))
        return
    if size > limit:
        sink.add(
            None,
            None,
            "$",
            say("ledger.too_large", size=size, limit=limit),
        )
        return
    rows = (
        _csv_rows(file_path, stats, sink)
        if stats.kind == "csv"
        else _sheet_rows(file_path, stats, sink, limit)
    )
    yield from _lines(rows, stats, sink, columns)


@dataclass(slots=True)
class _Sink:
    """Collects one file's problems into the shared list and stops reading at the cap."""

    file: str
    problems: list[Problem]
    max_problems: int
    count: int = 0

    def add(self, line: int | None, column: int | None, path: str, message: Message) -> None:
        """Record a problem, raising `TooManyProblemsError` when the cap is reached."""
        self.count += 1
        self.problems.append(Problem.of(self.file, line, column, path, message))
        if len(self.problems) >= self.max_problems:
            raise TooManyProblemsError


# A row as read: (line number, first column number, cells).
Row = tuple[int, int, list[Cell]]


class _HashingReader(io.RawIOBase):
    """A raw stream that feeds every byte read through SHA-256, so a file is read only once."""

    def __init__(self, raw: io.BufferedReader, digest: hashlib._Hash) -> None:
        """Wrap `raw`, updating `digest`."""
        super().__init__()
        self._raw = raw
        self._digest = digest

    def readable(self) -> bool:
        """Say this stream can be read."""
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        """Read into `buffer` and hash what was read."""
        view = memoryview(buffer).cast("B")
        count = self._raw.readinto(view)
        self._digest.update(view[:count])
        return count


def _detect_encoding(head: bytes, *, at_eof: bool) -> str | None:
    """Return `utf-8-sig` or `cp1252` from the first bytes, or None for UTF-16."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=at_eof)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"


def _physical_lines(text: io.TextIOWrapper, sink: _Sink, counter: list[int]) -> Iterator[str]:
    """Yield physical lines, counting them and reporting undecodable bytes and endless lines."""
    while True:
        line = text.readline(_MAX_LINE_CHARS)
        if not line:
            return
        counter[0] += 1
        if len(line) >= _MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            sink.add(counter[0], None, "$", say("ledger.line_too_long", limit=_MAX_LINE_CHARS))
            raise TooManyProblemsError
        if not line.isascii():
            try:
                line.encode("utf-8")
            except UnicodeEncodeError as error:
                bad = line[error.start].encode("utf-8", "surrogateescape")
                sink.add(
                    counter[0],
                    error.start + 1,
                    "$",
                    say("ledger.undecodable", byte=bad.hex(), encoding=text.encoding),
                )
        yield line


def _csv_rows(path: Path, stats: FileStats, sink: _Sink) -> Iterator[Row]:
    """Yield CSV records with the physical line each starts on; the header comes first."""
    digest = hashlib.sha256()
    with path.open("rb") as raw:
        head = raw.read(_SNIFF_BYTES)
        if head.startswith(b"PK\x03\x04"):
            sink.add(1, None, "$", say("ledger.zip"))
            return
        encoding = _detect_encoding(head, at_eof=len(head) < _SNIFF_BYTES)
        if encoding is None:
            sink.add(1, None, "$", say("ledger.utf16"))
            return
        raw.seek(0)
        text = io.TextIOWrapper(
            io.BufferedReader(_HashingReader(raw, digest), _SNIFF_BYTES),
            encoding=encoding,
            errors="surrogateescape",
            newline="",
        )
        counter = [0]
        lines = _physical_lines(text, sink, counter)
        head_lines = list(itertools.islice(lines, _HEADER_SEARCH_ROWS))
        if not head_lines:
            sink.add(1, None, "$", say("ledger.empty"))
            return
        # The header is the widest of the first lines (a title line above it has no columns).
        delimiter = _sniff_delimiter(max(head_lines, key=_delimiter_count))
        stats.encoding = "utf-8" if encoding == "utf-8-sig" else "cp1252"
        stats.delimiter = delimiter
        consumed = [0]  # physical lines handed to the CSV reader so far (reading ahead aside)
        reader = csv.reader(
            _counted(itertools.chain(head_lines, lines), consumed), delimiter=delimiter
        )
        try:
            start = 1
            for record in reader:
                yield start, 1, list(record)
                start = consumed[0] + 1
        except csv.Error as error:
            sink.add(consumed[0], None, "$", say("ledger.malformed_csv", detail=str(error)))
            return
    stats.sha256 = digest.hexdigest()


def _counted(lines: Iterator[str], consumed: list[int]) -> Iterator[str]:
    """Pass lines through, counting those consumed, so a record's first line is known."""
    for line in lines:
        consumed[0] += 1
        yield line


def _delimiter_count(line: str) -> int:
    """How many of the candidate delimiters a line holds: the header holds the most."""
    return max(line.count(candidate) for candidate in _DELIMITERS)


def _sniff_delimiter(header: str) -> str:
    """Pick the most frequent of `; tab , |` in the header, ties in that order."""
    counts = [header.count(candidate) for candidate in _DELIMITERS]
    return _DELIMITERS[counts.index(max(counts))]


def _sheet_rows(path: Path, stats: FileStats, sink: _Sink, limit: int) -> Iterator[Row]:
    """Yield the first sheet's rows with their spreadsheet row and first column numbers."""
    import python_calamine  # noqa: PLC0415 - heavy import, only for spreadsheets

    with path.open("rb") as stream:  # a device or a pipe declares no size: stop past the limit
        data = read_at_most(stream, limit + 1, size_of(stream))
    if len(data) > limit:
        sink.add(None, None, "$", say("ledger.too_large_stream", limit=limit))
        return
    stats.sha256 = hashlib.sha256(data).hexdigest()
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = workbook.get_sheet_by_index(0)
    except Exception as error:  # noqa: BLE001 - calamine raises many types for a bad file
        sink.add(None, None, "$", say("ledger.bad_spreadsheet", detail=str(error)))
        return
    first_column = (sheet.start or (0, 0))[1] + 1
    # calamine yields rows from the sheet's first row, but columns from its first used column.
    for index, cells in enumerate(sheet.iter_rows()):
        yield index + 1, first_column, list(cells)


def _lines(
    rows: Iterator[Row], stats: FileStats, sink: _Sink, columns: Mapping[str, str] | None
) -> Iterator[LedgerLine]:
    """Turn rows into `LedgerLine`s: find and map the header, then parse each non-blank row."""
    header_row, rows = _find_header(rows, stats, columns)
    if header_row is None:
        if sink.count:  # the file could not be read at all, and that was said
            return
        sink.add(1, None, "$", say("ledger.no_header", columns=", ".join(_REQUIRED)))
        return
    mapping = _map_header(header_row, stats, sink, columns)
    if mapping is None:
        return
    first_column = header_row[1]
    stats.columns = {
        name: (first_column + index, mapping.header[name]) for name, index in mapping.index.items()
    }
    for row in rows:
        if _is_blank(row[2]):
            continue
        parsed = _parse_row(row, mapping=mapping, stats=stats, sink=sink)
        if parsed is not None:
            stats.line_count += 1
            yield parsed
    _add_notices(stats)


_HEADER_SEARCH_ROWS = 20
"""Finance exports often put a title, a date or a filter line above the header."""


def _find_header(
    rows: Iterator[Row], stats: FileStats, columns: Mapping[str, str] | None
) -> tuple[Row | None, Iterator[Row]]:
    """The header: the first of the first non-blank rows that names the required columns.

    Rows above it are skipped, and a notice says how many. When none qualifies, the first
    non-blank row is taken, so its problems are reported as they stand.
    """
    seen: list[Row] = []
    for row in rows:
        if _is_blank(row[2]):
            continue
        seen.append(row)
        probe = _Sink(stats.path, [], max_problems=10**9)
        if _map_header(row, FileStats(stats.path), probe, columns) is not None and not probe.count:
            if len(seen) > 1:
                stats.notices.append(
                    f"{stats.path}: {len(seen) - 1} line(s) above the header skipped "
                    f"(header found on line {row[0]})"
                )
            return row, rows
        if len(seen) >= _HEADER_SEARCH_ROWS:
            break
    if not seen:
        return None, rows
    return seen[0], itertools.chain(seen[1:], rows)


def _is_blank(cells: list[Cell]) -> bool:
    """Say whether every cell is empty or whitespace (blank lines, `;;;;` rows)."""
    return all(isinstance(c, str) and not c.strip() for c in cells)


@dataclass(frozen=True, slots=True)
class _Mapping:
    """Where each canonical column sits in a row (0-based index) and the file's header text."""

    index: Mapping[str, int]
    header: Mapping[str, str]

    plan: tuple[tuple[str, Callable[[Cell, int, CellNotes], object], int | None], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        """Resolve each column's parser and position once per file rather than per row."""
        plan = tuple((name, parse, self.index.get(name)) for name, parse in PARSERS.items())
        object.__setattr__(self, "plan", plan)


class _HeaderError(Exception):
    """A header problem: (line, column, path, message) for the sink."""

    def __init__(self, line: int | None, column: int | None, path: str, message: Message) -> None:
        """Keep the located message."""
        super().__init__(str(message))
        self.where = (line, column, path, message)


def _map_header(
    header_row: Row, stats: FileStats, sink: _Sink, columns: Mapping[str, str] | None
) -> _Mapping | None:
    """Match the header to our columns through aliases and `columns`; report what is missing."""
    line, first_column, cells = header_row
    headers = [str(cell).strip().lstrip("\ufeff") for cell in cells]
    try:
        position = _header_positions(headers, line, first_column)
        index_of = _explicit_columns(columns or {}, position, headers, line)
    except _HeaderError as error:
        sink.add(*error.where)
        return None
    for canonical in CANONICAL_COLUMNS:
        alias = next((a for a in COLUMN_ALIASES[canonical] if a in position), None)
        if canonical not in index_of and alias is not None:
            index_of[canonical] = position[alias]
    missing = [name for name in _REQUIRED if name not in index_of]
    for name in missing:
        sink.add(
            line,
            None,
            "header",
            say(
                "ledger.missing_column",
                name=name,
                aliases=_quoted(COLUMN_ALIASES[name]),
                headers=_quoted(headers),
            ),
        )
    if missing:
        return None
    stats.notices.extend(
        f"{stats.path}: no {flag!r} column: every line counts as not {flag}"
        for flag in ("reuse", "recycled")
        if flag not in index_of
    )
    if "cpv" not in index_of and "category" not in index_of:
        stats.notices.append(
            f"{stats.path}: neither a 'cpv' nor a 'category' column: every line is unmapped"
        )
    return _Mapping(index_of, {k: headers[i] for k, i in index_of.items()})


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


def _hint(hint: str | None) -> str:
    """Render an optional did-you-mean hint in parentheses."""
    return f" ({hint})" if hint else ""


def _parse_row(row: Row, *, mapping: _Mapping, stats: FileStats, sink: _Sink) -> LedgerLine | None:
    """Parse one row; report each bad cell at its line and column and return None if any was."""
    line, first_column, cells = row
    values: dict[str, object] = {}
    failed = False
    width = len(cells)
    for name, parse, index in mapping.plan:
        cell: Cell = cells[index] if index is not None and index < width else ""
        try:
            values[name] = parse(cell, line, stats.cell_notes)
        except CellError as error:
            failed = True
            sink.add(
                line,
                first_column + (index or 0),
                f"$[{line}].{name}",
                say("ledger.cell", header=mapping.header[name], error=error.said),
            )
    if failed:
        return None
    return LedgerLine(file=sink.file, line=line, **values)  # type: ignore[arg-type]  # typed by PARSERS


def _add_notices(stats: FileStats) -> None:
    """Turn the counters of silent readings into notices a person can check."""
    notes = stats.cell_notes
    if notes.ambiguous_amounts:
        stats.notices.append(
            f"{stats.path}: {notes.ambiguous_amounts} amount(s) such as '1,234' have a single"
            " separator followed by three digits and were read as decimals (1.234 €), first on"
            f" line {notes.first_ambiguous_line}; write 1234 or 1 234 for a thousand"
        )
    if notes.rounded_amounts:
        stats.notices.append(
            f"{stats.path}: {notes.rounded_amounts} spreadsheet amount(s) had more than two"
            " decimals and were rounded to the cent (half-even), first on row"
            f" {notes.first_rounded_line}"
        )
