"""Parse one ledger cell (date, amount, CPV code, flag, text) into a typed value or a message.

Each parser takes the cell as read (text from a CSV, or a typed spreadsheet value), the line it
sits on and the file's `CellNotes`, and returns the value or raises `CellError` whose message
says what was expected and what was found. The reading rules are documented in `ledger_read`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Context, Decimal
from typing import TYPE_CHECKING

from reen_compliance.messages import Message, say

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

Cell = str | int | float | bool | date | datetime | time | timedelta
"""A cell as read: text from a CSV, or what calamine gives for a spreadsheet cell."""

_MAX_AMOUNT_CHARS = 40
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_MIN_SERIAL = 61  # serials below 61 fall before Lotus's fictitious 29 February 1900
_EXCEL_MAX_SERIAL = 2_958_465  # 9999-12-31
_CENT = Decimal("0.01")
_TRUE = frozenset({"oui", "o", "yes", "y", "true", "vrai", "1", "x"})
_FALSE = frozenset({"non", "n", "no", "false", "faux", "0", ""})
_CPV = re.compile(r"(\d{8})(-\d)?(?:\s+.*)?", re.DOTALL)
_DMY = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_YMD = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)


@dataclass(slots=True)
class CellNotes:
    """Counts of silent readings in one file, so the summary can say what was assumed."""

    ambiguous_amounts: int = 0
    first_ambiguous_line: int = 0
    rounded_amounts: int = 0
    first_rounded_line: int = 0


class CellError(Exception):
    """A cell could not be read; the message says what was expected and what was found."""

    def __init__(
        self, expected: Message | None = None, found: Cell = "", note: Message | None = None
    ) -> None:
        """Build `expected …, found …` with an optional note, as a catalogue message."""
        self.said = say(
            "cell.expected_found", expected=expected or "", found=show(found), note=note or ""
        )
        super().__init__(str(self.said))


def text_of(value: Cell, _line: int = 0, _notes: CellNotes | None = None) -> str:
    """Render a cell as stripped text; numbers as typed, never evaluated."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def optional_text(value: Cell, _line: int, _notes: CellNotes) -> str | None:
    """Render a cell as stripped text, None when empty."""
    return text_of(value) or None


def show(value: Cell) -> str | Message:
    """Quote a found value for a message, cut to a readable length."""
    if value == "":
        return say("cell.found_empty")
    text = repr(value) if isinstance(value, str) else repr(str(value))
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "…'"


_SHOWN_CHARS = 60
_AMOUNT_EXPECTED = say("cell.amount")


def parse_amount(value: Cell, line: int, notes: CellNotes) -> Decimal:
    """Return the exact amount HT of a cell."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise CellError(_AMOUNT_EXPECTED, value)
    if isinstance(value, int | float) and not abs(value) < _MAX_AMOUNT:
        raise CellError(_AMOUNT_EXPECTED, value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return _amount_from_float(value, line, notes)
    amount, ambiguous = _amount_from_text(value)
    if ambiguous:
        notes.ambiguous_amounts += 1
        notes.first_ambiguous_line = notes.first_ambiguous_line or line
    if _decimals(amount) > _CENT_PLACES and amount == amount.quantize(_CENT, context=_ROUNDING):
        amount = amount.quantize(
            _CENT, context=_ROUNDING
        )  # `1234,5600`: the same value, kept in cents
    return amount


_CENT_PLACES = 2
_ROUNDING = Context(prec=40, rounding=ROUND_HALF_EVEN)
"""The one rounding: spreadsheet floats to the cent, half-even (no bias over many lines)."""
_MAX_AMOUNT = 10**15


def _decimals(amount: Decimal) -> int:
    """Count the decimal places of a finite Decimal."""
    exponent = amount.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _amount_from_float(value: float, line: int, notes: CellNotes) -> Decimal:
    """Read a spreadsheet number: shortest exact reading, rounded to the cent past two decimals."""
    if not math.isfinite(value):
        raise CellError(_AMOUNT_EXPECTED, value)
    exact = Decimal(repr(value))
    if _decimals(exact) <= _CENT_PLACES:
        return exact
    notes.rounded_amounts += 1
    notes.first_rounded_line = notes.first_rounded_line or line
    return exact.quantize(_CENT, context=_ROUNDING)


# The forms nearly every export uses — `1234`, `-1234,56`, `1234.5`, `1 234,56` — read at once;
# anything else goes through the full reading below. At most two decimals: never ambiguous.
_PLAIN_AMOUNT = re.compile(r"(-?)(\d{1,15})(?:[.,](\d{1,2}))?")
_GROUPED_AMOUNT = re.compile(r"(-?)(\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4})(?:,(\d{1,2}))?")
_GROUP_SPACES = str.maketrans("", "", " \u00a0\u202f")


def _amount_from_text(raw: str) -> tuple[Decimal, bool]:
    """Parse French or English amount text; say whether it was `1,234`-like (read as decimal)."""
    match = _PLAIN_AMOUNT.fullmatch(raw) or _GROUPED_AMOUNT.fullmatch(raw)
    if match is not None:
        sign, integer, decimals = match.groups()
        return Decimal(f"{sign}{integer.translate(_GROUP_SPACES)}.{decimals or '0'}"), False
    text = raw.strip()
    if not text or len(text) > _MAX_AMOUNT_CHARS:
        raise CellError(_AMOUNT_EXPECTED, raw)
    for currency in ("EUR", "€"):
        if text.upper().endswith(currency):
            text = text[: -len(currency)].strip()
        elif text.upper().startswith(currency):
            text = text[len(currency) :].strip()
    sign = "-" if text[:1] in {"-", "\u2212"} else ""
    if text[:1] in {"-", "+", "\u2212"}:
        text = text[1:].strip()
    try:
        digits, grouped_by_space = _drop_space_groups(text)
        integer, decimals, ambiguous = _split_number(digits, grouped_by_space=grouped_by_space)
    except CellError:
        raise CellError(_AMOUNT_EXPECTED, raw) from None
    if len(integer) > _MAX_INTEGER_DIGITS or len(decimals) > _MAX_DECIMAL_DIGITS:
        raise CellError(_AMOUNT_EXPECTED, raw)
    return Decimal(f"{sign}{integer}.{decimals or '0'}"), ambiguous


_MAX_INTEGER_DIGITS = 15
_MAX_DECIMAL_DIGITS = 6
_SPACE_CHARS = re.compile("[ \u00a0\u202f\u2009]")
_DECIMAL_MARK = re.compile(r"[.,]")
_SPACE_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+")


def _drop_space_groups(text: str) -> tuple[str, bool]:
    """Remove spaces grouping thousands (`1 234 567,89`); spaces anywhere else are an error."""
    if not _SPACE_CHARS.search(text):
        return text, False
    unified = _SPACE_CHARS.sub(" ", text)
    integer = _DECIMAL_MARK.split(unified, maxsplit=1)[0]
    rest = unified[len(integer) :]
    if not _SPACE_GROUPS.fullmatch(integer) or " " in rest:
        raise CellError
    return integer.replace(" ", "") + rest, True


def _split_number(text: str, *, grouped_by_space: bool) -> tuple[str, str, bool]:
    """Split digits and separators into (integer digits, decimal digits, ambiguous)."""
    marks = [ch for ch in text if ch in ".,"]
    if not marks:
        if not text.isdigit():
            raise CellError
        return text, "", False
    if len(marks) == 1:  # a single separator is always the decimal one
        integer, _, decimals = text.partition(marks[0])
        if not (integer.isdigit() or not integer) or not decimals.isdigit():
            raise CellError
        ambiguous = not grouped_by_space and len(decimals) == 3 and 1 <= len(integer) <= 3  # noqa: PLR2004 - `1,234`
        return integer or "0", decimals, ambiguous
    if grouped_by_space:
        raise CellError
    if len(set(marks)) == 1:  # `1,234,567`: thousands only
        _check_groups(text, marks[0])
        return text.replace(marks[0], ""), "", False
    mark = marks[-1]  # both kinds: the last one is the decimal separator, used once
    group = "," if mark == "." else "."
    integer, _, decimals = text.rpartition(mark)
    if marks.count(mark) != 1 or not decimals.isdigit():
        raise CellError
    _check_groups(integer, group)
    return integer.replace(group, ""), decimals, False


def _check_groups(text: str, separator: str) -> None:
    """Check that `separator` groups the digits of `text` by three, as in `1.234.567`."""
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(separator)}\d{{3}})+", text) is None:
        raise CellError


_DATE_EXPECTED = say("cell.date")


def parse_date(value: Cell, _line: int, _notes: CellNotes) -> date:
    """Return the date of a cell: a date cell, an Excel serial or text in a documented form."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not _EXCEL_MIN_SERIAL <= value <= _EXCEL_MAX_SERIAL:
            raise CellError(_DATE_EXPECTED, value, say("cell.not_a_serial"))
        return _EXCEL_EPOCH + timedelta(days=int(value))
    text = value.strip() if isinstance(value, str) else None
    if not text:
        raise CellError(_DATE_EXPECTED, value)
    if match := _DMY.fullmatch(text):
        year, month, day = int(match[4]), int(match[3]), int(match[1])
    elif match := _YMD.fullmatch(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    else:
        raise CellError(_DATE_EXPECTED, value)
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(_DATE_EXPECTED, value, say("cell.no_such_day")) from None


_CPV_EXPECTED = say("cell.cpv")


def parse_cpv(value: Cell, _line: int, _notes: CellNotes) -> str | None:
    """Return the CPV code (`30213100-6` or 8 digits as given), None if the cell is empty."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = str(int(value)).zfill(8) if float(value).is_integer() else ""
        if len(digits) != _CPV_DIGITS:  # a numeric cell lost the leading zero of 03…: put back
            raise CellError(_CPV_EXPECTED, value)
        return digits
    text = value.strip() if isinstance(value, str) else None
    if text == "":
        return None
    match = _CPV.fullmatch(text or "")
    if match is None:
        raise CellError(_CPV_EXPECTED, value)
    return match[1] + (match[2] or "")


_CPV_DIGITS = 8


_BOOL_EXPECTED = say("cell.bool")


def parse_bool(value: Cell, _line: int, _notes: CellNotes) -> bool:
    """Return a yes/no flag (oui/non, o/n, yes/no, true/false, vrai/faux, 1/0, x/empty)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in {0, 1}:
        return bool(value)
    text = str(value).strip().casefold()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise CellError(_BOOL_EXPECTED, value)


PARSERS: Mapping[str, Callable[[Cell, int, CellNotes], object]] = {
    "date": parse_date,
    "amount_ht": parse_amount,
    "cpv": parse_cpv,
    "description": text_of,
    "supplier": text_of,
    "reuse": parse_bool,
    "recycled": parse_bool,
    "category": optional_text,
}
"""How each canonical column is parsed, in `LedgerLine` field order."""
