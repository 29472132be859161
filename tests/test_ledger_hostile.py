"""Malformed, hostile and oversized ledgers: each failure is located, bounded, all-or-nothing."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

import openpyxl
import pytest

from ledger_regimes import REGIMES
from reen_compliance.errors import ProfileError
from reen_compliance.ledger.summary import read_ledger, summarize_ledgers

if TYPE_CHECKING:
    from pathlib import Path

HEADER = "date;montant_ht;cpv;libelle"
GOOD = "01/02/2024;12,50;30213100-6;Ordinateur"


def ledger(tmp_path: Path, lines: list[str], name: str = "ledger.csv") -> Path:
    """Write a UTF-8 CSV ledger from lines."""
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def problems_of(path: Path, **kwargs: object) -> list[str]:
    """Read a ledger to the end and return its problems as text."""
    with pytest.raises(ProfileError) as caught:
        list(read_ledger(path, **kwargs))  # type: ignore[arg-type]
    return [str(p) for p in caught.value.problems]


def test_bad_amount_on_line_1234_names_file_line_and_column(tmp_path: Path) -> None:
    """A bad amount deep in a file is reported at its physical line and column."""
    lines = [HEADER] + [GOOD] * 1232 + ["01/02/2024;douze;30213100-6;x"] + [GOOD] * 10
    path = ledger(tmp_path, lines)
    with pytest.raises(ProfileError) as caught:
        summarize_ledgers([path], REGIMES)
    (problem,) = caught.value.problems
    assert problem.file == str(path)
    assert (problem.line, problem.column, problem.path) == (1234, 2, "$[1234].amount_ht")
    assert "column 'montant_ht'" in problem.message
    assert "found 'douze'" in problem.message


def test_reading_streams_good_lines_before_raising(tmp_path: Path) -> None:
    """`read_ledger` yields the good lines first and raises once at the end."""
    path = ledger(tmp_path, [HEADER, GOOD, "01/02/2024;?;;x", GOOD])
    reader = read_ledger(path)
    assert next(reader).line == 2
    assert next(reader).line == 4
    with pytest.raises(ProfileError):
        next(reader)


def test_summary_is_all_or_nothing_across_files(tmp_path: Path) -> None:
    """One bad file among good ones makes the summary raise instead of returning partial totals."""
    good = ledger(tmp_path, [HEADER, GOOD], "good.csv")
    bad = ledger(tmp_path, [HEADER, "31/02/2024;1;;x"], "bad.csv")
    with pytest.raises(ProfileError) as caught:
        summarize_ledgers([good, bad], REGIMES)
    assert [p.file for p in caught.value.problems] == [str(bad)]


def test_problems_are_capped(tmp_path: Path) -> None:
    """A file bad on every line shows the cap's worth of problems and says how many more exist."""
    path = ledger(tmp_path, [HEADER] + ["x;y;z;w"] * 5000)
    with pytest.raises(ProfileError) as caught:
        summarize_ledgers([path], REGIMES, max_problems=50)
    problems = caught.value.problems
    assert len(problems) == 51
    more = [p for p in problems if "further problems not shown" in p.message]
    assert len(more) == 1
    assert "14,950" in more[0].message


def test_invalid_utf8_mid_file_is_located(tmp_path: Path) -> None:
    """A byte that is not UTF-8 after the first 64 KiB is an error at its line and column."""
    good = (GOOD + "\n").encode()
    count = 70_000 // len(good)
    path = tmp_path / "ledger.csv"
    path.write_bytes(
        (HEADER + "\n").encode() + good * count + b"01/02/2024;1;;caf\xe9\n" + good * 3
    )
    with pytest.raises(ProfileError) as caught:
        list(read_ledger(path))
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (count + 2, 18)
    assert "0xe9" in problem.message
    assert "utf-8" in problem.message


def test_missing_required_column_lists_found_and_expected(tmp_path: Path) -> None:
    """A missing amount column names the headers found and the names accepted."""
    path = ledger(tmp_path, ["Date;Prix TTC;Objet", "01/02/2024;1;x"])
    (message,) = problems_of(path)
    assert "missing required column 'amount_ht'" in message
    assert "'montant_ht'" in message
    assert "headers found: 'Date', 'Prix TTC', 'Objet'" in message


def test_unknown_columns_key_suggests(tmp_path: Path) -> None:
    """A misspelt canonical name in `columns` is refused with a suggestion."""
    path = ledger(tmp_path, [HEADER, GOOD])
    (message,) = problems_of(path, columns={"amout_ht": "montant_ht"})
    assert "columns.amout_ht" in message
    assert "did you mean 'amount_ht'?" in message


def test_duplicate_header_is_refused(tmp_path: Path) -> None:
    """Two columns with the same name are ambiguous and refused."""
    path = ledger(tmp_path, ["date;montant;Montant", "01/02/2024;1;2"])
    (message,) = problems_of(path)
    assert ":1:3: header: duplicate column 'Montant'" in message


def test_size_limit(tmp_path: Path) -> None:
    """A file above `max_bytes` is refused before reading, with both sizes."""
    path = ledger(tmp_path, [HEADER, GOOD])
    (message,) = problems_of(path, max_bytes=10)
    assert "above the limit of 10 bytes" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"\xff\xfed\x00a\x00", "UTF-16 text is not supported"),
        (b"PK\x03\x04rest", "zip (XLSX/ODS) file named like a CSV"),
    ],
    ids=["empty", "utf16", "zip"],
)
def test_unreadable_csv_files(tmp_path: Path, content: bytes, expected: str) -> None:
    """Empty, UTF-16 and zip files are refused with a message saying what to do."""
    path = tmp_path / "ledger.csv"
    path.write_bytes(content)
    (message,) = problems_of(path)
    assert expected in message


def test_unsupported_extension(tmp_path: Path) -> None:
    """A file type we do not read is named with the supported ones."""
    path = tmp_path / "ledger.pdf"
    path.write_bytes(b"%PDF")
    (message,) = problems_of(path)
    assert "unsupported file type '.pdf'" in message


def test_endless_line_is_refused(tmp_path: Path) -> None:
    """A line over 1 MiB without a newline stops reading instead of filling memory."""
    path = tmp_path / "ledger.csv"
    path.write_text(HEADER + "\n" + "1" * (1024 * 1024 + 10), encoding="utf-8")
    (message,) = problems_of(path)
    assert ":2: $: line longer than" in message


def test_oversized_field_is_a_located_csv_error(tmp_path: Path) -> None:
    """A field above the CSV module's limit is reported, not a crash."""
    path = ledger(tmp_path, [HEADER, GOOD, f'01/02/2024;1;;"{"x" * 200_000}"'])
    (message,) = problems_of(path)
    assert ":3: $: malformed CSV" in message


@pytest.mark.parametrize("amount", ["1" * 16, "1," + "1" * 7, "9" * 41])
def test_oversized_amounts_are_refused(tmp_path: Path, amount: str) -> None:
    """Amounts past 15 integer or 6 decimal digits are refused, keeping sums exact."""
    path = ledger(tmp_path, [HEADER, f"01/02/2024;{amount};;x"])
    (message,) = problems_of(path)
    assert "$[2].amount_ht" in message


def test_quoted_newlines_keep_physical_line_numbers(tmp_path: Path) -> None:
    """A description spanning lines does not shift the line numbers of later records."""
    path = ledger(tmp_path, [HEADER, '01/02/2024;1;;"deux', 'lignes"', "01/02/2024;bad;;x"])
    (message,) = problems_of(path)
    assert ":4:2: $[4].amount_ht" in message


def test_blank_rows_are_skipped(tmp_path: Path) -> None:
    """Blank lines and rows of empty cells are not purchases and not errors."""
    path = ledger(tmp_path, [HEADER, "", GOOD, ";;;", GOOD])
    assert [line.line for line in read_ledger(path)] == [3, 5]


# --- spreadsheets --------------------------------------------------------------------------


def workbook(tmp_path: Path, rows: list[list[object]], *, skip_rows: int = 0) -> Path:
    """Write an XLSX whose first sheet holds `rows` starting at column B, after blank rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for r, row in enumerate(rows, start=1 + skip_rows):
        for c, value in enumerate(row, start=2):
            sheet.cell(r, c, value)
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    return path


def test_spreadsheet_problems_use_sheet_rows_and_columns(tmp_path: Path) -> None:
    """A bad cell is reported at its spreadsheet row and column, past leading blank rows."""
    rows: list[list[object]] = [
        ["Date", "Montant HT", "CPV"],
        [date(2024, 2, 1), 10.5, "30213100-6"],
        [date(2024, 2, 1), True, "30213100-6"],
    ]
    path = workbook(tmp_path, rows, skip_rows=2)
    with pytest.raises(ProfileError) as caught:
        list(read_ledger(path))
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (5, 3)


def test_spreadsheet_typed_cells(tmp_path: Path) -> None:
    """Date cells, Excel serials, datetimes, numeric CPV cells and flags are read."""
    rows: list[list[object]] = [
        ["Date", "Montant HT", "CPV", "Réemploi"],
        [date(2024, 2, 1), 1234.56, 30213100, True],
        [45474, 10, 3000000, 1],
        [
            datetime(2024, 7, 2, 9, 30),  # noqa: DTZ001 - spreadsheets store naive datetimes
            "1 000,00",
            "30213100-6",
            "oui",
        ],
    ]
    lines = list(read_ledger(workbook(tmp_path, rows)))
    assert [line.date for line in lines] == [date(2024, 2, 1), date(2024, 7, 1), date(2024, 7, 2)]
    assert [line.amount_ht for line in lines] == [Decimal("1234.56"), 10, Decimal("1000.00")]
    assert [line.cpv for line in lines] == ["30213100", "03000000", "30213100-6"]
    assert all(line.reuse for line in lines)


def test_spreadsheet_float_rounding_is_noted(tmp_path: Path) -> None:
    """A float with more than two decimals is rounded half-even to the cent and noted."""
    rows: list[list[object]] = [["Date", "Montant HT", "CPV"], [date(2024, 2, 1), 10.125, ""]]
    path = workbook(tmp_path, rows)
    (line,) = read_ledger(path)
    assert line.amount_ht == Decimal("10.12")
    summary = summarize_ledgers([path], REGIMES)
    assert any("rounded to the cent (half-even): 1, first on row 2" in w for w in summary.warnings)


def test_spreadsheet_formula_text_is_not_evaluated(tmp_path: Path) -> None:
    """Text that looks like a formula in a spreadsheet cell stays text."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Montant HT", "Libellé"])
    sheet.append([date(2024, 2, 1), 1, "x"])
    sheet.cell(2, 3).value = '=HYPERLINK("http://example.invalid")'
    sheet.cell(2, 3).data_type = "s"
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    (line,) = read_ledger(path)
    assert line.description == '=HYPERLINK("http://example.invalid")'


def test_corrupt_spreadsheet_is_located(tmp_path: Path) -> None:
    """A file named .xlsx that is not a workbook is an error, not a crash."""
    path = tmp_path / "ledger.xlsx"
    path.write_bytes(b"not a zip")
    (message,) = problems_of(path)
    assert "cannot read the spreadsheet" in message
