"""`reen-compliance bound`: the communes and EPCI each rule binds on a date, from reference data."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from reen_compliance.cli import common as cli

AddCommon = Callable[..., None]


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], add_common: AddCommon
) -> None:
    """Add the `bound` subcommand."""
    parser = subparsers.add_parser(
        "bound",
        help=cli.help_text("cli-help-bound"),
        description=cli.help_text("cli-help-bound-description"),
    )
    cli.add_date_options(parser)
    parser.add_argument(
        "--rule",
        dest="rule_ids",
        metavar="ID",
        nargs="+",
        help=cli.help_text("cli-help-rule"),
    )
    parser.add_argument(
        "--assume-current-population",
        action="store_true",
        help=cli.help_text("cli-help-assume-current-population"),
    )
    add_common(parser, formats=("text", "csv", "json"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """List the bound bodies; exit 2 when the data has no figure in force and none is assumed."""
    from reen_compliance.i18n.message import msg  # noqa: PLC0415
    from reen_compliance.i18n.render import render  # noqa: PLC0415
    from reen_compliance.law.loading import load_rules  # noqa: PLC0415
    from reen_compliance.reference.bodies import ReferenceData  # noqa: PLC0415
    from reen_compliance.reference.bound import (  # noqa: PLC0415 - fast start for --help
        bodies_on,
        list_bound,
        not_yet_in_force,
        population_vintages,
        reads_population,
    )
    from reen_compliance.reference.bound_report import (  # noqa: PLC0415
        counts_words,
        render_bound_csv,
        render_bound_json,
        render_bound_text,
    )

    as_of = args.as_of or cli._today()  # noqa: SLF001 - the CLI's one clock read
    rules = load_rules(args.rules, only=args.rule_ids)
    reference = ReferenceData.bundled()
    pending = not_yet_in_force(population_vintages(bodies_on(reference, as_of)), as_of)
    if pending and not args.assume_current_population and any(map(reads_population, rules.rules)):
        details = tuple(
            msg("bound-list-pending", counts=counts_words((v,)), start=v.applies_from)
            for v in pending
        )
        message = msg("bound-list-no-population-in-force", as_of=as_of, details=details)
        sys.stderr.write("reen-compliance: " + render(message, args.lang) + "\n")
        return cli.EXIT_INVALID
    listing = list_bound(
        reference,
        rules,
        as_of=as_of,
        law_as_of=args.law_as_of,
        assume_current_population=args.assume_current_population,
    )
    if args.format == "csv":
        text = render_bound_csv(listing)
    elif args.format == "json":
        text = render_bound_json(listing, args.lang)
    else:
        text = render_bound_text(listing, args.lang)
    cli.emit(text, args.output)
    return cli.EXIT_OK
