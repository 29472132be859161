"""Summaries of many reports: one row per body, one column per obligation, worst status per cell.

Pure data: the command runs the profiles and hands over their outcomes, or only their compact
rows (`BodyRow`: the worst status per rule), which is all a summary needs and what a worker
process sends back, so a batch never keeps a full report. `batch_render` writes the summary as
text, CSV or HTML.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reen_compliance.formats.profile import Status
from reen_compliance.report.text import STATUS_ORDER, report_data, status_rank

if TYPE_CHECKING:
    from reen_compliance.formats.report import Report
    from reen_compliance.i18n.message import Localized
    from reen_compliance.law.loading import RuleSet
    from reen_compliance.report.words import Lang


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one profile in a batch: its report, or why it could not be read.

    `problems` are written in the batch's language.
    """

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
    whether any finding is, for the exit code; `report` is where its report was written.
    """

    path: str
    body: str = ""
    siren: str = ""
    worst: tuple[tuple[str, Status], ...] = ()
    problems: str | None = None
    non_compliant: bool = False
    report: str | None = None


@dataclass(frozen=True, slots=True)
class Column:
    """One obligation of the summary: its rule id, a short title for the header, its title."""

    rule_id: str
    short_title: Localized
    title: Localized


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One body of a batch: its worst status per column (None: the rule gave no finding).

    `first` is the rule to act on first: the first the report lists with the body's worst
    status, when that status calls for action (non compliant, data missing, not yet due).
    """

    path: str
    body: str
    siren: str
    cells: tuple[Status | None, ...]
    problems: str | None
    report: str | None = None
    first: str | None = None

    def count(self, status: Status) -> int:
        """How many obligations have `status` as their worst."""
        return self.cells.count(status)

    @property
    def breaches(self) -> int:
        """How many obligations are not met."""
        return self.count(Status.NON_COMPLIANT)


@dataclass(frozen=True, slots=True)
class Summary:
    """The batch as a table: obligations as columns, rows most serious first, then by name."""

    columns: tuple[Column, ...]
    rows: tuple[SummaryRow, ...]

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The rule id of each column."""
        return tuple(column.rule_id for column in self.columns)

    def column(self, rule_id: str) -> Column | None:
        """The column of `rule_id`, or None."""
        return next((column for column in self.columns if column.rule_id == rule_id), None)


ACTION_STATUSES = (Status.NON_COMPLIANT, Status.INSUFFICIENT_DATA, Status.NOT_YET_DUE)
"""Statuses that call for something to be done."""


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


def summarize(outcomes: Sequence[Outcome], rules: RuleSet | None = None) -> Summary:
    """Build the table from whole reports (see `summarize_rows`)."""
    return summarize_rows([body_row(outcome) for outcome in outcomes], rules)


def summarize_rows(rows: Sequence[BodyRow], rules: RuleSet | None = None) -> Summary:
    """The table: a column per rule some body has a finding for, in the rule pack's order."""
    if rules is None:
        from reen_compliance.law.loading import load_rules  # noqa: PLC0415 - the bundled pack

        rules = load_rules()
    found = {rule_id for row in rows if row.problems is None for rule_id, _ in row.worst}
    columns = [
        Column(rule.rule.id, rule.rule.short_title, rule.rule.title)
        for rule in rules.rules
        if rule.rule.id in found
    ]
    known = {column.rule_id for column in columns}
    columns += [
        Column(rule_id, _Plain(rule_id), _Plain(rule_id)) for rule_id in sorted(found - known)
    ]
    ids = [column.rule_id for column in columns]
    table = [_summary_row(row, ids) for row in rows]
    return Summary(tuple(columns), tuple(sorted(table, key=severity_key)))


def _summary_row(row: BodyRow, ids: Sequence[str]) -> SummaryRow:
    if row.problems is not None:
        return SummaryRow(row.path, "", "", (None,) * len(ids), row.problems, row.report)
    worst = dict(row.worst)
    status = worst_status(list(worst.values()))
    first = None
    if status in ACTION_STATUSES:
        first = next(rule_id for rule_id, found in row.worst if found == status)
    cells = tuple(worst.get(rule_id) for rule_id in ids)
    return SummaryRow(row.path, row.body, row.siren, cells, None, row.report, first)


def severity_key(row: SummaryRow) -> tuple[object, ...]:
    """Invalid profiles first, then most obligations not met, data missing, due soon; then name."""
    counts = tuple(-row.count(status) for status in STATUS_ORDER[: len(ACTION_STATUSES)])
    return (row.problems is None, counts, name_key(row.body), row.path)


def name_key(name: str) -> str:
    """A name as a French index sorts it: accents and case aside (« Évry » beside « Evry »)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True, slots=True)
class _Plain:
    """A rule id standing for a title the pack does not give (a rule no longer in it)."""

    text: str

    def in_language(self, _lang: str) -> str:
        return self.text


def render_summary_jsonl(outcomes: Sequence[Outcome]) -> str:
    """One full report JSON per line; an invalid profile is a line with `invalid: true`."""
    return "".join(jsonl_line(outcome) for outcome in outcomes)


def jsonl_line(outcome: Outcome) -> str:
    """The JSON Lines line of one outcome, newline included."""
    if outcome.report is not None:
        return json.dumps(report_data(outcome.report), ensure_ascii=False) + "\n"
    entry = {"profile": outcome.path, "invalid": True, "problems": outcome.problems}
    return json.dumps(entry, ensure_ascii=False) + "\n"


def render_summary_text(summary: Summary, lang: Lang) -> str:
    """One line per body for a 100-column terminal (see `batch_render.summary_text`)."""
    from reen_compliance.report.summary_render import summary_text  # noqa: PLC0415

    return summary_text(summary, lang)


def render_summary_csv(summary: Summary, lang: Lang) -> str:
    """The table as CSV (see `batch_render.summary_csv`)."""
    from reen_compliance.report.summary_render import summary_csv  # noqa: PLC0415

    return summary_csv(summary, lang)


def render_summary_html(summary: Summary, lang: Lang) -> str:
    """The table as a self-contained, accessible HTML page (see `batch_render.summary_html`)."""
    from reen_compliance.report.summary_render import summary_html  # noqa: PLC0415

    return summary_html(summary, lang)
