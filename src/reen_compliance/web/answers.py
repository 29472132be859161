"""Answers typed in the forms, read the French way, and the profile they produce.

A date may be typed « 15/12/2024 », « 15 décembre 2024 », « 1er janvier 2025 » or 2024-12-15;
an amount « 17 000,00 € » or 17000.00. What cannot be read is passed on as typed, so that the
profile's validation reports it at its field in the command line's words. The profile travels
between pages as YAML text: nothing is stored on the server.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation

import yaml
from pydantic import ValidationError

from reen_compliance.errors import InvalidInputError, Problem, ProfileError
from reen_compliance.files.limits import Limits
from reen_compliance.files.source import read_text
from reen_compliance.formats.profile import Profile
from reen_compliance.law.loading import parse_profile
from reen_compliance.web.plain_yaml import NOT_PLAIN, plain_data

MONTHS = {
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12, "décembre": 12, "january": 1, "february": 2, "march": 3, "april": 4,
    "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "november": 11, "december": 12,
}  # fmt: skip
_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_WORDED_DATE = re.compile(r"(\d{1,2})(?:er)?\s+([^\W\d_]+)\.?\s+(\d{4})")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_INDEX = re.compile(r"\[(\d+)\]")
PROFILE_FILE = "profil.yaml"


def read_date(text: str) -> str:
    """ISO form of a French, English or ISO date; the text as typed when it is none of those."""
    typed = text.strip()
    lowered = typed.lower()
    if match := _NUMERIC_DATE.fullmatch(lowered):
        day, month, year = (int(part) for part in match.groups())
    elif (match := _WORDED_DATE.fullmatch(lowered)) and match.group(2) in MONTHS:
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
    else:
        return typed
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return typed


def read_amount(text: str) -> str:
    """A decimal number of « 17 000,00 € », « 17000.00 » or « 1.234,56 » as `17000.00`."""
    typed = text.strip()
    bare = _SPACES.sub("", typed).removesuffix("€").removesuffix("EUR").removesuffix("HT")
    bare = bare.removesuffix("€")
    if "," in bare:
        bare = bare.replace(".", "").replace(",", ".")
    try:
        number = Decimal(bare)
    except InvalidOperation:
        return typed
    return str(number) if number.is_finite() else typed


def read_count(text: str) -> int | str:
    """A whole number, spaces allowed (« 1 450 »); the text as typed otherwise."""
    bare = _SPACES.sub("", text.strip())
    return int(bare) if bare.isdigit() else text.strip()


def profile_data(text: str, limit: int, file: str = PROFILE_FILE) -> dict[object, object]:
    """The plain data of a profile's YAML text, read with the command line's limits.

    Plain YAML (the pages' own) is read from the parser's events (`plain_data`); anything
    else goes through the guarded reader, which places each problem at its line.

    Raises:
        ProfileError: the text is not YAML, is too big or is not a mapping.
    """
    limits = Limits(max_bytes=limit)
    data = plain_data(text, limits)
    if data is NOT_PLAIN:
        data = read_text(text, file, limits=limits, error=ProfileError).data
    if not isinstance(data, dict):
        raise ProfileError([Problem(file=file, message="expected a mapping at the top level")])
    return data


def validated(data: Mapping[object, object], text: str | None = None) -> tuple[str, Profile]:
    """The YAML text of `data` (`text` when it is already that) and the profile it describes.

    Valid data are checked by the model directly; only invalid data are written out and read
    again, so that each problem comes with its line and JSON path as the command line gives it.

    Raises:
        ProfileError: with each problem located at its JSON path (the form's field names).
    """
    try:
        profile = Profile.model_validate(data)
    except ValidationError:
        written = dump_yaml(data)
        return written, parse_profile(written, PROFILE_FILE)
    return (text if text is not None else dump_yaml(data)), profile


def dump_yaml(data: Mapping[object, object]) -> str:
    """YAML a person can read and the command line accepts; decimals as quoted numbers."""
    return yaml.safe_dump(
        _plain(data), allow_unicode=True, sort_keys=False, default_flow_style=False, width=100
    )


def _plain(data: object) -> object:
    if isinstance(data, Mapping):
        return {key: _plain(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_plain(value) for value in data]
    if isinstance(data, Decimal):
        return str(data)
    return data


def field_of(problem: Problem) -> str:
    """The form field a problem belongs to: its JSON path without `$.`, `[0]` as `.0`."""
    return _INDEX.sub(r".\1", problem.path).removeprefix("$").removeprefix(".")


def located_text(problem: Problem, lang: str, *, with_file: bool) -> str:
    """The problem as the command line says it; without the file and line at a form field."""
    text = problem.in_language(lang)
    if with_file:
        return text
    where = problem.file
    if problem.line is not None:
        where += f":{problem.line}"
        if problem.column is not None:
            where += f":{problem.column}"
    return text.removeprefix(where + ": ")


def problems_of(error: InvalidInputError) -> tuple[Problem, ...]:
    """The problems of an error, in file order."""
    return tuple(sorted(error.problems, key=lambda p: (p.line or 0, p.column or 0, p.path)))
