"""The receipt in every format, `verify` re-running a report, and `diff` explaining changes."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from reen_compliance.cli.common import main
from reen_compliance.formats.report import Receipt
from reen_compliance.report.diff import candidate_causes, compare_reports
from reen_compliance.report.text import render_markdown, render_text
from reports_helpers import EXAMPLE, RULES, example_report

ART16 = "reen-art16-it-equipment-reuse.yaml"
RATE_2024 = "value: 35.00"


def check_json(tmp_path: Path, name: str, *extra: str, profile: Path = EXAMPLE) -> Path:
    """Write a JSON report with the CLI and return its path."""
    target = tmp_path / name
    main(["check", str(profile), "--format", "json", "--output", str(target), *extra])
    return target


def copy_of(tmp_path: Path, source: Path) -> Path:
    """A copy of a file or folder in tmp_path, to edit without touching the repository."""
    target = tmp_path / source.name
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copy(source, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    """Replace one occurrence of `old`, failing if it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("render", [render_text, render_markdown], ids=["text", "markdown"])
def test_text_and_markdown_show_the_whole_receipt(render: object) -> None:
    """Engine and rule versions, full hashes, as_of and the law date close the report."""
    report = example_report()
    text = render(report)
    tail = text[text.index("Reçu de reproductibilité") :]
    receipt = report.receipt
    assert receipt.profile_sha256
    for value in (
        receipt.engine_version,
        receipt.rule_pack_version,
        receipt.rule_pack_sha256,
        receipt.profile_sha256,
        "2025-06-01",
    ):
        assert value in tail
    assert "Droit applicable au" in tail


def test_verify_confirms_an_unchanged_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Same profile, same rules: exit 0 and a confirmation."""
    report = check_json(tmp_path, "r.json", "--as-of", "2024-06-01", "--law-as-of", "2024-01-01")
    capsys.readouterr()
    assert main(["verify", str(report), str(EXAMPLE)]) == 0
    assert "Vérifié" in capsys.readouterr().out


def test_verify_reuses_the_receipt_dates_and_language(tmp_path: Path) -> None:
    """An English report assessed in the past verifies without passing its dates again."""
    report = check_json(tmp_path, "r.json", "--as-of", "2023-03-01", "--lang", "en")
    assert main(["verify", str(report), str(EXAMPLE), "--lang", "en"]) == 0


def test_verify_detects_one_character_in_a_rule_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A one-character edit of a rule comment changes the rule-pack hash: exit 1, said so."""
    rules = copy_of(tmp_path, RULES)
    report = check_json(tmp_path, "r.json", "--as-of", "2025-06-01", "--rules", str(rules))
    edit(rules / ART16, "# Units, not euros", "# Units, not euroS")
    capsys.readouterr()
    assert main(["verify", str(report), str(EXAMPLE), "--rules", str(rules), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "the rule files changed (SHA-256 differs)" in out
    assert "Findings (statuses and gaps) are unchanged." in out


def test_verify_names_findings_moved_by_a_rule_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A one-character edit of the 2024 rate changes the 2024 finding's gap, and verify says so."""
    rules = copy_of(tmp_path, RULES)
    report = check_json(tmp_path, "r.json", "--as-of", "2025-06-01", "--rules", str(rules))
    edit(rules / ART16, RATE_2024, "value: 36.00")
    capsys.readouterr()
    assert main(["verify", str(report), str(EXAMPLE), "--rules", str(rules), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "~ reen-art16-it-equipment-reuse [2024]: gap: 7 items missing" in out
    assert "10 items missing (required: 94, actual: 84). Cause: the law" in out


def test_verify_detects_one_character_in_the_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A one-digit change of the profile changes its hash and the finding it feeds."""
    profile = copy_of(tmp_path, EXAMPLE)
    report = check_json(tmp_path, "r.json", "--as-of", "2025-06-01", profile=profile)
    edit(profile, "sent_to_reuse: 84", "sent_to_reuse: 94")
    capsys.readouterr()
    assert main(["verify", str(report), str(profile)]) == 1
    out = capsys.readouterr().out
    assert "le profil a changé (SHA-256 différent)" in out
    assert "~ reen-art16-it-equipment-reuse [2024] : non conforme → conforme" in out


def test_verify_reports_another_engine_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A report made by another engine version is not confirmed, and the version is named."""
    report = check_json(tmp_path, "r.json", "--as-of", "2025-06-01")
    data = json.loads(report.read_text(encoding="utf-8"))
    data["receipt"]["engine_version"] = "0.0.1"
    report.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["verify", str(report), str(EXAMPLE), "--format", "json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["receipt_differences"][0]["field"] == "engine_version"
    assert result["same_result"] is True


def test_verify_refuses_a_file_that_is_not_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSON file that is not a report is invalid input: exit 2 with its path."""
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"findings": []}', encoding="utf-8")
    assert main(["verify", str(bogus), str(EXAMPLE)]) == 2
    assert "bogus.json: $.receipt" in capsys.readouterr().err


def test_diff_attributes_a_move_across_2025_to_the_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Moving as_of from 2024 to 2025 changes findings, and the date alone is the cause."""
    old = check_json(tmp_path, "old.json", "--as-of", "2024-12-31")
    new = check_json(tmp_path, "new.json", "--as-of", "2025-01-01")
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["causes"] == ["date"]
    changes = {(c["rule_id"], c["period"]): c for c in result["changes"]}
    art16 = changes["reen-art16-it-equipment-reuse", "2024"]
    assert (art16["old_status"], art16["new_status"]) == ("not_yet_due", "non_compliant")
    assert art16["causes"] == ["date"]
    assert all(c["causes"] == ["date"] for c in result["changes"])


def test_diff_attributes_a_changed_rule_value_to_the_law(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Editing the art. 16 rate of 2024 in a copy of the rules is attributed to the law."""
    rules = copy_of(tmp_path, RULES)
    old = check_json(tmp_path, "old.json", "--as-of", "2025-06-01", "--rules", str(rules))
    edit(rules / ART16, RATE_2024, "value: 30.00")
    new = check_json(tmp_path, "new.json", "--as-of", "2025-06-01", "--rules", str(rules))
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "SHA-256 of the rule files:" in out
    assert "Candidate causes: the law (rule values or law date)" in out
    assert (
        "~ reen-art16-it-equipment-reuse [2024]: non-compliant → compliant; gap: 7 items missing"
        in out
    )
    assert out.rstrip().endswith("Cause: the law (rule values or law date)")


def test_diff_of_identical_reports_exits_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A report compared with itself: identical receipts, no change, exit 0."""
    report = check_json(tmp_path, "r.json", "--as-of", "2025-06-01")
    capsys.readouterr()
    assert main(["diff", str(report), str(report)]) == 0
    out = capsys.readouterr().out
    assert "Reçus identiques." in out
    assert "Aucune constatation n'a changé" in out


def _receipt(**changes: object) -> Receipt:
    base = {
        "engine_version": "1.0.0",
        "rule_pack_version": "2026.11.0",
        "rule_pack_sha256": "a" * 64,
        "profile_sha256": "b" * 64,
        "as_of": date(2025, 6, 1),
        "law_as_of": date(2025, 6, 1),
    }
    return Receipt.model_validate(base | changes)


@pytest.mark.parametrize(
    ("changes", "causes"),
    [
        ({}, ()),
        ({"as_of": date(2025, 7, 1), "law_as_of": date(2025, 7, 1)}, ("date",)),
        ({"as_of": date(2025, 7, 1)}, ("date",)),
        ({"as_of": date(2025, 7, 1), "law_as_of": date(2024, 1, 1)}, ("law", "date")),
        ({"law_as_of": date(2024, 1, 1)}, ("law",)),
        ({"rule_pack_sha256": "c" * 64}, ("law",)),
        ({"profile_sha256": "c" * 64}, ("data",)),
        ({"ledger_sha256": ("d" * 64,)}, ("data",)),
        ({"engine_version": "1.1.0"}, ("engine",)),
        (
            {
                "engine_version": "1.1.0",
                "as_of": date(2026, 1, 1),
                "law_as_of": date(2026, 1, 1),
                "rule_pack_sha256": "c" * 64,
                "profile_sha256": "c" * 64,
            },
            ("data", "law", "date", "engine"),
        ),
    ],
    ids=[
        "same",
        "date-with-its-law",
        "date-with-law-kept",
        "date-and-law-set-apart",
        "law-date",
        "rule-pack",
        "profile",
        "ledger",
        "engine",
        "all-most-specific-first",
    ],
)
def test_candidate_causes(changes: dict[str, object], causes: tuple[str, ...]) -> None:
    """Each differing input names its cause; several come most specific first."""
    assert candidate_causes(_receipt(), _receipt(**changes)) == causes


def test_a_cause_shown_by_the_trace_comes_first() -> None:
    """With data and date both changed, a finding whose facts changed names the data first."""
    old = example_report(as_of=date(2024, 12, 31))
    new_report = example_report(as_of=date(2025, 1, 1))
    finding = next(f for f in new_report.findings if f.rule_id.startswith("reen-art16"))
    facts = (*finding.trace.facts, finding.trace.facts[0].model_copy(update={"value": "999"}))
    changed = finding.model_copy(
        update={"trace": finding.trace.model_copy(update={"facts": facts}), "gap": None}
    )
    new = new_report.model_copy(
        update={
            "findings": tuple(changed if f is finding else f for f in new_report.findings),
            "receipt": new_report.receipt.model_copy(update={"profile_sha256": "0" * 64}),
        }
    )
    diff = compare_reports(old, new)
    by_key = {(c.rule_id, c.period): c for c in diff.changes}
    assert diff.causes == ("data", "date")
    assert by_key[finding.rule_id, finding.period].causes[0] == "data"
