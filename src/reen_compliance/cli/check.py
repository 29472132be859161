"""`check`: one profile gives one report; many profiles (or a folder) give a batch.

A batch (`check_batch`) evaluates profiles in worker processes (the rule pack loaded once per
worker), reports each invalid profile on stderr and as an invalid row without stopping the
others, can write one report per profile into `--output-dir` as each one finishes, and prints a
summary table, JSON Lines or JUnit XML. Exit code: 2 if any profile was invalid, else 1 if any
finding is non compliant, else 0.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from reen_compliance.errors import ProfileError
from reen_compliance.i18n.message import Code, Msg, msg

if TYPE_CHECKING:
    from reen_compliance.decisions.procurement import LedgerFigures
    from reen_compliance.formats.profile import ProcurementFigure
    from reen_compliance.formats.report import Report
    from reen_compliance.law.loading import RuleSet
    from reen_compliance.report.summary import Outcome
    from reen_compliance.report.words import Lang

FORMATS: Final = ("text", "markdown", "json", "html", "pdf", "junit", "jsonl", "csv")
REPORT_FORMATS: Final = ("json", "text", "markdown", "html", "pdf", "junit")
SUMMARY_FORMATS: Final = ("text", "csv", "html", "jsonl", "junit")
STREAM_FORMATS: Final = ("jsonl", "junit")
PROFILE_SUFFIXES: Final = (".yaml", ".yml", ".json")
EXTENSIONS: Final = {
    "json": ".json",
    "text": ".txt",
    "markdown": ".md",
    "html": ".html",
    "pdf": ".pdf",
    "junit": ".xml",
}
AUTO_PARALLEL_FROM: Final = 8
EXIT_INVALID: Final = 2


class UsageError(Exception):
    """A combination of options that cannot work; the message says what to do instead."""

    def __init__(self, message: Msg, detail: str | None = None) -> None:
        """The catalogue message, and a detail quoted as is (a library's own error)."""
        super().__init__(message.id)
        self.message = message
        self.detail = detail

    def in_language(self, lang: Lang) -> str:
        """The message in `lang`, with its detail on the next line."""
        from reen_compliance.i18n.render import render  # noqa: PLC0415 - errors only

        text = render(self.message, lang)
        return f"{text}\n({self.detail})" if self.detail else text


def add_batch_options(parser: argparse.ArgumentParser) -> None:
    """The options of `check` for many profiles."""
    from reen_compliance.cli.common import help_text  # noqa: PLC0415 - cli imports this module

    parser.add_argument(
        "--summary",
        action="store_true",
        help=help_text("cli-help-summary"),
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        metavar="N",
        help=help_text("cli-help-jobs", profiles=str(AUTO_PARALLEL_FROM)),
    )
    parser.add_argument(
        "--output-dir",
        metavar="DIR",
        help=help_text("cli-help-output-dir"),
    )
    parser.add_argument(
        "--report-format",
        choices=REPORT_FORMATS,
        default="json",
        help=help_text("cli-help-report-format"),
    )


def run_check(args: argparse.Namespace) -> int:
    """The `check` command: a single report, or a batch when asked for or when needed."""
    lang: Lang = args.lang
    if not args.ledger:
        from reen_compliance.cli.ledger import (  # noqa: PLC0415
            refuse_reading_options_without_ledger,
        )

        refuse_reading_options_without_ledger(args)
    try:
        paths = expand_profiles(args.profile)
        single = (
            len(args.profile) == 1
            and not Path(args.profile[0]).is_dir()
            and not args.summary
            and not args.output_dir
        )
        _check_options(args, single=single)
    except UsageError as error:
        sys.stderr.write(f"reen-compliance: {error.in_language(lang)}\n")
        return EXIT_INVALID
    if single:
        return _run_single(args, paths[0])
    from reen_compliance.cli.check_batch import run_batch  # noqa: PLC0415 - the pool

    return run_batch(args, paths, lang)


def expand_profiles(arguments: Sequence[str]) -> list[str]:
    """Files as given, folders replaced by their `*.yaml`, `*.yml` and `*.json` files, sorted."""
    paths: list[str] = []
    for argument in arguments:
        folder = Path(argument)
        if folder.is_dir():
            paths.extend(
                str(path)
                for path in sorted(folder.iterdir())
                if path.suffix.lower() in PROFILE_SUFFIXES and path.is_file()
            )
        else:
            paths.append(argument)
    if not paths:
        raise UsageError(msg("usage-no-profile"))
    return paths


def _check_options(args: argparse.Namespace, *, single: bool) -> None:
    fmt = args.format
    if single:
        if fmt == "csv":
            raise UsageError(msg("usage-csv-needs-summary"))
        if fmt == "pdf":
            _require_pdf()
            if not args.output and sys.stdout.isatty():
                raise UsageError(msg("usage-pdf-to-terminal"))
        return
    if args.ledger:
        raise UsageError(msg("usage-ledger-single-profile"))
    if args.summary and fmt not in SUMMARY_FORMATS:
        choices = tuple(Code(name) for name in SUMMARY_FORMATS)
        raise UsageError(msg("usage-summary-formats", choices=choices, format=Code(fmt)))
    if not args.summary and fmt not in STREAM_FORMATS and not args.output_dir:
        raise UsageError(msg("usage-several-profiles"))
    if args.output_dir and args.report_format == "pdf":
        _require_pdf()
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(msg("usage-jobs-at-least-one"))


def _require_pdf() -> None:
    try:
        importlib.import_module("weasyprint")  # only asks whether the extra is installed
    except (ImportError, OSError) as error:  # OSError: WeasyPrint without pango
        raise UsageError(msg("usage-pdf-missing"), str(error)) from error


def render_report(report: Report, fmt: str, path: str) -> str | bytes:
    """One report in a report format (`path` names the profile in JUnit properties)."""
    if fmt in {"html", "pdf"}:
        from reen_compliance.report.html import render_html, render_pdf  # noqa: PLC0415

        return render_pdf(report) if fmt == "pdf" else render_html(report)
    if fmt in STREAM_FORMATS:
        from reen_compliance.report.junit import render_junit  # noqa: PLC0415
        from reen_compliance.report.summary import Outcome, render_summary_jsonl  # noqa: PLC0415

        outcome = Outcome(path, report)
        if fmt == "jsonl":
            return render_summary_jsonl([outcome])
        return render_junit([outcome], report.lang)
    from reen_compliance.report.text import render_json, render_markdown, render_text  # noqa: PLC0415

    renderers = {"json": render_json, "text": render_text, "markdown": render_markdown}
    return renderers[fmt](report)


def _run_single(args: argparse.Namespace, path: str) -> int:
    """One profile, as `check` always did: a profile error reaches the CLI's handler."""
    from reen_compliance.cli.common import EXIT_NON_COMPLIANT, EXIT_OK, emit, file_sha256  # noqa: PLC0415
    from reen_compliance.law.loading import load_profile, load_rules  # noqa: PLC0415
    from reen_compliance.report.build import evaluate  # noqa: PLC0415
    from reen_compliance.report.summary import sets_exit_code  # noqa: PLC0415

    rules = load_rules(args.rules) if args.rules else load_rules()
    profile = load_profile(path)
    ledger = ledger_figures(args, rules, profile.procurement) if args.ledger else None
    report = evaluate(
        profile,
        as_of=args.as_of or _today(),
        law_as_of=args.law_as_of,
        rules=rules,
        lang=args.lang,
        profile_sha256=file_sha256(path),
        procurement=ledger.figures if ledger else None,
        procurement_source=ledger.source if ledger else None,
        procurement_notes=ledger.notes if ledger else (),
        ledger_sha256=ledger.sha256 if ledger else (),
    )
    emit(render_report(report, args.format, path), args.output)
    return EXIT_NON_COMPLIANT if sets_exit_code(report) else EXIT_OK


def ledger_figures(
    args: argparse.Namespace,
    rules: RuleSet,
    declared: Mapping[int, Sequence[ProcurementFigure]] | None = None,
) -> LedgerFigures:
    """Read `--ledger` files into yearly figures, all or nothing.

    The profile's `declared` figures are kept for the years the ledgers hold no line of, and a
    note says so: a ledger of 2025 does not erase what the profile declares for 2023.
    """
    import dataclasses  # noqa: PLC0415

    from reen_compliance.cli.ledger import parse_columns, reading_mapping  # noqa: PLC0415
    from reen_compliance.decisions.procurement import (  # noqa: PLC0415
        LedgerNote,
        figures_from_summary,
        shares_rule,
        summarize,
    )
    from reen_compliance.i18n.message import msg  # noqa: PLC0415

    rule = shares_rule(rules)
    summary = summarize(
        rule,
        args.ledger,
        columns=parse_columns(args.columns),
        mapping=reading_mapping(args),
    )
    figures = figures_from_summary(summary, rule)
    covered = {t.year for t in summary.categories} | {u.year for u in summary.unmapped}
    covered |= {o.year for o in summary.outside_regime}
    kept = {year: tuple(items) for year, items in (declared or {}).items() if year not in covered}
    if not kept:
        return figures
    notes = tuple(
        LedgerNote(year, msg("ledger-note-profile-year-kept", year=str(year)))
        for year in sorted(kept)
    )
    merged = dict(sorted({**kept, **figures.figures}.items()))
    return dataclasses.replace(figures, figures=merged, notes=(*figures.notes, *notes))


def _today() -> date:
    from reen_compliance.cli.common import _today as today  # noqa: PLC0415 - the CLI holds the one clock

    return today()


def evaluate_profile(
    path: str, as_of: date, law_as_of: date | None, lang: Lang, rules: RuleSet
) -> Outcome:
    """Load and evaluate one profile; a profile error becomes an invalid outcome, not a crash."""
    from reen_compliance.cli.common import file_sha256  # noqa: PLC0415
    from reen_compliance.law.loading import load_profile  # noqa: PLC0415
    from reen_compliance.report.build import evaluate  # noqa: PLC0415
    from reen_compliance.report.summary import Outcome  # noqa: PLC0415

    try:
        profile = load_profile(path)
        report = evaluate(
            profile,
            as_of=as_of,
            law_as_of=law_as_of,
            rules=rules,
            lang=lang,
            profile_sha256=file_sha256(path),
        )
    except ProfileError as error:
        return Outcome(path, problems=error.in_language(lang))
    except OSError as error:  # the file vanished between loading and hashing
        from reen_compliance.messages import say  # noqa: PLC0415

        unreadable = say("file.unreadable", reason=error.strerror or "")
        return Outcome(path, problems=f"{path}: $: {unreadable.render(lang)}")
    return Outcome(path, report)
