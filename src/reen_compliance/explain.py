"""Explain one rule's findings as legal reasoning: facts -> values -> steps -> status -> texts.

The trace every finding carries is laid out in the order a legal officer reads an opinion: the
facts taken from the profile (with where), the dated values of the law applied (with their
source), the steps of the reasoning, then the conclusion, its remedy and its citations.
"""

from __future__ import annotations

from reen_compliance.report_model import Finding, Report
from reen_compliance.wording import Lang, format_date, pick, status_label


def findings_of(report: Report, rule_id: str, period: str | None = None) -> list[Finding]:
    """The findings of one rule (and period, when given)."""
    return [
        f
        for f in report.findings
        if f.rule_id == rule_id and (period is None or f.period == period)
    ]


def render_explanation(report: Report, findings: list[Finding]) -> str:
    """The reasoning behind each finding, in the report's language."""
    lang: Lang = report.lang
    out: list[str] = []
    for finding in findings:
        out.extend(_one(finding, report, lang))
        out.append("")
    if report.warnings:
        out.extend(f"⚠ {warning}" for warning in report.warnings)
    return "\n".join(out).rstrip("\n") + "\n"


def _one(finding: Finding, report: Report, lang: Lang) -> list[str]:
    period = f" — {pick(lang, 'période', 'period')} {finding.period}" if finding.period else ""
    lines = [f"{finding.title} ({finding.rule_id}){period}"]
    lines.append(
        pick(
            lang,
            f"Situation au {format_date(report.as_of, lang)}, droit applicable au "
            f"{format_date(report.law_as_of, lang)}",
            f"Situation as of {format_date(report.as_of, lang)}, law as it stood on "
            f"{format_date(report.law_as_of, lang)}",
        )
    )
    if finding.data_period is not None:
        lines.append(
            pick(
                lang,
                f"Données examinées : du {format_date(finding.data_period.start, lang)} au "
                f"{format_date(finding.data_period.end, lang)}",
                f"Data examined: {format_date(finding.data_period.start, lang)} to "
                f"{format_date(finding.data_period.end, lang)}",
            )
        )
    lines.append(pick(lang, "1. Faits (profil)", "1. Facts (profile)"))
    lines.extend(
        f"   - {fact.name} = {fact.value if fact.value is not None else '∅'}  ← {fact.source}"
        for fact in finding.trace.facts
    ) if finding.trace.facts else lines.append(pick(lang, "   (aucun)", "   (none)"))
    lines.append(pick(lang, "2. Valeurs de la loi appliquées", "2. Values of the law applied"))
    if finding.trace.values:
        for value in finding.trace.values:
            until = (
                pick(lang, f" au {value.effective_to}", f" to {value.effective_to}")
                if value.effective_to
                else ""
            )
            since = pick(lang, "du", "from")
            lines.append(
                f"   - {value.name} = {value.value} ({since} {value.effective_from}{until} ; "
                f"{value.source})"
            )
    else:
        lines.append(pick(lang, "   (aucune)", "   (none)"))
    lines.append(pick(lang, "3. Raisonnement", "3. Reasoning"))
    lines.extend(f"   - {step}" for step in finding.trace.steps)
    lines.append(
        pick(lang, "4. Conclusion : ", "4. Conclusion: ")
        + status_label(finding.status, lang)
        + (pick(lang, " (à vérifier)", " (to be checked)") if finding.review else "")
    )
    lines.append(f"   {finding.explanation}")
    if finding.bound_since:
        lines.append(
            pick(lang, "   Assujetti depuis le ", "   Bound since ")
            + format_date(finding.bound_since, lang)
        )
    if finding.deadline:
        lines.append(
            pick(lang, "   Échéance : ", "   Deadline: ") + format_date(finding.deadline, lang)
        )
    if finding.remediation:
        lines.append(pick(lang, "   Pour y remédier : ", "   To fix: ") + finding.remediation)
    if finding.sanction:
        lines.append(pick(lang, "   Sanction : ", "   Sanction: ") + finding.sanction)
    lines.extend(
        pick(lang, "   ⚠ À vérifier : ", "   ⚠ To be checked: ") + note
        for note in finding.review_notes
    )
    lines.append(pick(lang, "5. Textes appliqués", "5. Texts applied"))
    for basis in finding.legal_basis:
        version = f" — {basis.version}" if basis.version else ""
        lines.append(f"   - {basis.text}, {basis.article} ({basis.legifrance_id}){version}")
        lines.append(f"     {basis.url}")
    return lines
