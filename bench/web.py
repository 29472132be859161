"""Server time of the web application's pages, as ratios to the bare evaluation, same run.

Measures, interleaved round by round so that the machine's drift hits each alike:
  - `evaluate(profile)` alone (the baseline);
  - the report page (POST /report: read the form, validate, decide, word, render the page);
  - a search suggestion over every commune and EPCI (GET /suggest?q=…).
Goals (issue 15): the page under twice the evaluation; a suggestion under 20 ms.
Run: `python bench/web.py [--rounds N]` (needs the `web` extra and httpx).
"""

from __future__ import annotations

import argparse
import asyncio
import html
import re
import statistics
import time
import urllib.parse
import warnings
from collections.abc import Awaitable, Callable
from datetime import date

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

from starlette.testclient import TestClient  # noqa: E402 - after the warning filter

from reen_compliance import evaluate, load_rules, parse_profile  # noqa: E402
from reen_compliance.web.app import WebSettings, create_app  # noqa: E402

AS_OF = date(2026, 6, 1)
QUERIES = ("saint", "metz", "bourg", "57463", "Montpellier", "la", "ville", "200039865")


class Direct:
    """Calls the ASGI application in this thread, with no test client or socket in between."""

    def __init__(self, app: Callable[..., Awaitable[None]], cookie: str) -> None:
        """Keep the application, the CSRF cookie, and one event loop for every call."""
        self.app = app
        self.cookie = cookie
        self.loop = asyncio.new_event_loop()

    def call(self, method: str, path: str, query: str = "", body: bytes = b"") -> int:
        """The status of one request."""
        headers = [(b"cookie", f"reen_csrf={self.cookie}".encode())]
        if body:
            headers += [
                (b"content-type", b"application/x-www-form-urlencoded"),
                (b"content-length", str(len(body)).encode()),
            ]
        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
            "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
            "query_string": query.encode(), "root_path": "", "headers": headers,
            "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 8000),
        }  # fmt: skip
        sent: list[dict[str, object]] = []
        given = False

        async def receive() -> dict[str, object]:
            nonlocal given
            if given:
                return {"type": "http.disconnect"}
            given = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, object]) -> None:
            sent.append(message)

        self.loop.run_until_complete(self.app(scope, receive, send))
        status = sent[0]["status"]
        assert isinstance(status, int)  # noqa: S101 - the ASGI protocol
        return status


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    """Print the medians and the ratios."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    rounds = parser.parse_args().rounds
    app = create_app(WebSettings(today=lambda: AS_OF))
    client = TestClient(app)
    client.get("/")
    token = client.cookies["reen_csrf"]
    page = client.post("/start", data={"csrf_token": token, "code": "57463"}).text
    found = re.search(r'name="profile_yaml" value="([^"]*)"', page)
    assert found  # noqa: S101 - a benchmark's precondition
    text = html.unescape(found.group(1))
    profile = parse_profile(text)
    rules = load_rules()
    form = {"csrf_token": token, "profile_yaml": text, "as_of": AS_OF.isoformat(), "lang": "fr"}

    direct = Direct(app, token)
    body = urllib.parse.urlencode(form).encode()

    def report_page() -> None:
        assert direct.call("POST", "/report", body=body) == 200  # noqa: PLR2004, S101

    def bare() -> None:
        evaluate(profile, as_of=AS_OF, rules=rules)

    suggestions: list[Callable[[], object]] = [
        (lambda q=q: direct.call("GET", "/suggest", urllib.parse.urlencode({"q": q})))
        for q in QUERIES
    ]
    for run in (bare, report_page, *suggestions):  # warm-up: indexes, templates, catalogues
        run()
    times: dict[str, list[float]] = {"evaluate": [], "report page": [], "suggestion": []}
    for index in range(rounds):
        times["evaluate"].append(_timed(bare))
        times["report page"].append(_timed(report_page))
        times["suggestion"].append(_timed(suggestions[index % len(suggestions)]))
    base = statistics.median(times["evaluate"])
    print(f"{rounds} rounds, interleaved; profile: Metz starter (init), as of {AS_OF}")
    print("server time: the ASGI application called in-process (no socket, no test client)")
    print("| measure | median ms | quartiles ms | vs evaluate |")
    print("| --- | --- | --- | --- |")
    for name, values in times.items():
        median = statistics.median(values)
        low, _, high = statistics.quantiles(values, n=4)
        spread = f"{low * 1000:.2f} to {high * 1000:.2f}"
        print(f"| {name} | {median * 1000:.2f} | {spread} | {median / base:.2f}x |")
    pages = [
        page / bare for page, bare in zip(times["report page"], times["evaluate"], strict=True)
    ]
    low, middle, high = statistics.quantiles(pages, n=4)
    print(f"report page / evaluate, round by round: median {middle:.2f}x,", end=" ")
    print(f"quartiles {low:.2f}x to {high:.2f}x")


if __name__ == "__main__":
    main()
