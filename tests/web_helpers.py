"""Shared helpers of the web application's tests: a client on a fixed date, form scraping."""

from __future__ import annotations

import html
import re
import warnings
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed")
pytest.importorskip("httpx", reason="httpx (Starlette's test client) is not installed")

# Starlette 1.x prefers httpx2 for its test client; httpx (the pinned one) works the same.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

from starlette.testclient import TestClient  # noqa: E402 - after the skip

from reen_compliance.web.app import WebSettings, create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 6, 1)
METZ = "57463"
METZ_METROPOLE = "200039865"


def client(**settings: object) -> TestClient:
    """A test client of a fresh application whose « today » is fixed, with its CSRF cookie set."""
    app = create_app(WebSettings(today=lambda: TODAY, **settings))  # type: ignore[arg-type]
    made = TestClient(app, raise_server_exceptions=False)
    made.get("/")
    return made


def token(made: TestClient) -> str:
    """The CSRF token the client's cookie holds."""
    found = made.cookies.get("reen_csrf")
    assert found
    return found


def hidden(page: str, name: str) -> str:
    """The value of the hidden field `name` of a page."""
    found = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', page)
    assert found, name
    return html.unescape(found.group(1))


def field_errors(page: str) -> list[str]:
    """The messages shown under the form's fields."""
    return [html.unescape(m) for m in re.findall(r'class="field-error"[^>]*><code>([^<]*)', page)]


def strategy_status(page: str) -> str:
    """The status of the responsible-digital strategy's card in a report page."""
    found = re.search(
        r"<h4[^>]*>(?:Stratégie numérique responsable|Responsible-digital strategy)[^<]*</h4>"
        r'\s*(?:<p class="badge[^"]*">.*?<strong>([^<]*)</strong>'
        r'|<span class="badge[^"]*"><span aria-hidden="true">[^<]*</span>([^<]*)</span>)',
        page,
        re.DOTALL,
    )
    assert found
    return found.group(1) or found.group(2)


def start(made: TestClient, code: str = METZ, lang: str = "fr") -> str:
    """Start a profile from the reference data; the questions page."""
    response = made.post("/start", data={"csrf_token": token(made), "code": code, "lang": lang})
    assert response.status_code == 200, response.text
    return response.text


class _Inputs(HTMLParser):
    """The values a browser would send: texts, hidden, checked radios and boxes, selects.

    Boxes of one name send one value each; they are kept joined by ", ", as the server joins
    them (`web.app.posted_form`). A select sends its selected option, else its first.
    """

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, str] = {}
        self.select: str | None = None
        self.first: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {key: value or "" for key, value in attrs}
        if tag == "select":
            self.select, self.first = found.get("name"), None
            return
        if tag == "option" and self.select is not None:
            if self.first is None:
                self.first = found.get("value", "")
            if "selected" in found:
                self.values[self.select] = found.get("value", "")
            return
        if tag != "input":
            return
        kind = found.get("type", "text")
        if "name" not in found or kind in {"submit", "file"}:
            return
        if kind in {"radio", "checkbox"} and "checked" not in found:
            return
        name, value = found["name"], found.get("value", "")
        held = self.values.get(name, "")
        self.values[name] = f"{held}, {value}" if held and value else (value or held)

    def handle_endtag(self, tag: str) -> None:
        if tag == "select" and self.select is not None:
            self.values.setdefault(self.select, self.first or "")
            self.select = None


def form_values(page: str) -> dict[str, str]:
    """Every field of the page as the browser would submit it unchanged (last form wins)."""
    parser = _Inputs()
    parser.feed(page)
    return parser.values


def questions_of(page: str) -> dict[str, str]:
    """The questions form of a questions page, as the browser would submit it unchanged."""
    start_at = page.index('class="questions"')
    return form_values(page[page.rindex("<form", 0, start_at) : page.index("</form>", start_at)])
