"""A plain form is read by the standard library exactly as Starlette's own parser reads it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed")

from starlette.datastructures import Headers
from starlette.formparsers import FormParser

from reen_compliance.web.app import WebError, urlencoded_fields

BODIES = (
    b"",
    b"a=1&b=2",
    b"csrf_token=abc&profile_yaml=name%3A+Ville+d%27Exemple%0Apopulation%3A+118+000",
    b"q=%C3%89cole+%E2%80%94+march%C3%A9&q=second",
    b"blank=&other",
    b"semi=1;2&plus=a+b%2Bc",
    b"raw=\xe9t\xe9&broken=%E9%ZZ",
    b"box=un&box=&box=deux",
    b"&&=lonely&x==y",
)


async def _starlette(body: bytes) -> dict[str, str]:
    async def stream() -> AsyncIterator[bytes]:
        yield body
        yield b""

    headers = Headers({"content-type": "application/x-www-form-urlencoded"})
    form = await FormParser(headers, stream()).parse()
    fields: dict[str, str] = {}
    for name, value in form.multi_items():
        assert isinstance(value, str)
        if name in fields:
            fields[name] = ", ".join(part for part in (fields[name], value) if part)
        else:
            fields[name] = value
    return fields


@pytest.mark.parametrize("body", BODIES)
def test_plain_forms_read_as_starlette_reads_them(body: bytes) -> None:
    """Percent-escapes, `+`, raw bytes, blanks and repeated names give the same fields."""
    assert urlencoded_fields(body) == asyncio.run(_starlette(body))


def test_a_form_with_too_many_fields_is_refused() -> None:
    """More fields than any page of ours sends is a 400, not a slow parse."""
    with pytest.raises(WebError):
        urlencoded_fields(b"&".join(b"f=1" for _ in range(2001)))
