"""The texts and dated values of the rule files: localized words, citations, dated values."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from reen_compliance.formats.profile import (
    Frozen,
)
from reen_compliance.formats.report import TraceValue

Confidence = Literal["high", "medium", "low"]


RULE_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class LocalizedText(Frozen):
    """A text in French (the law's language) and English."""

    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def in_language(self, lang: str) -> str:
        """Return the text in `lang` ("fr" or "en")."""
        return self.en if lang == "en" else self.fr


def _same_in_both(value: object) -> object:
    """A plain string is a text the same in both languages (a bare citation, a code)."""
    return {"fr": value, "en": value} if isinstance(value, str) else value


_OneText = Annotated[str, StringConstraints(min_length=1)]
RuleText = Annotated[
    LocalizedText, BeforeValidator(_same_in_both, json_schema_input_type=_OneText | LocalizedText)
]
"""A text of the rule files shown to readers of both languages: `{fr: …, en: …}`, or one plain
string that reads the same in both (« loi n° 2015-992, art. 79 »); `lint-rules` reports a plain
string holding French words, which an English reader would see."""


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
    label: RuleText = Field(description="How the version is named in a citation")
    enacted_on: date | None = Field(default=None, description="Publication of the amending text")


class LegalBasis(Frozen):
    """A citation a legal officer can check: text, article, Légifrance identifier, URL."""

    text: str = Field(min_length=1, description="Official title of the legal text, in French")
    note: RuleText | None = Field(
        default=None,
        description="A remark on the text that is not part of its title (its repeal, the texts"
        " that amended it), shown after it in the reader's language",
    )
    article: RuleText = Field(description="Article(s) applied")
    legifrance_id: RuleText = Field(
        description="JORFTEXT/JORFARTI/LEGIARTI/LEGITEXT id (a reviewed note where none is known)"
    )
    url: str = Field(pattern=r"^https?://", description="Public URL of the text")
    quote: str | None = Field(default=None, description="Short quote of the key phrase, in « »")
    version: RuleText | None = Field(default=None, description="Version of the text applied")
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

    source: RuleText
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
    source: RuleText = Field(description="Text and article that set this value")
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


@dataclass(frozen=True, slots=True)
class AppliedValue:
    """A dated value of the law a decision applied, its source in both languages.

    Decisions speak no language: a report writes it as a `TraceValue` in its own (`traced`).
    """

    name: str
    value: str | None
    effective_from: date
    effective_to: date | None
    source: LocalizedText

    def traced(self, lang: str) -> TraceValue:
        """The value as a report's trace shows it, its source in `lang`."""
        return TraceValue(
            name=self.name,
            value=self.value,
            effective_from=self.effective_from,
            effective_to=self.effective_to,
            source=self.source.in_language(lang),
        )
