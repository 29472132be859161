"""Where the packaged rules and schemas live: inside the wheel, or at the root of a checkout."""

from __future__ import annotations

from pathlib import Path


def _data_dir(name: str) -> Path:
    # The package is installed as plain files (no zip import), so its folder is the file's own:
    # no importlib.resources to import at start-up.
    packaged = Path(__file__).resolve().parent / "_data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / name


def rules_dir() -> Path:
    """The bundled rule pack: one YAML file per obligation."""
    return _data_dir("rules")


def schemas_dir() -> Path:
    """The published JSON Schemas of profiles, rules and reports."""
    return _data_dir("schemas")
