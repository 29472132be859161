"""The dependency declarations stay complete: lower bounds in pyproject, pins in constraints."""

from __future__ import annotations

import importlib.metadata
import os
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOT_PINNED = {"pip", "setuptools", "wheel", "reen_compliance"}


def normalize(name: str) -> str:
    """A distribution name in its canonical form (PEP 503, with underscores)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def test_every_declared_dependency_has_a_lower_bound() -> None:
    """Each runtime and test requirement in pyproject.toml states a `>=` lower bound."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [*project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        requirements += extra
    assert [r for r in requirements if ">=" not in r] == []


@pytest.mark.skipif(
    os.environ.get("CI") != "true",
    reason="only the environment .ci/run builds is fully pinned; a developer's venv may hold more",
)
def test_constraints_pin_every_installed_distribution() -> None:
    """constraints.txt pins every distribution of the test environment, as `pip freeze` lists."""
    pinned = {
        normalize(line.split("==")[0])
        for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
        if "==" in line
    }
    installed = {normalize(dist.metadata["Name"]) for dist in importlib.metadata.distributions()}
    assert sorted(installed - pinned - NOT_PINNED) == []
