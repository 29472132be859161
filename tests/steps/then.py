"""« Alors … »: what the report says."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pytest_bdd import parsers, then

from reen_compliance.formats.report import Finding
from steps.words import number, status

World = dict[str, Any]


def finding(world: World, rule_id: str, period: str | None = None) -> Finding:
    """The single finding of a rule (and period) in the report."""
    found = [
        f
        for f in world["report"].findings
        if f.rule_id == rule_id and (period is None or f.period == period)
    ]
    assert len(found) == 1, f"{len(found)} findings for {rule_id} {period}: {found}"
    return found[0]


@then(parsers.parse("l'obligation « {rule_id} » est « {statut} »"))
def rule_status(world: World, rule_id: str, statut: str) -> None:
    """The rule's only finding has this status."""
    result = finding(world, rule_id)
    assert result.status == status(statut), result.explanation


@then(parsers.parse("l'obligation « {rule_id} » pour {annee} est « {statut} »"))
def rule_status_for_year(world: World, rule_id: str, annee: str, statut: str) -> None:
    """The rule's finding for a calendar year has this status."""
    result = finding(world, rule_id, annee)
    assert result.status == status(statut), result.explanation


@then(parsers.parse("l'explication de « {rule_id} » mentionne « {texte} »"))
def explanation_mentions(world: World, rule_id: str, texte: str) -> None:
    """The explanation names a fact, a date or a reason."""
    result = [f for f in world["report"].findings if f.rule_id == rule_id][-1]
    assert texte in result.explanation, result.explanation


@then(parsers.parse("l'explication de « {rule_id} » pour {annee} mentionne « {texte} »"))
def explanation_for_year_mentions(world: World, rule_id: str, annee: str, texte: str) -> None:
    """The explanation of a year's finding names a fact, a date or a reason."""
    result = finding(world, rule_id, annee)
    said = result.explanation.replace("\u202f", " ").replace("\u00a0", " ")
    assert texte in said, result.explanation


def _gap(world: World, rule_id: str, annee: str, unit: str, missing: str) -> None:
    result = finding(world, rule_id, annee)
    assert result.gap is not None, result.explanation
    assert result.gap.unit == unit
    assert result.gap.missing == number(missing)


@then(parsers.parse("il manque {manque} euros pour « {rule_id} » en {annee}"))
def gap_in_euros(world: World, manque: str, rule_id: str, annee: str) -> None:
    """The euros HT missing to reach the minimum shares of a year."""
    _gap(world, rule_id, annee, "EUR", manque)


@then(parsers.parse("il manque {manque} matériels pour « {rule_id} » en {annee}"))
def gap_in_items(world: World, manque: str, rule_id: str, annee: str) -> None:
    """The items missing to reach the minimum reuse rate of a year."""
    _gap(world, rule_id, annee, "items", manque)


@then(parsers.parse("aucun écart n'est calculé pour « {rule_id} » en {annee}"))
def no_gap(world: World, rule_id: str, annee: str) -> None:
    """No gap: the requirement is met or cannot be measured."""
    assert finding(world, rule_id, annee).gap is None


@then(parsers.parse("la constatation « {rule_id} » est signalée « à vérifier »"))
def flagged(world: World, rule_id: str) -> None:
    """A finding of the rule carries the review flag."""
    assert any(f.review for f in world["report"].findings if f.rule_id == rule_id)


@then(parsers.parse("la constatation « {rule_id} » n'est pas signalée « à vérifier »"))
def not_flagged(world: World, rule_id: str) -> None:
    """The finding carries no review flag."""
    assert not any(f.review for f in world["report"].findings if f.rule_id == rule_id)


@then(parsers.parse("l'échéance de « {rule_id} » est le {jour}"))
def deadline_is(world: World, rule_id: str, jour: str) -> None:
    """The finding's deadline."""
    from steps.words import french_date  # noqa: PLC0415

    assert finding(world, rule_id).deadline == french_date(jour)


@then(parsers.parse("l'organisme est assujetti depuis le {jour} pour « {rule_id} »"))
def bound_since(world: World, jour: str, rule_id: str) -> None:
    """The date from which the body is bound."""
    from steps.words import french_date  # noqa: PLC0415

    assert finding(world, rule_id).bound_since == french_date(jour)


@then(parsers.parse("le chargement échoue avec le message « {message} »"))
def load_fails(world: World, message: str) -> None:
    """Loading fails, and one problem's text contains the message."""
    error = world["error"]
    assert error is not None, "the profile loaded"
    assert any(message in str(problem) for problem in error.problems), str(error)


@then(parsers.parse("la part mesurée de « {categorie} » ({part}) est de {valeur} %"))
def measured_share(world: World, categorie: str, part: str, valeur: str) -> None:
    """A category's measured share, in percent."""
    measures = [
        m
        for f in world["report"].findings
        for m in f.measures
        if m.category == categorie and m.share == part
    ]
    assert measures, "no such measure"
    assert measures[0].share_pct == Decimal(number(valeur)).quantize(Decimal("0.01"))


@then(parsers.parse("l'évaluation est refusée avec le message « {message} »"))
def evaluation_refused(world: World, message: str) -> None:
    """Evaluation refused the profile, with a problem containing the message."""
    error = world["error"]
    assert error is not None, "the profile was accepted"
    assert any(message in str(problem) for problem in error.problems), str(error)
