"""`verify REPORT.json PROFILE`: re-run a report from its receipt and confirm the same result.

The report is evaluated again with the receipt's `as_of`, `law_as_of` and language, against the
given profile (and ledgers) and rules. Exit 0 when the receipts and every finding match; exit 1
naming what changed: the profile, ledger or rule-pack hash, the engine version, and the findings
whose status or gap moved.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reen_compliance.i18n.formats import Lang
    from reen_compliance.report.diff import ReportDiff

EXIT_SAME = 0
EXIT_CHANGED = 1


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    add_common: Callable[..., Any],
) -> None:
    """Add `verify` to the command line."""
    from reen_compliance.cli.common import help_text  # noqa: PLC0415 - cli imports this module

    parser = subparsers.add_parser(
        "verify",
        help=help_text("cli-help-verify"),
        description=help_text("cli-help-verify-description"),
    )
    parser.add_argument("report", metavar="REPORT.json", help=help_text("cli-help-verify-report"))
    parser.add_argument("profile", metavar="PROFILE", help=help_text("cli-help-verify-profile"))
    parser.add_argument(
        "--ledger",
        metavar="FILE",
        nargs="+",
        default=[],
        help=help_text("cli-help-verify-ledger"),
    )
    parser.add_argument(
        "--columns", nargs="+", metavar="NAME=HEADER", help=help_text("cli-help-columns")
    )
    add_common(parser, formats=("text", "json"))
    parser.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    """Re-evaluate and compare; print the verdict in the requested language."""
    from reen_compliance.cli.check import ledger_figures  # noqa: PLC0415
    from reen_compliance.cli.common import emit, file_sha256  # noqa: PLC0415
    from reen_compliance.law.loading import load_profile, load_rules  # noqa: PLC0415
    from reen_compliance.report.build import evaluate  # noqa: PLC0415
    from reen_compliance.report.diff import compare_reports, load_report  # noqa: PLC0415

    old = load_report(args.report)
    rules = load_rules(args.rules) if args.rules else load_rules()
    ledger_args = argparse.Namespace(**{**vars(args), "lang": old.lang})
    ledger = ledger_figures(ledger_args, rules) if args.ledger else None
    new = evaluate(
        load_profile(args.profile),
        as_of=old.receipt.as_of,
        law_as_of=old.receipt.law_as_of,
        rules=rules,
        lang=old.lang,
        profile_sha256=file_sha256(args.profile),
        procurement=ledger.figures if ledger else None,
        procurement_source=ledger.source if ledger else None,
        procurement_notes=ledger.notes if ledger else (),
        ledger_sha256=ledger.sha256 if ledger else (),
    )
    diff = compare_reports(old, new)
    identical = not diff.receipt_differences and diff.same_result and not diff.reworded
    if args.format == "json":
        from reen_compliance.report.diff import render_diff_json  # noqa: PLC0415

        emit(render_diff_json(diff), args.output)
    else:
        emit(_verdict(diff, identical=identical, lang=args.lang), args.output)
    return EXIT_SAME if identical else EXIT_CHANGED


_WHAT: dict[str, str] = {
    "profile_sha256": "verify-profile-changed",
    "ledger_sha256": "verify-ledgers-changed",
    "rule_pack_sha256": "verify-rules-changed",
    "rule_pack_version": "verify-rules-version-changed",
    "engine_version": "verify-engine-version-changed",
}
"""The catalogue id saying which part of the receipt changed."""


def _verdict(diff: ReportDiff, *, identical: bool, lang: str) -> str:
    from reen_compliance.i18n.message import Code, msg  # noqa: PLC0415
    from reen_compliance.i18n.render import render  # noqa: PLC0415
    from reen_compliance.report.diff import describe_change  # noqa: PLC0415

    language: Lang = "en" if lang == "en" else "fr"
    if identical:
        return render(msg("verify-same"), language) + "\n"
    lines = [render(msg("verify-differences"), language)]
    for difference in diff.receipt_differences:
        message_id = _WHAT.get(difference.field)
        what = (
            msg(message_id)
            if message_id
            else msg("verify-field-changed", field=Code(difference.field))
        )
        change = msg(
            "verify-receipt-change",
            what=what,
            old=Code(difference.old or "—"),
            new=Code(difference.new or "—"),
        )
        lines.append("  " + render(change, language))
    lines += [f"  {describe_change(change, language)}" for change in diff.changes]
    if diff.reworded:
        names = tuple(Code(name) for name in diff.reworded)
        lines.append("  " + render(msg("verify-reworded", rules=names), language))
    if diff.same_result:
        lines.append(render(msg("verify-unchanged"), language))
    return "\n".join(lines) + "\n"
