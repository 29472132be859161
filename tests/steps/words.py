"""How scenarios write dates, numbers, statuses and documents, in French."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from reen_compliance.formats.profile import Status

MONTHS = {
    "janvier": 1,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
}
STATUSES = {
    "conforme": Status.COMPLIANT,
    "non conforme": Status.NON_COMPLIANT,
    "non applicable": Status.NOT_APPLICABLE,
    "données insuffisantes": Status.INSUFFICIENT_DATA,
    "pas encore exigible": Status.NOT_YET_DUE,
    "exempté": Status.EXEMPTED,
}
DOCUMENTS = {
    "programme de travail": "nr_work_programme",
    "stratégie numérique responsable": "nr_strategy",
    "spaser": "spaser",
}
EPCI_CATEGORIES = {
    "métropole": "metropole",
    "communauté urbaine": "communaute_urbaine",
    "communauté d'agglomération": "communaute_agglomeration",
    "communauté de communes": "communaute_communes",
    "syndicat": "syndicat",
}


def french_date(text: str) -> date:
    """« 1er juin 2025 », « 31 décembre 2024 » or 2025-06-01."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    match = re.fullmatch(r"(\d{1,2})(?:er)? (\w+) (\d{4})", text)
    if match is None:
        msg = f"unreadable date {text!r}"
        raise ValueError(msg)
    day, month, year = match.groups()
    return date(int(year), MONTHS[month.lower()], int(day))


def number(text: str) -> Decimal:
    """« 50 000 », « 1 234,56 » or 1234.56."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    return Decimal(cleaned)


def status(text: str) -> Status:
    """A status written as the reports write it in French."""
    return STATUSES[text.strip().lower()]
