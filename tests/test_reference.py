"""Tests of the bundled reference data on communes and EPCI à fiscalité propre."""

from __future__ import annotations

import dataclasses
import gzip
import json
from datetime import date
from importlib import resources
from typing import Any

import pytest
import yaml

from reen_compliance.errors import ProfileError
from reen_compliance.reference.bodies import ReferenceData
from reen_compliance.reference.starter import starter_profile_yaml

THRESHOLD = 50_000
# Counted once from the shipped data (populations légales 2023 for communes, DGCL 2025 for EPCI);
# a rebuild that changes them must be reviewed and these numbers updated on purpose.
COMMUNES = 34_875
EPCIS = 1_255
COMMUNES_ABOVE_50K = 137
EPCIS_ABOVE_50K = 289


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    """Return the bundled reference data."""
    return ReferenceData.bundled()


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    """Return the shipped data file decoded with plain gzip and json, bypassing ReferenceData."""
    path = resources.files("reen_compliance").joinpath("data", "reference", "bodies.json.gz")
    data: dict[str, Any] = json.loads(gzip.decompress(path.read_bytes()))
    return data


def test_bundled_is_loaded_once(ref: ReferenceData) -> None:
    """Two calls to bundled() return the very same object."""
    assert ReferenceData.bundled() is ref


def test_vintage_names_source_measure_and_date(ref: ReferenceData) -> None:
    """The vintage says which package, which population measure and from when it applies."""
    vintage = ref.vintage
    assert vintage.package_version == "6.0.0"
    assert vintage.population_measure == "population_totale"
    assert vintage.population_year == 2023
    assert vintage.applies_from == date(2026, 1, 1)
    assert vintage.epci_perimeter_as_of == date(2025, 1, 1)
    assert "Licence Ouverte" in vintage.licence


def test_metz_commune_by_insee(ref: ReferenceData) -> None:
    """Metz is found by its INSEE code with its SIREN, département, EPCI and population totale."""
    metz = ref.lookup("57463")
    assert metz.kind == "commune"
    assert metz.name == "Metz"
    assert metz.siren == "215704636"
    assert metz.departement == "57"
    assert metz.epci_siren == "200039865"
    assert metz.population == 124_396
    assert metz.population_measure == "population_totale"
    assert metz.population_applies_from == date(2026, 1, 1)
    assert ref.by_siren("215704636") is metz


def test_metz_metropole_by_siren(ref: ReferenceData) -> None:
    """Metz Métropole is a métropole whose population is the DGCL sum of its members."""
    epci = ref.lookup("200039865")
    assert epci.kind == "epci"
    assert epci.name == "Metz Métropole"
    assert epci.epci_category == "metropole"
    assert epci.insee_code is None
    assert epci.population == 234_112
    assert epci.population_applies_from == date(2025, 1, 1)
    assert "57463" in epci.members


@pytest.mark.parametrize(
    ("code", "name", "departement"),
    [("2A004", "Ajaccio", "2A"), ("2b033", "Bastia", "2B"), ("75056", "Paris", "75")],
    ids=["corse-du-sud", "haute-corse-lowercase", "paris"],
)
def test_communes_with_letters_or_special_status(
    ref: ReferenceData, code: str, name: str, departement: str
) -> None:
    """Corsican codes keep their letters and Paris is one commune."""
    body = ref.lookup(code)
    assert (body.name, body.departement, body.insee_code) == (name, departement, code.upper())


def test_metropole_de_lyon_keeps_its_own_category(ref: ReferenceData) -> None:
    """The Métropole de Lyon is kept, marked metropole_de_lyon, with Lyon among its members."""
    lyon = ref.lookup("200046977")
    assert lyon.epci_category == "metropole_de_lyon"
    assert ref.lookup("69123").epci_siren == "200046977"
    assert "69123" in lyon.members


def test_communes_outside_any_epci(ref: ReferenceData) -> None:
    """The four island communes outside any EPCI have no EPCI SIREN but a SIREN of their own."""
    islands = [body for body in ref.communes() if body.epci_siren is None]
    assert sorted(body.insee_code or "" for body in islands) == [
        "22016",
        "29083",
        "29155",
        "85113",
    ]
    assert all(body.siren for body in islands)


@pytest.mark.parametrize(
    "code",
    ["", "5746", "574630", "2C004", "12345678", "1234567890", "ABCDEFGHI", "57-463"],
    ids=["empty", "four", "six", "bad-corsica", "eight", "ten", "letters", "dash"],
)
def test_malformed_code_is_a_profile_error(ref: ReferenceData, code: str) -> None:
    """A code neither a SIREN nor an INSEE code raises ProfileError saying what was expected."""
    with pytest.raises(ProfileError, match="expected a SIREN"):
        ref.lookup(code)


@pytest.mark.parametrize("code", ["99999", "999999999"], ids=["insee", "siren"])
def test_unknown_code_is_a_profile_error(ref: ReferenceData, code: str) -> None:
    """A well-formed code that names no body raises ProfileError located where the caller says."""
    with pytest.raises(ProfileError) as caught:
        ref.lookup(code, file="profiles/x.yaml", path="$.collectivity.siren")
    (problem,) = caught.value.problems
    assert problem.file == "profiles/x.yaml"
    assert problem.path == "$.collectivity.siren"
    assert code in problem.message


def test_by_code_returns_none_when_unknown(ref: ReferenceData) -> None:
    """by_siren and by_insee return None for codes they do not know, malformed or not."""
    assert ref.by_siren("999999999") is None
    assert ref.by_insee("99999") is None
    assert ref.by_insee("nonsense") is None


def test_spaces_in_a_siren_are_ignored(ref: ReferenceData) -> None:
    """A SIREN written with spaces, as on official documents, is found."""
    assert ref.lookup("215 704 636").insee_code == "57463"


def test_members_of_returns_the_member_communes(ref: ReferenceData) -> None:
    """members_of returns each member commune, all pointing back to their EPCI."""
    members = ref.members_of("200039865")
    assert len(members) == 46
    assert all(body.kind == "commune" and body.epci_siren == "200039865" for body in members)
    assert [body.insee_code for body in members] == sorted(
        body.insee_code or "" for body in members
    )


def test_members_of_unknown_epci_is_a_profile_error(ref: ReferenceData) -> None:
    """members_of refuses a SIREN that is not an EPCI, such as a commune's."""
    with pytest.raises(ProfileError, match="no EPCI"):
        ref.members_of("215704636")


def test_counts(ref: ReferenceData) -> None:
    """The data holds every current commune of France outside the COM and every EPCI-FP."""
    assert sum(1 for _ in ref.communes()) == COMMUNES
    assert sum(1 for _ in ref.epcis()) == EPCIS


def test_every_commune_belongs_to_the_epci_listing_it(ref: ReferenceData) -> None:
    """Membership is consistent both ways and no commune is in two EPCI."""
    listed = [code for epci in ref.epcis() for code in epci.members]
    assert len(listed) == len(set(listed))
    for epci in ref.epcis():
        for code in epci.members:
            commune = ref.by_insee(code)
            assert commune is not None
            assert commune.epci_siren == epci.siren


def test_counts_above_threshold_match_an_independent_computation(
    ref: ReferenceData, raw: dict[str, Any]
) -> None:
    """Counts of bodies above 50,000 from plain gzip+json equal ReferenceData's and are pinned."""
    series_population = raw["series_columns"].index("population")
    epci_population = raw["epci_series_columns"].index("population")

    def latest(row: list[Any], column: int) -> Any:
        return max(row[-1], key=lambda point: point[0])[column] or 0

    raw_communes = sum(
        1 for row in raw["communes"] if row[4] and latest(row, series_population) > THRESHOLD
    )
    raw_epcis = sum(
        1 for row in raw["epcis"] if row[1] and latest(row, epci_population) > THRESHOLD
    )
    via_api_communes = sum(1 for body in ref.communes() if (body.population or 0) > THRESHOLD)
    via_api_epcis = sum(1 for body in ref.epcis() if (body.population or 0) > THRESHOLD)
    assert (raw_communes, raw_epcis) == (via_api_communes, via_api_epcis)
    assert (raw_communes, raw_epcis) == (COMMUNES_ABOVE_50K, EPCIS_ABOVE_50K)


def test_every_year_since_2021_is_covered(ref: ReferenceData) -> None:
    """The vintage table has one line per year 2021-2026, millésime year - 3."""
    assert [(v.year, v.millesime) for v in ref.vintages] == [
        (year, year - 3) for year in range(2021, 2027)
    ]
    assert [v.epci_perimeter_as_of for v in ref.vintages][-1] is None  # no DGCL 2026 file


def test_metz_series_has_one_figure_per_year_with_its_source(ref: ReferenceData) -> None:
    """Metz's population totale is known for each year, each figure naming version and file."""
    metz = ref.lookup("57463")
    assert [(p.year, p.population) for p in metz.series] == [
        (2021, 118_422),
        (2022, 120_335),
        (2023, 122_036),
        (2024, 122_714),
        (2025, 123_532),
        (2026, 124_396),
    ]
    assert "@etalab/decoupage-administratif 3.1.1" in (metz.point(2023) or metz).source
    assert ref.on(metz, 2023).population == 122_036


def test_former_codes_are_findable(ref: ReferenceData) -> None:
    """A commune merged since 2021 is found under its old code, pointing to its successor."""
    former = ref.lookup("93059")
    assert (former.current, former.merged_into) == (False, "93066")
    assert "93059" in ref.lookup("93066").former_codes
    assert former not in set(ref.communes())


@pytest.mark.parametrize(
    ("code", "population"),
    [("27229", 50_601), ("53130", 51_719), ("85194", 50_924)],
    ids=["evreux", "laval", "les-sables-d-olonne"],
)
def test_population_is_totale_where_municipale_would_miss_the_threshold(
    ref: ReferenceData, code: str, population: int
) -> None:
    """These communes exceed 50,000 only on the population totale, which the data carries."""
    body = ref.lookup(code)
    assert body.population == population
    assert body.population_measure == "population_totale"


def test_epci_figure_is_a_vintage_older_than_its_members(ref: ReferenceData) -> None:
    """An EPCI's DGCL figure (in force 2025) predates its members' INSEE figures (2026)."""
    epci = ref.lookup("200039865")
    members = ref.members_of("200039865")
    assert {body.population_applies_from for body in members} == {date(2026, 1, 1)}
    assert epci.population_applies_from == date(2025, 1, 1)
    assert epci.population_year == 2022


def test_every_code_has_the_documented_form(ref: ReferenceData) -> None:
    """Every SIREN is nine digits and every INSEE code five characters, 2A/2B for Corsica."""
    for body in ref.communes():
        assert body.insee_code is not None
        assert len(body.insee_code) == 5
        assert body.insee_code.isdigit() or body.insee_code[:2] in {"2A", "2B"}
        assert body.siren is not None
        assert len(body.siren) == 9
        assert body.siren.isdigit()


def test_starter_profile_for_a_commune_parses_with_quoted_codes(ref: ReferenceData) -> None:
    """The starter profile is valid YAML whose codes stay strings and whose dates are dates."""
    profile = yaml.safe_load(starter_profile_yaml(ref.lookup("2A004"), ref.vintage))
    collectivity = profile["collectivity"]
    assert profile["format_version"] == 1
    assert collectivity["kind"] == "commune"
    assert collectivity["insee_code"] == "2A004"
    assert collectivity["siren"] == "212000046"
    figure = collectivity["population"][-1]
    assert figure["applies_from"] == date(2026, 1, 1)
    assert figure["total"] == 77_132
    assert "population totale" in figure["source"]
    assert [f["applies_from"].year for f in collectivity["population"]] == list(range(2021, 2027))
    assert set(profile["documents"].values()) == {None}  # every document unknown
    for key in ("sustainable_development_reports", "equipment_disposal"):
        assert profile[key] == {}
    assert profile["procurement"] == {}
    assert collectivity["annual_purchases_eur_ht"] == {}


def test_starter_profile_codes_with_leading_zeros_stay_strings(ref: ReferenceData) -> None:
    """An INSEE code with a leading zero is not turned into a number."""
    profile = yaml.safe_load(starter_profile_yaml(ref.lookup("01001"), ref.vintage))
    assert profile["collectivity"]["insee_code"] == "01001"


def test_starter_profile_for_the_metropole_de_lyon(ref: ReferenceData) -> None:
    """The Métropole de Lyon is written as an EPCI métropole with a comment on its status."""
    text = starter_profile_yaml(ref.lookup("200046977"), ref.vintage)
    collectivity = yaml.safe_load(text)["collectivity"]
    assert (collectivity["kind"], collectivity["epci_category"]) == ("epci", "metropole")
    assert collectivity["insee_code"] is None
    assert "collectivité à statut particulier" in text


def test_starter_profile_flags_a_population_municipale(ref: ReferenceData) -> None:
    """A municipale figure is written with a source and a comment asking for the totale."""
    text = starter_profile_yaml(ref.lookup("22016"), ref.vintage)
    figures = yaml.safe_load(text)["collectivity"]["population"]
    by_year = {figure["applies_from"].year: figure for figure in figures}
    assert by_year[2023]["source"].startswith("population municipale INSEE 2020")
    assert "à remplacer par la population totale" in by_year[2023]["source"]
    assert "# À REMPLACER" in text
    assert "# À COMPLÉTER pour le 1er janvier 2021" in text  # no figure in 2021: said, not filled
    assert 2021 not in by_year


def test_starter_profile_without_population_leaves_an_empty_list(ref: ReferenceData) -> None:
    """A body without a figure gets an empty population list and a comment to fill it."""
    body = dataclasses.replace(ref.lookup("57463"), population=None, series=())
    text = starter_profile_yaml(body, ref.vintage, "fr")
    assert yaml.safe_load(text)["collectivity"]["population"] == []
    assert "# À COMPLÉTER : la population totale" in text
