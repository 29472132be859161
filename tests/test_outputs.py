"""Outputs are whole or absent, inputs are never touched, and CSV cells cannot run as formulas."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
from pathlib import Path

import pytest

from reen_compliance.cli import common as cli
from reen_compliance.files import output
from reen_compliance.report.ledger import render_csv

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FORMULA_LEDGER = Path(__file__).parent / "hostile" / "formula-ledger.csv"
FORMULA = '=HYPERLINK("http://evil.example/","clic")'
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    """Temporary files `write_atomically` would leave behind in `folder`."""
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_write_atomically_replaces_the_whole_file(tmp_path: Path) -> None:
    """A successful write replaces the old content and leaves no temporary file."""
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    output.write_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == []


def test_failure_mid_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash while flushing to disk leaves the old file intact and removes the temporary."""
    target = tmp_path / "report.json"
    target.write_text("previous report", encoding="utf-8")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        output.write_atomically(target, "x" * 100_000)
    assert target.read_text(encoding="utf-8") == "previous report"
    assert leftovers(tmp_path) == []


def test_failure_mid_render_keeps_the_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A renderer that fails halfway through never reaches the output file."""
    from reen_compliance.report import text as report  # noqa: PLC0415 - patched below

    target = tmp_path / "report.txt"
    target.write_text("previous report", encoding="utf-8")

    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("renderer failed halfway")

    monkeypatch.setattr(report, "render_text", broken)
    profile = EXAMPLES / "ville-exemple.yaml"
    argv = ["check", str(profile), "--as-of", "2025-06-01", "-o", str(target)]
    with pytest.raises(RuntimeError, match="halfway"):
        cli.main(argv)
    assert target.read_text(encoding="utf-8") == "previous report"
    assert leftovers(tmp_path) == []


def test_invalid_input_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An invalid profile exits 2 and leaves an existing `--output` file as it was."""
    profile = tmp_path / "bad.yaml"
    profile.write_text("format_version: 1\ncollectivity: {name: X, kind: ville}\n", "utf-8")
    target = tmp_path / "report.json"
    target.write_text("previous report", encoding="utf-8")
    code = cli.main(["check", str(profile), "-f", "json", "-o", str(target)])
    assert code == cli.EXIT_INVALID
    assert "kind" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "report.json"]


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "profile.yaml", "--ledger", "ledger.csv", "-f", "json", "--as-of", "2025-06-01"],
        ["check", "profile.yaml", "-f", "markdown", "--rules", "rules", "--as-of", "2025-06-01"],
        ["ledger", "ledger.csv", "-f", "csv", "--as-of", "2025-06-01"],
        ["rules", "--rules", "rules", "-f", "json", "--as-of", "2025-06-01"],
    ],
    ids=["check-ledger", "check-rules", "ledger", "rules"],
)
def test_inputs_are_never_modified(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    """Every input keeps its bytes and its modification time through a CLI run."""
    shutil.copy(EXAMPLES / "ville-exemple.yaml", tmp_path / "profile.yaml")
    shutil.copy(EXAMPLES / "ledger-ville-exemple.csv", tmp_path / "ledger.csv")
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    inputs = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    before = {p: (sha256(p), p.stat().st_mtime_ns) for p in inputs}
    monkeypatch.chdir(tmp_path)
    code = cli.main([*argv, "-o", "out"])
    assert code in {cli.EXIT_OK, cli.EXIT_NON_COMPLIANT}, capsys.readouterr().err
    assert {p: (sha256(p), p.stat().st_mtime_ns) for p in inputs} == before
    written = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert written == sorted([*inputs, tmp_path / "out"])


# --- formula injection in CSV outputs ------------------------------------------------------


def cells(text: str) -> list[str]:
    """Every cell of a CSV text, header included."""
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def assert_no_formula(text: str) -> None:
    """No cell of the CSV would run as a formula when opened in a spreadsheet."""
    risky = [cell for cell in cells(text) if cell.startswith(DANGEROUS_START)]
    assert risky == []


@pytest.mark.parametrize("start", DANGEROUS_START)
def test_render_csv_escapes_every_formula_start(start: str) -> None:
    """Each cell starting with = + - @ tab or CR is prefixed with a quote, and kept whole."""
    value = start + "HYPERLINK(1)"
    text = render_csv([{"a": value, "b": "plain"}], ["a", "b"])
    assert_no_formula(text)
    assert cells(text)[2:] == ["'" + value.replace("\r", "\n"), "plain"]


def test_render_csv_keeps_rows_whole_with_carriage_returns() -> None:
    """A carriage return inside a cell cannot split the row (it becomes a quoted line feed)."""
    text = render_csv([{"a": "x\r=1+1", "b": "y\r\nz"}], ["a", "b"])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [["a", "b"], ["x\n=1+1", "y\nz"]]


def hostile_rule_pack(tmp_path: Path) -> Path:
    """A third party's rule pack whose AGEC category labels are spreadsheet formulas."""
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder)
    rule = folder / "agec-art58-procurement-shares.yaml"
    text = rule.read_text(encoding="utf-8")
    quoted = "'" + FORMULA.replace("'", "''") + "'"
    text, count = re.subn(r"(?m)^(\s+label: )\".*\"$", lambda m: m[1] + quoted, text)
    assert count > 10
    rule.write_text(text, encoding="utf-8")
    return folder


def test_ledger_csv_escapes_labels_from_a_rule_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`ledger -f csv` with formula labels and a formula-laden ledger writes no live formula."""
    rules = hostile_rule_pack(tmp_path)
    target = tmp_path / "shares.csv"
    argv = ["ledger", str(FORMULA_LEDGER), "--rules", str(rules), "-f", "csv", "-o", str(target)]
    code = cli.main([*argv, "--as-of", "2026-06-01"])
    assert code in {cli.EXIT_OK, cli.EXIT_NON_COMPLIANT}, capsys.readouterr().err
    text = target.read_text(encoding="utf-8")
    assert "'" + FORMULA in cells(text)
    assert_no_formula(text)


def test_declaration_escapes_user_and_rule_pack_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The yearly declaration escapes the buyer's name and the categories' labels."""
    rules = hostile_rule_pack(tmp_path)
    target = tmp_path / "declaration.csv"
    argv = ["ledger", str(FORMULA_LEDGER), "--rules", str(rules), "-f", "declaration"]
    argv += ["--siret", "12345678901234", "--raison-sociale", "@SUM(A1:A9)", "--year", "2025"]
    code = cli.main([*argv, "-o", str(target)])
    assert code == cli.EXIT_OK, capsys.readouterr().err
    text = target.read_text(encoding="utf-8")
    assert "'@SUM(A1:A9)" in cells(text)
    assert "'" + FORMULA in cells(text)
    assert_no_formula(text)


def test_ledger_csv_of_the_example_has_no_formula(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The ordinary ledger CSV, negative-free numbers included, never starts a cell with a sign."""
    target = tmp_path / "shares.csv"
    ledger = EXAMPLES / "ledger-ville-exemple.csv"
    cli.main(["ledger", str(ledger), "-f", "csv", "-o", str(target), "--as-of", "2026-06-01"])
    capsys.readouterr()
    assert_no_formula(target.read_text(encoding="utf-8"))
