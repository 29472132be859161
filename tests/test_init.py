"""Tests of `reen-compliance init`: a starter profile that loads and checks, offline."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from reen_compliance.cli.common import main
from reen_compliance.law.loading import load_profile

BODIES = [
    ("--insee", "57463", "commune", None, "Metz"),
    ("--siren", "200039865", "epci", "metropole", "Metz Métropole"),
    ("--siren", "200046977", "epci", "metropole", "Métropole de Lyon"),
    ("--insee", "2A004", "commune", None, "Ajaccio"),
    ("--siren", "215704636", "commune", None, "Metz"),
    ("--insee", "97611", "commune", None, "Mamoudzou"),
]


@pytest.mark.parametrize(
    ("option", "code", "kind", "category", "name"),
    BODIES,
    ids=["commune", "epci", "metropole-de-lyon", "corsica", "commune-by-siren", "mayotte"],
)
def test_init_then_check(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    option: str,
    code: str,
    kind: str,
    category: str | None,
    name: str,
) -> None:
    """The written profile loads, names the body, and `check` evaluates it."""
    profile_path = tmp_path / "profile.yaml"
    assert main(["init", option, code, "--output", str(profile_path)]) == 0
    profile = load_profile(profile_path)
    collectivity = profile.collectivity
    assert (collectivity.name, collectivity.kind, collectivity.epci_category) == (
        name,
        kind,
        category,
    )
    years = [figure.applies_from.year for figure in collectivity.population]
    assert years == sorted(years)
    assert {2022, 2023, 2024, 2025} <= set(years)
    capsys.readouterr()
    rc = main(["check", str(profile_path), "--as-of", "2026-06-01", "-f", "json"])
    assert rc in {0, 1}
    report = json.loads(capsys.readouterr().out)
    assert report["collectivity"]["name"] == name


def test_init_prints_without_output(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --output the profile goes to stdout, with every year's figure and the override rule."""
    assert main(["init", "--insee", "57463"]) == 0
    out = capsys.readouterr().out
    assert "millésime 2023" in out
    assert "un chiffre\n# de population par 1er janvier depuis 2021" in out
    assert "priment sur les données de référence" in out
    assert 'insee_code: "57463"' in out
    for year in range(2021, 2027):
        assert f"applies_from: {year}-01-01" in out


def test_check_at_a_2023_date_uses_the_2023_figure_with_its_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A profile from `init` checked in 2023 reads the figure in force in 2023, quoting its source."""
    profile_path = tmp_path / "metz.yaml"
    assert main(["init", "--insee", "57463", "--output", str(profile_path)]) == 0
    figure = load_profile(profile_path).collectivity.population_on(date(2023, 6, 1))
    assert figure is not None
    assert (figure.applies_from, figure.total) == (date(2023, 1, 1), 122_036)
    assert "millésime 2020" in figure.source
    assert "epcicom2023" in figure.source
    assert "@etalab/decoupage-administratif 3.1.1" in figure.source
    capsys.readouterr()
    main(["check", str(profile_path), "--as-of", "2023-06-01", "-f", "json"])
    report = json.loads(capsys.readouterr().out)
    (finding,) = (f for f in report["findings"] if f["rule_id"] == "reen-art35-work-programme")
    (fact,) = (f for f in finding["trace"]["facts"] if f["name"] == "population")
    index = [f.applies_from for f in load_profile(profile_path).collectivity.population].index(
        date(2023, 1, 1)
    )
    assert fact == {
        "name": "population",
        "value": "122036",
        "source": f"$.collectivity.population[{index}].total",
    }
    assert finding["bound_since"] == "2021-11-17"


def test_init_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An existing file is kept unless --force is given."""
    target = tmp_path / "metz.yaml"
    target.write_text("mine\n", encoding="utf-8")
    assert main(["init", "--insee", "57463", "-o", str(target), "--lang", "en"]) == 2
    assert "already exists; use --force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert main(["init", "--insee", "57463", "-o", str(target), "--force"]) == 0
    assert "Metz" in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["metz.yaml"]


@pytest.mark.parametrize(
    ("option", "code", "message"),
    [
        ("--siren", "57463", "SIREN (9 chiffres) attendu, trouvé '57463'"),
        ("--insee", "200039865", "code INSEE attendu (par exemple 57463, 2A004)"),
        ("--insee", "99999", "aucune commune ni aucun EPCI à fiscalité propre de code INSEE 99999"),
    ],
    ids=["insee-as-siren", "siren-as-insee", "unknown"],
)
def test_init_refuses_a_wrong_code(
    capsys: pytest.CaptureFixture[str], option: str, code: str, message: str
) -> None:
    """A code of the wrong form, or unknown, exits 2 with a message naming the option."""
    assert main(["init", option, code]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert option in err


def test_init_describes_every_section_in_french_with_markers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every top-level profile section is there, described in French, unknown ones to fill."""
    from reen_compliance.formats.profile import Profile  # noqa: PLC0415

    assert main(["init", "--insee", "57463"]) == 0
    out = capsys.readouterr().out
    data = yaml.safe_load(out)
    assert list(data) == list(Profile.model_fields)
    assert Profile.model_validate(data).contracts is None  # unknown stays unknown
    assert out.count("# À COMPLÉTER") >= 20
    assert "# Les marchés publics, par consultation engagée." in out
    assert "adopted_on: 12/12/2024" in out  # examples write dates as French documents do
    assert "TO FILL" not in out
    comments = [line for line in out.splitlines() if line.lstrip().startswith("# ")]
    prose = [line for line in comments if not line.lstrip().startswith("#   ")]  # not examples
    assert max(len(line) for line in prose) <= 100


def test_init_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """With --lang en the comments are English, markers TO FILL, example dates ISO."""
    assert main(["init", "--insee", "57463", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "# Public contracts, per consultation engaged." in out
    assert "# TO FILL, for example:" in out
    assert "adopted_on: 2024-12-12" in out
    assert "À COMPLÉTER" not in out
    assert "override the reference data" in out
