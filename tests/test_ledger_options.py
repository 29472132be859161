"""`check --ledger` reads ledgers as `ledger` does, and ledger errors are labelled as such."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reen_compliance.cli.common import EXIT_INVALID, main
from reen_compliance.errors import LEDGER, MAPPING, OPTION, LedgerError, ProfileError
from reen_compliance.ledger.read import read_ledger

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PROFILE = EXAMPLES / "ville-exemple.yaml"
M57 = EXAMPLES / "mappings" / "mandats-nature-m57.yaml"


def m57_ledger(tmp_path: Path) -> Path:
    """A cp1252 export of mandats with M57 natures, TTC amounts and no CPV code."""
    path = tmp_path / "mandats.csv"
    text = (
        "Date mandat;Montant TTC;Nature;Tiers;Objet;Réemploi\n"
        "05/09/2025;1 200,00;2183;Reconditionneur;Ordinateurs portables reconditionnés;oui\n"
        "06/09/2025;600,00;2183;Constructeur;Écrans;non\n"
        "07/09/2025;240,00;2184;Ébéniste;Chaises;non\n"
    )
    path.write_bytes(text.encode("cp1252"))
    return path


def check_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    """Run `check ville-exemple -f json` with more arguments and return the report."""
    code = main(["check", str(PROFILE), "--as-of", "2026-03-01", "-f", "json", *args])
    out = capsys.readouterr().out
    assert code in {0, 1}, out
    report: dict[str, object] = json.loads(out)
    return report


def ledger_sources(report: dict[str, object]) -> str:
    """The report's JSON text, to look for what the ledger gave."""
    return json.dumps(report, ensure_ascii=False)


def test_check_ledger_applies_a_mapping_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check --ledger --mapping` classifies M57 natures as `ledger --mapping` does."""
    ledger = m57_ledger(tmp_path)
    with_mapping = ledger_sources(
        check_json(capsys, "--ledger", str(ledger), "--mapping", str(M57))
    )
    assert '"total_eur_ht": "1500.00"' in with_mapping  # 1 800 € TTC at 20 % VAT
    assert '"category": "d2024-134:it-telephony"' in with_mapping
    assert '"qualifying_eur_ht": "1000.00"' in with_mapping  # reuse: 66.67 % of 1 500 €
    assert '"total_eur_ht": "200.00"' in with_mapping  # the chairs, nature 2184


def test_check_ledger_without_the_mapping_refuses_the_ttc_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without `--mapping`, the same export cannot be read: an invalid ledger, exit 2."""
    code = main(["check", str(PROFILE), "--ledger", str(m57_ledger(tmp_path))])
    err = capsys.readouterr().err
    assert code == EXIT_INVALID
    assert "registre invalide" in err
    assert "profil invalide" not in err


def test_check_ledger_takes_delimiter_encoding_and_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--delimiter`, `--encoding` and `--sheet` reach the `--ledger` files."""
    path = tmp_path / "achats.csv"
    path.write_bytes(
        "Date|Montant HT|CPV|Libellé\n05/09/2025|1 000,00|30213100-6|Écrans, claviers\n".encode(
            "cp1252"
        )
    )
    report = check_json(capsys, "--ledger", str(path), "--delimiter", "|", "--encoding", "cp1252")
    assert "1000.00" in ledger_sources(report)
    code = main(["check", str(PROFILE), "--ledger", str(path), "--delimiter", "::"])
    err = capsys.readouterr().err
    assert code == EXIT_INVALID
    assert "option invalide" in err
    assert "--delimiter" in err
    workbook = EXAMPLES / "ledger-ville-exemple.xlsx"
    code = main(["check", str(PROFILE), "--ledger", str(workbook), "--sheet", "Absente"])
    err = capsys.readouterr().err
    assert code == EXIT_INVALID
    assert "registre invalide" in err
    assert "Absente" in err


def test_reading_options_without_ledger_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """`check --mapping` without `--ledger` would do nothing: an invalid option, exit 2."""
    code = main(["check", str(PROFILE), "--mapping", str(M57), "--lang", "en"])
    err = capsys.readouterr().err
    assert code == EXIT_INVALID
    assert "invalid option" in err
    assert "--mapping" in err


@pytest.mark.parametrize(
    ("lang", "heading"), [("fr", "registre invalide"), ("en", "invalid ledger")]
)
def test_a_bad_ledger_cell_is_an_invalid_ledger(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, heading: str
) -> None:
    """A bad amount in a ledger is labelled « registre invalide », never « profil invalide »."""
    path = tmp_path / "achats.csv"
    path.write_text("date;montant_ht;cpv\n05/09/2025;douze;30213100\n", encoding="utf-8")
    code = main(["ledger", str(path), "--lang", lang])
    err = capsys.readouterr().err
    assert code == EXIT_INVALID
    assert err.startswith(f"reen-compliance: {heading}\n")


def test_mapping_and_option_errors_have_their_own_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad mapping file and a bad --encoding each carry their label."""
    mapping = tmp_path / "m.yaml"
    mapping.write_text("rules:\n  - natur: '2183'\n    category: paper\n", encoding="utf-8")
    ledger = EXAMPLES / "ledger-ville-exemple.csv"
    assert main(["ledger", str(ledger), "--mapping", str(mapping)]) == EXIT_INVALID
    assert capsys.readouterr().err.startswith("reen-compliance: fichier de correspondance invalide")
    assert main(["ledger", str(ledger), "--encoding", "nimporte"]) == EXIT_INVALID
    assert capsys.readouterr().err.startswith("reen-compliance: option invalide")


def test_ledger_error_is_a_profile_error_with_a_heading(tmp_path: Path) -> None:
    """Library callers catching ProfileError still catch ledger errors; the label is data."""
    path = tmp_path / "achats.csv"
    path.write_text("date;montant_ht\n31/02/2025;10\n", encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        list(read_ledger(path))
    assert isinstance(caught.value, LedgerError)
    assert caught.value.heading_id == LEDGER
    assert caught.value.heading.render("fr") == "registre invalide"
    assert LedgerError([], heading_id=OPTION).heading.render("en") == "invalid option"
    assert LedgerError([], heading_id=MAPPING).heading.render("en") == "invalid mapping file"
    assert ProfileError([]).heading.render("fr") == "profil invalide"
