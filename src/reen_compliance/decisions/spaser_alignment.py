"""SPASER targets against the legal minimum shares of purchases, and against the shares achieved.

A point of attention, not an obligation (issue 13, point 9): CCP L. 2111-3 requires target
objectives but does not tie them to the AGEC art. 58 minimums, so a target below a confirmed
minimum is stated for information, never as a breach, with no deadline and no effect on the exit
code. Each target is also set against the share achieved that year, measured on the purchase
figures of the evaluation (a ledger's with `check --ledger`, else the profile's `procurement`).
An unconfirmed minimum is never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from reen_compliance.decisions.clauses import clause_list
from reen_compliance.decisions.context import Context
from reen_compliance.decisions.decision import Decision, year_period
from reen_compliance.decisions.kinds import CheckKind, source_words
from reen_compliance.decisions.procurement import measure_years
from reen_compliance.decisions.shares import (
    CategoryRef,
    category_name,
    regime_span,
    rule_category_index,
)
from reen_compliance.decisions.targets import TargetProgress, spaser_target_progress
from reen_compliance.errors import Problem, ProfileError, did_you_mean
from reen_compliance.formats.profile import SpaserTarget, Status
from reen_compliance.formats.report import TargetProgressRow, field_names, owned
from reen_compliance.i18n.message import Code, Msg, Percent, msg
from reen_compliance.law.applicability import Applicability
from reen_compliance.law.checks import CategorySharesCheck, SpaserAlignmentCheck
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import keep, remember
from reen_compliance.law.timeline import intersect, last_day, year_span
from reen_compliance.law.values import DatedValue
from reen_compliance.messages import say

_UNKNOWN = object()
_CENT = Decimal("0.01")


def decide_spaser(
    rule: CompiledRule,  # noqa: ARG001 - the signature of every kind
    check: SpaserAlignmentCheck,
    ctx: Context,
    app: Applicability,
) -> Iterable[Decision]:
    """One decision per year the SPASER sets targets for."""
    targets = ctx.profile.spaser_targets
    source = ctx.rules.get(check.shares_rule) if ctx.rules is not None else None
    if not targets or source is None or not isinstance(source.rule.check, CategorySharesCheck):
        yield Decision(
            status=Status.NOT_APPLICABLE,
            reason=msg("spaser-no-targets", field=Code("spaser_targets")),
            applicability=app,
        )
        return
    index = rule_category_index(source)
    _check_targets(source, targets, index)
    years = sorted({target.year for target in targets})
    known = {
        year: tuple(f for f in ctx.procurement.get(year, ()) if f.category in index)
        for year in years
    }
    # the progress reads figures and minimums only: the measures need no language
    measured = measure_years(source, known, as_of=ctx.as_of, law=ctx.law, lang=None, years=years)
    progress = spaser_target_progress(targets, measured)
    for year in years:
        yield _year_decision(
            ctx,
            app=app,
            source=source,
            index=index,
            year=year,
            targets=[t for t in targets if t.year == year],
            progress=tuple(p for p in progress if p.year == year),
        )


def _check_targets(
    source: CompiledRule, targets: tuple[SpaserTarget, ...], index: dict[str, CategoryRef]
) -> None:
    problems: list[Problem] = []
    for position, target in enumerate(targets):
        ref = index.get(target.category)
        if ref is None:
            message = say("profile.unknown_category", category=target.category)
            problems.append(
                Problem.of(
                    "profile",
                    None,
                    None,
                    f"$.spaser_targets[{position}].category",
                    message,
                    did_you_mean(target.category, index),
                )
            )
        elif not _in_force(source, ref, target.category, target.year):
            message = say(
                "profile.category_not_in_force",
                category=target.category,
                regime=ref.regime.label.fr,
                year=str(target.year),
            )
            path = f"$.spaser_targets[{position}].category"
            problems.append(Problem.of("profile", None, None, path, message))
    if problems:
        raise ProfileError(problems)


def _in_force(source: CompiledRule, ref: CategoryRef, category: str, year: int) -> bool:
    """Whether the category's decree covers part of `year`: the rule's alone, asked once."""
    return remember(
        source.memo,
        ("spaser_in_force", category, year),
        lambda: intersect(regime_span(ref.regime), year_span(year)) is not None,
    )


def _year_decision(  # noqa: PLR0913 - keywords a caller sets one by one
    ctx: Context,
    *,
    app: Applicability,
    source: CompiledRule,
    index: dict[str, CategoryRef],
    year: int,
    targets: list[SpaserTarget],
    progress: tuple[TargetProgress, ...],
) -> Decision:
    below: list[tuple[SpaserTarget, Decimal]] = []
    unconfirmed: list[SpaserTarget] = []
    review = False
    for target in targets:
        version = _minimum(ctx, source, index, target, year)
        minimum = version.value if version is not None else None
        review = review or (version is not None and version.needs_review)
        if not isinstance(minimum, Decimal) or version is None or not version.conclusive:
            unconfirmed.append(target)
        elif target.target_pct < minimum:
            below.append((target, minimum))
    omitted = _omitted(ctx, source, year, targets)
    clauses: list[Msg] = []
    if below:
        named = tuple(
            msg(
                "spaser-target-below",
                category=_name(source, index, t.category),
                share=t.share,
                target=Percent(t.target_pct),
                minimum=Percent(m),
            )
            for t, m in below
        )
        clauses.append(msg("spaser-below", targets=named))
    if unconfirmed:
        named = tuple(
            msg("spaser-target", category=_name(source, index, t.category), share=t.share)
            for t in unconfirmed
        )
        clauses.append(msg("spaser-unconfirmed", targets=named))
    if not below and not unconfirmed:
        clauses.append(msg("spaser-all-reached"))
    if omitted:
        clauses.append(msg("spaser-omitted", categories=omitted))
    return Decision(
        status=Status.NOT_APPLICABLE,
        reason=msg("spaser-year-attention", year=str(year), clauses=clause_list(clauses)),
        details=(_achieved_sentence(source, index, progress, ctx.procurement_source),),
        period=year_period(year),
        applicability=app,
        information_only=True,
        value_review=review or bool(unconfirmed),
        target_progress=tuple(_progress_row(p) for p in progress),
        data_source=ctx.procurement_source
        if any(p.achieved_pct is not None for p in progress)
        else None,
        steps=tuple(
            msg(
                "spaser-step-target",
                category=_name(source, index, t.category),
                share=t.share,
                target=Percent(t.target_pct),
            )
            for t in targets
        ),
    )


def _minimum(
    ctx: Context,
    source: CompiledRule,
    index: dict[str, CategoryRef],
    target: SpaserTarget,
    year: int,
) -> DatedValue | None:
    """The minimum share of a target's category in force at the end of its year in force.

    Once per category, share, year and law date: it depends on the law alone.
    """
    key = ("spaser_minimum", target.category, target.share, year, ctx.law.law_as_of)
    found = source.memo.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        ref = index[target.category]
        span = intersect(regime_span(ref.regime), year_span(year))
        values = ref.category.minimums.get(target.share, ())
        found = keep(
            source.memo, key, ctx.law.value_on(values, last_day(span)) if span and values else None
        )
    return found  # type: ignore[return-value]  # the entry under this key is a version or None


def _name(source: CompiledRule, index: dict[str, CategoryRef], category: str) -> Msg:
    """A category as a reader names it (`category_name`), once per rule and category."""
    key = ("spaser_category_name", category)
    found = source.memo.get(key)
    if found is None:
        found = keep(source.memo, key, category_name(index[category]))
    return found  # type: ignore[return-value]  # the entry under this key is this message


def _progress_row(progress: TargetProgress) -> TargetProgressRow:
    """One target's progress as the report publishes it (shares to the hundredth)."""
    achieved = progress.achieved_pct
    values: dict[str, object] = {  # of the validated profile and the measures: nothing to convert
        "year": progress.year,
        "category": progress.category,
        "share": progress.share,
        "target_pct": progress.target_pct,
        "achieved_pct": None if achieved is None else achieved.quantize(_CENT),
        "minimum_pct": progress.minimum_pct,
        "minimum_confirmed": progress.minimum_confirmed,
        "target_reached": progress.target_reached,
    }
    return owned(TargetProgressRow, values, _ROW_SET)


_ROW_SET = set(field_names(TargetProgressRow))
"""Every field of a row is given, in order: the rows share this set of given names."""


def _achieved_sentence(
    rule: CompiledRule,
    index: dict[str, CategoryRef],
    progress: tuple[TargetProgress, ...],
    source: str,
) -> Msg:
    """« Objectifs au regard des parts atteintes : … » on the evaluation's purchase figures."""
    rows = tuple(
        msg(
            "spaser-achieved-row",
            category=_name(rule, index, p.category),
            share=p.share,
            target=Percent(p.target_pct),
            achieved=Percent(p.achieved_pct) if p.achieved_pct is not None else "",
            state="none"
            if p.target_reached is None
            else ("reached" if p.target_reached else "missed"),
        )
        for p in progress
    )
    return msg("spaser-achieved", rows=rows, source=source_words(source))


def _omitted(
    ctx: Context, source: CompiledRule, year: int, targets: list[SpaserTarget]
) -> tuple[Msg, ...]:
    """Categories in force that year with a confirmed minimum and no target in the SPASER."""
    covered = {t.category for t in targets}
    return tuple(
        category_name(ref)
        for category_id, ref in _confirmed_categories(ctx, source, year)
        if category_id not in covered
    )


def _confirmed_categories(
    ctx: Context, source: CompiledRule, year: int
) -> tuple[tuple[str, CategoryRef], ...]:
    """The categories in force in `year` with a confirmed minimum, by id: once per law date."""

    def build() -> tuple[tuple[str, CategoryRef], ...]:
        found: list[tuple[str, CategoryRef]] = []
        for category_id, ref in sorted(rule_category_index(source).items()):
            span = intersect(regime_span(ref.regime), year_span(year))
            if span is None:
                continue
            if any(
                (version := ctx.law.value_on(values, last_day(span))) is not None
                and version.conclusive
                for values in ref.category.minimums.values()
            ):
                found.append((category_id, ref))
        return tuple(found)

    return remember(source.memo, ("spaser_confirmed", year, ctx.law.law_as_of), build)


SPASER_ALIGNMENT = CheckKind(SpaserAlignmentCheck, decide=decide_spaser)
