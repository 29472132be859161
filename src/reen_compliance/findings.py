"""Build findings: the parts every kind of check shares (citations, review flags, remedies).

Each check decides a status and writes why; this module adds what the rule file says about the
law (title, citations, confidence, review notes, the act that fixes a failure) and the trace.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from reen_compliance.applicability import Applicability, LawView, assess
from reen_compliance.expressions import ExpressionError, MissingFact
from reen_compliance.facts import facts_on
from reen_compliance.law_memo import cited
from reen_compliance.loading import CompiledRule, RuleSet
from reen_compliance.model import ProcurementFigure, Profile, Status
from reen_compliance.report_model import (
    Citation,
    DataPeriod,
    Finding,
    Gap,
    ShareMeasure,
    Trace,
    TraceFact,
    TraceValue,
)
from reen_compliance.rule_model import LegalBasis, Sanction, TextVersion
from reen_compliance.wording import Lang, format_date, format_int, format_money, pick

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True, slots=True)
class Context:
    """What every check reads: the profile, the dates, the language, the purchase figures."""

    profile: Profile
    as_of: date
    law: LawView
    lang: Lang
    procurement: Mapping[int, tuple[ProcurementFigure, ...]]
    procurement_source: str
    procurement_notes: tuple[str, ...] = ()
    rules: RuleSet | None = None
    memo: dict[tuple[object, ...], object] = field(default_factory=dict, compare=False, repr=False)

    def assess(self, rule: CompiledRule, day: date) -> Applicability:
        """The applicability of `rule` on `day`, computed once per evaluation."""
        key = ("assess", rule.rule.id, day)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = assess(rule, self.profile, day, self.law)
        assert isinstance(found, Applicability)  # noqa: S101 - the memo keeps its own types
        return found


def fill(template: str, values: Mapping[str, object], lang: Lang) -> str:
    """Replace `{name}` by a formatted value; no format-string machinery touches rule text."""

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return format_int(value, lang) if value == int(value) else str(value)
        if isinstance(value, tuple):
            return ", ".join(str(item) for item in value)
        return match.group(0) if value is None else str(value)

    return _PLACEHOLDER.sub(replace, template)


def facts_sentence(ctx: Context, applicability: Applicability, day: date) -> str:
    """Say which facts the applicability test read, in the report's language."""
    lang = ctx.lang
    parts: list[str] = []
    names = {fact.name for fact in applicability.facts}
    collectivity = ctx.profile.collectivity
    if "population" in names:
        figure = collectivity.population_on(day)
        if figure is None:
            parts.append(
                pick(
                    lang,
                    f"aucune population n'est indiquée pour le {format_date(day, lang)}",
                    f"no population is given for {format_date(day, lang)}",
                )
            )
        else:
            parts.append(
                pick(
                    lang,
                    f"population totale de {format_int(figure.total, lang)} habitants, "
                    f"applicable depuis le {format_date(figure.applies_from, lang)} "
                    f"({figure.source})",
                    f"population totale of {format_int(figure.total, lang)} inhabitants, "
                    f"applicable from {format_date(figure.applies_from, lang)} ({figure.source})",
                )
            )
    if "previous_year_purchases_eur_ht" in names:
        year = day.year - 1
        amount = collectivity.annual_purchases_eur_ht.get(year)
        if amount is None:
            parts.append(
                pick(
                    lang, f"montant des achats {year} non indiqué", f"purchases of {year} not given"
                )
            )
        else:
            parts.append(
                pick(
                    lang,
                    f"achats {year} de {format_money(amount, lang)} HT",
                    f"purchases of {year}: {format_money(amount, lang)} excl. VAT",
                )
            )
    return "; ".join(parts)


def applicability_values(applicability: Applicability) -> dict[str, object]:
    """Parameter values in force, for filling `{name}` placeholders."""
    return {name: version.value for name, version in applicability.parameters.items() if version}


def review_notes(rule: CompiledRule, ctx: Context) -> tuple[str, ...]:
    """The rule's review notes whose condition holds for this body (or cannot be decided)."""
    key = ("review_notes", rule.rule.id)
    cached = ctx.memo.get(key)
    if cached is None:
        cached = ctx.memo[key] = _review_notes(rule, ctx)
    return cached  # type: ignore[return-value]  # the memo keeps its own types


def _review_notes(rule: CompiledRule, ctx: Context) -> tuple[str, ...]:
    env: dict[str, object] = facts_on(ctx.profile, ctx.as_of)
    notes: list[str] = []
    for note, condition in zip(rule.rule.review_notes, rule.review_conditions, strict=True):
        applies = True
        if condition is not None:
            try:
                applies = condition(env)
            except (MissingFact, ExpressionError):
                applies = True
        if applies:
            notes.append(note.note.in_language(ctx.lang))
    return tuple(notes)


def remediation_text(rule: CompiledRule, ctx: Context, deadline: date | None) -> str:
    """The act that fixes the finding, who decides it, and by when."""
    remedy = rule.rule.remediation
    lang = ctx.lang
    text = f"{remedy.act.in_language(lang)} — {remedy.decided_by.in_language(lang)}"
    if deadline is not None and deadline >= ctx.as_of:
        text += pick(
            lang,
            f", au plus tard le {format_date(deadline, lang)}",
            f", by {format_date(deadline, lang)} at the latest",
        )
    elif deadline is not None:
        text += pick(lang, ", sans délai (échéance dépassée)", ", without delay (deadline passed)")
    return text


def make_finding(  # noqa: PLR0913 - a finding has this many parts, each named
    rule: CompiledRule,
    ctx: Context,
    *,
    period: str | None,
    status: Status,
    explanation: str,
    applicability: Applicability | None = None,
    deadline: date | None = None,
    gap: Gap | None = None,
    steps: Sequence[str] = (),
    value_review: bool = False,
    extra_notes: Sequence[str] = (),
    measures: Sequence[ShareMeasure] = (),
    data_source: str | None = None,
    data_period: tuple[date, date] | None = None,
    facts: Sequence[TraceFact] = (),
    values: Sequence[TraceValue] = (),
) -> Finding:
    """Assemble a finding with the rule's citations, review flags, remedy and trace."""
    notes = (*review_notes(rule, ctx), *extra_notes)
    remedy = None
    if status in {Status.NON_COMPLIANT, Status.NOT_YET_DUE}:
        remedy = remediation_text(rule, ctx, deadline)
    trace = Trace(
        facts=(*(applicability.facts if applicability else ()), *facts),
        values=(*(applicability.values if applicability else ()), *values),
        steps=tuple(steps),
    )
    start, end = data_period or default_data_period(period, ctx.as_of)
    sanction = None
    if status not in {Status.NOT_APPLICABLE, Status.EXEMPTED}:
        sanction = sanction_text(rule.rule.sanctions, ctx)
    return Finding(
        rule_id=rule.rule.id,
        period=period,
        status=status,
        title=rule.rule.title.in_language(ctx.lang),
        legal_basis=_citations(rule, ctx, end),
        deadline=deadline,
        gap=gap,
        explanation=explanation,
        review=rule.rule.review or bool(notes) or value_review,
        confidence=rule.rule.confidence,
        review_notes=notes,
        remediation=remedy,
        bound_since=applicability.since if applicability and applicability.bound else None,
        data_source=data_source,
        measures=tuple(measures),
        trace=trace,
        data_period=DataPeriod(start=start, end=end),
        sanction=sanction,
    )


def _citations(rule: CompiledRule, ctx: Context, day: date) -> tuple[Citation, ...]:
    basis = rule.rule.legal_basis
    return cited(
        rule, day, ctx.law.law_as_of, ctx.lang, lambda: tuple(citation(b, ctx, day) for b in basis)
    )


def default_data_period(period: str | None, as_of: date) -> tuple[date, date]:
    """A calendar-year period covers that year (up to `as_of`); anything else the day itself."""
    if period is not None and period.isdigit() and len(period) == 4:  # noqa: PLR2004 - a year
        year = int(period)
        return date(year, 1, 1), min(date(year, 12, 31), max(as_of, date(year, 1, 1)))
    return as_of, as_of


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


def citation(basis: LegalBasis, ctx: Context, day: date) -> Citation:
    """Cite a text with the version applied: the dated one in force, else the one stated."""
    version = version_on(basis.versions, day, ctx.law)
    label = version.label if version is not None else basis.version
    if label is None:
        label = pick(
            ctx.lang,
            f"version en vigueur le {format_date(min(day, ctx.law.law_as_of), ctx.lang)}",
            f"version in force on {format_date(min(day, ctx.law.law_as_of), ctx.lang)}",
        )
    return Citation(
        text=basis.text,
        article=basis.article,
        legifrance_id=basis.legifrance_id,
        url=basis.url,
        version=label,
    )


def sanction_text(sanctions: Sequence[Sanction], ctx: Context) -> str | None:
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
    text = f"{current.text.in_language(ctx.lang)} ({current.source})"
    if current.review_note is not None:
        text += " ⚠ " + current.review_note.in_language(ctx.lang)
    return text


def fact(name: str, value: object, source: str) -> TraceFact:
    """A fact read from the profile at a JSON path, for the trace."""
    shown = None if value is None else str(value)
    return TraceFact(name=name, value=shown, source=source)


def dated_value(name: str, value: object, start: date, end: date | None, source: str) -> TraceValue:
    """A dated value of the law applied, for the trace."""
    shown = None if value is None else str(value)
    return TraceValue(name=name, value=shown, effective_from=start, effective_to=end, source=source)
