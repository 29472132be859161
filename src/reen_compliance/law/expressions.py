"""Rule conditions: a whitelisted subset of Python expressions, parsed once, never eval'd.

A condition is parsed with `ast`, every node is checked against a table of allowed forms, every
name against the names the caller declares, and the tree is compiled into nested closures. An
unknown node or name is an `ExpressionError` with its column; a missing fact at evaluation time
raises `MissingFact`, which the engine turns into an `insufficient_data` finding.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from reen_compliance.errors import suggest
from reen_compliance.messages import Message, say

MAX_SOURCE_LENGTH: Final = 1000
MAX_DEPTH: Final = 24
MAX_LITERAL_DIGITS: Final = 30
MAX_LITERAL_EXPONENT: Final = 30

Environment = Mapping[str, object]
Compiled = Callable[[Environment], object]


class ExpressionError(ValueError):
    """A condition is not in the allowed language; `column` is 1-based, or None."""

    def __init__(
        self,
        message: str | Message,
        column: int | None = None,
        hint: str | Message | None = None,
    ) -> None:
        """Keep the column and hint apart so the loader can place them in the file."""
        super().__init__(str(message))
        self.message = str(message)
        self.said = message if isinstance(message, Message) else None
        self.column = column
        self.hint = None if hint is None else str(hint)
        self.hint_said = hint if isinstance(hint, Message) else None


class EvaluationError(ExpressionError):
    """A compiled condition failed on the values it was given (incompatible types, overflow)."""


class MissingFact(LookupError):  # noqa: N818 - it names the fact, not an error condition
    """A name the condition needs has no value in the profile (unknown, not false)."""

    def __init__(self, name: str) -> None:
        """Remember which fact was missing, so the finding can say what to provide."""
        super().__init__(name)
        self.name = name


@dataclass(frozen=True, slots=True)
class Condition:
    """A compiled condition: its source, the names it reads, and the closure to run."""

    source: str
    names: frozenset[str]
    run: Compiled

    def __call__(self, env: Environment) -> bool:
        """Evaluate against `env`; raises `MissingFact` when a needed value is None.

        A comparison between values of incompatible types, or an arithmetic overflow, is an
        `EvaluationError` naming the expression, never a crash.
        """
        try:
            return bool(self.run(env))
        except EvaluationError:
            raise
        except ExpressionError as error:
            raise EvaluationError(error.said or error.message, error.column) from None
        except (TypeError, ArithmeticError) as error:
            msg = say("expr.incompatible", source=self.source, detail=str(error))
            raise EvaluationError(msg) from None


_COMPARATORS: Final[dict[type[ast.cmpop], Callable[[Any, Any], bool]]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda left, right: operator.contains(right, left),
    ast.NotIn: lambda left, right: not operator.contains(right, left),
}
_ARITHMETIC: Final[dict[type[ast.operator], Callable[[object, object], object]]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCTIONS: Final[dict[str, Callable[..., object]]] = {"min": min, "max": max, "abs": abs}


def compile_condition(source: str, known_names: Collection[str]) -> Condition:
    """Parse and check `source`, then compile it; raises `ExpressionError` if not allowed."""
    if len(source) > MAX_SOURCE_LENGTH:
        raise ExpressionError(say("expr.too_long", limit=MAX_SOURCE_LENGTH), 1)
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as error:
        raise ExpressionError(say("expr.syntax", detail=error.msg), error.offset) from None
    except (ValueError, RecursionError, MemoryError):
        raise ExpressionError(say("expr.unparsable"), 1) from None
    compiler = _Compiler(frozenset(known_names))
    run = compiler.compile(tree.body, depth=0)
    return Condition(source=source, names=frozenset(compiler.used), run=run)


class _Compiler:
    """Turns a checked `ast` tree into closures, one table entry per allowed node."""

    def __init__(self, known: frozenset[str]) -> None:
        self.known = known
        self.used: set[str] = set()

    def compile(self, node: ast.expr, depth: int) -> Compiled:
        if depth > MAX_DEPTH:
            raise ExpressionError(say("expr.too_deep", limit=MAX_DEPTH), _column(node))
        handler = self._HANDLERS.get(type(node))
        if handler is None:
            raise ExpressionError(say("expr.node", node=type(node).__name__), _column(node))
        return handler(self, node, depth + 1)

    def _name(self, node: ast.expr, _depth: int) -> Compiled:
        assert isinstance(node, ast.Name)  # noqa: S101 - dispatched on type
        name = node.id
        if name.startswith("_") or name not in self.known:
            raise ExpressionError(
                say("expr.unknown_name", name=name), _column(node), suggest(name, self.known)
            )
        self.used.add(name)

        def read(env: Environment) -> object:
            value = env.get(name)
            if value is None:
                raise MissingFact(name)
            return value

        return read

    def _constant(self, node: ast.expr, _depth: int) -> Compiled:
        assert isinstance(node, ast.Constant)  # noqa: S101 - dispatched on type
        value = node.value
        if isinstance(value, bool) or value is None or isinstance(value, str):
            constant: object = value
        elif isinstance(value, (int, float)):
            text = ast.unparse(node)
            if len(text) > MAX_LITERAL_DIGITS:
                msg = say("expr.literal_too_long", limit=MAX_LITERAL_DIGITS)
                raise ExpressionError(msg, _column(node))
            try:
                constant = Decimal(text) if isinstance(value, float) else value
            except InvalidOperation:
                msg = say("expr.invalid_number", number=text)
                raise ExpressionError(msg, _column(node)) from None
            if not Decimal(constant).is_finite() or abs(Decimal(constant).adjusted()) > (
                MAX_LITERAL_EXPONENT
            ):
                msg = say("expr.out_of_range", number=text, limit=MAX_LITERAL_EXPONENT)
                raise ExpressionError(msg, _column(node))
        else:
            msg = say("expr.literal_type", type=type(value).__name__)
            raise ExpressionError(msg, _column(node))
        return lambda _env: constant

    def _collection(self, node: ast.expr, depth: int) -> Compiled:
        assert isinstance(node, (ast.Tuple, ast.List, ast.Set))  # noqa: S101 - dispatched on type
        items = tuple(self.compile(element, depth) for element in node.elts)
        if all(isinstance(element, ast.Constant) for element in node.elts):
            folded = tuple(item({}) for item in items)  # literals: built once, not per call
            return lambda _env: folded
        return lambda env: tuple(item(env) for item in items)

    def _bool_op(self, node: ast.expr, depth: int) -> Compiled:
        assert isinstance(node, ast.BoolOp)  # noqa: S101 - dispatched on type
        parts = tuple(self.compile(value, depth) for value in node.values)
        if isinstance(node.op, ast.And):

            def conjunction(env: Environment) -> bool:
                for part in parts:  # noqa: SIM110 - a loop: no generator per evaluation
                    if not part(env):
                        return False
                return True

            return conjunction

        def disjunction(env: Environment) -> bool:
            for part in parts:  # noqa: SIM110 - a loop: no generator per evaluation
                if part(env):
                    return True
            return False

        return disjunction

    def _unary(self, node: ast.expr, depth: int) -> Compiled:
        assert isinstance(node, ast.UnaryOp)  # noqa: S101 - dispatched on type
        operand = self.compile(node.operand, depth)
        if isinstance(node.op, ast.Not):
            return lambda env: not operand(env)
        if isinstance(node.op, ast.USub):
            _expect_number(node.operand, "'-'")
            return lambda env: -operand(env)  # type: ignore[operator]
        raise ExpressionError(say("expr.operator", op=type(node.op).__name__), _column(node))

    def _binary(self, node: ast.expr, depth: int) -> Compiled:
        assert isinstance(node, ast.BinOp)  # noqa: S101 - dispatched on type
        function = _ARITHMETIC.get(type(node.op))
        if function is None:
            msg = say("expr.binary_operator", op=type(node.op).__name__)
            raise ExpressionError(msg, _column(node))
        left, right = self.compile(node.left, depth), self.compile(node.right, depth)
        _expect_number(node.left, "arithmetic")
        _expect_number(node.right, "arithmetic")
        column = _column(node)

        def arithmetic(env: Environment) -> object:
            a, b = left(env), right(env)
            if not (_is_number(a) and _is_number(b)):
                raise ExpressionError(say("expr.numbers_only"), column)
            if isinstance(node.op, ast.Div) and b == 0:
                raise ExpressionError(say("expr.division_by_zero"), column)
            return function(Decimal(a), Decimal(b))  # type: ignore[arg-type]

        return arithmetic

    def _compare(self, node: ast.expr, depth: int) -> Compiled:
        assert isinstance(node, ast.Compare)  # noqa: S101 - dispatched on type
        operands = (
            self.compile(node.left, depth),
            *tuple(self.compile(comparator, depth) for comparator in node.comparators),
        )
        refused = next((op for op in node.ops if type(op) not in _COMPARATORS), None)
        if refused is not None:  # `is`, `is not`: identity means nothing for rule values
            raise ExpressionError(say("expr.operator", op=type(refused).__name__), _column(node))
        tests = tuple(_COMPARATORS[type(op)] for op in node.ops)
        _check_comparison(node)

        if len(tests) == 1:  # the usual `a < b`: no loop
            return _single_comparison(node, type(node.ops[0]), operands[0], operands[1])

        def compare(env: Environment) -> bool:
            left = operands[0](env)
            for test, right_operand in zip(tests, operands[1:], strict=True):
                right = right_operand(env)
                if not test(left, right):
                    return False
                left = right
            return True

        return compare

    def _call(self, node: ast.expr, depth: int) -> Compiled:
        assert isinstance(node, ast.Call)  # noqa: S101 - dispatched on type
        if not isinstance(node.func, ast.Name) or node.func.id not in _FUNCTIONS:
            raise ExpressionError(say("expr.functions"), _column(node))
        if node.keywords or any(isinstance(arg, ast.Starred) for arg in node.args):
            raise ExpressionError(say("expr.arguments"), _column(node))
        function = _FUNCTIONS[node.func.id]
        arguments = tuple(self.compile(argument, depth) for argument in node.args)
        wanted = (1, 1) if node.func.id == "abs" else (2, MAX_DEPTH)
        if not wanted[0] <= len(node.args) <= wanted[1]:
            arity = "expr.arity_one" if node.func.id == "abs" else "expr.arity_many"
            raise ExpressionError(say(arity, function=node.func.id), _column(node))
        for argument in node.args:
            _expect_number(argument, f"{node.func.id}()")
        return lambda env: function(*(argument(env) for argument in arguments))

    _HANDLERS: Final[dict[type[ast.expr], Callable[[_Compiler, ast.expr, int], Compiled]]] = {
        ast.Name: _name,
        ast.Constant: _constant,
        ast.Tuple: _collection,
        ast.List: _collection,
        ast.Set: _collection,
        ast.BoolOp: _bool_op,
        ast.UnaryOp: _unary,
        ast.BinOp: _binary,
        ast.Compare: _compare,
        ast.Call: _call,
    }


def _single_comparison(
    node: ast.Compare, op: type[ast.cmpop], first: Compiled, second: Compiled
) -> Compiled:
    """`a < b`, `a in (…)`: one closure, the usual shapes (a name, a literal) read in place.

    A fact or value compared with a literal (`entity in ('commune', 'cc')`, `staff > 50`) or
    with another name is read and compared in one call; otherwise each side is run, left
    first, as in general.
    """
    test = _COMPARATORS[op]
    right = node.comparators[0]
    literal = isinstance(right, ast.Constant) or (
        isinstance(right, (ast.Tuple, ast.List, ast.Set))
        and all(isinstance(element, ast.Constant) for element in right.elts)
    )
    left = node.left
    if isinstance(left, ast.Name) and isinstance(right, ast.Name):
        return _names_compared(test, left.id, right.id)
    if not (isinstance(left, ast.Name) and literal):
        return lambda env: test(first(env), second(env))
    name, value = left.id, second({})  # a literal reads nothing: built once
    if op is ast.In:

        def name_in(env: Environment) -> bool:
            found = env.get(name)
            if found is None:
                raise MissingFact(name)
            return found in value  # type: ignore[operator]  # the loader checked it

        return name_in

    def name_against(env: Environment) -> bool:
        found = env.get(name)
        if found is None:
            raise MissingFact(name)
        return test(found, value)

    return name_against


def _names_compared(test: Callable[[Any, Any], bool], first: str, second: str) -> Compiled:
    """`population > population_threshold`: two names read and compared in one closure."""

    def names_compared(env: Environment) -> bool:
        left = env.get(first)
        if left is None:
            raise MissingFact(first)
        right = env.get(second)
        if right is None:
            raise MissingFact(second)
        return test(left, right)

    return names_compared


_Kind = str  # "number", "text", "bool", "collection" or "unknown" (a name, None)
_ORDERINGS: Final = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)


def _kind_of(node: ast.expr) -> _Kind:
    """What a checked node yields, as far as can be known before any profile is seen."""
    kinds: dict[type[ast.expr], _Kind] = {
        ast.BinOp: "number",
        ast.Call: "number",
        ast.Compare: "bool",
        ast.BoolOp: "bool",
        ast.Tuple: "collection",
        ast.List: "collection",
        ast.Set: "collection",
    }
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            return "bool"
        if isinstance(value, str):
            return "text"
        return "unknown" if value is None else "number"
    if isinstance(node, ast.UnaryOp):
        return "bool" if isinstance(node.op, ast.Not) else "number"
    return kinds.get(type(node), "unknown")


def _expect_number(node: ast.expr, where: str) -> None:
    """Refuse, at load time, an operand that can never be a number (text, list, boolean)."""
    kind = _kind_of(node)
    if kind not in {"number", "unknown"}:
        msg = say(
            "expr.not_a_number",
            where=say("word.arithmetic") if where == "arithmetic" else where,
            kind=say(f"word.{kind}"),
            source=ast.unparse(node)[:40],
        )
        raise ExpressionError(msg, _column(node))


def _check_comparison(node: ast.Compare) -> None:
    """Refuse comparisons that cannot work: ordering text against numbers, `in` a number."""
    operands = [node.left, *node.comparators]
    for op, left, right in zip(node.ops, operands[:-1], operands[1:], strict=True):
        kinds = {_kind_of(left), _kind_of(right)} - {"unknown"}
        if isinstance(op, _ORDERINGS) and (len(kinds) > 1 or kinds & {"collection", "bool"}):
            msg = say("expr.unordered", source=ast.unparse(node)[:60])
            raise ExpressionError(msg, _column(node))
        if isinstance(op, (ast.In, ast.NotIn)) and _kind_of(right) in {"number", "bool"}:
            msg = say("expr.in_needs_list", source=ast.unparse(right)[:40])
            raise ExpressionError(msg, _column(right))


def _is_number(value: object) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def _column(node: ast.expr) -> int:
    return getattr(node, "col_offset", 0) + 1
