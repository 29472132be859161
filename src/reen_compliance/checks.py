"""What the check kinds not yet converted to decisions still share: the not-bound finding.

The check kinds that return decisions (`decide/`) get the not-bound step from the runner; the
legacy ones still call `not_bound_finding`. `next_yearly` dates the yearly calendar entries.
"""

from __future__ import annotations

from datetime import date, timedelta

from reen_compliance.applicability import Applicability
from reen_compliance.findings import (
    Context,
    applicability_values,
    facts_sentence,
    fill,
    make_finding,
)
from reen_compliance.loading import CompiledRule
from reen_compliance.model import Status
from reen_compliance.report_model import Finding
from reen_compliance.wording import format_date, pick


def not_bound_finding(
    rule: CompiledRule, ctx: Context, app: Applicability, period: str | None, day: date
) -> Finding | None:
    """The finding when the rule does not bind the body on `day`, or None when it does."""
    lang = ctx.lang
    if app.bound:
        return None
    who = fill(rule.rule.bound_bodies.in_language(lang), applicability_values(app), lang)
    if not app.in_force:
        text = pick(
            lang,
            f"L'obligation s'applique à compter du {format_date(rule.rule.in_force_from, lang)}.",
            f"The obligation applies from {format_date(rule.rule.in_force_from, lang)}.",
        )
        return make_finding(
            rule,
            ctx,
            period=period,
            status=Status.NOT_APPLICABLE,
            explanation=text,
            applicability=app,
            steps=(pick(lang, "obligation pas encore en vigueur", "not yet in force"),),
        )
    facts = facts_sentence(ctx, app, day)
    if app.bound is None:
        text = pick(
            lang,
            f"Impossible de dire si l'obligation s'applique : elle vise {who} et le profil ne "
            f"renseigne pas « {app.missing} ». {facts}".rstrip(),
            f"Cannot tell whether the obligation applies: it binds {who} and the profile does "
            f"not give '{app.missing}'. {facts}".rstrip(),
        )
        return make_finding(
            rule,
            ctx,
            period=period,
            status=Status.INSUFFICIENT_DATA,
            explanation=text,
            applicability=app,
            steps=(pick(lang, f"fait manquant : {app.missing}", f"missing fact: {app.missing}"),),
        )
    text = pick(lang, f"L'obligation vise {who}", f"The obligation binds {who}")
    text += f" ; {facts}." if facts and lang == "fr" else (f"; {facts}." if facts else ".")
    return make_finding(
        rule,
        ctx,
        period=period,
        status=Status.NOT_APPLICABLE,
        explanation=text,
        applicability=app,
        steps=(pick(lang, "non assujetti", "not bound"),),
    )


def next_yearly(month_day: str, after: date) -> date:
    """The next date strictly after `after` falling on `month_day` (MM-DD)."""
    month, day = (int(part) for part in month_day.split("-"))
    candidate = _safe_date(after.year, month, day)
    return candidate if candidate > after else _safe_date(after.year + 1, month, day)


def _safe_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 1) + timedelta(days=27)
