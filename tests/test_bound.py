"""Tests of `reen-compliance bound`: the reference bodies each rule binds on a date."""

from __future__ import annotations

import csv
import gzip
import io
import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from reen_compliance.applicability import LawView, assess
from reen_compliance.bound import BoundListing, list_bound, reference_profile
from reen_compliance.cli import main
from reen_compliance.loading import load_rules
from reen_compliance.reference import ReferenceData

AFTER_VINTAGE = "2026-06-01"
STRATEGY = "reen-art35-strategy"
# The rule's applies_to names the entities commune, cc, ca, cu and metropole; the Métropole de
# Lyon is evaluated as a métropole (reen_compliance.bound), so every EPCI-FP category counts.
EPCI_CATEGORIES_NAMED = {
    "communaute_communes",
    "communaute_agglomeration",
    "communaute_urbaine",
    "metropole",
    "metropole_de_lyon",
}


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    """Return the shipped data file decoded with plain gzip and json, bypassing the library."""
    path = resources.files("reen_compliance").joinpath("data", "reference", "bodies.json.gz")
    data: dict[str, Any] = json.loads(gzip.decompress(path.read_bytes()))
    return data


@pytest.fixture(scope="module")
def listing() -> BoundListing:
    """Return the listing of every bundled rule on 1 June 2026, after the data's vintage."""
    return list_bound(ReferenceData.bundled(), load_rules(), as_of=date(2026, 6, 1))


@pytest.fixture(scope="module")
def strategy_json(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Return the JSON output of `bound --rule reen-art35-strategy` on 1 June 2026."""
    return run_json(tmp_path_factory.mktemp("bound"), "--rule", STRATEGY, "--as-of", AFTER_VINTAGE)


def run_json(tmp_path: Path, *args: str) -> dict[str, Any]:
    """Run `bound` with JSON output to a file and return the decoded file."""
    out = tmp_path / "bound.json"
    assert main(["bound", *args, "--format", "json", "--output", str(out)]) == 0
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_strategy_count_matches_an_independent_computation(
    strategy_json: dict[str, Any], raw: dict[str, Any]
) -> None:
    """The bodies bound by the strategy are exactly those above 50,000 in the raw data file."""
    communes, epcis = raw["communes_columns"], raw["epcis_columns"]
    expected_communes = {
        row[communes.index("insee_code")]
        for row in raw["communes"]
        if row[communes.index("population")] > 50_000
    }
    expected_epcis = {
        row[epcis.index("siren")]
        for row in raw["epcis"]
        if row[epcis.index("population")] > 50_000
        and row[epcis.index("epci_category")] in EPCI_CATEGORIES_NAMED
    }
    (rule,) = strategy_json["rules"]
    bound = rule["bound"]
    assert {b["insee_code"] for b in bound if b["kind"] == "commune"} == expected_communes
    assert {b["siren"] for b in bound if b["kind"] == "epci"} == expected_epcis
    assert rule["counts"]["bound_communes"] == len(expected_communes) == 137
    assert rule["counts"]["bound_epcis"] == len(expected_epcis) == 289
    assert rule["counts"]["bound"] == 426
    assert rule["counts"]["unknown"] == 0


def test_json_names_the_data_vintage(strategy_json: dict[str, Any]) -> None:
    """The JSON output carries the reference data's source, version and population vintages."""
    data = strategy_json
    reference = data["reference_data"]
    assert reference["package_version"] == "6.0.0"
    assert reference["epci_perimeter_as_of"] == "2025-01-01"
    years = {(p["kind"], p["year"], p["applies_from"]) for p in reference["populations"]}
    assert ("commune", 2023, "2026-01-01") in years
    assert ("epci", 2022, "2025-01-01") in years
    assert data["assumed_current_population"] == []
    assert "Métropole de Lyon" in data["reading"]


def test_metropole_de_lyon_is_bound_as_a_metropole(listing: BoundListing) -> None:
    """The Métropole de Lyon is listed as bound by the strategy, with its own category kept."""
    binding = next(b for b in listing.rules if b.rule.rule.id == STRATEGY)
    lyon = next(o for o in binding.bound if o.body.siren == "200046977")
    assert lyon.body.epci_category == "metropole_de_lyon"
    assert reference_profile(lyon.body).collectivity.epci_category == "metropole"


@pytest.mark.parametrize(
    ("code", "bound"),
    [("27229", True), ("57463", True), ("57480", False), ("2A004", True), ("200039865", True)],
    ids=["evreux-50601", "metz", "montigny-les-metz", "ajaccio", "metz-metropole"],
)
def test_listing_agrees_with_assess_on_each_body(
    listing: BoundListing, code: str, *, bound: bool
) -> None:
    """A body is listed exactly when assess on its own reference profile says it is bound."""
    body = ReferenceData.bundled().lookup(code)
    rule = load_rules(only=[STRATEGY]).rules[0]
    day = date(2026, 6, 1)
    assert assess(rule, reference_profile(body), day, LawView(day)).bound is bound
    binding = next(b for b in listing.rules if b.rule.rule.id == STRATEGY)
    assert (body in {o.body for o in binding.bound}) is bound


def test_rules_without_threshold_are_summarised_by_kind(listing: BoundListing) -> None:
    """A rule reading no population lists no body but binds every commune and EPCI by kind."""
    binding = next(b for b in listing.rules if b.rule.rule.id == "reen-art16-it-equipment-reuse")
    assert not binding.threshold
    assert binding.listed == ()
    assert binding.count("commune") == 34_875
    assert binding.count("epci") == 1_255


def test_rule_on_facts_outside_the_data_is_unknown_by_kind(listing: BoundListing) -> None:
    """The SPASER reads last year's purchases, which the reference data does not carry."""
    binding = next(b for b in listing.rules if b.rule.rule.id == "ccp-spaser")
    assert {k.bound for k in binding.kinds} == {None}
    assert {k.missing for k in binding.kinds} == {"previous_year_purchases_eur_ht"}


def test_text_lists_bodies_and_caveats(capsys: pytest.CaptureFixture[str]) -> None:
    """The text names the vintage, warns about older EPCI figures and lists Metz."""
    assert main(["bound", "--rule", STRATEGY, "--as-of", AFTER_VINTAGE, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Reference data:" in out
    assert "millésime 2023" in out
    assert "1,255 EPCI: figure in force since 1 January 2025" in out
    assert "Bound: 426 (137 communes, 289 EPCI)" in out
    assert "57463" in out
    assert "Metz —" in out


def test_csv_has_one_row_per_bound_body(capsys: pytest.CaptureFixture[str]) -> None:
    """The CSV has a header and 426 rows, each naming the figure's source and the data."""
    assert main(["bound", "--rule", STRATEGY, "--as-of", AFTER_VINTAGE, "-f", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 426
    assert {row["status"] for row in rows} == {"bound"}
    assert all("6.0.0" in row["reference_data"] for row in rows)
    assert all("population totale" in row["population_source"] for row in rows)


def test_date_before_the_vintage_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Before the communes' figure applies, bound exits 2 and says how to go on."""
    assert main(["bound", "--rule", STRATEGY, "--as-of", "2025-06-01", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "no population figure in force on 1 June 2025" in err
    assert "34,855 communes from 1 January 2026" in err
    assert "--assume-current-population" in err


def test_assumed_population_is_said_everywhere(tmp_path: Path) -> None:
    """With --assume-current-population the output says which figures were assumed."""
    data = run_json(
        tmp_path, "--rule", STRATEGY, "--as-of", "2025-06-01", "--assume-current-population"
    )
    (assumed,) = data["assumed_current_population"]
    assert (assumed["kind"], assumed["bodies"]) == ("commune", 34_855)
    (rule,) = data["rules"]
    metz = next(b for b in rule["bound"] if b["insee_code"] == "57463")
    assert metz["population_assumed_in_force"] is True
    assert metz["bound_since"] == "2025-06-01"
    assert rule["counts"]["bound"] == 426


def test_rule_without_threshold_needs_no_population(capsys: pytest.CaptureFixture[str]) -> None:
    """A date before the vintage is fine when no selected rule reads the population."""
    args = ["bound", "--rule", "reen-art16-it-equipment-reuse", "--as-of", "2025-06-01"]
    assert main(args) == 0
    assert "Sans seuil" in capsys.readouterr().out


def test_unknown_rule_id_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelt rule id exits 2 with a suggestion."""
    assert main(["bound", "--rule", "reen-art35-strategie", "--as-of", AFTER_VINTAGE]) == 2
    assert "vouliez-vous dire 'reen-art35-strategy'" in capsys.readouterr().err


@pytest.mark.parametrize("code", ["2A004", "97611", "200046977", "75056"])
def test_reference_profiles_validate(code: str) -> None:
    """Reference profiles of unusual bodies (Corsica, Mayotte, Lyon, Paris) are valid profiles."""
    profile = reference_profile(ReferenceData.bundled().lookup(code))
    assert profile.model_validate(profile.model_dump()) == profile
