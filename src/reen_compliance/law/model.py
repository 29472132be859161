"""The declarative shape of a rule file: one legal obligation, its citations and dated values.

Rule files are data written by jurists' hands: this module only says what a rule may contain.
Conditions stay text here; `loading` compiles them once against the names the engine offers.
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from reen_compliance.formats.profile import (
    Frozen,
)
from reen_compliance.law.checks import (
    AccessibilityCheck,
    Check,
    DeclaredShareCheck,
    DocumentDeadlineCheck,
    PeriodicPublicationCheck,
    PlanContentsCheck,
    SiteYearlyReportsCheck,
)
from reen_compliance.law.values import (
    RULE_ID_PATTERN,
    Confidence,
    EndingAct,
    LegalBasis,
    LocalizedText,
    Parameter,
    RuleText,
    ShortText,
)


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
    source: RuleText = Field(description="Text and article providing it")


class Sanction(Frozen):
    """The sanction regime in force over a period, as reports show it."""

    effective_from: date
    effective_to: date | None = None
    text: LocalizedText
    source: RuleText
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
