"""What a report leads with: the verdict, the actions to take, the data to collect.

Every human-readable format (text, Markdown, HTML, PDF) shows the same order: most urgent first.
This module holds that order and the derived facts (overdue, due soon, fields to fill); the words
come from the catalogues (`out-verdict`, `out-when-…`, `out-checklist…`). The JSON report keeps
the engine's order (rule id, then period): see the README.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import Finding, Report
from reen_compliance.i18n.formats import Lang, format_date
from reen_compliance.i18n.message import Msg, msg

STATUS_ORDER: Final = (
    Status.NON_COMPLIANT,
    Status.INSUFFICIENT_DATA,
    Status.NOT_YET_DUE,
    Status.COMPLIANT,
    Status.EXEMPTED,
    Status.NOT_APPLICABLE,
)
# Findings shown folded in HTML: nothing to do about them.
SETTLED: Final = frozenset({Status.COMPLIANT, Status.EXEMPTED, Status.NOT_APPLICABLE})
SOON_DAYS: Final = 90


def status_rank(status: Status) -> int:
    """0 for the most urgent status (non compliant), growing towards not applicable."""
    return STATUS_ORDER.index(status)


def urgency_key(finding: Finding) -> tuple[int, bool, date, str, str]:
    """Status rank, then deadline (undated last), then rule id and period."""
    return urgency(finding.status, finding.deadline, finding.rule_id, finding.period)


def urgency(
    status: Status, deadline: date | None, rule_id: str, period: str | None
) -> tuple[int, bool, date, str, str]:
    """`urgency_key` from a finding's parts (the report sorts them before they are models)."""
    return (status_rank(status), deadline is None, deadline or date.max, rule_id, period or "")


def sorted_findings(report: Report) -> list[Finding]:
    """The findings, most urgent first: the order of every human-readable format."""
    return sorted(report.findings, key=urgency_key)


def anchor(index: int) -> str:
    """The HTML id of the card of the `index`-th finding (from 1) in urgency order."""
    return f"finding-{index}"


def is_overdue(finding: Finding, as_of: date) -> bool:
    """A breach whose deadline has passed."""
    return (
        finding.status == Status.NON_COMPLIANT
        and finding.deadline is not None
        and finding.deadline < as_of
    )


def verdict(report: Report) -> Msg:
    """One sentence: breaches (of which overdue), deadlines within 90 days, data lacking."""
    soon_end = report.as_of + timedelta(days=SOON_DAYS)
    findings = report.findings
    return msg(
        "out-verdict",
        breaches=sum(f.status == Status.NON_COMPLIANT for f in findings),
        overdue=sum(is_overdue(f, report.as_of) for f in findings),
        soon=sum(
            f.status == Status.NOT_YET_DUE
            and f.deadline is not None
            and report.as_of <= f.deadline <= soon_end
            for f in findings
        ),
        missing=sum(f.status == Status.INSUFFICIENT_DATA for f in findings),
        days=SOON_DAYS,
    )


@dataclass(frozen=True)
class Action:
    """One row of the table of actions: a finding to fix or to prepare for."""

    anchor: str
    finding: Finding
    what: str
    who: str | None
    when: Msg


@dataclass(frozen=True)
class ToCollect:
    """One entry of the checklist: a finding that lacks data, and the profile fields to fill."""

    anchor: str
    finding: Finding
    fields: tuple[str, ...]


def actions(report: Report) -> list[Action]:
    """Breaches then findings not yet due, past deadlines first, then by deadline."""
    rows = [
        (index, finding)
        for index, finding in enumerate(sorted_findings(report), start=1)
        if finding.status in {Status.NON_COMPLIANT, Status.NOT_YET_DUE}
    ]
    found = []
    for index, finding in rows:
        if finding.remedy_act is not None:
            what, who = finding.remedy_act, finding.remedy_by
        else:  # a report made before findings carried the act alone: the whole sentence
            what, who = finding.remediation or "", None
        found.append(Action(anchor(index), finding, what, who, when(finding, report.as_of)))
    return found


def when(finding: Finding, as_of: date) -> Msg:
    """By when to act: now when overdue or undated for a breach, else by the deadline."""
    deadline = finding.deadline
    if deadline is None:
        if finding.status == Status.NON_COMPLIANT:
            return msg("out-when-no-deadline")
        return msg("out-when-none")
    if deadline < as_of and finding.status == Status.NON_COMPLIANT:
        return msg("out-when-overdue", day=deadline)
    return msg("out-when-by", day=deadline)


def checklist(report: Report) -> list[ToCollect]:
    """The findings lacking data, each with the profile fields its decision found empty."""
    return [
        ToCollect(anchor(index), finding, missing_fields(finding))
        for index, finding in enumerate(sorted_findings(report), start=1)
        if finding.status == Status.INSUFFICIENT_DATA
    ]


def missing_fields(finding: Finding) -> tuple[str, ...]:
    """The profile paths the decision read and found empty, as `practices.x.applied`."""
    seen: dict[str, None] = {}
    for fact in finding.trace.facts:
        if fact.value is None and fact.source.startswith("$."):
            seen[fact.source.removeprefix("$.")] = None
    return tuple(seen)


def deadline_shown(finding: Finding, as_of: date) -> Msg | date | None:
    """The deadline of a card: the date, « (dépassée) » for a breach, or « none set »."""
    if finding.deadline is None:
        return msg("out-deadline-none") if finding.status == Status.NON_COMPLIANT else None
    if is_overdue(finding, as_of):
        return msg("out-deadline-overdue", day=finding.deadline)
    return finding.deadline


def remedy_label(finding: Finding) -> Msg:
    """« Pour y remédier » for a breach, « Pour s'y préparer » for what is not yet due."""
    if finding.status == Status.NOT_YET_DUE:
        return msg("out-label-prepare")
    return msg("out-label-remedy")


def period_label(period: str) -> Msg:
    """« Année » for a year, « Objet » for an item (a contract, a service, a practice)."""
    return msg("out-period-year" if period.isdigit() else "out-period-item")


def date_range(text: str, lang: Lang) -> Msg | str:
    """`2023-01-01/2023-12-31` as « du 1er janvier au 31 décembre 2023 »; else as is."""
    start_text, _, end_text = text.partition("/")
    try:
        start, end = date.fromisoformat(start_text), date.fromisoformat(end_text)
    except ValueError:
        return text
    shown = format_date(start, lang)
    if start.year == end.year:  # the year is said once, at the end
        shown = shown.rsplit(" ", 1)[0]
    return msg("out-date-range", start=shown, end=end)
