"""Golden outputs of every command a user reads, in both languages; REEN_UPDATE_GOLDEN=1 rewrites them.

They are the safety net of refactorings: a change of code must leave them byte-identical, and a
change of wording shows up here as a diff to review, listed in the CHANGELOG.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from reen_compliance.cli.common import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden" / "outputs"
EXAMPLE = str(ROOT / "examples" / "ville-exemple.yaml")
LEDGER = str(ROOT / "examples" / "ledger-ville-exemple.csv")
SMALL_COMMUNE = """\
format_version: 1
collectivity:
  name: Petite Commune
  kind: commune
  insee_code: "01001"
  siren: "210100012"
  population:
    - {applies_from: 2024-01-01, total: 8000, source: INSEE 2021}
"""
DATES = ("2022-06-01", "2024-03-01", "2025-06-01", "2026-11-24")
FORMATS = ("text", "markdown", "json")

CASES: list[tuple[str, list[str]]] = [
    (f"check-{day}-{lang}.{fmt}", ["check", EXAMPLE, "--as-of", day, "--lang", lang, "-f", fmt])
    for day in DATES
    for lang in ("fr", "en")
    for fmt in FORMATS
]
CASES += [
    (
        f"check-ledger-{lang}.{fmt}",
        ["check", EXAMPLE, "--as-of", "2026-11-24", "--lang", lang, "-f", fmt, "--ledger", LEDGER],
    )
    for lang in ("fr", "en")
    for fmt in ("text", "json")
]
CASES += [
    (f"ledger-{lang}.{fmt}", ["ledger", LEDGER, "--lang", lang, "-f", fmt])
    for lang in ("fr", "en")
    for fmt in ("text", "markdown")
]
CASES += [
    (
        f"explain-{lang}.text",
        ["explain", EXAMPLE, "reen-art35-strategy", "--as-of", "2026-11-24", "--lang", lang],
    )
    for lang in ("fr", "en")
]
CASES += [
    (
        f"calendar-{lang}.text",
        ["calendar", EXAMPLE, "--from", "2025-06-01", "--to", "2027-12-31", "--lang", lang],
    )
    for lang in ("fr", "en")
]
CASES += [
    (f"init-{lang}.yaml", ["init", "--insee", "57463", "--lang", lang]) for lang in ("fr", "en")
]
BOUND_RULES = [
    "agec-art58-procurement-shares",
    "data-centre-energy-reporting",
    "reen-art35-strategy",
]
BOUND_HEAD = 30
"""The bound listing names hundreds of bodies: its head holds every kind of line."""
BOUND_CASES = [
    (
        f"bound-{lang}.text",
        ["bound", "--rule", *BOUND_RULES, "--as-of", "2025-01-01", "--lang", lang],
    )
    for lang in ("fr", "en")
]
MEMBERS_CASES = [(f"members-{lang}.text", lang) for lang in ("fr", "en")]
SUMMARY_CASES = [
    (f"summary-{lang}.{fmt}", lang, fmt) for lang in ("fr", "en") for fmt in ("text", "csv")
]


def _normalise(text: str) -> str:
    """Drop what changes between runs and machines: versions, hashes, absolute paths."""
    text = text.replace(str(ROOT), "<ROOT>")
    text = re.sub(r"[0-9a-f]{64}", "<SHA256>", text)
    return re.sub(r"\b\d+\.\d+\.\d+(?:\.dev\d+\S*|\+\S+)?\b", "<VERSION>", text)


def _compare(name: str, text: str) -> None:
    path = GOLDEN / name
    text = _normalise(text)
    if os.environ.get("REEN_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), "run with REEN_UPDATE_GOLDEN=1 once, then review the file"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "argv"), CASES, ids=[case[0] for case in CASES])
def test_output_matches_its_golden_file(
    name: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Each command prints exactly the reviewed output for the bundled example."""
    main(argv)
    captured = capsys.readouterr()
    _compare(name, captured.out + ("\n--- stderr ---\n" + captured.err if captured.err else ""))


@pytest.mark.parametrize(("name", "lang", "fmt"), SUMMARY_CASES, ids=[c[0] for c in SUMMARY_CASES])
def test_batch_summary_matches_its_golden_file(
    name: str,
    lang: str,
    fmt: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The batch summary of the example and a small commune is exactly the reviewed one."""
    (tmp_path / "profils").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "profils" / "ville-exemple.yaml")
    (tmp_path / "profils" / "petite-commune.yaml").write_text(SMALL_COMMUNE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(
        [
            "check",
            "profils",
            "--summary",
            "--as-of",
            "2026-11-24",
            "--lang",
            lang,
            "-f",
            fmt,
            "--jobs",
            "1",
        ]
    )
    captured = capsys.readouterr()
    _compare(name, captured.out)


@pytest.mark.parametrize(("name", "argv"), BOUND_CASES, ids=[case[0] for case in BOUND_CASES])
def test_bound_listing_head_matches_its_golden_file(
    name: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The head of `bound` (vintage, caveats, a rule of each kind, the first bodies) is reviewed."""
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines(keepends=True)
    assert len(lines) > BOUND_HEAD
    _compare(name, "".join(lines[:BOUND_HEAD]))


@pytest.mark.parametrize(("name", "lang"), MEMBERS_CASES, ids=[c[0] for c in MEMBERS_CASES])
def test_members_summary_matches_its_golden_file(
    name: str,
    lang: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Metz Métropole with Metz's starter profile: the members summary is the reviewed one."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "membres").mkdir()
    assert main(["init", "--siren", "200039865", "-o", "metz-metropole.yaml"]) == 0
    assert main(["init", "--insee", "57463", "-o", "membres/metz.yaml"]) == 0
    capsys.readouterr()
    argv = ["members", "metz-metropole.yaml", "--with-members", "membres", "--as-of", "2026-06-01"]
    main([*argv, "--lang", lang])
    _compare(name, capsys.readouterr().out)
