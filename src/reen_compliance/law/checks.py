"""The kinds of check a rule may declare: what each reads in a profile and what it requires."""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from reen_compliance.formats.profile import (
    Contract,
    DigitalProductPurchase,
    Frozen,
    OnlineServiceKind,
)
from reen_compliance.law.values import (
    RULE_ID_PATTERN,
    EndingAct,
    LocalizedText,
    RuleText,
    Versions,
)


class Deadline(Frozen):
    """A date by which an act is due; `on_or_before` is « au plus tard le »."""

    date: dt.date | None = None
    semantics: Literal["on_or_before", "before", "when_bound"] = "on_or_before"
    review_note: LocalizedText | None = None


class DocumentDeadlineCheck(Frozen):
    """A document must be adopted by a deadline once the body is bound."""

    kind: Literal["document_deadline"]
    document: Literal["nr_work_programme", "nr_strategy", "spaser"]
    subject: LocalizedText = Field(description="The document, as a sentence names it")
    subject_gender: Literal["f", "m"] = Field(
        default="f", description="Grammatical gender of the French subject, for agreement"
    )
    deadline: Deadline
    publication_required_from: date | None = Field(
        default=None, description="From this date the document must also be published online"
    )
    required_elements: tuple[ContentElement, ...] = ()
    optional_themes: tuple[ContentElement, ...] = ()


class ContentElement(Frozen):
    """An element a document must (or may) contain, required from a date."""

    key: str = Field(pattern=r"^[a-z_]+$")
    label: LocalizedText
    required_from: date | None = None


class YearlyRatioCheck(Frozen):
    """A yearly share of units (A / B x 100) must reach a dated minimum."""

    kind: Literal["yearly_ratio"]
    data: Literal["equipment_disposal"]
    numerator: Literal["sent_to_reuse"]
    denominator: Literal["reformed_on_jan_1"]
    unit: Literal["items"]
    minimum: str = Field(description="Name of the parameter holding the minimum, in percent")
    first_year: int


class BudgetVote(Frozen):
    """The latest statutory date of the budget vote, which closes a budget cycle (L. 1612-2).

    Years of general renewal of the assembly move it later; where the rule lists no renewal
    years for a kind of body, or a year before `known_from`, the later date is used and the
    finding is flagged for review.
    """

    by: str = Field(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
    renewal_by: str = Field(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
    renewal_years: dict[str, tuple[int, ...]] = Field(
        description="Years of general renewal per kind of body (entity keys), confirmed"
    )
    unconfirmed_renewal_years: dict[str, tuple[int, ...]] = Field(
        default_factory=dict, description="Renewal years the reference leaves to check"
    )
    known_from: int = Field(description="First budget year the renewal years are listed for")
    source: RuleText


class YearlyReportCheck(Frozen):
    """Each budget year's report must contain a section, from the reports presented on a date."""

    kind: Literal["yearly_report"]
    data: Literal["sustainable_development_reports"]
    must_cover: Literal["covers_nr_strategy"] | None = Field(
        default=None, description="A section the report must contain; None: the report itself"
    )
    recent_years: int | None = Field(
        default=None, ge=1, description="Evaluate only the last N budget years (older: history)"
    )
    required_from: date = Field(description="Reports presented from this date must contain it")
    first_year: int
    subject: LocalizedText
    budget_vote: BudgetVote | None = Field(
        default=None, description="The date that closes each budget cycle (no report after it)"
    )


ShareName = Literal["reuse", "recycled", "reuse_or_recycled"]


class Category(Frozen):
    """A legal purchase category of one decree, with its dated minimum shares in percent."""

    key: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    label: str = Field(min_length=1, description="Verbatim label of the decree")
    line: str | None = Field(default=None, description="Line or order number in the annex")
    cpv_codes: tuple[str, ...] = ()
    minimums: dict[ShareName, Versions] = Field(default_factory=dict)
    note: str | None = None


class Regime(Frozen):
    """A decree version of the categories, in force over a period of purchase dates."""

    id: str = Field(pattern=RULE_ID_PATTERN)
    prefix: str = Field(pattern=r"^[a-z0-9-]+$", description="Prefix of its category ids")
    label: LocalizedText
    effective_from: date
    effective_to: date | None = None
    enacted_on: date | None = Field(default=None, description="Publication of the decree")
    ended_by: EndingAct | None = Field(default=None, description="The text that set effective_to")
    combine: Literal["max", "sum"] = Field(
        description="How the euros missing on several shares of one category add up"
    )
    categories: tuple[Category, ...] = Field(min_length=1)
    cpv_table: str | None = Field(
        default=None,
        description="CSV correspondence CPV -> category key, relative to the rule file's folder",
    )

    def category_id(self, category: Category) -> str:
        """The id a profile uses for `category`, such as 'd2021-254:it-equipment'."""
        return f"{self.prefix}:{category.key}"


class CategorySharesCheck(Frozen):
    """Yearly purchase shares per legal category must reach each decree's minimums."""

    kind: Literal["category_shares"]
    data: Literal["procurement"]
    regimes: tuple[Regime, ...] = Field(min_length=1)


class SpaserAlignmentCheck(Frozen):
    """The SPASER's targets per purchase category reach the legal minimums of another rule."""

    kind: Literal["spaser_alignment"]
    data: Literal["spaser_targets"]
    shares_rule: str = Field(pattern=RULE_ID_PATTERN, description="Rule holding the minimums")


class ItemRequirement(Frozen):
    """A yes/no fact each item launched from a date must show, possibly only for some items."""

    key: str = Field(pattern=r"^[a-z_]+$")
    field: str = Field(pattern=r"^[a-z_]+$", description="Boolean field of the item")
    only_if: str | None = Field(
        default=None, pattern=r"^[a-z_]+$", description="Boolean field the item must have true"
    )
    required_from: date = Field(description="Items launched on or after this date")
    read_from: date | None = Field(
        default=None,
        description="Items launched from this date until `required_from` are checked as a reading "
        "(texts disagree on the start): shown, never concluded on",
    )
    label: LocalizedText

    @model_validator(mode="after")
    def _check_reading(self) -> ItemRequirement:
        if self.read_from is not None and self.read_from >= self.required_from:
            msg = f"read_from {self.read_from} must be before required_from {self.required_from}"
            raise ValueError(msg)
        return self


_ITEM_MODELS: dict[str, type[Frozen]] = {
    "contracts": Contract,
    "digital_product_purchases": DigitalProductPurchase,
}


class ItemRequirementsCheck(Frozen):
    """Each procurement (contract, purchase) launched from a date meets yes/no requirements."""

    kind: Literal["item_requirements"]
    data: Literal["contracts", "digital_product_purchases"]
    date_field: Literal["consultation_launched_on", "launched_on"]
    item: LocalizedText = Field(description="What one item is called (a contract, a purchase)")
    requirements: tuple[ItemRequirement, ...] = Field(min_length=1)
    uncertain_days: tuple[date, ...] = Field(
        default=(), description="Launch days on which the texts disagree whether it applies"
    )
    uncertain_note: LocalizedText | None = None

    @model_validator(mode="after")
    def _check_fields(self) -> ItemRequirementsCheck:
        fields = _ITEM_MODELS[self.data].model_fields
        for name in (self.date_field, *(r.field for r in self.requirements)):
            if name not in fields:
                msg = "{data} items have no field '{field}'"
                values = {"data": self.data, "field": name}
                raise PydanticCustomError("reen.rules.no_such_item_field", msg, values)
        for requirement in self.requirements:
            if requirement.only_if is not None and requirement.only_if not in fields:
                msg = "{data} items have no field '{field}'"
                values = {"data": self.data, "field": requirement.only_if}
                raise PydanticCustomError("reen.rules.no_such_item_field", msg, values)
        return self


PracticeName = Literal[
    "circular_clauses",
    "energy_efficient_software",
    "no_single_use_plastics",
    "refurbished_temporary_buildings",
    "retreaded_tyres",
]


class DeclaredPracticeCheck(Frozen):
    """A qualitative duty judged on what the body declares it does, as far as the text allows.

    `best_effort` (« dès que cela est possible », « promeuvent ») and `informational` duties never
    give non_compliant; a `strict` duty (a ban) does when the body declares it does not comply.
    """

    kind: Literal["declared_practice"]
    practices: tuple[PracticeName, ...] = Field(min_length=1)
    duty: Literal["best_effort", "strict", "informational"]
    subject: LocalizedText
    start_confirmed_from: date | None = Field(
        default=None,
        description="From this date the duty is known to be in force; before it, or always "
        "when null, its start is not confirmed",
    )
    start_note: LocalizedText | None = None


class DeclaredShareCheck(Frozen):
    """A yearly share of declared figures must reach a dated minimum, in percent."""

    kind: Literal["declared_share"]
    data: Literal["paper_purchases"]
    minimum: str = Field(description="Parameter holding the minimum, in percent")
    first_year: int
    subject: LocalizedText
    unit_confirmed: bool = Field(description="Whether the texts say what the share counts")
    recent_years: int | None = Field(
        default=None, ge=1, description="Years without figures are reported only for the last N"
    )
    unit_note: LocalizedText | None = None


class ServiceScope(Frozen):
    """From when the duties bind a kind of online service (by its creation date)."""

    kinds: tuple[OnlineServiceKind, ...] = Field(min_length=1)
    created_before: date | None = None
    created_on_or_after: date | None = None
    applies_from: date
    source: RuleText


class AccessibilityCheck(Frozen):
    """Per online service: statement, multi-year plan, annual plan and a truthful mention."""

    kind: Literal["accessibility"]
    data: Literal["online_services"]
    service_scopes: tuple[ServiceScope, ...] = Field(min_length=1)
    full_min_pct: str = Field(description="Parameter: rate for « totalement conforme »")
    partial_min_pct: str = Field(description="Parameter: rate for « partiellement conforme »")
    plan_max_years: str = Field(description="Parameter: longest multi-year plan, in years")
    statement_valid_years: str = Field(description="Parameter: years before a statement update")
    inaccessibility_sanctioned_from: date | None = Field(
        default=None,
        description="First day a sanction may punish inaccessibility itself, not only the "
        "declarative duties (ARCOM, loi n° 2005-102 art. 47-1)",
    )


class ReportElement(Frozen):
    """A yes/no part of a published report, required in reports published from a date."""

    field: Literal["transition_plan", "significant_indirect_emissions", "transmitted"]
    label: LocalizedText
    required_from: date | None = None


class PeriodicPublicationCheck(Frozen):
    """A report published by a first deadline, then renewed every N years."""

    kind: Literal["periodic_publication"]
    data: Literal["ghg_reports"]
    subject: LocalizedText
    first_due: date
    period_years: str = Field(description="Parameter holding the renewal period, in years")
    elements: tuple[ReportElement, ...] = ()
    anchor_note: LocalizedText | None = Field(
        default=None, description="How the cycle is anchored, when the texts leave it open"
    )


class SiteYearlyReportsCheck(Frozen):
    """Each site at or above a power threshold sends its previous year's data by a yearly day."""

    kind: Literal["site_yearly_reports"]
    data: Literal["data_centres"]
    threshold: str = Field(description="Parameter holding the power threshold, in kW")
    due_day: str = Field(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
    first_due_year: int = Field(description="First year whose due day is checked")
    first_due_confirmed: bool
    declaration_within_months: int = Field(ge=1)


class PlanContentsCheck(Frozen):
    """A plan adopted or revised from a date contains required elements."""

    kind: Literal["plan_contents"]
    document: Literal["pcaet"]
    subject: LocalizedText
    subject_gender: Literal["f", "m"] = "m"
    contents_required_from: date
    required_elements: tuple[ContentElement, ...] = Field(min_length=1)


Check = Annotated[
    DocumentDeadlineCheck
    | YearlyRatioCheck
    | YearlyReportCheck
    | CategorySharesCheck
    | SpaserAlignmentCheck
    | ItemRequirementsCheck
    | DeclaredPracticeCheck
    | DeclaredShareCheck
    | AccessibilityCheck
    | PeriodicPublicationCheck
    | SiteYearlyReportsCheck
    | PlanContentsCheck,
    Field(discriminator="kind"),
]
