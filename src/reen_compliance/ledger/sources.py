"""Raw rows of a ledger file: CSV records with their physical line, or every sheet of a workbook.

A CSV is decoded in one encoding decided up front (UTF-8 if its first 64 KiB decode as UTF-8,
else Windows-1252, or the one given) and its dialect is found by the standard library's
`csv.Sniffer` on those first lines: it knows quotes, so `"Stylos, gommes, crayons"` inside a `;`
file does not fool it, and it adds no dependency (clevercsv would, for exports that are nearly
always `;` or `,` with double quotes). When the sniffer cannot decide, the most frequent of
`; tab , |` outside quotes in the widest line wins. A workbook yields every sheet, in order, or
only the sheets asked for; an unknown sheet name is a located error listing the sheets found.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reen_compliance.files.source import read_at_most, size_of
from reen_compliance.ledger.cells import Cell
from reen_compliance.messages import Message, say

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from _typeshed import WriteableBuffer


SNIFF_BYTES = 64 * 1024
MAX_LINE_CHARS = 1024 * 1024
HEADER_SEARCH_ROWS = 20
"""Finance exports often put a title, a date or a filter line above the header."""
DELIMITERS = (";", "\t", ",", "|")
FIELD_LIMIT = 131_072
"""The standard library's default: a longer field is a located `malformed CSV` error."""

# A row as read: (line number, first column number, cells).
Row = tuple[int, int, list["Cell"]]


class StopFileError(Exception):
    """Internal signal: the file cannot be read further (the problem was recorded)."""


@dataclass(slots=True)
class ProblemLog:
    """Problems of all files: the first `max_problems` kept, the others only counted."""

    max_problems: int
    problems: list[tuple[str, int | None, int | None, str, Message, str | None]] = field(
        default_factory=list
    )
    more: int = 0

    def add(  # noqa: PLR0913, PLR0917 - a location's four parts, the message, its hint
        self,
        file: str,
        line: int | None,
        column: int | None,
        path: str,
        message: Message,
        hint: str | None = None,
    ) -> None:
        """Keep a problem, or count it past the cap."""
        if len(self.problems) < self.max_problems:
            self.problems.append((file, line, column, path, message, hint))
        else:
            self.more += 1


@dataclass(slots=True)
class Sink:
    """Where one file (or sheet) reports its problems: its name, and how many it reported."""

    file: str
    log: ProblemLog
    count: int = 0

    def add(self, line: int | None, column: int | None, path: str, message: Message) -> None:
        """Record a located problem of this file."""
        self.count += 1
        self.log.add(self.file, line, column, path, message)


@dataclass(slots=True)
class Table:
    """The rows of one CSV file or one sheet, and the name problems are filed under."""

    name: str
    sheet: str | None
    rows: Iterator[Row]


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


def detect_encoding(head: bytes, *, at_eof: bool) -> str | None:
    """Return `utf-8-sig` or `cp1252` from the first bytes, or None for UTF-16."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=at_eof)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"


def _checked_lines(text: io.TextIOWrapper, sink: Sink, counter: list[int]) -> Iterator[str]:
    """Yield physical lines, counting them and reporting undecodable bytes and endless lines."""
    readline = text.readline
    while True:
        line = readline(MAX_LINE_CHARS)
        if not line:
            return
        counter[0] += 1
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            sink.add(counter[0], None, "$", say("ledger.line_too_long", limit=MAX_LINE_CHARS))
            raise StopFileError
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


@dataclass(slots=True)
class CsvInfo:
    """What reading a CSV decided: its encoding, delimiter and content hash."""

    encoding: str | None = None
    delimiter: str | None = None
    sha256: str = ""


def csv_rows(
    path: Path, sink: Sink, info: CsvInfo, *, delimiter: str | None, encoding: str | None
) -> Iterator[Row]:
    """Yield CSV records with the physical line each starts on; the header comes first."""
    digest = hashlib.sha256()
    with path.open("rb") as raw:
        head = raw.read(SNIFF_BYTES)
        if head.startswith(b"PK\x03\x04"):
            sink.add(1, None, "$", say("ledger.zip"))
            return
        chosen = encoding or detect_encoding(head, at_eof=len(head) < SNIFF_BYTES)
        if chosen is None:
            sink.add(1, None, "$", say("ledger.utf16"))
            return
        if chosen in {"utf-8", "utf8"}:
            chosen = "utf-8-sig"
        raw.seek(0)
        text = io.TextIOWrapper(
            io.BufferedReader(_HashingReader(raw, digest), SNIFF_BYTES),
            encoding=chosen,
            errors="surrogateescape",
            newline="",
        )
        counter = [0]
        lines = _checked_lines(text, sink, counter)
        head_lines = list(itertools.islice(lines, HEADER_SEARCH_ROWS))
        if not head_lines:
            sink.add(1, None, "$", say("ledger.empty"))
            return
        info.encoding = "utf-8" if chosen == "utf-8-sig" else chosen
        info.delimiter = delimiter or sniff_delimiter(head_lines)
        # The limit is process-wide and some libraries (petl) raise it: keep the documented one.
        csv.field_size_limit(FIELD_LIMIT)
        reader = csv.reader(itertools.chain(head_lines, lines), delimiter=info.delimiter)
        try:
            start = 1
            for record in reader:
                yield start, 1, record  # type: ignore[misc]  # a new list[str] each row
                start = reader.line_num + 1
        except csv.Error as error:
            sink.add(reader.line_num, None, "$", say("ledger.malformed_csv", detail=str(error)))
            return
    info.sha256 = digest.hexdigest()


def sniff_delimiter(head_lines: list[str]) -> str:
    """The delimiter of the first lines: `csv.Sniffer` (quote-aware), else the most frequent."""
    widest = max(head_lines, key=_unquoted_count)
    start = head_lines.index(widest)  # title lines above the header would confuse the sniffer
    sample = "".join(head_lines[start:])
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        found = ""
    if found in DELIMITERS:
        return found
    counts = [_outside_quotes(widest).count(candidate) for candidate in DELIMITERS]
    return DELIMITERS[counts.index(max(counts))]


def _outside_quotes(line: str) -> str:
    """The line without its double-quoted parts."""
    return "".join(line.split('"')[::2])


def _unquoted_count(line: str) -> int:
    """How many candidate delimiters a line holds outside quotes: the header holds the most."""
    bare = _outside_quotes(line)
    return max(bare.count(candidate) for candidate in DELIMITERS)


def workbook_tables(
    path: Path, log: ProblemLog, limit: int, sheets: tuple[str, ...] | None
) -> tuple[str, list[Table]]:
    """Read a workbook: its SHA-256 and one table per sheet read (all sheets unless named)."""
    import python_calamine  # noqa: PLC0415 - heavy import, only for spreadsheets

    name = str(path)
    sink = Sink(name, log)
    with path.open("rb") as stream:  # a device or a pipe declares no size: stop past the limit
        data = read_at_most(stream, limit + 1, size_of(stream))
    if len(data) > limit:
        sink.add(None, None, "$", say("ledger.too_large_stream", limit=limit))
        return "", []
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = list(workbook.sheet_names)
    except Exception as error:  # noqa: BLE001 - calamine raises many types for a bad file
        sink.add(None, None, "$", say("ledger.bad_spreadsheet", detail=str(error)))
        return sha256, []
    wanted = list(sheets) if sheets else names
    unknown = [sheet for sheet in wanted if sheet not in names]
    for sheet in unknown:
        found = ", ".join(repr(n) for n in names)
        sink.add(None, None, "$", say("ledger.no_such_sheet", sheet=sheet, sheets=found))
    if unknown:
        return sha256, []
    tables: list[Table] = []
    for sheet_name in wanted:
        try:
            found_sheet = workbook.get_sheet_by_name(sheet_name)
        except Exception as error:  # noqa: BLE001 - calamine raises many types for a bad file
            sink.add(None, None, "$", say("ledger.bad_spreadsheet", detail=str(error)))
            continue
        tables.append(Table(f"{name}[{sheet_name}]", sheet_name, _sheet_rows(found_sheet)))
    return sha256, tables


def _sheet_rows(sheet: object) -> Iterator[Row]:
    """Rows of a sheet with their spreadsheet row and first column numbers."""
    first_column = (getattr(sheet, "start", None) or (0, 0))[1] + 1
    # calamine yields rows from the sheet's first row, but columns from its first used column.
    for index, cells in enumerate(sheet.iter_rows()):  # type: ignore[attr-defined]
        yield index + 1, first_column, list(cells)
