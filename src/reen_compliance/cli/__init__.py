"""The command line: a common toolkit (`common`: parsing, exit codes) and one module per command.

`reen_compliance.cli` was a module; its names now live in `reen_compliance.cli.common` and are
served here for one release (deprecated), besides `main`, the entry point.
"""

from __future__ import annotations

from collections.abc import Sequence

from reen_compliance._moved import moved_to


def main(argv: Sequence[str] | None = None) -> int:
    """Run `reen-compliance` (the entry point); the parser and the commands load on demand."""
    from reen_compliance.cli.common import main as run  # noqa: PLC0415 - keeps --help light

    return run(argv)


__getattr__ = moved_to(__name__, "reen_compliance.cli.common")
