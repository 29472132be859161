"""« Étant donné … » for the obligations beyond the strategy: contracts, services, reports."""

from __future__ import annotations

from typing import Any

from pytest_bdd import given, parsers

from steps.words import french_date, number

World = dict[str, Any]
YES = {"oui": True, "non": False, "inconnu": None}


def _profile(world: World) -> dict[str, Any]:
    profile: dict[str, Any] = world["profile"]
    return profile


@given(parsers.parse("un établissement public employant {personnes} personnes"))
def establishment(world: World, personnes: str) -> None:
    """A public establishment (other public-law person) with its staff."""
    world["profile"] = {
        "format_version": 1,
        "collectivity": {
            "name": "Établissement du scénario",
            "kind": "public_establishment",
            "staff": int(number(personnes)),
        },
    }


@given(parsers.parse("elle emploie {personnes} personnes"))
@given(parsers.parse("il emploie {personnes} personnes"))
def staff(world: World, personnes: str) -> None:
    """The number of people the body employs."""
    _profile(world)["collectivity"]["staff"] = int(number(personnes))


@given(
    parsers.parse(
        "un marché « {reference} » dont la consultation est engagée le {jour}, "
        "condition d'exécution environnementale : {condition}, "
        "critère d'attribution environnemental : {critere}"
    )
)
def contract(world: World, reference: str, jour: str, condition: str, critere: str) -> None:
    """A contract with its consultation date and its two environmental clauses."""
    _profile(world).setdefault("contracts", []).append(
        {
            "reference": reference,
            "consultation_launched_on": french_date(jour).isoformat(),
            "environmental_execution_condition": YES[condition],
            "environmental_award_criterion": YES[critere],
        }
    )


@given(
    parsers.parse(
        "un achat de produits numériques « {reference} » lancé le {jour}, "
        "portant un indice de réparabilité : {rep}, pris en compte : {rep_pris}, "
        "portant un indice de durabilité : {dur}, pris en compte : {dur_pris}"
    )
)
def digital_purchase(
    world: World, reference: str, jour: str, rep: str, rep_pris: str, dur: str, dur_pris: str
) -> None:
    """A purchase of digital products and how it used the indices it carries."""
    _profile(world).setdefault("digital_product_purchases", []).append(
        {
            "reference": reference,
            "launched_on": french_date(jour).isoformat(),
            "has_repairability_index": YES[rep],
            "repairability_index_considered": YES[rep_pris],
            "has_durability_index": YES[dur],
            "durability_index_considered": YES[dur_pris],
        }
    )


@given(
    parsers.parse(
        "elle déclare pour {annee:d} des achats de papier de {total} euros HT "
        "dont {recycle} euros de papier recyclé"
    )
)
def paper(world: World, annee: int, total: str, recycle: str) -> None:
    """Paper products bought in a year, in euros HT."""
    _profile(world).setdefault("paper_purchases", {})[annee] = {
        "unit": "eur_ht",
        "total": str(number(total)),
        "recycled": str(number(recycle)),
    }


@given(parsers.parse("un service en ligne « {nom} » :"))
def online_service(world: World, nom: str, datatable: list[list[str]]) -> None:
    """An online service described by a two-column table of its accessibility facts."""
    service: dict[str, Any] = {"name": nom}
    for key, value in datatable:
        if key in {"created_on", "statement_published_on"}:
            service[key] = french_date(value).isoformat()
        elif key == "multi_year_plan":
            start, end = (part.strip() for part in value.split(" au "))
            service[key] = {
                "starts_on": french_date(start.removeprefix("du ")).isoformat(),
                "ends_on": french_date(end).isoformat(),
            }
        elif key == "annual_plan_years":
            service[key] = [int(year) for year in value.split(",") if year.strip()]
        else:
            service[key] = value
    _profile(world).setdefault("online_services", []).append(service)


@given(
    parsers.parse(
        "son bilan des émissions de gaz à effet de serre a été publié le {jour} "
        "(année {annee:d}), avec plan de transition : {plan}, transmis : {transmis}"
    )
)
def ghg_report(world: World, jour: str, annee: int, plan: str, transmis: str) -> None:
    """A published greenhouse-gas emissions report."""
    _profile(world).setdefault("ghg_reports", []).append(
        {
            "published_on": french_date(jour).isoformat(),
            "reference_year": annee,
            "transition_plan": YES[plan],
            "significant_indirect_emissions": True,
            "transmitted": YES[transmis],
        }
    )


@given("elle n'a publié aucun bilan des émissions de gaz à effet de serre")
@given("il n'a publié aucun bilan des émissions de gaz à effet de serre")
def no_ghg_report(world: World) -> None:
    """The profile states that no report was published."""
    _profile(world)["ghg_reports"] = []


@given(parsers.parse("elle n'exploite aucun centre de données"))
def no_data_centre(world: World) -> None:
    """The body runs no data centre."""
    _profile(world)["data_centres"] = []


@given(
    parsers.parse(
        "elle exploite un centre de données « {nom} » de {puissance} kW "
        "dont les informations de {annee:d} ont été transmises le {jour}"
    )
)
def data_centre_sent(world: World, nom: str, puissance: str, annee: int, jour: str) -> None:
    """A data centre and the date its yearly information was sent."""
    _profile(world).setdefault("data_centres", []).append(
        {
            "name": nom,
            "installed_power_kw": str(number(puissance)),
            "yearly_reports": {annee: french_date(jour).isoformat()},
        }
    )


@given(
    parsers.parse(
        "elle exploite un centre de données « {nom} » de {puissance} kW sans transmission déclarée"
    )
)
def data_centre_silent(world: World, nom: str, puissance: str) -> None:
    """A data centre with no yearly information sent."""
    _profile(world).setdefault("data_centres", []).append(
        {"name": nom, "installed_power_kw": str(number(puissance))}
    )


@given(parsers.parse("son PCAET a été adopté le {jour} et contient {elements}"))
def pcaet_with(world: World, jour: str, elements: str) -> None:
    """An adopted PCAET and the required elements it states."""
    keys = [key.strip() for key in elements.replace(" et ", ",").split(",") if key.strip()]
    _profile(world).setdefault("documents", {})["pcaet"] = {
        "status": "adopted",
        "adopted_on": french_date(jour).isoformat(),
        "contents": {"elements": [] if keys == ["rien"] else keys},
    }


@given(parsers.parse("son PCAET a été adopté le {jour} sans que son contenu soit renseigné"))
def pcaet_without(world: World, jour: str) -> None:
    """An adopted PCAET whose contents the profile does not state."""
    _profile(world).setdefault("documents", {})["pcaet"] = {
        "status": "adopted",
        "adopted_on": french_date(jour).isoformat(),
    }


@given(parsers.parse("il déclare appliquer « {pratique} »"))
@given(parsers.parse("elle déclare appliquer « {pratique} »"))
def practice_applied(world: World, pratique: str) -> None:
    """A declared practice, applied."""
    _profile(world).setdefault("practices", {})[pratique] = {"applied": True}


@given(parsers.parse("il déclare ne pas appliquer « {pratique} »"))
@given(parsers.parse("elle déclare ne pas appliquer « {pratique} »"))
def practice_not_applied(world: World, pratique: str) -> None:
    """A declared practice, not applied, with no reason."""
    _profile(world).setdefault("practices", {})[pratique] = {"applied": False}


@given(parsers.parse("elle déclare ne pas appliquer « {pratique} » car « {raison} »"))
def practice_not_possible(world: World, pratique: str, raison: str) -> None:
    """A declared practice, not applied because it was not possible."""
    _profile(world).setdefault("practices", {})[pratique] = {
        "applied": False,
        "not_possible_reason": raison,
    }


@given(parsers.parse("il invoque pour « {rule_id} » l'exemption « {motif} » : « {justification} »"))
@given(
    parsers.parse("elle invoque pour « {rule_id} » l'exemption « {motif} » : « {justification} »")
)
def exemption(world: World, rule_id: str, motif: str, justification: str) -> None:
    """An exemption claimed for every period."""
    _profile(world).setdefault("exemptions", []).append(
        {"rule_id": rule_id, "ground": motif, "justification": justification}
    )


@given(parsers.parse("cette exemption a expiré le {jour}"))
def exemption_expired(world: World, jour: str) -> None:
    """The last exemption's expiry date."""
    _profile(world)["exemptions"][-1]["expires_on"] = french_date(jour).isoformat()
