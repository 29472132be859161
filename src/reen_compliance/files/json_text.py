"""JSON read strictly: nesting bounded before parsing, no NaN or Infinity, every problem located."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from reen_compliance.errors import InvalidInputError, Problem
from reen_compliance.files.limits import (
    Limits,
)
from reen_compliance.messages import say

_JSON_BRACKET = re.compile(r'"(?:\\.|[^"\\])*"|[\[\]{}]')


_JSON_CONSTANT = re.compile(r'"(?:\\.|[^"\\])*"|(-?Infinity|NaN)')


def check_json_depth(text: str, file: str, limits: Limits, error: type[InvalidInputError]) -> None:
    """Place JSON nested deeper than the limit at its bracket.

    Called only once the parser reached that depth, so the text scanned is valid JSON and the
    scan is linear (an unclosed string could otherwise make the pattern quadratic).
    """
    depth = 0
    for token in _JSON_BRACKET.finditer(text):
        bracket = token[0]
        if bracket in "[{":
            depth += 1
            if depth > limits.max_depth:
                line, column = line_column(text, token.start())
                message = say("yaml.too_deep", limit=limits.max_depth)
                raise error([Problem.of(file, line, column, "$", message)])
        elif bracket in "]}":
            depth -= 1


def check_strict_json(text: str, file: str, limits: Limits, error: type[InvalidInputError]) -> None:
    """Parse `text` as JSON refusing NaN and Infinity, each refusal located in the file."""

    def refuse_constant(name: str) -> object:
        message = say("json.not_finite", name=name)
        found = next((m for m in _JSON_CONSTANT.finditer(text) if m[1] == name), None)
        line, column = line_column(text, found.start(1)) if found else (None, None)
        raise error([Problem.of(file, line, column, "$", message)])

    try:
        json.loads(text, parse_float=Decimal, parse_constant=refuse_constant)
    except json.JSONDecodeError as failure:
        message = say("json.syntax", detail=failure.msg)
        raise error([Problem.of(file, failure.lineno, failure.colno, "$", message)]) from None
    except RecursionError:
        check_json_depth(text, file, limits, error)
        raise error([Problem.of(file, None, None, "$", say("yaml.nesting_too_deep"))]) from None


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset in `text`."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
