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
from reen_compliance.decisions.law_versions import LawStood, as_law_stood, known_check
from reen_compliance.decisions.share_targets import next_year_share_targets
from reen_compliance.decisions.shares import (
    CategoryLaw,
    CategoryRef,
    ShareMinimum,
    category_index,
    category_law,
    measure_figure,
    regime_span,
    round_money_up,
)
from reen_compliance.errors import Problem, ProfileError, did_you_mean
from reen_compliance.formats.profile import ProcurementFigure, Status
from reen_compliance.formats.report import (
    Gap,
    InsufficientCause,
    ShareGap,
    ShareMeasure,
    trusted,
)
from reen_compliance.i18n.message import Code, Money, Msg, Percent, msg, msg_of
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
        known = remember(
            rule.memo, ("known_check", ctx.law.law_as_of), lambda: known_check(check, ctx.law)
        )
        narrowed, stood_ctx, notes = as_law_stood(check, ctx, known)
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


def _year_law(
    rule: CompiledRule, narrowed: CategorySharesCheck, ctx: Context, year: int
) -> dict[str, CategoryLaw | None]:
    """Each category's law over the part of `year` its decree covers, by id (None: not in force).

    Built once per law date and year: it holds the rule's law only, never the body's figures.
    """
    law = ctx.law

    def build() -> dict[str, CategoryLaw | None]:
        whole_year = year_span(year)
        found: dict[str, CategoryLaw | None] = {}
        for category_id, ref in _index(rule, narrowed, ctx).items():
            span = intersect(regime_span(ref.regime), whole_year)
            found[category_id] = None if span is None else category_law(law, ref, span)
        return found

    return remember(rule.memo, ("category_year", law.law_as_of, year), build)


def share_years(rule: CompiledRule, check: CategorySharesCheck, ctx: Context) -> range:
    """From the first decree's year (not before the rule took effect) to the current one.

    No year at all while no decree is published as the law stood. The figures' categories are
    checked here, once, before any year is judged.
    """
    narrowed, stood_ctx, _notes = _law_stood(rule, check, ctx)
    if not narrowed.regimes:
        return range(0)
    _check_category_ids(rule, narrowed, stood_ctx)
    first_year = min(regime.effective_from.year for regime in narrowed.regimes)
    return range(max(first_year, rule.rule.in_force_from.year), ctx.as_of.year + 1)


def _check_category_ids(rule: CompiledRule, narrowed: CategorySharesCheck, ctx: Context) -> None:
    problems: list[Problem] = []
    for year, figures in ctx.procurement.items():
        if year > ctx.as_of.year:  # figures after the assessment are not evaluated
            continue
        in_year = _year_law(rule, narrowed, ctx, year)
        for position, figure in enumerate(figures):
            if in_year.get(figure.category) is not None:
                continue
            path = f"$.procurement.{year}[{position}].category"
            index = _index(rule, narrowed, ctx)
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
            else:
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
    figures = stood_ctx.procurement.get(year, ())
    year_end = date(year, 12, 31)
    if not figures:
        yield Decision(
            status=missing_year_status(ctx, year),
            reason=remember(rule.memo, ("shares_no_figures", year), lambda: _no_figures(year)),
            period=year_period(year),
            applicability=app,
            deadline=year_end,
            data_source=ctx.procurement_source,
            closes_on=year_end,
        )
        return
    notes = (*ledger_notes(ctx, year), *law_notes.get(year, ()))
    measured = _measure_year(_year_law(rule, narrowed, ctx, year), figures)
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
            "shares-year", year=str(year), clauses=clause_list(_year_clauses(measured.outcomes))
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
        closes_on=year_end,
        next_target=next_year_share_targets(
            _year_law(rule, narrowed, ctx, max(year + 1, ctx.as_of.year)), measures
        )
        if status is Status.NON_COMPLIANT
        else None,
    )


def _no_figures(year: int) -> Msg:
    """The reason of a year without figures: the same for every body, kept with the rule."""
    return msg("shares-no-figures", year=str(year), field=Code(f"procurement.{year}"))


@dataclass(frozen=True, slots=True)
class YearMeasure:
    """A year's measures, their trace steps, the outcomes its reason names, the euros missing."""

    measures: tuple[ShareMeasure, ...]
    steps: tuple[Msg, ...]
    outcomes: _Outcomes
    missing: Decimal
    required: Decimal
    actual: Decimal
    by_share: tuple[ShareGap, ...]


def _measure_year(
    in_year: dict[str, CategoryLaw | None], figures: Iterable[ProcurementFigure]
) -> YearMeasure:
    """Measure each category's shares; a category's missing euros combine as its decree says.

    Under `combine: max` (décret n° 2021-254: a total share « dont » reuse) the shares overlap
    and only the most demanding counts in the total; under `sum` each share adds its own euros.
    The total's required and actual amounts are made of the same shares as its missing euros,
    so that required - actual = missing; `by_share` gives each share its own three amounts.
    One pass over the measures gives their trace steps and the outcomes the reason names.
    """
    measures: list[ShareMeasure] = []
    steps: list[Msg] = []
    outcomes = _Outcomes()
    missing = required = actual = _ZERO
    per_share: dict[ShareName, list[Decimal]] = {}
    for figure in figures:
        terms = in_year[figure.category]
        if terms is None:  # pragma: no cover - refused by _check_category_ids
            raise AssertionError(figure.category)
        label = terms.short_label
        below: list[ShareMeasure] = []
        shares = measure_figure(terms, figure)
        measures += shares
        for law, m in zip(terms.minimums, shares, strict=True):
            rate = None if m.share_pct is None else Percent(m.share_pct)
            steps.append(_measure_step(label, law, m, rate))
            outcomes.add(label, law, m, rate)
            if m.status is Status.NON_COMPLIANT and m.missing_eur_ht is not None:
                below.append(m)
        for m in below:
            amounts = per_share.setdefault(m.share, [_ZERO, _ZERO])
            amounts[0] += m.qualifying_eur_ht + (m.missing_eur_ht or _ZERO)
            amounts[1] += m.qualifying_eur_ht
        counted = below
        if len(below) > 1 and terms.ref.regime.combine == "max":
            counted = [max(below, key=lambda m: m.missing_eur_ht or _ZERO)]
        for m in counted:
            missing += m.missing_eur_ht or _ZERO
            required += m.qualifying_eur_ht + (m.missing_eur_ht or _ZERO)
            actual += m.qualifying_eur_ht
    by_share = tuple(
        trusted(ShareGap, share=share, required=req, actual=act, missing=req - act)
        for share, (req, act) in sorted(per_share.items())
    )
    return YearMeasure(tuple(measures), tuple(steps), outcomes, missing, required, actual, by_share)


_ZERO = Decimal(0)
_ZERO_PERCENT = Percent(_ZERO)


def ledger_notes(ctx: Context, year: int) -> tuple[Msg, ...]:
    """The notes of the ledger reading about `year` (those about no year go to the warnings)."""
    return tuple(
        note.message
        for note in ctx.procurement_notes
        if note.year == year and isinstance(note.message, Msg)
    )


def _measure_step(
    label: str, law: ShareMinimum, measure: ShareMeasure, rate: Percent | None
) -> Msg:
    """One share of one category in the trace: measured rate (`rate`), minimum, outcome.

    Built as `msg` would build it (same values, same order), without its keyword dictionaries:
    a year has a step per category and share.
    """
    tail = (("label", label), ("share", measure.share), ("status", _STATUS[measure.status]))
    if rate is None:
        return msg_of("shares-step-no-purchase", tail)
    if law.percent is None:
        return msg_of("shares-step-no-minimum", (("rate", rate), *tail))
    return msg_of("shares-step-measure", (("rate", rate), ("minimum", law.percent), *tail))


_STATUS = {status: status.value for status in Status}


class _Outcomes:
    """A year's outcomes, gathered measure by measure as the year is measured.

    The shares below their minimum by category label, the categories that met all theirs,
    those with a minimum not confirmed, and the rates measured against such a minimum.
    """

    __slots__ = ("below", "below_ids", "indicative", "met", "unconfirmed")

    def __init__(self) -> None:
        """No outcome yet."""
        self.below: dict[str, list[Msg]] = {}
        self.below_ids: set[str] = set()
        self.met: set[str] = set()
        self.unconfirmed: set[str] = set()
        self.indicative: list[Msg] = []

    def add(self, label: str, law: ShareMinimum, m: ShareMeasure, rate: Percent | None) -> None:
        """The outcome of the measure `m` of the category `label`; `rate` is its rate measured.

        A rate or minimum of zero reads as `Decimal(0)`, as it always did in these clauses.
        """
        status = m.status
        if status is Status.NON_COMPLIANT:
            self.below_ids.add(m.category)
            self.below.setdefault(label, []).append(
                msg(
                    "shares-share-below",
                    share=m.share,
                    rate=_percent(m.share_pct, rate),
                    minimum=_percent(m.minimum_pct, law.percent),
                )
            )
        elif status is Status.COMPLIANT:
            self.met.add(m.category)
        elif status is Status.INSUFFICIENT_DATA:
            self.unconfirmed.add(m.category)
            if m.minimum_pct is not None and m.share_pct is not None:
                self.indicative.append(
                    _indicative(
                        label, m, _percent(m.share_pct, rate), _percent(m.minimum_pct, law.percent)
                    )
                )


def _percent(value: Decimal | None, shown: Percent | None) -> Percent:
    """`Percent(value or Decimal(0))`, taking `shown` (the same value) when it is one."""
    if not value:
        return _ZERO_PERCENT
    return shown if shown is not None else Percent(value)


def _year_clauses(outcomes: _Outcomes) -> list[Msg]:
    """Name the categories below their minimum; count the others."""
    clauses: list[Msg] = []
    if outcomes.below:
        categories = tuple(
            msg("shares-category-below", label=label, shares=clause_list(shares))
            for label, shares in outcomes.below.items()
        )
        clauses.append(msg("shares-below", categories=categories))
    met = outcomes.met - outcomes.below_ids
    if met:
        clauses.append(msg("shares-met", count=len(met)))
    if outcomes.unconfirmed:
        clauses.append(msg("shares-unconfirmed", count=len(outcomes.unconfirmed)))
    if outcomes.indicative:
        clauses.append(msg("shares-indicative", shares=tuple(outcomes.indicative)))
    if not clauses:
        clauses.append(msg("shares-no-purchase"))
    return clauses


def _indicative(label: str, m: ShareMeasure, rate: Percent, minimum: Percent) -> Msg:
    """A rate measured against a minimum not confirmed: reached or not, and by how much."""
    short = _short_of(m)
    return msg(
        "shares-indicative-share",
        label=label,
        share=m.share,
        rate=rate,
        minimum=minimum,
        reached="yes" if short <= 0 else "no",
        short=Money(max(short, _ZERO)),
    )


def _short_of(measure: ShareMeasure) -> Decimal:
    """Euros HT an indicative rate would call for beyond those bought (negative: exceeded)."""
    minimum = measure.minimum_pct or _ZERO
    return round_money_up(minimum * measure.total_eur_ht / 100 - measure.qualifying_eur_ht)


CATEGORY_SHARES = CheckKind(CategorySharesCheck, decide_year=decide_shares_year, years=share_years)
