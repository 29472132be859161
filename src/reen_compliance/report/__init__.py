"""Reports: the published report built from decisions, and one renderer per format.

`reen_compliance.report` was a module; its names now live in `reen_compliance.report.text` and
are served here for one release (deprecated).
"""

from reen_compliance._moved import moved_to

__getattr__ = moved_to(__name__, "reen_compliance.report.text")
