"""The package keeps its shape: decisions hold no words, and imports go one way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reen_compliance"
DECIDE = sorted((PACKAGE / "decide").glob("*.py"))
WORDING_MODULES = (
    "reen_compliance.i18n.render",
    "reen_compliance.wording",
    "reen_compliance.report",
    "reen_compliance.report_html",
    "reen_compliance.report_junit",
)


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imports(tree: ast.Module) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _docstrings(tree: ast.Module) -> set[int]:
    """The ids of the string nodes that are docstrings (module, class, function, attribute)."""
    ids: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for statement in body:
            if (
                isinstance(statement, ast.Expr)
                and isinstance(statement.value, ast.Constant)
                and isinstance(statement.value.value, str)
            ):
                ids.add(id(statement.value))
    return ids


def _raised_strings(tree: ast.Module) -> set[int]:
    """Strings inside `raise` statements: programming errors for developers, not prose."""
    return {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.Raise)
        for inner in ast.walk(node)
        if isinstance(inner, ast.Constant)
    }


@pytest.mark.parametrize("path", DECIDE, ids=lambda p: p.name)
def test_a_decision_module_calls_no_renderer(path: Path) -> None:
    """A check kind imports nothing that words a text: it returns decisions only."""
    tree = _tree(path)
    assert not _imports(tree) & set(WORDING_MODULES)
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert not called & {"pick", "render", "format_date", "format_money", "format_pct"}


@pytest.mark.parametrize("path", DECIDE, ids=lambda p: p.name)
def test_a_decision_module_holds_no_sentence(path: Path) -> None:
    """No string with words separated by spaces, outside docstrings and raised errors."""
    tree = _tree(path)
    allowed = _docstrings(tree) | _raised_strings(tree)
    sentences = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in allowed
        and " " in node.value.strip()
    ]
    assert sentences == []


def test_words_import_nothing_that_decides() -> None:
    """The catalogues and their formatter import only each other: any layer may word a text."""
    for path in (PACKAGE / "i18n").glob("*.py"):
        ours = {name for name in _imports(_tree(path)) if name.startswith("reen_compliance")}
        assert all(name.startswith("reen_compliance.i18n") for name in ours), path.name
