"""The benchmark of bench/run.py keeps running: engines agree and tables print (numbers unchecked)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def run_module() -> object:
    """Import bench/run.py with its sibling modules importable."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(BENCH))


def test_engines_agree_and_throughput_table_prints(
    run_module: object, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tiny batch: every installed engine gives our statuses, and the table prints."""
    missing = run_module.optional_engines()  # type: ignore[attr-defined]
    code = run_module.main(  # type: ignore[attr-defined]
        ["--profiles", "60", "--repeat", "1", "--quick", "--sections", "throughput"]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 mismatches" in out
    assert "| hand-written" in out
    assert "| reen-compliance" in out
    for engine in ("zen-engine", "rule-engine"):
        assert (f"SKIPPED {engine}" in out) == (engine in missing)
        assert (f"| {engine}" in out) == (engine not in missing)


def test_ledger_section_runs(run_module: object, tmp_path: Path) -> None:
    """The ledger rows come out for a small generated ledger and a small big one."""
    rows = run_module.ledger_rows(tmp_path, 300, 1_000, 1)  # type: ignore[attr-defined]
    assert [row[0] for row in rows[:2]] == ["bare csv.reader + Decimal", "procurement.summarize"]
    assert "peak RSS" in rows[2][2]


@pytest.mark.usefixtures("run_module")
def test_synthetic_profiles_are_reproducible() -> None:
    """The same seed draws the same profiles."""
    from synth import make_profiles  # noqa: PLC0415 - importable once bench/ is on the path

    assert make_profiles(20, seed=3) == make_profiles(20, seed=3)


@pytest.mark.usefixtures("run_module")
def test_country_pass_runs_on_a_few_bodies() -> None:
    """The country pass writes starter profiles, runs the batch and reports its figures."""
    from country import country_rows  # noqa: PLC0415 - importable once bench/ is on the path

    count, rows = country_rows(4, [1])
    assert count == 4
    ((tree, workers, wall, cpu, main_cpu, tree_mib, single_mib, ratio, code, load),) = rows
    assert (tree, workers, ratio, code) == ("this tree", "--jobs 1", "1.00x", "0")
    assert float(wall) > 0
    assert float(cpu) >= float(main_cpu) >= 0
    assert float(single_mib) > 0
    assert float(load) >= 0
    assert tree_mib.isdigit()
