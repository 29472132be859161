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
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING, Literal

from reen_compliance.errors import Problem, ProfileError

if TYPE_CHECKING:
    from collections.abc import Iterator

DATA_FILE = ("data", "reference", "bodies.json.gz")
SUPPORTED_FORMAT = 2
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
    """Communes and EPCI à fiscalité propre, each with its population series, indexed by code.

    Build it once (`ReferenceData.bundled()`), then look up or iterate as often as needed.
    `communes()` and `epcis()` give today's bodies with their latest figure; `communes_on(day)`
    and `epcis_on(day)` give the bodies of the year in force on `day`, with that year's figure.
    """

    __slots__ = (
        "_by_insee",
        "_by_siren",
        "_communes",
        "_epcis",
        "_former",
        "_members",
        "_views",
        "vintage",
        "vintages",
    )

    def __init__(
        self,
        vintage: ReferenceVintage,
        communes: tuple[ReferenceBody, ...],
        epcis: tuple[ReferenceBody, ...],
        *,
        former: tuple[ReferenceBody, ...] = (),
        vintages: tuple[VintageYear, ...] = (),
    ) -> None:
        """Index the bodies; SIRENs and INSEE codes must be unique."""
        self.vintage = vintage
        self.vintages = vintages
        self._communes = communes
        self._epcis = epcis
        self._former = former
        every = (*communes, *former, *epcis)
        self._by_siren = {body.siren: body for body in every if body.siren}
        self._by_insee = {body.insee_code: body for body in every if body.insee_code}
        self._members: dict[tuple[int, str], tuple[str, ...]] = {}
        self._views: dict[tuple[str, str, int], ReferenceBody] = {}
        for commune in (*communes, *former):
            for point in commune.series:
                if point.epci_siren and commune.insee_code:
                    key = (point.year, point.epci_siren)
                    self._members[key] = (*self._members.get(key, ()), commune.insee_code)
        self._epcis = tuple(
            replace(epci, members=self._member_codes(epci, _latest(epci.series).year))
            for epci in epcis
        )
        self._by_siren.update((epci.siren, epci) for epci in self._epcis if epci.siren)

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
        sources = {
            key: _PopulationSource.from_json(_as_dict(value))
            for key, value in _as_dict(data["population_sources"]).items()
        }
        vintages = tuple(_vintage_year(_as_dict(row)) for row in _as_list(data["vintages"]))
        communes = [_commune(row, sources) for row in _as_rows(data["communes"])]
        epcis = tuple(_epci(row, sources) for row in _as_rows(data["epcis"]))
        current = tuple(body for body in communes if body.current)
        former = tuple(body for body in communes if not body.current)
        meta = _as_dict(data["meta"])
        latest = max(current[0].series, key=lambda p: p.year) if current else None
        perimeters = [v.epci_perimeter_as_of for v in vintages if v.epci_perimeter_as_of]
        vintage = ReferenceVintage(
            source=str(meta["source"]),
            package_version=str(meta["package_version"]),
            population_year=latest.millesime if latest else None,
            applies_from=latest.applies_from if latest else date.min,
            population_measure=(latest.measure if latest else None) or "population_totale",
            licence=str(meta["licence"]),
            attribution=str(meta["attribution"]),
            epci_perimeter_as_of=max(perimeters, default=None),
        )
        return cls(vintage, current, epcis, former=former, vintages=vintages)

    def by_siren(self, siren: str) -> ReferenceBody | None:
        """Return the commune or EPCI with this SIREN, or None."""
        return self._by_siren.get(normalize_code(siren))

    def by_insee(self, insee_code: str) -> ReferenceBody | None:
        """Return the commune with this INSEE code (a former one too), or None."""
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
        """Iterate over today's communes in INSEE code order."""
        return iter(self._communes)

    def epcis(self) -> Iterator[ReferenceBody]:
        """Iterate over the EPCI à fiscalité propre (today's and former ones) in SIREN order."""
        return iter(body for body in self._epcis if body.current)

    def year_on(self, day: date, kind: Literal["commune", "epci"]) -> int | None:
        """The year whose figures are in force on `day` for `kind`: the latest not after it.

        None before the first year the data covers. After the last one, the last one (the
        figures may then be superseded: callers say so).
        """
        years = [
            v.year for v in self.vintages if kind == "commune" or v.epci_perimeter_as_of
        ]
        return max((year for year in years if year <= day.year), default=None)

    def communes_on(self, day: date, *, year: int | None = None) -> tuple[ReferenceBody, ...]:
        """The communes of the year in force on `day` (or of `year`), each with that figure."""
        chosen = year if year is not None else self.year_on(day, "commune")
        if chosen is None:
            return ()
        bodies = (*self._communes, *self._former)
        found = [self.on(body, chosen) for body in bodies if body.point(chosen) is not None]
        return tuple(sorted(found, key=lambda body: body.insee_code or ""))

    def epcis_on(self, day: date, *, year: int | None = None) -> tuple[ReferenceBody, ...]:
        """The EPCI of the year in force on `day` (or of `year`), each with that figure."""
        chosen = year if year is not None else self.year_on(day, "epci")
        if chosen is None:
            return ()
        return tuple(self.on(body, chosen) for body in self._epcis if body.point(chosen))

    def on(self, body: ReferenceBody, year: int) -> ReferenceBody:
        """`body` as it stood in `year`: that year's figure (None if missing), EPCI, members."""
        key = (body.kind, body.siren or body.insee_code or "", year)
        view = self._views.get(key)
        if view is None:
            view = self._views[key] = self._view(body, year)
        return view

    def _view(self, body: ReferenceBody, year: int) -> ReferenceBody:
        point = body.point(year)
        if point is None or point.population is None:
            source = _missing_source(body, year, exists=point is not None)
            return replace(
                body,
                population=None,
                population_applies_from=date(year, 1, 1),
                population_year=None,
                population_source=source,
                epci_siren=point.epci_siren if point else None,
                members=self._member_codes(body, year),
            )
        return replace(
            body,
            name=point.name or body.name,
            siren=point.siren or body.siren,
            epci_category=point.epci_category or body.epci_category,
            population=point.population,
            population_measure=point.measure or body.population_measure,
            population_applies_from=point.applies_from,
            population_year=point.millesime,
            population_source=point.source,
            epci_siren=point.epci_siren if body.kind == "commune" else None,
            members=self._member_codes(body, year),
        )

    def _member_codes(self, body: ReferenceBody, year: int) -> tuple[str, ...]:
        """An EPCI's member codes in `year`'s perimeter; () for a commune."""
        if body.kind != "epci" or body.siren is None:
            return ()
        return tuple(sorted(self._members.get((year, body.siren), ())))

    def members_of(self, epci_siren: str, on: date | None = None) -> tuple[ReferenceBody, ...]:
        """Return the member communes of an EPCI, in INSEE code order.

        Without `on`, today's members with their latest figure; with `on`, the members of
        the perimeter in force that day, each with the figure in force that day.

        Raises:
            ProfileError: the SIREN names no EPCI in the reference data.
        """
        epci = self._by_siren.get(normalize_code(epci_siren))
        if epci is None or epci.kind != "epci":
            message = f"no EPCI à fiscalité propre with SIREN {epci_siren!r} in the reference data"
            raise ProfileError([Problem(file="<code>", message=message)])
        if on is None:
            return tuple(self._by_insee[code] for code in epci.members)
        first = min((v.year for v in self.vintages), default=on.year)
        perimeter = self.year_on(on, "epci") or first
        commune_year = self.year_on(on, "commune") or first
        codes = self._member_codes(epci, perimeter)
        return tuple(self.on(self._by_insee[code], commune_year) for code in codes)


def _missing_source(body: ReferenceBody, year: int, *, exists: bool) -> str:
    """Why a body has no figure for `year`, in the words a report quotes."""
    if exists:
        return (
            f"aucune population en vigueur au {year}-01-01 dans les données de référence "
            "pour cet organisme"
        )
    return f"organisme absent des données de référence au {year}-01-01"


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


def _vintage_year(row: dict[str, object]) -> VintageYear:
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
    row: list[object], sources: dict[str, _PopulationSource], *, epci: bool
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


def _latest(series: tuple[PopulationPoint, ...]) -> PopulationPoint:
    """The latest year of a series (every body has at least one)."""
    return max(series, key=lambda point: point.year)


def _commune(row: list[object], sources: dict[str, _PopulationSource]) -> ReferenceBody:
    """Build a commune from a row of the file's `communes_columns`, with its latest figure."""
    insee_code, siren, name, departement, current, former, merged_into, series_rows = row
    series = tuple(_point(_as_list(r), sources, epci=False) for r in _as_list(series_rows))
    latest = _latest(series)
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
        former_codes=tuple(str(code) for code in _as_list(former)),
        merged_into=_optional_str(merged_into),
    )


def _epci(row: list[object], sources: dict[str, _PopulationSource]) -> ReferenceBody:
    """Build an EPCI from a row `[siren, current, series]`, with its latest figure and members."""
    siren, current, series_rows = row
    series = tuple(_point(_as_list(r), sources, epci=True) for r in _as_list(series_rows))
    latest = _latest(series)
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
