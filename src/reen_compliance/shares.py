"""Yearly purchase shares per legal category against each decree's dated minimums.

A calendar year may fall under two decrees (2024: one until 30 June, the next from 1 July):
each category is measured over the part of the year its decree was in force, against the
minimum in force on the last day of that part. Euros missing are what would have to move
from new goods to qualifying goods, the category total unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal

from reen_compliance.applicability import Applicability, LawView
from reen_compliance.checks import not_bound_finding
from reen_compliance.errors import Problem, ProfileError, did_you_mean
from reen_compliance.findings import Context, make_finding
from reen_compliance.law_versions import as_law_stood
from reen_compliance.loading import CompiledRule
from reen_compliance.model import ProcurementFigure, Status
from reen_compliance.report_model import Finding, Gap, ShareMeasure
from reen_compliance.rule_model import Category, CategorySharesCheck, Regime, ShareName
from reen_compliance.timeline import Span, intersect, last_day, year_span
from reen_compliance.wording import Lang, format_money, format_pct, pick

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


def check_category_shares(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """One finding per calendar year, with one measure per declared category and share."""
    check = rule.rule.check
    assert isinstance(check, CategorySharesCheck)  # noqa: S101 - dispatched on kind
    check, ctx = as_law_stood(check, ctx)
    if not check.regimes:
        return []  # no decree published yet as the law stood: nothing to measure against
    index = category_index(check)
    _check_category_ids(ctx, index)
    first_year = min(regime.effective_from.year for regime in check.regimes)
    findings: list[Finding] = []
    for year in range(max(first_year, rule.rule.in_force_from.year), ctx.as_of.year + 1):
        day = min(ctx.as_of, date(year, 12, 31))
        app = ctx.assess(rule, day)
        early = not_bound_finding(rule, ctx, app, str(year), day)
        if early is not None:
            findings.append(early)
            continue
        findings.append(_year_finding(rule, ctx, index, year, app))
    return findings


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
                    Problem(
                        ctx.procurement_source,
                        None,
                        None,
                        path,
                        f"unknown category {figure.category!r}",
                        did_you_mean(figure.category, index),
                    )
                )
            elif intersect(regime_span(ref.regime), year_span(year)) is None:
                problems.append(
                    Problem(
                        ctx.procurement_source,
                        None,
                        None,
                        path,
                        f"category {figure.category!r} belongs to {ref.regime.label.en}, "
                        f"not in force in {year}",
                    )
                )
    if problems:
        raise ProfileError(problems)


def _year_finding(
    rule: CompiledRule, ctx: Context, index: dict[str, CategoryRef], year: int, app: Applicability
) -> Finding:
    lang = ctx.lang
    figures = ctx.procurement.get(year, ())
    year_end = date(year, 12, 31)
    in_progress = ctx.as_of <= year_end
    if not figures:
        status = Status.NOT_YET_DUE if in_progress else Status.INSUFFICIENT_DATA
        text = pick(
            lang,
            f"Aucun montant d'achat par catégorie pour {year} (procurement.{year}).",
            f"No purchase amounts per category for {year} (procurement.{year}).",
        )
        return make_finding(
            rule,
            ctx,
            period=str(year),
            status=status,
            explanation=text,
            applicability=app,
            deadline=year_end,
            data_source=ctx.procurement_source,
        )
    measures: list[ShareMeasure] = []
    missing_by_category: list[Decimal] = []
    required_total = actual_total = Decimal(0)
    for figure in figures:
        ref = index[figure.category]
        span = intersect(regime_span(ref.regime), year_span(year))
        assert span is not None  # noqa: S101 - checked in _check_category_ids
        category_measures = measure_category(ctx.law, ref, figure, span, lang)
        measures.extend(category_measures)
        shortfalls = [
            m.missing_eur_ht
            for m in category_measures
            if m.missing_eur_ht is not None and m.status == Status.NON_COMPLIANT
        ]
        if shortfalls:
            combined = (
                max(shortfalls) if ref.regime.combine == "max" else sum(shortfalls, Decimal(0))
            )
            missing_by_category.append(combined)
            binding = max(
                (m for m in category_measures if m.status == Status.NON_COMPLIANT),
                key=lambda m: m.missing_eur_ht or Decimal(0),
            )
            required_total += binding.qualifying_eur_ht + (binding.missing_eur_ht or Decimal(0))
            actual_total += binding.qualifying_eur_ht
    statuses = {m.status for m in measures}
    review = any(m.review for m in measures)
    if Status.NON_COMPLIANT in statuses:
        status = Status.NON_COMPLIANT
    elif Status.INSUFFICIENT_DATA in statuses:
        status = Status.INSUFFICIENT_DATA
    elif statuses <= {Status.NOT_APPLICABLE}:
        status = Status.NOT_APPLICABLE
    else:
        status = Status.COMPLIANT
    if in_progress and status != Status.NOT_APPLICABLE:
        status = Status.NOT_YET_DUE
    missing = sum(missing_by_category, Decimal(0))
    gap = (
        Gap(unit="EUR", required=required_total, actual=actual_total, missing=missing)
        if missing
        else None
    )
    text = _year_text(lang, year, measures, missing, status)
    year_notes = tuple(note for note in ctx.procurement_notes if note.startswith(f"{year} "))
    return make_finding(
        rule,
        ctx,
        period=str(year),
        status=status,
        explanation=text,
        applicability=app,
        deadline=year_end,
        gap=gap,
        measures=measures,
        value_review=review,
        extra_notes=year_notes,
        data_source=ctx.procurement_source,
        steps=tuple(
            f"{m.category} {m.share}: {m.share_pct} % vs {m.minimum_pct} % -> {m.status}"
            for m in measures
        ),
    )


def measure_category(
    law: LawView, ref: CategoryRef, figure: ProcurementFigure, span: Span, lang: Lang
) -> list[ShareMeasure]:
    """Each share of one category's figure over `span`, against the minimum in force at its end."""
    period = f"{span.start.isoformat()}/{last_day(span).isoformat()}"
    result: list[ShareMeasure] = []
    for share, values in sorted(ref.category.minimums.items()):
        version = law.value_on(values, last_day(span))
        amount = qualifying(figure, share)
        total = figure.total_eur_ht
        share_pct = (amount / total * HUNDRED) if total else None
        minimum = (
            version.value if version is not None and isinstance(version.value, Decimal) else None
        )
        confirmed = version is not None and version.confirmed and minimum is not None
        low = version is not None and version.confidence == "low"
        missing: Decimal | None = None
        if total == 0:
            status = Status.NOT_APPLICABLE
        elif not confirmed or low or share_pct is None or minimum is None:
            status = Status.INSUFFICIENT_DATA
        elif share_pct >= minimum:
            status, missing = Status.COMPLIANT, Decimal(0)
        else:
            status = Status.NON_COMPLIANT
            missing = round_money_up(minimum * total / HUNDRED - amount)
        result.append(
            ShareMeasure(
                category=figure.category,
                label=ref.category.label,
                regime=ref.regime.label.in_language(lang),
                data_period=period,
                share=share,
                total_eur_ht=total,
                qualifying_eur_ht=amount,
                share_pct=share_pct.quantize(Decimal("0.01")) if share_pct is not None else None,
                minimum_pct=minimum,
                minimum_confirmed=confirmed and not low,
                minimum_source=version.source if version else None,
                status=status,
                missing_eur_ht=missing,
                review=version is None or version.needs_review,
            )
        )
    return result


_SHARE_WORDS = {
    "reuse": ("réemploi", "reuse"),
    "recycled": ("recyclé", "recycled"),
    "reuse_or_recycled": ("réemploi ou recyclé", "reuse or recycled"),
}


def _year_text(
    lang: Lang, year: int, measures: list[ShareMeasure], missing: Decimal, status: Status
) -> str:
    """Name the categories below their minimum; count the others (the detail is in `measures`)."""
    below = [m for m in measures if m.status == Status.NON_COMPLIANT]
    met = {m.category for m in measures if m.status == Status.COMPLIANT} - {
        m.category for m in below
    }
    unconfirmed = {m.category for m in measures if m.status == Status.INSUFFICIENT_DATA}
    parts: list[str] = []
    if below:
        by_category: dict[str, list[str]] = {}
        for m in below:
            by_category.setdefault(m.label.split(";")[0], []).append(
                f"{_SHARE_WORDS[m.share][0 if lang == 'fr' else 1]} "
                f"{format_pct(m.share_pct or Decimal(0), lang)} "
                f"< {format_pct(m.minimum_pct or Decimal(0), lang)}"
            )
        named = ", ".join(f"{label} ({'; '.join(parts)})" for label, parts in by_category.items())
        parts.append(
            pick(lang, f"sous le minimum légal : {named}", f"below the legal minimum: {named}")
        )
    if met:
        parts.append(
            pick(
                lang,
                f"minimum atteint pour {len(met)} catégorie(s)",
                f"minimum met for {len(met)} categor{'y' if len(met) == 1 else 'ies'}",
            )
        )
    if unconfirmed:
        parts.append(
            pick(
                lang,
                f"minimum légal non confirmé pour {len(unconfirmed)} catégorie(s) : parts mesurées "
                "sans conclusion",
                f"legal minimum not confirmed for {len(unconfirmed)} categor"
                f"{'y' if len(unconfirmed) == 1 else 'ies'}: shares measured, no conclusion",
            )
        )
    if not parts:
        parts.append(
            pick(
                lang,
                "aucun achat dans les catégories déclarées",
                "no purchase in the declared categories",
            )
        )
    text = (f"{year} : " if lang == "fr" else f"{year}: ") + pick(lang, " ; ", "; ").join(parts)
    text += "."
    if missing:
        text += pick(
            lang,
            f" Il manque {format_money(missing, lang)} HT d'achats éligibles.",
            f" {format_money(missing, lang)} excl. VAT of qualifying purchases are missing.",
        )
    if status == Status.NOT_YET_DUE:
        text += pick(lang, " L'année n'est pas close.", " The year is not over.")
    return text
