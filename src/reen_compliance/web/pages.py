"""Render the application's pages: Jinja2 templates, words from the catalogues, CSRF cookie.

The loader looks in `web/templates` first, then in the report's templates, so the report page
embeds the HTML report as `render_html` makes it. Every sentence comes from `t(id, **values)`,
bound to the page's language; autoescaping is always on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

import jinja2
from starlette.responses import HTMLResponse

from reen_compliance.i18n.formats import Lang, format_date, format_money, format_number, format_pct
from reen_compliance.i18n.message import Value, msg
from reen_compliance.i18n.render import render
from reen_compliance.report import templating
from reen_compliance.web.security import CSRF_COOKIE, Signer, csrf_token_for

if TYPE_CHECKING:
    from starlette.requests import Request

    from reen_compliance.formats.report import Report

LANGS: tuple[Lang, ...] = ("fr", "en")


def language(value: object) -> Lang:
    """The page's language: `en` when asked, French otherwise."""
    return "en" if value == "en" else "fr"


def words(lang: Lang) -> object:
    """The `t(id, **values)` function of the templates, in `lang`."""

    def t(message_id: str, **values: Value) -> str:
        return render(msg(message_id, **values), lang)

    return t


@cache
def environment(lang: Lang) -> jinja2.Environment:
    """The templates of the application, then those of the report, compiled for `lang`."""
    loader = jinja2.ChoiceLoader(
        [
            jinja2.PackageLoader("reen_compliance.web", "templates"),
            jinja2.PackageLoader("reen_compliance", "templates"),
        ]
    )
    return templating.environment(loader, lang, keep_trailing_newline=False)


@dataclass(slots=True)
class Page:
    """What every page needs: its language, its CSRF token, and the signer that made it."""

    request: Request
    lang: Lang
    signer: Signer
    token: str = field(init=False)

    def __post_init__(self) -> None:
        """Take the browser's token, or make one the response will set."""
        self.token = csrf_token_for(self.request, self.signer)

    def render(self, template: str, status: int = 200, **context: object) -> HTMLResponse:
        """The page `template` in this language, with the CSRF cookie set."""
        html = (
            environment(self.lang)
            .get_template(template)
            .render(
                t=words(self.lang),
                lang=self.lang,
                other_lang="en" if self.lang == "fr" else "fr",
                csrf=self.token,
                date_text=lambda day: format_date(day, self.lang),
                money_text=lambda amount: format_money(amount, self.lang),
                pct_text=lambda value: format_pct(value, self.lang),
                number_text=lambda value: format_number(value, self.lang),
                **context,
            )
        )
        response = HTMLResponse(html, status_code=status)
        response.set_cookie(CSRF_COOKIE, self.token, httponly=True, samesite="strict", path="/")
        return response


def report_body(report: Report) -> str:
    """The inside of the HTML report's `<main>`, as `render_html` writes it (already escaped).

    Only the report template's `main` block is rendered: the page around it (its head, its
    inline style) would be thrown away.
    """
    from reen_compliance.report.html import (  # noqa: PLC0415 - report pages only
        report_view,
        template_environment,
    )

    template = template_environment(report.lang).get_template("report.html.j2")
    context = template.new_context({"view": report_view(report)})
    return "".join(template.blocks["main"](context))
