"""Render messages from the catalogues `fr.ftl` and `en.ftl` (Project Fluent syntax).

Fluent was chosen over gettext because its selectors put grammar in the catalogue: gender
(« adopté / adoptée », « il / elle »), CLDR plural categories and variants are written by the
person who corrects the French, not chosen in code. A catalogue is read on the first message
rendered, each of its entries parsed by Fluent's parser the first time it is used (`entries`:
a report needs a fraction of the catalogue), and written by `resolver`, which writes the part
of Fluent the catalogues use as Fluent's runtime does, without importing it (nor Babel); a
message using more of Fluent (a term, a built-in function) is written by Fluent's runtime,
loaded then. Deciding never loads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reen_compliance.i18n.formats import (
    LANGUAGES,
    Lang,
    format_date,
    format_money,
    format_number,
    format_pct,
    french_of,
    upper_first,
)
from reen_compliance.i18n.message import Code, Filled, Money, Msg, Percent, Value

if TYPE_CHECKING:
    from fluent.runtime import FluentBundle

    from reen_compliance.i18n.entries import LazyEntries
    from reen_compliance.i18n.resolver import Functions


class CatalogueError(LookupError):
    """A message id, or a value a message needs, is missing from a catalogue."""


def render(message: Msg, lang: Lang) -> str:
    """The message in `lang`, with every value formatted for that language.

    A message is a value: the same message always reads the same, so its text is kept (a
    bounded memo, one dictionary per language) and a report that repeats a step or a citation
    formats it once. The memo's key is the message's id and values, what makes two messages
    equal, as a plain tuple: hashed and compared without a call to the dataclass's methods.
    """
    memo = _render_memo.texts.get(lang)
    if memo is None:
        memo = _render_memo.texts.setdefault(lang, {})
    key = (message.id, message.args)
    try:
        found = memo.get(key)
    except TypeError:  # a value that cannot be hashed: format it afresh
        return _render(message, lang)
    if found is None:
        found = _render(message, lang)
        if len(memo) >= MAX_RENDERED:
            memo.clear()
        memo[key] = found
    return found


MAX_RENDERED = 8192
"""Texts the memo keeps per language before starting afresh."""


class _RenderMemo:
    """The rendered texts per language and message, read by `render` without a call."""

    __slots__ = ("texts",)

    def __init__(self) -> None:
        self.texts: dict[str, dict[tuple[str, tuple[tuple[str, Value], ...]], str]] = {}

    def cache_clear(self) -> None:
        """Forget every text (as a new process would), like `functools.cache`'s."""
        self.texts.clear()


_render_memo = _RenderMemo()


def _render(message: Msg, lang: Lang) -> str:
    from reen_compliance.i18n.resolver import (  # noqa: PLC0415
        PatternError,
        UnsupportedSyntaxError,
        format_pattern,
    )

    entries = _entries(lang)
    try:
        pattern = entries[message.id].value if message.id in entries else None
    except LookupError:  # an entry that does not parse is no message, as in a whole parse
        pattern = None
    if pattern is None:
        raise CatalogueError(f"no message {message.id!r} in the {lang} catalogue")
    args = {name: _argument(value, lang) for name, value in message.args}
    try:
        return format_pattern(pattern, args, lang, _functions(lang))
    except UnsupportedSyntaxError:  # a term, an attribute, a built-in: Fluent's runtime writes it
        return _render_with_fluent(message.id, args, lang)
    except PatternError as error:
        raise CatalogueError(f"{lang} message {message.id!r}: {error}") from None


def _render_with_fluent(message_id: str, args: dict[str, Any], lang: Lang) -> str:
    """The message as Fluent's runtime writes it, for syntax the fast writer leaves to it."""
    bundle = _fluent_bundle(lang)
    entry = bundle.get_message(message_id) if bundle.has_message(message_id) else None
    if entry is None or entry.value is None:
        raise CatalogueError(f"no message {message_id!r} in the {lang} catalogue")
    text, errors = bundle.format_pattern(entry.value, args)
    if errors:
        raise CatalogueError(f"{lang} message {message_id!r}: {errors[0]}")
    return str(text)


@cache
def _fluent_bundle(lang: Lang) -> FluentBundle:
    """Fluent's runtime over the whole catalogue: loaded only for a message that needs it."""
    from fluent.runtime import FluentBundle, FluentResource  # noqa: PLC0415

    functions: dict[str, Callable[[Any], Any]] = {
        "CAP": lambda text: upper_first(str(text)),
        "DE": lambda text: french_of(str(text)),
        "NUM": lambda number: _number(_plain_number(number), lang),
    }
    bundle = FluentBundle([lang], functions=functions, use_isolating=False)
    bundle.add_resource(FluentResource(_catalogue_text(lang)))
    return bundle


def render_or_text(value: Msg | str | None, lang: Lang) -> str | None:
    """Render a message; a plain text (already in the reader's language) passes through."""
    if value is None or isinstance(value, str):
        return value
    return render(value, lang)


def render_value(value: Value, lang: Lang) -> str:
    """One value alone, written as a message would write it (a table cell, a list item)."""
    written = _argument(value, lang)
    return format_number(written, lang) if isinstance(written, int | Decimal) else written


HELP_SECTION = "## reen-compliance --help"
"""The heading of the catalogues' section holding the command line's help and argparse's words."""


def render_help(message_id: str, lang: Lang, /, **values: str) -> str:
    """A message of the command line's help section, read without the whole catalogue.

    `--help` must start fast: only the help section's messages asked for are parsed (by Fluent's
    own parser), and they use only text, quoted literals and variables, so no Fluent runtime
    is loaded.
    The catalogue tests render every one of them both ways and compare.
    """
    from fluent.syntax import ast  # noqa: PLC0415 - --help only

    entries = _help_section(lang)
    pattern = entries[message_id].value if message_id in entries else None
    if pattern is None:
        raise CatalogueError(f"no message {message_id!r} in the help section of {lang}.ftl")
    parts: list[str] = []
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            parts.append(element.value)
        elif isinstance(element.expression, ast.StringLiteral):
            parts.append(element.expression.parse()["value"])
        elif isinstance(element.expression, ast.VariableReference):
            name = element.expression.id.name
            if name not in values:
                raise CatalogueError(f"{lang} help message {message_id!r} needs {name!r}")
            parts.append(values[name])
        else:
            raise CatalogueError(f"{lang} help message {message_id!r}: only text and variables")
    return "".join(parts)


@cache
def _help_section(lang: Lang) -> LazyEntries:
    """The messages of the catalogue's help section (`## reen-compliance --help`), by id."""
    from reen_compliance.i18n.entries import LazyEntries, entry_texts  # noqa: PLC0415 - --help

    text = _catalogue_text(lang)
    start = text.index("\n" + HELP_SECTION)
    end = text.find("\n## ", start + 1)
    messages, _terms = entry_texts(text[start : end if end != -1 else None])
    return LazyEntries(messages)


def has_message(message_id: str, lang: Lang) -> bool:
    """Whether the catalogue of `lang` defines `message_id` (an entry that parses)."""
    entries = _entries(lang)
    try:
        return message_id in entries and entries[message_id] is not None
    except LookupError:
        return False


def message_ids(lang: Lang) -> tuple[str, ...]:
    """Every message id of the catalogue of `lang`, in file order."""
    from fluent.syntax import FluentParser, ast  # noqa: PLC0415 - parsed only when asked

    resource = FluentParser().parse(_catalogue_text(lang))
    return tuple(entry.id.name for entry in resource.body if isinstance(entry, ast.Message))


def join_list(items: tuple[str, ...], lang: Lang) -> str:
    """Items separated as the catalogue says (a comma: labels may themselves hold « et »)."""
    return render(Msg("list-separator"), lang).join(items)


def _argument(value: Value, lang: Lang) -> str | int | Decimal:
    """A value as Fluent receives it: numbers stay numbers (for plurals), the rest is text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal | str):
        return value
    if value is None:
        raise CatalogueError("a message value is None: say what is unknown with its own message")
    for kind, write in _WRITERS:
        if isinstance(value, kind):
            return write(value, lang)
    return value.in_language(lang)  # type: ignore[union-attr]  # a Localized text of the rules


_WRITERS: tuple[tuple[type, Callable[[Any, Lang], str]], ...] = (
    (Msg, render),
    (date, format_date),
    (Money, lambda money, lang: format_money(money.amount, lang)),
    (Percent, lambda percent, lang: format_pct(percent.value, lang)),
    (Code, lambda code, _lang: code.text),
    (Filled, lambda filled, lang: _fill(filled, lang)),  # noqa: PLW0108 - defined below
    (tuple, lambda items, lang: join_list(tuple(str(_argument(i, lang)) for i in items), lang)),
)
"""How each kind of value is written, in the order they are tried."""


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def _fill(filled: Filled, lang: Lang) -> str:
    """Replace `{name}` in a rule file's text; no format-string machinery touches rule text."""
    values = dict(filled.values)

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values or values[name] is None:
            return match.group(0)
        value = _argument(values[name], lang)
        return format_number(value, lang) if isinstance(value, int | Decimal) else str(value)

    return _PLACEHOLDER.sub(replace, filled.template.in_language(lang))


def _catalogue_text(lang: Lang) -> str:
    if lang not in LANGUAGES:
        raise CatalogueError(f"no catalogue for language {lang!r}")
    # Installed as plain files (no zip import): no importlib.resources to import at start-up.
    return (Path(__file__).parent / f"{lang}.ftl").read_text(encoding="utf-8")


def _plain_number(value: object) -> object:
    """The number a FluentNumber wraps, as a Decimal when Fluent made it a float."""
    number = getattr(value, "value", value)
    return Decimal(str(number)) if isinstance(number, float) else number


def _number(value: object, lang: Lang) -> str:
    if isinstance(value, int | Decimal):
        return format_number(value, lang)
    return str(value)


@cache
def _entries(lang: Lang) -> LazyEntries:
    """The messages of the catalogue of `lang`, each parsed the first time it is used."""
    from reen_compliance.i18n.entries import LazyEntries, entry_texts  # noqa: PLC0415

    messages, _terms = entry_texts(_catalogue_text(lang))  # the catalogues use no term
    return LazyEntries(messages)


@cache
def _functions(lang: Lang) -> Functions:
    """The catalogue's functions: CAP (capital first letter), DE (« de » elided), NUM."""
    return {
        "CAP": lambda text: upper_first(str(text)),
        "DE": lambda text: french_of(str(text)),
        "NUM": lambda number: _number(number, lang),
    }
