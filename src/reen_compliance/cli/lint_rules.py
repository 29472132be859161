"""`reen-compliance lint-rules [PATH...]`: check rule files as law; exit 0 clean, 2 problems.

Also `python -m reen_compliance.cli.lint_rules --write-coverage` regenerates
`docs/coverage.md` (and `schemas/rule.schema.json`) from the rules and features.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reen_compliance.files.resources import rules_dir


def _root() -> Path:
    return rules_dir().parent


def register(sub: Any, add_common: Callable[..., None]) -> None:  # noqa: ANN401, ARG001 - argparse's private type; no common option applies
    """Add the `lint-rules` subcommand."""
    from reen_compliance.cli.common import help_text  # noqa: PLC0415 - cli imports this module

    parser = sub.add_parser("lint-rules", help=help_text("cli-help-lint-rules"))
    _arguments(parser)
    parser.set_defaults(handler=run)


def _arguments(parser: argparse.ArgumentParser) -> None:
    from reen_compliance.cli.common import help_text  # noqa: PLC0415 - cli imports this module

    parser.add_argument("paths", nargs="*", metavar="PATH", help=help_text("cli-help-lint-paths"))
    parser.add_argument("--features", type=Path, help=help_text("cli-help-features"))
    parser.add_argument("--reference", type=Path, help=help_text("cli-help-reference"))
    parser.add_argument("--exceptions", type=Path, help=help_text("cli-help-exceptions"))
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help=help_text("cli-help-lint-lang")
    )
    parser.add_argument(
        "--write-coverage",
        nargs="?",
        const="",
        metavar="FILE",
        help=help_text("cli-help-write-coverage"),
    )


def run(args: argparse.Namespace) -> int:
    """Lint, report problems on stderr, optionally write the coverage table."""
    from reen_compliance.files.output import write_atomically  # noqa: PLC0415
    from reen_compliance.law.lint import coverage_table, lint_rules, schema_text  # noqa: PLC0415
    from reen_compliance.messages import say  # noqa: PLC0415

    paths = args.paths or [rules_dir()]
    features = args.features or _root() / "features"
    problems, loaded = lint_rules(
        paths,
        features_dir=features if features.is_dir() else None,
        reference_dir=args.reference,
        exceptions=args.exceptions,
        lang=args.lang,
    )
    if not features.is_dir():
        not_found = say("lint.no_features")
        problems.append(f"{features}: {not_found.render(args.lang)}")
    for problem in problems:
        sys.stderr.write(f"{problem}\n")
    if args.write_coverage is not None:
        target = Path(args.write_coverage) if args.write_coverage else _root() / "docs/coverage.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, coverage_table(loaded, features))
        schema = _root() / "schemas" / "rule.schema.json"
        schema.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(schema, schema_text())
    return 2 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for `python -m reen_compliance.cli.lint_rules`."""
    parser = argparse.ArgumentParser(prog="python -m reen_compliance.cli.lint_rules")
    _arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
