"""`reen-compliance explain PROFILE RULE_ID`: the legal reasoning behind one rule's findings."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from reen_compliance.cli import common as cli


def register(sub: Any, add_common: Callable[..., None]) -> None:  # noqa: ANN401 - argparse's private type
    """Add the `explain` subcommand."""
    parser = sub.add_parser("explain", help=cli.help_text("cli-help-explain"))
    parser.add_argument("profile", metavar="PROFILE", help=cli.help_text("cli-help-profile"))
    parser.add_argument("rule_id", metavar="RULE_ID", help=cli.help_text("cli-help-rule-id"))
    cli.add_date_options(parser)
    parser.add_argument("--period", help=cli.help_text("cli-help-period"))
    add_common(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate the profile with the whole pack, then lay out the rule's findings."""
    from reen_compliance.errors import Problem, ProfileError, suggest  # noqa: PLC0415
    from reen_compliance.law.loading import load_profile, load_rules  # noqa: PLC0415
    from reen_compliance.messages import say  # noqa: PLC0415
    from reen_compliance.report.build import evaluate  # noqa: PLC0415 - fast start for --help
    from reen_compliance.report.explain import findings_of, render_explanation  # noqa: PLC0415

    rules = load_rules(args.rules) if args.rules else load_rules()
    load_rules(args.rules, only=[args.rule_id]) if args.rules else load_rules(only=[args.rule_id])
    profile = load_profile(args.profile)
    report = evaluate(
        profile,
        as_of=args.as_of or cli._today(),  # noqa: SLF001 - the CLI's one clock read
        law_as_of=args.law_as_of,
        rules=rules,
        lang=args.lang,
    )
    findings = findings_of(report, args.rule_id, args.period)
    if not findings:
        periods = [f.period or "" for f in findings_of(report, args.rule_id)]
        message = say("cli.no_finding_for_period", rule_id=args.rule_id, period=args.period)
        hint = suggest(args.period, periods)
        problem = Problem.of("--period", None, None, "$", message, hint)
        raise ProfileError([problem])
    cli.emit(render_explanation(report, findings), args.output)
    return cli.EXIT_OK
