"""Dates on the command line are read as a profile reads them: 2026-11-24 or 24/11/2026."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest

from reen_compliance.cli import common as cli
from reen_compliance.formats.dates import parse_day

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ville-exemple.yaml"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-24", date(2026, 11, 24)),
        ("24/11/2026", date(2026, 11, 24)),
        ("1/2/2025", date(2025, 2, 1)),
    ],
)
def test_both_forms_name_the_same_day(text: str, day: date) -> None:
    """ISO and French day-first forms give the day they name."""
    assert parse_day(text) == day
    assert cli.iso_date(text) == day


@pytest.mark.parametrize("text", ["31/02/2026", "11/24/2026", "20261124", "2026-W47-2", "demain"])
def test_other_texts_are_refused_with_the_accepted_forms(text: str) -> None:
    """An impossible day, a month-first date or another ISO form is refused, naming both forms."""
    with pytest.raises(argparse.ArgumentTypeError, match="« 2025-06-01 » ou « 01/06/2025 »"):
        cli.iso_date(text)


def test_check_accepts_a_french_as_of(capsys: pytest.CaptureFixture[str]) -> None:
    """`check --as-of 24/11/2026 --law-as-of 01/06/2025` gives the report of the ISO dates."""
    french = ["check", str(EXAMPLE), "--as-of", "24/11/2026", "--law-as-of", "01/06/2025"]
    cli.main([*french, "-f", "json"])
    first = capsys.readouterr().out
    cli.main(
        ["check", str(EXAMPLE), "--as-of", "2026-11-24", "--law-as-of", "2025-06-01", "-f", "json"]
    )
    assert first == capsys.readouterr().out
    assert '"as_of": "2026-11-24"' in first


def test_calendar_accepts_french_bounds(capsys: pytest.CaptureFixture[str]) -> None:
    """`calendar --from 01/01/2026 --to 31/12/2026` lists the same items as the ISO bounds."""
    cli.main(["calendar", str(EXAMPLE), "--from", "01/01/2026", "--to", "31/12/2026"])
    french = capsys.readouterr().out
    cli.main(["calendar", str(EXAMPLE), "--from", "2026-01-01", "--to", "2026-12-31"])
    assert french == capsys.readouterr().out
    assert french
