"""Readings never concluded on: SPASER targets against a ledger's shares, exit code, notes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reen_compliance import evaluate
from reen_compliance.formats.profile import ProcurementFigure
from reen_compliance.law.loading import Profile
from reen_compliance.report.summary import sets_exit_code
from reen_compliance.report.text import render_markdown, render_text


def _profile(**extra: object) -> Profile:
    collectivity = {
        "name": "Ville",
        "kind": "commune",
        "population": [{"applies_from": "2020-01-01", "total": 90000, "source": "test"}],
    }
    return Profile.model_validate({"format_version": 1, "collectivity": collectivity, **extra})


def test_spaser_targets_are_set_against_the_ledger_shares() -> None:
    """With figures from a ledger, each target is compared with the share the ledger achieved."""
    profile = _profile(
        spaser_targets=[
            {
                "year": 2023,
                "category": "d2021-254:it-equipment",
                "share": "reuse",
                "target_pct": "25",
            }
        ]
    )
    figures = {
        2023: (
            ProcurementFigure(
                category="d2021-254:it-equipment",
                total_eur_ht=Decimal(100000),
                reuse_eur_ht=Decimal("24999.99"),
            ),
        )
    }
    report = evaluate(
        profile,
        as_of=date(2024, 3, 1),
        procurement=figures,
        procurement_source="ledger: achats-2023.csv",
    )
    found = next(f for f in report.findings if f.rule_id == "ccp-spaser-agec-targets")
    assert found.information_only
    assert found.deadline is None
    assert found.data_source == "ledger: achats-2023.csv"
    (row,) = found.target_progress
    assert row.achieved_pct == Decimal("25.00")
    assert row.target_reached is False  # compared exactly, not on the rounded share
    assert row.minimum_pct == Decimal(20)
    assert row.minimum_confirmed


def test_a_breach_on_an_unconfirmed_reading_does_not_set_the_exit_code() -> None:
    """A SPASER missing after the threshold is crossed says so, and exits 0 by itself."""
    profile = _profile(documents={"spaser": {"status": "not_adopted"}})
    profile = profile.model_copy(
        update={
            "collectivity": profile.collectivity.model_copy(
                update={"annual_purchases_eur_ht": {2024: Decimal(60_000_000)}}
            )
        }
    )
    report = evaluate(profile, as_of=date(2025, 6, 1))
    spaser = next(f for f in report.findings if f.rule_id == "ccp-spaser")
    assert spaser.status == "non_compliant"
    assert spaser.reading_unconfirmed
    assert spaser.status_note == "lecture non confirmée"
    without = report.model_copy(
        update={"findings": tuple(f for f in report.findings if f.rule_id != "ccp-spaser")}
    )
    assert sets_exit_code(report) == sets_exit_code(without)


def test_repeated_notes_are_printed_once_with_numbers() -> None:
    """A note shared by several findings is listed once at the end; each finding cites it."""
    report = evaluate(_profile(), as_of=date(2026, 3, 1))
    assert len(report.notes) == len(set(report.notes))
    refs = [n for f in report.findings for n in f.note_refs]
    assert set(refs) == set(range(1, len(report.notes) + 1))
    for note in report.notes:
        assert render_text(report).count(note) == 1
    assert "Notes à vérifier" in render_markdown(report)
