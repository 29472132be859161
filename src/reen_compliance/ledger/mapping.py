"""A ledger mapping file (`--mapping FILE.yaml`): how to read one kind of export and classify it.

Finance software exports rarely carry a CPV code: they carry a budget nature (M57), an internal
purchase family, a supplier and a description. A mapping file says which columns hold what,
how the file is written (delimiter, encoding, sheets, amounts HT or TTC with a VAT rate), and
rules that send a nature, a family, a CPV prefix or a supplier to a decree category for a date
range. It is validated like a profile: every problem is located (file, line, column, JSON path).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, model_validator

from reen_compliance.errors import MAPPING, LedgerError, ProfileError
from reen_compliance.files.source import read_document
from reen_compliance.formats.profile import Day, Frozen
from reen_compliance.law.loading import _validate

__all__ = ["CATEGORY_RULE_FIELDS", "CategoryRule", "LedgerMapping", "load_mapping"]

CATEGORY_RULE_FIELDS = ("nature", "family", "cpv_prefix", "supplier")
"""What a rule may match on; all those a rule gives must match (text compared without case)."""

_Delimiter = Literal[";", ",", "\t", "|", "tab"]
_Encoding = Literal["utf-8", "cp1252", "latin-1", "iso-8859-1", "iso-8859-15"]
_Column = Annotated[str, Field(min_length=1)]
_VatRate = Annotated[Decimal, Field(ge=0, le=100)]


class MappingColumns(Frozen):
    """The file's header for each of our columns; those left out are found by their aliases."""

    date: _Column | None = None
    amount_ht: _Column | None = None
    amount_ttc: _Column | None = None
    cpv: _Column | None = None
    category: _Column | None = None
    nature: _Column | None = None
    family: _Column | None = None
    supplier: _Column | None = None
    description: _Column | None = None
    reuse: _Column | None = None
    recycled: _Column | None = None
    donation: _Column | None = None


class CategoryRuleModel(Frozen):
    """One rule: lines matching every given field, dated in the range, go to `category`."""

    category: _Column
    nature: _Column | None = None
    family: _Column | None = None
    cpv_prefix: Annotated[str, Field(pattern=r"^\d{2,8}$")] | None = None
    supplier: _Column | None = None
    effective_from: Day | None = None
    effective_to: Day | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _one_field_and_ordered(self) -> CategoryRuleModel:
        if all(getattr(self, name) is None for name in CATEGORY_RULE_FIELDS):
            msg = "give at least one of nature, family, cpv_prefix, supplier"
            raise ValueError(msg)
        if self.effective_from and self.effective_to and self.effective_to < self.effective_from:
            msg = "effective_to is before effective_from"
            raise ValueError(msg)
        return self


class MappingModel(Frozen):
    """The whole mapping file."""

    description: str | None = None
    columns: MappingColumns = MappingColumns()
    delimiter: _Delimiter | None = None
    encoding: _Encoding | None = None
    sheets: tuple[_Column, ...] | None = None
    amounts: Literal["ht", "ttc"] | None = None
    vat_rate_pct: _VatRate | None = None
    rules: tuple[CategoryRuleModel, ...] = ()

    @model_validator(mode="after")
    def _ttc_needs_rate(self) -> MappingModel:
        ttc = self.amounts == "ttc" or self.columns.amount_ttc is not None
        if ttc and self.vat_rate_pct is None:
            msg = "amounts TTC need vat_rate_pct (such as 20) to be turned into HT"
            raise ValueError(msg)
        if self.columns.amount_ttc and self.columns.amount_ht:
            msg = "give columns.amount_ht or columns.amount_ttc, not both"
            raise ValueError(msg)
        return self


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """A validated rule, with where it was written so a report can cite it."""

    category: str
    match: tuple[tuple[str, str], ...]
    """(field, folded value) pairs; all must match."""
    effective_from: date | None
    effective_to: date | None
    file: str
    line: int | None
    column: int | None
    path: str


@dataclass(frozen=True, slots=True)
class LedgerMapping:
    """How to read and classify a ledger; every field is optional."""

    columns: dict[str, str]
    delimiter: str | None = None
    encoding: str | None = None
    sheets: tuple[str, ...] | None = None
    vat_rate_pct: Decimal | None = None
    amounts_ttc: bool = False
    rules: tuple[CategoryRule, ...] = ()
    source: str | None = None


def fold(text: str) -> str:
    """Compare rule values and cells without case or surrounding spaces."""
    return text.strip().casefold()


def load_mapping(path: str | Path) -> LedgerMapping:
    """Read and validate a mapping file; raise `LedgerError` with every located problem."""
    try:
        document = read_document(path, error=ProfileError)
        model = _validate(MappingModel, document.data, document.locator, ProfileError)
    except ProfileError as error:
        raise LedgerError(error.problems, heading_id=MAPPING) from None
    columns = {k: v for k, v in model.columns.model_dump().items() if v is not None}
    ttc = model.amounts == "ttc" or "amount_ttc" in columns
    if ttc and "amount_ht" in columns:  # `amounts: ttc` names the amount column's basis
        columns["amount_ttc"] = columns.pop("amount_ht")
    rules = tuple(
        CategoryRule(
            category=rule.category,
            match=tuple(
                (name, fold(value))
                for name in CATEGORY_RULE_FIELDS
                if (value := getattr(rule, name)) is not None
            ),
            effective_from=rule.effective_from,
            effective_to=rule.effective_to,
            file=str(path),
            line=document.locator.position(("rules", index, "category"))[0],
            column=document.locator.position(("rules", index, "category"))[1],
            path=f"$.rules[{index}].category",
        )
        for index, rule in enumerate(model.rules)
    )
    delimiter = "\t" if model.delimiter == "tab" else model.delimiter
    return LedgerMapping(
        columns=columns,
        delimiter=delimiter,
        encoding=model.encoding,
        sheets=model.sheets,
        vat_rate_pct=model.vat_rate_pct,
        amounts_ttc=ttc,
        rules=rules,
        source=str(path),
    )
