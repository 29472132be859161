"""Aliases of modules moved into subpackages: old import paths keep working for one release.

Each old module is a three-line file whose `__getattr__` comes from `moved_to`: reading a name
from it warns (DeprecationWarning) and returns that name from the new module (the first of the
new modules that has it, for a module split in two).
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable


def moved_to(old: str, *new: str) -> Callable[[str], object]:
    """A module `__getattr__` serving the names of the `new` modules under the old module `old`."""

    def __getattr__(name: str) -> object:  # noqa: N807 - a module's __getattr__
        if name.startswith("__"):
            raise AttributeError(name)
        for module_name in new:
            module = importlib.import_module(module_name)
            if hasattr(module, name):
                warnings.warn(
                    f"{old}.{name} moved to {module_name}; import it from there (the alias goes "
                    "in the next release)",
                    DeprecationWarning,
                    stacklevel=2,
                )
                return getattr(module, name)
        # not a moved name (a submodule being imported, say): Python goes on looking
        raise AttributeError(f"module {old!r} has no attribute {name!r}")

    return __getattr__
