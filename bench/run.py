"""Benchmark reen-compliance against baselines measured in the same run (issue #7).

Run: `python bench/run.py [--profiles N] [--repeat R] [--quick] [--full]`. Prints ratios, never
asserts them; exits 1 only when the four engines disagree on a status.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from adapter import profile_facts
from handwritten import statuses_by_hand
from law import AS_OF, RULE_IDS
from ledgers import bare_csv_total, write_ledger
from measure import interleaved, median_seconds, peak_rss_mib, spread
from startup import CHECK_EXAMPLE, CHECK_SMALL, cold_start
from startup import HEADER as COLD_HEADER
from synth import make_profiles

from reen_compliance import evaluate, load_rules
from reen_compliance.decisions.engine import decide
from reen_compliance.decisions.procurement import shares_rule, summarize
from reen_compliance.formats.profile import Profile

ROOT = Path(__file__).resolve().parent.parent
StatusKey = tuple[str, str | None, str]
Row = tuple[str, ...]
OFFENDERS_HEADER: Row = ("module", "cumulative ms", "self ms")


def _cli() -> str:
    return str(Path(sys.executable).parent / "reen-compliance")


def optional_engines() -> dict[str, str]:
    """Which optional engines are missing, with the reason (they come with the `bench` extra)."""
    missing = {}
    for name, module in (("zen-engine", "zen"), ("rule-engine", "rule_engine")):
        try:
            __import__(module)
        except ImportError:
            missing[name] = f"{name} not installed (pip install -e '.[bench]')"
    return missing


def engines(as_of: date) -> dict[str, Callable[[Profile], list[StatusKey]]]:
    """Each engine as `profile -> [(rule id, period, status)]`, built and compiled once."""
    rules = load_rules(only=RULE_IDS)

    def ours(profile: Profile) -> list[StatusKey]:
        report = evaluate(profile, as_of=as_of, rules=rules)
        return [(f.rule_id, f.period, f.status.value) for f in report.findings]

    def decisions_only(profile: Profile) -> list[StatusKey]:
        evaluation = decide(profile, as_of=as_of, rules=rules)
        return [
            (outcome.rule.rule.id, d.period.key if d.period else None, d.status.value)
            for outcome in evaluation.outcomes
            for d in outcome.decisions
        ]

    found: dict[str, Callable[[Profile], list[StatusKey]]] = {
        "hand-written": lambda profile: statuses_by_hand(profile, as_of),
        "reen-compliance": ours,
        "reen-compliance, decisions only": decisions_only,
    }
    missing = optional_engines()
    if "zen-engine" not in missing:
        from zen_model import build_zen_decision, zen_statuses  # noqa: PLC0415

        decision = build_zen_decision()
        found["zen-engine"] = lambda p: zen_statuses(
            decision.evaluate(profile_facts(p, as_of))["result"]  # type: ignore[attr-defined]
        )
    if "rule-engine" not in missing:
        from re_model import build_re_rules, re_statuses  # noqa: PLC0415

        compiled = build_re_rules()
        found["rule-engine"] = lambda p: re_statuses(compiled, profile_facts(p, as_of))
    return found


def check_agreement(
    profiles: Sequence[Profile], found: dict[str, Callable[[Profile], list[StatusKey]]]
) -> int:
    """Compare every engine's statuses with ours on every profile; print and count mismatches."""
    reference = [sorted(found["reen-compliance"](p)) for p in profiles]
    mismatches = 0
    for name, run in found.items():
        if name == "reen-compliance":
            continue
        for index, (profile, expected) in enumerate(zip(profiles, reference, strict=True)):
            got = sorted(run(profile))
            if got != expected:
                mismatches += 1
                if mismatches <= 10:  # noqa: PLR2004 - enough to debug
                    print(f"MISMATCH {name} profile #{index}:")
                    print(f"  reen-compliance only: {sorted(set(expected) - set(got))}")
                    print(f"  {name} only: {sorted(set(got) - set(expected))}")
    return mismatches


def each(run: Callable[[Profile], object], profiles: Sequence[Profile]) -> None:
    """Run on every profile, dropping each result at once.

    Keeping 100,000 reports alive costs gigabytes, and the garbage collector's passes over them
    would be timed as the engine's work.
    """
    for profile in profiles:
        run(profile)


CHUNK = 50


def throughput(
    profiles: Sequence[Profile], found: dict[str, Callable[[Profile], list[StatusKey]]], repeat: int
) -> list[Row]:
    """Engines in turn on chunks of 50 profiles, `repeat` passes; ratios with their spread.

    Each pass over the batch is one sample per engine; the ratio columns give the median ratio
    of the samples and, in brackets, the smallest and largest.
    """
    chunks = [profiles[start : start + CHUNK] for start in range(0, len(profiles), CHUNK)]
    totals: dict[str, list[float]] = {name: [] for name in found}
    for _ in range(repeat):
        passed = dict.fromkeys(found, 0.0)
        for chunk in chunks:
            runs = {name: lambda run=run, c=chunk: each(run, c) for name, run in found.items()}
            for name, seconds in interleaved(runs, 1).items():
                passed[name] += seconds[0]
        for name, seconds in passed.items():
            totals[name].append(seconds)
    hand, ours = totals["hand-written"], totals["reen-compliance"]
    rows = []
    for name, samples in totals.items():
        median = statistics.median(samples)
        rows.append(
            (
                name,
                f"{median / len(profiles) * 1e6:,.1f}",
                f"{len(profiles) / median:,.0f}",
                spread([s / h for s, h in zip(samples, hand, strict=True)]),
                spread([s / o for s, o in zip(samples, ours, strict=True)]),
            )
        )
    return rows


def ledger_rows(directory: Path, lines: int, big_lines: int, repeat: int) -> list[Row]:
    """Classification against a bare csv.reader + Decimal loop, and the big ledger's peak RSS."""
    path = write_ledger(directory / "ledger.csv", lines)
    rule = shares_rule(load_rules())
    bare, ours, ratios = interleaved_cpu(
        lambda: bare_csv_total(path), lambda: summarize(rule, [path]), max(repeat, 3)
    )
    big = write_ledger(directory / "big.csv", big_lines, seed=1)
    start = time.perf_counter()
    rss, code = peak_rss_mib([_cli(), "ledger", str(big), "-f", "json"])
    wall = time.perf_counter() - start
    return [
        ("bare csv.reader + Decimal", f"{lines}", f"{lines / bare:,.0f}", "100 %"),
        (
            "procurement.summarize",
            f"{lines}",
            f"{lines / ours:,.0f}",
            f"{statistics.median(ratios):.1%} ({min(ratios):.1%}-{max(ratios):.1%})",
        ),
        (
            f"`ledger big.csv -f json` (exit {code}, {wall:.1f} s)",
            f"{big_lines}",
            f"peak RSS {rss:.0f} MiB",
            "",
        ),
    ]


def interleaved_cpu(
    baseline: Callable[[], object], ours: Callable[[], object], repeat: int
) -> tuple[float, float, list[float]]:
    """Median CPU seconds of each, run alternately after a warm-up, and each round's ratio.

    CPU time of this process (`time.process_time`) rather than wall time: on a shared machine
    other processes stretch wall times unevenly, and alternating keeps both under the same load.
    """
    baseline()
    ours()
    base_times: list[float] = []
    our_times: list[float] = []
    for _ in range(repeat):
        start = time.process_time()
        baseline()
        base_times.append(time.process_time() - start)
        start = time.process_time()
        ours()
        our_times.append(time.process_time() - start)
    ratios = [b / o for b, o in zip(base_times, our_times, strict=True)]
    return statistics.median(base_times), statistics.median(our_times), ratios


_WORKER: dict[str, object] = {}


def _init_worker(count: int) -> None:
    _WORKER["profiles"] = make_profiles(count)
    _WORKER["rules"] = load_rules(only=RULE_IDS)


def _evaluate_slice(bounds: tuple[int, int]) -> int:
    profiles = _WORKER["profiles"]
    assert isinstance(profiles, list)  # noqa: S101 - set by _init_worker
    return sum(
        len(evaluate(p, as_of=AS_OF, rules=_WORKER["rules"]).findings)  # type: ignore[arg-type]
        for p in profiles[bounds[0] : bounds[1]]
    )


def parallel_rows(count: int) -> list[Row]:
    """`evaluate` over a process pool, 1 vs 2 workers (the batch command has no --jobs yet)."""
    chunks = [(start, min(start + 100, count)) for start in range(0, count, 100)]
    rows: list[Row] = []
    one = 0.0
    for workers in (1, 2):
        with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(count,)) as pool:
            list(pool.map(_evaluate_slice, chunks[: workers * 2]))  # start and warm every worker
            start = time.perf_counter()
            list(pool.map(_evaluate_slice, chunks))
            seconds = time.perf_counter() - start
        one = one or seconds
        rows.append(
            (f"{workers} worker(s)", f"{count}", f"{count / seconds:,.0f}", f"{one / seconds:.2f}x")
        )
    return rows


def scaling_rows(sizes: Sequence[int], repeat: int) -> list[Row]:
    """Our engine and the hand-written function on growing batches: time per profile."""
    rules = load_rules(only=RULE_IDS)
    rows: list[Row] = []
    for size in sizes:
        profiles = make_profiles(size, seed=11)
        small = size < 10_000  # noqa: PLR2004 - from 10,000 on: one timed pass, already warm
        times = repeat if small else 1
        ours = median_seconds(
            lambda ps=profiles: each(lambda p: evaluate(p, as_of=AS_OF, rules=rules), ps),
            times,
            warmup=small,
        )
        hand = median_seconds(
            lambda ps=profiles: each(lambda p: statuses_by_hand(p, AS_OF), ps), times, warmup=small
        )
        rows.append(
            (f"{size:,}", f"{ours:.2f}", f"{ours / size * 1e6:,.1f}", f"{hand / size * 1e6:,.1f}")
        )
        del profiles
    return rows


def table(title: str, header: Row, rows: Sequence[Row]) -> str:
    """A Markdown table."""
    widths = [max(len(str(row[i])) for row in (header, *rows)) for i in range(len(header))]
    lines = [f"\n### {title}\n"]
    lines.extend(
        "| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in (header, tuple("-" * w for w in widths), *rows)
    )
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=2_000, help="batch size (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed repeats, median kept")
    parser.add_argument("--quick", action="store_true", help="small ledgers and scaling, few runs")
    parser.add_argument("--full", action="store_true", help="scaling up to 1,000,000 profiles")
    parser.add_argument(
        "--sections",
        default="throughput,coldstart,ledger,scaling",
        help="comma-separated subset of: throughput, coldstart, ledger, scaling",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run every section, print the tables; 1 when the engines disagree."""
    args = parse_args(argv)
    print(f"# reen-compliance benchmark, as of {AS_OF}")
    for name, reason in optional_engines().items():
        print(f"SKIPPED {name}: {reason}")
    profiles = make_profiles(args.profiles)
    found = engines(AS_OF)
    mismatches = check_agreement(profiles, found)
    print(f"\nAgreement: {len(found)} engines, {len(profiles)} profiles, {mismatches} mismatches")
    if mismatches:
        return 1
    sections = set(args.sections.split(","))
    header = ("engine", "µs/profile", "profiles/s", "vs hand-written", "vs ours")
    if "throughput" in sections:
        print(
            table(
                f"1. Evaluation throughput ({len(profiles)} profiles)",
                header,
                throughput(profiles, found, args.repeat),
            )
        )
    if "coldstart" in sections:
        rows, above, offenders = cold_start(3 if args.quick else 10)
        print(table("2. Cold start, installed wheel (median ms)", COLD_HEADER, rows))
        for name in (CHECK_EXAMPLE, CHECK_SMALL):
            print(f"\n{name}: {above[name] * 1e3:.0f} ms above the interpreter (target < 300 ms)")
        print(table("What `check` imports (-X importtime)", OFFENDERS_HEADER, offenders))
    if "ledger" in sections:
        with tempfile.TemporaryDirectory() as directory:
            lines, big = (20_000, 50_000) if args.quick else (200_000, 1_000_000)
            print(
                table(
                    "3. Ledger throughput",
                    ("reader", "lines", "lines/s", "vs bare"),
                    ledger_rows(Path(directory), lines, big, args.repeat),
                )
            )
    if "scaling" not in sections:
        return 0
    sizes = [1_000] if args.quick else [1_000, 10_000]
    if args.full:
        sizes += [100_000, 1_000_000]
    print(
        table(
            "4. Scaling",
            ("profiles", "ours s", "ours µs/profile", "hand-written µs/profile"),
            scaling_rows(sizes, args.repeat),
        )
    )
    parallel = min(args.profiles, 400) if args.quick else 4_000
    print(
        table(
            "4b. Parallel evaluate (ProcessPoolExecutor)",
            ("workers", "profiles", "profiles/s", "speed-up"),
            parallel_rows(parallel),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
