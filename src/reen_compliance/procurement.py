"""From purchase ledgers to AGEC art. 58 figures: regimes from the rule, totals to figures.

The categories, their CPV codes and the decree periods come from the rule file (and the CPV
correspondence table it names); the ledger module totals lines per year and category; this
module turns those totals into the yearly figures the engine measures, and the figures into
the rows of the official yearly declaration.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reen_compliance.applicability import LawView
from reen_compliance.errors import Problem, RulePackError
from reen_compliance.ledger import (
    CategoryCodes,
    LedgerSummary,
    Regime,
    categories_from_correspondence,
    load_cpv_correspondence,
    summarize_ledgers,
)
from reen_compliance.loading import CompiledRule, RuleSet
from reen_compliance.model import ProcurementFigure, Status
from reen_compliance.report_model import ShareMeasure
from reen_compliance.rule_model import CategorySharesCheck
from reen_compliance.shares import (
    CategoryRef,
    category_index,
    measure_category,
    regime_span,
)
from reen_compliance.timeline import intersect, year_span
from reen_compliance.wording import Lang, pick

ZERO = Decimal(0)


def shares_rule(rules: RuleSet) -> CompiledRule:
    """The rule measuring purchase shares per category (the one with a category_shares check)."""
    for rule in rules.rules:
        if isinstance(rule.rule.check, CategorySharesCheck):
            return rule
    raise RulePackError([Problem("<rules>", None, None, "$", "no rule measures purchase shares")])


def ledger_regimes(rule: CompiledRule) -> tuple[Regime, ...]:
    """The decree periods and their categories' CPV codes, as the ledger classifier takes them."""
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


def summarize(
    rule: CompiledRule, paths: Iterable[str | Path], *, columns: Mapping[str, str] | None = None
) -> LedgerSummary:
    """Read and total ledgers with the rule's categories; all-or-nothing on bad lines."""
    return summarize_ledgers(
        paths, ledger_regimes(rule), columns=columns, labels=category_labels(rule)
    )


@dataclass(frozen=True, slots=True)
class LedgerFigures:
    """Yearly figures from ledgers, with what a reader must know about how they were made."""

    figures: dict[int, tuple[ProcurementFigure, ...]]
    notes: tuple[str, ...]
    source: str
    sha256: tuple[str, ...]


def figures_from_summary(summary: LedgerSummary, lang: Lang = "fr") -> LedgerFigures:
    """Turn category totals into figures; a line flagged both reuse and recycled counts once.

    Whether one purchase may count in both shares is not confirmed (décret 2024-134): it is
    counted as reuse only, and the euros concerned are stated so a reader can judge.
    """
    by_year: dict[int, list[ProcurementFigure]] = {}
    notes: list[str] = []
    for total in summary.categories:
        recycled_only = total.recycled_ht - total.reuse_and_recycled_ht
        if total.total_ht <= 0:
            notes.append(
                pick(
                    lang,
                    f"{total.year} {total.category_id} : total net de {total.total_ht} € "
                    "(les avoirs dépassent les achats) ; catégorie laissée hors mesure",
                    f"{total.year} {total.category_id}: net total {total.total_ht} EUR "
                    "(credit notes exceed purchases); category left out of the measure",
                )
            )
            continue
        reuse = min(max(total.reuse_ht, ZERO), total.total_ht)
        recycled = min(max(recycled_only, ZERO), total.total_ht - reuse)
        if total.reuse_and_recycled_ht:
            notes.append(
                pick(
                    lang,
                    f"{total.year} {total.category_id} : {total.reuse_and_recycled_ht} € marqués "
                    "à la fois réemploi et recyclé, comptés une fois, en réemploi (lecture non "
                    "confirmée)",
                    f"{total.year} {total.category_id}: {total.reuse_and_recycled_ht} EUR flagged "
                    "both reuse and recycled, counted once, as reuse (reading not confirmed)",
                )
            )
        by_year.setdefault(total.year, []).append(
            ProcurementFigure(
                category=total.category_id,
                total_eur_ht=total.total_ht,
                reuse_eur_ht=reuse,
                recycled_eur_ht=recycled,
            )
        )
    for unmapped in summary.unmapped:
        top = ", ".join(f"{c.cpv} ({c.total_ht} €)" for c in unmapped.top_cpv[:5]) or "—"
        notes.append(
            pick(
                lang,
                f"{unmapped.year} : {unmapped.line_count} lignes du registre "
                f"({unmapped.total_ht} € HT) ne relèvent d'aucune catégorie "
                f"({unmapped.regime_id}) ; principaux CPV : {top}",
                f"{unmapped.year}: {unmapped.line_count} ledger lines ({unmapped.total_ht} EUR "
                f"excl. VAT) match no category ({unmapped.regime_id}); top CPV: {top}",
            )
        )
    notes.extend(
        pick(
            lang,
            f"{outside.year} : {outside.line_count} lignes ({outside.total_ht} € HT) datées "
            "hors de toute période des décrets",
            f"{outside.year}: {outside.line_count} lines ({outside.total_ht} EUR excl. VAT) "
            "dated outside every decree's period",
        )
        for outside in summary.outside_regime
    )
    names = ", ".join(Path(f.path).name for f in summary.files)
    return LedgerFigures(
        figures={year: tuple(items) for year, items in sorted(by_year.items())},
        notes=(*summary.warnings, *notes),
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
    lang: Lang,
    years: Iterable[int] | None = None,
) -> list[YearMeasures]:
    """Measure every category of every year against the minimum in force (no applicability)."""
    check = rule.rule.check
    assert isinstance(check, CategorySharesCheck)  # noqa: S101 - chosen by shares_rule
    index = category_index(check)
    wanted = set(years) if years is not None else set(figures)
    result: list[YearMeasures] = []
    for year in sorted(wanted):
        measures: list[ShareMeasure] = []
        for figure in figures.get(year, ()):
            ref = index[figure.category]
            span = intersect(regime_span(ref.regime), year_span(year))
            if span is not None:
                measures.extend(measure_category(law, ref, figure, span, lang))
        result.append(YearMeasures(year, tuple(measures), complete=as_of > date(year, 12, 31)))
    return result


DECLARATION_FIELDS = (
    "annee",
    "siret",
    "raison_sociale",
    "type_produit_acquis",
    "montant_total",
    "montant_valorisation_et_don",
    "montant_produits_issus_don",
    "montant_produits_recycles",
    "commentaires",
)


def declaration_rows(
    rule: CompiledRule,
    figures: Mapping[int, Sequence[ProcurementFigure]],
    *,
    year: int,
    siret: str,
    name: str,
) -> list[dict[str, str]]:
    """The yearly declaration of décret 2024-134, one row per category, as its schema lays out.

    Only categories of the regime whose declaration format the reference gives are declared
    (the data.gouv.fr schema of décret 2024-134); earlier-regime lines of the year are left out.
    """
    check = rule.rule.check
    assert isinstance(check, CategorySharesCheck)  # noqa: S101 - chosen by shares_rule
    index = category_index(check)
    rows: list[dict[str, str]] = []
    for figure in figures.get(year, ()):
        ref: CategoryRef = index[figure.category]
        if ref.regime.id != _declared_regime(check):
            continue
        rows.append(
            {
                "annee": str(year),
                "siret": siret,
                "raison_sociale": name,
                "type_produit_acquis": ref.category.label,
                "montant_total": _amount(figure.total_eur_ht),
                "montant_valorisation_et_don": _amount(figure.reuse_eur_ht + figure.donations_eur),
                "montant_produits_issus_don": _amount(figure.donations_eur),
                "montant_produits_recycles": _amount(figure.recycled_eur_ht),
                "commentaires": "",
            }
        )
    return rows


def _declared_regime(check: CategorySharesCheck) -> str:
    """The latest regime: the one the open-data declaration schema describes."""
    return max(check.regimes, key=lambda regime: regime.effective_from).id


def _amount(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01')):f}"


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
