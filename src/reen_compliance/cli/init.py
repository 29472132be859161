"""`reen-compliance init`: write a starter profile for a commune or EPCI of the reference data."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from reen_compliance.cli import common as cli
from reen_compliance.errors import Problem, ProfileError

AddCommon = Callable[..., None]


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], add_common: AddCommon
) -> None:
    """Add the `init` subcommand."""
    parser = subparsers.add_parser(
        "init",
        help=cli.help_text("cli-help-init"),
        description=cli.help_text("cli-help-init-description"),
    )
    code = parser.add_mutually_exclusive_group(required=True)
    code.add_argument("--siren", metavar="SIREN", help=cli.help_text("cli-help-siren"))
    code.add_argument("--insee", metavar="CODE", help=cli.help_text("cli-help-insee"))
    parser.add_argument("--force", action="store_true", help=cli.help_text("cli-help-force"))
    add_common(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the starter profile; refuse to replace a file unless --force."""
    from reen_compliance.i18n.message import Code, msg  # noqa: PLC0415
    from reen_compliance.i18n.render import render  # noqa: PLC0415
    from reen_compliance.messages import say  # noqa: PLC0415
    from reen_compliance.reference.bodies import (  # noqa: PLC0415 - fast start for --help
        ReferenceData,
        is_insee_code,
        is_siren,
        normalize_code,
    )
    from reen_compliance.reference.starter import starter_profile_yaml  # noqa: PLC0415

    reference = ReferenceData.bundled()
    option, code = ("--siren", args.siren) if args.siren is not None else ("--insee", args.insee)
    expected = is_siren if option == "--siren" else is_insee_code
    if not expected(normalize_code(code)):
        expected_id = (
            "reference.expected_siren" if option == "--siren" else "reference.expected_insee"
        )
        problem = Problem.of(option, None, None, "$", say(expected_id, found=code))
        raise ProfileError([problem])
    body = reference.lookup(code, file=option)
    text = starter_profile_yaml(body, reference.vintage, args.lang)
    if args.output and Path(args.output).exists() and not args.force:
        message = msg("init-exists", file=Code(args.output))
        sys.stderr.write(f"reen-compliance: {render(message, args.lang)}\n")
        return cli.EXIT_INVALID
    cli.emit(text, args.output)
    if args.output:
        message = msg("init-written", file=Code(args.output), name=body.name)
        sys.stderr.write(render(message, args.lang) + "\n")
    return cli.EXIT_OK
