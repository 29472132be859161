"""Which bodies of the reference data each rule binds on a date, as the rules themselves decide.

Each commune and EPCI à fiscalité propre becomes a `Profile` carrying its reference population as
a dated figure, and `applicability.assess` decides: no threshold is written here. The Métropole de
Lyon, a collectivité à statut particulier (CGCT L. 3611-1), has no kind of its own in the profile
format; as in the starter profile it is evaluated as an EPCI of category `metropole`, so a rule
naming the entity `metropole` reaches it, and every listing says so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Final, Literal

from reen_compliance.formats.profile import Collectivity, EpciCategory, PopulationFigure, Profile
from reen_compliance.law.applicability import Applicability, LawView, assess
from reen_compliance.law.loading import CompiledRule, RuleSet
from reen_compliance.law.values import AppliedValue
from reen_compliance.reference.bodies import PopulationPoint, ReferenceBody, ReferenceData

POPULATION: Final = "population"

METROPOLE_DE_LYON: Final = "metropole_de_lyon"
_PROFILE_CATEGORY: Final[dict[str, EpciCategory]] = {
    "metropole": "metropole",
    "communaute_urbaine": "communaute_urbaine",
    "communaute_agglomeration": "communaute_agglomeration",
    "communaute_communes": "communaute_communes",
    METROPOLE_DE_LYON: "metropole",  # no kind of its own in the profile format (module docstring)
}


def profile_category(body: ReferenceBody) -> EpciCategory | None:
    """The profile's `epci_category` for a reference body; the Métropole de Lyon is a métropole."""
    return None if body.epci_category is None else _PROFILE_CATEGORY[body.epci_category]


def reference_profile(body: ReferenceBody, *, assume_in_force_on: date | None = None) -> Profile:
    """A validated profile holding what the reference data knows of `body`: identity, population.

    The population is the body's run of yearly figures ending with the one it carries (see
    `figure_run`), so "bound since" is exact where the run covers the crossing. With
    `assume_in_force_on` earlier than that figure's date, only that figure is kept, taken to
    apply from that date, and its source says so.
    """
    figures: tuple[PopulationFigure, ...] = ()
    if body.population is not None:
        applies_from = _applies_from(body, assume_in_force_on)
        if applies_from != body.population_applies_from:
            source = f"{body.population_source} (--assume-current-population)"
            figures = (
                PopulationFigure(applies_from=applies_from, total=body.population, source=source),
            )
        else:
            figures = tuple(
                PopulationFigure(
                    applies_from=point.applies_from,
                    total=point.population or 0,
                    source=point.source,
                )
                for point in figure_run(body)
            )
    collectivity = Collectivity(
        name=body.name,
        kind=body.kind,
        epci_category=profile_category(body),
        siren=body.siren,
        insee_code=body.insee_code,
        population=figures,
    )
    return Profile(format_version=1, collectivity=collectivity)


def figure_run(body: ReferenceBody) -> tuple[PopulationPoint, ...]:
    """The body's yearly figures, back from the one it carries while unbroken, oldest first.

    The run stops at a year without a figure, of another measure, or under another SIREN (the
    commune then was another legal person, e.g. before a merger into a commune nouvelle): no
    figure of another year ever stands in for a missing one.
    """
    if body.population is None:
        return ()
    by_year = {point.year: point for point in body.series}
    year = body.population_applies_from.year
    current = by_year.get(year)
    run: list[PopulationPoint] = []
    while (point := by_year.get(year)) is not None and point.population is not None:
        if run and (
            point.measure != body.population_measure
            or (point.siren or body.siren) != ((current.siren if current else None) or body.siren)
        ):
            break
        run.append(point)
        year -= 1
    if not run:  # a figure with no series (hand-made body): itself alone
        return (
            PopulationPoint(
                year=body.population_applies_from.year,
                population=body.population,
                measure=body.population_measure,
                millesime=body.population_year,
                source=body.population_source,
            ),
        )
    return tuple(reversed(run))


def _applies_from(body: ReferenceBody, assume_in_force_on: date | None) -> date:
    """The date the body's figure is taken to apply from."""
    if assume_in_force_on is not None and assume_in_force_on < body.population_applies_from:
        return assume_in_force_on
    return body.population_applies_from


def _facts_key(body: ReferenceBody, assume_in_force_on: date | None) -> tuple[object, ...]:
    """What a one-figure reference profile's facts depend on: equal keys, equal outcomes.

    No fact a condition may read depends on a body's name or codes, and reference profiles
    carry no fact besides kind, category and population.
    """
    return (
        body.kind,
        profile_category(body),
        body.population,
        _applies_from(body, assume_in_force_on),
    )


def _series_key(body: ReferenceBody) -> tuple[object, ...]:
    """What a full reference profile's facts depend on: kind, category and the figure run."""
    run = tuple((point.year, point.population) for point in figure_run(body))
    return (body.kind, profile_category(body), run)


@dataclass(frozen=True, slots=True)
class PopulationVintage:
    """A group of bodies whose reference figure has the same source and start date."""

    kind: Literal["commune", "epci"]
    bodies: int
    source: str
    year: int | None
    applies_from: date


def population_vintages(
    bodies: ReferenceData | tuple[ReferenceBody, ...],
) -> tuple[PopulationVintage, ...]:
    """The population figures the bodies carry, grouped, largest group first.

    Bodies without a figure are left out: each is listed on its own where it matters.
    """
    if isinstance(bodies, ReferenceData):
        bodies = (*bodies.communes(), *bodies.epcis())
    groups = Counter(
        (body.kind, body.population_source, body.population_year, body.population_applies_from)
        for body in bodies
        if body.population is not None
    )
    vintages = (
        PopulationVintage(kind, count, source, year, applies_from)
        for (kind, source, year, applies_from), count in groups.items()
    )
    return tuple(sorted(vintages, key=lambda v: (v.kind != "commune", -v.bodies, v.source)))


def bodies_on(reference: ReferenceData, as_of: date) -> tuple[ReferenceBody, ...]:
    """The communes and EPCI of the year in force on `as_of`, with that year's figures.

    Before the first year the data covers, those of that first year (their figures apply only
    later: `not_yet_in_force` names them).
    """
    first = min((v.year for v in reference.vintages), default=as_of.year)
    communes_year = reference.year_on(as_of, "commune") or first
    epcis_year = reference.year_on(as_of, "epci") or first
    return (
        *reference.communes_on(as_of, year=communes_year),
        *reference.epcis_on(as_of, year=epcis_year),
    )


def epci_perimeter_on(reference: ReferenceData, as_of: date) -> date | None:
    """The date of the EPCI perimeters used on `as_of` (1 January of the year in force)."""
    year = reference.year_on(as_of, "epci")
    return date(year, 1, 1) if year is not None else reference.vintage.epci_perimeter_as_of


def not_yet_in_force(
    vintages: tuple[PopulationVintage, ...], as_of: date
) -> tuple[PopulationVintage, ...]:
    """The groups whose figure applies only after `as_of`: no reference figure is in force."""
    return tuple(v for v in vintages if v.applies_from > as_of)


def possibly_superseded(
    vintages: tuple[PopulationVintage, ...], as_of: date
) -> tuple[PopulationVintage, ...]:
    """The groups whose figure started before the last 1 January on or before `as_of`.

    INSEE authenticates a new figure each year, applying from 1 January (legal README,
    convention 1): such a figure is the latest the data carries, not necessarily the one in force.
    """
    return tuple(v for v in vintages if v.applies_from < date(as_of.year, 1, 1))


def reads_population(rule: CompiledRule) -> bool:
    """Whether the rule's `applies_to` reads the population: a threshold rule."""
    return POPULATION in rule.applies_to.names


@dataclass(frozen=True, slots=True)
class BodyOutcome:
    """One body a threshold rule binds, or for which it cannot tell."""

    body: ReferenceBody
    bound: bool | None
    since: date | None = None
    since_is_lower_bound: bool = False
    missing: str | None = None


@dataclass(frozen=True, slots=True)
class KindOutcome:
    """What a rule without population threshold decides for every body of one kind."""

    kind: Literal["commune", "epci"]
    epci_category: str | None
    entity: str
    bodies: int
    bound: bool | None
    missing: str | None


@dataclass(frozen=True, slots=True)
class RuleBinding:
    """The bodies a rule binds on the date: listed for a threshold rule, by kind otherwise."""

    rule: CompiledRule
    in_force: bool
    threshold: bool
    values: tuple[AppliedValue, ...]
    listed: tuple[BodyOutcome, ...] = ()
    not_bound: int = 0
    kinds: tuple[KindOutcome, ...] = ()

    @property
    def bound(self) -> tuple[BodyOutcome, ...]:
        """The bodies bound, communes first, each in the reference data's order."""
        return tuple(outcome for outcome in self.listed if outcome.bound)

    @property
    def unknown(self) -> tuple[BodyOutcome, ...]:
        """The bodies for which a fact the rule reads is missing."""
        return tuple(outcome for outcome in self.listed if outcome.bound is None)

    def count(self, kind: Literal["commune", "epci"]) -> int:
        """How many bodies of `kind` the rule binds."""
        if self.threshold:
            return sum(1 for outcome in self.bound if outcome.body.kind == kind)
        return sum(k.bodies for k in self.kinds if k.kind == kind and k.bound)


@dataclass(frozen=True, slots=True)
class BoundListing:
    """Every requested rule's bound bodies on `as_of`, with the data's vintage."""

    as_of: date
    law_as_of: date
    reference: ReferenceData
    vintages: tuple[PopulationVintage, ...]
    assumed_population: tuple[PopulationVintage, ...]
    superseded: tuple[PopulationVintage, ...]
    rules: tuple[RuleBinding, ...]
    epci_perimeter_as_of: date | None = None


def list_bound(
    reference: ReferenceData,
    rules: RuleSet,
    *,
    as_of: date,
    law_as_of: date | None = None,
    assume_current_population: bool = False,
) -> BoundListing:
    """Decide, for each rule and each body existing on `as_of`, whether it binds on that day.

    Each body carries the figure in force on `as_of` (its year's), or none, and then its
    outcome is "unknown". Before the first year the data covers, the figures apply only later
    and outcomes are unknown too, unless `assume_current_population`, which takes the first
    year's figures as in force.
    """
    law = LawView(law_as_of or as_of)
    bodies = bodies_on(reference, as_of)
    vintages = population_vintages(bodies)
    assume_on = as_of if assume_current_population else None
    every = _Bodies.of(bodies, assume_on)
    bindings = [
        _threshold_binding(rule, every, as_of, law)
        if reads_population(rule)
        else _kind_binding(rule, every.bodies, as_of, law)
        for rule in rules.rules
    ]
    return BoundListing(
        as_of=as_of,
        law_as_of=law.law_as_of,
        reference=reference,
        vintages=vintages,
        assumed_population=not_yet_in_force(vintages, as_of) if assume_on else (),
        superseded=possibly_superseded(vintages, as_of),
        rules=tuple(bindings),
        epci_perimeter_as_of=epci_perimeter_on(reference, as_of),
    )


@dataclass(frozen=True, slots=True)
class _Bodies:
    """The bodies, each one's facts key, and one one-figure profile per distinct key."""

    bodies: tuple[ReferenceBody, ...]
    keys: tuple[tuple[object, ...], ...]
    profiles: dict[tuple[object, ...], Profile]

    @classmethod
    def of(cls, bodies: tuple[ReferenceBody, ...], assume_in_force_on: date | None) -> _Bodies:
        """Build the profiles, one per distinct facts key: far fewer than bodies."""
        keys = tuple(_facts_key(body, assume_in_force_on) for body in bodies)
        profiles: dict[tuple[object, ...], Profile] = {}
        for body, key in zip(bodies, keys, strict=True):
            if key not in profiles:
                profiles[key] = _one_figure_profile(body, assume_in_force_on)
        return cls(bodies, keys, profiles)


def _one_figure_profile(body: ReferenceBody, assume_in_force_on: date | None) -> Profile:
    """The reference profile with only the figure the body carries: enough to decide "bound"."""
    return reference_profile(replace(body, series=()), assume_in_force_on=assume_in_force_on)


def _threshold_binding(
    rule: CompiledRule, every: _Bodies, as_of: date, law: LawView
) -> RuleBinding:
    """Assess every body, once per distinct facts key (see `_facts_key`), which makes it fast.

    Whether a body is bound depends only on the figure in force; since when depends on its
    series too, so bound bodies are assessed again on their whole run (once per distinct run).
    """
    outcomes: dict[tuple[object, ...], Applicability] = {}
    since: dict[tuple[object, ...], Applicability] = {}
    listed: list[BodyOutcome] = []
    values: tuple[AppliedValue, ...] = ()
    not_bound = 0
    for body, key in zip(every.bodies, every.keys, strict=True):
        outcome = outcomes.get(key)
        if outcome is None:
            outcome = outcomes[key] = assess(rule, every.profiles[key], as_of, law)
        values = values or outcome.values
        if outcome.bound is False:
            not_bound += 1
            continue
        if outcome.bound and body.population_applies_from <= as_of:
            series_key = _series_key(body)
            if series_key not in since:
                since[series_key] = assess(rule, reference_profile(body), as_of, law)
            outcome = since[series_key]
        listed.append(
            BodyOutcome(
                body=body,
                bound=outcome.bound,
                since=outcome.since,
                since_is_lower_bound=outcome.since_is_lower_bound,
                missing=outcome.missing,
            )
        )
    return RuleBinding(
        rule=rule,
        in_force=as_of >= rule.rule.in_force_from,
        threshold=True,
        values=values,
        listed=tuple(listed),
        not_bound=not_bound,
    )


def _kind_binding(
    rule: CompiledRule, bodies: tuple[ReferenceBody, ...], as_of: date, law: LawView
) -> RuleBinding:
    """Assess one body of each kind and category: without population, the outcome is shared."""
    groups: dict[tuple[str, str | None], list[ReferenceBody]] = {}
    for body in bodies:
        groups.setdefault((body.kind, body.epci_category), []).append(body)
    kinds = []
    values: tuple[AppliedValue, ...] = ()
    for (_, category), members in groups.items():
        profile = reference_profile(members[0])
        outcome = assess(rule, profile, as_of, law)
        values = values or outcome.values
        kinds.append(
            KindOutcome(
                kind=members[0].kind,
                epci_category=category,
                entity=profile.collectivity.entity,
                bodies=len(members),
                bound=outcome.bound,
                missing=outcome.missing,
            )
        )
    return RuleBinding(
        rule=rule,
        in_force=as_of >= rule.rule.in_force_from,
        threshold=False,
        values=values,
        kinds=tuple(kinds),
    )
