"""The package keeps its shape: decisions hold no words, and imports go one way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reen_compliance"
DECIDE = sorted((PACKAGE / "decisions").glob("*.py"))
WORDING_MODULES = (
    "reen_compliance.i18n.render",
    "reen_compliance.report.words",
    "reen_compliance.report.text",
    "reen_compliance.report.html",
    "reen_compliance.report.junit",
)


_LOCATOR = re.compile(r"^[a-z]+: \$\.[\w.]+$")
"""Where a figure was read, `profile: $.procurement`: a locator in data, not a sentence."""


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
        and not _LOCATOR.match(node.value)
    ]
    assert sentences == []


def test_words_import_nothing_that_decides() -> None:
    """The catalogues and their formatter import only each other: any layer may word a text."""
    for path in (PACKAGE / "i18n").glob("*.py"):
        ours = {name for name in _imports(_tree(path)) if name.startswith("reen_compliance")}
        assert all(name.startswith("reen_compliance.i18n") for name in ours), path.name


LAYERS = (
    ("i18n",),
    ("errors", "messages", "_moved"),
    ("files",),
    ("formats",),
    ("law",),
    ("ledger",),
    ("decisions",),
    ("report",),
    ("reference",),
    ("web",),
    ("cli",),
)
"""The subpackages from the bottom up: each imports only those before it, and itself."""

_RANK = {name: rank for rank, layer in enumerate(LAYERS) for name in layer}


def _modules() -> list[tuple[str, Path]]:
    """Every module placed in a layer, by dotted name under the package."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        if name.split(".")[0] in _RANK:
            found.append((name, path))
    return found


def _package_imports(tree: ast.Module) -> set[str]:
    """The package's modules a module imports, lazily or not, relative to the package."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "reen_compliance":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("reen_compliance."):
                found.add(node.module.removeprefix("reen_compliance."))
        elif isinstance(node, ast.Import):
            found.update(
                alias.name.removeprefix("reen_compliance.")
                for alias in node.names
                if alias.name.startswith("reen_compliance.")
            )
    return found


@pytest.mark.parametrize(("name", "path"), _modules(), ids=[m[0] for m in _modules()])
def test_imports_go_one_way(name: str, path: Path) -> None:
    """A module imports only from its own subpackage and those below it, never a moved alias."""
    own = _RANK[name.split(".", maxsplit=1)[0]]
    for imported in _package_imports(_tree(path)):
        top = imported.split(".")[0]
        assert top in _RANK, f"{name} imports {imported}, a deprecated alias or an unplaced module"
        assert _RANK[top] <= own, (
            f"{name} ({LAYERS[own]}) imports {imported} ({LAYERS[_RANK[top]]})"
        )


def test_no_module_is_much_over_four_hundred_lines() -> None:
    """Past about 400 lines a module has more than one job: split it."""
    long = {
        name: count
        for name, path in _modules()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert long == {}


def test_old_module_paths_still_work_and_warn() -> None:
    """A module moved into a subpackage keeps its old path for one release, with a warning."""
    import importlib  # noqa: PLC0415

    old = importlib.import_module("reen_compliance.rule_model")
    with pytest.warns(DeprecationWarning, match="reen_compliance.law.model"):
        rule = old.Rule
    assert rule.__module__ == "reen_compliance.law.model"
    engine = importlib.import_module("reen_compliance.engine")
    with pytest.warns(DeprecationWarning, match="reen_compliance.report.build"):
        assert callable(engine.evaluate)
