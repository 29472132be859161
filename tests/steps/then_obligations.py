"""« Alors … » for the obligations beyond the strategy: sanctions, warnings, versions, errors."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then, when

from reen_compliance import InvalidInputError, evaluate
from reen_compliance.law.loading import Profile
from steps.then import finding
from steps.words import french_date

World = dict[str, Any]


@when(parsers.parse("on tente de l'évaluer au {jour}"))
def try_evaluate(world: World, jour: str) -> None:
    """Evaluate, keeping the error if the profile is refused."""
    try:
        profile = Profile.model_validate(world["profile"])
        world["report"] = evaluate(profile, as_of=french_date(jour))
    except InvalidInputError as error:
        world["error"] = error


@then(parsers.parse("la sanction encourue pour « {rule_id} » mentionne « {texte} »"))
def sanction_mentions(world: World, rule_id: str, texte: str) -> None:
    """The sanction regime shown on the rule's findings."""
    sanctions = [f.sanction or "" for f in world["report"].findings if f.rule_id == rule_id]
    assert any(texte in s for s in sanctions), sanctions


@then(parsers.parse("le rapport avertit « {texte} »"))
def warning_mentions(world: World, texte: str) -> None:
    """A report-level warning."""
    assert any(texte in w for w in world["report"].warnings), world["report"].warnings


@then(parsers.parse("la version appliquée pour « {rule_id} » mentionne « {texte} »"))
def version_mentions(world: World, rule_id: str, texte: str) -> None:
    """The version of a text the single finding cites."""
    versions = [c.version or "" for c in finding(world, rule_id).legal_basis]
    assert any(texte in v for v in versions), versions


@then(parsers.parse("l'évaluation échoue avec le message « {message} »"))
def evaluation_fails(world: World, message: str) -> None:
    """The evaluation is refused with a located problem."""
    error = world["error"]
    assert error is not None, "the profile was evaluated"
    assert any(message in str(problem) for problem in error.problems), str(error)


@then(parsers.parse("aucune constatation de « {rule_id} » n'est « non conforme »"))
def never_non_compliant(world: World, rule_id: str) -> None:
    """No finding of the rule concludes to a breach."""
    statuses = [f.status for f in world["report"].findings if f.rule_id == rule_id]
    assert statuses
    assert "non_compliant" not in statuses, statuses


@then(parsers.parse("les points à vérifier de « {rule_id} » mentionnent « {texte} »"))
def review_notes_mention(world: World, rule_id: str, texte: str) -> None:
    """A review note of the rule's findings."""
    notes = [n for f in world["report"].findings if f.rule_id == rule_id for n in f.review_notes]
    assert any(texte in n for n in notes), notes


def _cited(world: World, rule_id: str, annee: str) -> list[str]:
    return [f"{c.text}, {c.article}" for c in finding(world, rule_id, annee).legal_basis]


@then(parsers.parse("la constatation « {rule_id} » pour {annee} cite « {texte} »"))
def cites(world: World, rule_id: str, annee: str, texte: str) -> None:
    """A text cited by the rule's finding for one period."""
    cited = _cited(world, rule_id, annee)
    assert any(texte in c for c in cited), cited


@then(parsers.parse("la constatation « {rule_id} » pour {annee} ne cite pas « {texte} »"))
def does_not_cite(world: World, rule_id: str, annee: str, texte: str) -> None:
    """A text the rule's finding for one period must not cite (not in force on its last day)."""
    cited = _cited(world, rule_id, annee)
    assert not any(texte in c for c in cited), cited


@then(parsers.parse("à cette date, la constatation « {rule_id} » cite « {texte} »"))
def cites_on_the_day(world: World, rule_id: str, texte: str) -> None:
    """A text cited by the rule's single finding on the evaluation day."""
    cited = [f"{c.text}, {c.article}" for c in finding(world, rule_id).legal_basis]
    assert any(texte in c for c in cited), cited


@then(parsers.parse("à cette date, la constatation « {rule_id} » ne cite pas « {texte} »"))
def does_not_cite_on_the_day(world: World, rule_id: str, texte: str) -> None:
    """A text the rule's single finding on the evaluation day must not cite."""
    cited = [f"{c.text}, {c.article}" for c in finding(world, rule_id).legal_basis]
    assert not any(texte in c for c in cited), cited


@then(parsers.parse("les points à vérifier de « {rule_id} » ne mentionnent pas « {texte} »"))
def review_notes_omit(world: World, rule_id: str, texte: str) -> None:
    """No review note of the rule's findings says this (it cannot change this body's result)."""
    notes = [n for f in world["report"].findings if f.rule_id == rule_id for n in f.review_notes]
    assert not any(texte in n for n in notes), notes
