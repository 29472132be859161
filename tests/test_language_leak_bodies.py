"""Language leaks on real bodies: the starter profile `init` writes for each, checked in every format.

The golden outputs cover the bundled example, whose data is complete; a real body's first
report is mostly « données insuffisantes », applicability and population lines that the
example never prints. Bodies of every kind are taken from the bundled reference data (a small
commune, a prefecture, a commune of Corsica, an overseas commune, Paris, a métropole, an
agglomeration community, a community of communes) and checked before and after the thresholds'
dates, in French and English.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reen_compliance.cli.common import main
from test_language_leak import Lang, golden_prose, leaks

BODIES = (
    ("--insee", "01001"),
    ("--insee", "57463"),
    ("--insee", "2A004"),
    ("--insee", "97411"),
    ("--insee", "75056"),
    ("--siren", "200046977"),
    ("--siren", "245400676"),
    ("--siren", "200054781"),
)
DAYS = ("2023-03-01", "2026-12-01")
FORMATS = ("text", "markdown", "json")


@pytest.fixture(scope="module")
def starter_profiles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The starter profile of each body, as `init` writes it in French."""
    folder = tmp_path_factory.mktemp("starters")
    written = {}
    for option, code in BODIES:
        path = folder / f"{code}.yaml"
        assert main(["init", option, code, "--output", str(path)]) == 0
        written[code] = path
    return written


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("code", [code for _, code in BODIES])
def test_a_real_body_report_speaks_one_language(
    code: str,
    lang: Lang,
    starter_profiles: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Every format of a real body's first report holds no word or token of the other language."""
    path = starter_profiles[code]
    name = yaml.safe_load(path.read_text(encoding="utf-8"))["collectivity"]["name"]
    found: set[tuple[str, str, str]] = set()
    for day in DAYS:
        for fmt in FORMATS:
            main(["check", str(path), "--as-of", day, "--lang", lang, "-f", fmt])
            output = tmp_path / f"check-{lang}.{fmt}"  # read as the golden outputs are read
            output.write_text(capsys.readouterr().out, encoding="utf-8")
            for line in (ln.replace(name, " ") for ln in golden_prose(output, lang)):
                found.update((fmt, leak, line.strip()[:140]) for leak in leaks(line, lang))
    assert sorted(found) == []
