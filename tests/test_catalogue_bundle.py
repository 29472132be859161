"""The catalogues parsed entry by entry on demand, and written without Fluent's runtime, read the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from reen_compliance.i18n import render
from reen_compliance.i18n.entries import EntryError, LazyEntries, entry_texts, parse_entry
from reen_compliance.i18n.formats import LANGUAGES, Lang
from reen_compliance.i18n.message import Msg

CATALOGUES = Path(render.__file__).parent


def _whole(lang: Lang) -> tuple[dict[str, ast.Message], dict[str, ast.Term]]:
    text = (CATALOGUES / f"{lang}.ftl").read_text(encoding="utf-8")
    body = FluentParser(with_spans=False).parse(text).body
    messages = {e.id.name: e for e in body if isinstance(e, ast.Message)}
    terms = {e.id.name: e for e in body if isinstance(e, ast.Term)}
    return messages, terms


def _same(piece: ast.Message | ast.Term, whole: ast.Message | ast.Term) -> bool:
    """Equal but for the comment a whole parse attaches (the runtime never reads it)."""
    return piece.equals(whole, ignored_fields=["span", "comment"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_parses_alone_as_in_the_whole_catalogue(lang: Lang) -> None:
    """Each message and term, cut out of the catalogue and parsed alone, equals the whole parse's."""
    messages, terms = _whole(lang)
    texts, term_texts = entry_texts((CATALOGUES / f"{lang}.ftl").read_text(encoding="utf-8"))
    assert list(texts) == list(messages)
    assert list(term_texts) == list(terms)
    for entry_id, whole in messages.items():
        assert _same(parse_entry(texts[entry_id], entry_id), whole), entry_id
    for entry_id, whole in terms.items():
        assert _same(parse_entry(term_texts[entry_id], entry_id), whole), entry_id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rendering_parses_only_what_is_used(lang: Lang) -> None:
    """Rendering one message parses that message, not the catalogue."""
    render._entries.cache_clear()  # noqa: SLF001 - fresh entries, as in a new process
    render._render_memo.cache_clear()  # noqa: SLF001
    assert render.render(Msg("list-separator"), lang)
    parsed = render._entries(lang)  # noqa: SLF001 - the lazy entries themselves
    assert isinstance(parsed, LazyEntries)
    assert 1 <= len(parsed) < 5
    assert render.has_message("list-separator", lang)
    assert not render.has_message("no-such-message", lang)


def test_an_entry_that_does_not_parse_is_refused() -> None:
    """A broken entry raises EntryError, a LookupError, never a half-parsed message."""
    (messages, _terms) = entry_texts("good = fine\nbad = { $\n")
    assert parse_entry(messages["good"], "good").id.name == "good"
    with pytest.raises(EntryError):
        parse_entry(messages["bad"], "bad")


def test_comments_and_blank_lines_end_an_entry() -> None:
    """A comment at column 0 closes the entry before it; indented lines and blank lines belong."""
    text = "one = a\n    b\n\n    c\n# note\n## Section\n-term = t\ntwo = { -term }\n"
    messages, terms = entry_texts(text)
    assert messages == {"one": "one = a\n    b\n\n    c\n", "two": "two = { -term }\n"}
    assert terms == {"term": "-term = t\n"}


@pytest.mark.parametrize(
    "source",
    [
        "a = x  \n",
        "a =    { $b }   y\n\n",
        "a = [x] *y .z # not a comment\n",
        "a = \tx\t\n",
        "a = {$b}{ $c }{   $d-e_f   }\n",
        "a = texte « entre guillemets » : 17 000,00 €\n",
        "-t = un terme\n",
        "a = x\r\n",
        "a = { $b\n",
        "a = }\n",
        "a =   \n",
    ],
)
def test_one_line_entries_read_as_fluents_parser_reads_them(source: str) -> None:
    """The regular expression's reading of a one-line entry is the parser's, or is left to it."""
    whole = FluentParser(with_spans=False).parse(source).body
    if len(whole) == 1 and isinstance(whole[0], ast.Message | ast.Term):
        assert parse_entry(source, "a").equals(whole[0], ignored_fields=["span"])
    else:
        with pytest.raises(EntryError):
            parse_entry(source, "a")
