"""The wheel users install: built by the package's own backend, unpacked, and run.

An editable install reads the rules, schemas and templates from the source tree, so a file the
wheel leaves out, or a path computed for the source layout only, passes every other test and
fails on a real install (it happened: an installed wheel once found no rules at all).
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"
LEDGER = ROOT / "examples" / "ledger-ville-exemple.csv"


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this tree, built by hatchling and unpacked as an installer would."""
    builders = pytest.importorskip("hatchling.builders.wheel", reason="hatchling is a test extra")
    out = tmp_path_factory.mktemp("dist")
    built = list(builders.WheelBuilder(str(ROOT)).build(directory=str(out), versions=["standard"]))
    assert len(built) == 1
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(built[0]) as wheel:
        wheel.extractall(site)
    return site


def _run(site: Path, *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command line of the unpacked wheel, run from a folder outside the source tree."""
    env = {**os.environ, "PYTHONPATH": str(site), "REEN_COMPLIANCE_NO_CACHE": "1"}
    code = "import sys; from reen_compliance.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(  # noqa: S603 - our own interpreter and package, fixed arguments
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_the_wheel_carries_the_rules_schemas_templates_and_catalogues(
    unpacked_wheel: Path,
) -> None:
    """Every rule file, schema, catalogue and report template of the tree is in the wheel."""
    package = unpacked_wheel / "reen_compliance"
    rules = sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    schemas = sorted(p.name for p in (ROOT / "schemas").glob("*.json"))
    assert sorted(p.name for p in package.rglob("rules/*.yaml")) == rules
    assert sorted(p.name for p in package.rglob("schemas/*.json")) == schemas
    for name in ("i18n/fr.ftl", "i18n/en.ftl", "templates/palette.css", "templates/report.css"):
        assert (package / name).is_file(), name


def test_the_installed_command_checks_the_example_in_both_languages(
    unpacked_wheel: Path, tmp_path: Path
) -> None:
    """`check` from the wheel reads its bundled rules and reports (exit 1: breaches found)."""
    for lang, verdict in (("fr", "obligations non respectées"), ("en", "obligations breached")):
        done = _run(
            unpacked_wheel, "check", str(EXAMPLE), "--as-of", "2026-11-24", "--lang", lang,
            cwd=tmp_path,
        )  # fmt: skip
        assert done.returncode == 1, done.stderr
        assert verdict in done.stdout
        assert str(ROOT) not in done.stdout  # nothing read from the source tree


def test_the_installed_command_writes_html_and_reads_a_ledger(
    unpacked_wheel: Path, tmp_path: Path
) -> None:
    """The HTML report's templates and the ledger reader work from the wheel too."""
    page = tmp_path / "rapport.html"
    done = _run(
        unpacked_wheel, "check", str(EXAMPLE), "--as-of", "2026-11-24", "--format", "html",
        "--ledger", str(LEDGER), "--output", str(page), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "--non-compliant" in page.read_text(encoding="utf-8")  # the shared palette is inlined


def test_the_unpacked_wheel_is_the_package_imported(unpacked_wheel: Path, tmp_path: Path) -> None:
    """The commands above ran the wheel's package, not the source tree's editable install."""
    env = {**os.environ, "PYTHONPATH": str(unpacked_wheel)}
    done = subprocess.run(
        [sys.executable, "-c", "import reen_compliance; print(reen_compliance.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert Path(done.stdout.strip()).is_relative_to(unpacked_wheel)
