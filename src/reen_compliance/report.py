"""Render a report as JSON, terminal text or Markdown; renderers return text and write nothing."""

from __future__ import annotations

import json
from decimal import Decimal

from reen_compliance.model import Status
from reen_compliance.report_model import Finding, Gap, Report
from reen_compliance.wording import (
    Lang,
    format_date,
    format_decimal,
    format_int,
    format_money,
    pick,
    status_label,
)

STATUS_ORDER = (
    Status.NON_COMPLIANT,
    Status.INSUFFICIENT_DATA,
    Status.NOT_YET_DUE,
    Status.COMPLIANT,
    Status.EXEMPTED,
    Status.NOT_APPLICABLE,
)
_MARKS = {
    Status.COMPLIANT: "✔",
    Status.NON_COMPLIANT: "✘",
    Status.NOT_APPLICABLE: "–",
    Status.INSUFFICIENT_DATA: "?",
    Status.NOT_YET_DUE: "…",
    Status.EXEMPTED: "○",
}


def report_data(report: Report) -> dict[str, object]:
    """The report as JSON-ready data: dates in ISO form, decimals as strings."""
    return report.model_dump(mode="json")


def render_json(report: Report) -> str:
    """The stable JSON form, validated by schemas/report.schema.json."""
    return json.dumps(report_data(report), ensure_ascii=False, indent=2) + "\n"


def describe_gap(gap: Gap, lang: Lang) -> str:
    """« il manque 7 matériels (exigé : 91, constaté : 84) » and its English twin."""
    if gap.unit == "EUR":
        missing, required, actual = (
            format_money(v, lang) for v in (gap.missing, gap.required, gap.actual)
        )
        return pick(
            lang,
            f"il manque {missing} HT (exigé : {required}, constaté : {actual})",
            f"{missing} excl. VAT missing (required: {required}, actual: {actual})",
        )
    if gap.unit == "items":
        missing, required, actual = (
            format_int(v, lang) for v in (gap.missing, gap.required, gap.actual)
        )
        return pick(
            lang,
            f"il manque {missing} matériels (exigé : {required}, constaté : {actual})",
            f"{missing} items missing (required: {required}, actual: {actual})",
        )
    missing, required, actual = (
        format_decimal(v, lang) for v in (gap.missing, gap.required, gap.actual)
    )
    return pick(
        lang,
        f"écart de {missing} points (exigé : {required} %, constaté : {actual} %)",
        f"{missing} points short (required: {required}%, actual: {actual}%)",
    )


def status_mark(status: Status) -> str:
    """The symbol shown beside a status, so it is never told by colour alone."""
    return _MARKS[status]


def status_rank(status: Status) -> int:
    """0 for the most urgent status (non compliant), growing towards not applicable."""
    return STATUS_ORDER.index(status)


def sorted_findings(report: Report) -> list[Finding]:
    """The findings, most urgent status first, then by rule id and period."""
    rank = {status: index for index, status in enumerate(STATUS_ORDER)}
    return sorted(report.findings, key=lambda f: (rank[f.status], f.rule_id, f.period or ""))


def report_heading(report: Report) -> tuple[str, str]:
    """The report's title and its dates line, shared by every human-readable format."""
    lang = report.lang
    title = pick(
        lang,
        f"Conformité numérique responsable — {report.collectivity.name}",
        f"Responsible-digital compliance — {report.collectivity.name}",
    )
    dates = pick(
        lang,
        f"Situation au {format_date(report.as_of, lang)}",
        f"Situation as of {format_date(report.as_of, lang)}",
    )
    if report.law_as_of != report.as_of:
        dates += pick(
            lang,
            f", droit applicable au {format_date(report.law_as_of, lang)}",
            f", law as it stood on {format_date(report.law_as_of, lang)}",
        )
    return title, dates


def _summary_line(report: Report) -> str:
    lang = report.lang
    return " · ".join(
        f"{status_label(status, lang)} : {report.summary.get(status, 0)}"
        if lang == "fr"
        else f"{status_label(status, lang)}: {report.summary.get(status, 0)}"
        for status in STATUS_ORDER
    )


def _review_banner(report: Report) -> str | None:
    if not report.review_required:
        return None
    return pick(
        report.lang,
        "⚠ Certaines constatations reposent sur une lecture des textes signalée comme "
        "incertaine (« à vérifier ») : voir chaque constatation.",
        "⚠ Some findings rest on a reading of the texts flagged as uncertain "
        '("to be checked"): see each finding.',
    )


def _finding_lines(finding: Finding, lang: Lang) -> list[str]:
    lines = [finding.explanation]
    if finding.gap is not None:
        lines.append(pick(lang, "Écart : ", "Gap: ") + describe_gap(finding.gap, lang))
    if finding.deadline is not None:
        lines.append(pick(lang, "Échéance : ", "Deadline: ") + format_date(finding.deadline, lang))
    if finding.remediation:
        lines.append(pick(lang, "Pour y remédier : ", "To fix: ") + finding.remediation)
    if finding.sanction and finding.status == Status.NON_COMPLIANT:
        lines.append(pick(lang, "Sanction encourue : ", "Sanction incurred: ") + finding.sanction)
    if finding.review:
        notes = " ".join(finding.review_notes) or pick(
            lang, "lecture des textes à vérifier.", "reading of the texts to be checked."
        )
        lines.append(pick(lang, "⚠ À vérifier : ", "⚠ To be checked: ") + notes)
    if finding.data_source:
        lines.append(pick(lang, "Source des chiffres : ", "Figures from: ") + finding.data_source)
    citations = "; ".join(f"{b.text}, {b.article} ({b.legifrance_id})" for b in finding.legal_basis)
    lines.append(pick(lang, "Base légale : ", "Legal basis: ") + citations)
    return lines


def render_text(report: Report) -> str:
    """Plain text for a terminal, most urgent findings first."""
    lang = report.lang
    title, dates = report_heading(report)
    out = [title, dates, "=" * min(len(title), 100), _summary_line(report)]
    banner = _review_banner(report)
    if banner:
        out.append(banner)
    out.extend(f"⚠ {warning}" for warning in report.warnings)
    for finding in sorted_findings(report):
        period = f" [{finding.period}]" if finding.period else ""
        out.append("")
        out.append(
            f"{_MARKS[finding.status]} {status_label(finding.status, lang).upper()} — "
            f"{finding.title}{period} ({finding.rule_id})"
        )
        out.extend(f"    {line}" for line in _finding_lines(finding, lang))
    if report.next_deadlines:
        out.append("")
        out.append(pick(lang, "Prochaines échéances", "Next deadlines"))
        out.extend(
            f"  {format_date(d.date, lang)} — {d.label} ({d.rule_id})"
            for d in report.next_deadlines
        )
    out += ["", receipt_heading(lang)]
    out.extend(
        f"  {label} : {value}" if lang == "fr" else f"  {label}: {value}"
        for label, value in receipt_fields(report)
    )
    return "\n".join(out) + "\n"


def receipt_heading(lang: Lang) -> str:
    """The title of the reproducibility receipt, the last section of every report."""
    return pick(lang, "Reçu de reproductibilité", "Reproducibility receipt")


def receipt_fields(report: Report) -> list[tuple[str, str]]:
    """The receipt as (label, value) pairs, full hashes included: what `verify` re-checks."""
    receipt, lang = report.receipt, report.lang
    fields = [
        (pick(lang, "Version du moteur", "Engine version"), receipt.engine_version),
        (pick(lang, "Version des règles", "Rule pack version"), receipt.rule_pack_version),
        (
            pick(lang, "SHA-256 des fichiers de règles", "SHA-256 of the rule files"),
            receipt.rule_pack_sha256,
        ),
        (
            pick(lang, "SHA-256 du profil", "SHA-256 of the profile"),
            receipt.profile_sha256 or pick(lang, "non calculé", "not computed"),
        ),
    ]
    fields += [
        (
            pick(lang, f"SHA-256 du registre d'achats n° {n}", f"SHA-256 of purchase ledger {n}"),
            digest,
        )
        for n, digest in enumerate(receipt.ledger_sha256, start=1)
    ]
    fields += [
        (pick(lang, "Situation au", "Situation as of"), receipt.as_of.isoformat()),
        (pick(lang, "Droit applicable au", "Law as it stood on"), receipt.law_as_of.isoformat()),
        (
            pick(lang, "Version du format de rapport", "Report format version"),
            str(report.report_format_version),
        ),
    ]
    return fields


def _md(text: str) -> str:
    """Escape the characters Markdown would read as markup or table cells."""
    for char in ("\\", "|", "*", "_", "`", "[", "]", "<", ">"):
        text = text.replace(char, "\\" + char)
    return text


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
    out += [pick(lang, "| Statut | Nombre |", "| Status | Count |"), "| --- | ---: |"]
    out += [f"| {status_label(s, lang)} | {report.summary.get(s, 0)} |" for s in STATUS_ORDER]
    out += ["", pick(lang, "## Constatations", "## Findings"), ""]
    for finding in sorted_findings(report):
        period = f" ({finding.period})" if finding.period else ""
        out.append(f"### {_MARKS[finding.status]} {_md(finding.title)}{period}")
        out.append("")
        out.append(
            f"- **{pick(lang, 'Statut', 'Status')}** : {status_label(finding.status, lang)} "
            f"(`{finding.rule_id}`)"
            if lang == "fr"
            else f"- **Status**: {status_label(finding.status, lang)} (`{finding.rule_id}`)"
        )
        out.extend(f"- {_md(line)}" for line in _finding_lines(finding, lang)[:-1])
        links = ", ".join(
            f"[{_md(b.text)}, {_md(b.article)}]({b.url})" for b in finding.legal_basis
        )
        out.append(
            f"- {pick(lang, 'Base légale', 'Legal basis')} : {links}"
            if lang == "fr"
            else f"- Legal basis: {links}"
        )
        if finding.measures:
            out += [
                "",
                pick(
                    lang,
                    "| Catégorie | Part | Mesuré | Minimum | Manque (€ HT) |",
                    "| Category | Share | Measured | Minimum | Missing (EUR) |",
                ),
                "| --- | --- | ---: | ---: | ---: |",
            ]
            for m in finding.measures:
                minimum = "—" if m.minimum_pct is None else f"{_number(m.minimum_pct)} %"
                if not m.minimum_confirmed:
                    minimum += pick(lang, " (non confirmé)", " (not confirmed)")
                measured = "—" if m.share_pct is None else f"{_number(m.share_pct)} %"
                missing = "" if m.missing_eur_ht is None else _number(m.missing_eur_ht)
                out.append(
                    f"| {_md(m.category)} | {m.share} | {measured} | {minimum} | {missing} |"
                )
        out.append("")
    if report.next_deadlines:
        out += [pick(lang, "## Prochaines échéances", "## Next deadlines"), ""]
        out += [
            f"- {format_date(d.date, lang)} — {_md(d.label)} (`{d.rule_id}`)"
            for d in report.next_deadlines
        ]
        out.append("")
    out += [f"## {receipt_heading(lang)}", ""]
    out.extend(
        f"- {_md(label)} : `{value}`" if lang == "fr" else f"- {_md(label)}: `{value}`"
        for label, value in receipt_fields(report)
    )
    return "\n".join(out) + "\n"


def _number(value: Decimal) -> str:
    return f"{value:f}"
