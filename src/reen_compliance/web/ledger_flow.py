"""A purchase ledger sent by the browser: kept in the form, read from a private temporary file.

The ledger travels between the upload, the mapping screen and the declaration as a compressed
hidden field, so that the server keeps nothing. To be read, its bytes go to a file named by us
(`ledger.csv`, `ledger.xlsx`…) in a private temporary folder removed right after.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import tempfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path, PurePath

from reen_compliance.errors import Problem, ProfileError
from reen_compliance.ledger.read import COLUMN_ALIASES, normalize_header, problems_of
from reen_compliance.ledger.sources import (
    HEADER_SEARCH_ROWS,
    CsvInfo,
    ProblemLog,
    Sink,
    csv_rows,
    workbook_tables,
)
from reen_compliance.messages import say

SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")
MAPPED_COLUMNS = ("date", "amount_ht", "cpv", "category", "reuse", "recycled")
MIN_HEADER_CELLS = 2


def suffix_of(filename: str) -> str | None:
    """The file's type by its name's suffix, when it is one the ledger reader knows."""
    suffix = PurePath(filename.replace("\\", "/")).suffix.lower()
    return suffix if suffix in SUFFIXES else None


def pack(data: bytes) -> str:
    """The ledger's bytes as a hidden field's text."""
    return base64.b64encode(zlib.compress(data, 6)).decode("ascii")


def unpack(text: str, limit: int) -> bytes | None:
    """The bytes of `pack`, or None when the text is not a packed ledger or unpacks past `limit`."""
    try:
        packed = base64.b64decode(text.encode("ascii"), validate=True)
        inflater = zlib.decompressobj()
        data = inflater.decompress(packed, limit + 1)
    except (binascii.Error, zlib.error, UnicodeEncodeError, ValueError):
        return None
    if len(data) > limit or inflater.unconsumed_tail:
        return None
    return data


@contextmanager
def ledger_file(data: bytes, suffix: str) -> Iterator[Path]:
    """The bytes in a file of our own name, in a private folder removed on exit."""
    with tempfile.TemporaryDirectory(prefix="reen-web-") as folder:
        path = Path(folder) / f"ledger{suffix}"
        path.write_bytes(data)
        yield path


def headers(path: Path, limit: int) -> list[str]:
    """The headers of the first row with at least two cells (CSV file or first sheet).

    Raises:
        ProfileError: the file cannot be read as a ledger (located problems).
    """
    log = ProblemLog(50)
    if path.suffix in {".csv", ".txt", ".tsv"}:
        rows = csv_rows(path, Sink("ledger", log), CsvInfo(), delimiter=None, encoding=None)
    else:
        _, tables = workbook_tables(path, log, limit, None)
        rows = tables[0].rows if tables else iter(())
    found: list[str] = []
    for _line, _column, cells in itertools.islice(rows, HEADER_SEARCH_ROWS):
        texts = [str(cell).strip() for cell in cells if cell not in (None, "")]
        if len(texts) >= MIN_HEADER_CELLS:
            found = texts
            break
    if log.problems:
        raise ProfileError(problems_of(log))
    if not found:
        message = say("ledger.no_header", columns="date, amount_ht")
        raise ProfileError([Problem.of("ledger", 1, None, "$", message)])
    return found


def guessed_columns(found: list[str]) -> dict[str, str]:
    """Our column names recognised among the headers, as the command line recognises them."""
    guessed: dict[str, str] = {}
    for name in MAPPED_COLUMNS:
        aliases = COLUMN_ALIASES[name]
        match = next((h for h in found if normalize_header(h) in aliases), None)
        if match is not None:
            guessed[name] = match
    return guessed


def chosen_columns(form: Mapping[str, str], found: list[str]) -> dict[str, str]:
    """The headers picked on the mapping screen, among those of the file only."""
    return {
        name: form[f"column.{name}"]
        for name in MAPPED_COLUMNS
        if form.get(f"column.{name}") in found
    }
