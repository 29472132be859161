"""Reading YAML and JSON: values located by line, limits enforced, lossy constructs refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from reen_compliance.errors import InvalidInputError
from reen_compliance.files.limits import Limits
from reen_compliance.files.source import read_document, read_text


def test_numbers_with_a_fraction_are_decimals_and_dates_stay_text() -> None:
    """Money keeps its cents and a date is parsed later, where a bad one is a located error."""
    document = read_text("amount: 1234.56\nday: 2024-02-30\ncount: 3\n", "f.yaml")
    assert document.data == {"amount": Decimal("1234.56"), "day": "2024-02-30", "count": 3}


def test_every_value_is_located_by_line_and_column() -> None:
    """Error messages point at the exact line of the value."""
    document = read_text("a:\n  b:\n    - x\n    - y\n", "f.yaml")
    assert document.locator.position(("a", "b", 1)) == (4, 7)
    assert document.locator.json_path(("a", "b", 1)) == "$.a.b[1]"


def test_duplicate_keys_are_an_error_naming_both_lines() -> None:
    """« Last one wins » would hide a typo: a duplicate key is refused."""
    with pytest.raises(InvalidInputError) as caught:
        read_text("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert "duplicate key 'a' (first at line 1)" in str(caught.value)
    assert caught.value.problems[0].line == 3


def test_python_tags_are_refused() -> None:
    """No object construction from YAML tags."""
    with pytest.raises(InvalidInputError, match="tag"):
        read_text("a: !!python/object/apply:os.system ['id']\n", "f.yaml")


def test_alias_expansion_is_bounded() -> None:
    """A billion-laughs document stops at the node limit instead of filling memory."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    with pytest.raises(InvalidInputError, match="aliases"):
        read_text("\n".join(lines) + "\n", "bomb.yaml", limits=Limits(max_nodes=10_000))


def test_nesting_is_bounded() -> None:
    """A deeply nested document is refused with a message, not a RecursionError."""
    with pytest.raises(InvalidInputError, match="nest"):
        read_text("[" * 200 + "]" * 200, "deep.yaml", limits=Limits(max_depth=50))


def test_json_nan_is_refused() -> None:
    """NaN is not an amount."""
    with pytest.raises(InvalidInputError, match="NaN"):
        read_text('{"a": NaN}', "f.json", as_json=True)


def test_json_syntax_errors_are_located() -> None:
    """A JSON syntax error names its line and column."""
    with pytest.raises(InvalidInputError) as caught:
        read_text('{\n  "a": 1,\n}', "f.json", as_json=True)
    assert caught.value.problems[0].line == 3


def test_oversized_files_are_refused_before_reading(tmp_path: Path) -> None:
    """The size limit is checked on the file's size, before any byte is parsed."""
    big = tmp_path / "big.yaml"
    with big.open("wb") as stream:
        stream.truncate(2048)
    with pytest.raises(InvalidInputError, match="larger than the limit"):
        read_document(big, limits=Limits(max_bytes=1024))


def test_invalid_utf8_is_located(tmp_path: Path) -> None:
    """A stray Windows-1252 byte is reported with its line."""
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"a: 1\nname: \xe9cole\n")
    with pytest.raises(InvalidInputError) as caught:
        read_document(bad)
    assert caught.value.problems[0].line == 2


def _tree(node: object) -> object:
    value = getattr(node, "value", None)
    mark = node.start_mark  # type: ignore[attr-defined]
    if isinstance(value, list):
        value = [
            (_tree(item[0]), _tree(item[1])) if isinstance(item, tuple) else _tree(item)
            for item in value
        ]
    return (type(node).__name__, node.tag, mark.line, mark.column, value)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "rule_file",
    sorted(Path(__file__).resolve().parents[1].joinpath("rules").glob("*.yaml")),
    ids=lambda p: p.stem,
)
def test_the_fast_parser_composes_what_the_pure_python_one_does(rule_file: Path) -> None:
    """The libyaml parser under our composer gives the same nodes, tags and marks as PyYAML's own loader."""
    import yaml  # noqa: PLC0415

    from reen_compliance.files.source import _compose  # noqa: PLC0415

    text = rule_file.read_text(encoding="utf-8")
    fast = _compose(text, Limits())
    slow = yaml.compose(text, Loader=yaml.SafeLoader)
    assert _tree(fast) == _tree(slow)
