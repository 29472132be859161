"""The rule expression language: what compiles, what is refused, and how facts are read."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reen_compliance.law.expressions import ExpressionError, MissingFact, compile_condition

NAMES = {"entity", "population", "population_threshold", "bound_entities"}


@pytest.mark.parametrize(
    ("source", "env", "expected"),
    [
        (
            "population > population_threshold",
            {"population": 50001, "population_threshold": 50000},
            True,
        ),
        (
            "population > population_threshold",
            {"population": 50000, "population_threshold": 50000},
            False,
        ),
        ("entity in ('commune', 'cc')", {"entity": "cc"}, True),
        ("entity not in ('commune', 'cc')", {"entity": "cc"}, False),
        ("entity in bound_entities", {"entity": "etat", "bound_entities": ("etat",)}, True),
        (
            "not (population < 10) and entity == 'commune'",
            {"population": 10, "entity": "commune"},
            True,
        ),
        (
            "population * 2 >= 0.5 * population_threshold",
            {"population": 1, "population_threshold": 4},
            True,
        ),
        ("10 < population <= 20", {"population": 20}, True),
        ("max(population, 3) == 3", {"population": 1}, True),
    ],
    ids=lambda value: str(value)[:40],
)
def test_allowed_expressions_evaluate(
    source: str, env: dict[str, object], expected: object
) -> None:
    """Comparisons, membership, boolean logic, arithmetic and min/max/abs evaluate as Python would."""
    assert compile_condition(source, NAMES)(env) is expected


def test_decimal_literals_stay_exact() -> None:
    """A literal such as 0.1 is a Decimal, so 0.1 + 0.2 == 0.3 holds."""
    assert compile_condition("0.1 + 0.2 == 0.3", NAMES)({}) is True


def test_a_missing_fact_is_reported_by_name() -> None:
    """A None fact is unknown, not false: evaluation stops naming it."""
    condition = compile_condition("population > 50000", NAMES)
    with pytest.raises(MissingFact) as caught:
        condition({"population": None})
    assert caught.value.name == "population"


def test_unknown_names_are_refused_with_a_suggestion() -> None:
    """A misspelt name fails when the rule loads, with a "did you mean"."""
    with pytest.raises(ExpressionError) as caught:
        compile_condition("populaton > 1", NAMES)
    assert caught.value.hint == "did you mean 'population'?"
    assert caught.value.column == 1


@pytest.mark.parametrize(
    "source",
    [
        "().__class__",
        "__import__('os')",
        "population ** 2",
        "[x for x in bound_entities]",
        "lambda: 1",
        "bound_entities[0]",
        "open('x')",
        "f'{population}'",
        "(population := 1)",
        "'a' if population else 'b'",
    ],
)
def test_constructs_outside_the_language_are_refused(source: str) -> None:
    """Attributes, calls, powers, comprehensions, lambdas, subscripts and the like never compile."""
    with pytest.raises(ExpressionError):
        compile_condition(source, NAMES)


def test_arithmetic_on_text_is_refused_at_evaluation() -> None:
    """Repeating a string by a number (a memory bomb) is not arithmetic here."""
    condition = compile_condition("entity * population > 0", NAMES)
    with pytest.raises(ExpressionError):
        condition({"entity": "a", "population": 10**9})


def test_comparing_incompatible_types_is_a_rule_error() -> None:
    """Comparing text with a number is reported, not a crash."""
    condition = compile_condition("entity > 3", NAMES)
    with pytest.raises(ExpressionError):
        condition({"entity": "commune"})


def test_compiled_condition_lists_the_names_it_reads() -> None:
    """The engine knows which facts a rule used, for the legal trace."""
    condition = compile_condition(
        "entity in ('commune',) and population > population_threshold", NAMES
    )
    assert condition.names == {"entity", "population", "population_threshold"}
    assert isinstance(compile_condition("1.5", NAMES).run({}), Decimal)


@pytest.mark.parametrize(
    ("source", "env", "missing"),
    [
        ("population > population_threshold", {}, "population"),
        ("population > population_threshold", {"population": 1}, "population_threshold"),
        ("entity in ('commune', 'cc')", {"entity": None}, "entity"),
        ("entity not in ('commune', 'cc')", {}, "entity"),
        ("population >= 10", {}, "population"),
        ("10 <= population", {}, "population"),
    ],
)
def test_a_comparison_names_its_first_missing_operand(
    source: str, env: dict[str, object], missing: str
) -> None:
    """A name compared with a literal or a name is read left first: the first missing is named."""
    with pytest.raises(MissingFact) as caught:
        compile_condition(source, NAMES)(env)
    assert caught.value.name == missing


def test_a_name_compared_with_a_name_of_another_type_is_a_rule_error() -> None:
    """Two names read in one closure still report incompatible values, not a crash."""
    condition = compile_condition("population > bound_entities", NAMES)
    with pytest.raises(ExpressionError):
        condition({"population": 3, "bound_entities": ("etat",)})
