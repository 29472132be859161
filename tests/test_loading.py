"""Loading profiles and rule packs: every problem located, named and explained."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reen_compliance import ProfileError, RulePackError, load_profile, load_rules, parse_profile

ROOT = Path(__file__).resolve().parents[1]
MINIMAL = "format_version: 1\ncollectivity: {name: Ville, kind: commune}\n"


def _problems(text: str) -> list[str]:
    with pytest.raises(ProfileError) as caught:
        parse_profile(text, "p.yaml")
    return [str(problem) for problem in caught.value.problems]


def test_a_minimal_profile_loads() -> None:
    """Only the format version and who the body is are required."""
    assert parse_profile(MINIMAL).collectivity.entity == "commune"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            MINIMAL.replace("commune}", "comune}"),
            "p.yaml:2:35: $.collectivity.kind: expected 'commune'",
        ),
        (
            MINIMAL + "collectivity_x: 1\n",
            "$.collectivity_x: unknown field (did you mean 'collectivity'?)",
        ),
        (
            MINIMAL.replace("Ville,", "Ville, siren: 215704636,"),
            "$.collectivity.siren: expected text in quotes, found '215704636'",
        ),
        (
            MINIMAL.replace("Ville,", "Ville, siren: '2157',"),
            "$.collectivity.siren: expected text matching",
        ),
        (
            "format_version: 1\ncollectivity: {name: EPCI, kind: epci}\n",
            "an EPCI needs 'epci_category'",
        ),
        (
            MINIMAL + "equipment_disposal: {2024: {reformed_on_jan_1: -1, sent_to_reuse: 0}}\n",
            "expected a value of 0 or more, found '-1'",
        ),
        (
            MINIMAL + "procurement: {2024: [{category: x, total_eur_ht: 1.5e400}]}\n",
            "$.procurement.2024[0].total_eur_ht: expected an amount below",
        ),
        (
            MINIMAL + "documents: {nr_strategy: {status: adopted}}\n",
            "an adopted document needs 'adopted_on'",
        ),
        (
            MINIMAL
            + "procurement: {2024: [{category: x, total_eur_ht: 10, reuse_eur_ht: 8, recycled_eur_ht: 3}]}\n",
            "exceed the category total",
        ),
        (
            "format_version: 2\ncollectivity: {name: V, kind: commune}\n",
            "$.format_version: expected 1",
        ),
        ("- a list\n", "expected a mapping of fields, found list"),
    ],
    ids=[
        "literal",
        "unknown-field",
        "siren-number",
        "siren-pattern",
        "epci-category",
        "negative",
        "huge-number",
        "adopted-on",
        "parts",
        "version",
        "not-a-mapping",
    ],
)
def test_profile_problems_say_where_and_what(text: str, expected: str) -> None:
    """Each refused profile names the place and what was expected."""
    problems = _problems(text)
    assert any(expected in problem for problem in problems), problems


def test_every_problem_is_reported_at_once() -> None:
    """A person fixes all problems in one pass: loaders collect them all."""
    text = (
        MINIMAL
        + "documents: {nr_strategy: {status: adopted, adopted_on: 2024-13-01}, spaser: {status: maybe}}\n"
    )
    assert len(_problems(text)) == 2


def test_money_refuses_floats_from_the_python_api() -> None:
    """A float has already lost its cents: callers pass text or Decimal."""
    from reen_compliance.formats.profile import ProcurementFigure  # noqa: PLC0415

    with pytest.raises(ValueError, match="floats lose cents"):
        ProcurementFigure(category="x", total_eur_ht=0.1)  # type: ignore[arg-type]


def test_json_profiles_load_like_yaml(tmp_path: Path) -> None:
    """A JSON profile is read strictly, with the same model and messages."""
    path = tmp_path / "p.json"
    path.write_text('{"format_version": 1, "collectivity": {"name": "V", "kind": "region"}}')
    assert load_profile(path).collectivity.kind == "region"


def _copy_rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    return target


def test_the_bundled_pack_loads_once() -> None:
    """Rules are parsed and compiled once; later calls reuse them."""
    assert load_rules() is load_rules()


def test_a_rule_pack_can_be_restricted_to_some_ids() -> None:
    """Callers evaluate only what they need."""
    assert load_rules(only=["reen-art35-strategy"]).ids == ("reen-art35-strategy",)
    with pytest.raises(RulePackError, match="did you mean 'reen-art35-strategy'"):
        load_rules(only=["reen-art35-stratgy"])


def test_a_misspelt_fact_in_a_rule_is_located(tmp_path: Path) -> None:
    """An unknown name in applies_to fails at load time with file, line and suggestion."""
    rules = _copy_rules(tmp_path)
    path = rules / "reen-art35-strategy.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("population >", "populaton >"), encoding="utf-8"
    )
    with pytest.raises(RulePackError) as caught:
        load_rules([rules])
    text = str(caught.value)
    assert "reen-art35-strategy.yaml:" in text
    assert "unknown name 'populaton'" in text
    assert "did you mean 'population'?" in text


def test_overlapping_dated_values_are_refused(tmp_path: Path) -> None:
    """Two versions of a value in force on the same day are a rule error."""
    rules = _copy_rules(tmp_path)
    path = rules / "reen-art16-it-equipment-reuse.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "effective_from: 2024-01-01", "effective_from: 2023-12-01"
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulePackError, match="versions overlap"):
        load_rules([rules])


def test_a_third_party_pack_is_checked_against_the_published_schema(tmp_path: Path) -> None:
    """A rule file given with --rules obeys rule.schema.json."""
    rules = _copy_rules(tmp_path)
    path = rules / "reen-art35-strategy.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("confidence: high", "confidence: certain"),
        encoding="utf-8",
    )
    with pytest.raises(RulePackError, match="schema"):
        load_rules([rules])


def test_a_rule_id_must_match_its_file_name(tmp_path: Path) -> None:
    """Ids never change; the file name is the id."""
    rules = _copy_rules(tmp_path)
    (rules / "reen-art35-strategy.yaml").rename(rules / "reen-art35-other.yaml")
    with pytest.raises(RulePackError, match="differs from the file name"):
        load_rules([rules])


def test_french_amounts_and_dates_are_read() -> None:
    """« 64 250 000,50 » and « 12/12/2024 » are read as French documents write them."""
    profile = parse_profile(
        "format_version: 1\ncollectivity: {name: V, kind: commune, annual_purchases_eur_ht: {2024: '64 250 000,50'}}\n"
        "documents: {nr_strategy: {status: adopted, adopted_on: 12/12/2024}}\n"
    )
    from datetime import date  # noqa: PLC0415
    from decimal import Decimal  # noqa: PLC0415

    assert profile.collectivity.annual_purchases_eur_ht[2024] == Decimal("64250000.50")
    assert profile.documents.nr_strategy is not None
    assert profile.documents.nr_strategy.adopted_on == date(2024, 12, 12)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("'1,234'", "expected a decimal number"),
        ("30/02/2024", "expected a date such as 2024-01-01, found '30/02/2024'"),
    ],
    ids=["ambiguous-comma", "impossible-french-date"],
)
def test_ambiguous_or_impossible_french_forms_are_refused(value: str, expected: str) -> None:
    """A comma before three digits could be a thousands mark: refused, as is 30 February."""
    field = (
        "annual_purchases_eur_ht: {2024: " + value + "}"
        if "," in value
        else "population: [{applies_from: " + value + ", total: 1, source: x}]"
    )
    text = "format_version: 1\ncollectivity: {name: V, kind: commune, " + field + "}\n"
    assert any(expected in problem for problem in _problems(text))
