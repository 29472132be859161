"""Properties over arbitrary inputs: loaders never crash, reports are stable, the law is monotone.

The bounded run uses the `ci` Hypothesis profile (tests/conftest.py); `HYPOTHESIS_PROFILE=long`
runs many more examples.
"""

from __future__ import annotations

import contextlib
import itertools
import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import strategies as s
from reen_compliance.decisions.procurement import figures_from_summary, shares_rule, summarize
from reen_compliance.errors import ProfileError
from reen_compliance.formats.profile import Profile, Status
from reen_compliance.formats.report import Report
from reen_compliance.law.expressions import (
    EvaluationError,
    ExpressionError,
    MissingFact,
    compile_condition,
)
from reen_compliance.law.facts import FACT_NAMES
from reen_compliance.law.loading import load_rules, parse_profile
from reen_compliance.law.timeline import span_of, value_in_force
from reen_compliance.ledger.summary import read_ledger
from reen_compliance.report.build import evaluate
from reen_compliance.report.text import render_json

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = (ROOT / "examples" / "ville-exemple.yaml").read_text(encoding="utf-8")
RULES = load_rules()
AS_OF = st.dates(date(2022, 1, 1), date(2027, 12, 31))
TMP_FIXTURE = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_located(error: ProfileError, file: str) -> None:
    """Every problem names the file and a JSON path; there is at least one."""
    assert error.problems
    for problem in error.problems:
        assert problem.file == file
        assert problem.path.startswith("$")
        assert problem.message


def failure_of(action: Callable[[], object]) -> ProfileError | None:
    """Run `action`; return the `ProfileError` it raised, or None; anything else propagates."""
    try:
        action()
    except ProfileError as error:
        return error
    return None


def build(data: dict[str, Any]) -> Profile:
    """A profile from plain data, through the same loader a file goes through."""
    return parse_profile(s.to_yaml(data), "generated.yaml")


def statuses(report: Report) -> dict[tuple[str, str | None], Status]:
    """Each finding's status by rule and period, whatever the order of findings."""
    return {(finding.rule_id, finding.period): finding.status for finding in report.findings}


def run(profile: Profile, as_of: date) -> Report:
    """Evaluate against the bundled rules."""
    return evaluate(profile, as_of=as_of, rules=RULES)


# --- loaders never crash -------------------------------------------------------------------


@given(st.text(max_size=300))
def test_any_text_loads_or_gives_located_problems(text: str) -> None:
    """Arbitrary text is a profile or a `ProfileError` whose problems name file and path."""
    error = failure_of(lambda: parse_profile(text, "fuzz.yaml"))
    if error is not None:
        assert_located(error, "fuzz.yaml")


@given(st.text(max_size=300), st.booleans())
def test_any_text_as_json_loads_or_gives_located_problems(text: str, as_json: bool) -> None:  # noqa: FBT001 - drawn
    """The strict JSON path gives the same guarantee as YAML."""
    error = failure_of(lambda: parse_profile(text, "fuzz.json", as_json=as_json))
    if error is not None:
        assert_located(error, "fuzz.json")


@given(s.mutated_text(EXAMPLE))
def test_mutated_example_loads_or_gives_located_problems(text: str) -> None:
    """The example profile, cut and spliced at random, never raises anything else."""
    error = failure_of(lambda: parse_profile(text, "mutated.yaml"))
    if error is not None:
        assert_located(error, "mutated.yaml")


@given(s.profile_dicts().flatmap(lambda d: s.mutated_text(s.to_yaml(d))))
def test_mutated_generated_profiles_load_or_give_located_problems(text: str) -> None:
    """Generated profiles, mutated, load or raise located problems."""
    error = failure_of(lambda: parse_profile(text, "mutated.yaml"))
    if error is not None:
        assert_located(error, "mutated.yaml")


@given(s.expression_sources, s.environments)
def test_expressions_compile_or_are_refused(source: str, env: dict[str, object]) -> None:
    """Any expression compiles or raises `ExpressionError`; compiled ones only fail as designed."""
    try:
        condition = compile_condition(source, FACT_NAMES | {"population_threshold"})
    except ExpressionError:
        return
    with contextlib.suppress(MissingFact, EvaluationError):
        assert isinstance(condition(env), bool)


@given(st.text(max_size=200))
def test_expression_text_compiles_or_is_refused(source: str) -> None:
    """Arbitrary text given as a condition compiles or raises `ExpressionError`."""
    with contextlib.suppress(ExpressionError):
        compile_condition(source, FACT_NAMES)


@TMP_FIXTURE
@given(s.ledger_bytes())
def test_any_csv_bytes_read_or_give_lined_problems(tmp_path: Path, content: bytes) -> None:
    """Arbitrary CSV bytes are lines or a `ProfileError` whose problems all carry a line."""
    path = tmp_path / "fuzz.csv"
    path.write_bytes(content)
    error = failure_of(lambda: list(read_ledger(path)))
    if error is not None:
        assert error.problems
        assert all(p.file == str(path) and p.line is not None for p in error.problems)


# --- dates ---------------------------------------------------------------------------------


@given(s.timelines(), s.days)
def test_value_in_force_matches_a_brute_force_scan(versions: list[s.DatedValue], day: date) -> None:
    """The version in force is the last one started by `day`, unless it ended before `day`."""
    started = [v for v in versions if v.effective_from <= day]
    expected = max(started, key=lambda v: v.effective_from) if started else None
    if expected is not None and expected.effective_to is not None and day > expected.effective_to:
        expected = None
    shuffled = random.Random(0).sample(versions, len(versions))  # noqa: S311 - test data order
    assert value_in_force(shuffled, day) == expected


@given(s.timelines())
def test_spans_are_half_open_and_never_overlap(versions: list[s.DatedValue]) -> None:
    """Each span holds its first day, not its end; consecutive spans never share a day."""
    spans = [
        span_of(version, versions[index + 1] if index + 1 < len(versions) else None)
        for index, version in enumerate(versions)
    ]
    for span in spans:
        assert span.contains(span.start)
        if span.end is not None:
            assert not span.contains(span.end)
            assert span.contains(span.end - timedelta(days=1))
    for first, second in itertools.pairwise(spans):
        assert first.end is not None
        assert first.end <= second.start


# --- determinism and order ------------------------------------------------------------------


@given(s.profile_dicts(), AS_OF)
def test_same_input_gives_the_same_json_byte_for_byte(data: dict[str, Any], as_of: date) -> None:
    """Two evaluations of one profile render the same JSON report."""
    profile = build(data)
    assert render_json(run(profile, as_of)) == render_json(run(build(data), as_of))


def shuffled(data: dict[str, Any], seed: int) -> dict[str, Any]:
    """The same profile with its population figures and procurement lines in another order."""
    rng = random.Random(seed)  # noqa: S311 - reorders test data, not a secret
    copy = {**data, "collectivity": {**data["collectivity"]}}
    population = list(copy["collectivity"]["population"])
    rng.shuffle(population)
    copy["collectivity"]["population"] = population
    copy["procurement"] = {
        year: rng.sample(figures, len(figures)) for year, figures in data["procurement"].items()
    }
    return copy


@given(s.profile_dicts(), AS_OF, st.integers())
def test_status_ignores_input_order(data: dict[str, Any], as_of: date, seed: int) -> None:
    """Reordering population figures and procurement lines changes no status."""
    assert statuses(run(build(data), as_of)) == statuses(run(build(shuffled(data, seed)), as_of))


@TMP_FIXTURE
@given(s.ledger_lines(), s.ledger_lines(), st.randoms(use_true_random=False))
def test_ledger_sums_are_exact_whatever_the_order(
    tmp_path: Path,
    first: list[tuple[date, Decimal, bool]],
    second: list[tuple[date, Decimal, bool]],
    rng: random.Random,
) -> None:
    """Totals equal the exact Decimal sum, whatever the order of lines and of files."""
    rule = shares_rule(RULES)
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    # The second file ends with a blank line, so the two never share a hash (a copy counts once).
    a.write_text(s.ledger_csv(first), encoding="utf-8")
    b.write_text(s.ledger_csv(rng.sample(second, len(second))) + "\n", encoding="utf-8")
    forward = figures_from_summary(summarize(rule, [a, b])).figures
    b.write_text(s.ledger_csv(second) + "\n", encoding="utf-8")
    backward = figures_from_summary(summarize(rule, [b, a])).figures
    assert forward == backward
    (figure,) = forward[2025]
    assert figure.total_eur_ht == sum(amount for _, amount, _ in first + second)
    assert figure.reuse_eur_ht == sum(amount for _, amount, reuse in first + second if reuse)


# --- the law is monotone -------------------------------------------------------------------


def population_rules() -> list[tuple[str, Decimal]]:
    """Rules whose condition reads `population`, with the lowest threshold they ever use."""
    found = []
    for compiled in RULES.rules:
        if "population" not in compiled.applies_to.names:
            continue
        values = [
            Decimal(str(version.value))
            for name, parameter in compiled.rule.parameters.items()
            if name in compiled.applies_to.names
            for version in parameter.values
            if isinstance(version.value, int | Decimal)
        ]
        found.append((compiled.rule.id, min(values)))
    return found


THRESHOLD_RULES = population_rules()
LOWEST_THRESHOLD = int(min(threshold for _, threshold in THRESHOLD_RULES))


def test_some_rules_read_population() -> None:
    """The threshold property below has rules to check."""
    assert THRESHOLD_RULES


@given(s.profile_dicts(population=st.integers(0, LOWEST_THRESHOLD)), AS_OF)
def test_body_below_every_threshold_is_not_bound(data: dict[str, Any], as_of: date) -> None:
    """A commune at or below every population and staff threshold is bound by no threshold rule.

    Communes are the kind every threshold rule reaches through its thresholds only: départements
    or régions are bound by some of these rules (BEGES) whatever their size.
    """
    known = {"applies_from": date(2019, 1, 1), "total": LOWEST_THRESHOLD, "source": "INSEE"}
    collectivity = data["collectivity"]
    data = {
        **data,
        # Below every threshold includes the staff one (BEGES: more than 250 people).
        "collectivity": {
            **{key: value for key, value in collectivity.items() if key != "epci_category"},
            "kind": "commune",
            "population": [known, *collectivity["population"]],
            "staff": 0,
        },
    }
    report = run(build(data), as_of)
    for finding in report.findings:
        if finding.rule_id in dict(THRESHOLD_RULES):
            assert finding.status == Status.NOT_APPLICABLE, finding


@given(
    s.profile_dicts(),
    AS_OF,
    st.sampled_from(["nr_work_programme", "nr_strategy", "spaser"]),
)
def test_adding_a_compliant_document_never_makes_non_compliant(
    data: dict[str, Any], as_of: date, name: str
) -> None:
    """A document adopted early and complete never turns a finding `non_compliant`."""
    before = statuses(run(build(data), as_of))
    improved = {**data, "documents": {**data["documents"], name: s.compliant_document(name)}}
    after = statuses(run(build(improved), as_of))
    for key, status in after.items():
        if status == Status.NON_COMPLIANT:
            assert before.get(key) == Status.NON_COMPLIANT, key


def gaps(report: Report, rule_id: str) -> dict[str | None, Decimal]:
    """The missing amount of each period's finding for one rule."""
    return {
        finding.period: finding.gap.missing
        for finding in report.findings
        if finding.rule_id == rule_id and finding.gap is not None
    }


def raise_reuse(data: dict[str, Any], bump: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """A deep-enough copy of `data` with one reuse figure raised by `bump`."""
    copy = {
        **data,
        "equipment_disposal": {y: {**d} for y, d in data["equipment_disposal"].items()},
        "procurement": {y: [{**f} for f in fs] for y, fs in data["procurement"].items()},
    }
    bump(copy)
    return copy


@given(s.profile_dicts(), AS_OF, st.integers(0, 5000), st.data())
def test_more_reused_items_never_widen_the_gap(
    data: dict[str, Any], as_of: date, extra: int, draw: st.DataObject
) -> None:
    """Raising `sent_to_reuse` never increases the REEN art. 16 gap of any year."""
    assume(data["equipment_disposal"])
    year = draw.draw(st.sampled_from(sorted(data["equipment_disposal"])))

    def bump(copy: dict[str, Any]) -> None:
        copy["equipment_disposal"][year]["sent_to_reuse"] += extra

    before = gaps(run(build(data), as_of), "reen-art16-it-equipment-reuse")
    after = gaps(run(build(raise_reuse(data, bump)), as_of), "reen-art16-it-equipment-reuse")
    for period, missing in after.items():
        assert missing <= before.get(period, missing)


@given(s.profile_dicts(), AS_OF, st.data())
def test_more_reuse_spending_never_widens_the_gap(
    data: dict[str, Any], as_of: date, draw: st.DataObject
) -> None:
    """Raising a category's `reuse_eur_ht` (within its total) never increases the AGEC gap."""
    lines = [(y, i) for y, figures in data["procurement"].items() for i in range(len(figures))]
    assume(lines)
    year, index = draw.draw(st.sampled_from(lines))
    figure = data["procurement"][year][index]
    room = Decimal(figure["total_eur_ht"]) - Decimal(figure["reuse_eur_ht"])
    room -= Decimal(figure["recycled_eur_ht"])
    extra = draw.draw(s.money().map(lambda m: m.min(room)))

    def bump(copy: dict[str, Any]) -> None:
        line = copy["procurement"][year][index]
        line["reuse_eur_ht"] = str(Decimal(line["reuse_eur_ht"]) + extra)

    rule_id = shares_rule(RULES).rule.id
    before = run(build(data), as_of)
    after = run(build(raise_reuse(data, bump)), as_of)
    for period, missing in gaps(after, rule_id).items():
        assert missing <= gaps(before, rule_id).get(period, missing)
    measures_before = {
        (f.period, m.category, m.share): m.missing_eur_ht
        for f in before.findings
        for m in f.measures
    }
    for finding in after.findings:
        for m in finding.measures:
            old = measures_before.get((finding.period, m.category, m.share))
            if old is not None and m.missing_eur_ht is not None:
                assert m.missing_eur_ht <= old


@pytest.mark.parametrize("seed", range(3))
def test_findings_order_is_stable(seed: int) -> None:
    """The example's findings come out in the same order on every run."""
    profile = parse_profile(EXAMPLE, "example.yaml")
    reports = [run(profile, date(2025, 6, 1)) for _ in range(seed + 2)]
    orders = {tuple((f.rule_id, f.period) for f in report.findings) for report in reports}
    assert len(orders) == 1
