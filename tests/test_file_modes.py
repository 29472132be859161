"""Output files get the umask's mode, as any program's would, and an overwritten file keeps its own."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reen_compliance.cli import common as cli
from reen_compliance.files import output

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ville-exemple.yaml"


@pytest.fixture
def umask() -> Iterator[None]:
    """Run the test under umask 027, then put the previous umask back."""
    previous = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    """The permission bits of `path`."""
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask")
def test_a_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    """A new output is 0666 less the umask (0640 under 027), not a temporary file's 0600."""
    target = tmp_path / "report.json"
    output.write_atomically(target, "{}")
    assert mode(target) == 0o640


@pytest.mark.usefixtures("umask")
def test_an_overwritten_file_keeps_its_mode(tmp_path: Path) -> None:
    """Rewriting a 0644 file (more open than the umask) leaves it 0644, content replaced."""
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    output.write_chunks_atomically(target, (b"n", b"ew"))
    assert (mode(target), target.read_text(encoding="utf-8")) == (0o644, "new")


def test_the_umask_is_read_without_proc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where /proc is missing, the umask is read by setting it and put back unchanged."""
    previous = os.umask(0o077)
    try:
        real_read = Path.read_text

        def no_proc(self: Path, *args: object, **kwargs: object) -> str:
            if str(self).startswith("/proc/"):
                raise OSError(2, "No such file")
            return real_read(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "read_text", no_proc)
        assert output.current_umask() == 0o077
        output.write_atomically(tmp_path / "x.txt", "x")
        assert mode(tmp_path / "x.txt") == 0o600
        assert os.umask(0o077) == 0o077
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("umask")
def test_check_output_file_gets_the_umask_mode(tmp_path: Path) -> None:
    """`check -o` writes the report with the umask's mode."""
    target = tmp_path / "rapport.json"
    cli.main(["check", str(EXAMPLE), "--as-of", "2025-06-01", "-f", "json", "-o", str(target)])
    assert mode(target) == 0o640


@pytest.mark.usefixtures("umask")
def test_batch_reports_get_the_umask_mode_and_keep_their_own(tmp_path: Path) -> None:
    """A batch's reports are new 0640 files; run again, a report made 0644 stays 0644."""
    folder = tmp_path / "rapports"
    argv = ["check", str(EXAMPLE), str(EXAMPLE), "--as-of", "2025-06-01", "--jobs", "1"]
    argv += ["--output-dir", str(folder), "--summary", "-o", str(tmp_path / "synthese.txt")]
    cli.main(argv)
    reports = sorted(folder.iterdir())
    assert [mode(report) for report in reports] == [0o640, 0o640]
    assert mode(tmp_path / "synthese.txt") == 0o640
    reports[0].chmod(0o644)
    cli.main(argv)
    assert [mode(report) for report in sorted(folder.iterdir())] == [0o644, 0o640]
