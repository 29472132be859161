"""Derive the bundled reference data (communes, EPCI à fiscalité propre) from official sources.

For every year since 2021 it records the population in force from 1 January of that year, per
commune and per EPCI, with the source of each figure, and each year's EPCI perimeters. Inputs
(pinned and checksummed in `reference_inputs.py`) are read from a cache folder, so a build is
reproducible offline; `--fetch` first fills the cache with `npm pack`.

The output is deterministic: the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

from reference_inputs import (
    EPCICOM_2021,
    IDENTITY_VERSION,
    LATEST_MILLESIME,
    PACKAGE_NAME,
    TARBALL_SHA256,
    VINTAGES,
    BuildError,
    Package,
    Vintage,
    checked,
    fill_cache,
    read_epcicom_xlsx,
    read_populations_totales_2026,
    tarball_name,
)

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "src/reen_compliance/data/reference"
DATA_FORMAT = 2
MAYOTTE = "976"
MAYOTTE_CENSUS = 2017
MIN_PMUN_AGREEMENT = 0.99  # members whose DGCL municipale equals communes.json's, per vintage
EPCI_CATEGORIES = {
    "METRO": "metropole",
    "CU": "communaute_urbaine",
    "CA": "communaute_agglomeration",
    "CC": "communaute_communes",
    "MET69": "metropole_de_lyon",
}
INSEE_CODE = re.compile(r"\d{5}|2[AB]\d{3}")
SIREN = re.compile(r"\d{9}")
OUTSIDE_SCOPE = ("975", "977", "978", "98")  # COM, TAAF, Clipperton: no vintage established
LICENCE = "Licence Ouverte / Open Licence version 2.0 (Etalab)"
TOTALE, MUNICIPALE = "population_totale", "population_municipale"


def in_scope(raw: dict[str, Any]) -> bool:
    """A current commune of metropolitan France or the DROM (1.x has no `zone`)."""
    return (
        raw["type"] == "commune-actuelle"
        and raw.get("zone") != "com"
        and "collectiviteOutremer" not in raw
        and not raw["code"].startswith(OUTSIDE_SCOPE)
    )


class Sources:
    """The quotable source of each kind of figure, keyed by a short id used in the rows."""

    def __init__(self) -> None:
        """Start empty; `key` adds entries as figures use them."""
        self.entries: dict[str, dict[str, Any]] = {}

    def key(self, key: str, measure: str, year: int, millesime: int | None, text: str) -> str:
        """Register (once) and return the id of a source."""
        self.entries.setdefault(
            key,
            {
                "measure": measure,
                "year": millesime,
                "applies_from": f"{year}-01-01",
                "source": text,
            },
        )
        return key


def dgcl_source(sources: Sources, vintage: Vintage, *, epci: bool, mayotte: bool) -> str:
    """The id of a DGCL figure (an EPCI's total or a member's) of `vintage`."""
    year = vintage.year
    what = "somme des populations totales des communes membres" if epci else "population totale"
    census = (
        f"recensement de Mayotte {MAYOTTE_CENSUS}" if mayotte else f"INSEE millésime {year - 3}"
    )
    text = (
        f"{what} ({census}), en vigueur au 1er janvier {year}, DGCL, liste et composition des EPCI "
        f"à fiscalité propre au 1er janvier {year} (epcicom{year}), fichier epci.json de "
        f"{PACKAGE_NAME} {vintage.epci_version}"
    )
    key = f"{'epci' if epci else 'dgcl'}{year}{'-976' if mayotte else ''}"
    return sources.key(key, TOTALE, year, MAYOTTE_CENSUS if mayotte else year - 3, text)


def pmun_source(sources: Sources, vintage: Vintage, *, mayotte: bool) -> str:
    """The id of a commune's population municipale from communes.json, when no totale is known."""
    year = vintage.year
    census = (
        f"recensement de Mayotte {MAYOTTE_CENSUS}" if mayotte else f"INSEE millésime {year - 3}"
    )
    text = (
        f"population municipale ({census}), en vigueur au 1er janvier {year}, faute de population "
        f"totale dans les sources, fichier communes.json de {PACKAGE_NAME} "
        f"{vintage.communes_version}"
    )
    key = f"pmun{year}{'-976' if mayotte else ''}"
    return sources.key(key, MUNICIPALE, year, MAYOTTE_CENSUS if mayotte else year - 3, text)


def derive_epcis(
    vintage: Vintage, package: Package, sources: Sources
) -> tuple[dict[str, list[Any]], dict[str, tuple[str, dict[str, Any]]]]:
    """Return SIREN -> EPCI series entry, and member code -> (EPCI SIREN, member record)."""
    entries: dict[str, list[Any]] = {}
    members: dict[str, tuple[str, dict[str, Any]]] = {}
    for raw in package.json("epci"):
        siren = raw["code"]
        if not SIREN.fullmatch(siren):
            msg = f"{vintage.epci_version}: EPCI with code {siren!r} (5.0.0's bogus record?)"
            raise BuildError(msg)
        if sum(m["populationTotale"] for m in raw["membres"]) != raw["populationTotale"]:
            msg = f"{vintage.year} EPCI {siren}: population not the sum of its members"
            raise BuildError(msg)
        in_mayotte = {m["code"].startswith(MAYOTTE) for m in raw["membres"]}
        if len(in_mayotte) != 1:
            msg = f"{vintage.year} EPCI {siren} mixes Mayotte and other communes"
            raise BuildError(msg)
        key = dgcl_source(sources, vintage, epci=True, mayotte=in_mayotte.pop())
        category = EPCI_CATEGORIES[raw["type"]]
        entries[siren] = [
            vintage.year,
            raw["nom"],
            category,
            raw["populationTotale"],
            key,
            raw["populationMunicipale"],
        ]
        for member in raw["membres"]:
            if member["code"] in members:
                msg = f"{vintage.year}: commune {member['code']} in two EPCI"
                raise BuildError(msg)
            members[member["code"]] = (siren, member)
    return entries, members


def check_pmun_agreement(
    vintage: Vintage, members: dict[str, tuple[str, dict[str, Any]]], cog: dict[str, Any]
) -> None:
    """Fail unless the DGCL members' municipale equals communes.json's for nearly every commune.

    This is the evidence that both files carry the same millésime; the few differences are
    communes whose territory changed between the two files' geographies.
    """
    both = [code for code in members if cog.get(code, {}).get("population") is not None]
    same = sum(
        1 for code in both if members[code][1]["populationMunicipale"] == cog[code]["population"]
    )
    if not both or same / len(both) < MIN_PMUN_AGREEMENT:
        msg = f"{vintage.year}: DGCL and communes.json municipale agree on {same}/{len(both)}"
        raise BuildError(msg)


def check_2021_members(members: dict[str, tuple[str, dict[str, Any]]], cache: Path) -> str | None:
    """Cross-check the 2021 members against the DGCL file itself, when it is in the cache."""
    name, sha = EPCICOM_2021
    if not (cache / name).exists():
        return None
    dgcl = read_epcicom_xlsx(checked(cache / name, sha))
    for code, (_, member) in members.items():
        if dgcl.get(code) != (member["populationTotale"], member["populationMunicipale"]):
            msg = f"2021 member {code}: epci.json {member} != {name} {dgcl.get(code)}"
            raise BuildError(msg)
    return sha


def commune_entry(  # noqa: PLR0913, PLR0917 - one commune, one year, all its origins
    code: str,
    vintage: Vintage,
    member: tuple[str, dict[str, Any]] | None,
    cog_raw: dict[str, Any] | None,
    totals_2026: dict[str, int],
    sources: Sources,
) -> list[Any]:
    """One year of a commune: `[year, population, source id, municipale, EPCI SIREN, SIREN]`."""
    mayotte = code.startswith(MAYOTTE)
    pmun = cog_raw.get("population") if cog_raw and vintage.pmun_checked else None
    siren = (cog_raw or {}).get("siren")
    if member is not None:
        epci, record = member
        population, pmun = record["populationTotale"], record["populationMunicipale"]
        key: str | None = dgcl_source(sources, vintage, epci=False, mayotte=mayotte)
        siren = record.get("siren") or siren
    elif vintage.epci_version is None and code in totals_2026:
        epci, population = None, totals_2026[code]
        key = sources.key(
            "insee2026",
            TOTALE,
            vintage.year,
            LATEST_MILLESIME,
            f"population totale INSEE, populations légales millésime {LATEST_MILLESIME} "
            f"(en vigueur au 1er janvier {vintage.year}), fichier donnees_communes.csv",
        )
    elif pmun is not None:
        epci, population = None, pmun
        key = pmun_source(sources, vintage, mayotte=mayotte)
    else:
        epci, population, key = None, None, None
    return [vintage.year, population, key, pmun, epci, siren]


def build(cache: Path) -> dict[str, Any]:
    """Return the compact data as one JSON-ready mapping."""
    packages = {version: Package(cache, version) for version in TARBALL_SHA256}
    identity = {
        raw["code"]: raw for raw in packages[IDENTITY_VERSION].json("communes") if in_scope(raw)
    }
    totals_2026, totals_file, totals_sha = read_populations_totales_2026(cache)
    sources = Sources()
    series: dict[str, list[list[Any]]] = {}
    seen: dict[str, tuple[str, str | None, str | None]] = {}  # code -> name, SIREN, département
    epci_series: dict[str, list[list[Any]]] = {}
    inputs = {tarball_name(v): sha for v, sha in sorted(TARBALL_SHA256.items())}
    inputs[totals_file] = totals_sha
    for vintage in VINTAGES:
        cog = {
            r["code"]: r for r in packages[vintage.communes_version].json("communes") if in_scope(r)
        }
        members: dict[str, tuple[str, dict[str, Any]]] = {}
        if vintage.epci_version is not None:
            entries, members = derive_epcis(vintage, packages[vintage.epci_version], sources)
            for siren, entry in entries.items():
                epci_series.setdefault(siren, []).append(entry)
            if vintage.pmun_checked:
                check_pmun_agreement(vintage, members, cog)
            elif (sha := check_2021_members(members, cache)) is not None:
                inputs[EPCICOM_2021[0]] = sha
        # Every commune belongs to an EPCI à fiscalité propre but the island ones (CGCT
        # L. 5210-1-1): in a year with a DGCL file, a commune of communes.json outside it is one
        # of those, or one that the file's later geography shows merged (it is left out).
        listed = set(cog) if not members else {c for c in cog if c in identity} | set(members)
        for code in sorted(listed):
            if not INSEE_CODE.fullmatch(code):
                msg = f"{vintage.year}: malformed INSEE code {code!r}"
                raise BuildError(msg)
            entry = commune_entry(
                code, vintage, members.get(code), cog.get(code), totals_2026, sources
            )
            series.setdefault(code, []).append(entry)
            raw = cog.get(code) or members[code][1]
            seen[code] = (raw["nom"], entry[5], (cog.get(code) or {}).get("departement"))
    check_mayotte(series)
    older = [version for version in TARBALL_SHA256 if version != IDENTITY_VERSION]
    return {
        "format": DATA_FORMAT,
        "meta": {
            "source": f"npm {PACKAGE_NAME}",
            "package_version": IDENTITY_VERSION,
            "licence": LICENCE,
            "attribution": (
                "INSEE (Code officiel géographique, populations légales) et DGCL (liste et "
                f"composition des EPCI à fiscalité propre), via {PACKAGE_NAME} {IDENTITY_VERSION} "
                f"et versions antérieures ({', '.join(older)}) (Etalab)"
            ),
            "inputs_sha256": inputs,
        },
        "vintages": [vintage_row(v, totals_file) for v in VINTAGES],
        "population_sources": dict(sorted(sources.entries.items())),
        "communes_columns": [
            "insee_code", "siren", "name", "departement", "current", "former_codes",
            "merged_into", "series",
        ],
        "series_columns": ["year", "population", "source", "municipale", "epci_siren", "siren"],
        "communes": commune_rows(identity, series, seen),
        "epcis_columns": ["siren", "current", "series"],
        "epci_series_columns": [
            "year", "name", "epci_category", "population", "source", "municipale",
        ],
        "epcis": [
            [siren, rows[-1][0] == max(v.year for v in VINTAGES if v.epci_version), rows]
            for siren, rows in sorted(epci_series.items())
        ],
    }  # fmt: skip


def check_mayotte(series: dict[str, list[list[Any]]]) -> None:
    """Fail unless each Mayotte commune has one municipale figure in every year: the 2017 census."""
    for code, rows in series.items():
        if code.startswith(MAYOTTE) and len({row[3] for row in rows if row[3] is not None}) > 1:
            msg = (
                f"Mayotte {code}: municipale changes across years, not the {MAYOTTE_CENSUS} census"
            )
            raise BuildError(msg)


def commune_rows(
    identity: dict[str, Any],
    series: dict[str, list[list[Any]]],
    seen: dict[str, tuple[str, str | None, str | None]],
) -> list[list[Any]]:
    """Current communes with their former codes; former communes with the code they merged into."""
    merged_into = {
        old: code for code, raw in identity.items() for old in raw.get("anciensCodes", [])
    }
    rows = []
    for code in sorted(set(series) | set(identity)):
        current = identity.get(code)
        if current is not None:
            siren, name, departement = current["siren"], current["nom"], current["departement"]
            former = sorted(set(current.get("anciensCodes", [])) - {code})
        else:
            name, siren, departement = seen[code]
            former = []
        if current is not None and not SIREN.fullmatch(siren or ""):
            msg = f"commune {code}: malformed SIREN {siren!r}"
            raise BuildError(msg)
        rows_of = [[*row[:5], None if row[5] == siren else row[5]] for row in series.get(code, [])]
        rows.append(
            [
                code, siren, name, departement, current is not None, former,
                None if current is not None else merged_into.get(code), rows_of,
            ]
        )  # fmt: skip
    return rows


def vintage_row(vintage: Vintage, totals_file: str) -> dict[str, Any]:
    """One line of the vintage table: year in force, millésime, package versions, files."""
    communes = (
        f"{PACKAGE_NAME} {vintage.epci_version} epci.json (membres)"
        if vintage.epci_version
        else f"donnees_communes.csv (via {totals_file})"
    )
    return {
        "year": vintage.year,
        "applies_from": f"{vintage.year}-01-01",
        "millesime": vintage.year - 3,
        "communes_population_totale": communes,
        "communes_population_municipale": (
            f"{PACKAGE_NAME} {vintage.communes_version} communes.json"
            if vintage.pmun_checked
            else None
        ),
        "epci": f"{PACKAGE_NAME} {vintage.epci_version} epci.json"
        if vintage.epci_version
        else None,
        "epci_perimeter_as_of": f"{vintage.year}-01-01" if vintage.epci_version else None,
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
    parser.add_argument("--cache", type=Path, required=True, help="folder of the pinned inputs")
    parser.add_argument(
        "--fetch", action="store_true", help="npm pack the pinned versions missing from the cache"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    try:
        if args.fetch:
            fill_cache(args.cache)
        data = build(args.cache)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    args.output.mkdir(parents=True, exist_ok=True)
    target = args.output / "bodies.json.gz"
    write_gzip_json(data, target)
    current = sum(1 for row in data["communes"] if row[4])
    print(
        f"{target}: {current} current communes ({len(data['communes'])} with former ones), "
        f"{len(data['epcis'])} EPCI, {target.stat().st_size:,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
