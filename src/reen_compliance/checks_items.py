"""Per-procurement checks: each contract or purchase launched from a date meets yes/no clauses.

The date that matters is the item's own launch date (the consultation engaged, the purchase
launched), not the evaluation date: a contract launched the day before a clause became
mandatory stays outside it for its whole life.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reen_compliance.applicability import Applicability
from reen_compliance.checks import not_bound_finding
from reen_compliance.findings import Context, fact, make_finding
from reen_compliance.loading import CompiledRule
from reen_compliance.model import Frozen, Status
from reen_compliance.report_model import Finding, TraceFact
from reen_compliance.rule_model import ItemRequirement, ItemRequirementsCheck
from reen_compliance.wording import format_date, pick, upper_first


def check_item_requirements(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """One finding per declared item: compliant, non compliant, unknown, or launched too early."""
    check = rule.rule.check
    assert isinstance(check, ItemRequirementsCheck)  # noqa: S101 - dispatched on kind
    lang = ctx.lang
    app = ctx.assess(rule, ctx.as_of)
    early = not_bound_finding(rule, ctx, app, None, ctx.as_of)
    if early is not None:
        return [early]
    items: Sequence[Frozen] | None = getattr(ctx.profile, check.data)
    item_word = check.item.in_language(lang)
    if items is None:
        text = pick(
            lang,
            f"Le profil ne liste pas les procédures concernées ({check.data}) : "
            f"{item_word} lancé à compter du {format_date(_start(check), lang)} doit être "
            "vérifié, procédure par procédure.",
            f"The profile does not list the procurements concerned ({check.data}): "
            f"{item_word} launched from {format_date(_start(check), lang)} must be checked one "
            "by one.",
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.INSUFFICIENT_DATA,
                explanation=text,
                applicability=app,
                facts=(fact(check.data, None, f"$.{check.data}"),),
                steps=(pick(lang, "assujetti", "bound"), f"{check.data}: unknown"),
            )
        ]
    if not items:
        text = pick(
            lang,
            f"Le profil déclare n'avoir lancé aucune procédure ({check.data} vide).",
            f"The profile declares no procurement ({check.data} is empty).",
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.NOT_APPLICABLE,
                explanation=text,
                applicability=app,
                facts=(fact(check.data, "[]", f"$.{check.data}"),),
                steps=(f"{check.data}: none",),
            )
        ]
    return [
        _item_finding(rule, ctx, check=check, app=app, index=index, item=item)
        for index, item in enumerate(items)
    ]


def _start(check: ItemRequirementsCheck) -> date:
    return min(requirement.required_from for requirement in check.requirements)


def _item_finding(  # noqa: PLR0913 - the parts of one decision
    rule: CompiledRule,
    ctx: Context,
    *,
    check: ItemRequirementsCheck,
    app: Applicability,
    index: int,
    item: Frozen,
) -> Finding:
    lang = ctx.lang
    path = f"$.{check.data}[{index}]"
    reference = str(getattr(item, "reference", index))
    launched: date = getattr(item, check.date_field)
    facts: list[TraceFact] = [
        fact("reference", reference, f"{path}.reference"),
        fact(check.date_field, launched, f"{path}.{check.date_field}"),
    ]
    head = pick(
        lang,
        f"{upper_first(check.item.fr)} « {reference} » (lancé le {format_date(launched, lang)})",
        f"{upper_first(check.item.en)} '{reference}' (launched on {format_date(launched, lang)})",
    )
    notes: list[str] = []
    if launched in check.uncertain_days and check.uncertain_note is not None:
        notes.append(check.uncertain_note.in_language(lang))
    if launched > ctx.as_of:
        text = head + pick(lang, " : pas encore lancé.", ": not launched yet.")
        return make_finding(
            rule,
            ctx,
            period=reference,
            status=Status.NOT_YET_DUE,
            explanation=text,
            applicability=app,
            deadline=launched,
            data_period=(launched, launched),
            facts=facts,
            extra_notes=notes,
            steps=("launch date after as_of",),
        )
    applicable = [r for r in check.requirements if launched >= r.required_from]
    if not applicable:
        start = format_date(_start(check), lang)
        text = head + pick(
            lang,
            f" : procédure engagée avant le {start}, date à partir de laquelle l'obligation "
            "s'applique aux nouvelles procédures.",
            f": engaged before {start}, the date from which the obligation applies to new "
            "procurements.",
        )
        return make_finding(
            rule,
            ctx,
            period=reference,
            status=Status.NOT_APPLICABLE,
            explanation=text,
            applicability=app,
            data_period=(launched, launched),
            facts=facts,
            extra_notes=notes,
            steps=(f"launched {launched} < {_start(check)}",),
        )
    parts, steps, outcomes = _requirements(item, applicable, path, facts, lang)
    if "missing" in outcomes:
        status = Status.NON_COMPLIANT
    elif "unknown" in outcomes:
        status = Status.INSUFFICIENT_DATA
    elif outcomes <= {"not_required"}:
        status = Status.NOT_APPLICABLE
    else:
        status = Status.COMPLIANT
    return make_finding(
        rule,
        ctx,
        period=reference,
        status=status,
        explanation=pick(lang, f"{head} : ", f"{head}: ")
        + pick(lang, " ; ", "; ").join(parts)
        + ".",
        applicability=app,
        deadline=launched if status == Status.NON_COMPLIANT else None,
        data_period=(launched, launched),
        facts=facts,
        extra_notes=notes,
        steps=steps,
    )


def _requirements(
    item: Frozen,
    applicable: Sequence[ItemRequirement],
    path: str,
    facts: list[TraceFact],
    lang: str,
) -> tuple[list[str], list[str], set[str]]:
    parts: list[str] = []
    steps: list[str] = []
    outcomes: set[str] = set()
    en = lang == "en"
    sep = ": " if en else " : "
    for requirement in applicable:
        label = requirement.label.en if en else requirement.label.fr
        if requirement.only_if is not None:
            carries = getattr(item, requirement.only_if)
            facts.append(fact(requirement.only_if, carries, f"{path}.{requirement.only_if}"))
            if carries is None:
                outcomes.add("unknown")
                said = "not stated whether it applies" if en else "non renseigné s'il s'applique"
                parts.append(f"{label}{sep}{said}")
                steps.append(f"{requirement.key}: {requirement.only_if} unknown")
                continue
            if not carries:
                outcomes.add("not_required")
                parts.append(f"{label}{sep}" + ("not required" if en else "non requis"))
                steps.append(f"{requirement.key}: not required ({requirement.only_if}=false)")
                continue
        value = getattr(item, requirement.field)
        facts.append(fact(requirement.field, value, f"{path}.{requirement.field}"))
        if value is None:
            outcomes.add("unknown")
            parts.append(f"{label}{sep}" + ("not stated" if en else "non renseigné"))
        elif value:
            outcomes.add("met")
            parts.append(f"{label}{sep}" + ("yes" if en else "oui"))
        else:
            outcomes.add("missing")
            parts.append(f"{label}{sep}" + ("no" if en else "non"))
        steps.append(f"{requirement.key}: {requirement.field}={value}")
    return parts, steps, outcomes
