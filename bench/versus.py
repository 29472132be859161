"""`evaluate` of this tree against another tree (a baseline), interleaved in chunks (issue #18).

Run: `python bench/versus.py --baseline /path/to/old/src [--rounds 30] [--chunk 2] [--profiles
example|starters|mix] [--current evaluate|decide]`. Two worker processes, one per tree, each
load the full bundled rule pack and the same profiles (the bundled example, and starter profiles
as `init` writes them for every 400th commune and 40th EPCI of the reference data); the parent
asks them in turn to run a chunk of evaluations, so both share the machine's load of the moment.
Each worker times its chunk in CPU time (`time.process_time`), which another process's load on a
shared machine disturbs far less than wall time. Prints the time per evaluation of each tree and
the ratio of every round, with its median and spread. With `--current decide`, this tree runs
the decisions-only path (`decide`: decisions as data, no words) while the baseline still runs
`evaluate`: the ratio of issue #18's second goal. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

AS_OF = date(2026, 11, 24)
ROOT = Path(__file__).resolve().parent.parent


def _profiles(which: str) -> list[object]:
    """The bundled example (`example`), starter profiles (`starters`) or both (`mix`)."""
    # the public API holds in both trees; the reference modules moved between them
    from reen_compliance import load_profile, parse_profile  # noqa: PLC0415

    try:
        from reen_compliance.reference.bodies import ReferenceData  # noqa: PLC0415
        from reen_compliance.reference.starter import starter_profile_yaml  # noqa: PLC0415
    except ImportError:  # a tree from before the subpackages
        from reen_compliance.reference import ReferenceData  # type: ignore[no-redef]  # noqa: PLC0415
        from reen_compliance.starter import starter_profile_yaml  # type: ignore[no-redef]  # noqa: PLC0415

    profiles: list[object] = []
    if which in {"example", "mix"}:
        profiles.append(load_profile(ROOT / "examples" / "ville-exemple.yaml"))
    if which in {"starters", "mix"}:
        reference = ReferenceData.bundled()
        bodies = [*list(reference.communes())[::400], *list(reference.epcis())[::40]]
        profiles += [parse_profile(starter_profile_yaml(b, reference.vintage)) for b in bodies]
    return profiles


def worker(which: str, call: str = "evaluate") -> None:
    """Answer `run N` on stdin with the seconds taken by N passes over the profiles."""
    from reen_compliance import evaluate, load_rules  # noqa: PLC0415

    if call == "decide":  # the baseline tree has no `decide`: only this tree is asked for it
        from reen_compliance import decide as evaluate  # type: ignore[assignment]  # noqa: PLC0415

    rules = load_rules()
    profiles = _profiles(which)
    print(len(profiles), flush=True)
    for line in sys.stdin:
        passes = int(line.split()[1])
        start = time.process_time()
        for _ in range(passes):
            for profile in profiles:
                evaluate(profile, as_of=AS_OF, rules=rules)  # type: ignore[arg-type]
        print(time.process_time() - start, flush=True)


class _Worker:
    def __init__(self, source: str | None, which: str, call: str = "evaluate") -> None:
        env = dict(os.environ)
        if source is not None:
            env["PYTHONPATH"] = source
        self.process = subprocess.Popen(  # noqa: S603
            [sys.executable, __file__, "--worker", "--profiles", which, "--current", call],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None  # noqa: S101 - piped above
        self.count = int(self.process.stdout.readline())

    def run(self, passes: int) -> float:
        assert self.process.stdin is not None  # noqa: S101 - piped above
        assert self.process.stdout is not None  # noqa: S101 - piped above
        self.process.stdin.write(f"run {passes}\n")
        self.process.stdin.flush()
        return float(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None  # noqa: S101 - piped above
        self.process.stdin.close()
        self.process.wait()


def compare(  # noqa: PLR0913, PLR0917 - every argument is a knob of the command line
    baseline: str,
    rounds: int,
    chunk: int,
    which: str = "mix",
    call: str = "evaluate",
    baseline_call: str = "evaluate",
) -> dict[str, float]:
    """Interleave the two trees; per-evaluation µs and the ratio's median, min and max.

    The baseline runs `baseline_call` (`evaluate`, or `decide` for a tree that has it, to
    measure one change to the decisions); this tree runs `call` (`evaluate` or `decide`).
    """
    old = _Worker(baseline, which, baseline_call)
    new = _Worker(str(ROOT / "src"), which, call)
    try:
        old.run(1), new.run(1)  # warm-up: imports done, first evaluations untimed
        ratios, old_times, new_times = [], [], []
        for index in range(rounds):
            pair = (old, new) if index % 2 == 0 else (new, old)  # alternate who goes first
            seconds = {id(w): w.run(chunk) for w in pair}
            old_times.append(seconds[id(old)])
            new_times.append(seconds[id(new)])
            ratios.append(seconds[id(old)] / seconds[id(new)])
    finally:
        old.close()
        new.close()
    evaluations = chunk * old.count
    quartiles = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
    return {
        "profiles": float(old.count),
        "baseline_us": statistics.median(old_times) / evaluations * 1e6,
        "current_us": statistics.median(new_times) / evaluations * 1e6,
        "ratio_median": statistics.median(ratios),
        "ratio_q1": quartiles[0],
        "ratio_q3": quartiles[-1],
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print the comparison as a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="the other tree's `src` folder")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--chunk", type=int, default=2, help="passes over the profiles per turn")
    parser.add_argument(
        "--profiles",
        choices=("example", "starters", "mix"),
        default="mix",
        help="the bundled example, 120 starter profiles, or both (default)",
    )
    parser.add_argument(
        "--current",
        choices=("evaluate", "decide"),
        default="evaluate",
        help="what this tree runs against the baseline's evaluate (default: evaluate)",
    )
    parser.add_argument(
        "--baseline-call",
        choices=("evaluate", "decide"),
        default="evaluate",
        help="what the baseline runs (decide: a tree that has it, to time a change to decisions)",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.profiles, args.current)
        return 0
    if not args.baseline:
        parser.error("--baseline is required")
    found = compare(
        args.baseline, args.rounds, args.chunk, args.profiles, args.current, args.baseline_call
    )
    print(
        f"baseline {args.baseline_call} against this tree's {args.current}, {args.profiles}:"
        f" {found['profiles']:.0f} profiles, as of {AS_OF}, {args.rounds} rounds of"
        f" {args.chunk} passes\n"
    )
    print("| tree | CPU µs/profile |\n| --- | --- |")
    print(f"| baseline ({args.baseline_call}) | {found['baseline_us']:,.1f} |")
    print(f"| this tree ({args.current}) | {found['current_us']:,.1f} |")
    print(
        f"\nspeed-up (baseline time / this tree's, per round): median {found['ratio_median']:.2f}x,"
        f" quartiles {found['ratio_q1']:.2f}-{found['ratio_q3']:.2f}x,"
        f" range {found['ratio_min']:.2f}-{found['ratio_max']:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
