"""After a closed year's shortfall, each category's minimums for the next open year (AGEC art. 58).

A closed year cannot be caught up: the remedy is for the next open year, and REEN art. 16 or
AGEC art. 58 alike state its minimum. As a year's shares are measured, a category's minimum
is the one in force on the last day of the part of that year its decree covers (30 June 2024
for a category of décret n° 2021-254). A category whose decree no longer covers any of that
year is not named: a later decree's categories are other lists of products, with other ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal

from reen_compliance.decisions.clauses import clause_list
from reen_compliance.decisions.shares import CategoryRef, regime_span, short_label
from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import ShareMeasure
from reen_compliance.i18n.message import Msg, Percent, msg
from reen_compliance.law.applicability import LawView
from reen_compliance.law.timeline import intersect, last_day, year_span


def next_year_share_targets(
    law: LawView,
    index: Mapping[str, CategoryRef],
    measures: Iterable[ShareMeasure],
    year: int,
    as_of: date,
) -> Msg | None:
    """The minimums of the next open year for each category and share found below in `year`.

    None when no category below its minimum is still under a decree in force that year.
    """
    following = year_span(max(year + 1, as_of.year))
    targets: dict[str, tuple[CategoryRef, date, list[Msg]]] = {}
    for measure in measures:
        if measure.status is not Status.NON_COMPLIANT:
            continue
        ref = index.get(measure.category)
        span = intersect(regime_span(ref.regime), following) if ref is not None else None
        if ref is None or span is None:
            continue
        day = last_day(span)
        values = ref.category.minimums.get(measure.share)
        version = law.value_on(values, day) if values is not None else None
        if version is None or not isinstance(version.value, Decimal):
            target = msg("dates-next-target-share-unknown", share=measure.share)
        elif not version.conclusive:
            target = msg(
                "dates-next-target-share-indicative",
                share=measure.share,
                pct=Percent(version.value),
            )
        else:
            target = msg("dates-next-target-share", share=measure.share, pct=Percent(version.value))
        targets.setdefault(measure.category, (ref, day, []))[2].append(target)
    if not targets:
        return None
    categories = tuple(
        msg(
            "dates-next-target-category",
            label=short_label(ref.category),
            shares=clause_list(each),
            day=day,
        )
        for ref, day, each in targets.values()
    )
    return msg("dates-next-target-shares", categories=categories)
