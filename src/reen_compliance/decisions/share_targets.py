"""After a closed year's shortfall, each category's minimums for the next open year (AGEC art. 58).

A closed year cannot be caught up: the remedy is for the next open year, and REEN art. 16 or
AGEC art. 58 alike state its minimum. As a year's shares are measured, a category's minimum
is the one in force on the last day of the part of that year its decree covers (30 June 2024
for a category of décret n° 2021-254). A category whose decree no longer covers any of that
year is not named: a later decree's categories are other lists of products, with other ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reen_compliance.decisions.clauses import clause_list
from reen_compliance.decisions.shares import CategoryLaw
from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import ShareMeasure
from reen_compliance.i18n.message import Msg, msg


def next_year_share_targets(
    next_year_law: Mapping[str, CategoryLaw | None], measures: Iterable[ShareMeasure]
) -> Msg | None:
    """The minimums of the next open year for each category and share found below.

    `next_year_law` is each category's law over the part of that year its decree covers (None
    where it covers none), as the share check measures a year. None when no category below its
    minimum is still under a decree in force that year.
    """
    targets: dict[str, tuple[CategoryLaw, list[Msg]]] = {}
    for measure in measures:
        if measure.status is not Status.NON_COMPLIANT:
            continue
        terms = next_year_law.get(measure.category)
        if terms is None:
            continue
        minimum = next(m for m in terms.minimums if m.share == measure.share)
        if minimum.percent is None:
            target = msg("dates-next-target-share-unknown", share=measure.share)
        elif not minimum.confirmed:
            target = msg(
                "dates-next-target-share-indicative", share=measure.share, pct=minimum.percent
            )
        else:
            target = msg("dates-next-target-share", share=measure.share, pct=minimum.percent)
        targets.setdefault(measure.category, (terms, []))[1].append(target)
    if not targets:
        return None
    categories = tuple(
        msg(
            "dates-next-target-category",
            label=terms.short_label,
            shares=clause_list(each),
            day=terms.end,
        )
        for terms, each in targets.values()
    )
    return msg("dates-next-target-shares", categories=categories)
