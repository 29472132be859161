"""The batch summary written out: text for a 100-column terminal, CSV, and an HTML page.

Every word comes from the catalogues (`summary-…` ids); rule columns are named by the rules'
short titles, their full titles given on hover and in a legend.
"""

from __future__ import annotations

import csv
import io
import textwrap
from typing import TYPE_CHECKING, Final
from urllib.parse import quote

from reen_compliance.i18n.message import Value, msg
from reen_compliance.i18n.render import render
from reen_compliance.ledger.read import escape_spreadsheet_cell
from reen_compliance.report.text import STATUS_ORDER, status_mark
from reen_compliance.report.words import status_label

if TYPE_CHECKING:
    from reen_compliance.formats.profile import Status
    from reen_compliance.report.summary import Summary, SummaryRow
    from reen_compliance.report.words import Lang

TEXT_WIDTH: Final = 100
"""The terminal width the text summary fits."""
NAME_WIDTH: Final = 28
"""The widest body name shown whole in the text summary; longer ones are cut with « … »."""
COUNT_WIDTH: Final = 3


def _t(message_id: str, lang: Lang, **values: Value) -> str:
    return render(msg(message_id, **values), lang)


def _badge(status: Status, lang: Lang) -> str:
    return f"{status_mark(status)} {status_label(status, lang)}"


def legend(lang: Lang) -> list[str]:
    """One entry per status: its mark and its words."""
    return [_badge(status, lang) for status in STATUS_ORDER]


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _first(summary: Summary, row: SummaryRow, lang: Lang) -> str:
    """The obligation to act on first, with the mark of its status, or a dash."""
    column = summary.column(row.first) if row.first else None
    if column is None:
        return "—"
    status = row.cells[summary.columns.index(column)]
    mark = status_mark(status) + " " if status is not None else ""
    return mark + column.short_title.in_language(lang)


def summary_text(summary: Summary, lang: Lang) -> str:
    """One line per body: name, obligations per status, the one to act on first; then a legend."""
    names = [row.body for row in summary.rows if row.problems is None]
    header_name = _t("summary-col-body", lang)
    width = min(NAME_WIDTH, max((len(name) for name in [header_name, *names]), default=0))
    counts_header = " ".join(status_mark(s).rjust(COUNT_WIDTH) for s in STATUS_ORDER)
    out = [_t("summary-title", lang, count=len(summary.rows)), ""]
    out.append(f"{header_name.ljust(width)} {counts_header}  {_t('summary-col-first', lang)}")
    wrap = textwrap.TextWrapper(
        width=TEXT_WIDTH, initial_indent="    ", subsequent_indent="    ", break_on_hyphens=False
    )
    for row in summary.rows:
        if row.problems is not None:
            heading = _t("summary-invalid-line", lang, path=row.path)
            out += textwrap.wrap(heading, TEXT_WIDTH, subsequent_indent="  ")
            out += [wrapped for line in row.problems.splitlines() for wrapped in wrap.wrap(line)]
            continue
        counts = " ".join(str(row.count(s)).rjust(COUNT_WIDTH) for s in STATUS_ORDER)
        line = f"{_cut(row.body, width).ljust(width)} {counts}  "
        out.append(line + _cut(_first(summary, row, lang), TEXT_WIDTH - len(line)))
    # An entry never breaks inside, and its separator stays at the end of the line.
    entries = "\u00a0· ".join(entry.replace(" ", "\u00a0") for entry in legend(lang))
    notes = [_t("summary-counts-note", lang), _t("summary-legend-line", lang, entries=entries)]
    out.append("")
    out += [
        wrapped.replace("\u00a0", " ")
        for note in notes
        for wrapped in textwrap.wrap(note, TEXT_WIDTH, break_on_hyphens=False)
    ]
    return "\n".join(out) + "\n"


def summary_csv(summary: Summary, lang: Lang) -> str:
    """CSV with status words in cells; cells a spreadsheet would run as formulas are escaped."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    links = any(row.report for row in summary.rows)
    header = [
        _t("summary-col-profile", lang),
        _t("summary-col-body", lang),
        "SIREN",
        _t("summary-col-valid", lang),
        _t("summary-col-problems", lang),
        _t("summary-col-breaches", lang),
        *([_t("summary-col-report", lang)] if links else []),
        *(column.short_title.in_language(lang) for column in summary.columns),
    ]
    writer.writerow(header)
    yes, no = _t("out-value-true", lang), _t("out-value-false", lang)
    for row in summary.rows:
        cells = ["" if cell is None else status_label(cell, lang) for cell in row.cells]
        breaches = "" if row.problems else str(row.breaches)
        values = [row.path, row.body, row.siren, no if row.problems else yes]
        values += [row.problems or "", breaches, *([row.report or ""] if links else []), *cells]
        writer.writerow([escape_spreadsheet_cell(value) for value in values])
    return buffer.getvalue()


def _path_parts(path: str) -> list[str]:
    """A path cut after each separator, where the page may wrap it (never mid-name)."""
    parts = path.replace("\\", "/").split("/")
    return [part + "/" for part in parts[:-1]] + parts[-1:]


def summary_html(summary: Summary, lang: Lang) -> str:
    """The summary as a self-contained, accessible HTML page; the table scrolls in its box."""
    from reen_compliance.report.html import template_environment  # noqa: PLC0415 - Jinja2

    def cell(status: Status | None) -> dict[str, str] | None:
        if status is None:
            return None
        return {
            "status": status.value,
            "mark": status_mark(status),
            "label": status_label(status, lang),
        }

    rows = [
        {
            "path": _path_parts(row.path),
            "body": row.body,
            "siren": row.siren,
            "problems": row.problems,
            "report": quote(row.report) if row.report else None,
            "breaches": row.breaches,
            "cells": [cell(status) for status in row.cells],
        }
        for row in summary.rows
    ]
    columns = [
        {
            "id": column.rule_id,
            "short": column.short_title.in_language(lang),
            "title": column.title.in_language(lang),
        }
        for column in summary.columns
    ]
    view = {
        "lang": lang,
        "title": _t("summary-title", lang, count=len(summary.rows)),
        "statuses": [cell(status) for status in STATUS_ORDER],
        "columns": columns,
        "rows": rows,
    }
    return template_environment().get_template("summary.html.j2").render(view=view)
