"""The purchase categories of each decree and the measure of one category's shares.

A calendar year may fall under two decrees (2024: one until 30 June, the next from 1 July):
each category is measured over the part of the year its decree was in force, against the
minimum in force on the last day of that part. Euros missing are what would have to move
from new goods to qualifying goods, the category total unchanged. The yearly decision is in
`decisions/category_shares.py`; this module holds the data both it and the ledger reports use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal

from reen_compliance.formats.profile import ProcurementFigure, Status
from reen_compliance.formats.report import ShareMeasure, field_names, owned
from reen_compliance.i18n.formats import Lang
from reen_compliance.i18n.message import Msg, Percent, msg
from reen_compliance.law.applicability import LawView
from reen_compliance.law.checks import Category, CategorySharesCheck, Regime, ShareName
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import remember
from reen_compliance.law.timeline import Span, last_day

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def round_money_up(amount: Decimal) -> Decimal:
    """Round euros up to the cent: a required amount is only reached once fully bought."""
    return amount.quantize(CENT, rounding=ROUND_CEILING)


@dataclass(frozen=True, slots=True)
class CategoryRef:
    """A category with the decree it belongs to."""

    regime: Regime
    category: Category

    @property
    def id(self) -> str:
        """The id profiles and ledgers use."""
        return self.regime.category_id(self.category)


def category_index(check: CategorySharesCheck) -> dict[str, CategoryRef]:
    """Every category of every decree version, by id."""
    return {
        regime.category_id(category): CategoryRef(regime, category)
        for regime in check.regimes
        for category in regime.categories
    }


def rule_category_index(rule: CompiledRule) -> dict[str, CategoryRef]:
    """`category_index` of a rule's category-shares check, built once per rule (shared: read it)."""
    check = rule.rule.check
    assert isinstance(check, CategorySharesCheck)  # noqa: S101 - the callers choose such a rule
    return remember(rule.memo, "category_index", lambda: category_index(check))


def regime_span(regime: Regime) -> Span:
    """The purchase dates a decree version covers, half-open."""
    end = (
        None
        if regime.effective_to is None
        else date.fromordinal(regime.effective_to.toordinal() + 1)
    )
    return Span(regime.effective_from, end)


def qualifying(figure: ProcurementFigure, share: ShareName) -> Decimal:
    """The euros that count towards `share`: donations count as reuse (décret 2024-134 art. 1)."""
    if share == "reuse":
        return figure.reuse_eur_ht + figure.donations_eur
    if share == "recycled":
        return figure.recycled_eur_ht
    return figure.reuse_eur_ht + figure.recycled_eur_ht + figure.donations_eur


def short_label(category: Category) -> str:
    """The decree's label of a category up to its first « ; » (the list of products follows)."""
    return category.label.split(";")[0]


def category_name(ref: CategoryRef) -> Msg:
    """A category as a reader names it: its decree label and the decree, never its id."""
    return msg("shares-category", label=short_label(ref.category), regime=ref.regime.label)


def measure_in_language(
    measure: ShareMeasure, rule: CompiledRule, law: LawView, lang: Lang
) -> ShareMeasure:
    """The measure with its decree and its minimum's source named in `lang`.

    The category keeps the decree's official label, the same in every language.
    """
    ref = rule_category_index(rule)[measure.category]
    end = date.fromisoformat(measure.data_period.split("/")[1])
    version = law.value_on(ref.category.minimums[measure.share], end)
    source = version.source.in_language(lang) if version is not None else None
    return measure.model_copy(
        update={"regime": ref.regime.label.in_language(lang), "minimum_source": source}
    )


@dataclass(frozen=True, slots=True)
class ShareMinimum:
    """One share's minimum in force at the end of a span, as the law stood on the law date."""

    share: ShareName
    minimum: Decimal | None
    confirmed: bool
    """Whether a finding may conclude on it: a value the texts were not read for (secondary
    sources, low confidence) is measured against, never concluded on (issue 13, point 8)."""
    source: str | None
    review: bool
    percent: Percent | None
    """The minimum as the trace shows it."""


@dataclass(frozen=True, slots=True)
class CategoryLaw:
    """What the law says of one category over one span: everything but the body's figures.

    It depends on the rule, the category, the span and the law date only, so it can be kept
    with the rule (`CompiledRule.memo`) and read by every evaluation.
    """

    ref: CategoryRef
    short_label: str
    regime: str
    period: str
    end: date
    """The span's last day, on which each minimum is read."""
    minimums: tuple[ShareMinimum, ...]


def category_law(law: LawView, ref: CategoryRef, span: Span) -> CategoryLaw:
    """The minimum of each share of `ref` in force on the last day of `span`, shares sorted."""
    end = last_day(span)
    minimums: list[ShareMinimum] = []
    for share, values in sorted(ref.category.minimums.items()):
        version = law.value_on(values, end)
        minimum = (
            version.value if version is not None and isinstance(version.value, Decimal) else None
        )
        minimums.append(
            ShareMinimum(
                share=share,
                minimum=minimum,
                confirmed=version is not None and version.conclusive and minimum is not None,
                source=version.source.fr if version else None,
                review=version is None or version.needs_review,
                percent=None if minimum is None else Percent(minimum),
            )
        )
    return CategoryLaw(
        ref=ref,
        short_label=short_label(ref.category),
        regime=ref.regime.label.fr,
        period=f"{span.start.isoformat()}/{end.isoformat()}",
        end=end,
        minimums=tuple(minimums),
    )


def measure_shares(
    law: LawView, ref: CategoryRef, figure: ProcurementFigure, span: Span
) -> list[ShareMeasure]:
    """Each share of one category's figure over `span`, against the minimum in force at its end.

    Decisions speak no language: the decree and the minimum's source are in French here, and
    `measure_in_language` names them for a report.
    """
    return measure_figure(category_law(law, ref, span), figure)


def measure_figure(terms: CategoryLaw, figure: ProcurementFigure) -> list[ShareMeasure]:
    """Each share of one category's figure against the minimums `terms` give, shares sorted.

    The measures are built without validation, their fields given in order and counted as set
    in one shared set (`formats.report.owned`): every value is already of the type the model
    declares (tests/test_category_shares_fast.py holds them equal to validated ones).
    """
    label = terms.ref.category.label
    category = figure.category
    total = figure.total_eur_ht
    result: list[ShareMeasure] = []
    for law in terms.minimums:
        share = law.share
        amount = qualifying(figure, share)
        minimum = law.minimum
        missing: Decimal | None = None
        share_pct: Decimal | None = None
        if total:
            rate = amount / total * HUNDRED
            if not law.confirmed or minimum is None:
                status = Status.INSUFFICIENT_DATA
            elif rate >= minimum:
                status, missing = Status.COMPLIANT, _ZERO
            else:
                status = Status.NON_COMPLIANT
                missing = round_money_up(minimum * total / HUNDRED - amount)
            share_pct = rate.quantize(CENT)
        else:
            status = Status.NOT_APPLICABLE
        values: dict[str, object] = {
            "category": category,
            "label": label,
            "regime": terms.regime,
            "data_period": terms.period,
            "share": share,
            "total_eur_ht": total,
            "qualifying_eur_ht": amount,
            "share_pct": share_pct,
            "minimum_pct": minimum,
            "minimum_confirmed": law.confirmed,
            "minimum_source": law.source,
            "status": status,
            "missing_eur_ht": missing,
            "review": law.review,
        }
        result.append(owned(ShareMeasure, values, _MEASURE_SET))
    return result


_ZERO = Decimal(0)
_MEASURE_SET = set(field_names(ShareMeasure))
"""Every field of a measure is given: the measures share this set (frozen models never change
it, and `model_copy` copies it before an update)."""
