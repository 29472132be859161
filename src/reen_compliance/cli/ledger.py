"""`reen-compliance ledger`: AGEC art. 58 shares per year and category from purchase ledgers."""

from __future__ import annotations

import argparse
import codecs
import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reen_compliance.errors import OPTION, LedgerError, Problem
from reen_compliance.messages import say

if TYPE_CHECKING:
    from reen_compliance.ledger.mapping import LedgerMapping

SIRET = re.compile(r"^\d{14}$")


def parse_columns(pairs: list[str] | None) -> dict[str, str] | None:
    """`amount_ht=Montant HT` pairs -> mapping of our column names to the file's headers."""
    if not pairs:
        return None
    mapping: dict[str, str] = {}
    for pair in pairs:
        name, sep, header = pair.partition("=")
        if not sep or not name.strip() or not header.strip():
            message = say("cli.expected_name_header", found=pair)
            problem = Problem.of("--columns", None, None, "$", message)
            raise LedgerError([problem], heading_id=OPTION)
        mapping[name.strip()] = header.strip()
    return mapping


def add_reading_options(parser: argparse.ArgumentParser) -> None:
    """How to read ledgers: `ledger` and `check --ledger` share these options."""
    from reen_compliance.cli.common import help_text  # noqa: PLC0415 - cli imports this module

    parser.add_argument(
        "--mapping",
        metavar="FILE.yaml",
        help=help_text("cli-help-mapping"),
    )
    parser.add_argument("--delimiter", help=help_text("cli-help-delimiter"))
    parser.add_argument("--encoding", help=help_text("cli-help-encoding"))
    parser.add_argument(
        "--sheet", action="append", metavar="NAME", help=help_text("cli-help-sheet")
    )


def refuse_reading_options_without_ledger(args: argparse.Namespace) -> None:
    """`check` without `--ledger`: a reading option would silently do nothing, so refuse it."""
    given = [
        option
        for option, name in (
            ("--mapping", "mapping"),
            ("--delimiter", "delimiter"),
            ("--encoding", "encoding"),
            ("--sheet", "sheet"),
            ("--columns", "columns"),
        )
        if getattr(args, name, None)
    ]
    if given:
        problems = [
            Problem.of(option, None, None, "$", say("cli.ledger_option_without_ledger"))
            for option in given
        ]
        raise LedgerError(problems, heading_id=OPTION)


def register(sub: Any, add_common: Callable[..., None]) -> None:  # noqa: ANN401 - argparse's private type
    """Add the `ledger` subcommand."""
    from reen_compliance.cli.common import add_date_options, help_text  # noqa: PLC0415 - cli imports this module

    parser = sub.add_parser(
        "ledger",
        help=help_text("cli-help-ledger"),
    )
    parser.add_argument(
        "ledgers", nargs="+", metavar="LEDGER", help=help_text("cli-help-ledger-files")
    )
    parser.add_argument("--year", type=int, action="append", help=help_text("cli-help-year"))
    add_date_options(parser)
    parser.add_argument(
        "--columns",
        nargs="+",
        metavar="NAME=HEADER",
        help=help_text("cli-help-ledger-columns"),
    )
    add_reading_options(parser)
    parser.add_argument(
        "--unclassified",
        metavar="FILE.csv",
        help=help_text("cli-help-unclassified"),
    )
    parser.add_argument(
        "--profile",
        metavar="PROFILE",
        help=help_text("cli-help-ledger-profile"),
    )
    parser.add_argument("--siret", help=help_text("cli-help-siret"))
    parser.add_argument("--raison-sociale", help=help_text("cli-help-raison-sociale"))
    add_common(parser, formats=("text", "json", "markdown", "csv", "declaration"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read the ledgers, measure each year, print or write the result."""
    from reen_compliance.cli.common import EXIT_NON_COMPLIANT, EXIT_OK, _today, emit  # noqa: PLC0415
    from reen_compliance.decisions.procurement import (  # noqa: PLC0415
        category_labels,
        figures_from_summary,
        measure_years,
        regime_labels,
        shares_rule,
        summarize,
    )
    from reen_compliance.decisions.targets import spaser_target_progress  # noqa: PLC0415
    from reen_compliance.formats.profile import Status  # noqa: PLC0415
    from reen_compliance.law.applicability import LawView  # noqa: PLC0415 - fast start
    from reen_compliance.law.loading import load_profile, load_rules  # noqa: PLC0415
    from reen_compliance.report.build import note_text  # noqa: PLC0415
    from reen_compliance.report.declaration import DECLARATION_FIELDS, declaration_from_summary  # noqa: PLC0415
    from reen_compliance.report.ledger import (  # noqa: PLC0415
        LedgerResult,
        render_csv,
        render_ledger_csv,
        render_ledger_json,
        render_ledger_markdown,
        render_ledger_text,
        render_unclassified_csv,
    )

    if args.format == "declaration":
        _check_declaration_args(args)
    profile = load_profile(args.profile) if args.profile else None
    rules = load_rules(args.rules) if args.rules else load_rules()
    rule = shares_rule(rules)
    summary = summarize(
        rule,
        args.ledgers,
        columns=parse_columns(args.columns),
        mapping=reading_mapping(args),
        years=args.year,
        keep_unclassified=bool(args.unclassified),
    )
    figures = figures_from_summary(summary, rule)
    as_of = args.as_of or _today()
    outputs: list[tuple[str, str | None]] = []
    if args.unclassified:
        outputs.append((render_unclassified_csv(summary), args.unclassified))
    if args.format == "declaration":
        donations = {
            (year, figure.category): figure.donations_eur
            for year, items in (profile.procurement.items() if profile else ())
            for figure in items
            if figure.donations_eur
        }
        rows = declaration_from_summary(
            rule,
            summary,
            years=args.year,
            siret=args.siret,
            name=args.raison_sociale,
            lang=args.lang,
            donations=donations,
        )
        for text, where in outputs:
            emit(text, where)
        emit(render_csv(rows, DECLARATION_FIELDS), args.output)
        return EXIT_OK
    years = measure_years(
        rule,
        figures.figures,
        as_of=as_of,
        law=LawView(args.law_as_of or as_of),
        lang=args.lang,
        years=args.year,
    )
    progress = spaser_target_progress(profile.spaser_targets, years) if profile else ()
    notes = tuple(
        note_text(note, args.lang)
        for note in figures.notes
        if note.year is None or not args.year or note.year in args.year
    )
    result = LedgerResult(
        tuple(years),
        summary,
        notes,
        progress,
        labels=category_labels(rule),
        regimes=regime_labels(rule),
    )
    renderers = {
        "text": lambda: render_ledger_text(result, args.lang),
        "markdown": lambda: render_ledger_markdown(result, args.lang),
        "json": lambda: render_ledger_json(result),
        "csv": lambda: render_ledger_csv(result),
    }
    for text, where in outputs:
        emit(text, where)
    emit(renderers[args.format](), args.output)
    failing = any(
        m.status == Status.NON_COMPLIANT for year in years if year.complete for m in year.measures
    )
    return EXIT_NON_COMPLIANT if failing else EXIT_OK


def reading_mapping(args: argparse.Namespace) -> LedgerMapping | None:
    """The mapping file, with --delimiter, --encoding and --sheet overriding it."""
    from reen_compliance.ledger.mapping import LedgerMapping, load_mapping  # noqa: PLC0415

    mapping = load_mapping(args.mapping) if getattr(args, "mapping", None) else None
    delimiter = getattr(args, "delimiter", None)
    encoding = getattr(args, "encoding", None)
    sheets = getattr(args, "sheet", None)
    if delimiter is None and encoding is None and not sheets:
        return mapping
    if delimiter is not None and delimiter not in {";", ",", "|", "tab", "\t", "\\t"}:
        message = say("cli.expected_delimiter", found=delimiter)
        raise LedgerError([Problem.of("--delimiter", None, None, "$", message)], heading_id=OPTION)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            message = say("cli.unknown_encoding", found=encoding)
            problem = Problem.of("--encoding", None, None, "$", message)
            raise LedgerError([problem], heading_id=OPTION) from None
    base = mapping or LedgerMapping(columns={})
    return dataclasses.replace(
        base,
        delimiter="\t" if delimiter in {"tab", "\\t"} else (delimiter or base.delimiter),
        encoding=encoding or base.encoding,
        sheets=tuple(sheets) if sheets else base.sheets,
    )


def _check_declaration_args(args: argparse.Namespace) -> None:
    problems = []
    if not args.siret or not SIRET.match(args.siret):
        message = say("cli.expected_siret", found=args.siret)
        problems.append(Problem.of("--siret", None, None, "$", message))
    if not args.raison_sociale:
        message = say("cli.required_for_declaration")
        problems.append(Problem.of("--raison-sociale", None, None, "$", message))
    if problems:
        raise LedgerError(problems, heading_id=OPTION)
