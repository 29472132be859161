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
from typing import TYPE_CHECKING

from reen_compliance.applicability import LawView
from reen_compliance.errors import OPTION, LedgerError, Problem, RulePackError
from reen_compliance.i18n.message import Code, Msg, Value, msg
from reen_compliance.i18n.message import Money as MoneyValue
from reen_compliance.i18n.render import render
from reen_compliance.ledger import (
    CategoryCodes,
    CategoryTotal,
    LedgerSummary,
    Regime,
    categories_from_correspondence,
    load_cpv_correspondence,
    summarize_ledgers,
)
from reen_compliance.ledger_read import ReadOptions
from reen_compliance.loading import CompiledRule, RuleSet
from reen_compliance.messages import Message, say
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
from reen_compliance.wording import Lang, format_money

if TYPE_CHECKING:
    from reen_compliance.ledger_mapping import LedgerMapping

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

    def text(self, lang: Lang) -> str:
        """The note in `lang` (a plain text passes through as written)."""
        if isinstance(self.message, Msg):
            return render(self.message, lang)
        if isinstance(self.message, Message):
            return self.message.render(lang)
        return self.message


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
    "montant_reemploi_et_reutilisation",
    "montant_produits_issus_don",
    "montant_produits_recycles",
    "commentaires",
)
"""The columns of the official schema (data.gouv.fr, schema-declaration-biens-reemploi-
reutilisation-recycle v0.1.0, vendored in schemas/vendor/), in its order."""


def declaration_rows(
    rule: CompiledRule,
    figures: Mapping[int, Sequence[ProcurementFigure]],
    *,
    year: int,
    siret: str,
    name: str,
) -> list[dict[str, str]]:
    """The yearly declaration from figures (a profile's), one row per category of the schema.

    Only categories of the regime the schema describes (décret 2024-134) are declared.
    Reuse and donations are declared apart, as the schema asks.
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
            _row(
                year,
                siret,
                name,
                ref.category.label,
                figure.total_eur_ht,
                figure.reuse_eur_ht,
                figure.donations_eur,
                figure.recycled_eur_ht,
                "",
            )
        )
    return rows


def declaration_from_summary(  # noqa: PLR0913 - keywords a caller sets one by one
    rule: CompiledRule,
    summary: LedgerSummary,
    *,
    years: Sequence[int] | None,
    siret: str,
    name: str,
    lang: Lang = "fr",
    donations: Mapping[tuple[int, str], Decimal] | None = None,
) -> list[dict[str, str]]:
    """The declaration from ledger totals, right by construction.

    One row per year and category of the declared regime (décret 2024-134), net credit notes
    included even when they make a category negative; the comments say what a row covers
    (the half-year 2024, credit notes, lines classified through a broad parent CPV code).
    `donations` (year, category id) -> value comes from a profile, for categories whose ledger
    lines carry no donation. A year wholly under an earlier regime is refused (`LedgerError`):
    that regime was declared to the OECP in another format.
    """
    check = rule.rule.check
    assert isinstance(check, CategorySharesCheck)  # noqa: S101 - chosen by shares_rule
    index = category_index(check)
    declared = max(check.regimes, key=lambda regime: regime.effective_from)
    start = declared.effective_from
    refused = [year for year in years or () if year < start.year]
    if refused:
        problems = [
            Problem.of(
                "--year",
                None,
                None,
                "$",
                say(
                    "declaration.regime_not_declared",
                    year=year,
                    regime=_regime_label(check, year, lang),
                ),
            )
            for year in refused
        ]
        raise LedgerError(problems, heading_id=OPTION)
    totals = [t for t in summary.categories if t.regime_id == declared.id]
    wanted = set(years) if years else {t.year for t in totals}
    gifts = dict(donations or {})
    rows: list[dict[str, str]] = []
    for total in totals:
        if total.year not in wanted:
            continue
        comments = _comments(total, start, declared.label.in_language(lang), lang)
        gift = total.donation_eur
        if not gift and (total.year, total.category_id) in gifts:
            gift = gifts.pop((total.year, total.category_id))
            comments.append(say("declaration.donations_from_profile").render(lang))
        recycled = total.recycled_ht - total.reuse_and_recycled_ht
        rows.append(
            _row(
                total.year,
                siret,
                name,
                index[total.category_id].category.label,
                total.total_ht,
                total.reuse_ht,
                gift,
                recycled,
                " ; ".join(comments),
            )
        )
    if not rows:
        raise LedgerError(
            [Problem.of("--year", None, None, "$", say("declaration.nothing_to_declare"))]
        )
    return rows


def _comments(total: CategoryTotal, start: date, regime: str, lang: Lang) -> list[str]:
    """What a declaration row covers, in a few words."""
    from reen_compliance.wording import format_date  # noqa: PLC0415 - display only

    found: list[str] = []
    if total.year == start.year and (start.month, start.day) != (1, 1):
        found.append(
            say(
                "declaration.half_year",
                start=format_date(start, lang),
                end=format_date(date(total.year, 12, 31), lang),
                regime=regime,
            ).render(lang)
        )
    if total.total_ht < 0:
        found.append(say("declaration.net_negative").render(lang))
    if total.credit_line_count:
        found.append(say("declaration.credit_notes", n=total.credit_line_count).render(lang))
    if total.broad_line_count:
        found.append(
            say("declaration.broad", amount=format_money(total.broad_ht, lang)).render(lang)
        )
    return found


def _regime_label(check: CategorySharesCheck, year: int, lang: Lang) -> str:
    """The label of the regime in force during `year` (the first one that meets it)."""
    for regime in sorted(check.regimes, key=lambda r: r.effective_from):
        if regime.effective_from.year <= year and (
            regime.effective_to is None or regime.effective_to.year >= year
        ):
            return regime.label.in_language(lang)
    return "—"


def _row(  # noqa: PLR0913, PLR0917 - the schema's columns
    year: int,
    siret: str,
    name: str,
    label: str,
    total: Decimal,
    reuse: Decimal,
    donations: Decimal,
    recycled: Decimal,
    comments: str,
) -> dict[str, str]:
    return {
        "annee": str(year),
        "siret": siret,
        "raison_sociale": name,
        "type_produit_acquis": label,
        "montant_total": _amount(total),
        "montant_reemploi_et_reutilisation": _amount(reuse),
        "montant_produits_issus_don": _amount(donations),
        "montant_produits_recycles": _amount(recycled),
        "commentaires": comments,
    }


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
