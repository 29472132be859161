"""An applicability built without the dataclass's `__init__` is the one it builds (issue #18)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from reen_compliance.formats.report import trace_fact
from reen_compliance.law.applicability import Applicability, made


def test_made_equals_the_dataclass_built_one_field_by_field() -> None:
    """Each field, given in order, lands in its own slot: same type, equal, same repr."""
    facts = (trace_fact("population", "12000", "$.collectivity.population[0].total"),)
    given = (True, None, "population", date(2024, 1, 1), True, facts, (), {"x": None})
    names = [each.name for each in dataclasses.fields(Applicability)]
    built = made(*given)
    expected = Applicability(**dict(zip(names, given, strict=True)))
    assert type(built) is Applicability
    assert built == expected
    assert repr(built) == repr(expected)
    for name, value in zip(names, given, strict=True):
        assert getattr(built, name) is value, name


def test_made_stays_immutable() -> None:
    """A made applicability refuses a change as the dataclass's own instances do."""
    built = made(True, True, None, None, False, (), (), {})  # noqa: FBT003 - the fields
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.bound = False  # type: ignore[misc]  # the point of the test
