"""Purchase figures from ledgers for the AGEC art. 58 checks, with notes about their making."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from reen_compliance.decisions.shares import (
    CategoryLaw,
    CategoryRef,
    category_index,
    category_law,
    measure_figure,
    measure_in_language,
    regime_span,
    rule_category_index,
)
from reen_compliance.errors import Problem, RulePackError
from reen_compliance.formats.profile import ProcurementFigure, Status
from reen_compliance.formats.report import ShareMeasure
from reen_compliance.i18n.formats import Lang
from reen_compliance.i18n.message import Code, Msg, Value, msg
from reen_compliance.i18n.message import Money as MoneyValue
from reen_compliance.law.applicability import LawView
from reen_compliance.law.checks import CategorySharesCheck
from reen_compliance.law.loading import CompiledRule, RuleSet
from reen_compliance.law.memo import remember
from reen_compliance.law.timeline import intersect, year_span
from reen_compliance.messages import Message

if TYPE_CHECKING:  # the ledger reader is imported by the functions that read ledgers only
    from reen_compliance.ledger.mapping import LedgerMapping
    from reen_compliance.ledger.summary import LedgerSummary, Regime


ZERO = Decimal(0)


def shares_rule(rules: RuleSet) -> CompiledRule:
    """The rule measuring purchase shares per category (the one with a category_shares check)."""
    for rule in rules.rules:
        if isinstance(rule.rule.check, CategorySharesCheck):
            return rule
    raise RulePackError([Problem("<rules>", None, None, "$", "no rule measures purchase shares")])


def ledger_regimes(rule: CompiledRule) -> tuple[Regime, ...]:
    """The decree periods and their categories' CPV codes, as the ledger classifier takes them."""
    from reen_compliance.ledger.summary import (  # noqa: PLC0415 - not on check's path
        CategoryCodes,
        Regime,
        categories_from_correspondence,
        load_cpv_correspondence,
    )

    check = rule.rule.check
    assert isinstance(check, CategorySharesCheck)  # noqa: S101 - chosen by shares_rule
    regimes: list[Regime] = []
    for regime in check.regimes:
        listed = {
            regime.category_id(category): category.cpv_codes for category in regime.categories
        }
        if regime.cpv_table:
            table = load_cpv_correspondence(Path(rule.file).parent / regime.cpv_table)
            keys = [category.key for category in regime.categories]
            for codes in categories_from_correspondence(table, regime.prefix, keys=keys):
                listed[codes.category_id] = (*listed.get(codes.category_id, ()), *codes.cpv_codes)
        categories = tuple(CategoryCodes(cid, codes) for cid, codes in sorted(listed.items()))
        regimes.append(Regime(regime.id, regime.effective_from, regime.effective_to, categories))
    return tuple(regimes)


def category_labels(rule: CompiledRule) -> dict[str, str]:
    """Category id -> verbatim French label, accepted in a ledger's category column."""
    check = rule.rule.check
    assert isinstance(check, CategorySharesCheck)  # noqa: S101 - chosen by shares_rule
    return {ref_id: ref.category.label for ref_id, ref in category_index(check).items()}


def regime_labels(rule: CompiledRule) -> dict[str, Value]:
    """Regime id -> the decree's label, read in the reader's language."""
    check = rule.rule.check
    assert isinstance(check, CategorySharesCheck)  # noqa: S101 - chosen by shares_rule
    return {regime.id: regime.label for regime in check.regimes}


def summarize(  # noqa: PLR0913 - keywords a caller sets one by one
    rule: CompiledRule,
    paths: Iterable[str | Path],
    *,
    columns: Mapping[str, str] | None = None,
    mapping: LedgerMapping | None = None,
    years: Iterable[int] | None = None,
    keep_unclassified: bool = False,
) -> LedgerSummary:
    """Read and total ledgers with the rule's categories; all-or-nothing on bad lines."""
    from reen_compliance.ledger.read import ReadOptions  # noqa: PLC0415 - not on check's path
    from reen_compliance.ledger.summary import summarize_ledgers  # noqa: PLC0415

    return summarize_ledgers(
        paths,
        ledger_regimes(rule),
        labels=category_labels(rule),
        options=ReadOptions.of(mapping, columns),
        rules=mapping.rules if mapping else (),
        years=years,
        keep_unclassified=keep_unclassified,
    )


@dataclass(frozen=True, slots=True)
class LedgerNote:
    """What a reader must know about how ledger figures were made, for one year or the whole.

    The year is data, so a report shows each note with the findings of its year; a note
    without a year (a copied file, a sheet read) goes to the report's warnings.
    """

    year: int | None
    message: Msg | Message | str


@dataclass(frozen=True, slots=True)
class LedgerFigures:
    """Yearly figures from ledgers, with what a reader must know about how they were made."""

    figures: dict[int, tuple[ProcurementFigure, ...]]
    notes: tuple[LedgerNote, ...]
    source: str
    sha256: tuple[str, ...]


def figures_from_summary(summary: LedgerSummary, rule: CompiledRule | None = None) -> LedgerFigures:
    """Turn category totals into figures; a line flagged both reuse and recycled counts once.

    Whether one purchase may count in both shares is not confirmed (décret 2024-134): it is
    counted as reuse only, and the euros concerned are stated so a reader can judge. With the
    shares `rule`, the notes name categories and decrees by their labels (by their ids else).
    """
    named = category_labels(rule) if rule is not None else {}
    regimes: dict[str, Value] = {}
    if rule is not None and isinstance(rule.rule.check, CategorySharesCheck):
        regimes = {regime.id: regime.label for regime in rule.rule.check.regimes}

    def category(category_id: str) -> str:
        return named.get(category_id, category_id)

    def regime(regime_id: str) -> Value:
        return regimes.get(regime_id, Code(regime_id))

    by_year: dict[int, list[ProcurementFigure]] = {}
    notes: list[LedgerNote] = []
    for total in summary.categories:
        recycled_only = total.recycled_ht - total.reuse_and_recycled_ht
        about = {"year": str(total.year), "category": category(total.category_id)}
        if total.total_ht <= 0:
            notes.append(
                LedgerNote(
                    total.year,
                    msg("ledger-note-net-negative", amount=MoneyValue(total.total_ht), **about),
                )
            )
            continue
        if total.reuse_ht < 0:
            notes.append(
                LedgerNote(
                    total.year,
                    msg("ledger-note-reuse-clamped", amount=MoneyValue(total.reuse_ht), **about),
                )
            )
        if total.broad_line_count:
            notes.append(
                LedgerNote(
                    total.year,
                    msg(
                        "ledger-note-broad",
                        amount=MoneyValue(total.broad_ht),
                        count=total.broad_line_count,
                        **about,
                    ),
                )
            )
        reuse = min(max(total.reuse_ht, ZERO), total.total_ht)
        recycled = min(max(recycled_only, ZERO), total.total_ht - reuse)
        if total.reuse_and_recycled_ht:
            notes.append(
                LedgerNote(
                    total.year,
                    msg(
                        "ledger-note-both-flags",
                        amount=MoneyValue(total.reuse_and_recycled_ht),
                        **about,
                    ),
                )
            )
        by_year.setdefault(total.year, []).append(
            ProcurementFigure(
                category=total.category_id,
                total_eur_ht=total.total_ht,
                reuse_eur_ht=reuse,
                recycled_eur_ht=recycled,
                donations_eur=max(total.donation_eur, ZERO),
            )
        )
    for unmapped in summary.unmapped:
        top = tuple(
            msg("ledger-note-cpv-amount", cpv=Code(c.cpv), amount=MoneyValue(c.total_ht))
            for c in unmapped.top_cpv[:5]
        )
        notes.append(
            LedgerNote(
                unmapped.year,
                msg(
                    "ledger-note-unmapped" if top else "ledger-note-unmapped-no-cpv",
                    year=str(unmapped.year),
                    count=unmapped.line_count,
                    amount=MoneyValue(unmapped.total_ht),
                    regime=regime(unmapped.regime_id),
                    cpv=top,
                ),
            )
        )
    notes.extend(
        LedgerNote(
            outside.year,
            msg(
                "ledger-note-outside",
                year=str(outside.year),
                count=outside.line_count,
                amount=MoneyValue(outside.total_ht),
            ),
        )
        for outside in summary.outside_regime
    )
    notes.extend(
        LedgerNote(
            item.year,
            msg(
                "ledger-note-unreachable",
                year=str(item.year),
                regime=regime(item.regime_id),
                categories=tuple(
                    msg("ledger-note-category", category=category(c)) for c in item.category_ids
                ),
                count=len(item.category_ids),
            ),
        )
        for item in summary.unreachable
    )
    names = ", ".join(Path(f.path).name for f in summary.files)
    warnings = (
        tuple(LedgerNote(None, m) for m in summary.said)
        if summary.said
        else tuple(LedgerNote(None, w) for w in summary.warnings)
    )
    return LedgerFigures(
        figures={year: tuple(items) for year, items in sorted(by_year.items())},
        notes=(*warnings, *notes),
        source=f"ledger: {names}",
        sha256=tuple(f.sha256 for f in summary.files),
    )


@dataclass(frozen=True, slots=True)
class YearMeasures:
    """The measures of one calendar year, category by category."""

    year: int
    measures: tuple[ShareMeasure, ...]
    complete: bool


def measure_years(  # noqa: PLR0913 - keywords a caller sets one by one
    rule: CompiledRule,
    figures: Mapping[int, Sequence[ProcurementFigure]],
    *,
    as_of: date,
    law: LawView,
    lang: Lang | None,
    years: Iterable[int] | None = None,
) -> list[YearMeasures]:
    """Measure every category of every year against the minimum in force (no applicability).

    With `lang`, the measures name their decree and sources in that language; without, they
    stay as decided (the figures alone, for a decision to compare).
    """
    index = rule_category_index(rule)
    wanted = set(years) if years is not None else set(figures)
    result: list[YearMeasures] = []
    for year in sorted(wanted):
        measures: list[ShareMeasure] = []
        for figure in figures.get(year, ()):
            terms = _year_terms(rule, index, law, figure.category, year)
            if terms is not None:
                shares = measure_figure(terms, figure)
                measures.extend(
                    shares
                    if lang is None
                    else (measure_in_language(m, rule, law, lang) for m in shares)
                )
        result.append(YearMeasures(year, tuple(measures), complete=as_of > date(year, 12, 31)))
    return result


def _year_terms(
    rule: CompiledRule, index: dict[str, CategoryRef], law: LawView, category: str, year: int
) -> CategoryLaw | None:
    """The law of a category over the part of `year` its decree covers (None: not in force).

    It depends on the rule, the law date, the category and the year only: built once, then
    shared by every evaluation (`measure_shares` would rebuild it for each figure).
    """

    def build() -> CategoryLaw | None:
        ref = index[category]
        span = intersect(regime_span(ref.regime), year_span(year))
        return None if span is None else category_law(law, ref, span)

    return remember(rule.memo, ("year_terms", law.law_as_of, category, year), build)


def worst_status(measures: Iterable[ShareMeasure]) -> Status | None:
    """The most serious status among measures, for a one-word summary of a year."""
    order = (
        Status.NON_COMPLIANT,
        Status.INSUFFICIENT_DATA,
        Status.COMPLIANT,
        Status.NOT_APPLICABLE,
    )
    present = {m.status for m in measures}
    return next((status for status in order if status in present), None)
