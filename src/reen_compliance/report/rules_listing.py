"""The rule pack as a catalogue: each rule and the values of the law in force on a date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from reen_compliance.decisions.shares import regime_span
from reen_compliance.i18n.formats import Lang, format_pct
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import join_list, render
from reen_compliance.law.checks import CategorySharesCheck
from reen_compliance.law.loading import RuleSet
from reen_compliance.law.timeline import value_in_force
from reen_compliance.law.values import DatedValue
from reen_compliance.report.explain import word_value
from reen_compliance.report.text import field, share_label
from reen_compliance.report.words import citation_title


def _value(version: DatedValue | None, lang: Lang) -> dict[str, object] | None:
    if version is None:
        return None
    value = version.value
    shown: object = (
        list(value) if isinstance(value, tuple) else (None if value is None else str(value))
    )
    return {
        "value": shown,
        "confirmed": version.confirmed,
        "effective_from": version.effective_from.isoformat(),
        "effective_to": version.effective_to.isoformat() if version.effective_to else None,
        "source": version.source.in_language(lang),
        "review": version.needs_review,
    }


def rules_in_force(rules: RuleSet, on: date, lang: Lang) -> list[dict[str, object]]:
    """One entry per rule: id, title, confidence, review flag, and the values in force on `on`."""
    entries: list[dict[str, object]] = []
    for compiled in rules.rules:
        rule = compiled.rule
        entry: dict[str, object] = {
            "id": rule.id,
            "title": rule.title.in_language(lang),
            "in_force": on >= rule.in_force_from,
            "in_force_from": rule.in_force_from.isoformat(),
            "confidence": rule.confidence,
            "review": rule.review,
            "applies_to": rule.applies_to,
            "parameters": {
                name: _value(value_in_force(p.values, on), lang)
                for name, p in rule.parameters.items()
            },
            "legal_basis": [
                f"{citation_title(b.text, lang, b.note.in_language(lang) if b.note else None)}, "
                f"{b.article.in_language(lang)} ({b.legifrance_id.in_language(lang)})"
                for b in rule.legal_basis
            ],
        }
        if isinstance(rule.check, CategorySharesCheck):
            categories: list[dict[str, object]] = [
                {
                    "id": regime.category_id(category),
                    "label": category.label,
                    "minimums": {
                        share: _value(value_in_force(values, on), lang)
                        for share, values in sorted(category.minimums.items())
                    },
                }
                for regime in rule.check.regimes
                if regime_span(regime).contains(on)
                for category in regime.categories
            ]
            entry["categories"] = categories
        entries.append(entry)
    return entries


def render_rules_text(entries: list[dict[str, object]], lang: Lang) -> str:
    """The catalogue for a terminal: values worded, identifiers of the rules quoted as code."""
    out: list[str] = []
    for entry in entries:
        flag = f" ⚠ {render(msg('out-rules-to-check'), lang)}" if entry["review"] else ""
        confidence = render(
            msg("out-rules-confidence", level=msg(f"out-confidence-{entry['confidence']}")), lang
        )
        out.append(f"{entry['id']} — {entry['title']} [{confidence}]{flag}")
        if not entry["in_force"]:
            start = date.fromisoformat(str(entry["in_force_from"]))
            out.append("    " + render(msg("out-rules-in-force-from", day=start), lang))
        parameters = entry["parameters"]
        assert isinstance(parameters, dict)  # noqa: S101 - built above
        for name, value in parameters.items():
            shown = _shown(value, lang, percent=name.endswith("_pct"))
            out.append(f"    `{name}` = {shown}")
        for category in entry.get("categories", []):  # type: ignore[attr-defined]
            minimums = join_list(
                tuple(
                    f"{render(share_label(share), lang)} {_shown(value, lang, percent=True)}"
                    for share, value in category["minimums"].items()
                ),
                lang,
            )
            out.append("    " + field(f"`{category['id']}`", minimums, lang))
    return "\n".join(out) + "\n"


def _shown(value: object, lang: Lang, *, percent: bool) -> str:
    """A dated value as the listing shows it; `percent` for shares (names ending in `_pct`)."""
    if not isinstance(value, dict):
        return render(msg("out-rules-no-value"), lang)
    if not value["confirmed"]:
        return render(msg("out-rules-not-confirmed"), lang)
    shown = value["value"]
    if isinstance(shown, list):
        text = join_list(tuple(word_value(str(item), lang) for item in shown), lang)
    elif percent:
        text = _percent(str(shown), lang)
    else:
        text = word_value(None if shown is None else str(shown), lang)
    return f"{text} ({value['source']})"


def _percent(text: str, lang: Lang) -> str:
    try:
        return format_pct(Decimal(text), lang)
    except InvalidOperation:
        return word_value(text, lang)
