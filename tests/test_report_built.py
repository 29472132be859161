"""Reports built without validation equal the reports validation builds from the same data (issue #18)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import strategies as s
from reen_compliance import load_profile
from reen_compliance.decisions.engine import decide
from reen_compliance.formats.report import Finding, Report, TraceValue, field_names, owned
from reen_compliance.law.loading import parse_profile
from reen_compliance.reference.bodies import ReferenceData
from reen_compliance.reference.starter import starter_profile_yaml
from reen_compliance.report.build import render_report

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ville-exemple.yaml"
DAYS = (date(2022, 6, 1), date(2024, 3, 1), date(2025, 6, 1), date(2026, 11, 24))


def _same(built: object, validated: object, where: str) -> None:
    """Equal value by value, of the same types, fields in the same order and counted as set."""
    assert type(built) is type(validated), where
    if isinstance(built, BaseModel):
        assert isinstance(validated, BaseModel)
        assert list(built.__dict__) == list(validated.__dict__), where
        assert built.model_fields_set == validated.model_fields_set, where
        assert built.__pydantic_extra__ == validated.__pydantic_extra__, where
        assert built.__pydantic_private__ == validated.__pydantic_private__, where
        for name, value in built.__dict__.items():
            _same(value, validated.__dict__[name], f"{where}.{name}")
    elif isinstance(built, tuple | list):
        assert isinstance(validated, tuple | list)
        assert len(built) == len(validated), where
        for index, (one, other) in enumerate(zip(built, validated, strict=True)):
            _same(one, other, f"{where}[{index}]")
    elif isinstance(built, dict):
        assert isinstance(validated, dict)
        assert list(built) == list(validated), where
        for key, value in built.items():
            _same(value, validated[key], f"{where}[{key!r}]")
    else:
        assert built == validated, where
        assert repr(built) == repr(validated), where


def _check(report: Report) -> None:
    """The report equals the one validation builds from its data (the fields it was given)."""
    validated = Report.model_validate(report.model_dump(exclude_unset=True))
    # the fields given when the report was validated whole: all but the defaults named here
    assert report.model_fields_set == set(Report.model_fields) - {"report_format_version"}
    for finding in report.findings:
        unset = set() if finding.note_refs else {"note_refs"}
        assert finding.model_fields_set == set(Finding.model_fields) - unset
    _same(report, validated, "report")
    assert report == validated
    assert report.model_dump_json() == validated.model_dump_json()


@pytest.mark.parametrize("day", DAYS, ids=str)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_example_report_equals_the_validated_one(day: date, lang: str) -> None:
    """The bundled example's report, on four dates and in both languages, is what validation builds."""
    report = render_report(decide(load_profile(EXAMPLE), as_of=day), lang)  # type: ignore[arg-type]
    if day == DAYS[-1]:  # notes, measures, share gaps, deadlines ahead: every part is built
        assert any(f.note_refs for f in report.findings)
        assert report.next_deadlines
        assert any(f.measures for f in report.findings)
        assert any(f.gap_by_share for f in report.findings)
    _check(report)


def test_starter_reports_equal_the_validated_ones() -> None:
    """Starter profiles of communes and EPCI of every size give reports validation would build."""
    reference = ReferenceData.bundled()
    bodies = [*list(reference.communes())[::2000], *list(reference.epcis())[::200]]
    for body in bodies:
        profile = parse_profile(starter_profile_yaml(body, reference.vintage))
        evaluation = decide(profile, as_of=date(2026, 11, 24))
        for lang in ("fr", "en"):
            _check(render_report(evaluation, lang))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(s.profile_dicts(), st.dates(date(2021, 1, 1), date(2028, 12, 31)))
def test_reports_of_any_profile_equal_the_validated_ones(data: dict[str, Any], day: date) -> None:
    """Any valid profile, on any day, in both languages, gives the report validation would build."""
    profile = parse_profile(s.to_yaml(data), "generated.yaml")
    evaluation = decide(profile, as_of=day)
    for lang in ("fr", "en"):
        _check(render_report(evaluation, lang))


def test_a_model_built_from_its_fields_keeps_them_and_counts_the_given_ones() -> None:
    """`owned` keeps the dictionary it is given and the set of names given, as validation counts."""
    values: dict[str, object] = {
        "name": "seuil",
        "value": "50",
        "effective_from": date(2022, 1, 1),
        "effective_to": None,
        "source": "décret",
    }
    built = owned(TraceValue, values, set(field_names(TraceValue)))
    validated = TraceValue.model_validate(values)
    assert built.__dict__ is values
    _same(built, validated, "value")


def test_a_copy_with_an_update_leaves_the_other_findings_alone() -> None:
    """Findings share their set of given names: a copy's update counts in the copy only."""
    report = render_report(decide(load_profile(EXAMPLE), as_of=DAYS[-1]), "fr")
    plain = [finding for finding in report.findings if not finding.note_refs]
    copied = plain[0].model_copy(update={"note_refs": (1,)})
    assert "note_refs" in copied.model_fields_set
    assert all("note_refs" not in finding.model_fields_set for finding in plain)
