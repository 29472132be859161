"""Render a report as one self-contained, accessible and printable HTML page, or as PDF.

Jinja2 renders the packaged templates with autoescaping always on: every string that comes from
a profile or a rule file reaches the page escaped. The view built here holds display strings;
the templates' own words come from the catalogues through `t(id, **values)`, rendered in the
language of the page (`view.lang`), so the templates carry layout and no wording logic.
"""

from __future__ import annotations

import importlib
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final

from reen_compliance.decisions.kinds import source_words
from reen_compliance.formats.profile import Status
from reen_compliance.i18n.formats import Lang, format_date, format_money, format_pct
from reen_compliance.i18n.message import Msg, Value, msg
from reen_compliance.i18n.render import render
from reen_compliance.report.actions import (
    SETTLED,
    Action,
    actions,
    anchor,
    checklist,
    date_range,
    deadline_shown,
    is_overdue,
    period_label,
    remedy_label,
    sorted_findings,
    verdict,
)
from reen_compliance.report.html_parts import (
    badge,
    citation_list,
    facts,
    field_list,
    note_links,
    noted,
    status_line,
)
from reen_compliance.report.notes import notes_heading
from reen_compliance.report.text import (
    STATUS_ORDER,
    deadline_label,
    describe_gap,
    field,
    lateness_note,
    receipt_fields,
    receipt_heading,
    report_heading,
    share_label,
    status_mark,
)
from reen_compliance.report.words import status_label

if TYPE_CHECKING:
    import jinja2
    from markupsafe import Markup

    from reen_compliance.formats.report import Finding, Report, ShareMeasure

View = dict[str, object]

# The margin boxes do not inherit the body's font: the header and page numbers name theirs.
_PAGE_FONT: Final = (
    'font-family: system-ui, "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #4a4a4a;'
)

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
def template_environment(lang: Lang | None = None) -> jinja2.Environment:
    """The Jinja2 environment of the packaged templates, built once; autoescape is always on.

    With `lang`, its templates are compiled for that language: their words alone (`t("id")`)
    are written in at compile time (`report.templating`), the page must be in `lang`.
    """
    import jinja2  # noqa: PLC0415 - heavy import, only for HTML and PDF

    from reen_compliance.report.templating import environment  # noqa: PLC0415 - Jinja2

    loader = jinja2.PackageLoader("reen_compliance", "templates")
    made = environment(loader, lang, keep_trailing_newline=True)
    made.globals["t"] = jinja2.pass_context(_template_word)
    return made


def _template_word(context: jinja2.runtime.Context, message_id: str, **values: Value) -> str:
    """`t(id, **values)` in a template: the catalogue message in the page's language."""
    view = context["view"]
    lang: Lang = view["lang"]
    return render(msg(message_id, **values), lang)


def render_html(report: Report) -> str:
    """One HTML file with inline CSS and SVG: no script, no font, nothing fetched."""
    template = template_environment(report.lang).get_template("report.html.j2")
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
    # Tagged (PDF/UA-1): structure, reading order and the language from `<html lang>`, so that
    # a public body publishing the PDF meets RGAA with it.
    pdf: bytes = document.write_pdf(pdf_variant="pdf/ua-1")
    return pdf


def report_view(report: Report) -> View:
    """Everything the template shows, as display strings in the report's language."""
    lang = report.lang
    title, dates = report_heading(report)
    counts = [(status, report.summary.get(status, 0)) for status in STATUS_ORDER]
    ordered = sorted_findings(report)
    cards = [_finding(finding, report, index) for index, finding in enumerate(ordered, start=1)]
    headings = {card["anchor"]: card["heading"] for card in cards}
    by_status: dict[str, list[View]] = {}
    for card in cards:
        by_status.setdefault(str(card["status"]), []).append(card)
    return {
        "lang": lang,
        "title": title,
        "dates": dates,
        "print_css": print_css(report, dates),
        "verdict": render(verdict(report), lang),
        "collectivity": _collectivity(report),
        "review_required": report.review_required,
        "summary": [{"badge": _badge(s, lang), "count": n} for s, n in counts],
        "chart": summary_chart(counts, lang),
        "actions": [_action(action, report, headings) for action in actions(report)],
        "checklist": [
            {
                "anchor": item.anchor,
                "title": headings[item.anchor],
                "fields": field_list(item.fields, lang) if item.fields else None,
                "explanation": item.finding.explanation,
            }
            for item in checklist(report)
        ],
        "groups": [
            {
                "status": status.value,
                "anchor": f"group-{_kebab(status.value)}",
                "label": _status_words(lang)[status],
                "mark": status_mark(status),
                "settled": status in SETTLED,
                "findings": by_status[status.value],
            }
            for status in STATUS_ORDER
            if status.value in by_status
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
        "notes": list(enumerate(report.notes, start=1)),
        "receipt_heading": receipt_heading(lang),
        "receipt": receipt_fields(report),
    }


def css_string(text: str) -> str:
    """`text` as a quoted CSS string: every character but ASCII letters and digits escaped.

    The running header carries the body's name, from the profile: escaped this way it can
    neither end the string nor the `<style>` element.
    """
    kept = (char if char.isalnum() and char.isascii() else f"\\{ord(char):06x}" for char in text)
    return '"' + "".join(kept) + '"'


def print_css(report: Report, dates: str) -> str:
    """The page boxes of the printed report: running header (body, date), page numbers."""
    marker = "\x00"
    numbers = render(msg("out-pdf-page", page=marker, pages=marker), report.lang)
    before, middle, after = ([*numbers.split(marker), "", ""])[:3]
    counter = " ".join(
        part
        for part in (
            css_string(before) if before else "",
            "counter(page)",
            css_string(middle) if middle else "",
            "counter(pages)",
            css_string(after) if after else "",
        )
        if part
    )
    header = css_string(f"{report.collectivity.name} — {dates}")
    return (
        "@media print { @page {"
        f" @top-left {{ content: {header}; {_PAGE_FONT} }}"
        f" @bottom-right {{ content: {counter}; {_PAGE_FONT} }}"
        " } }"
    )


def _action(action: Action, report: Report, headings: dict[object, object]) -> View:
    finding, lang = action.finding, report.lang
    return {
        "anchor": action.anchor,
        "badge": _badge(finding.status, lang),
        "overdue": is_overdue(finding, report.as_of),
        "title": headings[action.anchor],
        "what": action.what,
        "who": action.who,
        "when": render(action.when, lang),
        "gap": None if finding.gap is None else describe_gap(finding.gap, lang),
    }


def summary_chart(counts: list[tuple[Status, int]], lang: Lang) -> View:
    """Geometry of the horizontal bar chart of counts per status, labels drawn as text."""
    largest = max((n for _, n in counts), default=0) or 1
    words = _status_words(lang)
    bars = []
    for row, (status, count) in enumerate(counts):
        top = row * (CHART_BAR_HEIGHT + CHART_GAP)
        width = CHART_BAR_MAX_WIDTH * count // largest  # whole pixels; the count is printed
        bars.append(
            {
                "status": status.value,
                "colour": BAR_COLOURS[status],
                "label": f"{status_mark(status)} {words[status]}",
                "count": count,
                "y": top,
                "text_y": top + CHART_BAR_HEIGHT * 7 // 10,
                "width": width,
                "count_x": CHART_LABEL_WIDTH + width + 6,
            }
        )
    description = "; ".join(field(words[s], n, lang) for s, n in counts)
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


@lru_cache(maxsize=256)
def _word(message_id: str, lang: Lang) -> str:
    """A catalogue word without values, looked up once per language."""
    return render(msg(message_id), lang)


@cache
def _status_words(lang: Lang) -> dict[Status, str]:
    """Each status in words, in `lang`."""
    return {status: status_label(status, lang) for status in Status}


@lru_cache(maxsize=32)
def _badge(status: Status, lang: Lang) -> Markup:
    """The badge of a status without note, in `lang`."""
    return badge(status.value, status_mark(status), _status_words(lang)[status])


def _collectivity(report: Report) -> View:
    body = report.collectivity
    return {"name": body.name, "kind": body.kind, "siren": body.siren, "insee": body.insee_code}


def _finding(finding: Finding, report: Report, index: int) -> View:
    lang = report.lang
    deadline = deadline_shown(finding, report.as_of)
    source, period = finding.data_source, finding.period
    status, mark = finding.status.value, status_mark(finding.status)
    label = _status_words(lang)[finding.status] + lateness_note(finding, lang)
    measures = _measure_groups(finding.measures, lang)
    settled = finding.status in SETTLED
    classes = "finding" + (" long" if measures else "") + (" settled" if settled else "")
    return {
        "anchor": anchor(index),
        "status": status,
        "classes": f"{classes} status-{status}",
        # a settled card shows its badge, an open one its status line: only that one is built
        "badge": badge(status, mark, noted(label, finding.status_note)) if settled else None,
        "status_line": None
        if settled
        else status_line(status, mark, label, finding.status_note, lang),
        "title": finding.title,
        "heading": deadline_label(finding.title, finding.period_label or finding.period, lang),
        "rule_id": finding.rule_id,
        "facts": facts(
            period=(
                None if period is None else _say(period_label(period), lang),
                finding.period_label or finding.period,
            ),
            deadline=(
                None if deadline is None else _say(deadline, lang),
                None if finding.deadline is None else finding.deadline.isoformat(),
            ),
            statutory_deadline=None
            if finding.statutory_deadline is None
            else format_date(finding.statutory_deadline, lang),
            gap=None if finding.gap is None else describe_gap(finding.gap, lang),
            data_source=None if source is None else _say(source_words(source), lang),
            confidence=_word("out-confidence-" + finding.confidence, lang),
            lang=lang,
        ),
        "explanation": finding.explanation,
        "remediation": finding.remediation,
        "remedy_label": render(remedy_label(finding), lang),
        "sanction": finding.sanction if finding.status == Status.NON_COMPLIANT else None,
        "review": finding.review,
        "review_notes": [] if finding.note_refs else list(finding.review_notes),
        "note_links": note_links(finding.note_refs, lang) if finding.note_refs else None,
        "citations": citation_list(finding.legal_basis),
        "measures": measures,
    }


def _say(value: Msg | date | str, lang: Lang) -> str:
    """A message, a date or a text, as the page shows it."""
    if isinstance(value, Msg):
        return render(value, lang)
    if isinstance(value, date):
        return format_date(value, lang)
    return value


def _measure_groups(measures: tuple[ShareMeasure, ...], lang: Lang) -> list[View]:
    """The share rows, consecutive rows of one category grouped: its label is shown once."""
    groups: list[View] = []
    rows: list[View] = []
    for measure in measures:
        category = measure.label or measure.category
        if not groups or groups[-1]["category"] != category:
            rows = []
            groups.append({"category": category, "rows": rows})
        rows.append(_measure(measure, lang))
    return groups


def _measure(measure: ShareMeasure, lang: Lang) -> View:
    minimum = "—" if measure.minimum_pct is None else format_pct(measure.minimum_pct, lang)
    return {
        "category": measure.label or measure.category,
        "regime": measure.regime,
        "data_period": _say(date_range(measure.data_period, lang), lang),
        "share": render(share_label(measure.share), lang),
        "measured": "—" if measure.share_pct is None else format_pct(measure.share_pct, lang),
        "minimum": minimum,
        "minimum_confirmed": measure.minimum_confirmed,
        "minimum_source": measure.minimum_source,
        "badge": _badge(measure.status, lang),
        "missing": ""
        if measure.missing_eur_ht is None
        else format_money(measure.missing_eur_ht, lang),
    }
