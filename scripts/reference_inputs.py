"""The pinned inputs of `build_reference_data.py`: which file holds which vintage, how to read it.

Every input lives in one cache folder, checked against the SHA-256 pinned here before it is read,
so a build is reproducible offline. `fill_cache` fetches the npm tarballs that are missing; the
other inputs come from the package's git sources and must be put there by hand (scripts/README.md).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import subprocess
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

PACKAGE_NAME = "@etalab/decoupage-administratif"


class BuildError(Exception):
    """The inputs are not what this script knows how to derive from."""


@dataclass(frozen=True, slots=True)
class Vintage:
    """The figures in force from 1 January `year`, and the package versions that carry them.

    `epci_version`'s epci.json carries the DGCL file of `year` (perimeters of 1 January `year`,
    population totale and municipale of millésime `year - 3` per EPCI and per member);
    `communes_version`'s communes.json lists the communes of that year's COG and, when
    `pmun_checked`, carries the same millésime's population municipale (checked in the build).
    """

    year: int
    epci_version: str | None
    communes_version: str
    pmun_checked: bool


# Which version carries which vintage was read from the data, not from the READMEs, which lag:
# Metz (57463) population totale / municipale in each version's epci.json members:
#   1.0.0-1.1.1 118,422 / 116,581 (DGCL file columns ptot_2021/pmun_2021, see epcicom2021.xlsx);
#   2.0.0-2.3.1 120,335 / 118,489; 3.0.0-3.1.1 122,036 / 120,211; 4.0.0-4.1.0 122,714 / 120,874;
#   5.0.0-6.0.0 123,532 / 121,695 (6.0.0's epci.json is byte-identical to 5.0.1's: the 2025 file,
#   although its README cites epcicom2026). communes.json `population` (municipale) leads by one
#   version: 118,489 in 1.x-2.2.1, 120,211 in 2.3.1-3.1.1, 120,874 in 4.0.0, 121,695 in
#   4.1.0-5.2.0, 122,572 in 5.3.0-6.0.0. The build checks each pairing on every member commune.
# 5.0.0 is not used: its epci.json has a bogus EPCI with code "undefined" (5.0.1 fixed it).
# Communes lacking a population: 4.0.0 (60694, 85165, 85212) and 5.x (12218, 14581, ...), not used
# for municipale figures.
VINTAGES = (
    Vintage(2021, "1.1.1", "1.1.1", pmun_checked=False),
    Vintage(2022, "2.3.1", "2.2.1", pmun_checked=True),
    Vintage(2023, "3.1.1", "3.1.1", pmun_checked=True),
    Vintage(2024, "4.1.0", "4.0.0", pmun_checked=True),
    Vintage(2025, "6.0.0", "4.1.0", pmun_checked=True),
    # 2026: communes only (no DGCL 2026 file in any version); population totale from INSEE's
    # donnees_communes.csv millésime 2023, population municipale from 6.0.0's communes.json.
    Vintage(2026, None, "6.0.0", pmun_checked=True),
)
IDENTITY_VERSION = "6.0.0"  # current communes, SIREN, names, former codes (COG 2026)
LATEST_YEAR = 2026
LATEST_MILLESIME = 2023

TARBALL_SHA256 = {
    "1.1.1": "db6e7c433ee675de314aa19bfc4faf796451342960ed2c1b42fda0f458a97e23",
    "2.2.1": "e1073142385fe493c554831caef009508b76766f6b90eb3ffcd735425c1dc120",
    "2.3.1": "d7f2a6915af27a719eeb6eb6581d9a645849b5b23e5c97fa5aa2931eb3552d1f",
    "3.1.1": "225079c8cd185379fd494993e99fe712523e2f16e4a1170d8391a76a304e7073",
    "4.0.0": "745829aaea59a342dd457e569e4defc072b9b4f4898412fd90256273950e082f",
    "4.1.0": "318f0cfc0c1f9d8113b272bf3cefb8f207f23f73026ee5932215f5d80d7a0f2a",
    "6.0.0": "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a",
}
# Optional cross-check of the 2021 members: the DGCL file in the package's git sources at tag
# v1.1.1 (`git show v1.1.1:sources/epcicom.xlsx`), columns ptot_2021 / pmun_2021.
EPCICOM_2021 = (
    "epcicom2021.xlsx",
    "db25080c176be6a9f4b71239bab4b9bcd7c6a4d896a6bc0740d367fb2b4a25d8",
)
# 2026 population totale: INSEE's donnees_communes.csv millésime 2023 (git tag v6.0.0,
# sources/donnees_communes.csv), or, failing it, the `insee_ptot` rows of the format-1 data file
# this project shipped before (built from that very CSV), kept as a cache input.
DONNEES_COMMUNES_2023 = (
    "donnees_communes-2023.csv",
    "ccfe782e04ebde04a1706214157b288a0d055eb3ab913ff9f7bab5a3571f67ab",
)
PREVIOUS_BUNDLE = (
    "bodies-format1-6.0.0.json.gz",
    "39dcfa874ffc1f23f6d1cec67538995139fd43ba24e373b0d47ef4acd379bc29",
)


def tarball_name(version: str) -> str:
    """The file name `npm pack` gives the package's tarball."""
    return f"etalab-decoupage-administratif-{version}.tgz"


def fill_cache(cache: Path) -> None:
    """Run `npm pack` for every pinned version missing from the cache."""
    cache.mkdir(parents=True, exist_ok=True)
    for version in TARBALL_SHA256:
        if (cache / tarball_name(version)).exists():
            continue
        with tempfile.TemporaryDirectory() as scratch:
            subprocess.run(  # noqa: S603 - fixed arguments, no shell
                ["npm", "pack", f"{PACKAGE_NAME}@{version}", "--pack-destination", scratch],  # noqa: S607
                check=True,
                capture_output=True,
            )
            (Path(scratch) / tarball_name(version)).rename(cache / tarball_name(version))


def checked(path: Path, expected: str) -> bytes:
    """Read a cache file, failing unless its SHA-256 is the pinned one."""
    if not path.exists():
        msg = f"{path}: missing from the cache (see scripts/README.md)"
        raise BuildError(msg)
    data = path.read_bytes()
    found = hashlib.sha256(data).hexdigest()
    if found != expected:
        msg = f"{path}: SHA-256 {found}, expected {expected}"
        raise BuildError(msg)
    return data


class Package:
    """The JSON files of one pinned package version, read from its checked tarball."""

    def __init__(self, cache: Path, version: str) -> None:
        """Open the tarball once; files are decoded on demand and kept."""
        self.version = version
        self._raw = checked(cache / tarball_name(version), TARBALL_SHA256[version])
        self._files: dict[str, Any] = {}

    def json(self, name: str) -> Any:  # noqa: ANN401 - decoded JSON
        """Return `package/data/<name>.json` decoded."""
        if name not in self._files:
            with tarfile.open(fileobj=io.BytesIO(self._raw)) as archive:
                member = archive.extractfile(f"package/data/{name}.json")
                if member is None:
                    msg = f"{self.version}: no data/{name}.json"
                    raise BuildError(msg)
                self._files[name] = json.loads(member.read())
        return self._files[name]


def read_epcicom_xlsx(data: bytes) -> dict[str, tuple[int, int]]:
    """Read the DGCL epcicom sheet into member INSEE code -> (ptot, pmun) of its year."""
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
        # The file's SHA-256 is checked before it is parsed: no untrusted XML reaches here.
        strings_root = ET.fromstring(book.read("xl/sharedStrings.xml"))  # noqa: S314
        strings = ["".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")) for si in strings_root]
        sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))  # noqa: S314
    rows: list[dict[str, str]] = []
    for row in sheet.iter(f"{{{ns['m']}}}row"):
        cells: dict[str, str] = {}
        for cell in row.iter(f"{{{ns['m']}}}c"):
            value = cell.find("m:v", ns)
            text = value.text if value is not None and value.text is not None else ""
            column = re.sub(r"\d", "", cell.get("r", ""))
            cells[column] = strings[int(text)] if cell.get("t") == "s" else text
        rows.append(cells)
    header = {value: column for column, value in rows[0].items()}
    ptot, pmun = (name for name in header if re.fullmatch(r"p(tot|mun)_\d{4}", name))
    return {
        row[header["insee"]].zfill(5): (
            int(float(row[header[ptot]])),
            int(float(row[header[pmun]])),
        )
        for row in rows[1:]
        if row.get(header["insee"])
    }


def read_populations_totales_2026(cache: Path) -> tuple[dict[str, int], str, str]:
    """Return code -> population totale of millésime 2023, the file used and its SHA-256."""
    csv_name, csv_sha = DONNEES_COMMUNES_2023
    if (cache / csv_name).exists():
        text = checked(cache / csv_name, csv_sha).decode("utf-8")
        rows = csv.DictReader(io.StringIO(text), delimiter=";")
        return {row["COM"]: int(row["PTOT"].replace(" ", "")) for row in rows}, csv_name, csv_sha
    bundle_name, bundle_sha = PREVIOUS_BUNDLE
    previous = json.loads(gzip.decompress(checked(cache / bundle_name, bundle_sha)))
    columns = previous["communes_columns"]
    code, population, source = (
        columns.index(name) for name in ("insee_code", "population", "population_source")
    )
    figures = {
        row[code]: row[population] for row in previous["communes"] if row[source] == "insee_ptot"
    }
    return figures, bundle_name, bundle_sha
