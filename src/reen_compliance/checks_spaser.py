"""SPASER targets against the legal minimum shares of purchases in force for their year.

A target below a confirmed legal minimum plans a breach of that minimum; a category the law
covers but the SPASER leaves without target is named for information (no text read requires the
SPASER to list the decree's categories); an unconfirmed minimum is never guessed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reen_compliance.applicability import Applicability
from reen_compliance.checks import not_bound_finding
from reen_compliance.errors import Problem, ProfileError, did_you_mean
from reen_compliance.findings import Context, make_finding
from reen_compliance.loading import CompiledRule
from reen_compliance.model import SpaserTarget, Status
from reen_compliance.report_model import Finding, Gap
from reen_compliance.rule_model import CategorySharesCheck, SpaserAlignmentCheck
from reen_compliance.shares import CategoryRef, category_index, regime_span
from reen_compliance.timeline import intersect, last_day, year_span
from reen_compliance.wording import format_pct, pick


def check_spaser_alignment(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """One finding per year the SPASER sets targets for."""
    check = rule.rule.check
    assert isinstance(check, SpaserAlignmentCheck)  # noqa: S101 - dispatched on kind
    lang = ctx.lang
    targets = ctx.profile.spaser_targets
    app = ctx.assess(rule, ctx.as_of)
    early = not_bound_finding(rule, ctx, app, None, ctx.as_of)
    if early is not None:
        return [early]
    source = ctx.rules.get(check.shares_rule) if ctx.rules is not None else None
    if not targets or source is None or not isinstance(source.rule.check, CategorySharesCheck):
        text = pick(
            lang,
            "Le profil n'indique pas d'objectifs du SPASER par catégorie (spaser_targets) : "
            "leur alignement sur les minimums légaux n'est pas vérifié.",
            "The profile states no SPASER targets per category (spaser_targets): their "
            "alignment with the legal minimums is not checked.",
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.NOT_APPLICABLE,
                explanation=text,
                applicability=app,
            )
        ]
    index = category_index(source.rule.check)
    _check_targets(targets, index)
    return [
        _year_finding(
            rule,
            ctx,
            app=app,
            index=index,
            year=year,
            targets=[t for t in targets if t.year == year],
        )
        for year in sorted({target.year for target in targets})
    ]


def _check_targets(targets: tuple[SpaserTarget, ...], index: dict[str, CategoryRef]) -> None:
    problems: list[Problem] = []
    for position, target in enumerate(targets):
        path = f"$.spaser_targets[{position}].category"
        ref = index.get(target.category)
        if ref is None:
            message = f"unknown category {target.category!r}"
            problems.append(
                Problem("profile", None, None, path, message, did_you_mean(target.category, index))
            )
        elif intersect(regime_span(ref.regime), year_span(target.year)) is None:
            message = f"category {target.category!r} is not in force in {target.year}"
            problems.append(Problem("profile", None, None, path, message))
    if problems:
        raise ProfileError(problems)


def _year_finding(  # noqa: PLR0913 - the parts of one year's decision
    rule: CompiledRule,
    ctx: Context,
    *,
    app: Applicability,
    index: dict[str, CategoryRef],
    year: int,
    targets: list[SpaserTarget],
) -> Finding:
    lang = ctx.lang
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
    parts: list[str] = []
    if below:
        named = ", ".join(
            f"{t.category} ({t.share} {format_pct(t.target_pct, lang)} < {format_pct(m, lang)})"
            for t, m in below
        )
        parts.append(
            pick(
                lang,
                f"objectifs sous le minimum légal : {named}",
                f"targets below the legal minimum: {named}",
            )
        )
    if unconfirmed:
        named = ", ".join(t.category for t in unconfirmed)
        parts.append(
            pick(
                lang,
                f"minimum légal non confirmé pour : {named}",
                f"legal minimum not confirmed for: {named}",
            )
        )
    if omitted:
        parts.append(
            pick(
                lang,
                "pour information, catégories couvertes par la loi sans objectif "
                f"dans le SPASER : {', '.join(omitted)}",
                "for information, categories the law covers without a SPASER target: "
                f"{', '.join(omitted)}",
            )
        )
    if not parts:
        parts.append(
            pick(
                lang,
                "chaque objectif atteint au moins le minimum légal",
                "every target reaches at least the legal minimum",
            )
        )
    text = f"{year} : " if lang == "fr" else f"{year}: "
    text += pick(lang, " ; ", "; ").join(parts) + "."
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
    return make_finding(
        rule,
        ctx,
        period=str(year),
        status=status,
        explanation=text,
        applicability=app,
        deadline=None if status == Status.COMPLIANT else date(year, 1, 1),
        gap=gap,
        value_review=review or bool(unconfirmed),
        steps=tuple(f"{t.category} {t.share} target {t.target_pct}" for t in targets),
    )


def _omitted(
    ctx: Context, index: dict[str, CategoryRef], year: int, targets: list[SpaserTarget]
) -> list[str]:
    """Categories in force that year with a confirmed minimum and no target in the SPASER."""
    covered = {t.category for t in targets}
    omitted: list[str] = []
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
            omitted.append(category_id)
    return omitted
