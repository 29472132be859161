"""Official reference data on French communes and EPCI à fiscalité propre, with fast lookups.

The data ships with the package (`data/reference/bodies.json.gz`, built by
`scripts/build_reference_data.py`); `ReferenceData.bundled()` loads it once. Each body carries
its population figure with the measure, vintage and source it comes from, because the law's
thresholds use the population totale in force on a date and a report must say which figure it used.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING, Literal

from reen_compliance.errors import Problem, ProfileError

if TYPE_CHECKING:
    from collections.abc import Iterator

DATA_FILE = ("data", "reference", "bodies.json.gz")
SUPPORTED_FORMAT = 1
SIREN_PATTERN = re.compile(r"\d{9}")
INSEE_PATTERN = re.compile(r"\d{5}|2[AB]\d{3}")
SIREN_LENGTH = 9
INSEE_LENGTH = 5

EpciCategory = Literal[
    "metropole",
    "communaute_urbaine",
    "communaute_agglomeration",
    "communaute_communes",
    "metropole_de_lyon",
]


@dataclass(frozen=True, slots=True)
class ReferenceBody:
    """A commune or an EPCI à fiscalité propre as the reference data knows it.

    `population_source` names the figure's origin in words a report can quote.
    """

    kind: Literal["commune", "epci"]
    name: str
    siren: str | None
    insee_code: str | None
    epci_category: str | None
    population: int | None
    population_measure: str
    population_applies_from: date
    departement: str | None
    epci_siren: str | None
    members: tuple[str, ...]
    population_year: int | None = None
    population_source: str = ""


@dataclass(frozen=True, slots=True)
class ReferenceVintage:
    """Where the data comes from and which population figure most bodies carry.

    Individual bodies may carry another figure (see `ReferenceBody.population_source`).
    """

    source: str
    package_version: str
    population_year: int | None
    applies_from: date
    population_measure: str
    licence: str
    attribution: str
    epci_perimeter_as_of: date | None = None


def normalize_code(code: str) -> str:
    """Drop every whitespace and upper-case the letters: `' 2a004 '` and `'215 704 636'` work."""
    return "".join(code.split()).upper()


def is_siren(code: str) -> bool:
    """Tell whether `code` has the form of a SIREN: nine digits."""
    return SIREN_PATTERN.fullmatch(code) is not None


def is_insee_code(code: str) -> bool:
    """Tell whether `code` has the form of an INSEE commune code: five digits, or 2A/2B + three."""
    return INSEE_PATTERN.fullmatch(code) is not None


@functools.cache
def _load_bundled() -> ReferenceData:
    """Read and index the shipped data file, once per process."""
    raw = resources.files("reen_compliance").joinpath(*DATA_FILE).read_bytes()
    return ReferenceData.from_json(json.loads(gzip.decompress(raw)))


class ReferenceData:
    """Communes and EPCI à fiscalité propre, indexed by SIREN and INSEE code.

    Build it once (`ReferenceData.bundled()`), then look up or iterate as often as needed.
    """

    __slots__ = ("_by_insee", "_by_siren", "_communes", "_epcis", "vintage")

    def __init__(
        self,
        vintage: ReferenceVintage,
        communes: tuple[ReferenceBody, ...],
        epcis: tuple[ReferenceBody, ...],
    ) -> None:
        """Index the bodies; SIRENs and INSEE codes must be unique."""
        self.vintage = vintage
        self._communes = communes
        self._epcis = epcis
        self._by_siren = {body.siren: body for body in (*communes, *epcis) if body.siren}
        self._by_insee = {body.insee_code: body for body in communes if body.insee_code}

    @classmethod
    def bundled(cls) -> ReferenceData:
        """Return the data shipped with the package, loaded on first call and then shared."""
        return _load_bundled()

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ReferenceData:
        """Build from the decoded JSON of a data file written by `build_reference_data.py`."""
        if data.get("format") != SUPPORTED_FORMAT:
            msg = f"reference data format {data.get('format')!r}, expected {SUPPORTED_FORMAT}"
            raise ValueError(msg)
        meta = _as_dict(data["vintage"])
        perimeter = meta.get("epci_perimeter_as_of")
        vintage = ReferenceVintage(
            source=str(meta["source"]),
            package_version=str(meta["package_version"]),
            population_year=_optional_int(meta.get("population_year")),
            applies_from=date.fromisoformat(str(meta["applies_from"])),
            population_measure=str(meta["population_measure"]),
            licence=str(meta["licence"]),
            attribution=str(meta["attribution"]),
            epci_perimeter_as_of=date.fromisoformat(str(perimeter)) if perimeter else None,
        )
        sources = {
            key: _PopulationSource.from_json(_as_dict(value))
            for key, value in _as_dict(data["population_sources"]).items()
        }
        communes = tuple(_commune(row, sources) for row in _as_rows(data["communes"]))
        epcis = tuple(_epci(row, sources) for row in _as_rows(data["epcis"]))
        return cls(vintage, communes, epcis)

    def by_siren(self, siren: str) -> ReferenceBody | None:
        """Return the commune or EPCI with this SIREN, or None."""
        return self._by_siren.get(normalize_code(siren))

    def by_insee(self, insee_code: str) -> ReferenceBody | None:
        """Return the commune with this INSEE code, or None."""
        return self._by_insee.get(normalize_code(insee_code))

    def lookup(self, code: str, *, file: str = "<code>", path: str = "$") -> ReferenceBody:
        """Return the body a SIREN (9 digits) or INSEE code (5 characters) names.

        `file` and `path` locate the code in the caller's input for the error message.

        Raises:
            ProfileError: the code is malformed or names no body in the reference data.
        """
        normalized = normalize_code(code)
        if len(normalized) == SIREN_LENGTH and is_siren(normalized):
            found, what = self._by_siren.get(normalized), "SIREN"
        elif len(normalized) == INSEE_LENGTH and is_insee_code(normalized):
            found, what = self._by_insee.get(normalized), "INSEE code"
        else:
            message = (
                f"expected a SIREN (9 digits) or an INSEE commune code (5 characters, "
                f"2A/2B for Corsica), found {code!r}"
            )
            raise ProfileError([Problem(file=file, path=path, message=message)])
        if found is None:
            message = (
                f"no commune or EPCI à fiscalité propre with {what} {normalized} in the "
                f"reference data ({self.vintage.source} {self.vintage.package_version})"
            )
            hint = "a body created or merged since then must be described by hand"
            raise ProfileError([Problem(file=file, path=path, message=message, hint=hint)])
        return found

    def communes(self) -> Iterator[ReferenceBody]:
        """Iterate over the communes in INSEE code order."""
        return iter(self._communes)

    def epcis(self) -> Iterator[ReferenceBody]:
        """Iterate over the EPCI à fiscalité propre in SIREN order."""
        return iter(self._epcis)

    def members_of(self, epci_siren: str) -> tuple[ReferenceBody, ...]:
        """Return the member communes of an EPCI, in INSEE code order.

        Raises:
            ProfileError: the SIREN names no EPCI in the reference data.
        """
        epci = self._by_siren.get(normalize_code(epci_siren))
        if epci is None or epci.kind != "epci":
            message = f"no EPCI à fiscalité propre with SIREN {epci_siren!r} in the reference data"
            raise ProfileError([Problem(file="<code>", message=message)])
        return tuple(self._by_insee[code] for code in epci.members)


@dataclass(frozen=True, slots=True)
class _PopulationSource:
    """One kind of population figure in the data file: measure, vintage and wording."""

    measure: str
    year: int | None
    applies_from: date
    source: str

    @classmethod
    def from_json(cls, data: dict[str, object]) -> _PopulationSource:
        """Read one entry of the file's `population_sources`."""
        return cls(
            measure=str(data["measure"]),
            year=_optional_int(data.get("year")),
            applies_from=date.fromisoformat(str(data["applies_from"])),
            source=str(data["source"]),
        )


def _commune(row: list[object], sources: dict[str, _PopulationSource]) -> ReferenceBody:
    """Build a commune from a row `[insee, siren, name, dep, population, source, epci]`."""
    insee_code, siren, name, departement, population, source_key, epci_siren = row
    source = sources[str(source_key)]
    return ReferenceBody(
        kind="commune",
        name=str(name),
        siren=_optional_str(siren),
        insee_code=str(insee_code),
        epci_category=None,
        population=_optional_int(population),
        population_measure=source.measure,
        population_applies_from=source.applies_from,
        departement=_optional_str(departement),
        epci_siren=_optional_str(epci_siren),
        members=(),
        population_year=source.year,
        population_source=source.source,
    )


def _epci(row: list[object], sources: dict[str, _PopulationSource]) -> ReferenceBody:
    """Build an EPCI from a row `[siren, name, category, population, source, members]`."""
    siren, name, category, population, source_key, members = row
    source = sources[str(source_key)]
    return ReferenceBody(
        kind="epci",
        name=str(name),
        siren=str(siren),
        insee_code=None,
        epci_category=str(category),
        population=_optional_int(population),
        population_measure=source.measure,
        population_applies_from=source.applies_from,
        departement=None,
        epci_siren=None,
        members=tuple(str(code) for code in _as_list(members)),
        population_year=source.year,
        population_source=source.source,
    )


def _as_dict(value: object) -> dict[str, object]:
    """Narrow a decoded JSON value to an object, or fail on a corrupt file."""
    if not isinstance(value, dict):
        msg = f"reference data: expected an object, found {type(value).__name__}"
        raise TypeError(msg)
    return value


def _as_list(value: object) -> list[object]:
    """Narrow a decoded JSON value to an array, or fail on a corrupt file."""
    if not isinstance(value, list):
        msg = f"reference data: expected an array, found {type(value).__name__}"
        raise TypeError(msg)
    return value


def _as_rows(value: object) -> list[list[object]]:
    """Narrow a decoded JSON value to an array of arrays."""
    return [_as_list(row) for row in _as_list(value)]


def _optional_int(value: object) -> int | None:
    """Return an int for a JSON integer, None for null."""
    return None if value is None else int(str(value))


def _optional_str(value: object) -> str | None:
    """Return a str for a JSON string, None for null."""
    return None if value is None else str(value)
