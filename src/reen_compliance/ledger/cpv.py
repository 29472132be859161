"""The CPV correspondence table: decree category keys to CPV codes, checked row by row."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import TYPE_CHECKING

from reen_compliance.errors import Problem, RulePackError
from reen_compliance.ledger.classify import CategoryCodes

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = ["categories_from_correspondence", "load_cpv_correspondence"]

_CPV_CODE = re.compile(r"\d{8}(-\d)?")

_CORRESPONDENCE_HEADER = ("category_key", "cpv_code", "cpv_label_fr", "confidence", "origin")
_CONFIDENCES = ("high", "medium", "low")
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def load_cpv_correspondence(path: str | Path) -> dict[str, tuple[str, ...]]:
    """Read a CPV correspondence table (category_key -> CPV codes), checking every row.

    Raises `RulePackError` listing every malformed row: a code listed twice would make a line's
    category depend on the table's order.
    """
    name = str(path)
    problems: list[Problem] = []
    result: dict[str, list[str]] = {}
    owner: dict[str, tuple[str, int]] = {}
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RulePackError([Problem(name, message=f"cannot read the table: {error}")]) from error
    reader = csv.reader(text.splitlines())
    header = tuple(next(reader, ()))
    if header != _CORRESPONDENCE_HEADER:
        message = (
            f"expected the header {','.join(_CORRESPONDENCE_HEADER)}, found {','.join(header)}"
        )
        raise RulePackError([Problem(name, 1, None, "header", message)])
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        row_problems = _correspondence_row_problems(row, number)
        problems.extend(
            Problem(name, number, column, path_, msg) for column, path_, msg in row_problems
        )
        if row_problems:
            continue
        key, code = row[0], row[1]
        digits = code[:8]
        if digits in owner:
            other_key, other_line = owner[digits]
            message = f"CPV {digits} is already listed on line {other_line} (for {other_key!r})"
            problems.append(Problem(name, number, 2, f"$[{number}].cpv_code", message))
            continue
        owner[digits] = (key, number)
        result.setdefault(key, []).append(code)
    if problems:
        raise RulePackError(problems)
    return {key: tuple(codes) for key, codes in result.items()}


def _correspondence_row_problems(row: list[str], number: int) -> list[tuple[int, str, str]]:
    """Return (column, path, message) for each bad cell of a correspondence row."""
    if len(row) != len(_CORRESPONDENCE_HEADER):
        message = f"expected {len(_CORRESPONDENCE_HEADER)} cells, found {len(row)}"
        return [(1, f"$[{number}]", message)]
    key, code, label, confidence, origin = row
    found: list[tuple[int, str, str]] = []
    if _KEY.fullmatch(key) is None:
        found.append((1, f"$[{number}].category_key", f"expected a kebab-case key, found {key!r}"))
    if _CPV_CODE.fullmatch(code) is None:
        message = f"expected a CPV code such as 30213100-6 or 30213100, found {code!r}"
        found.append((2, f"$[{number}].cpv_code", message))
    if not label.strip():
        found.append((3, f"$[{number}].cpv_label_fr", "expected the CPV label, found nothing"))
    if confidence not in _CONFIDENCES:
        message = f"expected one of {', '.join(_CONFIDENCES)}, found {confidence!r}"
        found.append((4, f"$[{number}].confidence", message))
    if not origin.strip():
        found.append((5, f"$[{number}].origin", "expected where the row comes from, found nothing"))
    return found


def categories_from_correspondence(
    correspondence: Mapping[str, tuple[str, ...]],
    id_prefix: str,
    *,
    keys: Iterable[str] = (),
) -> tuple[CategoryCodes, ...]:
    """Build a regime's categories from a correspondence, ids as `<id_prefix>:<key>`.

    `keys` lists the decree's categories, so one without any CPV code (reachable only through
    an explicit category column) still exists; the correspondence's other keys follow.
    """
    ordered = dict.fromkeys([*keys, *correspondence])
    return tuple(
        CategoryCodes(f"{id_prefix}:{key}", correspondence.get(key, ())) for key in ordered
    )
