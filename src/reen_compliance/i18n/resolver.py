"""Write a catalogue pattern with its values, as Fluent's runtime (0.4) writes it, in far less time.

The catalogues use a small part of Fluent: text, quoted literals, variables, the functions CAP,
DE and NUM, and selections on a variable (by text, by whole number, by plural category; a
Decimal, as in Fluent's runtime, always takes the default variant). Importing
`fluent.runtime` cost more than deciding a whole report (it imports Babel for every locale
service, pytz and attrs), and building a bundle loads Babel's locale data: for that part of
Fluent, this module gives the same text with the two languages' number symbols and plural
rules written out. Any other syntax (a term, a built-in
function) raises UnsupportedSyntaxError and the message is written by Fluent's runtime itself;
tests/test_catalogue_resolver.py renders every message of both catalogues both ways.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Final

from fluent.syntax import ast

from reen_compliance.i18n.formats import Lang

Number = int | Decimal
Written = str | Number
Functions = Mapping[str, Callable[[Written], str]]

MAX_PART_LENGTH: Final = 2500
"""Fluent's runtime refuses a placeable longer than this; so does this module."""

_SYMBOLS: Final[dict[str, tuple[str, str]]] = {"fr": ("\u202f", ","), "en": (",", ".")}
"""Group and decimal symbols of CLDR (Babel 2.x) for each catalogue's language."""

_THOUSANDTH: Final = Decimal("0.001")


class PatternError(ValueError):
    """A pattern that cannot be written: a missing value, a failed function, an unknown node."""


class UnsupportedSyntaxError(PatternError):
    """A part of Fluent this module does not write (a term, a built-in): Fluent's runtime will."""


def format_pattern(
    pattern: ast.Pattern, args: Mapping[str, Written], lang: Lang, functions: Functions
) -> str:
    """The pattern's text with `args` written in, as FluentBundle.format_pattern writes it."""
    return _Writer(args, lang, functions).pattern(pattern)


def number_text(number: Number, lang: Lang) -> str:
    """A number as Fluent writes a numeric value: Babel's `#,##0.###` in the language's symbols.

    At most three decimals, rounded half to even, trailing zeros dropped, thousands grouped.
    """
    value = Decimal(number) if isinstance(number, int) else number
    sign = "-" if value.is_signed() else ""
    rounded = abs(value).normalize().quantize(_THOUSANDTH)
    whole, _, fraction = f"{rounded:f}".partition(".")
    group, point = _SYMBOLS[lang]
    grouped = whole[-3:]
    whole = whole[:-3]
    while whole:
        grouped = whole[-3:] + group + grouped
        whole = whole[:-3]
    fraction = fraction.rstrip("0")
    return f"{sign}{grouped}{point}{fraction}" if fraction else f"{sign}{grouped}"


def plural_category(number: Number, lang: Lang) -> str:
    """The CLDR plural category of a number in `lang` (the rules Babel 2.x gives Fluent)."""
    value = abs(Decimal(number))
    whole = int(value)
    exponent = value.as_tuple().exponent
    visible = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if lang == "en":
        return "one" if whole == 1 and visible == 0 else "other"
    if whole in {0, 1}:
        return "one"
    if whole % 1_000_000 == 0 and visible == 0:
        return "many"
    return "other"


class _Writer:
    """One pattern's writing: the values, the language and the catalogue's functions."""

    def __init__(self, args: Mapping[str, Written], lang: Lang, functions: Functions) -> None:
        self.args = args
        self.lang = lang
        self.functions = functions

    def pattern(self, pattern: ast.Pattern) -> str:
        elements = pattern.elements
        if all(_literal(element) for element in elements):  # Fluent joins these, unchecked
            return "".join(str(self._placed(element)) for element in elements)
        return "".join(self._checked(self._placed(element)) for element in elements)

    def _placed(self, element: ast.PatternElement) -> Written:
        if isinstance(element, ast.TextElement):
            return element.value
        if isinstance(element, ast.Placeable):
            return self._expression(element.expression)
        raise UnsupportedSyntaxError(f"unknown pattern element {type(element).__name__}")

    def _checked(self, value: Written) -> str:
        if isinstance(value, str):
            if len(value) > MAX_PART_LENGTH:
                raise PatternError(f"Too many characters in placeable ({len(value)})")
            return value
        return number_text(value, self.lang)

    def _expression(self, expression: ast.BaseNode) -> Written:
        if isinstance(expression, ast.StringLiteral):
            return str(expression.parse()["value"])
        if isinstance(expression, ast.VariableReference):
            name = expression.id.name
            if name not in self.args:
                raise PatternError(f"Unknown external: {name}")
            return self.args[name]
        if isinstance(expression, ast.FunctionReference):
            return self._call(expression)
        if isinstance(expression, ast.SelectExpression):
            return self.pattern(self._variant(expression).value)
        if isinstance(expression, ast.Placeable):
            return self._checked(self._expression(expression.expression))
        raise UnsupportedSyntaxError(f"{type(expression).__name__} is not written here")

    def _call(self, call: ast.FunctionReference) -> str:
        name = call.id.name
        if name not in self.functions or call.arguments.named:
            raise UnsupportedSyntaxError(f"function {name} is not written here")
        values = [self._expression(argument) for argument in call.arguments.positional]
        try:
            return self.functions[name](*values)
        except Exception as error:  # Fluent reports any failure of a function as an error
            raise PatternError(f"{name}(): {error}") from error

    def _variant(self, select: ast.SelectExpression) -> ast.Variant:
        value = self._expression(select.selector)
        default = None
        for variant in select.variants:
            if variant.default:
                default = variant
            if self._matches(value, variant.key):
                return variant
        if default is None:  # the parser never gives one without a default
            raise PatternError("No default")
        return default

    def _matches(self, value: Written, key: ast.Identifier | ast.NumberLiteral) -> bool:
        if isinstance(value, Decimal):  # Fluent's runtime selects on int and float only, so a
            return False  # Decimal matches no key and its selection takes the default variant
        if isinstance(key, ast.NumberLiteral):
            number = float(key.value) if "." in key.value else int(key.value)
            if isinstance(value, str):  # Fluent compares the key's plural category with it
                return plural_category(Decimal(key.value), self.lang) == value
            return bool(value == number)
        if isinstance(value, str):
            return value == key.name
        return plural_category(value, self.lang) == key.name


def _literal(element: ast.PatternElement) -> bool:
    return isinstance(element, ast.TextElement) or (
        isinstance(element, ast.Placeable) and isinstance(element.expression, ast.StringLiteral)
    )
