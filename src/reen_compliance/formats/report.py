"""The compliance report: findings per rule and period, as the JSON format publishes them.

Fixed fields (report format version 1) keep their names; new fields may be added. Decimals are
serialised as strings so no reader turns euros into floats.
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Annotated, Literal, TypeVar

from pydantic import Field, PlainSerializer, model_validator
from pydantic_core import PydanticUndefined

from reen_compliance.formats.profile import Frozen, Status

REPORT_FORMAT_VERSION: Literal[1] = 1

InsufficientCause = Literal["body_data", "law_value_unconfirmed", "law_value_unknown"]
"""Why data are insufficient: the body's, or the law's value (not confirmed, not yet fixed)."""

DecimalText = Annotated[Decimal, PlainSerializer(str, return_type=str)]


class Citation(Frozen):
    """A legal basis as the report cites it."""

    text: str
    article: str
    legifrance_id: str
    url: str
    version: str | None = None
    note: str | None = None


class Gap(Frozen):
    """How far the body is from the requirement: euros for spend shares, units for items."""

    unit: Literal["EUR", "items", "percent"]
    required: DecimalText
    actual: DecimalText
    missing: DecimalText

    exceeded_by: DecimalText | None = Field(
        default=None,
        description="How far the actual figure exceeds the requirement (0 when it is just met, "
        "null when something is missing); computed when not given",
    )

    @model_validator(mode="after")
    def _exceeded(self) -> Gap:
        if self.exceeded_by is None and self.missing <= 0:
            surplus = max(self.actual - self.required, Decimal(0))
            object.__setattr__(self, "exceeded_by", surplus)
        return self


class ShareGap(Frozen):
    """The gap of one share (reuse, recycled) across the categories below their minimum."""

    share: Literal["reuse", "recycled", "reuse_or_recycled"]
    unit: Literal["EUR"] = "EUR"
    required: DecimalText = Field(description="Qualifying euros HT the minimums call for")
    actual: DecimalText = Field(description="Qualifying euros HT bought")
    missing: DecimalText = Field(description="required minus actual")


class ShareMeasure(Frozen):
    """One share of one purchase category, against its legal minimum in force."""

    category: str
    label: str
    regime: str
    data_period: str
    share: Literal["reuse", "recycled", "reuse_or_recycled"]
    total_eur_ht: DecimalText
    qualifying_eur_ht: DecimalText
    share_pct: DecimalText | None
    minimum_pct: DecimalText | None
    minimum_confirmed: bool
    minimum_source: str | None
    status: Status
    missing_eur_ht: DecimalText | None
    review: bool


M = TypeVar("M", bound=Frozen)
_set = object.__setattr__


def trusted(model: type[M], /, **values: object) -> M:
    """`model` built without validation, from values already of its fields' types (issue #18).

    For the engine's own results, whose values are what validation would give (stripped text,
    a Decimal, an enum member, one of a Literal's values): validation stays at the edges, where
    data come in. Fields not given take their default; models with validators are refused.
    """
    names, defaults = _LAYOUTS.get(model) or _layout(model)
    given = set(values)
    if tuple(values) != names:  # the usual call gives every field in order: nothing to arrange
        unknown = given.difference(names)
        if unknown:
            raise TypeError(f"{model.__name__} has no field {min(unknown)!r}")
        values = {name: values[name] if name in values else defaults[name] for name in names}
    return owned(model, values, given)


def owned(model: type[M], values: dict[str, object], given: set[str]) -> M:
    """`trusted` for a caller that gives every field in order: the model keeps `values`.

    No check and no copy (the report's assembly builds two hundred models per evaluation): the
    caller takes its names from `field_names`, which refuses models with validators, and gives
    the names a validation of the same data would have counted as set (`given`, which models of
    one kind may share: frozen models never change it, and `model_copy` copies it first).
    Tests hold each report so built equal to the validated one.
    """
    new = _new(model)
    _set(new, "__dict__", values)
    _set(new, "__pydantic_fields_set__", given)
    _set(new, "__pydantic_extra__", None)
    _set(new, "__pydantic_private__", None)
    return new


def field_names(model: type[Frozen]) -> tuple[str, ...]:
    """A model's field names in order, for `owned`; refused if the model has validators."""
    return (_LAYOUTS.get(model) or _layout(model))[0]


_new = object.__new__
_LAYOUTS: dict[type[Frozen], tuple[tuple[str, ...], dict[str, object]]] = {}


def _layout(model: type[Frozen]) -> tuple[tuple[str, ...], dict[str, object]]:
    """A model's field names in order and their plain defaults; refused if it has validators."""
    decorators = model.__pydantic_decorators__
    if decorators.model_validators or decorators.field_validators or decorators.validators:
        raise TypeError(f"{model.__name__} has validators: build it by validation")
    fields = model.model_fields
    defaults = {
        name: info.default for name, info in fields.items() if info.default is not PydanticUndefined
    }
    layout = _LAYOUTS[model] = (tuple(fields), defaults)
    return layout


class TargetProgressRow(Frozen):
    """One SPASER target next to the share achieved that year and the legal minimum."""

    year: int
    category: str
    share: Literal["reuse", "recycled", "reuse_or_recycled"]
    target_pct: DecimalText
    achieved_pct: DecimalText | None = Field(description="None without purchases that year")
    minimum_pct: DecimalText | None
    minimum_confirmed: bool
    target_reached: bool | None


class TraceFact(Frozen):
    """A fact the decision used, with where it was read in the profile."""

    name: str
    value: str | None
    source: str


@lru_cache(maxsize=4096)
def trace_fact(name: str, value: str | None, source: str) -> TraceFact:
    """The fact `name` = `value` read at `source`: one immutable model per distinct fact.

    A report holds a hundred facts, many the same (the population, read by several rules and
    years): validating each model again costs more than finding it (a bounded memo, as for
    rendered messages).
    """
    return TraceFact(name=name, value=value, source=source)


class TraceValue(Frozen):
    """A dated value of the law the decision applied."""

    name: str
    value: str | None
    effective_from: date
    effective_to: date | None
    source: str


class Trace(Frozen):
    """The legal reasoning behind a finding: facts, dated values and steps."""

    facts: tuple[TraceFact, ...] = ()
    values: tuple[TraceValue, ...] = ()
    steps: tuple[str, ...] = ()


class DataPeriod(Frozen):
    """The days whose facts a finding judges, inclusive."""

    start: date
    end: date


@lru_cache(maxsize=4096)
def data_period(start: date, end: date) -> DataPeriod:
    """The days `start` to `end`: one immutable model per span, as `trace_fact` for facts.

    A report's findings judge a few spans (a year up to the assessment date), each read by
    several rules: one model each, built as validation would build it.
    """
    return owned(DataPeriod, {"start": start, "end": end}, _PERIOD_SET)


class Finding(Frozen):
    """The status of one rule for one period, with why and what to do."""

    rule_id: str
    period: str | None
    status: Status
    title: str
    legal_basis: tuple[Citation, ...]
    deadline: date | None
    gap: Gap | None
    explanation: str
    review: bool
    confidence: Literal["high", "medium", "low"]
    review_notes: tuple[str, ...] = ()
    remediation: str | None = None
    bound_since: date | None = None
    data_source: str | None = None
    measures: tuple[ShareMeasure, ...] = ()
    trace: Trace = Trace()
    data_period: DataPeriod | None = None
    sanction: str | None = None
    statutory_deadline: date | None = Field(
        default=None,
        description="The law's own deadline when it differs from `deadline`: the body became"
        " bound later (threshold crossed) and the texts give no grace period",
    )
    days_late: int | None = Field(
        default=None,
        ge=0,
        description="Days between the deadline and the act adopted late, or the assessment"
        " date while the act is still missing; absent when on time",
    )
    foreseeable_breach: bool | None = Field(
        default=None,
        description="True when the act is planned after its deadline: a breach foreseeable"
        " before the deadline passes",
    )
    reading_unconfirmed: bool = Field(
        default=False,
        description="Whether the status rests on a reading of the law the reference does not "
        "confirm: shown next to the status in every format; never a firm breach",
    )
    insufficient_data_cause: InsufficientCause | None = Field(
        default=None,
        description="For `insufficient_data`: the body's data is missing (body_data), the law's "
        "value is not confirmed by the reference (law_value_unconfirmed), or the law had not fixed "
        "it on the law date (law_value_unknown)",
    )
    status_scope: Literal["declarative_duties"] | None = Field(
        default=None,
        description="The part of the obligation a `compliant` status covers when it does not cover "
        "it all (declarative_duties: statement, plans and mention in order, the service itself "
        "not fully accessible)",
    )
    status_note: str | None = Field(
        default=None,
        description="The words shown next to the status: an unconfirmed reading, whose data is "
        "missing, a partial scope",
    )
    gap_by_share: tuple[ShareGap, ...] = Field(
        default=(),
        description="The gap per share (reuse, recycled) whose totals make up `gap`",
    )
    information_only: bool = Field(
        default=False,
        description="Whether the finding is a point of attention the law does not require: never "
        "non_compliant, no deadline, no effect on the exit code",
    )
    target_progress: tuple[TargetProgressRow, ...] = Field(
        default=(),
        description="SPASER targets against the shares achieved (ledger or declared figures)",
    )
    period_label: str | None = Field(
        default=None,
        description="The period as a reader names it, where `period` is a key (a practice)",
    )
    remedy_act: str | None = Field(
        default=None,
        description="The act that fixes the finding, alone (the `remediation` sentence also says"
        " who and by when): the « what to do » of a report's actions",
    )
    remedy_by: str | None = Field(
        default=None,
        description="Who decides that act, for this kind of body: the « who acts » of the actions",
    )
    note_refs: tuple[int, ...] = Field(
        default=(),
        description="Numbers of this finding's review notes in the report's `notes` (each printed "
        "once per report)",
    )


class CollectivityRef(Frozen):
    """Who the report is about."""

    name: str
    kind: str
    siren: str | None
    insee_code: str | None = None
    epci_category: str | None = None


class UpcomingDeadline(Frozen):
    """A dated obligation ahead of `as_of`."""

    date: dt.date
    rule_id: str
    label: str
    semantics: str


class Receipt(Frozen):
    """What a reader needs to reproduce the report exactly."""

    engine_version: str
    rule_pack_version: str
    rule_pack_sha256: str
    profile_sha256: str | None = None
    ledger_sha256: tuple[str, ...] = ()
    as_of: date
    law_as_of: date


class Report(Frozen):
    """A compliance report of one body, as of a date, in one language."""

    report_format_version: Literal[1] = REPORT_FORMAT_VERSION
    engine_version: str
    as_of: date
    law_as_of: date
    lang: Literal["fr", "en"]
    collectivity: CollectivityRef
    findings: tuple[Finding, ...]
    summary: dict[Status, int] = Field(description="Count of findings per status")
    next_deadlines: tuple[UpcomingDeadline, ...]
    review_required: bool = Field(description="Whether any finding rests on an uncertain reading")
    warnings: tuple[str, ...] = Field(
        default=(), description="Profile statements not applied, such as an expired exemption"
    )
    notes: tuple[str, ...] = Field(
        default=(),
        description="Every review note of the report once, numbered from 1 in this order; each "
        "finding's `note_refs` points here",
    )
    receipt: Receipt


_PERIOD_SET = set(field_names(DataPeriod))
