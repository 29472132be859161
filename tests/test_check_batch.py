"""`check` on one profile as before, and on many: summary table, JSON Lines, JUnit, output folder."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reen_compliance.cli import check as check_command
from reen_compliance.cli.common import main
from reen_compliance.formats.profile import Status
from reen_compliance.report.junit import render_junit
from reen_compliance.report.summary import Outcome, render_summary_csv, summarize, worst_status
from reen_compliance.report.text import render_text
from reports_helpers import EXAMPLE, example_report

AS_OF = ["--as-of", "2025-06-01"]
COMPLIANT_PROFILE = """\
format_version: 1
collectivity:
  name: Petite commune
  kind: commune
  siren: "210000001"
  insee_code: "99002"
  population:
    - {applies_from: 2024-01-01, total: 800, source: "INSEE"}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of three profiles: the example, a small commune and a broken file."""
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    shutil.copy(EXAMPLE, profiles / "a-exemple.yaml")
    (profiles / "b-petite.yml").write_text(COMPLIANT_PROFILE, encoding="utf-8")
    (profiles / "c-broken.yaml").write_text("collectivity: {name: x\n", encoding="utf-8")
    (profiles / "notes.txt").write_text("not a profile", encoding="utf-8")
    return profiles


def test_one_profile_prints_the_same_text_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    """A single profile without --summary prints its text report and exits 1 when non compliant."""
    assert main(["check", str(EXAMPLE), *AS_OF]) == 1
    assert capsys.readouterr().out == render_text(example_report())


def test_one_profile_in_html_to_a_file(tmp_path: Path) -> None:
    """`--format html --output` writes the page atomically, leaving no temporary file."""
    target = tmp_path / "r.html"
    assert main(["check", str(EXAMPLE), *AS_OF, "--format", "html", "--output", str(target)]) == 1
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]


def test_a_folder_gives_one_row_per_profile_and_exit_2(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The broken profile is reported on stderr and as an invalid row; the others still run."""
    assert main(["check", str(folder), *AS_OF, "--summary"]) == 2
    captured = capsys.readouterr()
    assert "c-broken.yaml:2:1" in captured.err
    rows = captured.out.splitlines()
    assert rows[0] == "Synthèse de conformité — 3 profils"
    assert rows[2].split()[:2] == ["Organisme", "✘"]
    assert rows[3].startswith("⚠ profil invalide : ")
    problems = [row.strip() for row in rows[4:] if row.startswith("  ")]
    assert "c-broken.yaml:2:1: $: erreur de syntaxe YAML" in " ".join(problems)
    bodies = rows[4 + len(problems) :]
    assert bodies[0].startswith("Ville d'Exemple ")
    assert bodies[0].endswith("✘ Parts d'achats AGEC (art. 58)")
    assert bodies[1].startswith("Petite commune ")
    assert "notes.txt" not in captured.out
    assert "Légende : ✘ non conforme" in captured.out
    assert max(len(line) for line in rows) <= 100


def test_exit_code_is_1_when_valid_but_non_compliant(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without invalid profiles, any non-compliant finding gives exit 1."""
    (folder / "c-broken.yaml").unlink()
    assert main(["check", str(folder), *AS_OF, "--summary"]) == 1
    assert capsys.readouterr().err == ""


def test_exit_code_is_0_when_nothing_is_non_compliant(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A batch with no non-compliant finding and no invalid profile exits 0."""
    assert (
        main(
            [
                "check",
                str(folder / "b-petite.yml"),
                str(folder / "b-petite.yml"),
                *AS_OF,
                "--summary",
            ]
        )
        == 0
    )
    capsys.readouterr()


def test_summary_cell_is_the_worst_status() -> None:
    """A rule with a compliant and a non-compliant period shows non compliant."""
    assert worst_status([Status.COMPLIANT, Status.NON_COMPLIANT, Status.NOT_YET_DUE]) == (
        Status.NON_COMPLIANT
    )
    assert worst_status([Status.NOT_APPLICABLE, Status.EXEMPTED]) == Status.EXEMPTED
    assert worst_status([]) is None


def test_csv_escapes_formula_cells() -> None:
    """Cells starting with = + - @ are prefixed with a quote so no spreadsheet runs them."""
    report = example_report()
    for name in ("=HYPERLINK(1)", "+1", "-1", "@SUM(A1)"):
        hostile = report.model_copy(
            update={"collectivity": report.collectivity.model_copy(update={"name": name})}
        )
        rows = list(
            csv.reader(io.StringIO(render_summary_csv(summarize([Outcome("p", hostile)]), "en")))
        )
        assert rows[1][1] == "'" + name
    rows = list(
        csv.reader(
            io.StringIO(render_summary_csv(summarize([Outcome("-p.yaml", problems="=x")]), "en"))
        )
    )
    assert rows[1][0] == "'-p.yaml"
    assert rows[1][4] == "'=x"


def test_csv_summary_via_cli(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The CSV has a header of short titles and one row per profile, invalid ones first."""
    assert main(["check", str(folder), *AS_OF, "--summary", "--format", "csv", "--lang", "en"]) == 2
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["Valid"] for row in rows] == ["no", "yes", "yes"]
    assert rows[1]["Reuse of IT equipment"] == "non-compliant"
    assert rows[1]["Breaches"] == str(list(rows[1].values()).count("non-compliant"))
    assert "YAML syntax error" in rows[0]["Problems"]


def test_jsonl_is_one_full_report_per_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each line parses as JSON: a full report, or an invalid-profile marker."""
    assert main(["check", str(folder), *AS_OF, "--summary", "--format", "jsonl"]) == 2
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 3
    assert lines[0]["collectivity"]["name"] == "Ville d'Exemple"
    assert lines[0]["receipt"]["as_of"] == "2025-06-01"
    assert lines[2]["invalid"] is True


def test_html_summary(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The HTML summary has short titled columns, a legend and the problems in French."""
    assert main(["check", str(folder), *AS_OF, "--summary", "--format", "html"]) == 2
    html = capsys.readouterr().out
    assert '<html lang="fr">' in html
    title = "Réemploi ou réutilisation des matériels informatiques réformés"
    assert f'title="{title}">Réemploi du matériel informatique</th>' in html
    assert f"<dt>Réemploi du matériel informatique</dt>\n  <dd>{title} <code>" in html
    assert "Légende" in html
    assert "erreur de syntaxe YAML" in html
    assert "YAML syntax error" not in html


def test_parallel_and_serial_give_the_same_output(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two worker processes give the same table, rows in input order, as one process."""
    main(["check", str(folder), *AS_OF, "--summary", "--jobs", "1"])
    serial = capsys.readouterr().out
    main(["check", str(folder), *AS_OF, "--summary", "--jobs", "2"])
    assert capsys.readouterr().out == serial


def test_output_dir_writes_one_report_per_profile(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each valid profile gets its report in the folder, in the requested report format."""
    out = tmp_path / "out"
    code = main(["check", str(folder), *AS_OF, "--output-dir", str(out), "--report-format", "html"])
    assert code == 2
    assert sorted(p.name for p in out.iterdir()) == [
        "a-exemple.report.html",
        "b-petite.report.html",
    ]
    capsys.readouterr()


def test_an_interrupted_batch_keeps_finished_reports_and_says_which_remain(
    folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C after the first profile: its report stays whole, the others are listed, exit 130."""
    real = check_command.evaluate_profile
    calls: list[str] = []

    def interrupt_second(*args: object) -> Outcome:
        calls.append(str(args[0]))
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(check_command, "evaluate_profile", interrupt_second)
    out = tmp_path / "out"
    summary = tmp_path / "summary.txt"
    code = main(
        [
            "check",
            str(folder),
            *AS_OF,
            "--summary",
            "--jobs",
            "1",
            "--output-dir",
            str(out),
            "--output",
            str(summary),
            "--lang",
            "en",
        ]
    )
    assert code == 130
    assert [p.name for p in out.iterdir()] == ["a-exemple.report.json"]
    assert json.loads((out / "a-exemple.report.json").read_text(encoding="utf-8"))["findings"]
    assert not summary.exists()
    err = capsys.readouterr().err
    assert "interrupted: 1 report written" in err
    assert "2 profiles remaining:" in err
    assert "b-petite.yml" in err
    assert "c-broken.yaml" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Redirected stderr gets the invalid profile's problems and nothing else."""
    (folder / "c-broken.yaml").unlink()
    main(["check", str(folder), *AS_OF, "--summary"])
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "csv"], "« --format csv » est un format de synthèse"),
        (["{second}"], "plusieurs profils : ajoutez --summary"),
        (["{second}", "--summary", "--format", "markdown"], "--summary écrit l'un des formats"),
        (["{second}", "--summary", "--jobs", "0"], "--jobs doit valoir au moins 1"),
    ],
    ids=["csv-needs-summary", "many-need-a-form", "summary-format", "jobs"],
)
def test_impossible_option_combinations_exit_2(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Combinations that cannot work are refused with a message saying what to do."""
    profiles = [str(EXAMPLE)] + [str(EXAMPLE) for a in arguments if a == "{second}"]
    options = [a for a in arguments if a != "{second}"]
    assert main(["check", *profiles, *AS_OF, *options]) == 2
    assert message in capsys.readouterr().err


def test_pdf_without_the_extra_says_how_to_install_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without WeasyPrint, --format pdf exits 2 naming the extra and the system libraries."""
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    code = main(["check", str(EXAMPLE), *AS_OF, "--format", "pdf", "-o", str(tmp_path / "r.pdf")])
    assert code == 2
    err = capsys.readouterr().err
    assert "pip install 'reen-compliance[pdf]'" in err
    assert "libpango" in err
    assert not (tmp_path / "r.pdf").exists()


def test_junit_parses_back_with_one_suite_per_body(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JUnit XML: a suite per body, a case per finding named rule_id[period], failures counted."""
    assert main(["check", str(folder), *AS_OF, "--format", "junit"]) == 2
    root = ET.fromstring(capsys.readouterr().out.encode())  # noqa: S314 - our own output
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites][:2] == [
        "Ville d'Exemple (210000000)",
        "Petite commune (210000001)",
    ]
    example = suites[0]
    report = example_report()
    cases = example.findall("testcase")
    assert len(cases) == len(report.findings)
    assert "reen-art16-it-equipment-reuse[2024]" in {c.get("name") for c in cases}
    failures = [c for c in cases if c.find("failure") is not None]
    assert len(failures) == report.summary[Status.NON_COMPLIANT]
    assert example.get("failures") == str(len(failures))
    skipped = [c for c in cases if c.find("skipped") is not None]
    passing = report.summary[Status.COMPLIANT]
    assert len(skipped) == len(cases) - len(failures) - passing
    assert suites[2].find("testcase/error") is not None
    assert root.get("errors") == "1"


def test_junit_drops_characters_xml_cannot_carry() -> None:
    """A control character in a body name does not make the XML invalid."""
    report = example_report()
    odd = report.model_copy(
        update={"collectivity": report.collectivity.model_copy(update={"name": "Ville\x0b <&>"})}
    )
    root = ET.fromstring(render_junit([Outcome("p.yaml", odd)]).encode())  # noqa: S314 - idem
    assert root.find("testsuite").get("name") == "Ville <&> (210000000)"  # type: ignore[union-attr]


def test_pdf_is_not_written_to_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """PDF bytes go to --output or a pipe; to a terminal, check refuses with exit 2."""
    pytest.importorskip(
        "weasyprint", reason="WeasyPrint not installed: the refusal needs the extra"
    )
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["check", str(EXAMPLE), *AS_OF, "--format", "pdf"]) == 2
    assert "un PDF est binaire : indiquez --output FICHIER.pdf" in capsys.readouterr().err
