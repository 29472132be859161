"""`reen-compliance members`: an EPCI and its member communes' profiles, evaluated together."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from reen_compliance.cli import common as cli

AddCommon = Callable[..., None]
PROFILE_SUFFIXES = (".yaml", ".yml", ".json")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], add_common: AddCommon
) -> None:
    """Add the `members` subcommand."""
    parser = subparsers.add_parser(
        "members",
        help=cli.help_text("cli-help-members"),
        description=cli.help_text("cli-help-members-description"),
    )
    parser.add_argument(
        "profile", metavar="EPCI_PROFILE", help=cli.help_text("cli-help-members-profile")
    )
    add_with_members(parser)
    cli.add_date_options(parser)
    add_common(parser, formats=("text", "json"))
    parser.set_defaults(handler=run)


def add_with_members(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """Add `--with-members DIR`, shared with `check`."""
    parser.add_argument(
        "--with-members",
        metavar="DIR",
        required=required,
        help=cli.help_text("cli-help-with-members"),
    )


def run(args: argparse.Namespace) -> int:
    """Print the summary; exit 1 on a non-compliant finding, 2 if a profile is invalid."""
    from reen_compliance.errors import ProfileError  # noqa: PLC0415 - fast start for --help
    from reen_compliance.formats.profile import Status  # noqa: PLC0415
    from reen_compliance.i18n.message import Code, msg  # noqa: PLC0415
    from reen_compliance.i18n.render import render  # noqa: PLC0415
    from reen_compliance.law.loading import load_profile, load_rules  # noqa: PLC0415
    from reen_compliance.reference.bodies import ReferenceData  # noqa: PLC0415
    from reen_compliance.reference.members import summarize_members  # noqa: PLC0415
    from reen_compliance.reference.members_report import (  # noqa: PLC0415
        render_members_json,
        render_members_text,
    )

    folder = Path(args.with_members)
    if not folder.is_dir():
        message = msg("members-not-a-folder", folder=Code(str(folder)))
        sys.stderr.write(f"reen-compliance: {render(message, args.lang)}\n")
        return cli.EXIT_INVALID
    rules = load_rules(args.rules) if args.rules else load_rules()
    epci = load_profile(args.profile)
    epci_path = Path(args.profile).resolve()
    members = {}
    invalid: list[ProfileError] = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in PROFILE_SUFFIXES or path.resolve() == epci_path:
            continue
        try:
            members[path.name] = load_profile(path)
        except ProfileError as failure:
            invalid.append(failure)
    summary = summarize_members(
        epci,
        members,
        reference=ReferenceData.bundled(),
        rules=rules,
        as_of=args.as_of or cli._today(),  # noqa: SLF001 - the CLI's one clock read
        law_as_of=args.law_as_of,
        lang=args.lang,
        epci_file=args.profile,
    )
    write = render_members_json if args.format == "json" else render_members_text
    cli.emit(write(summary, args.lang), args.output)
    for problem in invalid:
        sys.stderr.write(f"reen-compliance: {problem}\n")
    if invalid:
        return cli.EXIT_INVALID
    rows = (summary.epci, *summary.profiled)
    non_compliant = any(o.status == Status.NON_COMPLIANT for row in rows for o in row.outcomes)
    return cli.EXIT_NON_COMPLIANT if non_compliant else cli.EXIT_OK


def run_for_check(args: argparse.Namespace) -> int:
    """Run `check EPCI_PROFILE --with-members DIR` as `members` does: one profile, text or JSON."""
    profiles = args.profile if isinstance(args.profile, list) else [args.profile]
    if len(profiles) != 1 or args.format not in {"text", "json"}:
        from reen_compliance.i18n.message import msg  # noqa: PLC0415 - fast start for --help
        from reen_compliance.i18n.render import render  # noqa: PLC0415

        text = render(msg("members-check-one-profile"), args.lang)
        sys.stderr.write(f"reen-compliance: {text}\n")
        return cli.EXIT_INVALID
    return run(argparse.Namespace(**{**vars(args), "profile": profiles[0]}))
