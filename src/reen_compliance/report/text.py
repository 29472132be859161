"""Render a report as JSON, terminal text or Markdown; renderers return text and write nothing.

Every word comes from the catalogues (`i18n/fr.ftl`, `i18n/en.ftl`, ids `out-…`); this module
only lays the rendered messages out.
"""

from __future__ import annotations

import json
from decimal import Decimal

from reen_compliance.decisions.kinds import source_words
from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import Finding, Gap, Report, ShareMeasure
from reen_compliance.i18n.formats import Lang, format_date, format_decimal, format_pct
from reen_compliance.i18n.message import Code, Money, Msg, Percent, Value, msg
from reen_compliance.i18n.render import join_list, render
from reen_compliance.report.actions import (
    STATUS_ORDER,
    actions,
    checklist,
    deadline_shown,
    remedy_label,
    sorted_findings,
    status_rank,
    verdict,
)
from reen_compliance.report.notes import note_line, note_reference, notes_heading
from reen_compliance.report.words import citation_title, status_label

_MARKS = {
    Status.COMPLIANT: "✔",
    Status.NON_COMPLIANT: "✘",
    Status.NOT_APPLICABLE: "–",
    Status.INSUFFICIENT_DATA: "?",
    Status.NOT_YET_DUE: "…",
    Status.EXEMPTED: "○",
}
__all__ = ["STATUS_ORDER", "sorted_findings", "status_rank"]


def report_data(report: Report) -> dict[str, object]:
    """The report as JSON-ready data: dates in ISO form, decimals as strings."""
    return report.model_dump(mode="json")


def render_json(report: Report) -> str:
    """The stable JSON form, validated by schemas/report.schema.json."""
    return json.dumps(report_data(report), ensure_ascii=False, indent=2) + "\n"


def word(message_id: str, lang: Lang, /, **values: Value) -> str:
    """The catalogue message `message_id` rendered in `lang`."""
    return render(msg(message_id, **values), lang)


def field(label: Msg | str, value: Value, lang: Lang) -> str:
    """« Libellé : valeur » / "Label: value", as the language punctuates it."""
    return render(msg("out-field", label=label, value=value), lang)


def gap_message(gap: Gap) -> Msg:
    """« il manque 7 matériels (exigé : 91, constaté : 84) » as a message, any language.

    A met requirement says by how much it is exceeded, never « il manque 0 ».
    """
    if gap.missing <= 0 and gap.exceeded_by is not None:
        return _exceeded_message(gap, gap.exceeded_by)
    if gap.unit == "EUR":
        amounts = {
            "required": Money(gap.required),
            "actual": Money(gap.actual),
        }
        if gap.missing == 0:
            return msg("out-gap-money-none", **amounts)
        return msg("out-gap-money", missing=Money(gap.missing), **amounts)
    if gap.unit == "items":
        return msg(
            "out-gap-items",
            missing=int(gap.missing),
            required=int(gap.required),
            actual=int(gap.actual),
        )
    return msg(
        "out-gap-points",
        missing=gap.missing.normalize() if gap.missing else 0,
        required=Percent(gap.required),
        actual=Percent(gap.actual),
    )


def _exceeded_message(gap: Gap, excess: Decimal) -> Msg:
    """« objectif dépassé de 11 matériels (exigé : 91, constaté : 102) »."""
    exact = "exact" if excess == 0 else "exceeded"
    if gap.unit == "EUR":
        return msg(
            "out-gap-money-exceeded",
            state=exact,
            excess=Money(excess),
            required=Money(gap.required),
            actual=Money(gap.actual),
        )
    if gap.unit == "items":
        return msg(
            "out-gap-items-exceeded",
            excess=int(excess),
            required=int(gap.required),
            actual=int(gap.actual),
        )
    return msg(
        "out-gap-points-exceeded",
        excess=excess.normalize() if excess else 0,
        required=Percent(gap.required),
        actual=Percent(gap.actual),
    )


def describe_gap(gap: Gap, lang: Lang) -> str:
    """« il manque 7 matériels (exigé : 91, constaté : 84) » and its English twin."""
    return render(gap_message(gap), lang)


def status_mark(status: Status) -> str:
    """The symbol shown beside a status, so it is never told by colour alone."""
    return _MARKS[status]


def status_text(finding: Finding, lang: Lang, *, upper: bool = False) -> str:
    """The status label, with the words that qualify it (unconfirmed reading, whose data…)."""
    label = status_label(finding.status, lang)
    if upper:
        label = label.upper()
    if finding.status_note:
        label = render(msg("out-status-with-note", status=label, note=finding.status_note), lang)
    return label + lateness_note(finding, lang)


def _review_line(finding: Finding, lang: Lang) -> str:
    """« ⚠ À vérifier : voir les notes 1 et 3 » (the notes are printed once, at the end)."""
    if finding.note_refs:
        notes = note_reference(finding, lang)
    else:
        notes = " ".join(finding.review_notes) or word("out-to-check-default", lang)
    return "⚠ " + field(msg("out-label-to-check"), notes, lang)


def _notes_section(report: Report) -> list[str]:
    """Every review note once, numbered as the findings refer to them."""
    return [note_line(n, note, report.lang) for n, note in enumerate(report.notes, start=1)]


def report_heading(report: Report) -> tuple[str, str]:
    """The report's title and its dates line, shared by every human-readable format."""
    lang = report.lang
    title = word("out-report-title", lang, body=report.collectivity.name)
    if report.law_as_of != report.as_of:
        dates = word("out-report-dates-law", lang, as_of=report.as_of, law_as_of=report.law_as_of)
    else:
        dates = word("out-report-dates", lang, as_of=report.as_of)
    return title, dates


def _summary_line(report: Report) -> str:
    lang = report.lang
    return " · ".join(
        field(status_label(status, lang), report.summary.get(status, 0), lang)
        for status in STATUS_ORDER
    )


def _review_banner(report: Report) -> str | None:
    if not report.review_required:
        return None
    return "⚠ " + word("out-review-banner", report.lang)


def _finding_lines(finding: Finding, report: Report) -> list[str]:
    lang = report.lang
    lines = [finding.explanation]
    if finding.gap is not None:
        lines.append(field(msg("out-label-gap"), gap_message(finding.gap), lang))
    deadline = deadline_shown(finding, report.as_of)
    if deadline is not None:
        lines.append(field(msg("out-label-deadline"), deadline, lang))
    if finding.statutory_deadline is not None:
        lines.append(field(msg("out-label-statutory-deadline"), finding.statutory_deadline, lang))
    if finding.remediation:
        lines.append(field(remedy_label(finding), finding.remediation, lang))
    if finding.sanction and finding.status == Status.NON_COMPLIANT:
        lines.append(field(msg("out-label-sanction-incurred"), finding.sanction, lang))
    if finding.review:
        lines.append(_review_line(finding, lang))
    if finding.data_source:
        source = source_words(finding.data_source)
        lines.append(field(msg("out-label-data-source"), source, lang))
    citations = word("out-citation-separator", lang).join(
        f"{citation_title(b.text, lang, b.note)}, {b.article} ({b.legifrance_id})"
        for b in finding.legal_basis
    )
    lines.append(field(msg("out-label-legal-basis"), citations, lang))
    return lines


def lateness_note(finding: Finding, lang: Lang) -> str:
    """What the status line adds to the status: the days late, or a foreseeable breach."""
    if finding.days_late is not None:
        return f" ({word('out-dates-days-late', lang, days=finding.days_late)})"
    if finding.foreseeable_breach:
        return f" ({word('out-dates-foreseeable-breach', lang)})"
    return ""


def _heading(finding: Finding, lang: Lang) -> str:
    """« Titre (2024) »: a finding's title with its period."""
    return deadline_label(finding.title, finding.period_label or finding.period, lang)


def _lead_text(report: Report) -> list[str]:
    """The verdict, the actions, the data to collect and the deadlines, as terminal lines."""
    lang = report.lang
    out: list[str] = []
    todo = actions(report)
    if todo:
        out += ["", word("out-actions", lang).upper()]
    for action in todo:
        finding = action.finding
        out.append(f"{_MARKS[finding.status]} {_heading(finding, lang)}")
        out.append("    " + field(msg("out-col-what"), action.what, lang))
        if action.who:
            out.append("    " + field(msg("out-col-who"), action.who, lang))
        out.append("    " + field(msg("out-col-when"), action.when, lang))
        if finding.gap is not None:
            out.append("    " + field(msg("out-col-gap"), gap_message(finding.gap), lang))
    to_collect = checklist(report)
    if to_collect:
        out += ["", word("out-checklist", lang).upper()]
    for item in to_collect:
        out.append(f"[ ] {_heading(item.finding, lang)}")
        if item.fields:
            label = msg("out-checklist-fields", count=len(item.fields))
            keys = tuple(
                render(msg("out-profile-key", path=Code(name)), lang) for name in item.fields
            )
            out.append("    " + field(label, join_list(keys, lang), lang))
        else:
            out.append("    " + item.finding.explanation)
    if report.next_deadlines:
        out += ["", word("out-next-deadlines", lang).upper()]
        out.extend(
            f"  {format_date(d.date, lang)} — {d.label} ({d.rule_id})"
            for d in report.next_deadlines
        )
    return out


def deadline_label(title: str, period: str | None, lang: Lang) -> str:
    """The label of a finding's deadline: its title, with its period when it has one."""
    if period is None:
        return title
    return render(msg("out-deadline-with-period", title=title, period=period), lang)


def render_text(report: Report) -> str:
    """Plain text for a terminal, most urgent findings first."""
    lang = report.lang
    title, dates = report_heading(report)
    out = [title, dates, "=" * min(len(title), 100), render(verdict(report), lang)]
    out.append(_summary_line(report))
    banner = _review_banner(report)
    if banner:
        out.append(banner)
    out.extend(f"⚠ {warning}" for warning in report.warnings)
    out += _lead_text(report)
    out += ["", word("out-findings", lang).upper()]
    for finding in sorted_findings(report):
        shown = finding.period_label or finding.period
        period = f" [{shown}]" if shown else ""
        out.append("")
        out.append(
            f"{_MARKS[finding.status]} {status_text(finding, lang, upper=True)} — "
            f"{finding.title}{period} ({finding.rule_id})"
        )
        out.extend(f"    {line}" for line in _finding_lines(finding, report))
    if report.notes:
        out += ["", notes_heading(lang)]
        out.extend(f"  {line}" for line in _notes_section(report))
    out += ["", receipt_heading(lang)]
    out.extend(f"  {field(label, value, lang)}" for label, value in receipt_fields(report))
    return "\n".join(out) + "\n"


def receipt_heading(lang: Lang) -> str:
    """The title of the reproducibility receipt, the last section of every report."""
    return word("out-receipt", lang)


def receipt_fields(report: Report) -> list[tuple[str, str]]:
    """The receipt as (label, value) pairs, full hashes included: what `verify` re-checks.

    The values are the machine values to re-run the report with (dates in ISO form, as the
    `--as-of` option takes them); only the labels are words.
    """
    receipt, lang = report.receipt, report.lang
    fields = [
        (word("out-receipt-engine-version", lang), receipt.engine_version),
        (word("out-receipt-rule-pack-version", lang), receipt.rule_pack_version),
        (word("out-receipt-rule-pack-sha256", lang), receipt.rule_pack_sha256),
        (
            word("out-receipt-profile-sha256", lang),
            receipt.profile_sha256 or word("out-receipt-not-computed", lang),
        ),
    ]
    fields += [
        (word("out-receipt-ledger-sha256", lang, number=n), digest)
        for n, digest in enumerate(receipt.ledger_sha256, start=1)
    ]
    fields += [
        (word("out-receipt-as-of", lang), receipt.as_of.isoformat()),
        (word("out-receipt-law-as-of", lang), receipt.law_as_of.isoformat()),
        (word("out-receipt-report-format-version", lang), str(report.report_format_version)),
    ]
    return fields


def share_label(share: str) -> Msg:
    """The words of a share kind (`reuse`, `recycled`, `reuse_or_recycled`)."""
    return msg("out-share-" + share.replace("_", "-"))


def _md(text: str) -> str:
    """Escape the characters Markdown would read as markup or table cells."""
    for char in ("\\", "|", "*", "_", "`", "[", "]", "<", ">"):
        text = text.replace(char, "\\" + char)
    return text


def _measure_row(m: ShareMeasure, lang: Lang) -> str:
    minimum = "—" if m.minimum_pct is None else format_pct(m.minimum_pct, lang)
    if not m.minimum_confirmed:
        minimum += f" ({word('out-not-confirmed', lang)})"
    measured = "—" if m.share_pct is None else format_pct(m.share_pct, lang)
    missing = "" if m.missing_eur_ht is None else format_decimal(m.missing_eur_ht, lang)
    category = f"`{m.category}`"  # the category's id, the same in every language
    share = render(share_label(m.share), lang)
    return f"| {category} | {share} | {measured} | {minimum} | {missing} |"


def _lead_markdown(report: Report) -> list[str]:
    """The actions table, the checklist of data to collect and the deadlines, in Markdown."""
    lang = report.lang
    out: list[str] = []
    todo = actions(report)
    if todo:
        columns = ("obligation", "what", "who", "when", "gap")
        header = " | ".join(word(f"out-col-{column}", lang) for column in columns)
        out += [f"## {word('out-actions', lang)}", "", f"| {header} |", "|---|---|---|---|---|"]
    for action in todo:
        finding = action.finding
        gap = "" if finding.gap is None else describe_gap(finding.gap, lang)
        cells = (
            f"{_MARKS[finding.status]} {_heading(finding, lang)}",
            action.what,
            action.who or "—",
            render(action.when, lang),
            gap,
        )
        out.append("| " + " | ".join(_md(cell) for cell in cells) + " |")
    if todo:
        out.append("")
    to_collect = checklist(report)
    if to_collect:
        out += [f"## {word('out-checklist', lang)}", ""]
    for item in to_collect:
        if item.fields:
            label = msg("out-checklist-fields", count=len(item.fields))
            what = field(label, ", ".join(f"`{name}`" for name in item.fields), lang)
        else:
            what = _md(item.finding.explanation)
        out.append(f"- [ ] **{_md(_heading(item.finding, lang))}** — {what}")
    if to_collect:
        out.append("")
    if report.next_deadlines:
        out += [f"## {word('out-next-deadlines', lang)}", ""]
        out += [
            f"- {format_date(d.date, lang)} — {_md(d.label)} (`{d.rule_id}`)"
            for d in report.next_deadlines
        ]
        out.append("")
    return out


def render_markdown(report: Report) -> str:
    """Markdown for a wiki or a pull request: summary table, then one section per finding."""
    lang = report.lang
    title, dates = report_heading(report)
    out = [f"# {_md(title)}", "", f"*{_md(dates)}*", ""]
    banner = _review_banner(report)
    if banner:
        out += [f"> {_md(banner)}", ""]
    out += [f"> ⚠ {_md(warning)}" for warning in report.warnings]
    if report.warnings:
        out.append("")
    out += [
        f"**{_md(render(verdict(report), lang))}**",
        "",
        f"| {word('out-label-status', lang)} | {word('out-label-count', lang)} |",
        "| --- | ---: |",
    ]
    out += [f"| {status_label(s, lang)} | {report.summary.get(s, 0)} |" for s in STATUS_ORDER]
    out.append("")
    out += _lead_markdown(report)
    out += [f"## {word('out-findings', lang)}", ""]
    for finding in sorted_findings(report):
        shown = finding.period_label or finding.period
        period = f" ({shown})" if shown else ""
        out.append(f"### {_MARKS[finding.status]} {_md(finding.title)}{period}")
        out.append("")
        status = f"{_md(status_text(finding, lang))} (`{finding.rule_id}`)"
        out.append("- " + field(f"**{word('out-label-status', lang)}**", status, lang))
        out.extend(f"- {_md(line)}" for line in _finding_lines(finding, report)[:-1])
        links = join_list(
            tuple(
                f"[{_md(citation_title(b.text, lang, b.note))}, {_md(b.article)}]({b.url})"
                for b in finding.legal_basis
            ),
            lang,
        )
        out.append("- " + field(msg("out-label-legal-basis"), links, lang))
        if finding.measures:
            columns = ("category", "share", "measured", "minimum", "missing-eur")
            header = " | ".join(word(f"out-col-{column}", lang) for column in columns)
            out += ["", f"| {header} |", "| --- | --- | ---: | ---: | ---: |"]
            out += [_measure_row(m, lang) for m in finding.measures]
        out.append("")
    if report.notes:
        out += [f"## {notes_heading(lang)}", ""]
        out += [f"- {_md(line)}" for line in _notes_section(report)]
        out.append("")
    out += [f"## {receipt_heading(lang)}", ""]
    out.extend(
        "- " + field(_md(label), f"`{value}`", lang) for label, value in receipt_fields(report)
    )
    return "\n".join(out) + "\n"
