"""The whole country on one machine: `check DIR --summary --format csv` over every body (#18).

Run: `python bench/country.py [--limit N] [--jobs 1,2] [--baseline OLD/src]`. Writes one starter
profile per commune and EPCI of the bundled reference data, as `init` writes them, into a
temporary folder, then runs the batch as a whole process for each `--jobs` value and reports its
wall time, CPU time (the process and every worker, and the main process's own share, last seen
in /proc) and peak memory: the largest sum of the
resident sets of the whole process tree, sampled every 100 ms from /proc (Linux), and the largest
single process (`ru_maxrss`), with the machine's 1-minute load average (the larger of before and
after), and before and after the runs the effective cores two busy processes get (a virtual
machine's host may give less than its vCPUs with no sign inside): on a shared machine, wall
times and the speed-up of `--jobs 2` are bounded by those, while CPU time and memory stay
readable. `--baseline` runs another
tree's CLI on the same folder, for a ratio in the same run. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

AS_OF = "2026-11-24"
ROOT = Path(__file__).resolve().parent.parent
Row = tuple[str, ...]


def write_profiles(folder: Path, limit: int | None = None) -> int:
    """One starter profile per body (communes, then EPCI); every k-th body when `limit` is set."""
    from reen_compliance.reference.bodies import ReferenceData  # noqa: PLC0415
    from reen_compliance.reference.starter import starter_profile_yaml  # noqa: PLC0415

    reference = ReferenceData.bundled()
    bodies = [*reference.communes(), *reference.epcis()]
    if limit is not None and limit < len(bodies):
        step = len(bodies) / limit
        bodies = [bodies[int(index * step)] for index in range(limit)]
    for body in bodies:
        name = body.insee_code if body.kind == "commune" else body.siren
        text = starter_profile_yaml(body, reference.vintage)
        (folder / f"{body.kind}-{name}.yaml").write_text(text, encoding="utf-8")
    return len(bodies)


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of one live process so far, from /proc/PID/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree_rss_kib(root: int) -> int:
    """The summed VmRSS of `root` and its descendants, from /proc (0 where unreadable).

    Walks the tree by each process's `children` file, so a sample reads a handful of files,
    not every process of the machine: the sampler must not slow what it measures.
    """
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        stack.extend(_children(pid))
    return total


_PROBE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code)\n"
)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="utf-8")
    except OSError:
        return []
    return [int(part) for part in text.split()]


def run_measured(command: Sequence[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall and CPU seconds, peak tree and single-process RSS (MiB), and the exit code.

    A dedicated parent runs the command, so its `RUSAGE_CHILDREN` counts this command alone
    (every worker included: the batch waits for them).
    """
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", _PROBE, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    peak, parent = 0, 0.0
    while process.poll() is None:
        peak = max(peak, _tree_rss_kib(process.pid))
        for child in _children(process.pid):  # the command itself, below the probe
            parent = max(parent, _cpu_seconds(child))
        time.sleep(0.1)
    wall = time.perf_counter() - start
    assert process.stdout is not None  # noqa: S101 - piped above
    cpu, single, code = process.stdout.read().split()
    return {
        "wall": wall,
        "cpu": float(cpu),
        "tree_mib": peak / 1024,
        "single_mib": int(single) / 1024,
        "code": float(code),
        "parent_cpu": parent,
        "load": max(load_before, os.getloadavg()[0]),
    }


def _burn(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def effective_cores(count: int = 10_000_000) -> float:
    """How many cores two busy processes get right now: 2.0 on an idle 2-core machine.

    A virtual machine can be given less than its vCPUs by its host without any sign inside
    (no load, no steal time); this says what the two-worker speed-up could be at best.
    """
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [1000, 1000]))  # workers started before timing
        start = time.perf_counter()
        _burn(count)
        one = time.perf_counter() - start
        start = time.perf_counter()
        list(pool.map(_burn, [count, count]))
        two = time.perf_counter() - start
    return 2 * one / two


def batch_command(folder: Path, jobs: int, output: Path) -> list[str]:
    """The measured command: the CLI module of whichever tree is first on the path."""
    return [
        sys.executable,
        "-m",
        "reen_compliance.cli",
        "check",
        str(folder),
        "--summary",
        "--format",
        "csv",
        "--as-of",
        AS_OF,
        "--jobs",
        str(jobs),
        "--output",
        str(output),
    ]


def country_rows(
    limit: int | None, jobs: Sequence[int], baseline: str | None = None, repeat: int = 1
) -> tuple[int, list[Row]]:
    """Write the profiles, run the batch for each worker count (and the baseline), tabulate.

    With `repeat`, the runs of every tree and worker count take turns, round after round, and
    each speed-up is against the same round's first run of that tree.
    """
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory) / "profiles"
        folder.mkdir()
        count = write_profiles(folder, limit)
        trees = [("this tree", None)] + ([("baseline", baseline)] if baseline else [])
        for turn in range(repeat):
            for name, source in trees:
                env = dict(os.environ)
                if source is not None:
                    env["PYTHONPATH"] = source
                first = 0.0
                for workers in jobs:
                    output = Path(directory) / f"summary-{name}-{workers}.csv"
                    found = run_measured(batch_command(folder, workers, output), env)
                    first = first or found["wall"]
                    label = name if repeat == 1 else f"{name}, round {turn + 1}"
                    rows.append(_row(label, workers, found, first))
    return count, rows


def _row(label: str, workers: int, found: dict[str, float], first: float) -> Row:
    return (
        label,
        f"--jobs {workers}",
        f"{found['wall']:.1f}",
        f"{found['cpu']:.1f}",
        f"{found['parent_cpu']:.1f}",
        f"{found['tree_mib']:.0f}",
        f"{found['single_mib']:.0f}",
        f"{first / found['wall']:.2f}x",
        f"{int(found['code'])}",
        f"{found['load']:.1f}",
    )


HEADER: Row = (
    "tree",
    "workers",
    "wall s",
    "CPU s",
    "of which main process",
    "peak MiB (tree)",
    "peak MiB (one process)",
    "vs --jobs 1",
    "exit",
    "load avg",
)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="a spread of N bodies instead of all")
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--baseline", help="another tree's `src` folder, run on the same folder")
    parser.add_argument("--repeat", type=int, default=1, help="rounds, the runs taking turns")
    args = parser.parse_args(argv)
    jobs = [int(part) for part in args.jobs.split(",")]
    before = effective_cores()
    count, rows = country_rows(args.limit, jobs, args.baseline, args.repeat)
    after = effective_cores()
    print(f"check DIR --summary --format csv, {count:,} starter profiles, as of {AS_OF}")
    print(
        f"(nproc = {os.cpu_count()}; effective cores for two busy processes: {before:.2f}"
        f" before, {after:.2f} after)\n"
    )
    widths = [max(len(row[i]) for row in (HEADER, *rows)) for i in range(len(HEADER))]
    for row in (HEADER, tuple("-" * w for w in widths), *rows):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
