"""After a closed year's shortfall (AGEC art. 58), the remedy names the next open year's minimums."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from tests.reports_helpers import EXAMPLE

from reen_compliance import evaluate, load_profile, load_rules
from reen_compliance.decisions.share_targets import next_year_share_targets
from reen_compliance.decisions.shares import (
    category_law,
    measure_shares,
    regime_span,
    rule_category_index,
)
from reen_compliance.formats.profile import ProcurementFigure, Status
from reen_compliance.formats.report import ShareMeasure
from reen_compliance.i18n.formats import Lang
from reen_compliance.i18n.render import render
from reen_compliance.law.applicability import LawView
from reen_compliance.law.timeline import intersect, year_span

RULE_ID = "agec-art58-procurement-shares"


def _below(category: str, year: int, law: LawView) -> list[ShareMeasure]:
    """Every share of `category` over `year`, said to be below its minimum."""
    rule = load_rules().get(RULE_ID)
    assert rule is not None
    ref = rule_category_index(rule)[category]
    figure = ProcurementFigure(category=category, total_eur_ht=Decimal(1000))
    return [
        measure.model_copy(update={"status": Status.NON_COMPLIANT})
        for measure in measure_shares(law, ref, figure, year_span(year))
    ]


def _target(category: str, year: int, as_of: date, lang: Lang = "fr") -> str | None:
    """The remedy's target for a shortfall of every share of `category` in `year`.

    The next open year's law is read as the share check reads a year: over the part of it the
    category's decree covers, nothing when it covers none.
    """
    rule = load_rules().get(RULE_ID)
    assert rule is not None
    law = LawView(as_of)
    ref = rule_category_index(rule)[category]
    span = intersect(regime_span(ref.regime), year_span(max(year + 1, as_of.year)))
    next_year_law = {category: None if span is None else category_law(law, ref, span)}
    found = next_year_share_targets(next_year_law, _below(category, year, law))
    return None if found is None else render(found, lang)


def test_a_category_is_given_the_minimum_of_the_next_year_end() -> None:
    """Before the 2024 decree was published, décret n° 2021-254 ran to the next year's end."""
    assert _target("d2021-254:it-equipment", 2022, date(2023, 3, 1)) == (
        "« Machines, matériel et fourniture informatique et de bureau, excepté les meubles et"
        " logiciels » (réemploi au moins 20\u202f% ; réemploi ou recyclé au moins 20\u202f%)"
        " au 31 décembre 2023"
    )


def test_a_repealed_decree_gives_its_minimum_on_its_last_day() -> None:
    """Once its repeal is published, a 2021-254 category's next minimum is that of 30 June 2024."""
    found = _target("d2021-254:it-equipment", 2023, date(2024, 3, 1), "en")
    assert found is not None
    assert found.endswith("(reuse at least 20%; reuse or recycled at least 20%) by 30 June 2024")


def test_a_category_no_decree_covers_any_more_is_not_named() -> None:
    """After 2024, décret n° 2021-254 covers no day of the next year: nothing to name."""
    assert _target("d2021-254:it-equipment", 2024, date(2025, 5, 1)) is None


@pytest.mark.parametrize(
    ("as_of", "said"),
    [
        (date(2026, 3, 1), "réemploi au moins 8\u202f%, taux indicatif non confirmé"),
        (date(2027, 3, 1), "réemploi : minimum non confirmé par les textes"),
    ],
)
def test_an_unsettled_next_minimum_is_said_to_be_unsettled(as_of: date, said: str) -> None:
    """A minimum not read in the text is indicative; one the texts do not give is unconfirmed."""
    found = _target("d2024-134:textiles", as_of.year - 1, as_of)
    assert found is not None
    assert said in found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_names_the_target_in_the_remedy(lang: Lang) -> None:
    """The example's 2023 shortfall, assessed in March 2024, states the minimums to reach."""
    report = evaluate(load_profile(EXAMPLE), as_of=date(2024, 3, 1), rules=load_rules(), lang=lang)
    (finding,) = [f for f in report.findings if f.rule_id == RULE_ID and f.period == "2023"]
    assert finding.status is Status.NON_COMPLIANT
    assert finding.remediation is not None
    ends = "au 30 juin 2024)" if lang == "fr" else "by 30 June 2024)"
    assert ends in finding.remediation
