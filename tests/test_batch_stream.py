"""The streaming batch: compact rows, chunks for workers, same outputs serial and parallel."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reen_compliance.cli.check_batch import chunks
from reen_compliance.cli.common import main
from reen_compliance.report.summary import Outcome, body_row, summarize, summarize_rows
from reports_helpers import EXAMPLE, example_report

AS_OF = ["--as-of", "2025-06-01"]


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """Nine copies of the example and one broken profile, two sharing a stem."""
    folder = tmp_path / "profiles"
    folder.mkdir()
    for index in range(9):
        shutil.copy(EXAMPLE, folder / f"p{index}.yaml")
    shutil.copy(EXAMPLE, folder / "p0.yml")
    (folder / "q-broken.yaml").write_text("collectivity: [\n", encoding="utf-8")
    return folder


def test_compact_rows_summarise_like_full_reports() -> None:
    """The summary built from compact rows equals the one built from the reports."""
    outcomes = [Outcome("a.yaml", example_report()), Outcome("b.yaml", problems="bad")]
    assert summarize_rows([body_row(o) for o in outcomes]) == summarize(outcomes)


def test_chunks_keep_every_path_once_in_input_order() -> None:
    """Cut into chunks, the paths come back whole, in order, several chunks per worker."""
    paths = [f"p{index}" for index in range(1000)]
    cut = chunks(paths, 2)
    assert [path for chunk in cut for _, path in chunk] == paths
    assert len(cut) >= 16
    assert max(len(chunk) for chunk in cut) <= 32


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "junit", "text"])
def test_two_workers_print_what_one_prints(
    many: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every summary format is the same, byte for byte, with one or two workers."""
    assert main(["check", str(many), *AS_OF, "--summary", "-f", fmt, "-j", "1"]) == 2
    serial = capsys.readouterr()
    assert main(["check", str(many), *AS_OF, "--summary", "-f", fmt, "-j", "2"]) == 2
    parallel = capsys.readouterr()
    assert parallel.out == serial.out
    assert sorted(parallel.err.splitlines()) == sorted(serial.err.splitlines())


def test_workers_write_reports_and_leave_no_partial_file(
    many: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With two workers every valid profile has its report, named as before, nothing else."""
    out = tmp_path / "out"
    jsonl = tmp_path / "all.jsonl"
    options = ["-f", "jsonl", "-o", str(jsonl), "-j", "2", "--output-dir", str(out)]
    code = main(["check", str(many), *AS_OF, *options])
    assert code == 2
    names = sorted(path.name for path in out.iterdir())
    assert names == sorted(
        ["p0.report.json", "p0-2.report.json", *(f"p{i}.report.json" for i in range(1, 9))]
    )
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 11
    capsys.readouterr()
