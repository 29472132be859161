"""A page leaves no reference cycle behind: its report is freed at once, not by the collector.

A template importing its macros « with context » tied each page's context (and the report in
it) into a cycle: a few hundred objects a page for the garbage collector, half a young
collection a page. The macros now take the CSRF token as an argument.
"""

from __future__ import annotations

import asyncio
import gc
import html
import re
import urllib.parse
from collections.abc import Iterator

import pytest

from web_helpers import METZ, TODAY, client, token


def _call(app: object, loop: asyncio.AbstractEventLoop, cookie: str, body: bytes) -> int:
    """POST /report straight to the ASGI application; the status."""
    headers = [
        (b"cookie", f"reen_csrf={cookie}".encode()),
        (b"content-type", b"application/x-www-form-urlencoded"),
        (b"content-length", str(len(body)).encode()),
    ]
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/report", "raw_path": b"/report", "query_string": b"",
        "root_path": "", "headers": headers, "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 8000),
    }  # fmt: skip
    sent: list[dict[str, object]] = []
    messages = iter([{"type": "http.request", "body": body, "more_body": False}])

    async def receive() -> dict[str, object]:
        return next(messages, {"type": "http.disconnect"})

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    loop.run_until_complete(app(scope, receive, send))  # type: ignore[operator]
    status = sent[0]["status"]
    assert isinstance(status, int)
    return status


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The collector stopped, so that only what is left unreachable is counted."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.usefixtures("collector_off")
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_page_leaves_nothing_for_the_collector(lang: str) -> None:
    """Three report pages in a row: nothing unreachable is left once they are sent."""
    made = client()
    started = made.post("/start", data={"csrf_token": token(made), "code": METZ}).text
    found = re.search(r'name="profile_yaml" value="([^"]*)"', started)
    assert found
    form = {
        "csrf_token": token(made),
        "profile_yaml": html.unescape(found.group(1)),
        "as_of": TODAY.isoformat(),
        "lang": lang,
    }
    body = urllib.parse.urlencode(form).encode()
    loop = asyncio.new_event_loop()
    try:
        assert _call(made.app, loop, token(made), body) == 200
        gc.collect()
        for _ in range(3):
            assert _call(made.app, loop, token(made), body) == 200
        assert gc.collect() == 0
    finally:
        loop.close()
