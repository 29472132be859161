"""Check French public bodies against REEN and AGEC obligations, as of a date.

The package is lazy: `import reen_compliance` loads nothing else; each public name below loads
its module on first use, so a command that needs no engine (`--help`, `init`) starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_HOMES: dict[str, str] = {
    "evaluate": "reen_compliance.engine",
    "InvalidInputError": "reen_compliance.errors",
    "Problem": "reen_compliance.errors",
    "ProfileError": "reen_compliance.errors",
    "ReenComplianceError": "reen_compliance.errors",
    "RulePackError": "reen_compliance.errors",
    "RuleSet": "reen_compliance.loading",
    "load_profile": "reen_compliance.loading",
    "load_rules": "reen_compliance.loading",
    "parse_profile": "reen_compliance.loading",
    "Profile": "reen_compliance.model",
    "Status": "reen_compliance.model",
    "render_json": "reen_compliance.report",
    "render_markdown": "reen_compliance.report",
    "render_text": "reen_compliance.report",
    "Finding": "reen_compliance.report_model",
    "Report": "reen_compliance.report_model",
}


def __getattr__(name: str) -> object:
    """Serve a public name from its module on first use, and `__version__` from the metadata."""
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(importlib.import_module(home), name)
        globals()[name] = value  # later uses skip this function
        return value
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("reen-compliance")
    msg = f"module 'reen_compliance' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    """The public names, for completion in a shell."""
    return sorted({*globals(), *__all__})
