"""The `reen-compliance` command: the only module that reads argv, prints, writes and exits.

Exit codes: 0 no `non_compliant` finding, 1 at least one, 2 invalid input or usage.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reen_compliance.cli.check import FORMATS as CHECK_FORMATS
from reen_compliance.cli.check import add_batch_options
from reen_compliance.errors import InvalidInputError, Problem, ProfileError, ReenComplianceError

if TYPE_CHECKING:
    from reen_compliance.i18n.formats import Lang

EXIT_OK = 0
EXIT_NON_COMPLIANT = 1
EXIT_INVALID = 2

Handler = Callable[[argparse.Namespace], int]

# Subcommands kept in their own modules (see reen_compliance.commands), by name; one line each.
COMMAND_MODULES: dict[str, str] = {
    "ledger": "reen_compliance.cli.ledger",
    "init": "reen_compliance.cli.init",
    "bound": "reen_compliance.cli.bound",
    "members": "reen_compliance.cli.members",
    "verify": "reen_compliance.cli.verify",
    "diff": "reen_compliance.cli.diff",
    "explain": "reen_compliance.cli.explain",
    "calendar": "reen_compliance.cli.calendar",
    "lint-rules": "reen_compliance.cli.lint_rules",
    "serve": "reen_compliance.cli.serve",
}
COMMANDS: tuple[str, ...] = ("check", "rules", "validate", *COMMAND_MODULES)
"""Every subcommand, in the order `--help` lists them."""


_SPOKEN: ContextVar[Lang] = ContextVar("reen_compliance_cli_language", default="fr")
"""The language of the help, argparse's words and usage errors while a command line is read."""


def help_text(message_id: str, **values: str) -> str:
    """A text of the catalogues' help section (`cli-…`) in the language of this command line."""
    from reen_compliance.i18n.render import render_help  # noqa: PLC0415 - --help only

    return render_help(message_id, _SPOKEN.get(), **values)


def choose_language(argv: Sequence[str]) -> Lang:
    """The language of the help: `--lang` on the command line, else REEN_LANG, else LANG, else fr.

    It is chosen before the parser is built, since argparse writes the help while parsing.
    """
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        else:
            continue
        if value in {"fr", "en"}:
            return "en" if value == "en" else "fr"
    for variable in ("REEN_LANG", "LANG"):
        value = os.environ.get(variable, "")[:2]
        if value in {"fr", "en"}:
            return "en" if value == "en" else "fr"
    return "fr"


_ARGPARSE_WORDS = {
    "usage: ": "cli-argparse-usage",
    "positional arguments": "cli-argparse-positional",
    "options": "cli-argparse-options",
    "show this help message and exit": "cli-argparse-help",
    "%(prog)s: error: %(message)s\n": "cli-argparse-error",
    "argument %(argument_name)s: %(message)s": "cli-argparse-argument",
    "the following arguments are required: %s": "cli-argparse-required",
    "one of the arguments %s is required": "cli-argparse-one-of-required",
    "unrecognized arguments: %s": "cli-argparse-unrecognized",
    "ambiguous option: %(option)s could match %(matches)s": "cli-argparse-ambiguous",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli-argparse-invalid-choice",
    "invalid %(type)s value: %(value)r": "cli-argparse-invalid-value",
    "expected one argument": "cli-argparse-expected-one",
    "expected at most one argument": "cli-argparse-expected-at-most-one",
    "expected at least one argument": "cli-argparse-expected-at-least-one",
    "not allowed with argument %s": "cli-argparse-not-allowed-with",
    "ignored explicit argument %r": "cli-argparse-ignored-explicit",
    "can't open '%(filename)s': %(error)s": "cli-argparse-cannot-open",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "cli-argparse-unknown-parser",
}
"""argparse's own words (its gettext message ids) and their ids in the catalogues."""


def _argparse_gettext(text: str) -> str:
    message_id = _ARGPARSE_WORDS.get(text)
    if message_id is None:
        return text
    return help_text(message_id) + ("\n" if text.endswith("\n") else "")


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    if plural == "expected %s arguments" and count != 1:
        return help_text("cli-argparse-expected-n")
    return singular if count == 1 else plural


@contextmanager
def speaking(lang: Lang) -> Iterator[None]:
    """Build and read a command line in `lang`: help texts, argparse's words, usage errors.

    argparse asks gettext for its words through its module's `_` and `ngettext`; they are
    swapped for the catalogues' while the command line is read, and put back after.
    """
    token = _SPOKEN.set(lang)
    namespace = vars(argparse)
    saved = namespace["_"], namespace["ngettext"]
    namespace["_"], namespace["ngettext"] = _argparse_gettext, _argparse_ngettext
    try:
        yield
    finally:
        namespace["_"], namespace["ngettext"] = saved
        _SPOKEN.reset(token)


def iso_date(text: str) -> date:
    """Parse a date as a profile writes it (2025-06-01 or 01/06/2025) for argparse."""
    from reen_compliance.formats.dates import parse_day  # noqa: PLC0415 - fast start

    try:
        return parse_day(text)
    except ValueError:
        raise argparse.ArgumentTypeError(help_text("cli-error-date", found=repr(text))) from None


def add_date_options(parser: argparse.ArgumentParser, as_of_help: str = "cli-help-as-of") -> None:
    """`--as-of` (the date of the assessment) and `--law-as-of`, in the forms a profile accepts."""
    parser.add_argument("--as-of", type=iso_date, metavar="DATE", help=help_text(as_of_help))
    parser.add_argument(
        "--law-as-of", type=iso_date, metavar="DATE", help=help_text("cli-help-law-as-of")
    )


def positive_int(text: str) -> int:
    """Parse a whole number of 1 or more for argparse."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(help_text("cli-error-positive-int", found=repr(text)))
    return int(text)


def _today() -> date:
    """The default `--as-of`: the CLI is the one place that reads the clock."""
    return date.today()  # noqa: DTZ011 - a legal date is a calendar day, not an instant


def emit(text: str | bytes, output: str | None, stream: TextIO | None = None) -> None:
    """Print to stdout, or write the whole output file atomically."""
    if output:
        from reen_compliance.files.output import write_atomically  # noqa: PLC0415 - fast start

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
        from reen_compliance.cli.members import run_for_check  # noqa: PLC0415

        return run_for_check(args)
    from reen_compliance.cli.check import run_check  # noqa: PLC0415 - fast start for --help

    return run_check(args)


def _cmd_validate(args: argparse.Namespace) -> int:
    from reen_compliance.law.loading import load_profile  # noqa: PLC0415
    from reen_compliance.report.build import evaluate  # noqa: PLC0415

    profile = load_profile(args.profile)
    evaluate(profile, as_of=_today())  # checks category ids against the rule pack too
    from reen_compliance.i18n.message import Code, msg  # noqa: PLC0415
    from reen_compliance.i18n.render import render  # noqa: PLC0415

    print(render(msg("cli-valid-profile", file=Code(args.profile)), args.lang))  # noqa: T201
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace) -> int:
    from reen_compliance.law.loading import load_rules  # noqa: PLC0415
    from reen_compliance.report.rules_listing import rules_in_force  # noqa: PLC0415

    rules = load_rules(args.rules) if args.rules else load_rules()
    entries = rules_in_force(rules, args.as_of or _today(), args.lang)
    if args.format == "json":
        emit(json.dumps(entries, ensure_ascii=False, indent=2) + "\n", args.output)
    else:
        from reen_compliance.report.rules_listing import render_rules_text  # noqa: PLC0415

        emit(render_rules_text(entries, args.lang), args.output)
    return EXIT_OK


def add_common(parser: argparse.ArgumentParser, *, formats: Sequence[str] = ()) -> None:
    """Add the options every subcommand shares; the first of `formats` is the default."""
    parser.add_argument(
        "--lang", choices=("fr", "en"), default="fr", help=help_text("cli-help-lang")
    )
    parser.add_argument("--output", "-o", metavar="FILE", help=help_text("cli-help-output"))
    parser.add_argument("--debug", action="store_true", help=help_text("cli-help-debug"))
    parser.add_argument(
        "--max-input-bytes",
        type=positive_int,
        metavar="N",
        help=help_text("cli-help-max-input-bytes"),
    )
    parser.add_argument(
        "--rules", metavar="PATH", nargs="+", help=help_text("cli-help-rules-paths")
    )
    if formats:
        parser.add_argument(
            "--format",
            "-f",
            choices=formats,
            default=formats[0],
            help=help_text("cli-help-format"),
        )


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command-line grammar; each subcommand names its handler.

    With `command`, only that subcommand is added: a command line that names its command is
    read by that command's grammar alone, so `check` neither imports the other commands'
    modules nor formats their help texts (the top level and the command read the same).
    """
    parser = argparse.ArgumentParser(
        prog="reen-compliance", description=help_text("cli-description")
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    if command in {None, "check"}:
        _add_check(sub)
    if command in {None, "rules"}:
        rules = sub.add_parser("rules", help=help_text("cli-help-rules"))
        rules.add_argument(
            "--as-of", type=iso_date, metavar="DATE", help=help_text("cli-help-as-of")
        )
        add_common(rules, formats=("text", "json"))
        rules.set_defaults(handler=_cmd_rules)
    if command in {None, "validate"}:
        validate = sub.add_parser("validate", help=help_text("cli-help-validate"))
        validate.add_argument("profile", metavar="PROFILE", help=help_text("cli-help-profile"))
        add_common(validate)
        validate.set_defaults(handler=_cmd_validate)
    for name, module_name in COMMAND_MODULES.items():
        if command in {None, name}:
            importlib.import_module(module_name).register(sub, add_common)
    return parser


def _add_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = sub.add_parser("check", help=help_text("cli-help-check"))
    check.add_argument(
        "profile", metavar="PROFILE", nargs="+", help=help_text("cli-help-check-profile")
    )
    add_date_options(check, "cli-help-check-as-of")
    check.add_argument(
        "--ledger", nargs="+", metavar="FILE", help=help_text("cli-help-check-ledger")
    )
    check.add_argument(
        "--columns", nargs="+", metavar="NAME=HEADER", help=help_text("cli-help-columns")
    )
    importlib.import_module("reen_compliance.cli.ledger").add_reading_options(check)
    add_common(check, formats=CHECK_FORMATS)
    add_batch_options(check)
    importlib.import_module("reen_compliance.cli.members").add_with_members(check, required=False)
    check.set_defaults(handler=_cmd_check)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; every error raised on purpose becomes a message and exit code 2."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    named = arguments[0] if arguments and arguments[0] in COMMANDS else None
    with speaking(choose_language(arguments)):
        args = build_parser(named).parse_args(arguments)
    from reen_compliance.files.limits import max_input_bytes  # noqa: PLC0415 - not for --help

    try:
        handler: Handler = args.handler
        with max_input_bytes(getattr(args, "max_input_bytes", None)):
            return handler(args)
    except ProfileError as error:  # « profil invalide », « registre invalide »…: its own label
        label = error.heading
        return _report_error(error, args, label.render(getattr(args, "lang", "fr")))
    except ReenComplianceError as error:
        return _report_error(error, args, _heading("cli-heading-invalid-input", args))
    except OSError as error:  # a file that cannot be read or written: say which, and why
        where = error.filename or "?"
        reason = error.strerror or str(error)
        failure = InvalidInputError([Problem(str(where), None, None, "$", reason)])
        return _report_error(failure, args, _heading("cli-heading-file-not-accessible", args))
    except KeyboardInterrupt:
        return 130


def _heading(message_id: str, args: argparse.Namespace) -> str:
    from reen_compliance.i18n.message import msg  # noqa: PLC0415
    from reen_compliance.i18n.render import render  # noqa: PLC0415

    return render(msg(message_id), "en" if getattr(args, "lang", "fr") == "en" else "fr")


def _report_error(error: ReenComplianceError, args: argparse.Namespace, heading: str) -> int:
    lang = getattr(args, "lang", "fr")
    details = error.in_language(lang) if isinstance(error, InvalidInputError) else str(error)
    sys.stderr.write(f"reen-compliance: {heading}\n{details}\n")
    if getattr(args, "debug", False):
        traceback.print_exception(error, file=sys.stderr)
    return EXIT_INVALID


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
