"""Deprecated alias of the module named below, kept for one release."""

from reen_compliance._moved import moved_to

__getattr__ = moved_to(__name__, "reen_compliance.decisions.exemptions")
