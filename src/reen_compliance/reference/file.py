"""The records of the reference data file and how each is read: bodies, yearly figures, years.

`reference.ReferenceData` indexes them; this module only turns the decoded JSON of
`data/reference/bodies.json.gz` (format 2, see its README) into frozen records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal


@dataclass(frozen=True, slots=True)
class PopulationPoint:
    """A body's population in force from 1 January `year`, with the source a report quotes.

    `population` is None when the sources carry no figure for the body that year. For a
    commune, `epci_siren` is its EPCI that year and `siren` its SIREN then, when it differs from
    today's (a commune nouvelle gets a new one); for an EPCI, `name` and `epci_category` are
    those of that year.
    """

    year: int
    population: int | None
    measure: str | None
    millesime: int | None
    source: str
    municipale: int | None = None
    epci_siren: str | None = None
    siren: str | None = None
    name: str | None = None
    epci_category: str | None = None

    @property
    def applies_from(self) -> date:
        """The 1 January the figure applies from."""
        return date(self.year, 1, 1)


@dataclass(frozen=True, slots=True)
class ReferenceBody:
    """A commune or an EPCI à fiscalité propre as the reference data knows it.

    The `population*` fields hold one figure: the latest for a body from `communes()` or
    `epcis()`, the one in force on the date for a body from `communes_on()` or `epcis_on()`
    (None, with `population_source` saying why, when the sources have none). `series` holds
    every year's figure; `current` is False for a commune merged into `merged_into` since.
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
    series: tuple[PopulationPoint, ...] = ()
    current: bool = True
    former_codes: tuple[str, ...] = ()
    merged_into: str | None = None

    def point(self, year: int) -> PopulationPoint | None:
        """The figure of `year`, or None when the body did not exist then (for the data)."""
        return next((p for p in self.series if p.year == year), None)


@dataclass(frozen=True, slots=True)
class ReferenceVintage:
    """Where the data comes from and which population figure most bodies carry today.

    Individual bodies may carry another figure (see `ReferenceBody.population_source`); the
    figures of each year are described by `ReferenceData.vintages`.
    """

    source: str
    package_version: str
    population_year: int | None
    applies_from: date
    population_measure: str
    licence: str
    attribution: str
    epci_perimeter_as_of: date | None = None


@dataclass(frozen=True, slots=True)
class VintageYear:
    """One line of the vintage table: the figures in force from 1 January `year`."""

    year: int
    millesime: int
    communes_population_totale: str
    communes_population_municipale: str | None
    epci: str | None
    epci_perimeter_as_of: date | None


@dataclass(frozen=True, slots=True)
class PopulationSource:
    """One kind of population figure in the data file: measure, vintage and wording."""

    measure: str
    year: int | None
    applies_from: date
    source: str

    @classmethod
    def from_json(cls, data: dict[str, object]) -> PopulationSource:
        """Read one entry of the file's `population_sources`."""
        return cls(
            measure=str(data["measure"]),
            year=_optional_int(data.get("year")),
            applies_from=date.fromisoformat(str(data["applies_from"])),
            source=str(data["source"]),
        )


def vintage_year(row: dict[str, object]) -> VintageYear:
    """Read one line of the file's `vintages`."""
    perimeter = row.get("epci_perimeter_as_of")
    return VintageYear(
        year=int(str(row["year"])),
        millesime=int(str(row["millesime"])),
        communes_population_totale=str(row["communes_population_totale"]),
        communes_population_municipale=_optional_str(row.get("communes_population_municipale")),
        epci=_optional_str(row.get("epci")),
        epci_perimeter_as_of=date.fromisoformat(str(perimeter)) if perimeter else None,
    )


def _point(
    row: list[object], sources: dict[str, PopulationSource], *, epci: bool
) -> PopulationPoint:
    """Read one year of a series (see the file's `series_columns` / `epci_series_columns`)."""
    if epci:
        year, name, category, population, key, municipale = row
        epci_siren = siren = None
    else:
        year, population, key, municipale, epci_siren, siren = row
        name = category = None
    source = sources.get(str(key)) if key is not None else None
    return PopulationPoint(
        year=int(str(year)),
        population=_optional_int(population),
        measure=source.measure if source else None,
        millesime=source.year if source else None,
        source=source.source if source else "",
        municipale=_optional_int(municipale),
        epci_siren=_optional_str(epci_siren),
        siren=_optional_str(siren),
        name=_optional_str(name),
        epci_category=_optional_str(category),
    )


def latest_point(series: tuple[PopulationPoint, ...]) -> PopulationPoint:
    """The latest year of a series (every body has at least one)."""
    return max(series, key=lambda point: point.year)


def read_commune(row: list[object], sources: dict[str, PopulationSource]) -> ReferenceBody:
    """Build a commune from a row of the file's `communes_columns`, with its latest figure."""
    insee_code, siren, name, departement, current, former, merged_into, series_rows = row
    series = tuple(_point(as_list(r), sources, epci=False) for r in as_list(series_rows))
    latest = latest_point(series)
    epci_siren = next((p.epci_siren for p in reversed(series) if p.epci_siren), None)
    return ReferenceBody(
        kind="commune",
        name=str(name),
        siren=_optional_str(siren),
        insee_code=str(insee_code),
        epci_category=None,
        population=latest.population,
        population_measure=latest.measure or "population_totale",
        population_applies_from=latest.applies_from,
        departement=_optional_str(departement),
        epci_siren=epci_siren,
        members=(),
        population_year=latest.millesime,
        population_source=latest.source,
        series=series,
        current=bool(current),
        former_codes=tuple(str(code) for code in as_list(former)),
        merged_into=_optional_str(merged_into),
    )


def read_epci(row: list[object], sources: dict[str, PopulationSource]) -> ReferenceBody:
    """Build an EPCI from a row `[siren, current, series]`, with its latest figure and members."""
    siren, current, series_rows = row
    series = tuple(_point(as_list(r), sources, epci=True) for r in as_list(series_rows))
    latest = latest_point(series)
    return ReferenceBody(
        kind="epci",
        name=latest.name or "",
        siren=str(siren),
        insee_code=None,
        epci_category=latest.epci_category,
        population=latest.population,
        population_measure=latest.measure or "population_totale",
        population_applies_from=latest.applies_from,
        departement=None,
        epci_siren=None,
        members=(),
        population_year=latest.millesime,
        population_source=latest.source,
        series=series,
        current=bool(current),
    )


def as_dict(value: object) -> dict[str, object]:
    """Narrow a decoded JSON value to an object, or fail on a corrupt file."""
    if not isinstance(value, dict):
        msg = f"reference data: expected an object, found {type(value).__name__}"
        raise TypeError(msg)
    return value


def as_list(value: object) -> list[object]:
    """Narrow a decoded JSON value to an array, or fail on a corrupt file."""
    if not isinstance(value, list):
        msg = f"reference data: expected an array, found {type(value).__name__}"
        raise TypeError(msg)
    return value


def as_rows(value: object) -> list[list[object]]:
    """Narrow a decoded JSON value to an array of arrays."""
    return [as_list(row) for row in as_list(value)]


def _optional_int(value: object) -> int | None:
    """Return an int for a JSON integer, None for null."""
    return None if value is None else int(str(value))


def _optional_str(value: object) -> str | None:
    """Return a str for a JSON string, None for null."""
    return None if value is None else str(value)
