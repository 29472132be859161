"""One evaluation, words in any language: deciding needs no language, rendering needs no deciding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reen_compliance import evaluate, load_profile, render_json
from reen_compliance.decisions.engine import decide
from reen_compliance.report.build import render_report

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ville-exemple.yaml"
DAYS = (date(2022, 6, 1), date(2024, 3, 1), date(2025, 6, 1), date(2026, 11, 24))


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_one_evaluation_renders_both_languages_as_evaluate_does(day: date) -> None:
    """The French and English reports of one evaluation equal those of two evaluations."""
    profile = load_profile(EXAMPLE)
    evaluation = decide(profile, as_of=day)
    for lang in ("fr", "en"):
        once = render_json(render_report(evaluation, lang))
        twice = render_json(evaluate(profile, as_of=day, lang=lang))
        assert once == twice


def test_decisions_hold_the_statuses_of_the_report() -> None:
    """The language-neutral decisions carry the statuses and periods the report publishes."""
    profile = load_profile(EXAMPLE)
    evaluation = decide(profile, as_of=date(2026, 11, 24))
    report = render_report(evaluation, "en")
    decided = [(d.status, d.period.key if d.period else None) for d in evaluation.decisions]
    assert decided == [(f.status, f.period) for f in report.findings]
