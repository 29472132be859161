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
from dataclasses import replace
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING, Literal

from reen_compliance.errors import Problem, ProfileError
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render
from reen_compliance.messages import say
from reen_compliance.reference.file import (
    PopulationPoint,
    PopulationSource,
    ReferenceBody,
    ReferenceVintage,
    VintageYear,
    as_dict,
    as_list,
    as_rows,
    latest_point,
    read_commune,
    read_epci,
    vintage_year,
)

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
            replace(epci, members=self._member_codes(epci, latest_point(epci.series).year))
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
            key: PopulationSource.from_json(as_dict(value))
            for key, value in as_dict(data["population_sources"]).items()
        }
        vintages = tuple(vintage_year(as_dict(row)) for row in as_list(data["vintages"]))
        communes = [read_commune(row, sources) for row in as_rows(data["communes"])]
        epcis = tuple(read_epci(row, sources) for row in as_rows(data["epcis"]))
        current = tuple(body for body in communes if body.current)
        former = tuple(body for body in communes if not body.current)
        meta = as_dict(data["meta"])
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
            message = say("reference.expected_code", found=code)
            raise ProfileError([Problem.of(file, None, None, path, message)])
        if found is None:
            source = f"{self.vintage.source} {self.vintage.package_version}"
            unknown = "reference.unknown_siren" if what == "SIREN" else "reference.unknown_insee"
            message = say(unknown, code=normalized, source=source)
            hint = say("reference.describe_by_hand")
            raise ProfileError([Problem.of(file, None, None, path, message, hint)])
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
        years = [v.year for v in self.vintages if kind == "commune" or v.epci_perimeter_as_of]
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
            source = _missing_source(year, exists=point is not None)
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
            message = say("reference.no_epci", siren=epci_siren)
            raise ProfileError([Problem.of("<code>", None, None, "$", message)])
        if on is None:
            return tuple(self._by_insee[code] for code in epci.members)
        first = min((v.year for v in self.vintages), default=on.year)
        perimeter = self.year_on(on, "epci") or first
        commune_year = self.year_on(on, "commune") or first
        codes = self._member_codes(epci, perimeter)
        return tuple(self.on(self._by_insee[code], commune_year) for code in codes)


def _missing_source(year: int, *, exists: bool) -> str:
    """Why a body has no figure for `year`, written as the data's own sources are: in French."""
    message_id = "reference-no-figure" if exists else "reference-no-body"
    return render(msg(message_id, day=date(year, 1, 1)), "fr")


__all__ = [
    "PopulationPoint",
    "ReferenceBody",
    "ReferenceData",
    "ReferenceVintage",
    "VintageYear",
    "is_insee_code",
    "is_siren",
    "normalize_code",
]
