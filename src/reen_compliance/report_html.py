"""Render a report as one self-contained, accessible and printable HTML page, or as PDF.

Jinja2 renders the packaged templates with autoescaping always on: every string that comes from
a profile or a rule file reaches the page escaped. The view built here holds display strings;
the templates' own words come from the catalogues through `t(id, **values)`, rendered in the
language of the page (`view.lang`), so the templates carry layout and no wording logic.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING, Final

from reen_compliance.i18n.formats import Lang, format_date, format_money, format_pct
from reen_compliance.i18n.message import Value, msg
from reen_compliance.i18n.render import render
from reen_compliance.model import Status
from reen_compliance.report import (
    STATUS_ORDER,
    describe_gap,
    field,
    lateness_note,
    receipt_fields,
    receipt_heading,
    report_heading,
    share_label,
    sorted_findings,
    status_mark,
)
from reen_compliance.report_notes import notes_heading
from reen_compliance.wording import status_label

if TYPE_CHECKING:
    import jinja2

    from reen_compliance.report_model import Citation, Finding, Report, ShareMeasure

View = dict[str, object]

CHART_BAR_HEIGHT: Final = 22
CHART_GAP: Final = 8
CHART_LABEL_WIDTH: Final = 215
CHART_BAR_MAX_WIDTH: Final = 300
# The chart's bar colours, as the stylesheet's status colours; SVG attributes, because PDF
# renderers do not all apply the page's stylesheet inside inline SVG.
BAR_COLOURS: Final = {
    Status.NON_COMPLIANT: "#8a1c1c",
    Status.INSUFFICIENT_DATA: "#7a4a00",
    Status.NOT_YET_DUE: "#1f4e8c",
    Status.COMPLIANT: "#1e6b34",
    Status.EXEMPTED: "#5b3f8c",
    Status.NOT_APPLICABLE: "#4a4a4a",
}


@cache
def template_environment() -> jinja2.Environment:
    """The Jinja2 environment of the packaged templates, built once; autoescape is always on."""
    import jinja2  # noqa: PLC0415 - heavy import, only for HTML and PDF

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("reen_compliance", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.globals["t"] = jinja2.pass_context(_template_word)
    return environment


def _template_word(context: jinja2.runtime.Context, message_id: str, **values: Value) -> str:
    """`t(id, **values)` in a template: the catalogue message in the page's language."""
    view = context["view"]
    lang: Lang = view["lang"]
    return render(msg(message_id, **values), lang)


def render_html(report: Report) -> str:
    """One HTML file with inline CSS and SVG: no script, no font, nothing fetched."""
    template = template_environment().get_template("report.html.j2")
    return template.render(view=report_view(report))


def render_pdf(report: Report) -> bytes:
    """The HTML report printed to PDF by WeasyPrint (the optional `pdf` extra).

    Raises:
        ImportError: when WeasyPrint or the system libraries it needs are missing.
    """
    return html_to_pdf(render_html(report))


def html_to_pdf(html: str) -> bytes:
    """Print self-contained HTML to PDF; any attempt to fetch a resource is refused."""
    # An optional extra without type information, with heavy native libraries: imported late.
    weasyprint = importlib.import_module("weasyprint")

    def refuse(url: str, *_args: object, **_kwargs: object) -> dict[str, object]:
        msg = f"the report fetches nothing, yet it asked for {url!r}"
        raise ValueError(msg)

    document = weasyprint.HTML(string=html, url_fetcher=refuse)
    pdf: bytes = document.write_pdf()
    return pdf


def safe_url(url: str) -> str | None:
    """The URL when it is plain http(s), else None: a link never runs script."""
    return url if url.startswith(("https://", "http://")) else None


def report_view(report: Report) -> View:
    """Everything the template shows, as display strings in the report's language."""
    lang = report.lang
    title, dates = report_heading(report)
    counts = [(status, report.summary.get(status, 0)) for status in STATUS_ORDER]
    return {
        "lang": lang,
        "title": title,
        "dates": dates,
        "collectivity": _collectivity(report),
        "review_required": report.review_required,
        "summary": [
            {"status": s.value, "label": status_label(s, lang), "mark": status_mark(s), "count": n}
            for s, n in counts
        ],
        "chart": summary_chart(counts, lang),
        "findings": [
            _finding(finding, lang, index)
            for index, finding in enumerate(sorted_findings(report), start=1)
        ],
        "deadlines": [
            {
                "iso": item.date.isoformat(),
                "date": format_date(item.date, lang),
                "label": item.label,
                "rule_id": item.rule_id,
                "semantics": _word("out-semantics-" + _kebab(item.semantics), lang),
            }
            for item in report.next_deadlines
        ],
        "notes_heading": notes_heading(lang),
        "notes": list(report.notes),
        "receipt_heading": receipt_heading(lang),
        "receipt": receipt_fields(report),
    }


def summary_chart(counts: list[tuple[Status, int]], lang: Lang) -> View:
    """Geometry of the horizontal bar chart of counts per status, labels drawn as text."""
    largest = max((n for _, n in counts), default=0) or 1
    bars = []
    for row, (status, count) in enumerate(counts):
        top = row * (CHART_BAR_HEIGHT + CHART_GAP)
        width = CHART_BAR_MAX_WIDTH * count // largest  # whole pixels; the count is printed
        bars.append(
            {
                "status": status.value,
                "colour": BAR_COLOURS[status],
                "label": f"{status_mark(status)} {status_label(status, lang)}",
                "count": count,
                "y": top,
                "text_y": top + CHART_BAR_HEIGHT * 7 // 10,
                "width": width,
                "count_x": CHART_LABEL_WIDTH + width + 6,
            }
        )
    description = "; ".join(field(status_label(s, lang), n, lang) for s, n in counts)
    return {
        "bars": bars,
        "label_width": CHART_LABEL_WIDTH,
        "width": CHART_LABEL_WIDTH + CHART_BAR_MAX_WIDTH + 40,
        "height": len(counts) * (CHART_BAR_HEIGHT + CHART_GAP),
        "bar_height": CHART_BAR_HEIGHT,
        "description": description,
    }


def _kebab(key: str) -> str:
    return key.replace("_", "-")


def _word(message_id: str, lang: Lang) -> str:
    return render(msg(message_id), lang)


def _collectivity(report: Report) -> View:
    body = report.collectivity
    return {"name": body.name, "kind": body.kind, "siren": body.siren, "insee": body.insee_code}


def _finding(finding: Finding, lang: Lang, index: int) -> View:
    return {
        "anchor": f"finding-{index}",
        "status": finding.status.value,
        "status_label": status_label(finding.status, lang) + lateness_note(finding, lang),
        "status_note": finding.status_note,
        "mark": status_mark(finding.status),
        "title": finding.title,
        "rule_id": finding.rule_id,
        "period": finding.period,
        "deadline": None if finding.deadline is None else format_date(finding.deadline, lang),
        "deadline_iso": None if finding.deadline is None else finding.deadline.isoformat(),
        "statutory_deadline": None
        if finding.statutory_deadline is None
        else format_date(finding.statutory_deadline, lang),
        "gap": None if finding.gap is None else describe_gap(finding.gap, lang),
        "explanation": finding.explanation,
        "remediation": finding.remediation,
        "review": finding.review,
        "review_notes": [] if finding.note_refs else list(finding.review_notes),
        "note_refs": list(finding.note_refs),
        "confidence": _word("out-confidence-" + finding.confidence, lang),
        "data_source": finding.data_source,
        "citations": [_citation(citation) for citation in finding.legal_basis],
        "measures": [_measure(measure, lang) for measure in finding.measures],
    }


def _citation(citation: Citation) -> View:
    return {
        "text": citation.text,
        "article": citation.article,
        "legifrance_id": citation.legifrance_id,
        "url": safe_url(citation.url),
        "version": citation.version,
    }


def _measure(measure: ShareMeasure, lang: Lang) -> View:
    minimum = "—" if measure.minimum_pct is None else format_pct(measure.minimum_pct, lang)
    return {
        "category": measure.label or measure.category,
        "regime": measure.regime,
        "data_period": measure.data_period,
        "share": render(share_label(measure.share), lang),
        "measured": "—" if measure.share_pct is None else format_pct(measure.share_pct, lang),
        "minimum": minimum,
        "minimum_confirmed": measure.minimum_confirmed,
        "minimum_source": measure.minimum_source,
        "status": measure.status.value,
        "status_label": status_label(measure.status, lang),
        "mark": status_mark(measure.status),
        "missing": ""
        if measure.missing_eur_ht is None
        else format_money(measure.missing_eur_ht, lang),
    }
