"""Check French public bodies against REEN and AGEC obligations, as of a date."""

from __future__ import annotations

from reen_compliance.engine import evaluate
from reen_compliance.errors import (
    InvalidInputError,
    Problem,
    ProfileError,
    ReenComplianceError,
    RulePackError,
)
from reen_compliance.loading import RuleSet, load_profile, load_rules, parse_profile
from reen_compliance.model import Profile, Status
from reen_compliance.report import render_json, render_markdown, render_text
from reen_compliance.report_model import Finding, Report

__all__ = [
    "Finding",
    "InvalidInputError",
    "Problem",
    "Profile",
    "ProfileError",
    "ReenComplianceError",
    "Report",
    "RulePackError",
    "RuleSet",
    "Status",
    "__version__",
    "evaluate",
    "load_profile",
    "load_rules",
    "parse_profile",
    "render_json",
    "render_markdown",
    "render_text",
]


def __getattr__(name: str) -> str:
    """Serve `__version__` from the installed package metadata."""
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("reen-compliance")
    raise AttributeError(name)
