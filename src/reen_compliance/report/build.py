"""The published report: decide, then word the decisions in one language (`evaluate`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from reen_compliance.decisions.context import Context
from reen_compliance.decisions.dates_ahead import becomes_bound, next_entry_day
from reen_compliance.decisions.engine import Evaluation, decide
from reen_compliance.decisions.procurement import LedgerNote
from reen_compliance.formats.profile import ProcurementFigure, Profile, Status
from reen_compliance.formats.report import (
    REPORT_FORMAT_VERSION,
    CollectivityRef,
    Finding,
    Receipt,
    Report,
    UpcomingDeadline,
    field_names,
    owned,
)
from reen_compliance.i18n.message import Msg, msg
from reen_compliance.i18n.render import render
from reen_compliance.law.loading import RuleSet, load_rules
from reen_compliance.messages import Message
from reen_compliance.report.actions import urgency
from reen_compliance.report.findings import finding_fields, finding_model
from reen_compliance.report.text import deadline_label
from reen_compliance.report.words import Lang


@cache
def engine_version() -> str:
    """The installed version of reen-compliance (read once: metadata parsing is slow)."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - 40 ms import

    try:
        return version("reen-compliance")
    except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
        return "0+unknown"


def evaluate(  # noqa: PLR0913 - every argument is a keyword a caller may need
    profile: Profile,
    *,
    as_of: date,
    rules: RuleSet | None = None,
    lang: Lang = "fr",
    law_as_of: date | None = None,
    procurement: Mapping[int, tuple[ProcurementFigure, ...]] | None = None,
    procurement_source: str | None = None,
    procurement_notes: tuple[LedgerNote | str, ...] = (),
    profile_sha256: str | None = None,
    ledger_sha256: tuple[str, ...] = (),
) -> Report:
    """Evaluate `profile` on `as_of` (the law as it stood on `law_as_of`, by default the same day).

    `procurement` replaces the profile's declared purchase figures, for instance with figures
    computed from a ledger; `procurement_source` then says where they came from. This is
    `render_report(decide(...), lang)`: decide once, word the report in one language.
    """
    evaluation = decide(
        profile,
        as_of=as_of,
        rules=rules,
        law_as_of=law_as_of,
        procurement=procurement,
        procurement_source=procurement_source,
        procurement_notes=procurement_notes,
        profile_sha256=profile_sha256,
        ledger_sha256=ledger_sha256,
        lang=lang,
    )
    return render_report(evaluation, lang)


def render_report(evaluation: Evaluation, lang: Lang) -> Report:
    """Word an evaluation in `lang`: the published report (JSON report format 1).

    The findings are gathered as their fields, their notes numbered, then every model built
    as validation would build it from the same data, without validating it again (the
    decisions are the engine's own results; tests hold such reports equal to validated ones).
    """
    ctx = replace(evaluation.context, lang=lang)
    findings: list[dict[str, Any]] = []
    warnings: list[str] = []
    for outcome in evaluation.outcomes:
        findings.extend(finding_fields(outcome.rule, d, ctx, lang) for d in outcome.decisions)
        warnings.extend(render(w, lang).strip() for w in outcome.warnings)
    warnings.extend(
        note_text(note, lang).strip() for note in ctx.procurement_notes if note.year is None
    )
    notes = _number_notes(findings)
    summary = dict.fromkeys(Status, 0)
    for finding in findings:
        summary[finding["status"]] += 1
    collectivity = ctx.profile.collectivity
    version_text = engine_version().strip()
    rule_set = ctx.rules if ctx.rules is not None else load_rules()
    law = ctx.law
    as_of = ctx.as_of
    # only the findings whose deadline `_upcoming` keeps (all it reads of the others)
    due = [
        _due(f)
        for f in findings
        if f["deadline"] is not None and _still_due(f["status"], f["deadline"], as_of)
    ]
    upcoming = _upcoming(rule_set, ctx, due)
    values: dict[str, object] = {
        "report_format_version": REPORT_FORMAT_VERSION,
        "engine_version": version_text,
        "as_of": as_of,
        "law_as_of": law.law_as_of,
        "lang": lang,
        "collectivity": owned(
            CollectivityRef,
            {
                "name": collectivity.name,
                "kind": collectivity.kind,
                "siren": collectivity.siren,
                "insee_code": collectivity.insee_code,
                "epci_category": collectivity.epci_category,
            },
            set(_COLLECTIVITY),
        ),
        "findings": tuple([finding_model(finding) for finding in findings]),
        "summary": summary,
        "next_deadlines": tuple([owned(UpcomingDeadline, i, _UPCOMING_SET) for i in upcoming]),
        "review_required": any(finding["review"] for finding in findings),
        "warnings": tuple(warnings),
        "notes": notes,
        "receipt": owned(
            Receipt,
            {
                "engine_version": version_text,
                "rule_pack_version": rule_set.version.strip(),
                "rule_pack_sha256": rule_set.sha256.strip(),
                "profile_sha256": evaluation.profile_sha256,
                "ledger_sha256": tuple([sha.strip() for sha in evaluation.ledger_sha256]),
                "as_of": as_of,
                "law_as_of": law.law_as_of,
            },
            set(_RECEIPT),
        ),
    }
    return owned(Report, values, set(_REPORT))


_COLLECTIVITY = field_names(CollectivityRef)
_UPCOMING = field_names(UpcomingDeadline)
_UPCOMING_SET = set(_UPCOMING)
_RECEIPT = field_names(Receipt)
_REPORT = field_names(Report)[1:]  # the format's version is the default, not given


def _number_notes(findings: list[dict[str, Any]]) -> tuple[str, ...]:
    """`number_notes` on the findings' data: sets each one's `note_refs`, returns the notes."""
    numbers: dict[str, int] = {}
    reading = sorted(  # those without notes number none: left out of the (stable) sort
        [finding for finding in findings if finding["review_notes"]],
        key=lambda f: urgency(f["status"], f["deadline"], f["rule_id"], f["period"]),
    )
    for finding in reading:
        for note in finding["review_notes"]:
            numbers.setdefault(note, len(numbers) + 1)
    for finding in reading:
        finding["note_refs"] = tuple(sorted({numbers[n] for n in finding["review_notes"]}))
    return tuple(numbers)


class DueFinding(NamedTuple):
    """What `upcoming_deadlines` reads of a finding."""

    rule_id: str
    status: Status
    deadline: date | None
    title: str
    period: str | None
    period_label: str | None


def _due(finding: dict[str, Any]) -> DueFinding:
    return DueFinding(
        finding["rule_id"],
        finding["status"],
        finding["deadline"],
        finding["title"],
        finding["period"],
        finding["period_label"],
    )


def upcoming_deadlines(
    rule_set: RuleSet, ctx: Context, findings: Sequence[Finding | DueFinding]
) -> tuple[UpcomingDeadline, ...]:
    """Dated obligations after `as_of` for the rules that bind the body (or may)."""
    return tuple(
        UpcomingDeadline.model_validate(item) for item in _upcoming(rule_set, ctx, findings)
    )


_STILL_DUE = frozenset({Status.NOT_YET_DUE, Status.NON_COMPLIANT, Status.INSUFFICIENT_DATA})


def _still_due(status: Status, deadline: date, as_of: date) -> bool:
    """Whether a finding's deadline is one of the deadlines ahead."""
    return deadline > as_of and status in _STILL_DUE


def _upcoming(
    rule_set: RuleSet, ctx: Context, findings: Sequence[Finding | DueFinding]
) -> list[dict[str, object]]:
    """`upcoming_deadlines` as plain data, in order, each item's fields in the model's order.

    Items are told apart and sorted by their label as written, their label stripped as
    validation strips it.
    """
    items: dict[tuple[date, str, str], dict[str, object]] = {}
    lang = ctx.lang
    for rule in rule_set.rules:
        rule_id = rule.rule.id
        for entry in rule.rule.calendar:
            when = next_entry_day(rule, entry, ctx)
            if when is not None:
                label = entry.label.in_language(lang)
                items[(when, rule_id, label)] = {
                    "date": when,
                    "rule_id": rule_id,
                    "label": label,
                    "semantics": entry.semantics,
                }
        if ctx.bound(rule, ctx.as_of) is False:
            last = max(
                (f.applies_from for f in ctx.profile.collectivity.population), default=ctx.as_of
            )
            for when in becomes_bound(rule, ctx, ctx.as_of, last):
                label = render(msg("dates-calendar-becomes-bound", title=rule.rule.title), lang)
                items[(when, rule_id, label)] = {
                    "date": when,
                    "rule_id": rule_id,
                    "label": label.strip(),
                    "semantics": "from",
                }
    for finding in findings:
        if finding.deadline is not None and _still_due(finding.status, finding.deadline, ctx.as_of):
            label = deadline_label(finding.title, finding.period_label or finding.period, lang)
            key = (finding.deadline, finding.rule_id, label)
            items.setdefault(
                key,
                {
                    "date": finding.deadline,
                    "rule_id": finding.rule_id,
                    "label": label.strip(),
                    "semantics": "on_or_before",
                },
            )
    return [items[key] for key in sorted(items)]


def note_text(note: LedgerNote, lang: Lang) -> str:
    """A note of the ledger reading in `lang` (a plain text passes through as written)."""
    if isinstance(note.message, Msg):
        return render(note.message, lang)
    if isinstance(note.message, Message):
        return note.message.render(lang)
    return note.message
