"""Check French public bodies against REEN and AGEC obligations, as of a date.

The package is lazy: `import reen_compliance` loads nothing else; each public name below loads
its module on first use, so a command that needs no engine (`--help`, `init`) starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reen_compliance.decisions.decision import Decision
    from reen_compliance.decisions.engine import Evaluation, decide
    from reen_compliance.errors import (
        InvalidInputError,
        Problem,
        ProfileError,
        ReenComplianceError,
        RulePackError,
    )
    from reen_compliance.formats.profile import Profile, Status
    from reen_compliance.formats.report import Finding, Report
    from reen_compliance.law.loading import RuleSet, load_profile, load_rules, parse_profile
    from reen_compliance.report.build import evaluate, render_report
    from reen_compliance.report.text import render_json, render_markdown, render_text

__all__ = [
    "Decision",
    "Evaluation",
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
    "decide",
    "evaluate",
    "load_profile",
    "load_rules",
    "parse_profile",
    "render_json",
    "render_markdown",
    "render_report",
    "render_text",
]

_HOMES: dict[str, str] = {
    "evaluate": "reen_compliance.report.build",
    "render_report": "reen_compliance.report.build",
    "decide": "reen_compliance.decisions.engine",
    "Evaluation": "reen_compliance.decisions.engine",
    "Decision": "reen_compliance.decisions.decision",
    "InvalidInputError": "reen_compliance.errors",
    "Problem": "reen_compliance.errors",
    "ProfileError": "reen_compliance.errors",
    "ReenComplianceError": "reen_compliance.errors",
    "RulePackError": "reen_compliance.errors",
    "RuleSet": "reen_compliance.law.loading",
    "load_profile": "reen_compliance.law.loading",
    "load_rules": "reen_compliance.law.loading",
    "parse_profile": "reen_compliance.law.loading",
    "Profile": "reen_compliance.formats.profile",
    "Status": "reen_compliance.formats.profile",
    "render_json": "reen_compliance.report.text",
    "render_markdown": "reen_compliance.report.text",
    "render_text": "reen_compliance.report.text",
    "Finding": "reen_compliance.formats.report",
    "Report": "reen_compliance.formats.report",
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
