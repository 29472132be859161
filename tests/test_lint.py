"""The rule linter: schema, citations, timelines, scenarios, and the generated coverage table."""

from __future__ import annotations

from pathlib import Path

import pytest

from reen_compliance.cli import main
from reen_compliance.lint import coverage_table, lint_rules, schema_text

ROOT = Path(__file__).resolve().parents[1]
# The legal reference sits beside the checkout (../shared/legal), in CI as on a developer's machine.
REFERENCE = ROOT.parent / "shared" / "legal" / "obligations"


def _copy(tmp_path: Path, rule_id: str, old: str, new: str) -> Path:
    text = (ROOT / "rules" / f"{rule_id}.yaml").read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / f"{rule_id}.yaml"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_bundled_pack_is_clean() -> None:
    """Every bundled rule validates, cites its texts and is read by a feature."""
    reference = REFERENCE if REFERENCE.is_dir() else None
    problems, loaded = lint_rules(
        [ROOT / "rules"], features_dir=ROOT / "features", reference_dir=reference
    )
    assert problems == []
    assert len(loaded) == len(list((ROOT / "rules").glob("*.yaml")))


def test_lint_fails_on_an_overlapping_date_range(tmp_path: Path) -> None:
    """Two versions of a value that overlap are refused, with the rule file named."""
    copy = _copy(
        tmp_path,
        "recycled-paper-purchases",
        "{effective_from: 2020-01-01, value: 40",
        "{effective_from: 2019-06-01, value: 40",
    )
    problems, _ = lint_rules([copy], features_dir=ROOT / "features")
    assert any("versions overlap" in p and "recycled-paper-purchases" in p for p in problems)
    assert main(["lint-rules", str(copy), "--features", str(ROOT / "features")]) == 2


def test_lint_fails_on_a_gap_in_sanction_periods(tmp_path: Path) -> None:
    """A gap between two sanction regimes is refused like a gap between values."""
    copy = _copy(
        tmp_path,
        "rgaa-accessibility",
        "  - effective_from: 2024-01-01\n",
        "  - effective_from: 2024-02-01\n",
    )
    problems, _ = lint_rules([copy], features_dir=ROOT / "features")
    assert any("$.sanctions: gap between versions" in p for p in problems)


def test_lint_fails_on_a_missing_citation(tmp_path: Path) -> None:
    """A legal basis without Légifrance identifier is refused by the schema."""
    copy = _copy(
        tmp_path,
        "pcaet-digital",
        "    legifrance_id: JORFTEXT000044327272\n",
        "",
    )
    problems, _ = lint_rules([copy], features_dir=ROOT / "features")
    assert any("legifrance_id" in p for p in problems), problems
    assert main(["lint-rules", str(copy), "--features", str(ROOT / "features")]) == 2


def test_lint_fails_on_a_rule_without_scenario(tmp_path: Path) -> None:
    """A rule no feature reads is refused."""
    problems, _ = lint_rules([ROOT / "rules" / "pcaet-digital.yaml"], features_dir=tmp_path)
    assert any("no scenario" in p for p in problems)


def test_lint_exits_0_on_a_clean_rule() -> None:
    """A clean rule with its feature lints with exit code 0."""
    rule = ROOT / "rules" / "beges-ghg-report.yaml"
    assert main(["lint-rules", str(rule), "--features", str(ROOT / "features")]) == 0


def test_coverage_table_is_up_to_date() -> None:
    """docs/coverage.md matches the rules and features (regenerate with --write-coverage)."""
    _, loaded = lint_rules([ROOT / "rules"], features_dir=ROOT / "features")
    expected = coverage_table(loaded, ROOT / "features")
    assert (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8") == expected, (
        "stale: run python -m reen_compliance.commands.lint_rules --write-coverage"
    )


def test_rule_schema_file_is_up_to_date() -> None:
    """schemas/rule.schema.json matches the rule model."""
    assert (ROOT / "schemas" / "rule.schema.json").read_text(encoding="utf-8") == schema_text()


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="legal reference not available")
def test_every_obligation_of_the_reference_has_a_rule_and_a_row() -> None:
    """Each obligation file has a rule and appears in the coverage table."""
    table = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    for obligation in REFERENCE.glob("*.yaml"):
        assert f"| {obligation.stem} |" in table, obligation.stem
