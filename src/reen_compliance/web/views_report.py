"""The report: dates, language, downloads, « what if », and an EPCI's members."""

from __future__ import annotations

import importlib.util
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from markupsafe import escape
from starlette.responses import Response
from starlette.routing import Route

from reen_compliance.decisions.engine import decide
from reen_compliance.errors import ProfileError
from reen_compliance.report.build import render_report
from reen_compliance.web.answers import located_text, problems_of, validated
from reen_compliance.web.app import Posted, State, WebError, posted_form, posted_lang, state_of
from reen_compliance.web.flow import PROFILE_FIELD, answered, day_asked
from reen_compliance.web.form_options import category_names
from reen_compliance.web.pages import report_body
from reen_compliance.web.views_profile import questions_page
from reen_compliance.web.whatif import changed_data, changes_offered, side_by_side

if TYPE_CHECKING:
    from starlette.requests import Request

    from reen_compliance.formats.profile import Profile
    from reen_compliance.formats.report import Report
    from reen_compliance.web.pages import Page

CALENDAR_YEARS = 5
FORMATS = ("pdf", "ics", "json", "markdown")


@cache
def pdf_available() -> bool:
    """Whether the `pdf` extra (WeasyPrint) is installed."""
    return importlib.util.find_spec("weasyprint") is not None


async def report_css(_request: Request) -> Response:
    """The report's own stylesheet, served so that the page needs no inline style."""
    templates = resources.files("reen_compliance").joinpath("templates")
    parts = ("palette.css", "report.css")
    css = "".join(templates.joinpath(name).read_text("utf-8") for name in parts)
    return Response(css, media_type="text/css; charset=utf-8")


class Dates:
    """« Situation au » and « droit applicable au » of a posted form."""

    def __init__(self, posted: Posted, state: State) -> None:
        """Read both dates; the situation defaults to today, the law to the situation."""
        self.as_of: date = day_asked(posted, "as_of", None) or state.settings.today()
        self.law_as_of: date | None = day_asked(posted, "law_as_of", None)


def _report(profile: Profile, dates: Dates, state: State, lang: str) -> Report:
    """Decide and word the report; a profile the rules refuse (a category id) is a 400 page."""
    try:
        evaluation = decide(
            profile, as_of=dates.as_of, law_as_of=dates.law_as_of, rules=state.rules
        )
    except ProfileError as error:
        raise WebError.of(error, "web-error-profile") from None
    return render_report(evaluation, "en" if lang == "en" else "fr")


async def report(request: Request) -> Response:
    """The action-first report of the profile with the answers, on the dates asked."""
    state = state_of(request)
    posted = await posted_form(request, state.settings.profile_limit)
    page = state.page(request, posted_lang(posted))
    dates = Dates(posted, state)
    result = answered(posted, state, page.lang, dates.as_of)
    if result.profile is None:
        return questions_page(page, posted, result)
    found = _report(result.profile, dates, state, page.lang)
    return page.render(
        "page_report.html.j2",
        report=found,
        report_html=report_body(found),
        profile_yaml=escape(result.yaml_text),  # escaped once, carried by three forms
        profile_field=PROFILE_FIELD,
        as_of=dates.as_of.isoformat(),
        law_as_of=dates.law_as_of.isoformat() if dates.law_as_of else "",
        pdf=pdf_available(),
        changes=changes_offered(result.data, category_names(state.rules)),
        members=_members(result.profile, dates, state, page),
    )


async def download(request: Request) -> Response:
    """The report as PDF, ICS, JSON or Markdown, built from the posted profile."""
    from reen_compliance.report.text import render_json, render_markdown  # noqa: PLC0415

    state = state_of(request)
    posted = await posted_form(request, state.settings.profile_limit)
    page = state.page(request, posted_lang(posted))
    dates = Dates(posted, state)
    chosen = posted.get("format")
    if chosen not in FORMATS or (chosen == "pdf" and not pdf_available()):
        raise WebError(400, "web-error-format", found=chosen[:20])
    result = answered(posted, state, page.lang, dates.as_of)
    if result.profile is None:
        return questions_page(page, posted, result)
    profile = result.profile
    code = profile.collectivity.insee_code or profile.collectivity.siren or "organisme"
    stem = f"rapport-{code}-{dates.as_of.isoformat()}"
    if chosen == "ics":
        from reen_compliance.report.calendar import (  # noqa: PLC0415
            calendar_items,
            render_calendar_ics,
        )

        end = date(dates.as_of.year + CALENDAR_YEARS, dates.as_of.month, min(dates.as_of.day, 28))
        items = calendar_items(
            profile,
            start=dates.as_of,
            end=end,
            rules=state.rules,
            lang=page.lang,
            law_as_of=dates.law_as_of,
        )
        return _attachment(render_calendar_ics(items), "text/calendar", f"echeances-{code}.ics")
    found = _report(profile, dates, state, page.lang)
    if chosen == "json":
        return _attachment(render_json(found), "application/json", f"{stem}.json")
    if chosen == "markdown":
        return _attachment(render_markdown(found), "text/markdown; charset=utf-8", f"{stem}.md")
    from reen_compliance.report.html import render_pdf  # noqa: PLC0415

    return _attachment(render_pdf(found), "application/pdf", f"{stem}.pdf")


def _attachment(content: str | bytes, media_type: str, name: str) -> Response:
    return Response(
        content,
        media_type=media_type,
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


async def what_if(request: Request) -> Response:
    """The findings that change with one answer changed, beside the current situation."""
    state = state_of(request)
    posted = await posted_form(request, state.settings.profile_limit)
    page = state.page(request, posted_lang(posted))
    dates = Dates(posted, state)
    result = answered(posted, state, page.lang, dates.as_of)
    if result.profile is None:
        return questions_page(page, posted, result)
    try:
        _, changed_profile = validated(changed_data(result.data, posted.fields))
    except ProfileError as error:
        problems = [located_text(p, page.lang, with_file=False) for p in problems_of(error)]
        return page.render(
            "page_error.html.j2",
            status=422,
            message_id="web-error-whatif",
            values={},
            problems=problems,
        )
    current = _report(result.profile, dates, state, page.lang)
    changed = _report(changed_profile, dates, state, page.lang)
    return page.render(
        "page_whatif.html.j2",
        rows=side_by_side(current, changed),
        name=result.profile.collectivity.name,
        profile_yaml=result.yaml_text,
        profile_field=PROFILE_FIELD,
        as_of=dates.as_of.isoformat(),
        law_as_of=dates.law_as_of.isoformat() if dates.law_as_of else "",
    )


def _members(profile: Profile, dates: Dates, state: State, page: Page) -> list[dict[str, object]]:
    """An EPCI's member communes and which obligations bind each (none for a commune)."""
    from reen_compliance.reference.bodies import ReferenceData  # noqa: PLC0415
    from reen_compliance.reference.members import summarize_members  # noqa: PLC0415

    if profile.collectivity.kind != "epci" or not profile.collectivity.siren:
        return []
    try:
        summary = summarize_members(
            profile,
            {},
            reference=ReferenceData.bundled(),
            rules=state.rules,
            as_of=dates.as_of,
            law_as_of=dates.law_as_of,
            lang=page.lang,
        )
    except ProfileError:
        return []
    titles = {
        rule.rule.id: (rule.rule.title.en if page.lang == "en" else rule.rule.title.fr)
        for rule in state.rules.rules
    }
    return [
        {
            "name": row.name,
            "code": row.code,
            "population": row.population,
            "bound": [titles.get(o.rule_id, o.rule_id) for o in row.outcomes if o.bound],
            "unknown": [titles.get(o.rule_id, o.rule_id) for o in row.outcomes if o.bound is None],
        }
        for row in summary.unprofiled
    ]


ROUTES = [
    Route("/report", report, methods=["POST"]),
    Route("/report/download", download, methods=["POST"]),
    Route("/whatif", what_if, methods=["POST"]),
]
