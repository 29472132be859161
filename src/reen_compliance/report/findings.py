"""Word a decision as a published finding: citations, review notes, remedy, sanction, trace."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import Any, cast

from reen_compliance.decisions.clauses import clause_list
from reen_compliance.decisions.context import Context, period_days
from reen_compliance.decisions.decision import Decision
from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import (
    Citation,
    Finding,
    Trace,
    data_period,
    field_names,
    owned,
)
from reen_compliance.i18n.message import Msg, msg
from reen_compliance.i18n.render import render, render_or_text
from reen_compliance.law.applicability import LawView, facts_of
from reen_compliance.law.expressions import ExpressionError, MissingFact
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import cited, remember
from reen_compliance.law.model import ReviewNote, Sanction
from reen_compliance.law.values import LegalBasis, LocalizedText, TextVersion
from reen_compliance.report.worded import law_values, measures_in_language, traced
from reen_compliance.report.words import Lang


def review_notes(
    rule: CompiledRule, ctx: Context, lang: Lang | None = None, period_year: int | None = None
) -> tuple[str, ...]:
    """The rule's review notes whose condition holds for this body and period (or is unknown)."""
    lang = lang or ctx.lang
    return tuple(note.note.in_language(lang) for note in _applicable_notes(rule, ctx, period_year))


def _applicable_notes(
    rule: CompiledRule, ctx: Context, period_year: int | None
) -> tuple[ReviewNote, ...]:
    """The notes whose `when` holds, computed once per evaluation, rule and period year."""
    if not rule.rule.review_notes:
        return ()
    key = ("review_notes", rule.rule.id, period_year)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _notes_holding(rule, ctx, period_year)
    return found  # type: ignore[return-value]  # the memo keeps its own types


def _notes_holding(
    rule: CompiledRule, ctx: Context, period_year: int | None
) -> tuple[ReviewNote, ...]:
    facts = facts_of(ctx.profile, ctx.as_of, ctx.law)
    found: list[ReviewNote] = []
    for note, condition in zip(rule.rule.review_notes, rule.review_conditions, strict=True):
        applies = True
        if condition is not None:
            # Only the names the condition reads (not a copy of every fact of the body).
            env = {name: facts[name] for name in condition.names if name in facts}
            if "period_year" in condition.names:
                env["period_year"] = period_year
            try:
                applies = condition(env)
            except (MissingFact, ExpressionError):
                applies = True
        if applies:
            found.append(note)
    return tuple(found)


def _status_note(decision: Decision, *, reading: bool, cause: str | None) -> Msg | None:
    """The words beside the status: an unconfirmed reading, whose data is missing, a scope."""
    parts: list[Msg] = []
    if decision.information_only:
        parts.append(msg("status-note-information-only"))
    if reading:
        parts.append(msg("status-note-reading-unconfirmed"))
    if cause is not None:
        parts.append(msg("status-note-cause", cause=cause))
    if decision.status_scope is not None:
        parts.append(msg("status-note-scope", scope=decision.status_scope))
    return clause_list(parts) if parts else None


def remediation_text(
    rule: CompiledRule,
    ctx: Context,
    deadline: date | None,
    lang: Lang | None = None,
    *,
    decision: Decision | None = None,
) -> str:
    """The act that fixes the finding, who decides it (for this kind of body), and by when.

    A period already closed (a past year, a voted budget) cannot be caught up: the remedy
    records the breach and points to the next period and its target.
    """
    remedy = rule.rule.remediation
    entity = ctx.profile.collectivity.entity
    language = lang or ctx.lang
    if (
        decision is not None
        and decision.status is Status.NON_COMPLIANT
        and decision.closes_on is not None
        and decision.closes_on < ctx.as_of
    ):
        words = {"act": remedy.act, "decided_by": remedy.decider(entity)}
        return render(_closed_period_remedy(decision, words, ctx.as_of), language)
    ahead = deadline is not None and deadline >= ctx.as_of
    # The words depend on the rule, the kind of body, the deadline and the language only.
    key = ("remedy", entity, deadline, ahead, language)
    found = rule.memo.get(key)  # read inline: a hit builds no closure
    if found is not None:
        return found  # type: ignore[return-value]  # the entry under this key is this text
    return remember(rule.memo, key, partial(_remedy_text, rule, entity, deadline, ahead, language))


def _remedy_text(
    rule: CompiledRule,
    entity: str,
    deadline: date | None,
    ahead: bool,  # noqa: FBT001
    lang: Lang,
) -> str:
    remedy = rule.rule.remediation
    words = {"act": remedy.act, "decided_by": remedy.decider(entity)}
    if deadline is None:
        return render(msg("remedy", **words), lang)
    if ahead:
        return render(msg("remedy-by", deadline=deadline, **words), lang)
    return render(msg("remedy-overdue", **words), lang)


def _closed_period_remedy(decision: Decision, words: dict[str, LocalizedText], as_of: date) -> Msg:
    """A breach of a closed period: recorded; the act is for the next open period."""
    period = decision.period.key if decision.period is not None else ""
    following = str(max(int(period) + 1, as_of.year)) if period.isdigit() else period
    if decision.next_target is not None:
        return msg(
            "dates-remedy-closed-year-target",
            period=period,
            next=following,
            target=decision.next_target,
            **words,
        )
    return msg("dates-remedy-closed-year", period=period, next=following, **words)


def _citations(
    rule: CompiledRule, ctx: Context, day: date, lang: Lang | None = None
) -> tuple[Citation, ...]:
    """The texts in force on `day` that the rule cites, computed once per rule, day and law date.

    The memo is read inline (the key `cited` uses): a hit builds no closure.
    """
    language = lang or ctx.lang
    found = rule.memo.get(("citations", day, ctx.law.law_as_of, language))
    if found is not None:
        return found  # type: ignore[return-value]  # the entry under this key is this tuple
    basis = rule.rule.legal_basis
    return cited(
        rule,
        day,
        ctx.law.law_as_of,
        language,
        lambda: tuple(citation(b, ctx, day, language) for b in basis if in_force_on(b, day)),
    )


def version_on(versions: Sequence[TextVersion], day: date, law: LawView) -> TextVersion | None:
    """The version of a text in force on `day`, among those published by `law.law_as_of`."""
    known = [
        v
        for v in versions
        if (v.enacted_on is None or v.enacted_on <= law.law_as_of)
        and v.effective_from <= day
        and (v.effective_to is None or day <= v.effective_to)
    ]
    return max(known, key=lambda v: v.effective_from) if known else None


def in_force_on(basis: LegalBasis, day: date) -> bool:
    """Whether a text applies on `day` (a period's last day): else the finding does not cite it.

    A text applies from its `applies_from`, and not before its first dated version.
    """
    if basis.applies_from is not None and day < basis.applies_from:
        return False
    return not basis.versions or any(v.effective_from <= day for v in basis.versions)


def citation(basis: LegalBasis, ctx: Context, day: date, lang: Lang | None = None) -> Citation:
    """Cite a text with the version applied: the dated one in force, else the one stated."""
    version = version_on(basis.versions, day, ctx.law)
    stated = version.label if version is not None else basis.version
    label = (
        render(msg("citation-version-on", day=min(day, ctx.law.law_as_of)), lang or ctx.lang)
        if stated is None
        else stated.in_language(lang or ctx.lang)
    )
    return Citation(
        text=basis.text,
        article=basis.article.in_language(lang or ctx.lang),
        legifrance_id=basis.legifrance_id.in_language(lang or ctx.lang),
        url=basis.url,
        version=label,
        note=basis.note.in_language(lang or ctx.lang) if basis.note is not None else None,
    )


def sanction_text(
    sanctions: Sequence[Sanction], ctx: Context, lang: Lang | None = None
) -> str | None:
    """The sanction regime in force on `as_of` (as the law stood on `law_as_of`), in words."""
    known = [
        s
        for s in sanctions
        if (s.enacted_on is None or s.enacted_on <= ctx.law.law_as_of)
        and s.effective_from <= ctx.as_of
        and (s.effective_to is None or ctx.as_of <= s.effective_to)
    ]
    if not known:
        return None
    current = max(known, key=lambda s: s.effective_from)
    if current.review_note is None:
        return render(msg("sanction", text=current.text, source=current.source), lang or ctx.lang)
    return render(
        msg(
            "sanction-to-check",
            text=current.text,
            source=current.source,
            note=current.review_note,
        ),
        lang or ctx.lang,
    )


def finding_from_decision(
    rule: CompiledRule, decision: Decision, ctx: Context, lang: Lang
) -> Finding:
    """Word a decision in `lang` and attach what every finding shares, in one place.

    The rule gives the title, citations, confidence, review notes, remedy and sanction; the
    decision gives the status, why, the period, the deadline, the gap and its trace.
    """
    return finding_model(finding_fields(rule, decision, ctx, lang))


def finding_model(fields: dict[str, Any]) -> Finding:
    """The finding of `finding_fields`' data, built as validation would build it, unvalidated.

    Every value is already what validation gives (text stripped, tuples, models, enum
    members): tests hold reports so built equal to validated ones. A negative lateness, which
    validation refuses, goes through validation to be refused as it would be.
    """
    late = fields["days_late"]
    if late is not None and late < 0:
        return Finding.model_validate(fields)
    return owned(Finding, fields, _ALL_SET if fields["note_refs"] else _SET_BUT_REFS)


# The names counted as given, one set per kind of model shared by its models: they are frozen
# (pydantic copies the set before it changes a copy's), and a set each is 150 containers more
# per report for the garbage collector.
_REMEDIED = frozenset({Status.NON_COMPLIANT, Status.NOT_YET_DUE})
_UNSANCTIONED = frozenset({Status.NOT_APPLICABLE, Status.EXEMPTED})
_UNSET = object()
_ALL_SET = set(field_names(Finding))
_SET_BUT_REFS = _ALL_SET - {"note_refs"}
_TRACE_SET = set(field_names(Trace))


def finding_fields(
    rule: CompiledRule, decision: Decision, ctx: Context, lang: Lang
) -> dict[str, Any]:
    """The fields of `finding_from_decision`'s finding, in the model's order, not yet a model.

    `render_report` numbers the report's notes into `note_refs` before it makes the models
    (`finding_model`). Text is stripped here as validation would strip it.
    """
    status = decision.status
    start, end = decision.data_period or period_days(decision.period, ctx.as_of)
    rule_notes = _applicable_notes(rule, ctx, end.year)
    reading = decision.reading_unconfirmed or any(
        status.value in note.reading_for for note in rule_notes
    )
    cause = None
    if status == Status.INSUFFICIENT_DATA:
        cause = decision.insufficient_cause or "body_data"
    status_note = None
    if decision.information_only or reading or cause or decision.status_scope is not None:
        status_note = _status_note(decision, reading=reading, cause=cause)
    notes: tuple[str, ...] = ()
    if rule_notes or decision.notes:
        notes = (
            *(note.note.in_language(lang) for note in rule_notes),
            *(
                (render(note, lang) if isinstance(note, Msg) else note.in_language(lang)).strip()
                for note in decision.notes
            ),
        )
    remedy = None
    if status in _REMEDIED:
        remedy = remediation_text(rule, ctx, decision.deadline, lang, decision=decision).strip()
    app = decision.applicability
    trace = owned(
        Trace,
        {
            # `+` returns the other tuple itself when one is empty: no new tuple
            "facts": app.facts + decision.facts if app else decision.facts,
            "values": (law_values(rule, app.values, lang) if app else ())
            + tuple([traced(value, lang) for value in decision.values]),
            "steps": tuple([render(step, lang).strip() for step in decision.steps]),
        },
        _TRACE_SET,
    )
    sanction = None
    if status not in _UNSANCTIONED:
        key = ("sanction", ctx.as_of, ctx.law.law_as_of, lang)
        found = rule.memo.get(key, _UNSET)  # read inline: a hit builds no closure
        if found is _UNSET:
            found = remember(rule.memo, key, lambda: sanction_text(rule.rule.sanctions, ctx, lang))
        sanction = cast("str | None", found)
    if decision.details:
        explanation = " ".join(
            [render(part, lang) for part in (decision.reason, *decision.details)]
        )
    else:
        explanation = render(decision.reason, lang)
    period = decision.period
    data_source = render_or_text(decision.data_source, lang)
    return {
        "rule_id": rule.rule.id,
        "period": period.key.strip() if period is not None else None,
        "status": status,
        "title": rule.rule.title.in_language(lang),
        "legal_basis": _citations(rule, ctx, end, lang),
        "deadline": decision.deadline,
        "gap": decision.gap,
        "explanation": explanation.strip(),
        "review": rule.rule.review or bool(notes) or decision.value_review or reading,
        "confidence": rule.rule.confidence,
        "review_notes": notes,
        "remediation": remedy,
        "bound_since": app.since if app and app.bound else None,
        "data_source": data_source.strip() if data_source is not None else None,
        "measures": measures_in_language(rule, decision, ctx, lang),
        "trace": trace,
        "data_period": data_period(start, end),
        "sanction": sanction.strip() if sanction is not None else None,
        "statutory_deadline": decision.statutory_deadline,
        "days_late": decision.days_late,
        "foreseeable_breach": True if decision.foreseeable_breach else None,
        "reading_unconfirmed": reading,
        "insufficient_data_cause": cause,
        "status_scope": decision.status_scope,
        "status_note": render(status_note, lang).strip() if status_note is not None else None,
        "gap_by_share": decision.gap_by_share,
        "information_only": decision.information_only,
        "target_progress": decision.target_progress,
        "period_label": render(period.label, lang).strip()
        if period is not None and period.label is not None
        else None,
        "remedy_act": rule.rule.remediation.act.in_language(lang) if remedy else None,
        "remedy_by": (
            rule.rule.remediation.decider(ctx.profile.collectivity.entity).in_language(lang)
            if remedy
            else None
        ),
        "note_refs": (),
    }
