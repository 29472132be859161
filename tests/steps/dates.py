"""Steps about dates (issue 13): the law's date, the calendar, lateness, remedies, warnings."""

from __future__ import annotations

from typing import Any

from pytest_bdd import given, parsers, then, when

from reen_compliance import evaluate
from reen_compliance.law.loading import Profile, load_rules
from reen_compliance.report.calendar import calendar_items
from steps.then import finding
from steps.words import DOCUMENTS, french_date

World = dict[str, Any]


@given(parsers.parse("sa {document} n'est pas adoptée mais prévue le {jour}"))
@given(parsers.parse("son {document} n'est pas adopté mais prévu le {jour}"))
def document_planned(world: World, document: str, jour: str) -> None:
    """A document not adopted yet, with a planned adoption date."""
    world["profile"].setdefault("documents", {})[DOCUMENTS[document.lower()]] = {
        "status": "not_adopted",
        "planned_on": french_date(jour).isoformat(),
    }


@when(parsers.parse("on évalue sa situation au {jour} selon le droit connu au {loi}"))
def evaluate_with_law(world: World, jour: str, loi: str) -> None:
    """Evaluate with the law as it stood on an earlier date."""
    profile = Profile.model_validate(world["profile"])
    world["report"] = evaluate(profile, as_of=french_date(jour), law_as_of=french_date(loi))


@when(parsers.parse("on établit son calendrier du {debut} au {fin}"))
def calendar_of(world: World, debut: str, fin: str) -> None:
    """The body's calendar over a window, with the law as it stands at the window's end."""
    profile = Profile.model_validate(world["profile"])
    world["calendar"] = calendar_items(
        profile,
        start=french_date(debut),
        end=french_date(fin),
        rules=load_rules(),
        law_as_of=french_date(fin),
    )


@when(parsers.parse("on établit son calendrier du {debut} au {fin} selon le droit connu au {loi}"))
def calendar_with_law(world: World, debut: str, fin: str, loi: str) -> None:
    """The body's calendar over a window, with the law as it stood on a given date."""
    profile = Profile.model_validate(world["profile"])
    world["calendar"] = calendar_items(
        profile,
        start=french_date(debut),
        end=french_date(fin),
        rules=load_rules(),
        law_as_of=french_date(loi),
    )


def _calendar_labels(world: World, rule_id: str, jour: str) -> list[str]:
    day = french_date(jour)
    return [i.label for i in world["calendar"] if i.rule_id == rule_id and i.date == day]


@then(parsers.parse("le calendrier montre pour « {rule_id} » le {jour} « {texte} »"))
def calendar_shows(world: World, rule_id: str, jour: str, texte: str) -> None:
    """An item of the rule on that day whose label holds the words."""
    labels = _calendar_labels(world, rule_id, jour)
    assert any(texte in label for label in labels), labels


@then(parsers.parse("le calendrier ne montre rien pour « {rule_id} » le {jour}"))
def calendar_shows_nothing(world: World, rule_id: str, jour: str) -> None:
    """No item of the rule on that day."""
    assert _calendar_labels(world, rule_id, jour) == []


@then(parsers.parse("le calendrier ne montre jamais « {texte} » pour « {rule_id} »"))
def calendar_never(world: World, texte: str, rule_id: str) -> None:
    """No item of the rule, on any day, whose label holds the words."""
    labels = [i.label for i in world["calendar"] if i.rule_id == rule_id]
    assert not any(texte in label for label in labels), labels


@then(parsers.parse("les prochaines échéances montrent pour « {rule_id} » le {jour} « {texte} »"))
def upcoming_shows(world: World, rule_id: str, jour: str, texte: str) -> None:
    """The report's next deadlines hold an item of the rule on that day with these words."""
    day = french_date(jour)
    labels = [
        d.label for d in world["report"].next_deadlines if d.rule_id == rule_id and d.date == day
    ]
    assert any(texte in label for label in labels), labels


@then(parsers.parse("les prochaines échéances ne montrent rien pour « {rule_id} »"))
def upcoming_nothing(world: World, rule_id: str) -> None:
    """The report's next deadlines hold nothing of the rule."""
    assert [d for d in world["report"].next_deadlines if d.rule_id == rule_id] == []


@then(parsers.parse("l'échéance légale de « {rule_id} » est le {jour}"))
def statutory_deadline(world: World, rule_id: str, jour: str) -> None:
    """The law's own deadline, kept beside the body's."""
    assert finding(world, rule_id).statutory_deadline == french_date(jour)


@then(parsers.parse("« {rule_id} » n'a pas d'échéance légale distincte"))
def no_statutory_deadline(world: World, rule_id: str) -> None:
    """The body's deadline is the law's."""
    assert finding(world, rule_id).statutory_deadline is None


@then(parsers.parse("« {rule_id} » a {jours:d} jours de retard"))
def days_late(world: World, rule_id: str, jours: int) -> None:
    """The machine-readable lateness of the finding."""
    assert finding(world, rule_id).days_late == jours


@then(parsers.parse("« {rule_id} » n'a aucun retard"))
def not_late(world: World, rule_id: str) -> None:
    """No lateness recorded."""
    assert finding(world, rule_id).days_late is None


@then(parsers.parse("« {rule_id} » est signalée comme manquement prévisible"))
def foreseeable(world: World, rule_id: str) -> None:
    """A planned act after its deadline."""
    assert finding(world, rule_id).foreseeable_breach is True


@then(parsers.parse("« {rule_id} » n'est pas signalée comme manquement prévisible"))
def not_foreseeable(world: World, rule_id: str) -> None:
    """No planned act after its deadline."""
    assert finding(world, rule_id).foreseeable_breach is None


@then(parsers.parse("la mesure à prendre pour « {rule_id} » pour {annee} mentionne « {texte} »"))
def remedy_for_year(world: World, rule_id: str, annee: str, texte: str) -> None:
    """The remedy of a year's finding holds the words."""
    remedy = finding(world, rule_id, annee).remediation or ""
    assert texte in remedy, remedy


@then(
    parsers.parse(
        "la mesure à prendre pour « {rule_id} » pour {annee} ne mentionne pas « {texte} »"
    )
)
def remedy_for_year_not(world: World, rule_id: str, annee: str, texte: str) -> None:
    """The remedy of a year's finding does not hold the words."""
    remedy = finding(world, rule_id, annee).remediation or ""
    assert texte not in remedy, remedy


@then(parsers.parse("la mesure à prendre pour « {rule_id} » mentionne « {texte} »"))
def remedy_mentions(world: World, rule_id: str, texte: str) -> None:
    """The remedy of the rule's finding holds the words."""
    remedy = finding(world, rule_id).remediation or ""
    assert texte in remedy, remedy


@then(parsers.parse("le rapport n'avertit pas « {texte} »"))
def no_warning(world: World, texte: str) -> None:
    """No warning of the report holds the words."""
    assert not any(texte in w for w in world["report"].warnings), world["report"].warnings
