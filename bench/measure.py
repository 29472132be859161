"""Timing helpers: warm up, repeat, keep the median; and run a command as a whole process."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence


def median_seconds(run: Callable[[], object], repeat: int, *, warmup: bool = True) -> float:
    """Median wall time of `run` over `repeat` calls, after one untimed call."""
    if warmup:
        run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def process_seconds(
    command: Sequence[str], runs: int, env: Mapping[str, str] | None = None
) -> float:
    """Median wall time of `command` as a whole process, output discarded, after one warm-up."""
    times = []
    for index in range(runs + 1):  # the first run is a warm-up
        start = time.perf_counter()
        subprocess.run(  # noqa: S603
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        if index:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(runs: Mapping[str, Callable[[], object]], rounds: int) -> dict[str, list[float]]:
    """Seconds of each run in every round; the runs take turns, the first one rotating.

    On a shared machine the load changes from one second to the next: runs timed one after the
    other see different machines, runs taken in turn see the same one.
    """
    names = list(runs)
    times: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            runs[name]()
            times[name].append(time.perf_counter() - start)
    return times


def spread(values: Sequence[float]) -> str:
    """`median [min-max]` of ratios, two decimals."""
    return f"{statistics.median(values):.2f}x [{min(values):.2f}-{max(values):.2f}]"


def peak_rss_mib(command: Sequence[str]) -> tuple[float, int]:
    """Peak RSS (MiB) and exit code of `command`, measured from a fresh parent process.

    `RUSAGE_CHILDREN` keeps the largest child ever waited for, so a dedicated parent isolates
    this command from every other subprocess of the benchmark.
    """
    probe = (
        "import resource, subprocess, sys\n"
        "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[0]) / 1024, int(out[1])  # ru_maxrss is in KiB on Linux
