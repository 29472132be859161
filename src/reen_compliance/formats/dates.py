"""The date forms people type, read the same way in a profile and on the command line.

ISO `2024-12-12`, or French `12/12/2024` (day first, as French documents write it). Kept apart
and light so that the command line parses `--as-of` without loading the profile model.
"""

from __future__ import annotations

import re
from datetime import date

_FRENCH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

DATE_FORMS = "2025-06-01 or 01/06/2025"
"""The forms accepted, as an example of each."""


def iso_text(text: str) -> str:
    """`text` with a French date « 12/12/2024 » rewritten ISO; any other text is unchanged."""
    if match := _FRENCH_DATE.fullmatch(text.strip()):
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return text


def parse_day(text: str) -> date:
    """The day `text` names in either form; ValueError for anything else or an impossible day."""
    written = iso_text(text).strip()
    if not _ISO_DATE.fullmatch(written):  # fromisoformat also takes 20241212 and week dates
        msg = f"not a date: {text!r}"
        raise ValueError(msg)
    return date.fromisoformat(written)
