"""The law computed once: memos on the rule and the law view give the same answers, bounded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reen_compliance import evaluate, load_profile, load_rules
from reen_compliance.law.applicability import LawView, parameters_on
from reen_compliance.law.expressions import compile_condition
from reen_compliance.law.memo import MAX_ENTRIES, remember, remember_for
from reen_compliance.law.timeline import Timeline
from reen_compliance.law.values import DatedValue

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"


def _version(start: date, end: date | None, value: int) -> DatedValue:
    return DatedValue(effective_from=start, effective_to=end, value=value, source="s")  # type: ignore[arg-type]


def test_overlapping_versions_keep_the_first_in_start_order() -> None:
    """Where versions overlap, the bisect gives way to the scan: the earlier version wins."""
    long = _version(date(2024, 1, 1), date(2026, 12, 31), 1)
    short = _version(date(2025, 1, 1), date(2025, 6, 30), 2)
    timeline = Timeline.of((short, long))
    assert not timeline.clean
    assert timeline.on(date(2025, 3, 1)) is long
    assert timeline.on(date(2023, 12, 31)) is None


def test_a_clean_timeline_bisects_to_the_version_in_force() -> None:
    """Consecutive versions: each day finds its own, a gap finds none."""
    first = _version(date(2024, 1, 1), date(2024, 12, 31), 1)
    second = _version(date(2025, 2, 1), None, 2)
    timeline = Timeline.of((second, first))
    assert timeline.clean
    assert timeline.on(date(2024, 12, 31)) is first
    assert timeline.on(date(2025, 1, 15)) is None
    assert timeline.on(date(2030, 1, 1)) is second


def test_literal_collections_are_folded_and_still_right() -> None:
    """A literal tuple in a condition is built once; membership still works."""
    condition = compile_condition("kind in ('commune', 'epci')", {"kind"})
    assert condition({"kind": "epci"}) is True
    assert condition({"kind": "region"}) is False


def test_a_memo_starts_afresh_when_full() -> None:
    """A memo never holds more than its bound."""
    memo: dict[object, object] = {}
    for index in range(MAX_ENTRIES + 10):
        remember(memo, index, lambda index=index: index)
    assert len(memo) <= MAX_ENTRIES


def test_an_identity_memo_does_not_take_an_equal_object_for_the_owner() -> None:
    """An entry about one object is not served for another, even an equal one."""
    memo: dict[object, object] = {}
    first, second = [1], [1]
    assert remember_for(memo, "k", first, lambda: "first") == "first"
    assert remember_for(memo, "k", second, lambda: "second") == "second"
    assert remember_for(memo, "k", first, lambda: "again") == "first"


def test_parameters_are_kept_per_rule_and_law_date() -> None:
    """The same rule, day and law date give the very same mapping; another law date its own."""
    rules = load_rules()
    rule = next(rule for rule in rules.rules if rule.rule.parameters)
    day = date(2026, 11, 24)
    once = parameters_on(rule, day, LawView(day))
    assert parameters_on(rule, day, LawView(day)) is once
    assert parameters_on(rule, day, LawView(date(2022, 1, 1))) is not once


def test_two_rule_packs_do_not_share_memos() -> None:
    """A pack loaded from files has memos of its own, apart from the bundled pack's."""
    bundled = load_rules()
    loaded = load_rules([ROOT / "rules"])
    assert bundled.rules[0].memo is not loaded.rules[0].memo


def test_repeated_evaluations_give_identical_reports() -> None:
    """Evaluating twice with warm memos, and with a fresh pack, gives the same JSON report."""
    profile = load_profile(EXAMPLE)
    day = date(2026, 11, 24)
    warm = load_rules()
    first = evaluate(profile, as_of=day, rules=warm).model_dump_json()
    assert evaluate(profile, as_of=day, rules=warm).model_dump_json() == first
    fresh = load_rules([ROOT / "rules"])
    report = evaluate(profile, as_of=day, rules=fresh, law_as_of=date(2023, 1, 1))
    again = evaluate(profile, as_of=day, rules=fresh, law_as_of=date(2023, 1, 1))
    assert report.model_dump_json() == again.model_dump_json()


def test_an_evaluation_leaves_no_reference_cycle() -> None:
    """Reference counts free a whole evaluation: the garbage collector finds nothing after it."""
    import gc  # noqa: PLC0415 - this test only

    rules, profile = load_rules(), load_profile(EXAMPLE)
    evaluate(profile, as_of=date(2026, 11, 24), rules=rules)  # catalogues and memos loaded
    gc.collect()
    gc.disable()
    try:
        evaluate(profile, as_of=date(2026, 11, 24), rules=rules, lang="en")
        evaluate(profile, as_of=date(2026, 11, 24), rules=rules, law_as_of=date(2023, 6, 1))
        found = gc.collect()
    finally:
        gc.enable()
    assert found == 0
