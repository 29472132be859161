"""Timing helpers: warm up, repeat, keep the median; and run a command as a whole process."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence


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


def process_seconds(command: Sequence[str], runs: int) -> float:
    """Median wall time of `command` as a whole process, output discarded, after one warm-up."""
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # noqa: S603
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # noqa: S603
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
