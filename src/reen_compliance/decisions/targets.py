"""SPASER targets next to the shares a ledger achieved, and the legal minimum of each.

A pure function of a profile's `spaser_targets` and the measures of `procurement.measure_years`:
the lead engineer wires `spaser_target_progress` into the SPASER finding; `ledger --profile`
shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from reen_compliance.messages import Message, say

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from reen_compliance.decisions.procurement import YearMeasures
    from reen_compliance.formats.profile import SpaserTarget

__all__ = ["TargetProgress", "spaser_target_problems", "spaser_target_progress"]

_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class TargetProgress:
    """One SPASER target: the share achieved in the ledgers, the target, the legal minimum."""

    year: int
    category: str
    share: str
    target_pct: Decimal
    achieved_pct: Decimal | None
    """None when the ledgers hold no purchase of that category and year."""
    minimum_pct: Decimal | None
    minimum_confirmed: bool
    target_reached: bool | None
    """None when nothing was measured; compared exactly, never on rounded figures."""


def spaser_target_progress(
    targets: Iterable[SpaserTarget], years: Sequence[YearMeasures]
) -> tuple[TargetProgress, ...]:
    """Each target next to the measured share (same year, category and share) and the minimum.

    A category measured over two half-years (2024) is matched on each part; the exact share is
    compared, so a 39.99 % share does not reach a 40 % target.
    """
    measured = {(year.year, m.category, m.share): m for year in years for m in year.measures}
    found: list[TargetProgress] = []
    for target in sorted(targets, key=lambda t: (t.year, t.category, t.share)):
        measure = measured.get((target.year, target.category, target.share))
        achieved = None
        if measure is not None and measure.total_eur_ht > 0:
            achieved = measure.qualifying_eur_ht * _HUNDRED / measure.total_eur_ht
        found.append(
            TargetProgress(
                year=target.year,
                category=target.category,
                share=target.share,
                target_pct=target.target_pct,
                achieved_pct=achieved,
                minimum_pct=measure.minimum_pct if measure else None,
                minimum_confirmed=bool(measure and measure.minimum_confirmed),
                target_reached=None if achieved is None else achieved >= target.target_pct,
            )
        )
    return tuple(found)


def spaser_target_problems(targets: Iterable[SpaserTarget]) -> list[Message]:
    """Targets a SPASER cannot mean: above 100 %, or two different values for one target."""
    problems: list[Message] = []
    seen: dict[tuple[int, str, str], Decimal] = {}
    for target in targets:
        key = (target.year, target.category, target.share)
        if target.target_pct > _HUNDRED:
            problems.append(
                say(
                    "spaser.target_above_100",
                    value=str(target.target_pct),
                    category=target.category,
                    share=target.share,
                    year=target.year,
                )
            )
        if key in seen and seen[key] != target.target_pct:
            problems.append(
                say(
                    "spaser.target_twice",
                    category=target.category,
                    share=target.share,
                    year=target.year,
                    values=f"{seen[key]}, {target.target_pct}",
                )
            )
        seen.setdefault(key, target.target_pct)
    return problems
