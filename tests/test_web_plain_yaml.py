"""The pages' fast YAML reading gives the guarded reader's data, or leaves the text to it."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from reen_compliance.errors import InvalidInputError, ProfileError
from reen_compliance.files.limits import Limits
from reen_compliance.files.source import read_text
from reen_compliance.web.answers import profile_data
from reen_compliance.web.plain_yaml import NOT_PLAIN, plain_data

ROOT = Path(__file__).resolve().parent.parent
PLAIN_FILES = sorted(
    [
        ROOT / "examples" / "ville-exemple.yaml",
        *(ROOT / "tests" / "golden" / "outputs").glob("init-*.yaml"),
        *(ROOT / "examples" / "mappings").glob("*.yaml"),
        *(ROOT / "rules").glob("*.yaml"),
    ]
)
HOSTILE_FILES = sorted((ROOT / "tests" / "hostile").glob("*.yaml"))
LIMITS = Limits()

SNIPPETS = (
    "",
    "---\n",
    "a: 1\n",
    "just text\n",
    "- 1\n- 2\n",
    "a: 1\n---\nb: 2\n",
    "a: &x 1\nb: *x\n",
    "a: &x [1]\n",
    "a: !!str 1\n",
    "a: !!python/object:os.system x\n",
    "a: ! x\n",
    "<<: {b: 1}\n",
    "a: <<\n",
    "a: 1\na: 2\n",
    "true: 1\n'true': 2\n",
    "1: a\n'1': b\n",
    "1.5: a\nnull: b\n~: c\nyes: d\n2024-01-01: e\n",
    "? [a]\n: 1\n",
    "? {a: 1}\n: 1\n",
    "a: .nan\n",
    "a: -.inf\n",
    "a: 1e3\nb: 1.50\nc: -0.0\nd: 1_000.5\ne: .5\n",
    "a: 0x1F\nb: 0o17\nc: 017\nd: 1_000\ne: 1:30\nf: +12\ng: -0\n",
    f"a: {'9' * 101}\n",
    "a: yes\nb: No\nc: on\nd: OFF\ne: true\nf: False\n",
    "a: ~\nb: null\nc:\nd: ''\n",
    "a: 2024-02-30\nb: 2024-12-15T10:00:00Z\n",
    'a: "\\ud800"\n',
    'a: "\\U0001F600 é «»"\n',
    "a: [1, {b: [2, {c: 3}]}]\n",
    "a: [\n",
    "a: 'unclosed\n",
    "\ta: 1\n",
    "a: 1\x00\n",
    "a: \x07\n",
    "%YAML 1.1\n---\na: 1\n...\n",
    "a: |\n  line\n  other\nb: >\n  folded\n  text\n",
    "[" * 70 + "]" * 70,
    "a:\n" + "".join("  " * depth + f"k{depth}:\n" for depth in range(1, 70)),
)


def _typed(data: object) -> object:
    """`data` with each value's type beside it: `1`, `True` and `Decimal(1)` differ."""
    if isinstance(data, dict):
        return ("dict", [(_typed(key), _typed(value)) for key, value in data.items()])
    if isinstance(data, list):
        return ("list", [_typed(value) for value in data])
    return (type(data).__name__, str(data) if isinstance(data, Decimal) else data)


def _agrees(text: str, limits: Limits = LIMITS) -> object:
    """Check the fast reading against the guarded one; give the fast reading back."""
    fast = plain_data(text, limits)
    try:
        guarded = read_text(text, "p.yaml", limits=limits).data
    except InvalidInputError:
        assert fast is NOT_PLAIN, text
        return fast
    if fast is not NOT_PLAIN:
        assert _typed(fast) == _typed(guarded), text
    return fast


@pytest.mark.parametrize("path", PLAIN_FILES, ids=lambda p: p.name)
def test_plain_files_are_read_fast_to_the_same_data(path: Path) -> None:
    """A profile, a mapping or a rule file: the fast reading is taken, and gives the same data."""
    assert _agrees(path.read_text("utf-8")) is not NOT_PLAIN


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda p: p.name)
def test_hostile_files_are_left_to_the_guarded_reader(path: Path) -> None:
    """Alias bombs, tags, duplicate keys, deep nesting: never read by the fast loop."""
    text = path.read_bytes().decode("utf-8", "replace")
    plain = {"impossible-date.yaml", "invalid-utf8.yaml"}  # (once decoded) read alike
    assert (_agrees(text) is NOT_PLAIN) is (path.name not in plain)


@pytest.mark.parametrize("text", SNIPPETS)
def test_every_kind_of_scalar_and_refusal_agrees(text: str) -> None:
    """Numbers, booleans, nulls, dates, keys, anchors, tags, errors: same data or no answer."""
    _agrees(text)


def test_limits_on_nesting_and_count_are_those_of_the_guarded_reader() -> None:
    """Past the depth or the number of values allowed, the guarded reader says where."""
    nested = "a:\n" + "".join("  " * depth + f"k{depth}:\n" for depth in range(1, 12))
    assert _agrees(nested, Limits(max_depth=5)) is NOT_PLAIN
    many = "".join(f"k{n}: {n}\n" for n in range(50))
    assert _agrees(many, Limits(max_nodes=20)) is NOT_PLAIN
    assert _agrees(many, Limits(max_bytes=10)) is NOT_PLAIN
    assert _agrees(many) is not NOT_PLAIN


MUTATIONS = ("&a ", "*a", "!!str ", "<<: ", "? ", "- ", ": ", "\n", "  ", "'", '"', "[", "{")


@pytest.mark.parametrize("seed", range(150))
def test_a_mutated_profile_is_read_alike_or_left_to_the_guarded_reader(seed: int) -> None:
    """Random edits of a real profile never make the two readings differ."""
    chance = random.Random(seed)  # noqa: S311 - test data, not a secret
    text = (ROOT / "examples" / "ville-exemple.yaml").read_text("utf-8")
    lines = text.splitlines(keepends=True)
    for _ in range(chance.randrange(1, 4)):
        at = chance.randrange(len(lines))
        if chance.random() < 0.3:  # a line written twice: a duplicate key, or a second item
            lines.insert(at, lines[at])
        else:
            cut = chance.randrange(len(lines[at]) + 1)
            lines[at] = lines[at][:cut] + chance.choice(MUTATIONS) + lines[at][cut:]
    _agrees("".join(lines))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("format_version: 1\ncollectivity:\n  name: a\n  name: b\n", 4),
        ("format_version: 1\ncollectivity:\n  name: [a\n", 4),
        ("format_version: 1\ncollectivity: !!python/name:os.system\n", 2),
    ],
)
def test_the_pages_still_place_each_yaml_problem(text: str, line: int) -> None:
    """A duplicate key, a syntax error, a tag: the page's problem has its line."""
    with pytest.raises(ProfileError) as raised:
        profile_data(text, 1 << 20)
    assert [problem.line for problem in raised.value.problems][:1] == [line]


def test_an_alias_is_still_read_by_the_pages() -> None:
    """An alias to a small anchor is allowed: the guarded reader reads it."""
    data = profile_data("format_version: 1\ncollectivity: &c\n  name: a\nother: *c\n", 1 << 20)
    assert data["other"] == {"name": "a"}
