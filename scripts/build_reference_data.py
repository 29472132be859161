"""Derive the bundled reference data (communes, EPCI à fiscalité propre) from official sources.

Inputs:

- the npm package `@etalab/decoupage-administratif` (pinned version, see PINNED_VERSION), unpacked,
  or fetched with `npm pack` when `--fetch` is given;
- optionally, INSEE's populations légales file `donnees_communes.csv` (columns `COM`, `PMUN`,
  `PTOT`), which carries the population totale the law uses; the package itself carries only the
  population municipale for communes, and the population totale of the previous vintage through
  the DGCL EPCI file.

The output is deterministic: the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

PACKAGE_NAME = "@etalab/decoupage-administratif"
PINNED_VERSION = "6.0.0"
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "src/reen_compliance/data/reference"
DATA_FORMAT = 1

# Facts about each supported package version that its JSON files do not state, with evidence.
# 6.0.0 (published 2026-03-09):
# - communes.json `population` is the population municipale (`PMUN`) of INSEE's
#   `donnees_communes.csv` (build/index.js: `commune.population = ...populationMunicipale`;
#   build/population.js reads only `PMUN`); that file was replaced by the commit
#   "Update pop 2023 and EPT to 2025" (2026-01-19, v5.3.0) and is unchanged in 6.0.0:
#   populations légales millésime 2023, in force from 1 January 2026.
# - epci.json comes from the DGCL file `sources/epcicom.xlsx`, last replaced on 2025-03-04
#   ("Update code for COG 2025"), whose population columns are `ptot_2025` / `pmun_2025`
#   (population in force in 2025 = populations légales millésime 2022). The 6.0.0 README cites
#   epcicom2026.xlsx, but the 2026 update commit did not touch that file and epci.json is identical
#   to 5.3.0's: the EPCI perimeters are those of 1 January 2025.
PACKAGE_FACTS: dict[str, dict[str, Any]] = {
    "6.0.0": {
        "commune_pmun_year": 2023,
        "commune_pmun_applies_from": "2026-01-01",
        "dgcl_population_year": 2022,
        "dgcl_applies_from": "2025-01-01",
        "dgcl_file": "DGCL, liste et composition des EPCI à fiscalité propre, epcicom2025",
        "epci_perimeter_as_of": "2025-01-01",
        # Mayotte: the package's README cites "population Mayotte INSEE 2017", and the DGCL file's
        # pmun_2025 equals that figure for each of its communes (checked in `build`).
        "mayotte_population_year": 2017,
    },
}
MAYOTTE = "976"

EPCI_CATEGORIES = {
    "METRO": "metropole",
    "CU": "communaute_urbaine",
    "CA": "communaute_agglomeration",
    "CC": "communaute_communes",
    "MET69": "metropole_de_lyon",
}
INSEE_CODE = re.compile(r"\d{5}|2[AB]\d{3}")
SIREN = re.compile(r"\d{9}")
LICENCE = "Licence Ouverte / Open Licence version 2.0 (Etalab)"


class BuildError(Exception):
    """The inputs are not what this script knows how to derive from."""


def fetch_package(version: str, into: Path) -> Path:
    """Run `npm pack` for the pinned version and unpack it; return the package folder."""
    subprocess.run(  # noqa: S603 - fixed arguments, no shell
        ["npm", "pack", f"{PACKAGE_NAME}@{version}", "--pack-destination", str(into)],  # noqa: S607
        check=True,
        capture_output=True,
    )
    (tarball,) = into.glob("*.tgz")
    with tarfile.open(tarball) as archive:
        archive.extractall(into, filter="data")
    return into / "package"


def sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file, recorded so that a build can be checked."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_populations_legales(path: Path) -> dict[str, tuple[int, int]]:
    """Read INSEE's `donnees_communes.csv` into code -> (population municipale, totale)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter=";")
        return {
            row["COM"]: (int(row["PMUN"].replace(" ", "")), int(row["PTOT"].replace(" ", "")))
            for row in rows
        }


def population_sources(
    facts: dict[str, Any], version: str, pl_year: int | None
) -> dict[str, dict[str, Any]]:
    """Describe each population figure the data may use, keyed by a short id."""
    sources: dict[str, dict[str, Any]] = {
        "dgcl_ptot": {
            "measure": "population_totale",
            "year": facts["dgcl_population_year"],
            "applies_from": facts["dgcl_applies_from"],
            "source": (
                f"population totale INSEE millésime {facts['dgcl_population_year']} "
                f"(en vigueur au {facts['dgcl_applies_from']}), {facts['dgcl_file']}, "
                f"via {PACKAGE_NAME} {version}"
            ),
        },
        "dgcl_ptot_mayotte": {
            "measure": "population_totale",
            "year": facts["mayotte_population_year"],
            "applies_from": facts["dgcl_applies_from"],
            "source": (
                f"population totale INSEE, recensement de Mayotte "
                f"{facts['mayotte_population_year']}, en vigueur en "
                f"{facts['dgcl_applies_from'][:4]} selon {facts['dgcl_file']}, "
                f"via {PACKAGE_NAME} {version}"
            ),
        },
        "pkg_pmun": {
            "measure": "population_municipale",
            "year": facts["commune_pmun_year"],
            "applies_from": facts["commune_pmun_applies_from"],
            "source": (
                f"population municipale INSEE millésime {facts['commune_pmun_year']}, "
                f"via {PACKAGE_NAME} {version}"
            ),
        },
    }
    if pl_year is not None:
        sources["insee_ptot"] = {
            "measure": "population_totale",
            "year": pl_year,
            "applies_from": f"{pl_year + 3}-01-01",
            "source": (
                f"population totale INSEE, populations légales millésime {pl_year} "
                f"(en vigueur au {pl_year + 3}-01-01), fichier donnees_communes.csv"
            ),
        }
    return sources


def check_same_vintage(
    raw_communes: list[dict[str, Any]], legal: dict[str, tuple[int, int]]
) -> None:
    """Fail unless the package's population municipale equals the CSV's for every commune."""
    for raw in raw_communes:
        code = raw["code"]
        if code in legal and "population" in raw and raw["population"] != legal[code][0]:
            msg = f"{code}: package PMUN {raw['population']} != CSV PMUN {legal[code][0]}"
            raise BuildError(msg)


def derive_epcis(
    raw_epcis: list[dict[str, Any]], package_pmun: dict[str, int | None]
) -> tuple[list[list[Any]], dict[str, str], dict[str, tuple[int, str]]]:
    """Return EPCI rows, commune -> EPCI SIREN, and commune -> (DGCL population totale, source)."""
    epci_of: dict[str, str] = {}
    dgcl_total: dict[str, tuple[int, str]] = {}
    epcis = []
    for raw in raw_epcis:
        siren = raw["code"]
        members = sorted(member["code"] for member in raw["membres"])
        for member in raw["membres"]:
            code = member["code"]
            epci_of[code] = siren
            source = "dgcl_ptot"
            if code.startswith(MAYOTTE):
                if member["populationMunicipale"] != package_pmun.get(code):
                    msg = f"{code}: DGCL municipale is not the package's Mayotte census figure"
                    raise BuildError(msg)
                source = "dgcl_ptot_mayotte"
            dgcl_total[code] = (member["populationTotale"], source)
        members_total = sum(member["populationTotale"] for member in raw["membres"])
        if not SIREN.fullmatch(siren) or members_total != raw["populationTotale"]:
            msg = f"EPCI {siren}: malformed SIREN or population not the sum of its members"
            raise BuildError(msg)
        in_mayotte = {code.startswith(MAYOTTE) for code in members}
        if len(in_mayotte) != 1:
            msg = f"EPCI {siren} mixes Mayotte and other communes: its vintage is not one"
            raise BuildError(msg)
        source = "dgcl_ptot_mayotte" if in_mayotte.pop() else "dgcl_ptot"
        category = EPCI_CATEGORIES[raw["type"]]
        epcis.append([siren, raw["nom"], category, raw["populationTotale"], source, members])
    return epcis, epci_of, dgcl_total


def derive_communes(
    raw_communes: list[dict[str, Any]],
    legal: dict[str, tuple[int, int]],
    epci_of: dict[str, str],
    dgcl_total: dict[str, tuple[int, str]],
) -> list[list[Any]]:
    """Return commune rows, each with the best population figure available and its source.

    Preference: INSEE population totale (CSV), then the DGCL population totale of the previous
    vintage, then the package's population municipale.
    """
    communes = []
    for raw in raw_communes:
        # Only current communes of metropolitan France and the DROM: the package's `com` zone
        # mixes COM communes, collectivités and TAAF districts, none with a SIREN in the package.
        if raw["type"] != "commune-actuelle" or raw["zone"] == "com":
            continue
        code = raw["code"]
        if not INSEE_CODE.fullmatch(code) or not SIREN.fullmatch(raw.get("siren", "")):
            msg = f"commune {code}: malformed INSEE code or SIREN {raw.get('siren')!r}"
            raise BuildError(msg)
        if code in legal:
            population, source = legal[code][1], "insee_ptot"
        elif code in dgcl_total:
            population, source = dgcl_total[code]
        else:
            population, source = raw["population"], "pkg_pmun"
        row = [code, raw["siren"], raw["nom"], raw["departement"], population, source]
        communes.append([*row, epci_of.get(code)])
    known = {row[0] for row in communes}
    missing = sorted(code for code in epci_of if code not in known)
    if missing:
        msg = f"EPCI members that are not current communes: {missing[:10]}"
        raise BuildError(msg)
    return communes


def build(package: Path, populations_legales: Path | None, pl_year: int | None) -> dict[str, Any]:
    """Return the compact data as one JSON-ready mapping."""
    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    facts = PACKAGE_FACTS.get(version)
    if facts is None:
        msg = f"no documented facts for package version {version}; supported: {list(PACKAGE_FACTS)}"
        raise BuildError(msg)
    raw_communes = json.loads((package / "data/communes.json").read_text(encoding="utf-8"))
    raw_epcis = json.loads((package / "data/epci.json").read_text(encoding="utf-8"))
    legal = read_populations_legales(populations_legales) if populations_legales else {}
    if legal and facts["commune_pmun_year"] == pl_year:
        check_same_vintage(raw_communes, legal)
    package_pmun = {
        raw["code"]: raw.get("population")
        for raw in raw_communes
        if raw["type"] == "commune-actuelle"
    }
    epcis, epci_of, dgcl_total = derive_epcis(raw_epcis, package_pmun)
    communes = derive_communes(raw_communes, legal, epci_of, dgcl_total)

    sources = population_sources(facts, version, pl_year if legal else None)
    used = {row[5] for row in communes} | {row[4] for row in epcis}
    primary = "insee_ptot" if legal else "dgcl_ptot"
    inputs = {
        "communes.json": sha256(package / "data/communes.json"),
        "epci.json": sha256(package / "data/epci.json"),
    }
    if populations_legales:
        inputs["donnees_communes.csv"] = sha256(populations_legales)
    return {
        "format": DATA_FORMAT,
        "vintage": {
            "source": f"npm {PACKAGE_NAME}",
            "package_version": version,
            "population_year": sources[primary]["year"],
            "applies_from": sources[primary]["applies_from"],
            "population_measure": sources[primary]["measure"],
            "epci_perimeter_as_of": facts["epci_perimeter_as_of"],
            "licence": LICENCE,
            "attribution": (
                "INSEE (Code officiel géographique, populations légales) et DGCL (liste et "
                f"composition des EPCI à fiscalité propre), via {PACKAGE_NAME} {version} (Etalab)"
            ),
            "inputs_sha256": inputs,
        },
        "population_sources": {key: sources[key] for key in sorted(used)},
        "communes_columns": [
            "insee_code",
            "siren",
            "name",
            "departement",
            "population",
            "population_source",
            "epci_siren",
        ],
        "communes": sorted(communes),
        "epcis_columns": [
            "siren",
            "name",
            "epci_category",
            "population",
            "population_source",
            "members",
        ],
        "epcis": sorted(epcis),
    }


def write_gzip_json(data: dict[str, Any], path: Path) -> None:
    """Write gzipped JSON with no timestamp or file name, so rebuilding is byte-identical."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as out:
        out.write(text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, build and write `bodies.json.gz`; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--package", type=Path, help="unpacked npm package folder")
    where.add_argument("--fetch", action="store_true", help=f"npm pack {PINNED_VERSION} first")
    parser.add_argument(
        "--populations-legales",
        type=Path,
        help="INSEE donnees_communes.csv (population totale per commune)",
    )
    parser.add_argument(
        "--populations-legales-year",
        type=int,
        help="millésime of that file, e.g. 2023 (in force 1 January year + 3)",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    if (args.populations_legales is None) != (args.populations_legales_year is None):
        parser.error("--populations-legales and --populations-legales-year go together")
    with tempfile.TemporaryDirectory() as scratch:
        package = fetch_package(PINNED_VERSION, Path(scratch)) if args.fetch else args.package
        try:
            data = build(package, args.populations_legales, args.populations_legales_year)
        except BuildError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    args.output.mkdir(parents=True, exist_ok=True)
    target = args.output / "bodies.json.gz"
    write_gzip_json(data, target)
    print(f"{target}: {len(data['communes'])} communes, {len(data['epcis'])} EPCI")
    return 0


if __name__ == "__main__":
    sys.exit(main())
