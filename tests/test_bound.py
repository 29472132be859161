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

from reen_compliance.cli.common import main
from reen_compliance.law.applicability import LawView, assess
from reen_compliance.law.loading import load_rules
from reen_compliance.reference.bodies import ReferenceData
from reen_compliance.reference.bound import BoundListing, list_bound, reference_profile

AFTER_VINTAGE = "2026-06-01"
STRATEGY = "reen-art35-strategy"
# The rule's applies_to names the entities commune, cc, ca, cu and metropole; the Métropole de
# Lyon is evaluated as a métropole (reen_compliance.reference.bound), so every EPCI-FP category counts.
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
    communes, series = raw["communes_columns"], raw["series_columns"]
    epcis, epci_series = raw["epcis_columns"], raw["epci_series_columns"]

    def latest(rows: list[list[Any]], column: int) -> Any:
        return max(rows, key=lambda row: row[0])[column]

    expected_communes = {
        row[communes.index("insee_code")]
        for row in raw["communes"]
        if row[communes.index("current")]
        and (latest(row[communes.index("series")], series.index("population")) or 0) > 50_000
    }
    expected_epcis = {
        row[epcis.index("siren")]
        for row in raw["epcis"]
        if row[epcis.index("current")]
        and latest(row[epcis.index("series")], epci_series.index("population")) > 50_000
        and latest(row[epcis.index("series")], epci_series.index("epci_category"))
        in EPCI_CATEGORIES_NAMED
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
    assert (code in {o.body.insee_code or o.body.siren for o in binding.bound}) is bound


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
    municipale = {
        row["insee_code"]
        for row in rows
        if row["population_source"].startswith("population municipale")
    }
    # INSEE's 2026 file lists Paris, Lyon and Marseille by arrondissement and lacks Mayotte:
    # their population municipale only, labelled as such.
    assert municipale == {"13055", "69123", "75056", "97611"}
    assert all("totale" in row["population_source"] for row in rows
               if row["insee_code"] not in municipale)  # fmt: skip


def test_date_before_the_data_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Before the first year the data covers, bound exits 2 and says how to go on."""
    assert main(["bound", "--rule", STRATEGY, "--as-of", "2020-06-01", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "no population figure in force on 1 June 2020" in err
    assert "34,944 communes from 1 January 2021" in err
    assert "1,249 EPCI from 1 January 2021" in err
    assert "--assume-current-population" in err


def test_assumed_population_is_said_everywhere(tmp_path: Path) -> None:
    """With --assume-current-population the output says which figures were assumed."""
    data = run_json(
        tmp_path, "--rule", STRATEGY, "--as-of", "2020-06-01", "--assume-current-population"
    )
    assumed = data["assumed_current_population"]
    assert {a["applies_from"] for a in assumed} == {"2021-01-01"}
    assert sum(a["bodies"] for a in assumed if a["kind"] == "commune") == 34_961
    (rule,) = data["rules"]
    assert rule["in_force"] is False
    assert rule["counts"]["bound"] == 0


def test_rule_without_threshold_needs_no_population(capsys: pytest.CaptureFixture[str]) -> None:
    """A date before the data is fine when no selected rule reads the population."""
    args = ["bound", "--rule", "reen-art16-it-equipment-reuse", "--as-of", "2020-06-01"]
    assert main(args) == 0
    assert "Pas en vigueur" in capsys.readouterr().out


def test_unknown_rule_id_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelt rule id exits 2 with a suggestion."""
    assert main(["bound", "--rule", "reen-art35-strategie", "--as-of", AFTER_VINTAGE]) == 2
    assert "vouliez-vous dire 'reen-art35-strategy'" in capsys.readouterr().err


@pytest.mark.parametrize("code", ["2A004", "97611", "200046977", "75056"])
def test_reference_profiles_validate(code: str) -> None:
    """Reference profiles of unusual bodies (Corsica, Mayotte, Lyon, Paris) are valid profiles."""
    profile = reference_profile(ReferenceData.bundled().lookup(code))
    assert profile.model_validate(profile.model_dump()) == profile


FIXTURES = Path(__file__).parent / "data" / "populations"


def independent_count(version: str) -> tuple[set[str], set[str]]:
    """Communes and EPCI above 50,000 in a package version's raw epci.json (vendored extract)."""
    raw = json.loads((FIXTURES / f"epci-{version}-over-40000.json").read_text(encoding="utf-8"))
    assert raw["package_version"] == version
    communes = {m["code"] for m in raw["members"] if m["populationTotale"] > 50_000}
    epcis = {e["code"] for e in raw["epcis"] if e["populationTotale"] > 50_000}
    return communes, epcis


@pytest.mark.parametrize(
    ("rule_id", "as_of", "version", "counts"),
    [
        ("reen-art35-work-programme", "2023-01-01", "3.1.1", (133, 287)),
        ("reen-art35-strategy", "2025-01-01", "6.0.0", (134, 289)),
    ],
    ids=["work-programme-2023", "strategy-2025"],
)
def test_past_deadline_counts_match_the_raw_files_of_their_year(
    tmp_path: Path, rule_id: str, as_of: str, version: str, counts: tuple[int, int]
) -> None:
    """The bodies bound on a past deadline are those above 50,000 in that year's DGCL file."""
    communes, epcis = independent_count(version)
    (rule,) = run_json(tmp_path, "--rule", rule_id, "--as-of", as_of)["rules"]
    assert {b["insee_code"] for b in rule["bound"] if b["kind"] == "commune"} == communes
    assert {b["siren"] for b in rule["bound"] if b["kind"] == "epci"} == epcis
    assert (rule["counts"]["bound_communes"], rule["counts"]["bound_epcis"]) == counts
    assert (len(communes), len(epcis)) == counts
    assert rule["counts"]["unknown"] == 0
    assert all(b["population_applies_from"] == f"{as_of[:4]}-01-01" for b in rule["bound"])


def test_a_body_that_crossed_the_threshold_is_in_one_list_only(tmp_path: Path) -> None:
    """Saint-Herblain crossed 50,000 on 1 January 2024: bound by the strategy, not in 2023."""
    (programme,) = run_json(
        tmp_path, "--rule", "reen-art35-work-programme", "--as-of", "2023-01-01"
    )["rules"]
    (strategy,) = run_json(tmp_path, "--rule", STRATEGY, "--as-of", "2025-01-01")["rules"]
    in_2023 = {b["insee_code"] for b in programme["bound"]}
    in_2025 = {b["insee_code"]: b for b in strategy["bound"]}
    assert "44162" in in_2025
    assert "44162" not in in_2023
    assert in_2025["44162"]["bound_since"] == "2024-01-01"
    assert in_2025["44162"]["bound_since_is_lower_bound"] is False
    assert in_2025["57463"]["bound_since"] == "2021-11-17"
    assert in_2025["57463"]["bound_since_is_lower_bound"] is False
    assert "94080" in in_2023  # Vincennes fell below 50,000 on 1 January 2025
    assert "94080" not in in_2025


def test_a_body_without_a_figure_that_year_is_unknown(tmp_path: Path) -> None:
    """In 2021 the four island communes outside any EPCI have no figure: unknown, each said."""
    (rule,) = run_json(tmp_path, "--rule", STRATEGY, "--as-of", "2021-12-01")["rules"]
    unknown = {b["insee_code"]: b for b in rule["unknown"]}
    assert sorted(unknown) == ["22016", "29083", "29155", "85113"]
    assert all(b["population"] is None for b in unknown.values())
    assert all("aucune population" in b["population_source"] for b in unknown.values())
    assert all(b["missing_fact"] == "population" for b in unknown.values())


def test_a_commune_merged_since_is_listed_under_its_code_of_then(tmp_path: Path) -> None:
    """Before its merger into Saint-Denis (2025), Pierrefitte-sur-Seine was a commune of its own."""
    data = run_json(tmp_path, "--rule", STRATEGY, "--as-of", "2024-06-01", "-f", "json")
    (rule,) = data["rules"]
    saint_denis = next(b for b in rule["bound"] if b["insee_code"] == "93066")
    assert saint_denis["siren"] == "219300662"  # the commune before the commune nouvelle
    assert saint_denis["population"] == 114_782
    assert ReferenceData.bundled().lookup("93059").merged_into == "93066"


def test_bound_since_is_a_day_on_which_the_rule_holds() -> None:
    """Every `since` of the example's bound rules is a day the rule holds, the day before not."""
    from reen_compliance import load_profile  # noqa: PLC0415 - only this test reads the example
    from reen_compliance.law.applicability import holds  # noqa: PLC0415

    rules = load_rules()
    profile = load_profile(
        Path(__file__).resolve().parent.parent / "examples" / "ville-exemple.yaml"
    )
    checked = 0
    for as_of in (date(2019, 6, 30), date(2022, 12, 31), date(2024, 7, 1), date(2026, 11, 24)):
        law = LawView(as_of)
        for rule in rules.rules:
            for year in range(2018, as_of.year + 1):
                day = min(as_of, date(year, 12, 31))
                app = assess(rule, profile, day, law)
                if not app.bound or app.since is None:
                    continue
                checked += 1
                fresh = LawView(as_of)  # a memo of its own: the condition is run again
                assert holds(rule, profile, app.since, fresh) is True, (rule.rule.id, day)
                if not app.since_is_lower_bound and app.since > rule.rule.in_force_from:
                    before = date.fromordinal(app.since.toordinal() - 1)
                    assert holds(rule, profile, before, fresh) is False, (rule.rule.id, day)
    assert checked > 50
