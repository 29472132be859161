"""`diff OLD.json NEW.json`: which findings changed, and whether law, data, date or engine did it.

Exit 0 when no finding changed status or gap (receipts may still differ), 1 otherwise, as
`diff(1)` does.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

EXIT_SAME = 0
EXIT_CHANGED = 1


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    add_common: Callable[..., Any],
) -> None:
    """Add `diff` to the command line."""
    from reen_compliance.cli.common import help_text  # noqa: PLC0415 - cli imports this module

    parser = subparsers.add_parser(
        "diff",
        help=help_text("cli-help-diff"),
        description=help_text("cli-help-diff-description"),
    )
    parser.add_argument("old", metavar="OLD.json", help=help_text("cli-help-diff-old"))
    parser.add_argument("new", metavar="NEW.json", help=help_text("cli-help-diff-new"))
    add_common(parser, formats=("text", "json"))
    parser.set_defaults(handler=run_diff)


def run_diff(args: argparse.Namespace) -> int:
    """Compare the two reports and print the changes."""
    from reen_compliance.cli.common import emit  # noqa: PLC0415
    from reen_compliance.report.diff import (  # noqa: PLC0415
        compare_reports,
        load_report,
        render_diff_json,
        render_diff_text,
    )

    old, new = load_report(args.old), load_report(args.new)
    diff = compare_reports(old, new)
    if args.format == "json":
        emit(render_diff_json(diff), args.output)
    else:
        emit(render_diff_text(diff, old, new, args.lang), args.output)
    return EXIT_SAME if diff.same_result else EXIT_CHANGED
