"""Shared fixtures; the French Gherkin steps live in tests/steps/."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = [
    "steps.given",
    "steps.when",
    "steps.then",
    "steps.given_obligations",
    "steps.then_obligations",
    "steps.ledgers",
    "steps.dates",
    "steps.then_readings",
    "steps.web",
]

ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--screenshots DIR`: keep the browser tests' screenshots there (never committed)."""
    parser.addoption("--screenshots", default=None, help="folder for the browser screenshots")


def pytest_configure(config: pytest.Config) -> None:
    """Each feature is tagged with its rule id: declare one marker per rule file.

    The precompiled rule pack goes to a folder of this run, never the user's own cache.
    """
    import os  # noqa: PLC0415 - see the appended section below
    import tempfile  # noqa: PLC0415

    if "REEN_COMPLIANCE_CACHE_DIR" not in os.environ:
        _OWN_CACHE.append(tempfile.mkdtemp(prefix="reen-cache-"))
        os.environ["REEN_COMPLIANCE_CACHE_DIR"] = _OWN_CACHE[0]
    for rule_file in sorted((ROOT / "rules").glob("*.yaml")):
        config.addinivalue_line("markers", f"{rule_file.stem}: scenarios of rule {rule_file.stem}")


_OWN_CACHE: list[str] = []


@pytest.fixture(autouse=True)
def _help_in_french(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's help and usage errors follow REEN_LANG/LANG: French for every test."""
    monkeypatch.setenv("REEN_LANG", "fr")


def pytest_unconfigure(config: pytest.Config) -> None:  # noqa: ARG001 - pytest's signature
    """Remove the run's own cache folder."""
    import shutil  # noqa: PLC0415

    for folder in _OWN_CACHE:
        shutil.rmtree(folder, ignore_errors=True)


# Hypothesis profiles: `ci` (default) is bounded and derandomized so the suite stays fast and
# repeatable; `long` explores far more (HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest
# tests/test_properties.py).
import os  # noqa: E402 - appended section, kept apart from the fixtures above

from hypothesis import settings  # noqa: E402

settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True)
settings.register_profile("long", max_examples=5_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
