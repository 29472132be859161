"""The declarative shape of a rule file: one legal obligation, its citations and dated values.

Rule files are data written by jurists' hands: this module only says what a rule may contain.
Conditions stay text here; `loading` compiles them once against the names the engine offers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from reen_compliance.model import (
    Contract,
    DigitalProductPurchase,
    Frozen,
    OnlineServiceKind,
)

Confidence = Literal["high", "medium", "low"]
RULE_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class LocalizedText(Frozen):
    """A text in French (the law's language) and English."""

    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def in_language(self, lang: str) -> str:
        """Return the text in `lang` ("fr" or "en")."""
        return self.en if lang == "en" else self.fr


SHORT_TITLE_MAX = 42
"""A short title fits a table's column header and a 100-column terminal line."""


class ShortText(LocalizedText):
    """A short text in French and English, such as a column title."""

    fr: str = Field(min_length=1, max_length=SHORT_TITLE_MAX)
    en: str = Field(min_length=1, max_length=SHORT_TITLE_MAX)


class TextVersion(Frozen):
    """A version of a cited text in force over a period; findings name the one they applied."""

    effective_from: date
    effective_to: date | None = None
    label: str = Field(min_length=1, description="How the version is named in a citation")
    enacted_on: date | None = Field(default=None, description="Publication of the amending text")


class LegalBasis(Frozen):
    """A citation a legal officer can check: text, article, Légifrance identifier, URL."""

    text: str = Field(min_length=1, description="Title of the legal text")
    article: str = Field(min_length=1, description="Article(s) applied")
    legifrance_id: str = Field(min_length=1, description="JORFTEXT/JORFARTI/LEGIARTI/LEGITEXT id")
    url: str = Field(pattern=r"^https?://", description="Public URL of the text")
    quote: str | None = Field(default=None, description="Short quote of the key phrase, in « »")
    version: str | None = Field(default=None, description="Version of the text applied")
    versions: tuple[TextVersion, ...] = Field(
        default=(), description="Dated versions; a finding cites the one in force on its date"
    )
    applies_from: date | None = Field(
        default=None,
        description="First day the text applies; a finding whose period ends before it omits it",
    )


ParameterValue = Decimal | tuple[str, ...] | None


class EndingAct(Frozen):
    """The text that set an end date, and its publication: before it, the end was unknown."""

    source: str = Field(min_length=1)
    enacted_on: date


class DatedValue(Frozen):
    """One dated version of a value; versions are appended, never edited.

    `effective_to` is inclusive, as texts write « jusqu'au »; without it a version holds until
    the next one starts. `value: null` with `confirmed: true` records a repeal; with
    `confirmed: false` it records a value the reference could not confirm.
    """

    effective_from: date
    effective_to: date | None = None
    value: ParameterValue = None
    confirmed: bool = True
    confidence: Confidence | None = None
    source: str = Field(min_length=1, description="Text and article that set this value")
    enacted_on: date | None = Field(
        default=None, description="Publication date of the text that set it (for --law-as-of)"
    )
    review_note: LocalizedText | None = None
    ended_by: EndingAct | None = Field(
        default=None, description="The text that set effective_to, for --law-as-of"
    )
    read_in_text: bool = Field(
        default=True,
        description="False when only secondary sources give the value (the text itself was not "
        "read): shares are measured against it, never concluded on",
    )

    @model_validator(mode="after")
    def _check(self) -> DatedValue:
        if self.effective_to is not None and self.effective_to < self.effective_from:
            msg = "effective_to {end} is before effective_from {start}"
            values = {"end": self.effective_to, "start": self.effective_from}
            raise PydanticCustomError("reen.rules.end_before_start", msg, values)
        if not self.confirmed and self.value is not None:
            msg = "an unconfirmed value must be null: the reference gives no number to encode"
            raise PydanticCustomError("reen.rules.unconfirmed_not_null", msg)
        if not self.read_in_text and self.value is None:
            msg = "read_in_text: false qualifies a value: give the value the sources give"
            raise PydanticCustomError("reen.rules.read_in_text_without_value", msg)
        return self

    @property
    def conclusive(self) -> bool:
        """Whether a finding may conclude on this value: confirmed, read in the text, not low."""
        return (
            self.confirmed
            and self.value is not None
            and self.read_in_text
            and self.confidence != "low"
        )

    @property
    def needs_review(self) -> bool:
        """Whether this value carries a doubt a report must show."""
        return (
            (not self.confirmed)
            or (not self.read_in_text)
            or self.confidence in {"medium", "low"}
            or bool(self.review_note)
        )


class DatedValues(tuple[DatedValue, ...]):  # noqa: SLOT001 - its instance dict holds the memo
    """The versions of one value, as a tuple that keeps what the law layer derives from it.

    `memo` holds, for every evaluation, what depends on these versions alone (sorted for a
    bisect, the versions known on a law date): see `timeline.Timeline` and `law_memo`. It is
    not part of the value: equality, hashing and serialisation are the tuple's.
    """

    @property
    def memo(self) -> dict[Hashable, object]:
        """The memo of these versions."""
        found: dict[Hashable, object] | None = self.__dict__.get("_memo")
        if found is None:
            found = self.__dict__["_memo"] = {}
        return found


Versions = Annotated[tuple[DatedValue, ...], AfterValidator(DatedValues)]


class Parameter(Frozen):
    """A named value of the law that changes over time (a threshold, a list of bodies)."""

    unit: str = Field(min_length=1)
    values: Versions = Field(min_length=1)


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
    source: str = Field(min_length=1)


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
    source: str = Field(min_length=1)


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


class ReviewNote(Frozen):
    """A doubt the reference records, shown on findings where `when` holds (always if None).

    `when` may read the body's facts and `period_year`, the year of the last day the finding
    examines. `reading_for` lists the statuses that rest on the doubt: a finding with one of
    them shows « lecture non confirmée » beside its status and does not set the exit code.
    """

    when: str | None = None
    note: LocalizedText
    reading_for: tuple[Literal["non_compliant", "not_yet_due", "compliant"], ...] = ()


class Remediation(Frozen):
    """The act that fixes a failing finding, who decides it; the deadline comes from the check."""

    act: LocalizedText
    decided_by: LocalizedText | dict[str, LocalizedText] = Field(
        description="Who decides the act: one text, or a text per kind of body (the legal"
        " reference's entity keys: commune, cc, ca, cu, metropole, departement…) with a"
        " `default` entry for the others"
    )

    @model_validator(mode="after")
    def _default_decider(self) -> Remediation:
        if isinstance(self.decided_by, dict) and "default" not in self.decided_by:
            msg = "a decided_by per kind of body needs a 'default' entry"
            raise ValueError(msg)
        return self

    def decider(self, entity: str) -> LocalizedText:
        """Who decides the act for a body of this kind (the `default` entry otherwise)."""
        if isinstance(self.decided_by, dict):
            return self.decided_by.get(entity, self.decided_by["default"])
        return self.decided_by


class CalendarEntry(Frozen):
    """A dated obligation to show ahead of time: a fixed date, or a day every year."""

    label: LocalizedText
    date: dt.date | None = None
    yearly: str | None = Field(default=None, pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
    semantics: Literal["on_or_before", "before", "from"] = "on_or_before"
    effective_from: dt.date | None = Field(
        default=None, description="First day the entry may fall on (the text's first due date)"
    )
    effective_to: dt.date | None = Field(
        default=None, description="Last day the entry may fall on (a later text changed it)"
    )
    enacted_on: dt.date | None = Field(
        default=None, description="Publication of the text behind the entry: unknown before it"
    )
    ended_by: EndingAct | None = Field(
        default=None, description="The text that ended the entry; unknown before its publication"
    )

    @model_validator(mode="after")
    def _one_of(self) -> CalendarEntry:
        if (self.date is None) == (self.yearly is None):
            msg = "a calendar entry has either 'date' or 'yearly' (MM-DD), not both"
            raise PydanticCustomError("reen.rules.date_or_yearly", msg)
        return self


class ExemptionGround(Frozen):
    """A ground of exemption the texts provide, which a profile may claim."""

    key: str = Field(pattern=r"^[a-z0-9_]+$")
    label: LocalizedText
    source: str = Field(min_length=1, description="Text and article providing it")


class Sanction(Frozen):
    """The sanction regime in force over a period, as reports show it."""

    effective_from: date
    effective_to: date | None = None
    text: LocalizedText
    source: str = Field(min_length=1)
    enacted_on: date | None = None
    review_note: LocalizedText | None = None


class Rule(Frozen):
    """One legal obligation, as a rule file declares it."""

    id: str = Field(pattern=RULE_ID_PATTERN)
    title: LocalizedText
    short_title: ShortText = Field(
        description="A few words naming the obligation in a summary's column header or legend"
    )
    reference_file: str = Field(description="The legal reference file it is encoded from")
    legal_basis: tuple[LegalBasis, ...] = Field(min_length=1)
    confidence: Confidence
    review: bool = False
    review_notes: tuple[ReviewNote, ...] = ()
    in_force_from: date
    enacted_on: date | None = Field(
        default=None,
        description="Publication of the text that created the obligation, when after the"
        " other texts: a law date before it does not know the rule (shown not applicable)",
    )
    applies_to: str = Field(min_length=1, description="Condition on the body's facts")
    bound_bodies: LocalizedText = Field(
        description="Who is bound, in words; {parameter} is replaced by its value in force"
    )
    parameters: dict[str, Parameter] = Field(default_factory=dict)
    check: Check
    remediation: Remediation
    calendar: tuple[CalendarEntry, ...] = ()
    notes: tuple[str, ...] = ()
    exemption_grounds: tuple[ExemptionGround, ...] = ()
    sanctions: tuple[Sanction, ...] = ()

    @model_validator(mode="after")
    def _check_parameter_names(self) -> Rule:
        for name in _parameter_names(self.check):
            if name not in self.parameters:
                msg = "the check names parameter '{name}', which the rule does not define"
                raise PydanticCustomError(
                    "reen.rules.check_parameter_undefined", msg, {"name": name}
                )
        return self


def _parameter_names(check: object) -> tuple[str, ...]:
    """The parameter names a check of the newer kinds refers to."""
    if isinstance(check, DeclaredShareCheck):
        return (check.minimum,)
    if isinstance(check, AccessibilityCheck):
        return (
            check.full_min_pct,
            check.partial_min_pct,
            check.plan_max_years,
            check.statement_valid_years,
        )
    if isinstance(check, PeriodicPublicationCheck):
        return (check.period_years,)
    if isinstance(check, SiteYearlyReportsCheck):
        return (check.threshold,)
    return ()


DocumentDeadlineCheck.model_rebuild()
PlanContentsCheck.model_rebuild()
