"""The yearly AGEC art. 58 declaration (décret n° 2024-134) laid out as its official schema."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from reen_compliance.decisions.shares import (
    CategoryRef,
    category_index,
)
from reen_compliance.errors import OPTION, LedgerError, Problem
from reen_compliance.formats.profile import ProcurementFigure
from reen_compliance.law.checks import CategorySharesCheck
from reen_compliance.law.loading import CompiledRule
from reen_compliance.ledger.summary import (
    CategoryTotal,
    LedgerSummary,
)
from reen_compliance.messages import say
from reen_compliance.report.words import Lang, format_money

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
    from reen_compliance.report.words import format_date  # noqa: PLC0415 - display only

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
