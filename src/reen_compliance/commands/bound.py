"""`reen-compliance bound`: the communes and EPCI each rule binds on a date, from reference data."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from reen_compliance import cli

AddCommon = Callable[..., None]


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], add_common: AddCommon
) -> None:
    """Add the `bound` subcommand."""
    parser = subparsers.add_parser(
        "bound",
        help=(
            "lister les communes et EPCI liés par chaque règle / "
            "list the communes and EPCI each rule binds"
        ),
        description=(
            "List the communes and EPCI à fiscalité propre of the bundled reference data that "
            "each rule binds on a date. Threshold rules (reading the population) list every "
            "body bound; other rules are summarised by kind."
        ),
    )
    parser.add_argument("--as-of", type=cli.iso_date, metavar="DATE", help="date (default: today)")
    parser.add_argument(
        "--law-as-of",
        type=cli.iso_date,
        metavar="DATE",
        help="the law as it stood on this date (default: --as-of)",
    )
    parser.add_argument(
        "--rule",
        dest="rule_ids",
        metavar="ID",
        nargs="+",
        help="only these rule ids (default: every rule of the pack)",
    )
    parser.add_argument(
        "--assume-current-population",
        action="store_true",
        help=(
            "before a reference figure applies, take it as in force anyway "
            "(every output then says so)"
        ),
    )
    add_common(parser, formats=("text", "csv", "json"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """List the bound bodies; exit 2 when the data has no figure in force and none is assumed."""
    from reen_compliance.bound import (  # noqa: PLC0415 - fast start for --help
        bodies_on,
        list_bound,
        not_yet_in_force,
        population_vintages,
        reads_population,
    )
    from reen_compliance.bound_report import (  # noqa: PLC0415
        counts_words,
        render_bound_csv,
        render_bound_json,
        render_bound_text,
    )
    from reen_compliance.loading import load_rules  # noqa: PLC0415
    from reen_compliance.reference import ReferenceData  # noqa: PLC0415
    from reen_compliance.wording import format_date, pick  # noqa: PLC0415

    as_of = args.as_of or cli._today()  # noqa: SLF001 - the CLI's one clock read
    rules = load_rules(args.rules, only=args.rule_ids)
    reference = ReferenceData.bundled()
    pending = not_yet_in_force(population_vintages(bodies_on(reference, as_of)), as_of)
    if pending and not args.assume_current_population and any(map(reads_population, rules.rules)):
        lang = args.lang
        details = "; ".join(
            pick(
                lang,
                f"{counts_words((v,), lang)} à compter du ",
                f"{counts_words((v,), lang)} from ",
            )
            + format_date(v.applies_from, lang)
            for v in pending
        )
        sys.stderr.write(
            "reen-compliance: "
            + pick(
                lang,
                f"les données de référence n'ont pas de population en vigueur le "
                f"{format_date(as_of, lang)} pour certains organismes (chiffre applicable : "
                f"{details}). Choisissez une date --as-of ultérieure, ou "
                "--assume-current-population pour les utiliser quand même (chaque sortie le "
                "dira).",
                f"the reference data has no population figure in force on "
                f"{format_date(as_of, lang)} for some bodies (figure applying: {details}). "
                "Choose a later --as-of, or --assume-current-population to use them anyway "
                "(every output will say so).",
            )
            + "\n"
        )
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
