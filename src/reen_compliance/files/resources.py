"""Where the packaged rules and schemas live: inside the wheel, or at the root of a checkout."""

from __future__ import annotations

from pathlib import Path


def _data_dir(name: str) -> Path:
    # The package is installed as plain files (no zip import), so its folder is the file's own:
    # no importlib.resources to import at start-up.
    # The wheel puts them in `reen_compliance/_data` (pyproject's force-include), one folder
    # above this module; a checkout keeps them at its root, above `src`.
    here = Path(__file__).resolve()
    packaged = here.parents[1] / "_data" / name
    if packaged.is_dir():
        return packaged
    return here.parents[3] / name


def rules_dir() -> Path:
    """The bundled rule pack: one YAML file per obligation."""
    return _data_dir("rules")


def schemas_dir() -> Path:
    """The published JSON Schemas of profiles, rules and reports."""
    return _data_dir("schemas")
