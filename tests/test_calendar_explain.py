"""The calendar (text, JSON, iCalendar) and the explain command, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from reen_compliance.cli.common import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"


def test_calendar_ics_parses_back_with_all_day_events_and_stable_uids(tmp_path: Path) -> None:
    """The .ics file is valid iCalendar: all-day events, the same UIDs on every run."""
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for target in (first, second):
        args = ["calendar", str(EXAMPLE), "--from", "2026-01-01", "--to", "2030-12-31"]
        assert main([*args, "-f", "ics", "-o", str(target)]) == 0
    assert first.read_bytes() == second.read_bytes()
    calendar = Calendar.from_ical(first.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids))
    for event in events:
        assert event.decoded("DTSTART").__class__.__name__ == "date"
    summaries = " ".join(str(event["SUMMARY"]) for event in events)
    assert "agec-art58-procurement-shares" in summaries


def test_calendar_json_lists_the_2027_and_2030_steps(tmp_path: Path) -> None:
    """The steps of the décret 2024-134 rates appear on 1 January 2027 and 2030."""
    target = tmp_path / "c.json"
    args = ["calendar", str(EXAMPLE), "--from", "2026-01-01", "--to", "2030-12-31"]
    assert main([*args, "-f", "json", "-o", str(target)]) == 0
    items = json.loads(target.read_text(encoding="utf-8"))
    steps = {i["date"] for i in items if i["rule_id"] == "agec-art58-procurement-shares"}
    assert {"2027-01-01", "2030-01-01"} <= steps


def test_explain_shows_facts_values_steps_and_texts(capsys: pytest.CaptureFixture[str]) -> None:
    """Explain lays out the facts with their path, the values, the steps and the citations."""
    assert main(["explain", str(EXAMPLE), "reen-art35-strategy", "--as-of", "2025-06-01"]) == 0
    out = capsys.readouterr().out
    for part in (
        "1. Faits",
        "$.collectivity.population[1].total",
        "2. Valeurs",
        "`population_threshold` = 50\u202f000 (depuis le 17 novembre 2021",
        "3. Raisonnement",
        "4. Conclusion : conforme",
        "5. Textes appliqués",
        "JORFTEXT000044327272",
    ):
        assert part in out, part


def test_explain_in_english_for_one_period(capsys: pytest.CaptureFixture[str]) -> None:
    """Explain --lang en --period restricts to one finding and speaks English."""
    args = ["explain", str(EXAMPLE), "reen-art16-it-equipment-reuse", "--as-of", "2026-06-01"]
    assert main([*args, "--lang", "en", "--period", "2024"]) == 0
    out = capsys.readouterr().out
    assert "period 2024" in out
    assert "$.equipment_disposal" not in out or "Facts" in out
    assert "4. Conclusion: non-compliant" in out


def test_explain_unknown_rule_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown rule id is an input error with a suggestion."""
    assert main(["explain", str(EXAMPLE), "reen-art35-strategie", "--as-of", "2025-06-01"]) == 2
    assert "vouliez-vous dire 'reen-art35-strategy'" in capsys.readouterr().err


def test_law_as_of_before_decree_2024_134_keeps_decree_2021_254_open(tmp_path: Path) -> None:
    """With the law of 2023, décret 2021-254 had no end date yet and 2024-134 did not exist."""
    profile = tmp_path / "p.yaml"
    profile.write_text(
        "format_version: 1\n"
        "collectivity: {name: V, kind: commune}\n"
        "procurement:\n"
        "  2024:\n"
        "    - {category: 'd2021-254:it-equipment', total_eur_ht: '1000', reuse_eur_ht: '100'}\n",
        encoding="utf-8",
    )
    out = tmp_path / "r.json"
    args = ["check", str(profile), "--as-of", "2025-06-01", "-f", "json", "-o", str(out)]
    assert main([*args, "--law-as-of", "2023-12-31"]) == 1
    report = json.loads(out.read_text(encoding="utf-8"))
    (f2024,) = [
        f
        for f in report["findings"]
        if f["rule_id"] == "agec-art58-procurement-shares" and f["period"] == "2024"
    ]
    assert f2024["status"] == "non_compliant"
    assert f2024["measures"][0]["data_period"] == "2024-01-01/2024-12-31"
    assert main([*args, "--law-as-of", "2025-06-01"]) == 1
    report = json.loads(out.read_text(encoding="utf-8"))
    (f2024,) = [
        f
        for f in report["findings"]
        if f["rule_id"] == "agec-art58-procurement-shares" and f["period"] == "2024"
    ]
    assert f2024["measures"][0]["data_period"] == "2024-01-01/2024-06-30"


def test_calendar_refuses_an_end_before_its_start(capsys: pytest.CaptureFixture[str]) -> None:
    """--to before --from is a usage error, not an empty calendar."""
    from reen_compliance.cli.common import main  # noqa: PLC0415

    example = str(Path(__file__).resolve().parents[1] / "examples" / "ville-exemple.yaml")
    assert main(["calendar", example, "--from", "2027-01-01", "--to", "2026-01-01"]) == 2
    err = capsys.readouterr().err
    assert "(« --to », 1er janvier 2026) précède le début (« --from », 1er janvier 2027)" in err


def test_calendar_uids_are_the_same_in_french_and_english(tmp_path: Path) -> None:
    """The French and English ICS of one profile hold the same UIDs, and word their dates."""
    args = ["calendar", str(EXAMPLE), "--from", "2025-06-01", "--to", "2027-12-31", "-f", "ics"]
    uids = {}
    for lang in ("fr", "en"):
        target = tmp_path / f"{lang}.ics"
        assert main([*args, "--lang", lang, "-o", str(target)]) == 0
        text = target.read_bytes().decode()
        assert "on_or_before" not in text.replace("\r\n ", "")
        events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
        uids[lang] = sorted(str(event["UID"]) for event in events)
    assert uids["fr"] == uids["en"]
    assert len(set(uids["fr"])) == len(uids["fr"])
    french = (tmp_path / "fr.ics").read_bytes().decode().replace("\r\n ", "")
    assert "au plus tard le 30 juin 2025" in french
