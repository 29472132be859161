"""The Jinja2 environments of the HTML report and the web pages, made cheap to render.

Three things, none of which changes a byte of the output:
- catalogue words written into a template when it is compiled, once per language: each
  `{{ t("id") }}` without values becomes its escaped text (about 300 words a report page,
  each a call through Jinja and Fluent otherwise); calls with values stay calls;
- `view.x` on a view's dict reads its key at once, where Jinja tries the attribute first;
- `{{ value }}` is escaped to text directly, where Jinja's `escape` builds a `Markup` object
  only for it to be joined into the page (the same characters replaced by the same entities).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import jinja2
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from markupsafe import escape

from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render
from reen_compliance.report.html_parts import escape_text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, MutableMapping
    from types import CodeType

    from reen_compliance.i18n.formats import Lang


_WORD_CALL: Final = ("variable_begin", "name", "lparen", "string", "rparen", "variable_end")
"""The tokens of `{{ t("id") }}`: an output of the word function called with an id alone."""

_DICT_ATTRIBUTES: Final = frozenset(dir(dict))
"""What `x.name` finds on a dict before its keys (`items`, `keys`…): left to Jinja."""


class CatalogueWords(Extension):
    """Replace `{{ t("id") }}` with the word in `environment.words_lang`, if that is set."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        """The template's tokens, each output of a word alone turned into template text."""
        lang: Lang | None = getattr(self.environment, "words_lang", None)
        tokens = list(stream)
        if lang is None:
            yield from tokens
            return
        index = 0
        while index < len(tokens):
            window = tokens[index : index + len(_WORD_CALL)]
            if _is_word_call(window):
                word = render(msg(str(window[3].value)), lang)
                yield Token(window[0].lineno, "data", str(escape(word)))
                index += len(_WORD_CALL)
            else:
                yield tokens[index]
                index += 1


def _is_word_call(window: list[Token]) -> bool:
    """Whether the tokens are exactly `{{ t("id") }}`."""
    return (
        len(window) == len(_WORD_CALL)
        and all(token.type == kind for token, kind in zip(window, _WORD_CALL, strict=True))
        and window[1].value == "t"
    )


class _Template(jinja2.Template):
    """A compiled template whose `{{ value }}` outputs are escaped by `escape_text`."""

    @classmethod
    def from_code(
        cls,
        environment: jinja2.Environment,
        code: CodeType,
        globals: MutableMapping[str, Any],  # noqa: A002 - Jinja's own parameter name
        uptodate: Callable[[], bool] | None = None,
    ) -> jinja2.Template:
        """Jinja's compiled template, its module's `escape` replaced (outputs only use it)."""
        template = super().from_code(environment, code, globals, uptodate)
        template.root_render_func.__globals__["escape"] = escape_text
        return template


class _Environment(jinja2.Environment):
    """Jinja's environment, reading a view's dict keys first."""

    template_class = _Template

    def getattr(self, obj: Any, attribute: str) -> Any:  # noqa: ANN401 - Jinja's signature
        """`view.x` on a view's dict: its key at once, where Jinja would find it too.

        Jinja tries the attribute first: one exception per lookup, a sixth of the time.
        """
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


def environment(
    loader: jinja2.BaseLoader, lang: Lang | None, *, keep_trailing_newline: bool
) -> jinja2.Environment:
    """Autoescape always on, undefined names an error, templates compiled once for `lang`.

    Without `lang`, words are looked up as the page renders (`t` must then follow the
    page's language); with it, the pages rendered must be in `lang`.
    """
    made = _Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=keep_trailing_newline,
        auto_reload=False,
        extensions=[CatalogueWords],
    )
    made.extend(words_lang=lang)  # read by CatalogueWords as templates are compiled
    return made
