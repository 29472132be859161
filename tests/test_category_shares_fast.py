"""The category shares' measures built without validation equal the validated ones (issue #18)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from reen_compliance import load_rules
from reen_compliance.decisions.shares import measure_shares, regime_span, rule_category_index
from reen_compliance.formats.profile import ProcurementFigure
from reen_compliance.formats.report import Gap, ShareGap, ShareMeasure, trusted
from reen_compliance.law.applicability import LawView
from reen_compliance.law.timeline import intersect, year_span

LAW_DATES = (date(2021, 6, 1), date(2023, 1, 1), date(2024, 3, 1), date(2026, 11, 24))
FIGURES = (
    {"total_eur_ht": "850000.00", "reuse_eur_ht": "153000.00", "recycled_eur_ht": "0"},
    {"total_eur_ht": "62000.00", "reuse_eur_ht": "3100.00", "recycled_eur_ht": "9300.00"},
    {"total_eur_ht": "1000", "reuse_eur_ht": "1000"},
    {"total_eur_ht": "3", "reuse_eur_ht": "1", "donations_eur": "0.01"},
    {"total_eur_ht": "0"},
)


def _measures() -> list[ShareMeasure]:
    """Every share of every category of the bundled decrees, for several figures and law dates."""
    rule = next(r for r in load_rules().rules if r.rule.check.kind == "category_shares")
    found: list[ShareMeasure] = []
    for law_as_of in LAW_DATES:
        law = LawView(law_as_of)
        for category_id, ref in rule_category_index(rule).items():
            for year in range(2021, 2028):
                span = intersect(regime_span(ref.regime), year_span(year))
                if span is None:
                    continue
                for values in FIGURES:
                    figure = ProcurementFigure.model_validate({"category": category_id, **values})
                    found += measure_shares(law, ref, figure, span)
    return found


def test_measures_built_without_validation_equal_validated_ones() -> None:
    """Each measure equals, field by field and in JSON, the model validation builds."""
    measures = _measures()
    statuses = {m.status for m in measures}
    assert len(statuses) >= 4  # compliant, below, not applicable, unconfirmed: all paths taken
    for measure in measures:
        validated = ShareMeasure(**measure.__dict__)
        assert measure == validated
        assert measure.model_fields_set == validated.model_fields_set
        assert measure.model_dump_json() == validated.model_dump_json()
        for name, value in validated.__dict__.items():
            assert type(getattr(measure, name)) is type(value), name
            assert repr(getattr(measure, name)) == repr(value), name


def test_a_trusted_model_takes_the_defaults_validation_would_give() -> None:
    """A field left out takes its default, in the fields' order, and counts as not set."""
    values = {"share": "reuse", "required": Decimal(3), "actual": Decimal(2), "missing": Decimal(1)}
    built = trusted(ShareGap, **values)
    validated = ShareGap.model_validate(values)
    assert built == validated
    assert built.model_fields_set == validated.model_fields_set == set(values)
    assert built.model_dump_json() == validated.model_dump_json()


def test_a_trusted_model_refuses_an_unknown_field() -> None:
    """A name the model does not have is an error, as it is when validating."""
    with pytest.raises(TypeError, match="bogus"):
        trusted(ShareGap, share="reuse", bogus=1)


def test_a_model_with_validators_is_never_built_unvalidated() -> None:
    """A model whose validators compute fields (a gap's surplus) must go through validation."""
    with pytest.raises(TypeError, match="validators"):
        trusted(Gap, unit="EUR", required=Decimal(1), actual=Decimal(1), missing=Decimal(0))


def test_measures_keep_their_fields_in_order_and_share_one_set_of_given_names() -> None:
    """Measures hold their fields in order; a copy updated never widens the set they share."""
    measures = _measures()
    order = tuple(ShareMeasure.model_fields)
    for measure in measures:
        assert tuple(measure.__dict__) == order
    first, second = measures[0], measures[1]
    assert first.model_fields_set is second.model_fields_set  # one set shared by the measures
    shared = set(first.model_fields_set)
    copied = first.model_copy(update={"review": not first.review})
    copied.model_fields_set.add("label")
    assert copied.model_fields_set is not first.model_fields_set
    assert first.model_fields_set == shared == set(order)
