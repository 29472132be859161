"""The purchase categories as the law stood on `--law-as-of`: later decrees are not known yet.

A decree published after the law date did not exist then, and the end date a later text set on
the previous decree was not known either: that decree stays open-ended. Figures declared in the
categories of an unknown decree are left out of the measure, and each year's finding says so.
"""

from __future__ import annotations

import dataclasses

from reen_compliance.decisions.context import Context
from reen_compliance.formats.profile import ProcurementFigure
from reen_compliance.i18n.message import Msg, msg
from reen_compliance.law.applicability import LawView
from reen_compliance.law.checks import CategorySharesCheck, Regime

LawStood = tuple[CategorySharesCheck, Context, dict[int, tuple[Msg, ...]]]


def known_check(check: CategorySharesCheck, law: LawView) -> CategorySharesCheck:
    """The check with only the decrees published by the law date (it depends on nothing else)."""
    return check.model_copy(update={"regimes": law.known_regimes(check.regimes)})


def as_law_stood(
    check: CategorySharesCheck, ctx: Context, narrowed: CategorySharesCheck | None = None
) -> LawStood:
    """The check with only the decrees published by the law date, and the narrowed context.

    The context's purchase figures leave out the categories of decrees not yet published then;
    the third part says, per year, which figures were left out and why. `narrowed`, when given,
    is `known_check(check, ctx.law)` computed beforehand.
    """
    if narrowed is None:
        narrowed = known_check(check, ctx.law)
    known = narrowed.regimes
    known_ids = {k.id for k in known}
    unknown = {r.prefix: r for r in check.regimes if r.id not in known_ids}
    if not unknown:
        return narrowed, ctx, {}
    kept: dict[int, tuple[ProcurementFigure, ...]] = {}
    notes: dict[int, tuple[Msg, ...]] = {}
    for year, figures in ctx.procurement.items():
        kept[year] = tuple(f for f in figures if f.category.split(":", 1)[0] not in unknown)
        left_out = tuple(
            _left_out(regime, figure, ctx)
            for figure in figures
            if (regime := unknown.get(figure.category.split(":", 1)[0])) is not None
        )
        if left_out:
            notes[year] = left_out
    return narrowed, dataclasses.replace(ctx, procurement=kept), notes


def _left_out(regime: Regime, figure: ProcurementFigure, ctx: Context) -> Msg:
    """Why a figure is not measured: its decree was published after the law date."""
    labels = {regime.category_id(c): c.label.split(";")[0] for c in regime.categories}
    category = labels.get(figure.category)
    named = (
        msg("shares-category", label=category, regime=regime.label)
        if category is not None
        else msg("shares-category-unknown", regime=regime.label)
    )
    if regime.enacted_on is None:
        return msg("shares-unpublished-category", category=named, law_date=ctx.law.law_as_of)
    return msg(
        "shares-unpublished-category-on",
        category=named,
        published=regime.enacted_on,
        law_date=ctx.law.law_as_of,
    )
