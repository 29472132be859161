"""The PDF report, printed from the HTML by WeasyPrint (the optional `pdf` extra)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from datetime import date
from pathlib import Path

import pytest

from reen_compliance.cli.common import main
from reen_compliance.formats.profile import Status
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


# The example as of 24 November 2026 has 9 non-compliant findings and prints on 22 pages (39 before
# issue 14): the bound is 1.5 pages per non-compliant finding plus 12 pages for the rest (title,
# verdict, actions, checklist, deadlines, the settled findings, the receipt).
PAGES_PER_BREACH = 1.5
FIXED_PAGES = 12


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} (poppler-utils) not installed: PDF not inspected")
    return found


@pytest.fixture(scope="module", params=["fr", "en"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example's PDF as of 24 November 2026, in each language."""
    from reen_compliance.report.html import render_pdf  # noqa: PLC0415

    path = tmp_path_factory.mktemp("pdf") / f"report-{request.param}.pdf"
    path.write_bytes(render_pdf(example_report(request.param, as_of=LATE)))
    return path


LATE = date(2026, 11, 24)


def _pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(  # noqa: S603 - a fixed local tool on a file we wrote
        [_tool("pdfinfo"), str(path)], capture_output=True, check=True, text=True
    ).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def _text(path: Path, *pages: int) -> str:
    first_last = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return subprocess.run(  # noqa: S603 - a fixed local tool on a file we wrote
        [_tool("pdftotext"), *first_last, str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout


def test_pdf_is_tagged_with_a_bounded_page_count(printed: Path) -> None:
    """The PDF is tagged (PDF/UA) and at most 1.5 pages per breach plus a fixed overhead."""
    info = _pdfinfo(printed)
    assert info["Tagged"] == "yes"
    breaches = example_report(as_of=LATE).summary[Status.NON_COMPLIANT]
    assert breaches == 7
    assert int(info["Pages"]) <= PAGES_PER_BREACH * breaches + FIXED_PAGES


def test_pdf_pages_are_numbered_under_a_running_header(printed: Path) -> None:
    """Every page says the body and the date on top and « Page n sur N » at the foot."""
    pages = int(_pdfinfo(printed)["Pages"])
    french = printed.name.endswith("fr.pdf")
    for number in (1, pages):
        text = " ".join(_text(printed, number).split())
        assert "Ville d'Exemple" in text
        assert ("24 novembre 2026" if french else "24 November 2026") in text
        word = f"Page {number} sur {pages}" if french else f"Page {number} of {pages}"
        assert word in text


def test_pdf_text_comes_in_reading_order(printed: Path) -> None:
    """Verdict, actions, data to collect, deadlines, findings, receipt: in this order."""
    french = printed.name.endswith("fr.pdf")
    text = " ".join(_text(printed).split())
    headings = (
        (
            "obligations non respectées",
            "Actions à mener",
            "Données à réunir",
            "Prochaines échéances",
            "Constatations",
            "Reçu de reproductibilité",
        )
        if french
        else (
            "obligations breached",
            "Actions to take",
            "Data to collect",
            "Next deadlines",
            "Findings",
            "Reproducibility receipt",
        )
    )
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)


def test_pdf_declares_the_document_language(printed: Path) -> None:
    """The catalogue names the language of the page (`/Lang`), as PDF/UA requires."""
    lang = "fr" if printed.name.endswith("fr.pdf") else "en"
    data = printed.read_bytes()
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL)
    readable = [data]
    for stream in streams:
        try:
            readable.append(zlib.decompress(stream))
        except zlib.error:
            continue  # not a Flate stream (an image, a font)
    assert any(f"/Lang ({lang})".encode() in part for part in readable)
