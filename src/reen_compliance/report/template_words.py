"""Catalogue words written into a template when it is compiled, once per language.

A page of the HTML report asks the catalogues for about 300 words (`{{ t("out-col-what") }}`),
each a call through Jinja and Fluent on every render. A template compiled for one language gets
each `{{ t("id") }}` without values replaced by its escaped text, so it costs nothing per page.
The text is the one `t` would print (the same message, rendered and escaped the same way): the
output is byte for byte that of the call. Calls with values, or inside a tag, stay calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from markupsafe import escape

from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render

if TYPE_CHECKING:
    from collections.abc import Iterator

    from reen_compliance.i18n.formats import Lang

_WORD_CALL = ("variable_begin", "name", "lparen", "string", "rparen", "variable_end")
"""The tokens of `{{ t("id") }}`: an output of the word function called with an id alone."""


class CatalogueWords(Extension):
    """Replace `{{ t("id") }}` with the word in `environment.words_lang`, if that is set.

    The environment's maker sets the language with `environment.extend(words_lang=lang)`.
    """

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
