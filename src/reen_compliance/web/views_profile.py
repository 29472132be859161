"""Find a body, start or open its profile, answer the questions, download the YAML."""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING

from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from reen_compliance.errors import ProfileError
from reen_compliance.web.answers import dump_yaml, located_text, profile_data, validated
from reen_compliance.web.app import Posted, WebError, posted_form, posted_lang, state_of
from reen_compliance.web.binding import not_binding
from reen_compliance.web.flow import PROFILE_FIELD, Answered, answered, day_asked, field_problems
from reen_compliance.web.pages import language
from reen_compliance.web.search import bundled_index

if TYPE_CHECKING:
    from starlette.requests import Request

    from reen_compliance.web.pages import Page

MAX_QUERY = 100
SUGGESTIONS = 8


async def home(request: Request) -> Response:
    """The first page: find your body, or open a profile file."""
    page = state_of(request).page(request)
    return page.render("page_home.html.j2")


async def search(request: Request) -> Response:
    """Results of a search by name, INSEE code or SIREN; each starts a profile."""
    page = state_of(request).page(request)
    query = request.query_params.get("q", "")[:MAX_QUERY]
    hits = bundled_index().search(query) if query.strip() else ()
    return page.render("page_search.html.j2", query=query, hits=hits)


async def suggest(request: Request) -> Response:
    """Suggestions while typing, as JSON for the page's script (progressive enhancement)."""
    query = request.query_params.get("q", "")[:MAX_QUERY]
    hits = bundled_index().search(query, SUGGESTIONS) if len(query.strip()) >= 2 else ()  # noqa: PLR2004
    return JSONResponse(
        [{"name": h.name, "code": h.code, "kind": h.kind, "dep": h.departement} for h in hits]
    )


async def start(request: Request) -> Response:
    """A new profile prefilled from the reference data, shown as questions."""
    from reen_compliance.reference.bodies import ReferenceData  # noqa: PLC0415
    from reen_compliance.reference.starter import starter_profile_yaml  # noqa: PLC0415

    state = state_of(request)
    posted = await posted_form(request, state.settings.profile_limit)
    page = state.page(request, posted_lang(posted))
    reference = ReferenceData.bundled()
    try:
        body = reference.lookup(posted.get("code")[:MAX_QUERY], file="code")
    except ProfileError as error:
        raise WebError.of(error, "web-error-no-body") from None
    text = starter_profile_yaml(body, reference.vintage, page.lang)
    return _questions_page(page, posted, text)


async def open_profile(request: Request) -> Response:
    """A profile file sent by the browser: read as data, never written anywhere."""
    state = state_of(request)
    posted = await posted_form(request, state.settings.profile_limit)
    page = state.page(request, posted_lang(posted))
    upload = posted.files.get("profile")
    if upload is None or not upload.data:
        raise WebError(400, "web-error-no-file")
    if len(upload.data) > state.settings.profile_limit:
        raise WebError(413, "web-error-too-large", limit=state.settings.profile_limit)
    name = PurePath(upload.filename.replace("\\", "/")).name or "profil.yaml"
    try:
        text = upload.data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WebError(400, "web-error-utf8", file=name) from None
    try:
        data = profile_data(text, state.settings.profile_limit, file=name)
        validated(data)
    except ProfileError as error:
        raise WebError.of(error, "web-error-profile") from None
    return _questions_page(page, posted, dump_yaml(data))


async def questions(request: Request) -> Response:
    """The questions again, with the answers given so far (« Modifier les réponses »)."""
    state = state_of(request)
    posted = await posted_form(request, state.settings.profile_limit)
    page = state.page(request, posted_lang(posted))
    as_of = day_asked(posted, "as_of", state.settings.today())
    result = answered(posted, state, page.lang, as_of or state.settings.today())
    return questions_page(page, posted, result)


async def download(request: Request) -> Response:
    """The profile as YAML, with the answers: the user keeps it, the server does not."""
    state = state_of(request)
    posted = await posted_form(request, state.settings.profile_limit)
    page = state.page(request, posted_lang(posted))
    as_of = day_asked(posted, "as_of", None) or state.settings.today()
    result = answered(posted, state, page.lang, as_of)
    if result.profile is None:
        return questions_page(page, posted, result)
    name = _file_name(result)
    return Response(
        result.yaml_text,
        media_type="application/x-yaml; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


def _file_name(result: Answered) -> str:
    """`profil-<code>.yaml`, from the profile's codes only (never from user text)."""
    assert result.profile is not None  # noqa: S101 - called on a valid profile
    body = result.profile.collectivity
    code = body.insee_code or body.siren or "organisme"
    return f"profil-{code}.yaml"


def _questions_page(page: Page, posted: Posted, text: str) -> Response:
    state = state_of(page.request)
    as_of = state.settings.today()
    data = profile_data(text, state.settings.profile_limit)
    try:
        _, profile = validated(data, text)
    except ProfileError:
        profile = None  # shown with its questions; the problems appear once answers are sent
    return questions_page(page, posted, Answered(data, text, as_of, profile))


def questions_page(page: Page, posted: Posted, result: Answered) -> Response:
    """The form, with each problem at its field and a 422 status when there is any.

    The obligations that bind the body (or may) come first; those that do not, folded last.
    """
    state = state_of(page.request)
    later = None
    if result.profile is not None:
        law_as_of = day_asked(posted, "law_as_of", None)
        try:
            later = not_binding(result.profile, state.rules, result.as_of, law_as_of, page.lang)
        except ProfileError:  # the rules refuse the profile (a category id): not sorted then
            later = None
    asked = result.sections(state, page.lang, later)
    at_field, others = field_problems(result, asked)
    collectivity = result.data.get("collectivity")
    name = collectivity.get("name", "") if isinstance(collectivity, dict) else ""
    return page.render(
        "page_questions.html.j2",
        status=422 if result.problems else 200,
        name=str(name),
        sections=[section for section in asked if section.why_not is None],
        folded=[section for section in asked if section.why_not is not None],
        profile_yaml=result.yaml_text,
        errors={k: located_text(p, page.lang, with_file=False) for k, p in at_field.items()},
        other_errors=[located_text(p, page.lang, with_file=False) for p in others],
        as_of=posted.get("as_of"),
        law_as_of=posted.get("law_as_of"),
        profile_field=PROFILE_FIELD,
    )


def page_language(posted: Posted) -> str:
    """The language a form asked for."""
    return language(posted.get("lang"))


ROUTES = [
    Route("/", home),
    Route("/search", search),
    Route("/suggest", suggest),
    Route("/start", start, methods=["POST"]),
    Route("/open", open_profile, methods=["POST"]),
    Route("/profile", questions, methods=["POST"]),
    Route("/profile/download", download, methods=["POST"]),
]
