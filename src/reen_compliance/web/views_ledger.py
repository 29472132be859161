"""Import a purchase ledger, map its columns, see the shares, download the declaration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import Response
from starlette.routing import Route

from reen_compliance.errors import ProfileError
from reen_compliance.web.answers import located_text, problems_of
from reen_compliance.web.app import Posted, State, WebError, posted_form, posted_lang, state_of
from reen_compliance.web.ledger_flow import (
    MAPPED_COLUMNS,
    chosen_columns,
    guessed_columns,
    headers,
    ledger_file,
    pack,
    suffix_of,
    unpack,
)

if TYPE_CHECKING:
    from starlette.requests import Request

    from reen_compliance.ledger.summary import LedgerSummary
    from reen_compliance.web.pages import Page

PACKED_OVERHEAD_NUM = 3  # base64 of zlib output: at most about 4/3 of the bytes
SIRET_LENGTH = 14


async def ledger_home(request: Request) -> Response:
    """The upload form."""
    return state_of(request).page(request).render("page_ledger.html.j2")


async def upload(request: Request) -> Response:
    """A ledger file: its headers, the columns recognised, and the mapping screen."""
    state = state_of(request)
    posted = await posted_form(request, state.settings.ledger_limit)
    page = state.page(request, posted_lang(posted))
    sent = posted.files.get("ledger")
    if sent is None or not sent.data:
        raise WebError(400, "web-error-no-file")
    if len(sent.data) > state.settings.ledger_limit:
        raise WebError(413, "web-error-too-large", limit=state.settings.ledger_limit)
    suffix = suffix_of(sent.filename)
    if suffix is None:
        raise WebError(415, "web-error-ledger-type")
    found = _headers(sent.data, suffix, state)
    return _mapping_page(
        page, packed=pack(sent.data), suffix=suffix, found=found, columns=guessed_columns(found)
    )


def _headers(data: bytes, suffix: str, state: State) -> list[str]:
    with ledger_file(data, suffix) as path:
        try:
            return headers(path, state.settings.ledger_limit)
        except ProfileError as error:
            raise WebError.of(error, "web-error-ledger") from None


def _mapping_page(  # noqa: PLR0913 - the page's parts
    page: Page,
    *,
    packed: str,
    suffix: str,
    found: list[str],
    columns: dict[str, str],
    problems: tuple[str, ...] = (),
) -> Response:
    return page.render(
        "page_mapping.html.j2",
        status=422 if problems else 200,
        packed=packed,
        suffix=suffix,
        headers=found,
        columns=columns,
        names=MAPPED_COLUMNS,
        problems=problems,
    )


def _ledger_of(posted: Posted, state: State) -> tuple[bytes, str]:
    suffix = suffix_of("ledger" + posted.get("suffix"))
    data = unpack(posted.get("ledger_data"), state.settings.ledger_limit)
    if suffix is None or data is None:
        raise WebError(400, "web-error-ledger-data")
    return data, suffix


def _summary(data: bytes, suffix: str, columns: dict[str, str], state: State) -> LedgerSummary:
    from reen_compliance.decisions.procurement import shares_rule, summarize  # noqa: PLC0415

    with ledger_file(data, suffix) as path:
        return summarize(shares_rule(state.rules), [path], columns=columns or None)


async def mapped(request: Request) -> Response:
    """The shares per year and category, the euros missing and the unclassified lines."""
    from reen_compliance.decisions.procurement import (  # noqa: PLC0415
        figures_from_summary,
        measure_years,
        shares_rule,
    )
    from reen_compliance.law.applicability import LawView  # noqa: PLC0415
    from reen_compliance.report.build import note_text  # noqa: PLC0415

    state = state_of(request)
    limit = state.settings.ledger_limit * 4 // PACKED_OVERHEAD_NUM
    posted = await posted_form(request, limit)
    page = state.page(request, posted_lang(posted))
    data, suffix = _ledger_of(posted, state)
    found = _headers(data, suffix, state)
    columns = chosen_columns(posted.fields, found)
    try:
        summary = _summary(data, suffix, columns, state)
    except ProfileError as error:
        problems = tuple(located_text(p, page.lang, with_file=True) for p in problems_of(error))
        return _mapping_page(
            page,
            packed=posted.get("ledger_data"),
            suffix=suffix,
            found=found,
            columns=columns,
            problems=problems,
        )
    as_of = state.settings.today()
    figures = figures_from_summary(summary, shares_rule(state.rules))
    years = measure_years(
        shares_rule(state.rules), figures.figures, as_of=as_of, law=LawView(as_of), lang=page.lang
    )
    return page.render(
        "page_shares.html.j2",
        years=years,
        unmapped=summary.unmapped,
        packed=posted.get("ledger_data"),
        suffix=suffix,
        columns=columns,
        notes=[note_text(note, page.lang) for note in figures.notes],
        declared_years=sorted({c.year for c in summary.categories}),
    )


async def declaration(request: Request) -> Response:
    """The yearly declaration CSV (décret n° 2024-134), from the ledger and the mapping."""
    from reen_compliance.decisions.procurement import shares_rule  # noqa: PLC0415
    from reen_compliance.report.declaration import DECLARATION_FIELDS, declaration_from_summary  # noqa: PLC0415
    from reen_compliance.report.ledger import render_csv  # noqa: PLC0415

    state = state_of(request)
    posted = await posted_form(request, state.settings.ledger_limit * 4 // PACKED_OVERHEAD_NUM)
    page = state.page(request, posted_lang(posted))
    data, suffix = _ledger_of(posted, state)
    siret = "".join(posted.get("siret").split())
    name = posted.get("name").strip()[:200]
    if len(siret) != SIRET_LENGTH or not siret.isdigit():
        raise WebError(400, "web-error-siret", found=siret[:20])
    if not name:
        raise WebError(400, "web-error-name")
    year_text = posted.get("year")
    years = [int(year_text)] if year_text.isdigit() else None
    found = _headers(data, suffix, state)
    columns = chosen_columns(posted.fields, found)
    try:
        summary = _summary(data, suffix, columns, state)
    except ProfileError as error:
        raise WebError.of(error, "web-error-ledger") from None
    rows = declaration_from_summary(
        shares_rule(state.rules), summary, years=years, siret=siret, name=name, lang=page.lang
    )
    stem = f"declaration-{year_text}" if years else "declaration"
    return Response(
        render_csv(rows, DECLARATION_FIELDS),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{stem}.csv"'},
    )


ROUTES = [
    Route("/ledger", ledger_home),
    Route("/ledger", upload, methods=["POST"]),
    Route("/ledger/map", mapped, methods=["POST"]),
    Route("/ledger/declaration", declaration, methods=["POST"]),
]
