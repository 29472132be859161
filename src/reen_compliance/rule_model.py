"""The declarative shape of a rule file: one legal obligation, its citations and dated values.

Rule files are data written by jurists' hands: this module only says what a rule may contain.
Conditions stay text here; `loading` compiles them once against the names the engine offers.
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field, model_validator

from reen_compliance.model import Frozen

Confidence = Literal["high", "medium", "low"]
RULE_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class LocalizedText(Frozen):
    """A text in French (the law's language) and English."""

    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def in_language(self, lang: str) -> str:
        """Return the text in `lang` ("fr" or "en")."""
        return self.en if lang == "en" else self.fr


class LegalBasis(Frozen):
    """A citation a legal officer can check: text, article, Légifrance identifier, URL."""

    text: str = Field(min_length=1, description="Title of the legal text")
    article: str = Field(min_length=1, description="Article(s) applied")
    legifrance_id: str = Field(min_length=1, description="JORFTEXT/JORFARTI/LEGIARTI/LEGITEXT id")
    url: str = Field(pattern=r"^https?://", description="Public URL of the text")
    quote: str | None = Field(default=None, description="Short quote of the key phrase, in « »")
    version: str | None = Field(default=None, description="Version of the text applied")


ParameterValue = Decimal | tuple[str, ...] | None


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

    @model_validator(mode="after")
    def _check(self) -> DatedValue:
        if self.effective_to is not None and self.effective_to < self.effective_from:
            msg = f"effective_to {self.effective_to} is before effective_from {self.effective_from}"
            raise ValueError(msg)
        if not self.confirmed and self.value is not None:
            msg = "an unconfirmed value must be null: the reference gives no number to encode"
            raise ValueError(msg)
        return self

    @property
    def needs_review(self) -> bool:
        """Whether this value carries a doubt a report must show."""
        return (
            (not self.confirmed) or self.confidence in {"medium", "low"} or bool(self.review_note)
        )


class Parameter(Frozen):
    """A named value of the law that changes over time (a threshold, a list of bodies)."""

    unit: str = Field(min_length=1)
    values: tuple[DatedValue, ...] = Field(min_length=1)


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


class YearlyReportCheck(Frozen):
    """Each budget year's report must contain a section, from the reports presented on a date."""

    kind: Literal["yearly_report"]
    data: Literal["sustainable_development_reports"]
    must_cover: Literal["covers_nr_strategy"]
    required_from: date = Field(description="Reports presented from this date must contain it")
    first_year: int
    subject: LocalizedText


ShareName = Literal["reuse", "recycled", "reuse_or_recycled"]


class Category(Frozen):
    """A legal purchase category of one decree, with its dated minimum shares in percent."""

    key: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    label: str = Field(min_length=1, description="Verbatim label of the decree")
    line: str | None = Field(default=None, description="Line or order number in the annex")
    cpv_codes: tuple[str, ...] = ()
    minimums: dict[ShareName, tuple[DatedValue, ...]] = Field(default_factory=dict)
    note: str | None = None


class Regime(Frozen):
    """A decree version of the categories, in force over a period of purchase dates."""

    id: str = Field(pattern=RULE_ID_PATTERN)
    prefix: str = Field(pattern=r"^[a-z0-9-]+$", description="Prefix of its category ids")
    label: LocalizedText
    effective_from: date
    effective_to: date | None = None
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


Check = Annotated[
    DocumentDeadlineCheck
    | YearlyRatioCheck
    | YearlyReportCheck
    | CategorySharesCheck
    | SpaserAlignmentCheck,
    Field(discriminator="kind"),
]


class ReviewNote(Frozen):
    """A doubt the reference records, shown on findings where `when` holds (always if None)."""

    when: str | None = None
    note: LocalizedText


class Remediation(Frozen):
    """The act that fixes a failing finding, who decides it; the deadline comes from the check."""

    act: LocalizedText
    decided_by: LocalizedText


class CalendarEntry(Frozen):
    """A dated obligation to show ahead of time: a fixed date, or a day every year."""

    label: LocalizedText
    date: dt.date | None = None
    yearly: str | None = Field(default=None, pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
    semantics: Literal["on_or_before", "before", "from"] = "on_or_before"

    @model_validator(mode="after")
    def _one_of(self) -> CalendarEntry:
        if (self.date is None) == (self.yearly is None):
            msg = "a calendar entry has either 'date' or 'yearly' (MM-DD), not both"
            raise ValueError(msg)
        return self


class Rule(Frozen):
    """One legal obligation, as a rule file declares it."""

    id: str = Field(pattern=RULE_ID_PATTERN)
    title: LocalizedText
    reference_file: str = Field(description="The legal reference file it is encoded from")
    legal_basis: tuple[LegalBasis, ...] = Field(min_length=1)
    confidence: Confidence
    review: bool = False
    review_notes: tuple[ReviewNote, ...] = ()
    in_force_from: date
    applies_to: str = Field(min_length=1, description="Condition on the body's facts")
    bound_bodies: LocalizedText = Field(
        description="Who is bound, in words; {parameter} is replaced by its value in force"
    )
    parameters: dict[str, Parameter] = Field(default_factory=dict)
    check: Check
    remediation: Remediation
    calendar: tuple[CalendarEntry, ...] = ()
    notes: tuple[str, ...] = ()


DocumentDeadlineCheck.model_rebuild()
