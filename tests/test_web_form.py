"""A plain form is read by the standard library exactly as Starlette's own parser reads it."""

from __future__ import annotations

import asyncio
import random
import urllib.parse
from collections.abc import AsyncIterator

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed")

from starlette.datastructures import Headers
from starlette.formparsers import FormParser

from reen_compliance.web.app import MAX_FIELDS, WebError, form_unquote, urlencoded_fields

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


def _random_body(seed: int) -> bytes:
    """A body of escapes (good, broken, cut short), `+`, separators and raw bytes."""
    chance = random.Random(seed)  # noqa: S311 - test data, not a secret
    pieces = [b"%C3%A9", b"%e2%80%94", b"%0A", b"%3a", b"%", b"%Z", b"%4", b"%%41", b"+"]
    pieces += [b"&", b"=", b"a", b"name", b" ", b"\xe9", b"\xff", b"%FF", b"%C3", b"0"]
    return b"".join(chance.choice(pieces) for _ in range(chance.randrange(0, 60)))


@pytest.mark.parametrize("seed", range(200))
def test_random_forms_read_as_starlette_reads_them(seed: int) -> None:
    """Any mix of escapes, broken or not, and raw bytes gives Starlette's fields."""
    body = _random_body(seed)
    assert urlencoded_fields(body) == asyncio.run(_starlette(body)), body


@pytest.mark.parametrize("seed", range(200))
def test_a_field_is_unquoted_as_unquote_plus_unquotes_it(seed: int) -> None:
    """The C-loop unquoting gives `unquote_plus`'s text for any field's latin-1 text."""
    text = _random_body(seed).decode("latin-1")
    assert form_unquote(text) == urllib.parse.unquote_plus(text)


def test_the_report_page_form_is_read_as_starlette_reads_it() -> None:
    """A whole profile's YAML, every character escaped by `urlencode`, comes back the same."""
    text = "name: « Ville d'Exemple »\n  population: 118 000 €\n  note: 100% sûr & co\n" * 40
    body = urllib.parse.urlencode({"csrf_token": "t", "profile_yaml": text}).encode()
    fields = urlencoded_fields(body)
    assert fields == asyncio.run(_starlette(body))
    assert fields["profile_yaml"] == text


def test_the_largest_form_allowed_is_read() -> None:
    """As many fields as the limit allows are read, one more is refused."""
    assert len(urlencoded_fields(b"&".join(b"f%d=1" % n for n in range(MAX_FIELDS)))) == MAX_FIELDS
    with pytest.raises(WebError):
        urlencoded_fields(b"&".join(b"f%d=1" % n for n in range(MAX_FIELDS + 1)))


@pytest.mark.parametrize("seed", range(100))
def test_any_text_sent_by_a_browser_comes_back_as_typed(seed: int) -> None:
    """Text with `=`, `%`, `_`, line ends and accents, escaped as a browser does, is read back."""
    chance = random.Random(seed)  # noqa: S311 - test data, not a secret
    alphabet = "aZ09 =%_+&\n\r\t«»é€—\u202f\U0001f600;:'\"<>"
    text = "".join(chance.choice(alphabet) for _ in range(chance.randrange(0, 80)))
    body = urllib.parse.urlencode({"csrf_token": "t", "profile_yaml": text, "x": "1"}).encode()
    lowered = body.replace(b"%C3", b"%c3")  # escapes in lower case are read alike
    for sent in (body, lowered):
        fields = urlencoded_fields(sent)
        assert fields == asyncio.run(_starlette(sent))
        assert fields["profile_yaml"] == text
