"""Summaries of many reports: one row per body, one column per obligation, worst status per cell.

Pure rendering: the command runs the profiles and hands over their outcomes in input order, or
only their compact rows (`BodyRow`: the worst status per rule), which is all a summary needs and
what a worker process sends back, so a batch never keeps a full report.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reen_compliance.ledger_read import escape_spreadsheet_cell
from reen_compliance.model import Status
from reen_compliance.report import STATUS_ORDER, report_data, status_mark, status_rank
from reen_compliance.report_model import Report
from reen_compliance.wording import Lang, pick, status_label


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one profile in a batch: its report, or why it could not be read."""

    path: str
    report: Report | None = None
    problems: str | None = None

    @property
    def is_valid(self) -> bool:
        """Whether the profile gave a report."""
        return self.report is not None


@dataclass(frozen=True, slots=True)
class BodyRow:
    """One body of a batch, as small as a summary needs: the worst status of each rule.

    `worst` follows the order in which the report lists its findings; `non_compliant` says
    whether any finding is, for the exit code.
    """

    path: str
    body: str = ""
    siren: str = ""
    worst: tuple[tuple[str, Status], ...] = ()
    problems: str | None = None
    non_compliant: bool = False


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One body of a batch: its worst status per rule id (None: the rule gave no finding)."""

    path: str
    body: str
    siren: str
    cells: tuple[Status | None, ...]
    problems: str | None


@dataclass(frozen=True, slots=True)
class Summary:
    """The batch as a table: rule ids as columns, one row per profile in input order."""

    rule_ids: tuple[str, ...]
    rows: tuple[SummaryRow, ...]


def worst_status(statuses: Sequence[Status]) -> Status | None:
    """The most urgent status (non compliant first), or None for no finding."""
    return min(statuses, key=status_rank, default=None)


def body_row(outcome: Outcome) -> BodyRow:
    """The compact row of one outcome: what is left of its report once summarised."""
    report = outcome.report
    if report is None:
        return BodyRow(outcome.path, problems=outcome.problems)
    by_rule: dict[str, list[Status]] = {}
    for finding in report.findings:
        by_rule.setdefault(finding.rule_id, []).append(finding.status)
    worst = tuple((rule_id, min(found, key=status_rank)) for rule_id, found in by_rule.items())
    return BodyRow(
        outcome.path,
        report.collectivity.name,
        report.collectivity.siren or "",
        worst,
        None,
        sets_exit_code(report),
    )


def batch_exit_code(outcomes: Sequence[Outcome]) -> int:
    """2 if any profile was invalid, else 1 if any finding is non compliant, else 0."""
    return rows_exit_code([body_row(outcome) for outcome in outcomes])


def rows_exit_code(rows: Iterable[BodyRow]) -> int:
    """`batch_exit_code` from compact rows."""
    invalid = non_compliant = False
    for row in rows:
        invalid = invalid or row.problems is not None
        non_compliant = non_compliant or row.non_compliant
    if invalid:
        return 2
    return 1 if non_compliant else 0


def sets_exit_code(report: Report) -> bool:
    """Whether a report exits 1: a breach resting on no unconfirmed reading.

    A point of attention the law does not require never counts (issue 13, points 9 and 10).
    """
    return any(
        f.status == Status.NON_COMPLIANT and not f.reading_unconfirmed and not f.information_only
        for f in report.findings
    )


def summarize(outcomes: Sequence[Outcome]) -> Summary:
    """Build the table; columns follow the rule pack's order as the reports list findings."""
    return summarize_rows([body_row(outcome) for outcome in outcomes])


def summarize_rows(rows: Sequence[BodyRow]) -> Summary:
    """`summarize` from compact rows, in input order."""
    rule_ids: dict[str, None] = {}
    for row in rows:
        if row.problems is None:
            rule_ids.update((rule_id, None) for rule_id, _ in row.worst)
    table = []
    for row in rows:
        if row.problems is not None:
            table.append(SummaryRow(row.path, "", "", (None,) * len(rule_ids), row.problems))
            continue
        worst = dict(row.worst)
        cells = tuple(worst.get(rule_id) for rule_id in rule_ids)
        table.append(SummaryRow(row.path, row.body, row.siren, cells, None))
    return Summary(tuple(rule_ids), tuple(table))


def _cell(status: Status | None, lang: Lang) -> str:
    return "—" if status is None else f"{status_mark(status)} {status_label(status, lang)}"


def _invalid(lang: Lang) -> str:
    return pick(lang, "⚠ profil invalide", "⚠ invalid profile")


def _headers(lang: Lang) -> list[str]:
    return [pick(lang, "Profil", "Profile"), pick(lang, "Organisme", "Body"), "SIREN"]


def legend(lang: Lang) -> list[str]:
    """One entry per status: its mark and its words."""
    return [f"{status_mark(status)} {status_label(status, lang)}" for status in STATUS_ORDER]


def render_summary_text(summary: Summary, lang: Lang) -> str:
    """An aligned text table followed by its legend, for a terminal."""
    header = [*_headers(lang), *summary.rule_ids]
    lines = [
        [row.path, _invalid(lang) if row.problems else row.body, row.siren]
        + [_cell(cell, lang) for cell in row.cells]
        for row in summary.rows
    ]
    widths = [max(len(text) for text in column) for column in zip(header, *lines, strict=True)]
    out = ["  ".join(text.ljust(width) for text, width in zip(header, widths, strict=True))]
    out.append("  ".join("-" * width for width in widths))
    out += [
        "  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    ]
    out += ["", pick(lang, "Légende : ", "Legend: ") + " · ".join(legend(lang))]
    out.append(
        pick(lang, "— : aucune constatation pour cette règle", "—: no finding for this rule")
    )
    return "\n".join(out) + "\n"


def render_summary_csv(summary: Summary, lang: Lang) -> str:
    """CSV with status words in cells; cells a spreadsheet would run as formulas are escaped."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    valid, problems = pick(lang, "Valide", "Valid"), pick(lang, "Problèmes", "Problems")
    writer.writerow([*_headers(lang), valid, problems, *summary.rule_ids])
    for row in summary.rows:
        cells = ["" if cell is None else status_label(cell, lang) for cell in row.cells]
        valid = pick(lang, "non", "no") if row.problems else pick(lang, "oui", "yes")
        values = [row.path, row.body, row.siren, valid, row.problems or "", *cells]
        writer.writerow([escape_spreadsheet_cell(value) for value in values])
    return buffer.getvalue()


def render_summary_jsonl(outcomes: Sequence[Outcome]) -> str:
    """One full report JSON per line; an invalid profile is a line with `invalid: true`."""
    return "".join(jsonl_line(outcome) for outcome in outcomes)


def jsonl_line(outcome: Outcome) -> str:
    """The JSON Lines line of one outcome, newline included."""
    if outcome.report is not None:
        return json.dumps(report_data(outcome.report), ensure_ascii=False) + "\n"
    entry = {"profile": outcome.path, "invalid": True, "problems": outcome.problems}
    return json.dumps(entry, ensure_ascii=False) + "\n"


def render_summary_html(summary: Summary, lang: Lang) -> str:
    """The summary table as a self-contained, accessible HTML page."""
    from reen_compliance.report_html import template_environment  # noqa: PLC0415 - Jinja2

    statuses = [
        {"status": s.value, "mark": status_mark(s), "label": status_label(s, lang)}
        for s in STATUS_ORDER
    ]
    rows = [
        {
            "path": row.path,
            "body": row.body,
            "siren": row.siren,
            "problems": row.problems,
            "cells": [
                None
                if cell is None
                else {
                    "status": cell.value,
                    "mark": status_mark(cell),
                    "label": status_label(cell, lang),
                }
                for cell in row.cells
            ],
        }
        for row in summary.rows
    ]
    count = len(summary.rows)
    view = {
        "lang": lang,
        "title": pick(
            lang,
            f"Synthèse de conformité — {count} profils",
            f"Compliance summary — {count} profiles",
        ),
        "t": {
            "generated": pick(
                lang,
                "Synthèse produite par reen-compliance. Elle ne remplace pas l'avis d'un juriste.",
                "Summary produced by reen-compliance. It does not replace a lawyer's advice.",
            ),
            "legend": pick(lang, "Légende", "Legend"),
            "table": pick(lang, "Pire statut par obligation", "Worst status per obligation"),
            "caption": pick(
                lang,
                "Une ligne par organisme, une colonne par obligation : le statut le plus grave "
                "de ses constatations.",
                "One row per body, one column per obligation: the most serious status of its "
                "findings.",
            ),
            "profile": pick(lang, "Profil", "Profile"),
            "body": pick(lang, "Organisme", "Body"),
            "none": pick(lang, "aucune constatation", "no finding"),
            "invalid": _invalid(lang),
        },
        "statuses": statuses,
        "rule_ids": summary.rule_ids,
        "rows": rows,
    }
    return template_environment().get_template("summary.html.j2").render(view=view)
