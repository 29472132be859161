"""The hostile corpus of tests/hostile/: every file is refused with a located message, exit 2.

Each case goes through the API and through the CLI, in bounded time and memory, and never
shows a traceback unless `--debug` asks for one.
"""

from __future__ import annotations

import re
import shutil
import time
import tracemalloc
from pathlib import Path

import pytest

from reen_compliance.cli import common as cli
from reen_compliance.errors import InvalidInputError, ProfileError, RulePackError
from reen_compliance.files.limits import Limits, max_input_bytes
from reen_compliance.law.loading import load_profile, load_rules, parse_profile
from reen_compliance.ledger.summary import read_ledger

CORPUS = Path(__file__).parent / "hostile"
ROOT = Path(__file__).resolve().parents[1]

# file -> (line, column, what the message says); None where no position exists.
PROFILES: dict[str, tuple[int | None, int | None, str]] = {
    "alias-bomb.yaml": (8, 12, "more than 200,000 values once aliases are expanded"),
    "recursive-alias.yaml": (2, 57, "alias *loop refers to a value that contains it"),
    "deep-nesting.yaml": (2, 78, "nested deeper than 64 levels"),
    "deep-nesting.json": (1, 102, "nested deeper than 64 levels"),
    "duplicate-keys.yaml": (5, 3, "duplicate key 'kind' (first at line 4)"),
    "invalid-utf8.yaml": (3, 16, "invalid UTF-8 byte 0xe9 at byte 47"),
    "nan.json": (2, 64, "NaN is not a number"),
    "infinity.json": (3, 39, "-Infinity is not a number"),
    "impossible-date.yaml": (6, 22, "expected a date such as 2024-01-01, found '2024-02-30'"),
    "python-tag.yaml": (3, 9, "tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
}
SANDBOX_ESCAPES = [
    line for line in (CORPUS / "sandbox-escapes.txt").read_text().splitlines() if line
]
TIME_LIMIT_S = 5.0
"""Generous: each case takes milliseconds; this only catches a runaway, not a slowdown."""


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process and return its exit code, stdout and stderr."""
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def located(file: Path, line: int | None, column: int | None) -> str:
    """The `file:line:col` prefix editors jump to."""
    where = str(file)
    if line is not None:
        where += f":{line}"
    if column is not None:
        where += f":{column}"
    return where + ":"


@pytest.mark.parametrize(("name", "expected"), PROFILES.items(), ids=list(PROFILES))
def test_hostile_profile_api(name: str, expected: tuple[int | None, int | None, str]) -> None:
    """Each hostile profile raises one located `ProfileError`, in bounded time."""
    line, column, message = expected
    started = time.perf_counter()
    with pytest.raises(ProfileError) as caught:
        load_profile(CORPUS / name)
    assert time.perf_counter() - started < TIME_LIMIT_S
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.column) == (str(CORPUS / name), line, column)
    assert message in problem.message


@pytest.mark.parametrize(("name", "expected"), PROFILES.items(), ids=list(PROFILES))
def test_hostile_profile_cli(
    capsys: pytest.CaptureFixture[str], name: str, expected: tuple[int | None, int | None, str]
) -> None:
    """Through the CLI each hostile profile exits 2 with its located message and no traceback."""
    line, column, message = expected
    code, out, err = run_cli(capsys, "validate", str(CORPUS / name), "--lang", "en")
    assert code == cli.EXIT_INVALID
    assert out == ""
    assert located(CORPUS / name, line, column) in err
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "name", ["alias-bomb.yaml", "recursive-alias.yaml", "deep-nesting.json", "nan.json"]
)
def test_expansion_is_refused_in_bounded_memory(name: str) -> None:
    """Bombs and deep documents are refused before expansion: under a second and 8 MiB."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ProfileError):
            load_profile(CORPUS / name)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 8 * 1024**2


def test_hundred_megabyte_file_is_refused_before_reading(tmp_path: Path) -> None:
    """A sparse 100 MB profile is refused from its size alone, reading nothing."""
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(100 * 1024**2)
    tracemalloc.start()
    try:
        with pytest.raises(ProfileError) as caught:
            load_profile(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (problem,) = caught.value.problems
    assert problem.message == "file of 104,857,600 bytes is larger than the limit of 10,485,760"
    assert "--max-input-bytes" in (problem.hint or "")
    assert peak < 1024**2


def test_hundred_megabyte_file_through_the_cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The CLI refuses the sparse 100 MB file with exit 2 and names the option to raise."""
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(100 * 1024**2)
    code, _, err = run_cli(capsys, "validate", str(path))
    assert code == cli.EXIT_INVALID
    assert (
        "fichier de 104\u202f857\u202f600 octets, au-delà de la limite de 10\u202f485\u202f760"
        in err
    )
    assert "relevez la limite avec --max-input-bytes" in err


def test_max_input_bytes_option_lowers_the_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`--max-input-bytes` applies to the profile but not to the bundled rule pack."""
    profile = ROOT / "examples" / "ville-exemple.yaml"
    code, _, err = run_cli(
        capsys, "validate", str(profile), "--max-input-bytes", "100", "--lang", "en"
    )
    assert code == cli.EXIT_INVALID
    assert "larger than the limit of 100" in err
    code, out, _ = run_cli(capsys, "validate", str(profile), "--max-input-bytes", "100000")
    assert code == cli.EXIT_OK
    assert "profil valide" in out
    ledger = tmp_path / "ledger.csv"
    ledger.write_text("date;montant_ht\n01/02/2024;1\n" * 10, encoding="utf-8")
    code, _, err = run_cli(capsys, "ledger", str(ledger), "--max-input-bytes", "20")
    assert code == cli.EXIT_INVALID
    assert "au-delà de la limite de 20 octets" in err


def test_max_input_bytes_refuses_nonsense(capsys: pytest.CaptureFixture[str]) -> None:
    """A limit of zero or a word is a usage error naming what was expected."""
    with pytest.raises(SystemExit) as caught:
        cli.main(["validate", "x.yaml", "--max-input-bytes", "0"])
    assert caught.value.code == cli.EXIT_INVALID
    assert "nombre entier de 1 ou plus attendu, trouvé '0'" in capsys.readouterr().err


def test_endless_device_is_read_only_to_the_limit() -> None:
    """`/dev/zero` declares no size; reading stops one byte past the limit."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(InvalidInputError) as caught:
        load_profile("/dev/zero", limits=Limits(max_bytes=1024))
    assert "more than 1,024 bytes" in caught.value.problems[0].message


def test_max_input_bytes_context_applies_to_api_calls(tmp_path: Path) -> None:
    """`max_input_bytes` bounds `load_profile` and `read_ledger` inside its block only."""
    profile = ROOT / "examples" / "ville-exemple.yaml"
    ledger = tmp_path / "ledger.csv"
    ledger.write_text("date;montant_ht\n01/02/2024;1\n", encoding="utf-8")
    with max_input_bytes(10):
        with pytest.raises(ProfileError):
            load_profile(profile)
        with pytest.raises(ProfileError):
            list(read_ledger(ledger))
    assert load_profile(profile).collectivity.name == "Ville d'Exemple"
    assert len(list(read_ledger(ledger))) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: " + "1" * 5000 + "\n", "number longer than 100 characters"),
        # libyaml (the fast parser) and PyYAML's own word these differently; both are located.
        ('a: "\\ud800"\n', ("escaped surrogate", "invalid Unicode character escape")),
        (
            'a: "\\U99999999"\n',
            ("escape sequence outside Unicode", "invalid Unicode character escape"),
        ),
        (
            'a: "\\U' + "9" * 60 + '"\n',
            ("escape sequence outside Unicode", "invalid Unicode character escape"),
        ),
        ("a:\t\x01\n", "control character U+0001 is not allowed in YAML"),
        ("a: 1\x00\n", "the file contains a NUL character"),
        ("<<: {format_version: 1}\n", "merge keys ('<<') are not supported"),
        ("format_version: !!binary aGVsbG8=\n", "tag 'tag:yaml.org,2002:binary' is not allowed"),
        ("? [a]\n: 1\n", "a key must be a plain text or number"),
    ],
    ids=[
        "endless-int",
        "surrogate",
        "escape",
        "huge-escape",
        "control-char",
        "nul",
        "merge-key",
        "binary-tag",
        "seq-key",
    ],
)
def test_odd_yaml_is_a_located_profile_error(text: str, message: str | tuple[str, ...]) -> None:
    """Scalars and keys Python would choke on are refused with a message, never a crash."""
    with pytest.raises(ProfileError) as caught:
        parse_profile(text, "odd.yaml")
    wanted = (message,) if isinstance(message, str) else message
    assert any(w in p.message for p in caught.value.problems for w in wanted)
    assert all(p.file == "odd.yaml" and p.line is not None for p in caught.value.problems)


def test_debug_shows_the_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    """`--debug` adds the traceback for developers after the same located message."""
    path = CORPUS / "duplicate-keys.yaml"
    code, _, err = run_cli(capsys, "validate", str(path), "--debug")
    assert code == cli.EXIT_INVALID
    assert "duplicate key 'kind'" in err
    assert "Traceback (most recent call last)" in err


# --- rule packs: sandbox escapes are load errors ---------------------------------------------


def rule_pack_with(tmp_path: Path, applies_to: str) -> Path:
    """Copy one bundled rule into a folder, its `applies_to` replaced by `applies_to`."""
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    source = (ROOT / "rules" / "reen-art35-strategy.yaml").read_text(encoding="utf-8")
    quoted = '"' + applies_to.replace("\\", "\\\\").replace('"', '\\"') + '"'
    text, count = re.subn(r"(?m)^applies_to: .*$", lambda _: f"applies_to: {quoted}", source)
    assert count == 1
    (folder / "reen-art35-strategy.yaml").write_text(text, encoding="utf-8")
    return folder


# The line of `applies_to:` in the bundled strategy rule, where each escape is written.
APPLIES_TO_LINE = next(
    number
    for number, line in enumerate(
        (ROOT / "rules" / "reen-art35-strategy.yaml").read_text(encoding="utf-8").splitlines(), 1
    )
    if line.startswith("applies_to:")
)


@pytest.mark.parametrize("expression", SANDBOX_ESCAPES, ids=range(len(SANDBOX_ESCAPES)))
def test_sandbox_escape_is_refused_at_load_time(tmp_path: Path, expression: str) -> None:
    """Each escape attempt is a `RulePackError` at the expression's file, line and column."""
    folder = rule_pack_with(tmp_path, expression)
    started = time.perf_counter()
    with pytest.raises(RulePackError) as caught:
        load_rules([folder])
    assert time.perf_counter() - started < TIME_LIMIT_S
    (problem,) = caught.value.problems
    assert problem.file == str(folder / "reen-art35-strategy.yaml")
    assert problem.line == APPLIES_TO_LINE
    assert problem.column is not None
    assert problem.column >= len("applies_to: ") + 1
    assert problem.path == "$.applies_to"
    assert repr(expression)[:40] in problem.message or "longer than" in problem.message


@pytest.mark.parametrize("expression", SANDBOX_ESCAPES[:8], ids=range(8))
def test_sandbox_escape_through_the_cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, expression: str
) -> None:
    """The CLI refuses a malicious rule pack with exit 2, the location and no traceback."""
    folder = rule_pack_with(tmp_path, expression)
    code, out, err = run_cli(capsys, "rules", "--rules", str(folder), "--as-of", "2025-06-01")
    assert code == cli.EXIT_INVALID
    assert out == ""
    assert f"reen-art35-strategy.yaml:{APPLIES_TO_LINE}:" in err
    assert "Traceback" not in err


def test_condition_failing_on_profile_values_is_a_rule_pack_error(tmp_path: Path) -> None:
    """A condition whose types clash only on real values stops with exit 2, not a crash."""
    folder = rule_pack_with(tmp_path, "kind > population_threshold")
    profile = ROOT / "examples" / "ville-exemple.yaml"
    code = cli.main(["check", str(profile), "--rules", str(folder), "--as-of", "2025-06-01"])
    assert code == cli.EXIT_INVALID


def test_rule_file_size_is_checked_before_hashing(tmp_path: Path) -> None:
    """A sparse 100 MB rule file is refused from its size, never read to be hashed."""
    folder = tmp_path / "rules"
    folder.mkdir()
    with (folder / "huge.yaml").open("wb") as stream:
        stream.truncate(100 * 1024**2)
    tracemalloc.start()
    try:
        with pytest.raises(RulePackError) as caught:
            load_rules([folder])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "larger than the limit" in caught.value.problems[0].message
    assert peak < 1024**2


# --- ledgers --------------------------------------------------------------------------------


def test_impossible_ledger_date_api() -> None:
    """30 February in a ledger is a located error naming the day that does not exist."""
    path = CORPUS / "impossible-date-ledger.csv"
    with pytest.raises(ProfileError) as caught:
        list(read_ledger(path))
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.path) == (3, 1, "$[3].date")
    assert "found '30/02/2024': no such day" in problem.message


def test_impossible_ledger_date_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Through the CLI the bad ledger exits 2 and `--output` is not written."""
    path = CORPUS / "impossible-date-ledger.csv"
    output = tmp_path / "out.csv"
    code, out, err = run_cli(capsys, "ledger", str(path), "-f", "csv", "-o", str(output))
    assert code == cli.EXIT_INVALID
    assert out == ""
    assert f"{path}:3:1: $[3].date" in err
    assert not output.exists()


def test_formula_ledger_reads_formulas_as_text() -> None:
    """`=HYPERLINK(…)`, `@SUM`, `+cmd` and `-2+3` cells are plain text, never evaluated."""
    lines = list(read_ledger(CORPUS / "formula-ledger.csv"))
    assert lines[0].description.startswith("=HYPERLINK(")
    assert lines[0].supplier == "@SUM(A1:A9)"
    assert lines[1].description.startswith("+cmd|")
    assert lines[1].supplier == "-2+3"


def test_corpus_files_are_left_untouched(capsys: pytest.CaptureFixture[str]) -> None:
    """No CLI run on the corpus modifies a corpus file or leaves a file beside it."""
    before = {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in CORPUS.iterdir()}
    for name in PROFILES:
        run_cli(capsys, "validate", str(CORPUS / name))
    run_cli(capsys, "ledger", str(CORPUS / "formula-ledger.csv"), "-f", "csv")
    after = {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in CORPUS.iterdir()}
    assert after == before


def test_corpus_copy_is_unchanged_by_failing_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A failing `check --output` leaves no output and no temporary file in its folder."""
    for name in PROFILES:
        shutil.copy(CORPUS / name, tmp_path / name)
    output = tmp_path / "report.json"
    for name in PROFILES:
        code, _, _ = run_cli(capsys, "check", str(tmp_path / name), "-f", "json", "-o", str(output))
        assert code == cli.EXIT_INVALID
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(PROFILES)
