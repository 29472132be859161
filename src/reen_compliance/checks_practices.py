"""Qualitative duties judged on declared practice, and plans judged on their stated contents.

A best-effort duty (« dès que cela est possible », « promeuvent ») cannot be breached on the
facts a profile holds: absence of data, or a practice not applied without a reason, stays
`insufficient_data`. Only a strict duty (a ban) known to be in force gives `non_compliant`.
"""

from __future__ import annotations

from reen_compliance.checks import not_bound_finding
from reen_compliance.findings import Context, fact, make_finding
from reen_compliance.loading import CompiledRule
from reen_compliance.model import PracticeDeclaration, Status
from reen_compliance.report_model import Finding
from reen_compliance.rule_model import DeclaredPracticeCheck, PlanContentsCheck
from reen_compliance.wording import format_date, pick, upper_first


def check_declared_practice(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """One finding per practice the rule names, from what the profile declares."""
    check = rule.rule.check
    assert isinstance(check, DeclaredPracticeCheck)  # noqa: S101 - dispatched on kind
    app = ctx.assess(rule, ctx.as_of)
    early = not_bound_finding(rule, ctx, app, None, ctx.as_of)
    if early is not None:
        return [early]
    lang = ctx.lang
    start_known = check.start_confirmed_from is not None and ctx.as_of >= check.start_confirmed_from
    notes = [] if start_known or check.start_note is None else [check.start_note.in_language(lang)]
    findings: list[Finding] = []
    for name in check.practices:
        declaration: PracticeDeclaration | None = getattr(ctx.profile.practices, name)
        path = f"$.practices.{name}"
        status, text, steps = _judge(check, declaration, start_known=start_known, lang=lang)
        facts = [fact(f"{name}.applied", declaration and declaration.applied, f"{path}.applied")]
        if declaration is not None and declaration.not_possible_reason:
            facts.append(
                fact(
                    f"{name}.not_possible_reason",
                    declaration.not_possible_reason,
                    f"{path}.not_possible_reason",
                )
            )
        if declaration is not None and declaration.evidence:
            text += pick(
                lang,
                f" Justificatif : {declaration.evidence}.",
                f" Evidence: {declaration.evidence}.",
            )
        findings.append(
            make_finding(
                rule,
                ctx,
                period=name if len(check.practices) > 1 else None,
                status=status,
                explanation=text,
                applicability=app,
                facts=facts,
                steps=(pick(lang, "assujetti", "bound"), f"duty: {check.duty}", *steps),
                extra_notes=notes,
                value_review=bool(notes),
            )
        )
    return findings


def _judge(
    check: DeclaredPracticeCheck,
    declaration: PracticeDeclaration | None,
    *,
    start_known: bool,
    lang: str,
) -> tuple[Status, str, tuple[str, ...]]:
    """Status, sentence and steps for one declared practice."""
    subject = check.subject.en if lang == "en" else check.subject.fr
    en = lang == "en"
    if declaration is None:
        return (
            Status.INSUFFICIENT_DATA,
            f"The profile does not declare whether the body applies this practice: {subject}."
            if en
            else f"Le profil ne déclare pas si l'organisme applique cette pratique : {subject}.",
            ("declaration: unknown",),
        )
    if declaration.applied:
        return (
            Status.COMPLIANT,
            f"The body declares it applies: {subject}."
            if en
            else f"L'organisme déclare appliquer : {subject}.",
            ("declaration: applied",),
        )
    if check.duty == "best_effort" and declaration.not_possible_reason:
        return (
            Status.COMPLIANT,
            f"The body declares it was not possible ({declaration.not_possible_reason}); the "
            "text requires it only where possible."
            if en
            else f"L'organisme déclare que ce n'était pas possible "
            f"({declaration.not_possible_reason}) ; le texte ne l'impose que lorsque c'est "
            "possible.",
            ("declaration: not possible, reason given",),
        )
    if check.duty == "best_effort":
        return (
            Status.INSUFFICIENT_DATA,
            "The body declares it does not apply the practice and gives no reason why it was not "
            "possible; the text sets a best-effort duty, so no breach can be concluded."
            if en
            else "L'organisme déclare ne pas appliquer la pratique sans dire pourquoi ce n'était "
            "pas possible ; le texte pose une obligation de moyens : aucun manquement ne peut "
            "en être déduit.",
            ("declaration: not applied, no reason", "best effort: no conclusion"),
        )
    if check.duty == "informational" or not start_known:
        return (
            Status.INSUFFICIENT_DATA,
            "The body declares it does not apply the practice; the reading of the text is not "
            "confirmed enough to conclude (information only)."
            if en
            else "L'organisme déclare ne pas appliquer la pratique ; la lecture du texte n'est "
            "pas assez confirmée pour conclure (information seulement).",
            ("declaration: not applied", "start or text not confirmed: no conclusion"),
        )
    return (
        Status.NON_COMPLIANT,
        "The body declares it does not comply; a derogation the texts provide is claimed as an "
        "exemption, with its ground."
        if en
        else "L'organisme déclare ne pas respecter l'obligation ; une dérogation prévue par les "
        "textes se déclare comme exemption, avec son motif.",
        ("declaration: not applied", "strict duty in force"),
    )


def check_plan_contents(rule: CompiledRule, ctx: Context) -> list[Finding]:
    """A plan adopted or revised from a date contains the required elements."""
    check = rule.rule.check
    assert isinstance(check, PlanContentsCheck)  # noqa: S101 - dispatched on kind
    app = ctx.assess(rule, ctx.as_of)
    early = not_bound_finding(rule, ctx, app, None, ctx.as_of)
    if early is not None:
        return [early]
    lang = ctx.lang
    subject = check.subject.in_language(lang)
    e = "e" if check.subject_gender == "f" else ""
    document = getattr(ctx.profile.documents, check.document)
    path = f"$.documents.{check.document}"
    facts = [fact("status", document and document.status, f"{path}.status")]
    required_from = format_date(check.contents_required_from, lang)
    if document is None or not document.adopted_by(ctx.as_of) or document.adopted_on is None:
        said = (
            pick(lang, "le profil n'en dit rien", "the profile says nothing about it")
            if document is None
            else pick(lang, "il n'est pas déclaré adopté", "it is not declared adopted")
        )
        text = pick(
            lang,
            f"{upper_first(subject)} : {said} ; cette règle porte sur son contenu, pas sur son "
            "adoption.",
            f"{upper_first(subject)}: {said}; this rule checks its contents, not its adoption.",
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.INSUFFICIENT_DATA,
                explanation=text,
                applicability=app,
                facts=facts,
                steps=("plan: unknown or not adopted",),
            )
        ]
    adopted_on = document.adopted_on
    facts.append(fact("adopted_on", adopted_on, f"{path}.adopted_on"))
    head = pick(
        lang,
        f"{upper_first(subject)} a été adopté{e} ou révisé{e} le {format_date(adopted_on, lang)}",
        f"{upper_first(subject)} was adopted or revised on {format_date(adopted_on, lang)}",
    )
    if adopted_on < check.contents_required_from:
        text = head + pick(
            lang,
            f", avant le {required_from} : ce contenu sera exigé lors de sa prochaine révision.",
            f", before {required_from}: these contents will be required at its next revision.",
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.NOT_APPLICABLE,
                explanation=text,
                applicability=app,
                facts=facts,
                data_period=(adopted_on, adopted_on),
                steps=(f"adopted {adopted_on} < {check.contents_required_from}",),
            )
        ]
    if document.contents is None:
        text = head + pick(
            lang,
            " ; son contenu n'est pas renseigné (contents.elements) : impossible de vérifier "
            "les éléments exigés.",
            "; its contents are not stated (contents.elements): the required elements cannot "
            "be checked.",
        )
        return [
            make_finding(
                rule,
                ctx,
                period=None,
                status=Status.INSUFFICIENT_DATA,
                explanation=text,
                applicability=app,
                facts=facts,
                data_period=(adopted_on, adopted_on),
                steps=("contents: unknown",),
            )
        ]
    facts.append(
        fact("contents.elements", ", ".join(document.contents.elements), f"{path}.contents")
    )
    missing = [
        element
        for element in check.required_elements
        if element.key not in document.contents.elements
        and (element.required_from is None or adopted_on >= element.required_from)
    ]
    if missing:
        labels = ", ".join(element.label.in_language(lang) for element in missing)
        text = head + pick(
            lang,
            f" ; il manque des éléments exigés : {labels}.",
            f"; required elements missing: {labels}.",
        )
        status = Status.NON_COMPLIANT
    else:
        text = head + pick(
            lang, " et contient les éléments exigés.", " and contains the required elements."
        )
        status = Status.COMPLIANT
    return [
        make_finding(
            rule,
            ctx,
            period=None,
            status=status,
            explanation=text,
            applicability=app,
            facts=facts,
            data_period=(adopted_on, adopted_on),
            steps=(f"missing elements: {', '.join(m.key for m in missing) or 'none'}",),
        )
    ]
