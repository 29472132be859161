"""Compare two reports: which findings changed, and which input (law, data, date…) explains it.

Findings are keyed by rule id and period. The receipts say which inputs differ; each change is
attributed to every input that differs, most specific first: the body's data, then the rule
values, then the date, then the engine. A cause the finding's own trace shows (its facts or its
dated values differ) moves to the front for that finding.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from reen_compliance.errors import InvalidInputError, Problem
from reen_compliance.formats.profile import Frozen, Status
from reen_compliance.formats.report import Finding, Gap, Receipt, Report
from reen_compliance.i18n.formats import Lang, format_date
from reen_compliance.i18n.message import Code, Msg, Value, msg
from reen_compliance.i18n.render import render
from reen_compliance.report.text import field, gap_message, word
from reen_compliance.report.words import status_label

Cause = Literal["data", "law", "date", "engine"]
CAUSE_ORDER: tuple[Cause, ...] = ("data", "law", "date", "engine")
FindingKey = tuple[str, str | None]


class ReceiptDifference(Frozen):
    """One field of the receipt that differs between the two reports."""

    field: str
    old: str | None
    new: str | None


class FindingChange(Frozen):
    """A finding whose status or gap changed, or that appeared or disappeared."""

    rule_id: str
    period: str | None
    change: Literal["changed", "added", "removed"]
    old_status: Status | None
    new_status: Status | None
    old_gap: Gap | None
    new_gap: Gap | None
    causes: tuple[Cause, ...]


class ReportDiff(Frozen):
    """Everything that differs between an old and a new report."""

    receipt_differences: tuple[ReceiptDifference, ...]
    causes: tuple[Cause, ...]
    changes: tuple[FindingChange, ...]
    reworded: tuple[str, ...] = ()

    @property
    def same_result(self) -> bool:
        """Whether no finding changed status or gap, appeared or disappeared."""
        return not self.changes


def receipt_differences(old: Report, new: Report) -> tuple[ReceiptDifference, ...]:
    """The receipt fields (and the language) that differ, in the receipt's order."""
    a, b = old.receipt, new.receipt
    pairs: list[tuple[str, str | None, str | None]] = [
        ("engine_version", a.engine_version, b.engine_version),
        ("rule_pack_version", a.rule_pack_version, b.rule_pack_version),
        ("rule_pack_sha256", a.rule_pack_sha256, b.rule_pack_sha256),
        ("profile_sha256", a.profile_sha256, b.profile_sha256),
        ("ledger_sha256", " ".join(a.ledger_sha256) or None, " ".join(b.ledger_sha256) or None),
        ("as_of", a.as_of.isoformat(), b.as_of.isoformat()),
        ("law_as_of", a.law_as_of.isoformat(), b.law_as_of.isoformat()),
        ("lang", old.lang, new.lang),
    ]
    return tuple(ReceiptDifference(field=f, old=o, new=n) for f, o, n in pairs if o != n)


def candidate_causes(old: Receipt, new: Receipt) -> tuple[Cause, ...]:
    """Which inputs differ, most specific first.

    `law_as_of` counts as a change of law only when it was set apart from `as_of`: when both
    reports judge the law of their own day, moving the day is a change of date.
    """
    causes: set[Cause] = set()
    if old.profile_sha256 != new.profile_sha256 or old.ledger_sha256 != new.ledger_sha256:
        causes.add("data")
    law_follows_date = old.law_as_of == old.as_of and new.law_as_of == new.as_of
    if (
        old.rule_pack_sha256 != new.rule_pack_sha256
        or old.rule_pack_version != new.rule_pack_version
        or (old.law_as_of != new.law_as_of and not law_follows_date)
    ):
        causes.add("law")
    if old.as_of != new.as_of:
        causes.add("date")
    if old.engine_version != new.engine_version:
        causes.add("engine")
    return tuple(cause for cause in CAUSE_ORDER if cause in causes)


def _evidenced(old: Finding | None, new: Finding | None, causes: tuple[Cause, ...]) -> set[Cause]:
    """The causes this finding's own trace points at, among the candidates."""
    if old is None or new is None:
        return set()
    shown: set[Cause] = set()
    if old.trace.facts != new.trace.facts:
        shown.add("data")
    if old.trace.values != new.trace.values:
        shown.add("law" if "law" in causes else "date")
    return shown & set(causes)


def _ordered(causes: tuple[Cause, ...], first: set[Cause]) -> tuple[Cause, ...]:
    return tuple(c for c in causes if c in first) + tuple(c for c in causes if c not in first)


def _key(finding: Finding) -> FindingKey:
    return (finding.rule_id, finding.period)


def compare_reports(old: Report, new: Report) -> ReportDiff:
    """Findings added, removed or changed (status or gap), each with its candidate causes."""
    causes = candidate_causes(old.receipt, new.receipt)
    before = {_key(f): f for f in old.findings}
    after = {_key(f): f for f in new.findings}
    changes: list[FindingChange] = []
    reworded: list[str] = []
    for key in sorted(before.keys() | after.keys(), key=lambda k: (k[0], k[1] or "")):
        a, b = before.get(key), after.get(key)
        if a is not None and b is not None:
            if a.status == b.status and a.gap == b.gap:
                if a != b:
                    reworded.append(f"{key[0]}[{key[1]}]" if key[1] else key[0])
                continue
            change: Literal["changed", "added", "removed"] = "changed"
        else:
            change = "added" if a is None else "removed"
        changes.append(
            FindingChange(
                rule_id=key[0],
                period=key[1],
                change=change,
                old_status=None if a is None else a.status,
                new_status=None if b is None else b.status,
                old_gap=None if a is None else a.gap,
                new_gap=None if b is None else b.gap,
                causes=_ordered(causes, _evidenced(a, b, causes)),
            )
        )
    return ReportDiff(
        receipt_differences=receipt_differences(old, new),
        causes=causes,
        changes=tuple(changes),
        reworded=tuple(reworded),
    )


def cause_label(cause: Cause, lang: Lang) -> str:
    """The cause in words."""
    return word(f"out-cause-{cause}", lang)


def _status(status: Status | None, lang: Lang) -> str:
    return "—" if status is None else status_label(status, lang)


def _gap(gap: Gap | None) -> Msg:
    return msg("out-diff-no-gap") if gap is None else gap_message(gap)


def describe_change(change: FindingChange, lang: Lang) -> str:
    """One line: the finding, what changed and its candidate causes."""
    name = f"{change.rule_id} [{change.period}]" if change.period else change.rule_id
    text: Value
    if change.change == "added":
        text, mark = msg("out-diff-added", status=_status(change.new_status, lang)), "+"
    elif change.change == "removed":
        text, mark = msg("out-diff-removed", status=_status(change.old_status, lang)), "-"
    else:
        mark = "~"
        parts = []
        if change.old_status != change.new_status:
            parts.append(f"{_status(change.old_status, lang)} → {_status(change.new_status, lang)}")
        if change.old_gap != change.new_gap:
            old, new = render(_gap(change.old_gap), lang), render(_gap(change.new_gap), lang)
            parts.append(field(msg("out-diff-gap"), f"{old} → {new}", lang))
        text = word("out-clause-separator", lang).join(parts)
    causes = tuple(msg(f"out-cause-{c}") for c in change.causes) or (msg("out-cause-unknown"),)
    return word(
        "out-diff-change",
        lang,
        mark=mark,
        name=Code(name),
        text=text,
        count=len(causes),
        causes=causes,
    )


def render_diff_text(diff: ReportDiff, old: Report, new: Report, lang: Lang) -> str:
    """The comparison for a person: receipts that differ, then one line per changed finding."""
    out = [
        word("out-diff-title", lang, body=new.collectivity.name),
        field(msg("out-diff-old"), _situation(old), lang),
        field(msg("out-diff-new"), _situation(new), lang),
        "",
    ]
    if diff.receipt_differences:
        out.append(word("out-diff-inputs-differ", lang))
        out += [
            "  "
            + field(_receipt_label(d.field), f"{_shown(d.old, lang)} → {_shown(d.new, lang)}", lang)
            for d in diff.receipt_differences
        ]
        causes = tuple(msg(f"out-cause-{c}") for c in diff.causes)
        out.append(field(msg("out-diff-candidate-causes"), causes or "—", lang))
    else:
        out.append(word("out-diff-identical-receipts", lang))
    out.append("")
    if not diff.changes:
        out.append(word("out-diff-no-change", lang))
    else:
        out.append(word("out-diff-changed", lang, count=len(diff.changes)))
        out += [f"  {describe_change(change, lang)}" for change in diff.changes]
    return "\n".join(out) + "\n"


def _receipt_label(name: str) -> Msg:
    """The words of a receipt field, as the receipt of a report names it."""
    return msg("out-receipt-" + name.replace("_", "-").replace("ledger-", "ledgers-"))


def _shown(value: str | None, lang: Lang) -> str:
    """A receipt value: a day in words, anything else (hashes, versions, codes) as it is."""
    if value is None:
        return "—"
    try:
        return format_date(date.fromisoformat(value), lang)
    except ValueError:
        return value


def _situation(report: Report) -> Msg:
    receipt = report.receipt
    values: dict[str, Value] = {
        "as_of": report.as_of,
        "engine": Code(receipt.engine_version),
        "rules": Code(receipt.rule_pack_version),
        "rules_sha": Code(receipt.rule_pack_sha256[:12]),
    }
    if receipt.profile_sha256:
        return msg(
            "out-diff-situation-profile", profile_sha=Code(receipt.profile_sha256[:12]), **values
        )
    return msg("out-diff-situation", **values)


def render_diff_json(diff: ReportDiff) -> str:
    """The comparison as JSON: receipt differences, candidate causes, changed findings."""
    data = diff.model_dump(mode="json")
    data["same_result"] = diff.same_result
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load_report(path: str) -> Report:
    """Read a JSON report written by `check --format json`.

    Raises:
        InvalidInputError: when the file cannot be read or is not a report, with its location.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problem = Problem(path, message=f"cannot read the report: {error}")
        raise InvalidInputError([problem]) from error
    try:
        return Report.model_validate_json(text)
    except ValidationError as error:
        problems = [
            Problem(path, path=_json_path(detail["loc"]), message=detail["msg"])
            for detail in error.errors()
        ]
        raise InvalidInputError(problems) from error


def _json_path(loc: tuple[int | str, ...]) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
