"""Flatten a `Profile` into JSON-ready facts for zen-engine and rule-engine (timed with them).

Neither engine reads pydantic models or `Decimal`: dates become ordinals, euros integer cents,
years string keys. This is data access only; every legal decision stays in the engines.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reen_compliance.formats.profile import Document, Profile

CENTS = Decimal(100)


def _cents(amount: Decimal) -> int:
    return int(amount * CENTS)


def _document(document: Document | None) -> dict[str, object] | None:
    if document is None:
        return None
    adopted = document.adopted_on if document.status == "adopted" else None
    contents = document.contents
    return {
        "adopted": adopted.toordinal() if adopted is not None else None,
        "hasContents": contents is not None,
        "elements": list(contents.elements) if contents is not None else [],
    }


def profile_facts(profile: Profile, as_of: date) -> dict[str, object]:
    """The facts both engines evaluate, for one profile on `as_of`."""
    collectivity = profile.collectivity
    return {
        "asOf": as_of.toordinal(),
        "asOfYear": as_of.year,
        "entity": collectivity.entity,
        "pops": [
            {"start": figure.applies_from.toordinal(), "total": figure.total}
            for figure in sorted(collectivity.population, key=lambda f: f.applies_from)
        ],
        "wp": _document(profile.documents.nr_work_programme),
        "strategy": _document(profile.documents.nr_strategy),
        "reports": {
            str(year): {
                "adopted": report.adopted_on.toordinal(),
                "covers": report.covers_nr_strategy,
                "debate": report.budget_debate_on.toordinal()
                if report.budget_debate_on is not None
                else None,
            }
            for year, report in profile.sustainable_development_reports.items()
        },
        "disposal": {
            str(year): {"a": record.sent_to_reuse, "b": record.reformed_on_jan_1}
            for year, record in profile.equipment_disposal.items()
        },
        "figures": [
            {
                "year": year,
                "cat": figure.category,
                "total": _cents(figure.total_eur_ht),
                "reuse": _cents(figure.reuse_eur_ht),
                "recycled": _cents(figure.recycled_eur_ht),
                "donations": _cents(figure.donations_eur),
            }
            for year, figures in profile.procurement.items()
            for figure in figures
        ],
    }
