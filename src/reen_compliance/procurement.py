"""Deprecated alias of the modules named below, kept for one release."""

from reen_compliance._moved import moved_to

__getattr__ = moved_to(
    __name__, "reen_compliance.decisions.procurement", "reen_compliance.report.declaration"
)
