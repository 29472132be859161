"""A fast start: `--help` loads no engine; `check` loads only what a text report needs.

The package and `--help` load no engine, no pydantic, no YAML. Import sets, never times: these
tests cannot flake.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import reen_compliance
from reen_compliance.cli.common import COMMANDS, build_parser, speaking
from reen_compliance.files import resources
from reen_compliance.i18n.formats import Lang

HEAVY = (
    "pydantic",
    "yaml",
    "reen_compliance.decisions.engine",
    "reen_compliance.law.loading",
    "concurrent",
)
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ville-exemple.yaml"
NOT_FOR_A_TEXT_REPORT = (
    "fluent.runtime",  # the catalogues are written by i18n.resolver
    "babel",
    "pytz",
    "attr",
    "jinja2",  # HTML only
    "weasyprint",  # PDF only
    "jsonschema",  # third-party rule packs only
    "dateutil",
    "concurrent",  # batches only
    "multiprocessing",
    "subprocess",
    "webbrowser",  # serve only
    "reen_compliance.ledger",  # --ledger only
    "reen_compliance.web",
    "reen_compliance.report.html",
    "reen_compliance.cli.serve",
    "reen_compliance.cli.init",
)


def _modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
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


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_text_report_imports_only_what_it_uses(tmp_path: Path, lang: str) -> None:
    """`check --format text` imports no Fluent runtime, Babel, Jinja, schema, pool or ledger."""
    code = (
        "import contextlib, io\n"
        "from reen_compliance.cli.common import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', {str(EXAMPLE)!r}, '--as-of', '2026-11-24', '--lang', {lang!r},"
        " '--format', 'text'])\n"
    )
    env = {**os.environ, "REEN_COMPLIANCE_CACHE_DIR": str(tmp_path)}
    for _run in range(2):  # the first run writes the rule cache, the second reads it
        modules = _modules_after(code, env)
        assert "reen_compliance.report.text" in modules
        found = [
            m
            for m in modules
            for name in NOT_FOR_A_TEXT_REPORT
            if m == name or m.startswith(name + ".")
        ]
        assert sorted(found) == []


def test_every_public_name_resolves() -> None:
    """Each name of `__all__` is served, lazily, from its module."""
    for name in reen_compliance.__all__:
        assert getattr(reen_compliance, name) is not None
    assert "evaluate" in dir(reen_compliance)


def test_an_installed_wheel_finds_its_bundled_rules(tmp_path: Path) -> None:
    """In the wheel's layout (`reen_compliance/_data/rules`), the rules are found in the package."""
    files = tmp_path / "reen_compliance" / "files"
    files.mkdir(parents=True)
    (files / "resources.py").write_bytes(Path(resources.__file__).read_bytes())
    data = tmp_path / "reen_compliance" / "_data"
    (data / "rules").mkdir(parents=True)
    (data / "schemas").mkdir()
    spec = importlib.util.spec_from_file_location("wheel_resources", files / "resources.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.rules_dir() == (data / "rules").resolve()
    assert module.schemas_dir() == (data / "schemas").resolve()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_a_command_alone_reads_its_line_as_the_whole_grammar_does(command: str, lang: Lang) -> None:
    """Built for one named command, the parser prints the same help and the same errors."""

    def outputs(named: str | None, argv: list[str]) -> tuple[str, str, str]:
        out, err = io.StringIO(), io.StringIO()
        parsed = ""
        with (
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
            contextlib.suppress(SystemExit),
            speaking(lang),
        ):
            parsed = repr(vars(build_parser(named).parse_args(argv)))
        return out.getvalue(), err.getvalue(), parsed

    for argv in (
        [command, "--help"],
        [command],
        [command, "--no-such-option"],
        [command, "profile.yaml", "--format", "no-such-format"],
        [command, "--as-of", "not a date"],
    ):
        assert outputs(command, argv) == outputs(None, argv), argv


def test_the_profile_models_build_no_validator_at_import() -> None:
    """Importing the profile models builds none of their validators (they are built on use)."""
    code = (
        "from reen_compliance.formats import profile\n"
        "built = [n for n in dir(profile) if getattr(getattr(profile, n), "
        "'__pydantic_complete__', False)]\n"
        "assert built == [], built\n"
    )
    _modules_after(code)


def test_the_profile_defaults_are_the_validated_ones() -> None:
    """The default documents and practices, built without validation, equal validated ones."""
    from reen_compliance.formats.profile import Documents, Practices, Profile  # noqa: PLC0415

    assert Profile.model_fields["documents"].default == Documents()
    assert Profile.model_fields["practices"].default == Practices()
    assert repr(Profile.model_fields["documents"].default) == repr(Documents())


def test_the_public_decide_is_the_function_once_the_engine_ran() -> None:
    """`from reen_compliance import decide` gives the function, not a subpackage of that name."""
    import reen_compliance.decisions.engine  # noqa: PLC0415 - what `evaluate` imports
    from reen_compliance import decide  # noqa: PLC0415

    assert callable(decide)
    assert decide is reen_compliance.decisions.engine.decide
