"""The PDF report, printed from the HTML by WeasyPrint (the optional `pdf` extra)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reen_compliance.cli import main
from reports_helpers import EXAMPLE, example_report

try:
    import weasyprint  # noqa: F401
except (ImportError, OSError) as error:  # OSError: installed without pango
    pytest.skip(f"WeasyPrint unusable here, PDF not tested: {error}", allow_module_level=True)


def test_pdf_bytes_carry_the_findings(tmp_path: Path) -> None:
    """`check --format pdf --output` writes a PDF whose text holds a finding's title."""
    target = tmp_path / "report.pdf"
    code = main(
        ["check", str(EXAMPLE), "--as-of", "2025-06-01", "--format", "pdf", "--output", str(target)]
    )
    assert code == 1
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) not installed: PDF text not checked")
    text = subprocess.run(  # noqa: S603 - a fixed local tool on a file we wrote
        [pdftotext, "-layout", str(target), "-"], capture_output=True, check=True, text=True
    ).stdout
    title = example_report().findings[0].title
    assert " ".join(title.split()[:4]) in " ".join(text.split())
