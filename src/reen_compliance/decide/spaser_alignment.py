"""SPASER targets against the legal minimum shares of purchases in force for their year.

A target below a confirmed legal minimum plans a breach of that minimum; a category the law
covers but the SPASER leaves without target is named for information (no text read requires the
SPASER to list the decree's categories); an unconfirmed minimum is never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from reen_compliance.applicability import Applicability
from reen_compliance.decide.clauses import clause_list
from reen_compliance.decide.decision import Decision, year_period
from reen_compliance.decide.kinds import CheckKind
from reen_compliance.errors import Problem, ProfileError, did_you_mean
from reen_compliance.findings import Context
from reen_compliance.i18n.message import Code, Msg, Percent, msg
from reen_compliance.loading import CompiledRule
from reen_compliance.messages import say
from reen_compliance.model import SpaserTarget, Status
from reen_compliance.report_model import Gap
from reen_compliance.rule_model import CategorySharesCheck, SpaserAlignmentCheck
from reen_compliance.shares import CategoryRef, category_index, category_name, regime_span
from reen_compliance.timeline import intersect, last_day, year_span


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
    index = category_index(source.rule.check)
    _check_targets(targets, index)
    for year in sorted({target.year for target in targets}):
        yield _year_decision(
            ctx, app=app, index=index, year=year, targets=[t for t in targets if t.year == year]
        )


def _check_targets(targets: tuple[SpaserTarget, ...], index: dict[str, CategoryRef]) -> None:
    problems: list[Problem] = []
    for position, target in enumerate(targets):
        path = f"$.spaser_targets[{position}].category"
        ref = index.get(target.category)
        if ref is None:
            message = say("profile.unknown_category", category=target.category)
            problems.append(
                Problem.of(
                    "profile", None, None, path, message, did_you_mean(target.category, index)
                )
            )
        elif intersect(regime_span(ref.regime), year_span(target.year)) is None:
            message = say(
                "profile.category_not_in_force",
                category=target.category,
                regime=ref.regime.label.fr,
                year=str(target.year),
            )
            problems.append(Problem.of("profile", None, None, path, message))
    if problems:
        raise ProfileError(problems)


def _year_decision(
    ctx: Context,
    *,
    app: Applicability,
    index: dict[str, CategoryRef],
    year: int,
    targets: list[SpaserTarget],
) -> Decision:
    below: list[tuple[SpaserTarget, Decimal]] = []
    unconfirmed: list[SpaserTarget] = []
    review = False
    for target in targets:
        ref = index[target.category]
        span = intersect(regime_span(ref.regime), year_span(year))
        values = ref.category.minimums.get(target.share, ())
        version = ctx.law.value_on(values, last_day(span)) if span and values else None
        minimum = version.value if version is not None else None
        review = review or (version is not None and version.needs_review)
        if not isinstance(minimum, Decimal) or version is None or not version.confirmed:
            unconfirmed.append(target)
        elif target.target_pct < minimum:
            below.append((target, minimum))
    omitted = _omitted(ctx, index, year, targets)
    clauses: list[Msg] = []
    if below:
        named = tuple(
            msg(
                "spaser-target-below",
                category=category_name(index[t.category]),
                share=t.share,
                target=Percent(t.target_pct),
                minimum=Percent(m),
            )
            for t, m in below
        )
        clauses.append(msg("spaser-below", targets=named))
    if unconfirmed:
        named = tuple(
            msg("spaser-target", category=category_name(index[t.category]), share=t.share)
            for t in unconfirmed
        )
        clauses.append(msg("spaser-unconfirmed", targets=named))
    if omitted:
        clauses.append(msg("spaser-omitted", categories=omitted))
    if not clauses:
        clauses.append(msg("spaser-all-reached"))
    status = Status.COMPLIANT
    gap = None
    if below:
        status = Status.NON_COMPLIANT
        worst, minimum = max(below, key=lambda pair: pair[1] - pair[0].target_pct)
        gap = Gap(
            unit="percent",
            required=minimum,
            actual=worst.target_pct,
            missing=minimum - worst.target_pct,
        )
    elif unconfirmed:
        status = Status.INSUFFICIENT_DATA
    return Decision(
        status=status,
        reason=msg("spaser-year", year=str(year), clauses=clause_list(clauses)),
        period=year_period(year),
        applicability=app,
        deadline=None if status == Status.COMPLIANT else date(year, 1, 1),
        gap=gap,
        value_review=review or bool(unconfirmed),
        steps=tuple(
            msg(
                "spaser-step-target",
                category=category_name(index[t.category]),
                share=t.share,
                target=Percent(t.target_pct),
            )
            for t in targets
        ),
    )


def _omitted(
    ctx: Context, index: dict[str, CategoryRef], year: int, targets: list[SpaserTarget]
) -> tuple[Msg, ...]:
    """Categories in force that year with a confirmed minimum and no target in the SPASER."""
    covered = {t.category for t in targets}
    omitted: list[Msg] = []
    for category_id, ref in sorted(index.items()):
        span = intersect(regime_span(ref.regime), year_span(year))
        if span is None or category_id in covered:
            continue
        confirmed = any(
            (version := ctx.law.value_on(values, last_day(span))) is not None
            and version.confirmed
            and isinstance(version.value, Decimal)
            for values in ref.category.minimums.values()
        )
        if confirmed:
            omitted.append(category_name(ref))
    return tuple(omitted)


SPASER_ALIGNMENT = CheckKind(SpaserAlignmentCheck, decide=decide_spaser)
