"""Words for reports: status labels, dates, numbers and money, in French and English.

French follows the typographic use of administrative writing: « 1er janvier 2025 »,
« 118 000 habitants » with a narrow no-break space, « 12 345,67 € ».
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Final, Literal

from reen_compliance.model import Status

Lang = Literal["fr", "en"]
NARROW_NBSP: Final = "\u202f"

STATUS_LABELS: Final[dict[Status, dict[str, str]]] = {
    Status.COMPLIANT: {"fr": "conforme", "en": "compliant"},
    Status.NON_COMPLIANT: {"fr": "non conforme", "en": "non compliant"},
    Status.NOT_APPLICABLE: {"fr": "non applicable", "en": "not applicable"},
    Status.INSUFFICIENT_DATA: {"fr": "données insuffisantes", "en": "missing data"},
    Status.NOT_YET_DUE: {"fr": "pas encore exigible", "en": "not yet due"},
    Status.EXEMPTED: {"fr": "exempté", "en": "exempted"},
}

_MONTHS_FR: Final = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_MONTHS_EN: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def status_label(status: Status, lang: Lang) -> str:
    """The status in words."""
    return STATUS_LABELS[status][lang]


def format_date(day: date, lang: Lang) -> str:
    """« 1er janvier 2025 » / "1 January 2025"."""
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {_MONTHS_FR[day.month - 1]} {day.year}"


def format_int(number: int | Decimal, lang: Lang) -> str:
    """Group thousands: « 118 000 » / "118,000"."""
    text = f"{int(number):,}"
    return text.replace(",", NARROW_NBSP) if lang == "fr" else text


def format_decimal(number: Decimal, lang: Lang, places: int = 2) -> str:
    """A decimal rounded for display only (half-even), grouped, with the language's comma."""
    quantum = Decimal(1).scaleb(-places)
    rounded = number.quantize(quantum, rounding=ROUND_HALF_EVEN)
    text = f"{rounded:,.{places}f}"
    if lang == "fr":
        return text.replace(",", NARROW_NBSP).replace(".", ",")
    return text


def format_money(amount: Decimal, lang: Lang) -> str:
    """« 12 345,67 € » / "€12,345.67"."""
    if lang == "fr":
        return f"{format_decimal(amount, lang)}{NARROW_NBSP}€"
    return f"€{format_decimal(amount, lang)}"


def format_pct(share: Decimal, lang: Lang) -> str:
    """« 18,5 % » / "18.5%"; shares are in percent already."""
    text = format_decimal(share, lang, 1 if share != share.to_integral_value() else 0)
    return f"{text}{NARROW_NBSP}%" if lang == "fr" else f"{text}%"


def upper_first(text: str) -> str:
    """Capitalise the first letter only (`str.capitalize` would lower « SPASER »)."""
    return text[:1].upper() + text[1:]


def pick(lang: Lang, fr: str, en: str) -> str:
    """Choose the sentence of the report's language."""
    return en if lang == "en" else fr
