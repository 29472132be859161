"""A fast start: the package and `--help` load no engine, no pydantic, no YAML."""

from __future__ import annotations

import subprocess
import sys

import reen_compliance

HEAVY = (
    "pydantic",
    "yaml",
    "reen_compliance.decide.engine",
    "reen_compliance.law.loading",
    "concurrent",
)


def _modules_after(code: str) -> set[str]:
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY)


def test_importing_the_package_loads_nothing_heavy() -> None:
    """`import reen_compliance` loads neither the engine nor pydantic nor YAML."""
    assert _heavy(_modules_after("import reen_compliance")) == []


def test_help_loads_nothing_heavy() -> None:
    """`reen-compliance --help` parses its grammar without the engine, pydantic or YAML."""
    code = (
        "import contextlib, io\n"
        "from reen_compliance.cli.common import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help'])\n"
    )
    assert _heavy(_modules_after(code)) == []


def test_every_public_name_resolves() -> None:
    """Each name of `__all__` is served, lazily, from its module."""
    for name in reen_compliance.__all__:
        assert getattr(reen_compliance, name) is not None
    assert "evaluate" in dir(reen_compliance)
