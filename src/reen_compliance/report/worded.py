"""A finding's law values and share measures in one language, built as validation would build them.

Both are models of the report built from values already of their fields' types (`owned`):
the law's values an applicability read are kept on the rule beside them, worded once per
language; a measure takes its decree's and minimum's names in the reader's language.
"""

from __future__ import annotations

from functools import partial

from reen_compliance.decisions.context import Context
from reen_compliance.decisions.decision import Decision
from reen_compliance.decisions.shares import measure_in_language
from reen_compliance.formats.report import ShareMeasure, TraceValue, field_names, owned
from reen_compliance.law.applicability import LawView
from reen_compliance.law.checks import CategorySharesCheck
from reen_compliance.law.loading import CompiledRule
from reen_compliance.law.memo import keep, remember
from reen_compliance.law.values import AppliedValue
from reen_compliance.report.words import Lang

_VALUE_SET = set(field_names(TraceValue))
_MEASURE_SET = set(field_names(ShareMeasure))


def law_values(
    rule: CompiledRule, values: tuple[AppliedValue, ...], lang: Lang
) -> tuple[TraceValue, ...]:
    """The law's values an applicability read, in `lang`: once per tuple of values and language.

    The applicability test keeps its values on the rule per day and law date, shared by every
    body; their trace models are kept beside them (the entry holds the tuple: its identity is
    never another's).
    """
    if not values:
        return ()
    key = ("traced_values", id(values), lang)
    found = rule.memo.get(key)
    if found is not None and found[0] is values:  # type: ignore[index]  # set below
        return found[1]  # type: ignore[index, no-any-return]  # set below
    shown = tuple([traced(value, lang) for value in values])
    keep(rule.memo, key, (values, shown))
    return shown


def traced(value: AppliedValue, lang: Lang) -> TraceValue:
    """`AppliedValue.traced`, built as validation would build it (no validation per value)."""
    text = value.value
    return owned(
        TraceValue,
        {
            "name": value.name,
            "value": text.strip() if text is not None else None,
            "effective_from": value.effective_from,
            "effective_to": value.effective_to,
            "source": value.source.in_language(lang),
        },
        _VALUE_SET,
    )


def measures_in_language(
    rule: CompiledRule, decision: Decision, ctx: Context, lang: Lang
) -> tuple[ShareMeasure, ...]:
    """The decision's share measures, their decree and minimums' sources named in `lang`.

    The two names depend on the rule, the share, its period, the law date and the language
    only: worded once (`measure_in_language`) and kept on the rule; each measure is then given
    built as validation would build it from its fields.
    """
    check = rule.rule.check
    if not isinstance(check, CategorySharesCheck):
        return decision.measures
    law = ctx.law
    found: list[ShareMeasure] = []
    for measure in decision.measures:
        regime, source = remember(
            rule.memo,
            (
                "measure_words",
                measure.category,
                measure.share,
                measure.data_period,
                law.law_as_of,
                lang,
            ),
            partial(_measure_words, measure, rule, law, lang),
        )
        fields = {**measure.__dict__, "regime": regime, "minimum_source": source}
        found.append(owned(ShareMeasure, fields, _MEASURE_SET))
    return tuple(found)


def _measure_words(
    measure: ShareMeasure, rule: CompiledRule, law: LawView, lang: Lang
) -> tuple[str, str | None]:
    worded = measure_in_language(measure, rule, law, lang)
    source = worded.minimum_source
    return worded.regime.strip(), source.strip() if source is not None else None
