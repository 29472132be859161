"""Shared helpers of the reporting tests: the bundled example evaluated on fixed dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reen_compliance import Report, evaluate, load_profile, load_rules
from reen_compliance.cli.common import file_sha256

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"
RULES = ROOT / "rules"
AS_OF = date(2025, 6, 1)


def example_report(lang: str = "fr", as_of: date = AS_OF) -> Report:
    """The report of the bundled example, with its profile hash, as the CLI would make it."""
    return evaluate(
        load_profile(EXAMPLE),
        as_of=as_of,
        rules=load_rules(),
        lang="en" if lang == "en" else "fr",
        profile_sha256=file_sha256(EXAMPLE),
    )
