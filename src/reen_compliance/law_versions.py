"""The purchase categories as the law stood on `--law-as-of`: later decrees are not known yet.

A decree published after the law date did not exist then, and the end date a later text set on
the previous decree was not known either: that decree stays open-ended. Figures declared in the
categories of an unknown decree are left out of the measure, and each year's finding says so.
"""

from __future__ import annotations

import dataclasses

from reen_compliance.findings import Context
from reen_compliance.model import ProcurementFigure
from reen_compliance.rule_model import CategorySharesCheck
from reen_compliance.wording import pick


def as_law_stood(check: CategorySharesCheck, ctx: Context) -> tuple[CategorySharesCheck, Context]:
    """The check with only the decrees published by the law date, and the narrowed context.

    The context's purchase figures leave out the categories of decrees not yet published then.
    """
    known = ctx.law.known_regimes(check.regimes)
    narrowed = check.model_copy(update={"regimes": known})
    known_ids = {k.id for k in known}
    unknown = {r.prefix: r for r in check.regimes if r.id not in known_ids}
    if not unknown:
        return narrowed, ctx
    kept: dict[int, tuple[ProcurementFigure, ...]] = {}
    notes: list[str] = []
    for year, figures in ctx.procurement.items():
        kept[year] = tuple(f for f in figures if f.category.split(":", 1)[0] not in unknown)
        for figure in figures:
            regime = unknown.get(figure.category.split(":", 1)[0])
            if regime is not None:
                notes.append(
                    pick(
                        ctx.lang,
                        f"{year} {figure.category} : catégorie du {regime.label.fr}, publié le "
                        f"{regime.enacted_on}, après la date du droit ({ctx.law.law_as_of}) ; "
                        "montants non mesurés",
                        f"{year} {figure.category}: category of {regime.label.en}, published on "
                        f"{regime.enacted_on}, after the law date ({ctx.law.law_as_of}); "
                        "amounts not measured",
                    )
                )
    narrowed_ctx = dataclasses.replace(
        ctx,
        procurement=kept,
        procurement_notes=(*ctx.procurement_notes, *notes),
    )
    return narrowed, narrowed_ctx
