"""The catalogues written by `i18n.resolver` read exactly as Fluent's runtime writes them."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import babel
import pytest
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast, visitor

from reen_compliance.i18n import render
from reen_compliance.i18n.formats import LANGUAGES, Lang
from reen_compliance.i18n.resolver import (
    PatternError,
    Written,
    format_pattern,
    number_text,
    plural_category,
)

CATALOGUES = Path(render.__file__).parent
NUMBERS: tuple[int | Decimal, ...] = (
    0,
    1,
    2,
    3,
    21,
    999,
    1000,
    12345,
    1_000_000,
    2_000_000,
    1_234_567_890,
    -1,
    -12345,
    Decimal(0),
    Decimal("-0"),
    Decimal("0.5"),
    Decimal("0.0005"),
    Decimal("0.0015"),
    Decimal("0.01"),
    Decimal("1.0"),
    Decimal("1.5"),
    Decimal("2.50"),
    Decimal("40.00"),
    Decimal("54.75"),
    Decimal("12345.6789"),
    Decimal("-1234.5"),
    Decimal("1E+6"),
    Decimal("1E+3"),
    Decimal("17000.00"),
    Decimal("999999.9995"),
)


def _babel_number(number: int | Decimal, lang: Lang) -> str:
    locale = babel.Locale.parse(lang)
    pattern = locale.decimal_formats.get(None)
    assert pattern is not None
    return str(pattern.apply(number, locale))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_numbers_are_written_as_babel_writes_them_for_fluent(lang: Lang) -> None:
    """Grouping, decimal symbol, rounding and trailing zeros match Babel's decimal pattern."""
    for number in NUMBERS:
        assert number_text(number, lang) == _babel_number(number, lang), number


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_categories_are_babels(lang: Lang) -> None:
    """Each number's CLDR plural category is the one Babel gives Fluent."""
    plural_form = babel.Locale.parse(lang).plural_form
    for number in (*NUMBERS, *range(0, 3_000_001, 250_000), 3_000_000, 5):
        assert plural_category(number, lang) == plural_form(abs(number)), number


class _Variables(visitor.Visitor):
    """The variables an entry reads, and the keys of the selections on each."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: dict[str, list[str]] = {}

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802 - Fluent's visitor
        self.keys.setdefault(node.id.name, [])

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:  # noqa: N802
        if isinstance(node.selector, ast.VariableReference):
            names = self.keys.setdefault(node.selector.id.name, [])
            names.extend(v.key.name for v in node.variants if isinstance(v.key, ast.Identifier))
        self.generic_visit(node)


def _argument_sets(message: ast.Message) -> Iterator[dict[str, Written]]:
    found = _Variables()
    found.visit(message)
    base: dict[str, Written] = dict.fromkeys(found.keys, "texte")
    yield base
    for number in NUMBERS:
        yield dict.fromkeys(found.keys, number)
    for name, keys in found.keys.items():
        for value in (*keys, "one", "other", "x" * 2600, 1, 2, Decimal("1.5")):
            yield {**base, name: value}
    if found.keys:
        yield dict.fromkeys(list(found.keys)[1:], "texte")  # one value missing


def _by_fluent(bundle: FluentBundle, message_id: str, args: dict[str, Written]) -> str | None:
    pattern = bundle.get_message(message_id).value
    assert pattern is not None
    text, errors = bundle.format_pattern(pattern, args)
    return None if errors else str(text)


def _by_us(pattern: ast.Pattern, args: dict[str, Written], lang: Lang) -> str | None:
    try:
        return format_pattern(pattern, args, lang, render._functions(lang))  # noqa: SLF001
    except PatternError:
        return None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_reads_as_fluents_runtime_writes_it(lang: Lang) -> None:
    """Every message, with text, numbers, each selection key and a missing value: same text."""
    text = (CATALOGUES / f"{lang}.ftl").read_text(encoding="utf-8")
    resource = FluentParser().parse(text)
    bundle = FluentBundle([lang], functions=dict(render._functions(lang)), use_isolating=False)  # noqa: SLF001
    bundle.add_resource(resource)
    compared = 0
    for message in resource.body:
        if not isinstance(message, ast.Message) or message.value is None:
            continue
        written_once = False
        for args in _argument_sets(message):
            theirs = _by_fluent(bundle, message.id.name, args)
            assert _by_us(message.value, args, lang) == theirs, (message.id.name, args)
            written_once = written_once or theirs is not None
            compared += 1
        assert written_once, f"{message.id.name}: no value set that Fluent writes"
    assert compared > 10_000


def test_syntax_the_fast_writer_leaves_aside_is_written_by_fluent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A jurist may use terms and built-in functions: Fluent's runtime writes those messages."""
    catalogue = (
        "-loi-reen = loi REEN\n"
        "uses-term = Article 35 de la { -loi-reen }.\n"
        "uses-number = { NUMBER($n, minimumFractionDigits: 2) } habitants\n"
        "uses-num = { NUM($n) } matériels\n"
    )
    monkeypatch.setattr(render, "_catalogue_text", lambda _lang: catalogue)
    for cached in (render._entries, render._fluent_bundle, render._render_memo):  # noqa: SLF001
        cached.cache_clear()
    try:
        assert render.render(render.Msg("uses-term"), "fr") == "Article 35 de la loi REEN."
        assert render.render(render.Msg("uses-number", (("n", 3),)), "en") == "3.00 habitants"
        assert render.render(render.Msg("uses-num", (("n", 1200),)), "fr") == "1\u202f200 matériels"
    finally:
        for cached in (render._entries, render._fluent_bundle, render._render_memo):  # noqa: SLF001
            cached.cache_clear()
