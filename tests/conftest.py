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
]

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    """Each feature is tagged with its rule id: declare one marker per rule file."""
    for rule_file in sorted((ROOT / "rules").glob("*.yaml")):
        config.addinivalue_line("markers", f"{rule_file.stem}: scenarios of rule {rule_file.stem}")
