"""The command line: exit codes, formats, located errors on stderr, atomic output."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from reen_compliance.cli.common import main
from reen_compliance.i18n.formats import LANGUAGES
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import message_ids, render, render_help

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = str(ROOT / "examples" / "ville-exemple.yaml")
LEDGER = ROOT / "examples" / "ledger-ville-exemple"


def test_check_exits_1_when_a_finding_is_non_compliant(capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 1 tells a pipeline at least one obligation is not met."""
    assert main(["check", EXAMPLE, "--as-of", "2026-11-24"]) == 1
    assert "NON CONFORME" in capsys.readouterr().out


def test_check_exits_0_without_non_compliant_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A body with nothing failing exits 0."""
    profile = tmp_path / "p.yaml"
    profile.write_text(
        "format_version: 1\ncollectivity: {name: Ville, kind: commune, population: [{applies_from: 2020-01-01, total: 900, source: INSEE}]}\n"
    )
    assert main(["check", str(profile), "--as-of", "2021-01-01", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["as_of"] == "2021-01-01"


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_output_is_written_whole(tmp_path: Path, fmt: str) -> None:
    """--output writes the complete report and nothing else beside it."""
    target = tmp_path / f"report.{fmt}"
    main(["check", EXAMPLE, "--as-of", "2025-06-01", "-f", fmt, "-o", str(target)])
    assert target.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_invalid_profile_exits_2_with_location_and_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken profile: exit 2, file:line: path on stderr, no traceback, nothing written."""
    profile = tmp_path / "bad.yaml"
    profile.write_text(
        "format_version: 1\ncollectivity: {name: V, kind: commune}\ndocuments:\n  nr_strategy: {status: adopted, adopted_on: 2024-02-30}\n"
    )
    target = tmp_path / "out.json"
    assert main(["check", str(profile), "-o", str(target), "--as-of", "2025-01-01"]) == 2
    err = capsys.readouterr().err
    assert f"{profile}:4:" in err
    assert "$.documents.nr_strategy.adopted_on" in err
    assert "Traceback" not in err
    assert not target.exists()


def test_yaml_syntax_errors_are_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A YAML syntax error names its line."""
    profile = tmp_path / "broken.yaml"
    profile.write_text("format_version: 1\ncollectivity: {name: V, kind: commune\n")
    assert main(["check", str(profile)]) == 2
    assert "broken.yaml:3:" in capsys.readouterr().err


def test_debug_shows_the_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--debug is for developers."""
    profile = tmp_path / "bad.yaml"
    profile.write_text("format_version: 3\n")
    assert main(["check", str(profile), "--debug"]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_usage_errors_exit_2() -> None:
    """A malformed --as-of is a usage error."""
    with pytest.raises(SystemExit) as caught:
        main(["check", EXAMPLE, "--as-of", "2025-02-30"])
    assert caught.value.code == 2


def test_validate_and_rules(capsys: pytest.CaptureFixture[str]) -> None:
    """`validate` says the profile is valid; `rules` lists the values in force on a date."""
    assert main(["validate", EXAMPLE]) == 0
    assert "profil valide" in capsys.readouterr().out
    assert main(["rules", "--as-of", "2024-06-01", "--format", "json"]) == 0
    entries = {entry["id"]: entry for entry in json.loads(capsys.readouterr().out)}
    assert (
        entries["reen-art16-it-equipment-reuse"]["parameters"]["min_share_pct"]["value"] == "35.00"
    )
    assert main(["rules", "--as-of", "2025-01-01"]) == 0
    assert "`min_share_pct` = 50\u202f% (décret n° 2023-266" in capsys.readouterr().out


def test_ledger_formats_agree(capsys: pytest.CaptureFixture[str]) -> None:
    """The sample ledger gives the same measures from CSV, XLSX and ODS."""
    results = []
    for suffix in ("csv", "xlsx", "ods"):
        main(["ledger", f"{LEDGER}.{suffix}", "--as-of", "2026-11-24", "-f", "json"])
        data = json.loads(capsys.readouterr().out)
        data.pop("files")
        results.append(data)
    assert results[0] == results[1] == results[2]
    assert results[0]["unmapped"], "unmapped lines are reported, never dropped"


def test_check_with_a_ledger_says_where_figures_come_from(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Figures from a ledger replace declared ones, and the report names the source and its hash."""
    main(["check", EXAMPLE, "--ledger", f"{LEDGER}.csv", "--as-of", "2026-11-24", "-f", "json"])
    report = json.loads(capsys.readouterr().out)
    shares = [
        f
        for f in report["findings"]
        if f["rule_id"] == "agec-art58-procurement-shares" and f["period"] == "2024"
    ]
    assert shares[0]["data_source"] == "ledger: ledger-ville-exemple.csv"
    assert len(report["receipt"]["ledger_sha256"]) == 1


def test_declaration_export(capsys: pytest.CaptureFixture[str]) -> None:
    """The yearly declaration follows the data.gouv.fr schema's columns."""
    assert (
        main(
            [
                "ledger",
                f"{LEDGER}.csv",
                "-f",
                "declaration",
                "--siret",
                "21000000000017",
                "--raison-sociale",
                "Ville d'Exemple",
                "--year",
                "2025",
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0]
        == "annee,siret,raison_sociale,type_produit_acquis,montant_total,montant_reemploi_et_reutilisation,montant_produits_issus_don,montant_produits_recycles,commentaires"
    )
    assert any("Matériel informatique et téléphonie" in line for line in lines[1:])


def test_declaration_needs_a_siret(capsys: pytest.CaptureFixture[str]) -> None:
    """A declaration without a valid SIRET is refused before reading anything."""
    assert main(["ledger", f"{LEDGER}.csv", "-f", "declaration", "--siret", "123"]) == 2
    assert "14 chiffres attendus, trouvé '123'" in capsys.readouterr().err


def test_verify_re_reads_the_ledgers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A report made from a ledger verifies with it, and a changed ledger line is detected."""
    report = tmp_path / "r.json"
    main(
        [
            "check",
            EXAMPLE,
            "--ledger",
            f"{LEDGER}.csv",
            "--as-of",
            "2026-11-24",
            "-f",
            "json",
            "-o",
            str(report),
        ]
    )
    assert main(["verify", str(report), EXAMPLE, "--ledger", f"{LEDGER}.csv"]) == 0
    changed = tmp_path / "ledger.csv"
    text = Path(f"{LEDGER}.csv").read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    lines[5] = lines[5].replace(";non;", ";oui;", 1) if ";non;" in lines[5] else lines[5]
    changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["verify", str(report), EXAMPLE, "--ledger", str(changed)]) == 1
    assert "registres d'achats ont changé" in capsys.readouterr().out


def test_check_with_a_ledger_reports_unclassified_lines(capsys: pytest.CaptureFixture[str]) -> None:
    """Ledger lines that match no category are named in the report, never dropped silently."""
    main(["check", EXAMPLE, "--ledger", f"{LEDGER}.csv", "--as-of", "2026-11-24", "-f", "json"])
    report = json.loads(capsys.readouterr().out)
    notes = [
        n
        for f in report["findings"]
        if f["rule_id"] == "agec-art58-procurement-shares"
        for n in f["review_notes"]
    ]
    assert any("ne relèvent d'aucune catégorie" in note for note in notes)


def test_check_with_members_is_the_members_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check EPCI --with-members DIR` evaluates the EPCI and the members whose profiles exist."""
    epci = tmp_path / "epci.yaml"
    epci.write_text(
        "format_version: 1\ncollectivity: {name: Metz Métropole, kind: epci, epci_category: metropole, "
        "siren: '200039865', population: [{applies_from: 2025-01-01, total: 226000, source: DGCL}]}\n",
        encoding="utf-8",
    )
    members = tmp_path / "members"
    members.mkdir()
    (members / "metz.yaml").write_text(
        "format_version: 1\ncollectivity: {name: Metz, kind: commune, insee_code: '57463', "
        "population: [{applies_from: 2026-01-01, total: 124396, source: INSEE}]}\n",
        encoding="utf-8",
    )
    code = main(["check", str(epci), "--with-members", str(members), "--as-of", "2026-06-01"])
    out = capsys.readouterr().out
    assert code in {0, 1}
    assert "Metz" in out


def test_an_unwritable_output_is_a_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Writing into a missing folder exits 2 naming the file, with no traceback."""
    assert (
        main(["check", EXAMPLE, "--as-of", "2025-06-01", "-o", "/nonexistent/folder/r.json"]) == 2
    )
    err = capsys.readouterr().err
    assert "/nonexistent/folder/" in err
    assert "Traceback" not in err


def test_help_is_french_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """`--help` speaks French, argparse's own words included."""
    with pytest.raises(SystemExit):
        main(["bound", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation\u00a0: reen-compliance bound")
    assert "afficher cette aide et quitter" in out
    assert "Lister les communes et EPCI à fiscalité propre" in out
    assert "usage:" not in out
    assert "show this help" not in out


def test_help_is_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    """`--lang en --help` speaks English, without a French word."""
    with pytest.raises(SystemExit):
        main(["bound", "--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: reen-compliance bound")
    assert "show this help message and exit" in out
    assert "(default: today)" in out
    assert "aujourd'hui" not in out


def test_help_language_follows_reen_lang(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --lang, REEN_LANG (then LANG) chooses the language of the help and usage errors."""
    monkeypatch.setenv("REEN_LANG", "en")
    with pytest.raises(SystemExit):
        main(["check", "--as-of", "2024-13-01", "x.yaml"])
    err = capsys.readouterr().err
    assert (
        "error: argument --as-of: expected a date such as 2025-06-01 or 01/06/2025, found '2024-13-01'"
        in err
    )


def test_usage_error_is_french_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """A usage error names the option and what was expected, in French."""
    with pytest.raises(SystemExit):
        main(["check", "--as-of", "2024-13-01", "x.yaml"])
    err = capsys.readouterr().err
    assert "erreur : argument « --as-of » : date attendue sous la forme « 2025-06-01 »" in err


def test_argparse_words_are_restored_after_a_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Reading a command line in French leaves argparse's own words as they were."""
    assert main(["validate", EXAMPLE]) == 0
    assert "profil valide" in capsys.readouterr().out
    assert argparse.ArgumentParser(prog="x").format_usage().startswith("usage: x")


def test_help_section_reads_alike_without_the_fluent_runtime() -> None:
    """Every `cli-` message reads the same through the fast `--help` reader and through Fluent."""
    values = {"profiles": "20", "found": "'x'", "file": "p.yaml"}
    for lang in LANGUAGES:
        ids = [message_id for message_id in message_ids(lang) if message_id.startswith("cli-")]
        assert len(ids) > 80
        for message_id in ids:
            expected = render(msg(message_id, **values), lang)
            assert render_help(message_id, lang, **values) == expected
