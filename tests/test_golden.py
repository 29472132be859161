"""Golden JSON reports of the bundled examples; regenerate with REEN_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from reen_compliance import evaluate, load_profile, render_json

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = [
    ("ville-exemple", date(2025, 6, 1), "fr"),
    ("ville-exemple", date(2026, 11, 24), "fr"),
    ("ville-exemple", date(2026, 11, 24), "en"),
]


@pytest.mark.parametrize(("example", "as_of", "lang"), CASES, ids=str)
def test_report_matches_its_golden_file(example: str, as_of: date, lang: str) -> None:
    """The report of an example is exactly the reviewed one (engine version aside)."""
    profile = load_profile(ROOT / "examples" / f"{example}.yaml")
    report = evaluate(profile, as_of=as_of, lang=lang)  # type: ignore[arg-type]
    text = render_json(report.model_copy(update={"engine_version": "GOLDEN"}))
    text = text.replace(report.receipt.engine_version, "GOLDEN")
    path = GOLDEN / f"{example}-{as_of.isoformat()}-{lang}.json"
    if os.environ.get("REEN_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), "run with REEN_UPDATE_GOLDEN=1 once, then review the file"
    assert text == path.read_text(encoding="utf-8")
