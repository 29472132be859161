"""Explain one rule's findings as legal reasoning: facts -> values -> steps -> status -> texts.

The trace every finding carries is laid out in the order a legal officer reads an opinion: the
facts taken from the profile (with where), the dated values of the law applied (with their
source), the steps of the reasoning, then the conclusion, its remedy and its citations. The
trace holds the profile's values as the JSON report keeps them (`True`, `2024-12-12`,
`adopted`); here they are worded for the reader: yes/no, a date in words, a grouped number,
and identifiers of the profile quoted as code.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from reen_compliance.formats.report import Finding, Report, TraceFact, TraceValue
from reen_compliance.i18n.formats import Lang, format_date, format_number
from reen_compliance.i18n.message import Code, Msg, Value, msg
from reen_compliance.i18n.render import join_list, render
from reen_compliance.report.text import field
from reen_compliance.report.words import citation_title, status_message_id

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_.:\-]*")
_WORDS: dict[str, str] = {"True": "out-value-true", "False": "out-value-false"}


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


def word_value(text: str | None, lang: Lang) -> str:
    """A value of a trace or of the rules, as prose shows it in `lang`.

    `None` is « non renseigné », `True`/`False` « oui »/« non », an ISO day a date in words,
    a number is grouped with the language's decimal sign; identifiers of the profile or of the
    rules (`adopted`, `d2024-134:textiles`) are quoted as code, lists item by item; any other
    text (a name, a reference) is shown as it was written.
    """
    if text is None or text == "None":
        return render(msg("out-value-none"), lang)
    if text in _WORDS:
        return render(msg(_WORDS[text]), lang)
    if _ISO_DAY.fullmatch(text):
        return format_date(date.fromisoformat(text), lang)
    if _NUMBER.fullmatch(text):
        return format_number(Decimal(text), lang)
    return _codes(text, lang)


def _codes(text: str, lang: Lang) -> str:
    """Identifiers quoted as code, one by one in a list; free text as it was written."""
    parts = text.split(", ")
    if len(parts) > 1 and all(_IDENTIFIER.fullmatch(part) for part in parts):
        return join_list(tuple(f"`{part}`" for part in parts), lang)
    return f"`{text}`" if _IDENTIFIER.fullmatch(text) else text


def _fact_line(fact: TraceFact, lang: Lang) -> str:
    return render(
        msg(
            "out-explain-fact",
            name=Code(f"`{fact.name}`"),
            value=word_value(fact.value, lang),
            source=Code(fact.source),
        ),
        lang,
    )


def _value_line(value: TraceValue, lang: Lang) -> str:
    values: dict[str, Value] = {
        "name": Code(f"`{value.name}`"),
        "value": word_value(value.value, lang),
        "since": value.effective_from,
        "source": value.source,
    }
    if value.effective_to is not None:
        return render(msg("out-explain-value-until", until=value.effective_to, **values), lang)
    return render(msg("out-explain-value", **values), lang)


def _heading(finding: Finding) -> Msg:
    if finding.period:
        return msg(
            "out-explain-heading-period",
            title=finding.title,
            rule=Code(finding.rule_id),
            period=finding.period,
        )
    return msg("out-explain-heading", title=finding.title, rule=Code(finding.rule_id))


def _conclusion(finding: Finding) -> Msg:
    status = msg(status_message_id(finding.status))
    if finding.review:
        return msg("out-explain-conclusion-to-check", status=status)
    return msg("out-explain-conclusion", status=status)


def _one(finding: Finding, report: Report, lang: Lang) -> list[str]:
    lines = [
        render(_heading(finding), lang),
        render(msg("out-explain-situation", as_of=report.as_of, law_as_of=report.law_as_of), lang),
    ]
    if finding.data_period is not None:
        period = finding.data_period
        lines.append(
            render(msg("out-explain-data-period", start=period.start, end=period.end), lang)
        )
    lines.append(render(msg("out-explain-facts"), lang))
    if finding.trace.facts:
        lines.extend(f"   - {_fact_line(fact, lang)}" for fact in finding.trace.facts)
    else:
        lines.append("   " + render(msg("out-explain-no-fact"), lang))
    lines.append(render(msg("out-explain-values"), lang))
    if finding.trace.values:
        lines.extend(f"   - {_value_line(value, lang)}" for value in finding.trace.values)
    else:
        lines.append("   " + render(msg("out-explain-no-value"), lang))
    lines.append(render(msg("out-explain-reasoning"), lang))
    lines.extend(f"   - {step}" for step in finding.trace.steps)
    lines.append(render(_conclusion(finding), lang))
    lines.append(f"   {finding.explanation}")
    if finding.bound_since:
        lines.append("   " + render(msg("out-explain-bound-since", day=finding.bound_since), lang))
    if finding.deadline:
        lines.append("   " + field(msg("out-label-deadline"), finding.deadline, lang))
    if finding.remediation:
        lines.append("   " + field(msg("out-label-remedy"), finding.remediation, lang))
    if finding.sanction:
        lines.append("   " + field(msg("out-label-sanction"), finding.sanction, lang))
    lines.extend(
        "   ⚠ " + field(msg("out-label-to-check"), note, lang) for note in finding.review_notes
    )
    lines.append(render(msg("out-explain-texts"), lang))
    for basis in finding.legal_basis:
        version = f" — {basis.version}" if basis.version else ""
        title = citation_title(basis.text, lang, basis.note)
        lines.append(f"   - {title}, {basis.article} ({basis.legifrance_id}){version}")
        lines.append(f"     {basis.url}")
    return lines
