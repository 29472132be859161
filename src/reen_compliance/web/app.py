"""The application: its settings, how a posted form is read and checked, and the error pages.

Every POST goes through `posted_form`: the content type must be a form, the body is refused
past the route's limit before being parsed, uploads are read as bytes in memory (never written
under a name the user chose; the parser's spooled files are closed at once), and the CSRF token
must match. Fields sent more than once (check boxes of one name) are joined by ", ". A refusal
is a `WebError`, shown as a page with its message and a 4xx status.
"""

from __future__ import annotations

import binascii
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from reen_compliance.errors import InvalidInputError, Problem
from reen_compliance.law.loading import RuleSet, load_rules
from reen_compliance.web.answers import located_text, problems_of
from reen_compliance.web.pages import Page, language
from reen_compliance.web.security import (
    CSRF_COOKIE,
    CSRF_FIELD,
    SecurityHeaders,
    Signer,
    TooLargeError,
    read_body,
    replay,
)

MIB = 1024 * 1024
FORM_OVERHEAD = 256 * 1024
URLENCODED = "application/x-www-form-urlencoded"
FORM_TYPES = frozenset({URLENCODED, "multipart/form-data"})
MAX_FIELDS = 2000


@dataclass(frozen=True, slots=True)
class WebSettings:
    """Limits and secrets of one application, and its « today ».

    `today` gives the default « situation au »: the command line that serves the page passes its
    clock, tests a fixed day; the library itself never reads the clock.
    """

    today: Callable[[], date]
    profile_limit: int = 1 * MIB
    ledger_limit: int = 50 * MIB
    secret: bytes | None = None


@dataclass(frozen=True, slots=True)
class Upload:
    """A file sent with a form: the name the browser gave (shown, never used) and its bytes."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Posted:
    """A checked form: its text fields and its files."""

    fields: dict[str, str]
    files: dict[str, Upload] = field(default_factory=dict)

    def get(self, name: str, default: str = "") -> str:
        """The field's text, or `default`."""
        return self.fields.get(name, default)


class WebError(Exception):
    """Input the application refuses: a status, a catalogue message and the located problems."""

    def __init__(
        self, status: int, message_id: str, problems: tuple[Problem, ...] = (), **values: object
    ) -> None:
        """Remember what the error page shows."""
        super().__init__(message_id)
        self.status = status
        self.message_id = message_id
        self.problems = problems
        self.values = values

    @classmethod
    def of(cls, error: InvalidInputError, message_id: str) -> WebError:
        """A 400 carrying the problems of an input error."""
        return cls(400, message_id, problems_of(error))


class State:
    """What the routes share: settings, the CSRF signer and the rule pack (read once)."""

    def __init__(self, settings: WebSettings) -> None:
        """Make the signer from the settings' secret, `REEN_WEB_SECRET`, or a random key."""
        self.settings = settings
        secret = settings.secret or os.environ.get("REEN_WEB_SECRET", "").encode() or None
        self.signer = Signer(secret)

    @cached_property
    def rules(self) -> RuleSet:
        """The bundled rule pack."""
        return load_rules()

    def page(self, request: Request, lang: str | None = None) -> Page:
        """A page in the language asked (form field or `?lang=`), French by default."""
        return Page(request, language(lang or request.query_params.get("lang")), self.signer)


def posted_lang(posted: Posted) -> str:
    """The language a form asks for: its switch button, else its hidden field."""
    return posted.get("switch_lang") or posted.get("lang")


def state_of(request: Request) -> State:
    """The application's shared state."""
    found: State = request.app.state.web
    return found


async def posted_form(request: Request, limit: int) -> Posted:
    """Read and check a posted form (type, size, CSRF); uploads come back as bytes.

    Raises:
        WebError: 415 not a form, 413 too large, 400 unreadable, 403 CSRF token missing or wrong.
    """
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in FORM_TYPES:
        raise WebError(415, "web-error-content-type")
    try:
        body = await read_body(request, limit + FORM_OVERHEAD)
    except TooLargeError as error:
        raise WebError(413, "web-error-too-large", limit=error.limit - FORM_OVERHEAD) from None
    if kind == URLENCODED:
        plain = urlencoded_fields(body)
        _check_csrf(request, plain)
        return Posted(plain, {})
    parsed = Request(request.scope, replay(body))
    try:
        form = await parsed.form(max_files=4, max_fields=MAX_FIELDS, max_part_size=limit + 1024)
    except (MultiPartException, HTTPException, ValueError):
        raise WebError(400, "web-error-form") from None
    try:
        fields: dict[str, str] = {}
        files: dict[str, Upload] = {}
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                files[name] = Upload(value.filename or "", value.content_type or "", data)
            elif name in fields:  # boxes of one name: their values, joined as a list
                fields[name] = ", ".join(part for part in (fields[name], value) if part)
            else:
                fields[name] = value
    finally:
        await form.close()  # the spooled temporary files are removed here
    _check_csrf(request, fields)
    return Posted(fields, files)


def urlencoded_fields(body: bytes) -> dict[str, str]:
    """A plain form's fields, as Starlette reads them (latin-1 bytes, then `unquote_plus`).

    Split as `parse_qsl` splits (blank values kept, a name without `=` a blank field), in
    C calls where Starlette's parser goes byte by byte; escapes undone by `form_unquote`.
    """
    query = body.decode("latin-1")
    if query.count("&") >= MAX_FIELDS:  # more fields than a form of ours ever sends
        raise WebError(400, "web-error-form")
    fields: dict[str, str] = {}
    for pair in query.split("&") if query else ():
        if not pair:
            continue
        quoted_name, _, quoted_value = pair.partition("=")
        name, value = form_unquote(quoted_name), form_unquote(quoted_value)
        if name in fields:  # boxes of one name: their values, joined as a list
            fields[name] = ", ".join(part for part in (fields[name], value) if part)
        else:
            fields[name] = value
    return fields


_BROKEN_ESCAPE = re.compile("%(?![0-9A-Fa-f]{2})")


def form_unquote(quoted: str) -> str:
    """A field's text as `unquote_plus` gives it, from its bytes read as latin-1.

    `unquote_to_bytes` undoes a report page's 1,500 escapes one at a time in Python. Here,
    when every `%` starts a well-formed escape and no `=` is in the way, the escapes are
    written `=XX` and undone in C by `binascii.a2b_qp` (quoted-printable: the same bytes).
    Anything else (a broken escape, raw bytes, an `=`) goes to the standard library.
    """
    spaced = quoted.replace("+", " ")
    if "%" not in spaced:
        return spaced
    if "=" in spaced or not spaced.isascii() or _BROKEN_ESCAPE.search(spaced):
        return unquote(spaced)
    return binascii.a2b_qp(spaced.replace("%", "=")).decode("utf-8", "replace")


def _check_csrf(request: Request, fields: dict[str, str]) -> None:
    signer = state_of(request).signer
    if not signer.matches(request.cookies.get(CSRF_COOKIE), fields.get(CSRF_FIELD)):
        raise WebError(403, "web-error-csrf")


async def web_error(request: Request, error: Exception) -> Response:
    """The error page: what was refused, where, and a way back; never a traceback."""
    assert isinstance(error, WebError)  # noqa: S101 - registered for WebError only
    page = state_of(request).page(request, request.query_params.get("lang"))
    return page.render(
        "page_error.html.j2",
        status=error.status,
        message_id=error.message_id,
        values=error.values,
        problems=[located_text(p, page.lang, with_file=True) for p in error.problems],
    )


async def http_error(request: Request, error: Exception) -> Response:
    """Not found, method not allowed: the same page, in words."""
    status = error.status_code if isinstance(error, HTTPException) else 500
    page = state_of(request).page(request)
    message = "web-error-not-found" if status == 404 else "web-error-method"  # noqa: PLR2004
    if status >= 500:  # noqa: PLR2004
        message = "web-error-internal"
    return page.render(
        "page_error.html.j2", status=status, message_id=message, values={}, problems=[]
    )


async def internal_error(request: Request, _error: Exception) -> Response:
    """A bug: a page saying so, without the traceback (it stays in the server's log)."""
    try:
        page = state_of(request).page(request)
        return page.render(
            "page_error.html.j2",
            status=500,
            message_id="web-error-internal",
            values={},
            problems=[],
        )
    except Exception:  # noqa: BLE001 - the error page itself must not fail
        return HTMLResponse("<!DOCTYPE html><title>500</title>", status_code=500)


def create_app(settings: WebSettings) -> Starlette:
    """The ASGI application for `settings` (limits: 1 MB profiles, 50 MB ledgers by default)."""
    from reen_compliance.web import views_ledger, views_profile, views_report  # noqa: PLC0415

    routes = [
        *views_profile.ROUTES,
        *views_report.ROUTES,
        *views_ledger.ROUTES,
        Route("/static/report.css", views_report.report_css),
        Mount("/static", StaticFiles(packages=[("reen_compliance.web", "static")]), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={
            WebError: web_error,
            HTTPException: http_error,
            Exception: internal_error,
        },
    )
    app.state.web = State(settings)
    app.add_middleware(SecurityHeaders)
    return app
