"""Start-up as a user gets it: the built wheel installed in a fresh virtual environment (#18).

An editable install never writes the bytecode of the checkout's modules, so every start there
recompiles them; an installed wheel does not. This module builds the wheel (`pip wheel`),
installs it without dependencies into a temporary venv that sees this environment's packages
through a `.pth` line (not its editable install, whose own `.pth` is not read from there),
compiles every module's bytecode, and then times whole processes against `python -c pass` of
that venv, the commands taking turns in each round (the machine is shared: commands timed one
after the other would see different loads). Each figure above the interpreter is the median of
the rounds' differences. The CPU time each process used (user + system, from the kernel's
accounting of children) is given too: on a busy machine a process waits for a core, and its
wall time grows with the load, not with its own work.

A command that fails stops the run: timing an error message says nothing of the start of a
report. The precompiled rule pack lives in a cache folder of the run: the first `check` writes
it (untimed warm-up round), the others read it; a row without the cache is given too. The small
profile is the starter profile `init` writes for a small commune.

    python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import resource
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"
AS_OF = "2026-11-24"
SMALL_COMMUNE = "01001"  # L'Abergement-Clémenciat, about 800 inhabitants
Row = tuple[str, ...]
HEADER: Row = (
    "command",
    "wall ms",
    "wall above interpreter",
    "wall above: quartiles",
    "CPU above interpreter",
)
CHECK_EXAMPLE = "reen-compliance check ville-exemple"
CHECK_SMALL = "reen-compliance check small commune (init profile)"


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603 - our own tools


def installed_wheel(directory: Path) -> Path:
    """Build and install the wheel into `directory`/venv; return that venv's `bin` folder."""
    wheels = directory / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)])
    (wheel,) = wheels.glob("reen_compliance-*.whl")
    venv = directory / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(  # noqa: S603 - the venv just made
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    install = ["install", "-q", "--no-deps", "--no-index", str(wheel)]
    _run([sys.executable, "-m", "pip", "--python", str(python), *install])
    (site / "_bench_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    compileall.compile_dir(site, quiet=1)
    return venv / "bin"


def _env(cache: Path) -> dict[str, str]:
    env = {**os.environ, "REEN_COMPLIANCE_CACHE_DIR": str(cache)}
    env.pop("PYTHONPATH", None)
    env.pop("REEN_COMPLIANCE_NO_CACHE", None)
    return env


def small_profile(bin_dir: Path, directory: Path) -> Path:
    """The starter profile `init` writes for a small commune, written by the wheel itself."""
    path = directory / "small-commune.yaml"
    _run([str(bin_dir / "reen-compliance"), "init", "--insee", SMALL_COMMUNE, "-o", str(path)])
    return path


def commands(
    bin_dir: Path, cache: Path, small: Path
) -> dict[str, tuple[list[str], dict[str, str]]]:
    """The timed commands, `python -c pass` first, each with its environment."""
    python, cli = str(bin_dir / "python"), str(bin_dir / "reen-compliance")
    env = _env(cache)
    no_cache = {**env, "REEN_COMPLIANCE_NO_CACHE": "1"}
    check = [cli, "check", str(EXAMPLE), "--as-of", AS_OF]
    return {
        "python -c pass": ([python, "-c", "pass"], env),
        "python -c 'import reen_compliance'": ([python, "-c", "import reen_compliance"], env),
        "reen-compliance --help": ([cli, "--help"], env),
        CHECK_EXAMPLE: (check, env),
        CHECK_SMALL: ([cli, "check", str(small), "--as-of", AS_OF], env),
        "check ville-exemple, rule cache off": (check, no_cache),
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time_once(name: str, command: Sequence[str], env: Mapping[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command`."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own wheel
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    seconds = time.perf_counter() - start
    cpu = _children_cpu() - cpu
    if done.returncode not in {0, 1}:  # 1: a finding is non compliant, still a full report
        error = done.stderr.decode(errors="replace")[-500:]
        message = f"{name} failed (exit {done.returncode}): {error}"
        raise RuntimeError(message)
    return seconds, cpu


def startup_rows(
    bin_dir: Path, cache: Path, runs: int, small: Path
) -> tuple[list[Row], dict[str, float]]:
    """Median whole-process times of the wheel's commands, and each above `python -c pass`.

    The commands take turns in every round (the first round is an untimed warm-up that also
    writes the rule cache); "above" is the median over rounds of (command - interpreter),
    in wall time (the returned figures) and in CPU time.
    """
    timed = commands(bin_dir, cache, small)
    times: dict[str, list[float]] = {name: [] for name in timed}
    cpu: dict[str, list[float]] = {name: [] for name in timed}
    names = list(timed)
    for index in range(runs + 1):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            seconds, used = _time_once(name, *timed[name])
            if index:
                times[name].append(seconds)
                cpu[name].append(used)
    bare, bare_cpu = times["python -c pass"], cpu["python -c pass"]
    rows, above = [], {}
    for name, samples in times.items():
        differences = [s - b for s, b in zip(samples, bare, strict=True)]
        cpu_above = statistics.median(c - b for c, b in zip(cpu[name], bare_cpu, strict=True))
        above[name] = statistics.median(differences)
        quartiles = statistics.quantiles(differences, n=4) if len(differences) > 1 else [0, 0, 0]
        rows.append(
            (
                name,
                f"{statistics.median(samples) * 1e3:.0f}",
                f"{above[name] * 1e3:.0f}",
                f"{quartiles[0] * 1e3:.0f}-{quartiles[2] * 1e3:.0f}",
                f"{cpu_above * 1e3:.0f}",
            )
        )
    return rows, above


def import_offenders(bin_dir: Path, cache: Path, count: int = 12) -> list[Row]:
    """What `check` on the example imports, slowest first by cumulative time (-X importtime)."""
    code = (
        "import contextlib, io\n"
        "from reen_compliance.cli.common import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', {str(EXAMPLE)!r}, '--as-of', {AS_OF!r}])\n"
    )
    done = subprocess.run(  # noqa: S603
        [str(bin_dir / "python"), "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env=_env(cache),
    )
    entries = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            entries.append((int(match.group(2)), int(match.group(1)), match.group(4)))
    entries.sort(reverse=True)
    return [(name, f"{cum / 1e3:.1f}", f"{own / 1e3:.1f}") for cum, own, name in entries[:count]]


def cold_start(runs: int) -> tuple[list[Row], dict[str, float], list[Row]]:
    """Build and install the wheel in a temporary folder; time it; list `check`'s imports."""
    with tempfile.TemporaryDirectory() as directory:
        bin_dir = installed_wheel(Path(directory))
        cache = Path(directory) / "cache"
        small = small_profile(bin_dir, Path(directory))
        rows, above = startup_rows(bin_dir, cache, runs, small)
        return rows, above, import_offenders(bin_dir, cache)


def _table(header: Row, rows: Sequence[Row]) -> str:
    widths = [max(len(str(row[i])) for row in (header, *rows)) for i in range(len(header))]
    return "\n".join(
        "| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in (header, tuple("-" * w for w in widths), *rows)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the start-up table and `check`'s slowest imports."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed rounds (default 15)")
    args = parser.parse_args(argv)
    load = ", ".join(f"{figure:.2f}" for figure in os.getloadavg())
    rows, above, offenders = cold_start(args.runs)
    print(f"### Start-up, installed wheel, median of {args.runs} interleaved rounds\n")
    print(f"Load average before the run: {load} on {os.cpu_count()} CPUs\n")
    print(_table(HEADER, rows))
    for name in (CHECK_EXAMPLE, CHECK_SMALL):
        print(f"\n{name}: {above[name] * 1e3:.0f} ms above the interpreter (target < 300 ms)")
    print("\n### What `check` imports (-X importtime)\n")
    print(_table(("module", "cumulative ms", "self ms"), offenders))
    return 0


if __name__ == "__main__":
    sys.exit(main())
