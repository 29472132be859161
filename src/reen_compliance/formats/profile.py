"""The profile of a public body: the facts the rules are evaluated against (public contract).

Field names here are fixed by the profile format version 1; new fields may be added, none
renamed. Money and shares are `Decimal`, built from text, never from `float`.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import StrEnum
from operator import attrgetter
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from reen_compliance.formats.dates import iso_text

MAX_AMOUNT = Decimal(10) ** 15  # a sanity bound on euros or percents, not a legal value
YEAR_MIN = 1990
YEAR_MAX = 2200


class Status(StrEnum):
    """The status of a finding; the values are the fixed strings of the JSON report."""

    COMPLIANT = "compliant"
    NON_COMPLIANT = "non_compliant"
    NOT_APPLICABLE = "not_applicable"
    INSUFFICIENT_DATA = "insufficient_data"
    NOT_YET_DUE = "not_yet_due"
    EXEMPTED = "exempted"


class Frozen(BaseModel):
    """Base of every model: immutable, and unknown fields are errors."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True
    )


def _decimal_from_text(value: object) -> object:
    """Refuse floats: money typed as a float has already lost its cents."""
    if isinstance(value, float):
        msg = 'expected a decimal number written as text, such as "1234.56" (floats lose cents)'
        raise PydanticCustomError("reen.model.decimal_as_text", msg)
    if isinstance(value, str):
        text = value.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
        # « 1 234,56 »: a comma followed by one or two digits can only be a decimal comma.
        return text.replace(",", ".") if _DECIMAL_COMMA.fullmatch(text) else text
    return value


_DECIMAL_COMMA = re.compile(r"-?\d+,\d{1,2}")


def _date_from_text(value: object) -> object:
    """Accept « 12/12/2024 » (day first, as French documents write it) besides 2024-12-12."""
    return iso_text(value) if isinstance(value, str) else value


Day = Annotated[date, BeforeValidator(_date_from_text)]
"""A calendar day: ISO `2024-12-12` or French `12/12/2024`; an impossible day is an error."""


def _non_negative(value: Decimal) -> Decimal:
    if not value.is_finite():
        msg = "expected a finite amount"
        raise PydanticCustomError("reen.model.amount_not_finite", msg)
    if value < 0:
        msg = "expected an amount of zero or more, found {value}"
        raise PydanticCustomError("reen.model.amount_negative", msg, {"value": value})
    if value > MAX_AMOUNT:
        msg = "expected an amount below {maximum} (a sanity bound), found {value}"
        values = {"maximum": MAX_AMOUNT, "value": value}
        raise PydanticCustomError("reen.model.amount_too_large", msg, values)
    return value


Money = Annotated[Decimal, BeforeValidator(_decimal_from_text), AfterValidator(_non_negative)]
"""An amount in euros HT, exact: a number or a decimal string, never a float, never negative."""

Year = Annotated[int, Field(ge=YEAR_MIN, le=YEAR_MAX)]
"""A calendar year."""

SIREN_PATTERN = re.compile(r"^\d{9}$")
INSEE_PATTERN = re.compile(r"^(\d{5}|2[AB]\d{3})$")

Siren = Annotated[str, Field(pattern=SIREN_PATTERN.pattern, description="SIREN: 9 digits, as text")]
InseeCode = Annotated[
    str, Field(pattern=INSEE_PATTERN.pattern, description="Code INSEE (COG): 5 characters, as text")
]

Kind = Literal[
    "commune",
    "epci",
    "departement",
    "region",
    "state_service",
    "public_establishment",
    "other_buyer",
]
EpciCategory = Literal[
    "metropole",
    "communaute_urbaine",
    "communaute_agglomeration",
    "communaute_communes",
    "syndicat",
]

# The legal reference's entity keys (shared/legal/README.md): the law names bodies this way.
_ENTITY_OF_KIND: dict[str, str] = {
    "commune": "commune",
    "departement": "departement",
    "region": "region",
    "state_service": "etat",
    "public_establishment": "other_public_person",
    "other_buyer": "other_buyer",
}
_ENTITY_OF_EPCI: dict[str, str] = {
    "metropole": "metropole",
    "communaute_urbaine": "cu",
    "communaute_agglomeration": "ca",
    "communaute_communes": "cc",
    "syndicat": "syndicat",
}


class PopulationFigure(Frozen):
    """An INSEE population totale, applicable from the 1 January it was authenticated for."""

    applies_from: Day = Field(description="Date from which the figure applies (1 January N)")
    total: int = Field(ge=0, description="Total population (INSEE: municipal plus counted apart)")
    source: str = Field(min_length=1, description="Where the figure comes from")


class Collectivity(Frozen):
    """Who the body is: its kind, identifiers and dated facts."""

    name: str = Field(min_length=1)
    kind: Kind
    epci_category: EpciCategory | None = None
    siren: Siren | None = None
    insee_code: InseeCode | None = None
    population: tuple[PopulationFigure, ...] = ()
    annual_purchases_eur_ht: dict[Year, Money] = Field(default_factory=dict)
    staff: int | None = Field(default=None, ge=0, description="Number of people employed")

    @model_validator(mode="after")
    def _check_epci_category(self) -> Collectivity:
        if self.kind == "epci" and self.epci_category is None:
            msg = "an EPCI needs 'epci_category' (metropole, communaute_urbaine, "
            msg += "communaute_agglomeration, communaute_communes or syndicat)"
            raise PydanticCustomError("reen.model.epci_needs_category", msg)
        if self.kind != "epci" and self.epci_category is not None:
            msg = "'epci_category' is for kind 'epci' only, found kind '{kind}'"
            raise PydanticCustomError("reen.model.category_for_epci_only", msg, {"kind": self.kind})
        dates = [figure.applies_from for figure in self.population]
        if len(set(dates)) != len(dates):
            msg = "two population figures apply from the same date"
            raise PydanticCustomError("reen.model.population_same_date", msg)
        return self

    @property
    def entity(self) -> str:
        """The legal reference's key for this body (`commune`, `cc`, `metropole`, `etat`...)."""
        if self.kind == "epci" and self.epci_category is not None:
            return _ENTITY_OF_EPCI[self.epci_category]
        return _ENTITY_OF_KIND[self.kind]

    def population_on(self, day: date) -> PopulationFigure | None:
        """Return the figure in force on `day`: the latest one applying on or before it."""
        applying = (figure for figure in self.population if figure.applies_from <= day)
        return max(applying, key=attrgetter("applies_from"), default=None)


DocumentStatus = Literal["adopted", "in_preparation", "not_adopted"]


class StrategyContents(Frozen):
    """What an adopted strategy states it contains (CGCT D. 2311-15-1), when the profile says."""

    elements: tuple[str, ...] = Field(
        default=(), description="Required elements present: objectives, measures, indicators, means"
    )
    themes: tuple[str, ...] = Field(default=(), description="Optional themes of the decree covered")


class Document(Frozen):
    """A document the law requires, with its adoption status."""

    status: DocumentStatus
    adopted_on: Day | None = None
    planned_on: Day | None = None
    reference: str | None = None
    url: str | None = None
    contents: StrategyContents | None = None

    @model_validator(mode="after")
    def _check_dates(self) -> Document:
        if self.status == "adopted" and self.adopted_on is None:
            msg = (
                "an adopted document needs 'adopted_on' (the date of the deliberation or decision)"
            )
            raise PydanticCustomError("reen.model.adopted_needs_date", msg)
        if self.status != "adopted" and self.adopted_on is not None:
            msg = "'adopted_on' is set but the status is '{status}'; use status 'adopted'"
            values = {"status": self.status}
            raise PydanticCustomError("reen.model.adopted_on_without_adoption", msg, values)
        return self

    def adopted_by(self, day: date) -> bool:
        """Whether the document was adopted on or before `day`."""
        return self.status == "adopted" and self.adopted_on is not None and self.adopted_on <= day


class Documents(Frozen):
    """The documents the profile states; an absent kind means unknown, not "not adopted"."""

    nr_work_programme: Document | None = None
    nr_strategy: Document | None = None
    spaser: Document | None = None
    pcaet: Document | None = Field(
        default=None, description="Plan climat-air-énergie territorial, adopted or last revised"
    )


class SustainableDevelopmentReport(Frozen):
    """The rapport sur la situation en matière de développement durable of one budget year."""

    adopted_on: Day = Field(description="Date the report was presented to the assembly")
    covers_nr_strategy: bool = Field(description="Whether it contains the strategy's annual review")
    budget_debate_on: Day | None = Field(default=None, description="Date of the budget debate")


class EquipmentDisposal(Frozen):
    """Reformed IT equipment of one calendar year, in units (décret n° 2023-266 art. 3)."""

    reformed_on_jan_1: int = Field(ge=0, description="B: reformed items in stock on 1 January")
    sent_to_reuse: int = Field(ge=0, description="A: items oriented to reuse during the year")


class ProcurementFigure(Frozen):
    """Declared purchases of one legal category in one calendar year, in euros HT.

    `recycled_eur_ht` counts goods incorporating recycled materials that are not already in
    `reuse_eur_ht`, so the two never add up to more than the total.
    """

    category: str = Field(min_length=1, description="Category id such as 'd2021-254:it-equipment'")
    total_eur_ht: Money
    reuse_eur_ht: Money = Decimal(0)
    recycled_eur_ht: Money = Decimal(0)
    donations_eur: Money = Field(
        default=Decimal(0), description="Flat-rate value of donations received (décret 2024-134)"
    )

    @model_validator(mode="after")
    def _check_parts(self) -> ProcurementFigure:
        if self.reuse_eur_ht + self.recycled_eur_ht > self.total_eur_ht:
            msg = "reuse ({reuse}) plus recycled ({recycled}) exceed the category total ({total})"
            values = {
                "reuse": self.reuse_eur_ht,
                "recycled": self.recycled_eur_ht,
                "total": self.total_eur_ht,
            }
            raise PydanticCustomError("reen.model.parts_exceed_total", msg, values)
        return self


class SpaserTarget(Frozen):
    """A target the adopted SPASER sets for one purchase category and share, for one year."""

    year: Year
    category: str = Field(min_length=1, description="Category id such as 'd2024-134:textiles'")
    share: Literal["reuse", "recycled", "reuse_or_recycled"]
    target_pct: Annotated[
        Decimal, BeforeValidator(_decimal_from_text), AfterValidator(_non_negative)
    ]


# --- Profile sections of the obligations added in 0.2 (issue #4); names are public contract. ---


class Contract(Frozen):
    """A public contract, judged by the date its consultation was engaged."""

    reference: str = Field(min_length=1)
    consultation_launched_on: Day = Field(
        description="Date the consultation was engaged or the contract notice sent to publication"
    )
    environmental_execution_condition: bool | None = Field(
        default=None, description="The performance conditions take the environment into account"
    )
    environmental_award_criterion: bool | None = Field(
        default=None,
        description="At least one award criterion takes the offer's environmental characteristics "
        "into account, or a single cost criterion includes them (CCP R. 2152-7)",
    )


class DigitalProductPurchase(Frozen):
    """A procurement of digital products, with the indices they carry and their use."""

    reference: str = Field(min_length=1)
    launched_on: Day = Field(description="Date the procurement was launched")
    has_repairability_index: bool | None = None
    repairability_index_considered: bool | None = None
    has_durability_index: bool | None = None
    durability_index_considered: bool | None = None


class PracticeDeclaration(Frozen):
    """What the body declares of a qualitative duty: applied or not, why, on what evidence."""

    applied: bool = Field(description="Whether the body applies the practice the rule describes")
    declared_on: Day | None = None
    not_possible_reason: str | None = Field(
        default=None, description="Why applying it was not possible, where the text allows that"
    )
    evidence: str | None = Field(default=None, description="Document showing the practice")


class Practices(Frozen):
    """Declared practices for duties with no figure to measure; absent means unknown."""

    circular_clauses: PracticeDeclaration | None = None
    energy_efficient_software: PracticeDeclaration | None = None
    no_single_use_plastics: PracticeDeclaration | None = None
    refurbished_temporary_buildings: PracticeDeclaration | None = None
    retreaded_tyres: PracticeDeclaration | None = None


Quantity = Annotated[Decimal, BeforeValidator(_decimal_from_text), AfterValidator(_non_negative)]
"""A non-negative exact quantity (euros, kilograms, reams...), never a float."""


class PaperPurchases(Frozen):
    """Paper products bought in one calendar year, in the unit the body counts them in."""

    unit: Literal["eur_ht", "kg", "reams", "units"]
    total: Quantity
    recycled: Quantity = Field(description="Part made of recycled paper (>= 50 % recycled fibre)")

    @model_validator(mode="after")
    def _check_parts(self) -> PaperPurchases:
        if self.recycled > self.total:
            msg = "recycled ({recycled}) exceeds the total ({total})"
            values = {"recycled": self.recycled, "total": self.total}
            raise PydanticCustomError("reen.model.recycled_exceeds_total", msg, values)
        return self


class MultiYearPlan(Frozen):
    """The schéma pluriannuel de mise en accessibilité: its period and where it is published."""

    starts_on: Day
    ends_on: Day
    url: str | None = None


OnlineServiceKind = Literal[
    "website", "intranet", "extranet", "mobile_app", "software", "street_furniture"
]
HomePageMention = Literal["totalement", "partiellement", "non", "absente"]


class OnlineService(Frozen):
    """An online public service and the accessibility facts a legal officer would ask for."""

    name: str = Field(min_length=1)
    kind: OnlineServiceKind
    url: str | None = None
    created_on: Day | None = None
    statement_published_on: Day | None = Field(
        default=None, description="Last publication or update of the accessibility statement"
    )
    audit_on: Day | None = None
    compliance_rate_pct: Quantity | None = Field(
        default=None, description="Share of RGAA criteria met at the last audit, in percent"
    )
    home_page_mention: HomePageMention | None = None
    multi_year_plan: MultiYearPlan | None = None
    annual_plan_years: tuple[Year, ...] | None = Field(
        default=None, description="Years whose annual action plan is published"
    )


class GhgReport(Frozen):
    """A published greenhouse-gas emissions report (BEGES) with its transition plan."""

    published_on: Day
    reference_year: Year
    transition_plan: bool | None = None
    significant_indirect_emissions: bool | None = Field(
        default=None, description="Covers significant indirect emissions (scope 3)"
    )
    transmitted: bool | None = Field(
        default=None, description="Transmitted to the administrative authority (ADEME platform)"
    )


class DataCentre(Frozen):
    """A data centre the body operates, its power per SIRET and its yearly reports."""

    name: str = Field(min_length=1)
    siret: Annotated[str, Field(pattern=r"^\d{14}$")] | None = None
    installed_power_kw: Quantity = Field(description="Installed power of the server rooms, kW")
    commissioned_on: Day | None = None
    declared_on: Day | None = Field(default=None, description="Declared to the minister on")
    yearly_reports: dict[Year, Day] = Field(
        default_factory=dict, description="Data year -> date the yearly information was sent"
    )


class Exemption(Frozen):
    """An exemption the body claims for a rule, on a ground the rule file lists."""

    rule_id: str = Field(min_length=1)
    period: Year | None = Field(default=None, description="Calendar year, or null for all")
    ground: str = Field(min_length=1, description="A key of the rule's exemption_grounds")
    justification: str = Field(min_length=1)
    expires_on: Day | None = None


class Profile(Frozen):
    """Everything known about one body; version 1 of the profile format."""

    format_version: Literal[1]
    collectivity: Collectivity
    documents: Documents = Documents.model_construct()  # no validator built at import
    sustainable_development_reports: dict[Year, SustainableDevelopmentReport] = Field(
        default_factory=dict
    )
    equipment_disposal: dict[Year, EquipmentDisposal] = Field(default_factory=dict)
    procurement: dict[Year, tuple[ProcurementFigure, ...]] = Field(default_factory=dict)
    spaser_targets: tuple[SpaserTarget, ...] = ()
    contracts: tuple[Contract, ...] | None = Field(
        default=None, description="Public contracts by consultation; absent means unknown"
    )
    digital_product_purchases: tuple[DigitalProductPurchase, ...] | None = None
    practices: Practices = Practices.model_construct()
    paper_purchases: dict[Year, PaperPurchases] = Field(default_factory=dict)
    online_services: tuple[OnlineService, ...] | None = None
    ghg_reports: tuple[GhgReport, ...] | None = None
    data_centres: tuple[DataCentre, ...] | None = None
    exemptions: tuple[Exemption, ...] = ()
