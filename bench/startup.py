"""Start-up as a user gets it: the built wheel installed in a fresh virtual environment (#18).

An editable install never writes the bytecode of the checkout's modules, so every start there
recompiles them; an installed wheel does not. This module builds the wheel (`pip wheel`),
installs it without dependencies into a temporary venv that sees this environment's packages
through a `.pth` line (not its editable install, whose own `.pth` is not read from there),
compiles every module's bytecode, and then times whole processes against `python -c pass` of
that venv. The precompiled rule pack lives in a cache folder of the run: the first `check`
writes it (untimed warm-up), the others read it; a row without the cache is given too.
"""

from __future__ import annotations

import compileall
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

from measure import process_seconds

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"
Row = tuple[str, ...]


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


def startup_rows(bin_dir: Path, cache: Path, runs: int) -> tuple[list[Row], dict[str, float]]:
    """Median whole-process times of the wheel's commands, and each above `python -c pass`."""
    python, cli = str(bin_dir / "python"), str(bin_dir / "reen-compliance")
    env = {**os.environ, "REEN_COMPLIANCE_CACHE_DIR": str(cache)}
    env.pop("PYTHONPATH", None)
    no_cache = {**env, "REEN_COMPLIANCE_NO_CACHE": "1"}
    check = [cli, "check", str(EXAMPLE), "--as-of", "2026-11-24"]
    commands = {
        "python -c pass": ([python, "-c", "pass"], env),
        "python -c 'import reen_compliance'": ([python, "-c", "import reen_compliance"], env),
        "reen-compliance --help": ([cli, "--help"], env),
        "reen-compliance check ville-exemple": (check, env),
        "same, rule cache off": (check, no_cache),
    }
    seconds = {
        name: process_seconds(command, runs, env=e) for name, (command, e) in commands.items()
    }
    bare = seconds["python -c pass"]
    rows = [(name, f"{s * 1e3:.0f}", f"{(s - bare) * 1e3:.0f}") for name, s in seconds.items()]
    return rows, {name: s - bare for name, s in seconds.items()}


def import_offenders(bin_dir: Path, cache: Path, count: int = 12) -> list[Row]:
    """What `check` on the example imports, slowest first by cumulative time (-X importtime)."""
    code = (
        "import contextlib, io\n"
        "from reen_compliance.cli.common import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', {str(EXAMPLE)!r}, '--as-of', '2026-11-24'])\n"
    )
    env = {**os.environ, "REEN_COMPLIANCE_CACHE_DIR": str(cache)}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(  # noqa: S603
        [str(bin_dir / "python"), "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    entries = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            entries.append((int(match.group(2)), int(match.group(1)), match.group(4)))
    entries.sort(reverse=True)
    return [(name, f"{cum / 1e3:.1f}", f"{own / 1e3:.1f}") for cum, own, name in entries[:count]]
