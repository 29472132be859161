"""A decision built by setting its dictionary once behaves as the dataclass it declares."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest

from reen_compliance.decisions.decision import Decision, evolve, year_period
from reen_compliance.formats.profile import Status
from reen_compliance.i18n.message import msg

REASON = msg("shares-year-not-over")


def test_fields_not_given_read_their_defaults() -> None:
    """Every field not given has the default the dataclass declares."""
    decision = Decision(status=Status.COMPLIANT, reason=REASON)
    for each in dataclasses.fields(Decision):
        if each.name not in {"status", "reason"}:
            assert getattr(decision, each.name) == each.default, each.name


def test_positional_and_keyword_arguments_give_the_same_decision() -> None:
    """Positional arguments fill the fields in their declared order."""
    by_position = Decision(Status.NON_COMPLIANT, REASON, year_period(2024), date(2024, 12, 31))
    by_name = Decision(
        status=Status.NON_COMPLIANT,
        reason=REASON,
        period=year_period(2024),
        deadline=date(2024, 12, 31),
    )
    assert by_position == by_name
    assert hash(by_position) == hash(by_name)


def test_evolve_is_dataclasses_replace() -> None:
    """`evolve` gives what `dataclasses.replace` gives, and leaves the original unchanged."""
    decision = Decision(status=Status.NOT_YET_DUE, reason=REASON, details=(REASON,))
    changed = evolve(decision, status=Status.COMPLIANT, days_late=3)
    assert changed == dataclasses.replace(decision, status=Status.COMPLIANT, days_late=3)
    assert decision.status is Status.NOT_YET_DUE
    assert decision.days_late is None


def test_a_decision_stays_immutable_and_picklable() -> None:
    """Assigning a field fails; a pickled decision comes back equal."""
    decision = Decision(status=Status.COMPLIANT, reason=REASON, closes_on=date(2025, 12, 31))
    with pytest.raises(dataclasses.FrozenInstanceError):
        decision.status = Status.NON_COMPLIANT  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(decision)) == decision  # noqa: S301 - our own bytes


@pytest.mark.parametrize(
    ("build", "said"),
    [
        (lambda: Decision(reason=REASON), "missing the field 'status'"),  # type: ignore[call-arg]
        (lambda: Decision(Status.COMPLIANT, REASON, colour=1), "no field 'colour'"),  # type: ignore[call-arg]
        (
            lambda: Decision(Status.COMPLIANT, REASON, status=Status.COMPLIANT),  # type: ignore[misc]
            "multiple values for field 'status'",
        ),
        (lambda: evolve(Decision(Status.COMPLIANT, REASON), colour=1), "no field 'colour'"),
    ],
)
def test_wrong_arguments_are_refused_as_the_dataclass_would(build: object, said: str) -> None:
    """A missing, unknown or repeated field is a TypeError naming it."""
    with pytest.raises(TypeError, match=said):
        build()  # type: ignore[operator]
