"""Golden HTML: the report file and the web report page, byte for byte (REEN_UPDATE_GOLDEN=1).

The HTML is built partly by templates, partly by fragments written in Python for speed; these
files make sure that no such shortcut changes a byte: every kind of finding card (open, settled,
with measures, sanctions, notes) appears in one of them, in both languages.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest

from reen_compliance.report.html import render_html
from reports_helpers import example_report

GOLDEN = Path(__file__).resolve().parent / "golden" / "html"
"""Apart from `outputs`: a page holds CSS, a French profile and French law in any language."""
REPORT_CASES = [(day, lang) for day in ("2024-03-01", "2026-11-24") for lang in ("fr", "en")]


def _normalise(text: str) -> str:
    """Drop what changes between runs: hashes, versions, the CSRF token."""
    text = re.sub(r"[0-9a-f]{64}", "<SHA256>", text)
    text = re.sub(r"\b\d+\.\d+\.\d+(?:\.dev\d+\S*|\+\S+)?\b", "<VERSION>", text)
    return re.sub(r'name="csrf_token" value="[^"]*"', 'name="csrf_token" value="<CSRF>"', text)


def _compare(name: str, text: str) -> None:
    path = GOLDEN / name
    text = _normalise(text)
    if os.environ.get("REEN_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), "run with REEN_UPDATE_GOLDEN=1 once, then review the file"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("day", "lang"), REPORT_CASES, ids=[f"{d}-{g}" for d, g in REPORT_CASES])
def test_html_report_matches_its_golden_file(day: str, lang: str) -> None:
    """The bundled example's HTML report is exactly the reviewed one."""
    html = render_html(example_report(lang, date.fromisoformat(day)))
    _compare(f"report-{day}-{lang}.html", html)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_web_report_page_matches_its_golden_file(lang: str) -> None:
    """Metz's starter profile, sent back as the report page's form sends it: the same page."""
    from web_helpers import METZ, TODAY, client, hidden, token  # noqa: PLC0415 - web extra

    made = client()
    started = made.post("/start", data={"csrf_token": token(made), "code": METZ}).text
    form = {
        "csrf_token": token(made),
        "profile_yaml": hidden(started, "profile_yaml"),
        "as_of": TODAY.isoformat(),
        "lang": lang,
    }
    page = made.post("/report", data=form)
    assert page.status_code == 200
    _compare(f"web-report-{lang}.html", page.text)
