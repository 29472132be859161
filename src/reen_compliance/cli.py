"""The `reen-compliance` command: the only module that reads argv, prints, writes and exits.

Exit codes: 0 no `non_compliant` finding, 1 at least one, 2 invalid input or usage.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from reen_compliance.commands.check import FORMATS as CHECK_FORMATS
from reen_compliance.commands.check import add_batch_options
from reen_compliance.errors import InvalidInputError, Problem, ProfileError, ReenComplianceError

EXIT_OK = 0
EXIT_NON_COMPLIANT = 1
EXIT_INVALID = 2

Handler = Callable[[argparse.Namespace], int]

# Subcommands kept in their own modules (see reen_compliance.commands); one line each.
COMMAND_MODULES: tuple[str, ...] = (
    "reen_compliance.commands.ledger",
    "reen_compliance.commands.init",
    "reen_compliance.commands.bound",
    "reen_compliance.commands.members",
    "reen_compliance.commands.verify",
    "reen_compliance.commands.diff",
    "reen_compliance.commands.explain",
    "reen_compliance.commands.calendar",
    "reen_compliance.commands.lint_rules",
    "reen_compliance.commands.serve",
)


def iso_date(text: str) -> date:
    """Parse a date as a profile writes it (2025-06-01 or 01/06/2025) for argparse."""
    from reen_compliance.dates import DATE_FORMS, parse_day  # noqa: PLC0415 - fast start

    try:
        return parse_day(text)
    except ValueError:
        msg = f"expected a date such as {DATE_FORMS}, found {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def positive_int(text: str) -> int:
    """Parse a whole number of 1 or more for argparse."""
    if not text.isdigit() or int(text) < 1:
        msg = f"expected a whole number of 1 or more, found {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _today() -> date:
    """The default `--as-of`: the CLI is the one place that reads the clock."""
    return date.today()  # noqa: DTZ011 - a legal date is a calendar day, not an instant


def emit(text: str | bytes, output: str | None, stream: TextIO | None = None) -> None:
    """Print to stdout, or write the whole output file atomically."""
    if output:
        from reen_compliance.output import write_atomically  # noqa: PLC0415 - fast start

        write_atomically(output, text)
        return
    target = stream or sys.stdout
    if isinstance(text, bytes):
        target.flush()
        sys.stdout.buffer.write(text)
    else:
        target.write(text)


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, for the reproducibility receipt."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _cmd_check(args: argparse.Namespace) -> int:
    if args.with_members:
        from reen_compliance.commands.members import run_for_check  # noqa: PLC0415

        return run_for_check(args)
    from reen_compliance.commands.check import run_check  # noqa: PLC0415 - fast start for --help

    return run_check(args)


def _cmd_validate(args: argparse.Namespace) -> int:
    from reen_compliance.engine import evaluate  # noqa: PLC0415
    from reen_compliance.loading import load_profile  # noqa: PLC0415

    profile = load_profile(args.profile)
    evaluate(profile, as_of=_today())  # checks category ids against the rule pack too
    message = {"fr": f"{args.profile} : profil valide.", "en": f"{args.profile}: valid profile."}
    print(message[args.lang])  # noqa: T201 - the CLI prints
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace) -> int:
    from reen_compliance.catalogue import rules_in_force  # noqa: PLC0415
    from reen_compliance.loading import load_rules  # noqa: PLC0415

    rules = load_rules(args.rules) if args.rules else load_rules()
    entries = rules_in_force(rules, args.as_of or _today(), args.lang)
    if args.format == "json":
        emit(json.dumps(entries, ensure_ascii=False, indent=2) + "\n", args.output)
    else:
        from reen_compliance.catalogue import render_rules_text  # noqa: PLC0415

        emit(render_rules_text(entries, args.lang), args.output)
    return EXIT_OK


def add_common(parser: argparse.ArgumentParser, *, formats: Sequence[str] = ()) -> None:
    """Add the options every subcommand shares; the first of `formats` is the default."""
    parser.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the output")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE (atomically)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks (for developers)")
    parser.add_argument(
        "--max-input-bytes",
        type=positive_int,
        metavar="N",
        help="refuse input files larger than N bytes (default: 10 MiB for profiles and rules,"
        " 2 GiB for CSV ledgers, 100 MiB for spreadsheets)",
    )
    parser.add_argument(
        "--rules",
        metavar="PATH",
        nargs="+",
        help="rule files or folders instead of the bundled pack",
    )
    if formats:
        parser.add_argument("--format", "-f", choices=formats, default=formats[0])


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar; each subcommand names its handler."""
    parser = argparse.ArgumentParser(
        prog="reen-compliance",
        description=(
            "Obligations « numérique responsable » (REEN, AGEC, SPASER…) "
            "d'un organisme public, à une date."
        ),
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = sub.add_parser("check", help="évaluer un profil / evaluate a profile")
    check.add_argument(
        "profile",
        metavar="PROFILE",
        nargs="+",
        help="profile files (YAML or JSON), or folders of them; several make a batch",
    )
    check.add_argument(
        "--as-of",
        type=iso_date,
        metavar="DATE",
        help="date of the assessment, 2025-06-01 or 01/06/2025 (default: today)",
    )
    check.add_argument(
        "--law-as-of",
        type=iso_date,
        metavar="DATE",
        help="the law as it stood on this date (default: --as-of)",
    )
    check.add_argument(
        "--ledger",
        nargs="+",
        metavar="FILE",
        help="purchase ledgers (CSV, XLSX, ODS) replacing the declared purchase figures",
    )
    check.add_argument("--columns", nargs="+", metavar="NAME=HEADER", help="ledger column mapping")
    importlib.import_module("reen_compliance.commands.ledger").add_reading_options(check)
    add_common(check, formats=CHECK_FORMATS)
    add_batch_options(check)
    importlib.import_module("reen_compliance.commands.members").add_with_members(
        check, required=False
    )
    check.set_defaults(handler=_cmd_check)

    rules = sub.add_parser(
        "rules", help="lister les règles et valeurs en vigueur / list rules and values in force"
    )
    rules.add_argument("--as-of", type=iso_date, metavar="DATE")
    add_common(rules, formats=("text", "json"))
    rules.set_defaults(handler=_cmd_rules)

    validate = sub.add_parser("validate", help="valider un profil / validate a profile")
    validate.add_argument("profile", metavar="PROFILE")
    add_common(validate)
    validate.set_defaults(handler=_cmd_validate)

    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(sub, add_common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; every error raised on purpose becomes a message and exit code 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from reen_compliance.source import max_input_bytes  # noqa: PLC0415 - not for --help

    try:
        handler: Handler = args.handler
        with max_input_bytes(getattr(args, "max_input_bytes", None)):
            return handler(args)
    except ProfileError as error:  # « profil invalide », « registre invalide »…: its own label
        label = error.heading
        return _report_error(error, args, label.render("fr"), label.render("en"))
    except ReenComplianceError as error:
        return _report_error(error, args, "entrée invalide", "invalid input")
    except OSError as error:  # a file that cannot be read or written: say which, and why
        where = error.filename or "?"
        reason = error.strerror or str(error)
        failure = InvalidInputError([Problem(str(where), None, None, "$", reason)])
        return _report_error(failure, args, "fichier inaccessible", "file not accessible")
    except KeyboardInterrupt:
        return 130


def _report_error(error: ReenComplianceError, args: argparse.Namespace, fr: str, en: str) -> int:
    lang = getattr(args, "lang", "fr")
    heading = en if lang == "en" else fr
    details = error.in_language(lang) if isinstance(error, InvalidInputError) else str(error)
    sys.stderr.write(f"reen-compliance: {heading}\n{details}\n")
    if getattr(args, "debug", False):
        traceback.print_exception(error, file=sys.stderr)
    return EXIT_INVALID


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
