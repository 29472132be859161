"""The five obligations as one plain Python function: the baseline our engine is measured against.

It computes statuses only (no explanations, citations or traces), with the law hard-coded from
`law.py`; each branch mirrors the engine's reading, in the same order.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from law import (
    AGEC_FIRST_YEAR,
    ALL_ENTITIES,
    ART35_ENTITIES,
    ART35_IN_FORCE,
    POPULATION_THRESHOLD,
    REPORT_FIRST_YEAR,
    REPORT_REQUIRED_FROM,
    REUSE_FIRST_YEAR,
    STRATEGY_DEADLINE,
    STRATEGY_ELEMENTS,
    STRATEGY_LATER_ELEMENTS,
    WORK_PROGRAMME_DEADLINE,
    minimum_table,
    reuse_minimum,
)

from reen_compliance.formats.profile import Document, PopulationFigure, Profile

Status = tuple[str, str | None, str]
HUNDRED = Decimal(100)
MINIMUMS = minimum_table()
C, NC, NA, ID, NYD = (
    "compliant",
    "non_compliant",
    "not_applicable",
    "insufficient_data",
    "not_yet_due",
)


def _population(figures: tuple[PopulationFigure, ...], day: date) -> int | None:
    best: PopulationFigure | None = None
    for figure in figures:
        if figure.applies_from <= day and (best is None or figure.applies_from > best.applies_from):
            best = figure
    return best.total if best is not None else None


def _art35_holds(entity: str, figures: tuple[PopulationFigure, ...], day: date) -> bool | None:
    if day < ART35_IN_FORCE or entity not in ART35_ENTITIES:
        return False
    total = _population(figures, day)
    return None if total is None else total > POPULATION_THRESHOLD


def _art35_since(figures: tuple[PopulationFigure, ...], day: date) -> tuple[date, bool]:
    """Walk the population change dates back from `day` while the body stays bound."""
    changes = {ART35_IN_FORCE, *(figure.applies_from for figure in figures)}
    since = day
    for change in sorted((c for c in changes if c <= day), reverse=True):
        if change < ART35_IN_FORCE:
            return since, False
        total = _population(figures, change)
        if total is None:
            return since, True
        if total <= POPULATION_THRESHOLD:
            return since, False
        since = change
    return since, False


def _document(
    profile: Profile, document: Document | None, deadline: date, as_of: date, *, strategy: bool
) -> str:
    figures = profile.collectivity.population
    bound = _art35_holds(profile.collectivity.entity, figures, as_of)
    if bound is None:
        return ID
    if not bound:
        return NA
    since, lower_bound = _art35_since(figures, as_of)
    due = since if since > deadline and not lower_bound else deadline
    if document is None:
        return ID
    adopted_on = document.adopted_on
    if document.status == "adopted" and adopted_on is not None and adopted_on <= as_of:
        contents = document.contents
        if strategy and contents is not None:
            for key, required_from in (*STRATEGY_ELEMENTS, *STRATEGY_LATER_ELEMENTS):
                if (required_from is None or adopted_on >= required_from) and (
                    key not in contents.elements
                ):
                    return NC
        return C
    return NYD if as_of <= due else NC


def _budget_vote(entity: str, year: int) -> date:
    """The latest budget vote (CGCT L. 1612-2): 30 April in a renewal year, else 15 April."""
    municipal = entity in {"commune", "cc", "ca", "cu", "metropole"} and year in {2020, 2026}
    return date(year, 4, 30) if municipal or year < 2020 else date(year, 4, 15)  # noqa: PLR2004


def _reports(profile: Profile, as_of: date) -> list[Status]:
    out: list[Status] = []
    entity, figures = profile.collectivity.entity, profile.collectivity.population
    for year in range(REPORT_FIRST_YEAR, as_of.year + 1):
        period = str(year)
        bound = _art35_holds(entity, figures, min(as_of, date(year, 12, 31)))
        if not bound:
            out.append(("reen-art35-annual-report", period, ID if bound is None else NA))
            continue
        report = profile.sustainable_development_reports.get(year)
        if report is None or report.adopted_on > as_of:
            status = NYD if as_of <= _budget_vote(entity, year) else ID
        elif report.budget_debate_on is not None and report.adopted_on > report.budget_debate_on:
            status = NC
        elif report.adopted_on < REPORT_REQUIRED_FROM:
            status = NA
        else:
            status = C if report.covers_nr_strategy else NC
        out.append(("reen-art35-annual-report", period, status))
    return out


def _reuse(profile: Profile, as_of: date) -> list[Status]:
    out: list[Status] = []
    bound = profile.collectivity.entity in ALL_ENTITIES
    for year in range(REUSE_FIRST_YEAR, as_of.year + 1):
        year_end = date(year, 12, 31)
        record = profile.equipment_disposal.get(year)
        if not bound:
            status = NA
        elif record is None:
            status = NYD if as_of <= year_end else ID
        elif record.reformed_on_jan_1 == 0:
            status = ID
        elif as_of <= year_end:
            status = NYD
        else:
            share = Decimal(record.sent_to_reuse) / Decimal(record.reformed_on_jan_1) * HUNDRED
            status = C if share >= reuse_minimum(year) else NC
        out.append(("reen-art16-it-equipment-reuse", str(year), status))
    return out


def _agec_year(profile: Profile, year: int, as_of: date) -> str:
    figures = profile.procurement.get(year, ())
    in_progress = as_of <= date(year, 12, 31)
    if not figures:
        return NYD if in_progress else ID
    worst = 0  # 0 not applicable, 1 compliant, 2 insufficient data, 3 non compliant
    for figure in figures:
        total = figure.total_eur_ht
        for share, minimum in MINIMUMS[figure.category, year]:
            if total == 0:
                continue
            if minimum is None:
                worst = max(worst, 2)
                continue
            if share == "reuse":
                amount = figure.reuse_eur_ht + figure.donations_eur
            elif share == "recycled":
                amount = figure.recycled_eur_ht
            else:
                amount = figure.reuse_eur_ht + figure.recycled_eur_ht + figure.donations_eur
            worst = max(worst, 1 if amount / total * HUNDRED >= minimum else 3)
    status = (NA, C, ID, NC)[worst]
    return NYD if in_progress and status != NA else status


def _agec(profile: Profile, as_of: date) -> list[Status]:
    bound = profile.collectivity.entity in ALL_ENTITIES
    return [
        (
            "agec-art58-procurement-shares",
            str(year),
            _agec_year(profile, year, as_of) if bound else NA,
        )
        for year in range(AGEC_FIRST_YEAR, as_of.year + 1)
    ]


def statuses_by_hand(profile: Profile, as_of: date) -> list[Status]:
    """(rule id, period, status) for the five obligations, like `evaluate` finds them."""
    documents = profile.documents
    return [
        (
            "reen-art35-work-programme",
            None,
            _document(
                profile, documents.nr_work_programme, WORK_PROGRAMME_DEADLINE, as_of, strategy=False
            ),
        ),
        (
            "reen-art35-strategy",
            None,
            _document(profile, documents.nr_strategy, STRATEGY_DEADLINE, as_of, strategy=True),
        ),
        *_reports(profile, as_of),
        *_reuse(profile, as_of),
        *_agec(profile, as_of),
    ]
