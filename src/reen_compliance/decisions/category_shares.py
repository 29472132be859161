"""Yearly purchase shares per legal category against each decree's dated minimums (AGEC art. 58).

Each year gets one decision with one measure per declared category and share; the reason names
the categories below their minimum and counts the others (the detail is in the measures).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from reen_compliance.decisions.clauses import clause_list
from reen_compliance.decisions.context import Context
from reen_compliance.decisions.decision import Decision, year_period
from reen_compliance.decisions.kinds import CheckKind, missing_year_status
from reen_compliance.decisions.law_versions import LawStood, as_law_stood
from reen_compliance.decisions.shares import (
    CategoryRef,
    category_index,
    measure_shares,
    regime_span,
    round_money_up,
    short_label,
)
from reen_compliance.errors import Problem, ProfileError, did_you_mean
from reen_compliance.formats.profile import ProcurementFigure, Status
from reen_compliance.formats.report import Gap, InsufficientCause, ShareGap, ShareMeasure
from reen_compliance.i18n.message import Code, Money, Msg, Percent, msg
from reen_compliance.law.applicability import Applicability
from reen_compliance.law.checks import CategorySharesCheck, ShareName
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import remember
from reen_compliance.law.timeline import intersect, year_span
from reen_compliance.messages import say


def _law_stood(rule: CompiledRule, check: CategorySharesCheck, ctx: Context) -> LawStood:
    """The decrees and figures as the law stood, computed once per evaluation.

    The memo keeps the narrowed figures, never a context: a context in its own memo would make
    a reference cycle, and every evaluation's data would wait for the garbage collector.
    """
    key = ("as_law_stood", rule.rule.id)
    found = ctx.memo.get(key)
    if found is None:
        narrowed, stood_ctx, notes = as_law_stood(check, ctx)
        procurement = None if stood_ctx is ctx else stood_ctx.procurement
        found = ctx.memo[key] = (narrowed, procurement, notes)
    narrowed, procurement, notes = found  # type: ignore[misc]  # the memo keeps its own types
    if procurement is None:
        return narrowed, ctx, notes
    return narrowed, replace(ctx, procurement=procurement), notes


def _index(
    rule: CompiledRule, narrowed: CategorySharesCheck, ctx: Context
) -> dict[str, CategoryRef]:
    """The categories of the decrees known on the law date, by id: built once per law date."""
    return remember(
        rule.memo, ("category_index", ctx.law.law_as_of), lambda: category_index(narrowed)
    )


def share_years(rule: CompiledRule, check: CategorySharesCheck, ctx: Context) -> range:
    """From the first decree's year (not before the rule took effect) to the current one.

    No year at all while no decree is published as the law stood. The figures' categories are
    checked here, once, before any year is judged.
    """
    narrowed, stood_ctx, _notes = _law_stood(rule, check, ctx)
    if not narrowed.regimes:
        return range(0)
    _check_category_ids(stood_ctx, _index(rule, narrowed, ctx))
    first_year = min(regime.effective_from.year for regime in narrowed.regimes)
    return range(max(first_year, rule.rule.in_force_from.year), ctx.as_of.year + 1)


def _check_category_ids(ctx: Context, index: dict[str, CategoryRef]) -> None:
    problems: list[Problem] = []
    for year, figures in ctx.procurement.items():
        if year > ctx.as_of.year:  # figures after the assessment are not evaluated
            continue
        for position, figure in enumerate(figures):
            path = f"$.procurement.{year}[{position}].category"
            ref = index.get(figure.category)
            if ref is None:
                problems.append(
                    Problem.of(
                        ctx.procurement_source,
                        None,
                        None,
                        path,
                        say("profile.unknown_category", category=figure.category),
                        did_you_mean(figure.category, index),
                    )
                )
            elif intersect(regime_span(ref.regime), year_span(year)) is None:
                problems.append(
                    Problem.of(
                        ctx.procurement_source,
                        None,
                        None,
                        path,
                        say(
                            "profile.category_not_in_force",
                            category=figure.category,
                            regime=ref.regime.label.fr,
                            year=str(year),
                        ),
                    )
                )
    if problems:
        raise ProfileError(problems)


def decide_shares_year(
    rule: CompiledRule,
    check: CategorySharesCheck,
    ctx: Context,
    year: int,
    app: Applicability,
) -> Iterable[Decision]:
    """One year's shares, category by category, against the minimums in force."""
    narrowed, stood_ctx, law_notes = _law_stood(rule, check, ctx)
    index = _index(rule, narrowed, ctx)
    figures = stood_ctx.procurement.get(year, ())
    year_end = date(year, 12, 31)
    notes = (*ledger_notes(ctx, year), *law_notes.get(year, ()))
    if not figures:
        yield Decision(
            status=missing_year_status(ctx, year),
            reason=msg("shares-no-figures", year=str(year), field=Code(f"procurement.{year}")),
            period=year_period(year),
            applicability=app,
            deadline=year_end,
            data_source=ctx.procurement_source,
        )
        return
    measured = _measure_year(stood_ctx, index, figures, year)
    measures = measured.measures
    statuses = {m.status for m in measures}
    if Status.NON_COMPLIANT in statuses:
        status = Status.NON_COMPLIANT
    elif Status.INSUFFICIENT_DATA in statuses:
        status = Status.INSUFFICIENT_DATA
    elif statuses <= {Status.NOT_APPLICABLE}:
        status = Status.NOT_APPLICABLE
    else:
        status = Status.COMPLIANT
    if ctx.as_of <= year_end and status != Status.NOT_APPLICABLE:
        status = Status.NOT_YET_DUE
    missing = measured.missing
    details: list[Msg] = []
    if missing:
        details.append(msg("shares-euros-missing", missing=Money(missing)))
        # Shown when the shares add up to the total (décret n° 2024-134: each share its own
        # euros); under décret n° 2021-254 reuse is part of the total share and they overlap.
        if len(measured.by_share) > 1 and sum(g.missing for g in measured.by_share) == missing:
            details.append(
                msg(
                    "shares-gap-by-share",
                    shares=tuple(
                        msg(
                            "shares-gap-share",
                            share=gap.share,
                            missing=Money(gap.missing),
                            required=Money(gap.required),
                            actual=Money(gap.actual),
                        )
                        for gap in measured.by_share
                    ),
                )
            )
    cause: InsufficientCause | None = None
    if status == Status.INSUFFICIENT_DATA:
        unsettled = [m for m in measures if m.status == Status.INSUFFICIENT_DATA]
        cause = (
            "law_value_unknown"
            if any(m.minimum_source is None for m in unsettled)
            else "law_value_unconfirmed"
        )
    if status == Status.NOT_YET_DUE:
        details.append(msg("shares-year-not-over"))
    yield Decision(
        status=status,
        reason=msg(
            "shares-year", year=str(year), clauses=clause_list(_year_clauses(list(measures)))
        ),
        period=year_period(year),
        applicability=app,
        deadline=year_end,
        gap=Gap(unit="EUR", required=measured.required, actual=measured.actual, missing=missing)
        if missing
        else None,
        gap_by_share=measured.by_share,
        insufficient_cause=cause,
        details=tuple(details),
        measures=tuple(measures),
        value_review=any(m.review for m in measures),
        notes=notes,
        data_source=ctx.procurement_source,
        steps=measured.steps,
    )


@dataclass(frozen=True, slots=True)
class YearMeasure:
    """A year's measures, their trace steps, the euros missing in total and per share."""

    measures: tuple[ShareMeasure, ...]
    steps: tuple[Msg, ...]
    missing: Decimal
    required: Decimal
    actual: Decimal
    by_share: tuple[ShareGap, ...]


def _measure_year(
    ctx: Context, index: dict[str, CategoryRef], figures: Iterable[ProcurementFigure], year: int
) -> YearMeasure:
    """Measure each category's shares; a category's missing euros combine as its decree says.

    Under `combine: max` (décret n° 2021-254: a total share « dont » reuse) the shares overlap
    and only the most demanding counts in the total; under `sum` each share adds its own euros.
    The total's required and actual amounts are made of the same shares as its missing euros,
    so that required - actual = missing; `by_share` gives each share its own three amounts.
    """
    measures: list[ShareMeasure] = []
    steps: list[Msg] = []
    missing = required = actual = Decimal(0)
    per_share: dict[ShareName, list[Decimal]] = {}
    for figure in figures:
        ref = index[figure.category]
        span = intersect(regime_span(ref.regime), year_span(year))
        if span is None:  # pragma: no cover - refused by _check_category_ids
            raise AssertionError(figure.category)
        category_measures = measure_shares(ctx.law, ref, figure, span)
        measures.extend(category_measures)
        steps.extend(_measure_step(ref, m) for m in category_measures)
        below = [
            m
            for m in category_measures
            if m.status == Status.NON_COMPLIANT and m.missing_eur_ht is not None
        ]
        for m in below:
            amounts = per_share.setdefault(m.share, [Decimal(0), Decimal(0)])
            amounts[0] += m.qualifying_eur_ht + (m.missing_eur_ht or Decimal(0))
            amounts[1] += m.qualifying_eur_ht
        counted = below
        if below and ref.regime.combine == "max":
            counted = [max(below, key=lambda m: m.missing_eur_ht or Decimal(0))]
        for m in counted:
            missing += m.missing_eur_ht or Decimal(0)
            required += m.qualifying_eur_ht + (m.missing_eur_ht or Decimal(0))
            actual += m.qualifying_eur_ht
    by_share = tuple(
        ShareGap(share=share, required=req, actual=act, missing=req - act)
        for share, (req, act) in sorted(per_share.items())
    )
    return YearMeasure(tuple(measures), tuple(steps), missing, required, actual, by_share)


def ledger_notes(ctx: Context, year: int) -> tuple[Msg, ...]:
    """The notes of the ledger reading about `year` (those about no year go to the warnings)."""
    return tuple(
        note.message
        for note in ctx.procurement_notes
        if note.year == year and isinstance(note.message, Msg)
    )


def _measure_step(ref: CategoryRef, measure: ShareMeasure) -> Msg:
    """One share of one category in the trace: measured rate, minimum, outcome."""
    values = {
        "label": short_label(ref.category),
        "share": measure.share,
        "status": measure.status.value,
    }
    if measure.share_pct is None:
        return msg("shares-step-no-purchase", **values)
    if measure.minimum_pct is None:
        return msg("shares-step-no-minimum", rate=Percent(measure.share_pct), **values)
    return msg(
        "shares-step-measure",
        rate=Percent(measure.share_pct),
        minimum=Percent(measure.minimum_pct),
        **values,
    )


def _year_clauses(measures: list[ShareMeasure]) -> list[Msg]:
    """Name the categories below their minimum; count the others."""
    below = [m for m in measures if m.status == Status.NON_COMPLIANT]
    met = {m.category for m in measures if m.status == Status.COMPLIANT} - {
        m.category for m in below
    }
    unconfirmed = {m.category for m in measures if m.status == Status.INSUFFICIENT_DATA}
    clauses: list[Msg] = []
    if below:
        by_label: dict[str, list[Msg]] = {}
        for m in below:
            by_label.setdefault(m.label.split(";")[0], []).append(
                msg(
                    "shares-share-below",
                    share=m.share,
                    rate=Percent(m.share_pct or Decimal(0)),
                    minimum=Percent(m.minimum_pct or Decimal(0)),
                )
            )
        named = tuple(
            msg("shares-category-below", label=label, shares=clause_list(shares))
            for label, shares in by_label.items()
        )
        clauses.append(msg("shares-below", categories=named))
    if met:
        clauses.append(msg("shares-met", count=len(met)))
    if unconfirmed:
        clauses.append(msg("shares-unconfirmed", count=len(unconfirmed)))
    indicative = [
        m
        for m in measures
        if m.status == Status.INSUFFICIENT_DATA
        and m.minimum_pct is not None
        and m.share_pct is not None
    ]
    if indicative:
        clauses.append(
            msg(
                "shares-indicative",
                shares=tuple(
                    msg(
                        "shares-indicative-share",
                        label=m.label.split(";")[0],
                        share=m.share,
                        rate=Percent(m.share_pct or Decimal(0)),
                        minimum=Percent(m.minimum_pct or Decimal(0)),
                        reached="yes" if _short_of(m) <= 0 else "no",
                        short=Money(max(_short_of(m), Decimal(0))),
                    )
                    for m in indicative
                ),
            )
        )
    if not clauses:
        clauses.append(msg("shares-no-purchase"))
    return clauses


def _short_of(measure: ShareMeasure) -> Decimal:
    """Euros HT an indicative rate would call for beyond those bought (negative: exceeded)."""
    minimum = measure.minimum_pct or Decimal(0)
    return round_money_up(minimum * measure.total_eur_ht / 100 - measure.qualifying_eur_ht)


CATEGORY_SHARES = CheckKind(CategorySharesCheck, decide_year=decide_shares_year, years=share_years)
