"""`reen-compliance calendar PROFILE`: the dated obligations ahead, as text, JSON or iCalendar."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from reen_compliance.cli import common as cli


def register(sub: Any, add_common: Callable[..., None]) -> None:  # noqa: ANN401 - argparse's private type
    """Add the `calendar` subcommand."""
    parser = sub.add_parser("calendar", help=cli.help_text("cli-help-calendar"))
    parser.add_argument("profile", metavar="PROFILE", help=cli.help_text("cli-help-profile"))
    for option, dest, message_id in (
        ("--from", "start", "cli-help-from"),
        ("--to", "end", "cli-help-to"),
        ("--law-as-of", "law_as_of", "cli-help-law-as-of"),
    ):
        parser.add_argument(
            option,
            dest=dest,
            type=cli.iso_date,
            metavar="DATE",
            help=cli.help_text(message_id),
        )
    add_common(parser, formats=("text", "ics", "json"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """List the items between --from (default today) and --to (default five years later)."""
    from reen_compliance.law.loading import load_profile, load_rules  # noqa: PLC0415
    from reen_compliance.report.calendar import (  # noqa: PLC0415 - fast start for --help
        calendar_items,
        render_calendar_ics,
        render_calendar_json,
        render_calendar_text,
    )

    today = cli._today()  # noqa: SLF001 - the CLI's one clock read
    start: date = args.start or today
    end: date = args.end or date(start.year + 5, start.month, min(start.day, 28))
    if end < start:
        from reen_compliance.i18n.message import msg  # noqa: PLC0415
        from reen_compliance.i18n.render import render  # noqa: PLC0415

        message = render(msg("usage-to-before-from", end=end, start=start), args.lang)
        sys.stderr.write(f"reen-compliance: {message}\n")
        return cli.EXIT_INVALID
    rules = load_rules(args.rules) if args.rules else load_rules()
    profile = load_profile(args.profile)
    items = calendar_items(
        profile,
        start=start,
        end=end,
        rules=rules,
        lang=args.lang,
        law_as_of=args.law_as_of or max(start, today),
    )
    if args.format == "ics":
        cli.emit(render_calendar_ics(items), args.output)
    elif args.format == "json":
        cli.emit(render_calendar_json(items), args.output)
    else:
        cli.emit(render_calendar_text(items, args.lang), args.output)
    return cli.EXIT_OK
