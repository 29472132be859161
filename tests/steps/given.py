"""« Étant donné … »: build the profile of the body a scenario speaks of."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_bdd import given, parsers

from steps.words import DOCUMENTS, EPCI_CATEGORIES, french_date, number

World = dict[str, Any]


@pytest.fixture
def world() -> World:
    """What a scenario builds up: the profile as plain data, then the report or the error."""
    return {"profile": None, "report": None, "error": None}


def _body(world: World, kind: str, population: int | None, **extra: object) -> None:
    collectivity: dict[str, object] = {"name": "Collectivité du scénario", "kind": kind, **extra}
    if population is not None:
        collectivity["population"] = [
            {"applies_from": "2020-01-01", "total": population, "source": "scénario"}
        ]
    world["profile"] = {"format_version": 1, "collectivity": collectivity}


@given(parsers.parse("une commune de {habitants} habitants"))
def commune(world: World, habitants: str) -> None:
    """A commune whose population totale is known since 2020."""
    _body(world, "commune", int(number(habitants)))


@given("une commune dont la population n'est pas connue")
def commune_without_population(world: World) -> None:
    """A commune whose profile gives no population."""
    _body(world, "commune", None)


@given(parsers.parse("un EPCI « {categorie} » de {habitants} habitants"))
def epci(world: World, categorie: str, habitants: str) -> None:
    """An EPCI of a given category and population."""
    _body(world, "epci", int(number(habitants)), epci_category=EPCI_CATEGORIES[categorie])


@given(parsers.parse("un organisme de type « {kind} »"))
def body_of_kind(world: World, kind: str) -> None:
    """A body of a profile kind (departement, region, state_service...), population unknown."""
    _body(world, kind, None)


@given(parsers.parse("un département de {habitants} habitants"))
def departement(world: World, habitants: str) -> None:
    """A département with its population."""
    _body(world, "departement", int(number(habitants)))


@given(parsers.parse("sa population totale est de {habitants} habitants à compter du {jour}"))
def population_from(world: World, habitants: str, jour: str) -> None:
    """Add a dated population figure (the INSEE figure applying from a 1 January)."""
    figures = world["profile"]["collectivity"].setdefault("population", [])
    figures.append(
        {
            "applies_from": french_date(jour).isoformat(),
            "total": int(number(habitants)),
            "source": "scénario",
        }
    )


@given(parsers.parse("son {document} a été adopté le {jour}"))
@given(parsers.parse("sa {document} a été adoptée le {jour}"))
def document_adopted(world: World, document: str, jour: str) -> None:
    """A document adopted on a day."""
    world["profile"].setdefault("documents", {})[DOCUMENTS[document.lower()]] = {
        "status": "adopted",
        "adopted_on": french_date(jour).isoformat(),
        "url": "https://collectivite.example/document",
    }


@given(parsers.parse("son {document} a été adopté le {jour} sans être publié en ligne"))
def document_adopted_unpublished(world: World, document: str, jour: str) -> None:
    """A document adopted on a day, with no publication address."""
    world["profile"].setdefault("documents", {})[DOCUMENTS[document.lower()]] = {
        "status": "adopted",
        "adopted_on": french_date(jour).isoformat(),
    }


@given(parsers.parse("son {document} n'est pas adopté"))
@given(parsers.parse("sa {document} n'est pas adoptée"))
def document_not_adopted(world: World, document: str) -> None:
    """A document the profile says is not adopted."""
    world["profile"].setdefault("documents", {})[DOCUMENTS[document.lower()]] = {
        "status": "not_adopted"
    }


@given(parsers.parse("le profil ne dit rien de son {document}"))
@given(parsers.parse("le profil ne dit rien de sa {document}"))
def document_unknown(world: World, document: str) -> None:
    """No entry for the document: unknown, not « not adopted »."""
    world["profile"].setdefault("documents", {}).pop(DOCUMENTS[document.lower()], None)


@given(parsers.parse("sa stratégie contient {elements}"))
def strategy_contents(world: World, elements: str) -> None:
    """The strategy's stated contents: required elements and optional themes, by key."""
    keys = [key.strip() for key in elements.replace(" et ", ",").split(",") if key.strip()]
    strategy = world["profile"]["documents"]["nr_strategy"]
    strategy["contents"] = {"elements": keys, "themes": []}


@given(
    parsers.parse(
        "au 1er janvier {annee:d} elle avait {stock:d} matériels informatiques réformés en stock "
        "et en a orienté {reemploi:d} vers le réemploi dans l'année"
    )
)
def disposal(world: World, annee: int, stock: int, reemploi: int) -> None:
    """Reformed IT equipment of a year, in units (décret n° 2023-266 art. 3: A / B)."""
    world["profile"].setdefault("equipment_disposal", {})[annee] = {
        "reformed_on_jan_1": stock,
        "sent_to_reuse": reemploi,
    }


@given(parsers.parse("ses achats de l'année {annee:d} s'élèvent à {montant} euros HT"))
def purchases(world: World, annee: int, montant: str) -> None:
    """Total public purchases of a calendar year."""
    world["profile"]["collectivity"].setdefault("annual_purchases_eur_ht", {})[annee] = str(
        number(montant)
    )


@given(
    parsers.parse(
        "elle déclare pour {annee:d} des achats « {categorie} » de {total} euros HT "
        "dont {reemploi} euros issus du réemploi et {recycle} euros intégrant des matières recyclées"
    )
)
def procurement(
    world: World, annee: int, categorie: str, total: str, reemploi: str, recycle: str
) -> None:
    """Declared AGEC art. 58 figures of one category in one year."""
    world["profile"].setdefault("procurement", {}).setdefault(annee, []).append(
        {
            "category": categorie,
            "total_eur_ht": str(number(total)),
            "reuse_eur_ht": str(number(reemploi)),
            "recycled_eur_ht": str(number(recycle)),
        }
    )


@given(
    parsers.parse(
        "son rapport développement durable du budget {annee:d}, présenté le {jour}, "
        "{contient} le bilan de la stratégie"
    )
)
def sustainable_report(world: World, annee: int, jour: str, contient: str) -> None:
    """The RDD of a budget year, with or without the strategy's review."""
    world["profile"].setdefault("sustainable_development_reports", {})[annee] = {
        "adopted_on": french_date(jour).isoformat(),
        "covers_nr_strategy": contient.strip() == "contient",
    }


@given(
    parsers.parse(
        "son SPASER fixe pour {annee:d} un objectif de {objectif} % de « {part} » pour « {categorie} »"
    )
)
def spaser_target(world: World, annee: int, objectif: str, part: str, categorie: str) -> None:
    """A SPASER target for one category, share and year."""
    world["profile"].setdefault("spaser_targets", []).append(
        {"year": annee, "category": categorie, "share": part, "target_pct": str(number(objectif))}
    )
