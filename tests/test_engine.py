"""The engine through the public API: pure, deterministic, dated, traceable."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from reen_compliance import Status, evaluate, load_profile, load_rules, parse_profile, render_json

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"
COMMUNE = """
format_version: 1
collectivity:
  name: Ville
  kind: commune
  population: [{applies_from: 2024-01-01, total: 118000, source: INSEE}]
documents:
  nr_strategy: {status: adopted, adopted_on: 2024-12-12}
"""


def test_the_issue_acceptance_cases() -> None:
    """118,000 inhabitants: compliant with a strategy, missing data without, non compliant if not adopted."""
    adopted = parse_profile(COMMUNE)
    strategy = evaluate(
        adopted, as_of=date(2025, 6, 1), rules=load_rules(only=["reen-art35-strategy"])
    )
    assert [f.status for f in strategy.findings] == [Status.COMPLIANT]
    unknown = parse_profile(
        COMMUNE.replace(
            "  nr_strategy: {status: adopted, adopted_on: 2024-12-12}\n", "  {}\n"
        ).replace("documents:\n  {}", "documents: {}")
    )
    assert (
        evaluate(unknown, as_of=date(2025, 6, 1), rules=load_rules(only=["reen-art35-strategy"]))
        .findings[0]
        .status
        == Status.INSUFFICIENT_DATA
    )
    refused = parse_profile(
        COMMUNE.replace("{status: adopted, adopted_on: 2024-12-12}", "{status: not_adopted}")
    )
    only = load_rules(only=["reen-art35-strategy"])
    assert (
        evaluate(refused, as_of=date(2025, 6, 1), rules=only).findings[0].status
        == Status.NON_COMPLIANT
    )
    assert (
        evaluate(refused, as_of=date(2024, 6, 1), rules=only).findings[0].status
        == Status.NOT_YET_DUE
    )
    small = parse_profile(COMMUNE.replace("118000", "8000"))
    assert (
        evaluate(small, as_of=date(2025, 6, 1), rules=only).findings[0].status
        == Status.NOT_APPLICABLE
    )


def test_evaluation_is_deterministic() -> None:
    """The same input gives the same JSON, byte for byte."""
    profile = load_profile(EXAMPLE)
    first = render_json(evaluate(profile, as_of=date(2026, 11, 24)))
    assert first == render_json(evaluate(load_profile(EXAMPLE), as_of=date(2026, 11, 24)))


def test_summary_counts_every_finding_once() -> None:
    """The summary is a count of findings per status."""
    report = evaluate(load_profile(EXAMPLE), as_of=date(2026, 11, 24))
    assert sum(report.summary.values()) == len(report.findings)
    assert set(report.summary) == set(Status)


def test_findings_carry_citations_and_a_trace() -> None:
    """Every finding cites its law; bound findings show the facts and values used."""
    report = evaluate(load_profile(EXAMPLE), as_of=date(2026, 11, 24))
    for finding in report.findings:
        assert finding.legal_basis
        assert all(c.url.startswith(("https://", "http://")) for c in finding.legal_basis)
    strategy = next(f for f in report.findings if f.rule_id == "reen-art35-strategy")
    facts = {fact.name: fact for fact in strategy.trace.facts}
    assert facts["population"].value == "118000"
    assert facts["population"].source == "$.collectivity.population[1].total"
    assert strategy.trace.values[0].name == "population_threshold"


def test_review_flags_reach_the_report() -> None:
    """An uncertain reading flags the finding and the report."""
    report = evaluate(load_profile(EXAMPLE), as_of=date(2026, 11, 24))
    assert report.review_required
    assert all(f.review for f in report.findings if f.rule_id == "agec-art58-procurement-shares")


def test_next_deadlines_are_after_as_of_and_sorted() -> None:
    """Upcoming obligations are in the future and in date order."""
    report = evaluate(load_profile(EXAMPLE), as_of=date(2024, 6, 1))
    dates = [d.date for d in report.next_deadlines]
    assert dates == sorted(dates)
    assert all(d > date(2024, 6, 1) for d in dates)
    assert any(
        d.rule_id == "reen-art35-strategy" and d.date == date(2025, 1, 1)
        for d in report.next_deadlines
    )


def test_law_as_of_ignores_values_enacted_later() -> None:
    """The law as it stood before décret 2022-767 knew only the 100 M€ SPASER threshold."""
    profile = parse_profile(
        "format_version: 1\ncollectivity: {name: V, kind: commune, annual_purchases_eur_ht: {2023: '70000000'}}\n"
        "documents: {spaser: {status: not_adopted}}\n"
    )
    rules = load_rules(only=["ccp-spaser"])
    today = evaluate(profile, as_of=date(2024, 3, 1), rules=rules)
    assert today.findings[0].status == Status.NON_COMPLIANT
    before = evaluate(profile, as_of=date(2024, 3, 1), rules=rules, law_as_of=date(2022, 1, 1))
    assert before.law_as_of == date(2022, 1, 1)
    assert before.findings[0].status == Status.NOT_APPLICABLE


def test_english_reports_speak_english() -> None:
    """--lang en translates titles and explanations, not the law's French names."""
    report = evaluate(load_profile(EXAMPLE), as_of=date(2026, 11, 24), lang="en")
    strategy = next(f for f in report.findings if f.rule_id == "reen-art35-strategy")
    assert strategy.title.startswith("Responsible-digital strategy")
    assert "was adopted on 12 December 2024" in strategy.explanation
    assert json.loads(render_json(report))["lang"] == "en"
