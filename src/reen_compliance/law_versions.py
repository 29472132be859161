"""The purchase categories as the law stood on `--law-as-of`: later decrees are not known yet.

A decree published after the law date did not exist then, and the end date a later text set on
the previous decree was not known either: that decree stays open-ended. Figures declared in the
categories of an unknown decree are refused with a message naming the decree and the date.
"""

from __future__ import annotations

from reen_compliance.errors import Problem, ProfileError
from reen_compliance.findings import Context
from reen_compliance.rule_model import CategorySharesCheck


def as_law_stood(check: CategorySharesCheck, ctx: Context) -> CategorySharesCheck:
    """The check with only the decree versions published by `ctx.law.law_as_of`."""
    known = ctx.law.known_regimes(check.regimes)
    if len(known) == len(check.regimes) or not known:
        return check.model_copy(update={"regimes": known})
    unknown = {r.prefix: r for r in check.regimes if r.id not in {k.id for k in known}}
    problems: list[Problem] = []
    for year, figures in ctx.procurement.items():
        for position, figure in enumerate(figures):
            regime = unknown.get(figure.category.split(":", 1)[0])
            if regime is None:
                continue
            problems.append(
                Problem(
                    ctx.procurement_source,
                    None,
                    None,
                    f"$.procurement.{year}[{position}].category",
                    f"category {figure.category!r} belongs to {regime.label.en}, published "
                    f"on {regime.enacted_on}, after the law date {ctx.law.law_as_of}",
                    "evaluate with a later --law-as-of, or declare figures in the categories "
                    "of the decree then in force",
                )
            )
    if problems:
        raise ProfileError(problems)
    return check.model_copy(update={"regimes": known})
