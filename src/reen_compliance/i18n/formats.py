"""How values are written in each language: dates, whole numbers, decimals, money, percentages.

French follows the typographic use of administrative writing: « 1er janvier 2025 »,
« 118 000 habitants » with a narrow no-break space, « 12 345,67 € », « 18,5 % ».
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Final, Literal

Lang = Literal["fr", "en"]
LANGUAGES: Final[tuple[Lang, ...]] = ("fr", "en")
NARROW_NBSP: Final = "\u202f"

_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "fr": (
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
    ),
    "en": (
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
    ),
}


def format_date(day: date, lang: Lang) -> str:
    """« 1er janvier 2025 » / "1 January 2025"."""
    month = _MONTHS["en" if lang == "en" else "fr"][day.month - 1]
    if lang == "en":
        return f"{day.day} {month} {day.year}"
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {month} {day.year}"


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


def format_number(number: int | Decimal, lang: Lang) -> str:
    """A count or a measure as written in prose: grouped, decimals only where there are some."""
    if isinstance(number, int) or number == number.to_integral_value():
        return format_int(number, lang)
    return format_decimal(number, lang, 2).rstrip("0").rstrip(",.")


def format_money(amount: Decimal, lang: Lang) -> str:
    """« 12 345,67 € » / "€12,345.67"."""
    if lang == "fr":
        return f"{format_decimal(amount, lang)}{NARROW_NBSP}€"
    return f"€{format_decimal(amount, lang)}"


def format_pct(share: Decimal, lang: Lang) -> str:
    """« 18,5 % » / "18.5%"; shares are in percent already, shown with at most one decimal."""
    one_place = share.quantize(Decimal("0.1"), rounding=ROUND_HALF_EVEN)
    places = 0 if one_place == one_place.to_integral_value() else 1
    text = format_decimal(share, lang, places)
    return f"{text}{NARROW_NBSP}%" if lang == "fr" else f"{text}%"


def upper_first(text: str) -> str:
    """Capitalise the first letter only (`str.capitalize` would lower « SPASER »)."""
    return text[:1].upper() + text[1:]


def french_of(noun_phrase: str) -> str:
    """« de » before a French noun phrase, contracted as grammar requires: du, de la, de l', des."""
    lowered = noun_phrase.lower()
    if lowered.startswith("le "):
        return "du " + noun_phrase[3:]
    if lowered.startswith("les "):
        return "des " + noun_phrase[4:]
    if lowered.startswith(("la ", "l'", "l’")):
        return "de " + noun_phrase
    if noun_phrase[:1].lower() in "aeiouyéèêàâîïôh":
        return "d'" + noun_phrase
    return "de " + noun_phrase
