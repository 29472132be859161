"""The rule pack as a catalogue: each rule and the values of the law in force on a date."""

from __future__ import annotations

from datetime import date

from reen_compliance.loading import RuleSet
from reen_compliance.rule_model import CategorySharesCheck, DatedValue
from reen_compliance.shares import regime_span
from reen_compliance.timeline import value_in_force
from reen_compliance.wording import Lang, format_date, pick


def _value(version: DatedValue | None) -> dict[str, object] | None:
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
        "source": version.source,
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
                name: _value(value_in_force(p.values, on)) for name, p in rule.parameters.items()
            },
            "legal_basis": [f"{b.text}, {b.article} ({b.legifrance_id})" for b in rule.legal_basis],
        }
        if isinstance(rule.check, CategorySharesCheck):
            categories: list[dict[str, object]] = [
                {
                    "id": regime.category_id(category),
                    "label": category.label,
                    "minimums": {
                        share: _value(value_in_force(values, on))
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
    """The catalogue for a terminal."""
    out: list[str] = []
    for entry in entries:
        flag = pick(lang, " ⚠ à vérifier", " ⚠ to be checked") if entry["review"] else ""
        out.append(f"{entry['id']} — {entry['title']} [{entry['confidence']}]{flag}")
        if not entry["in_force"]:
            start = date.fromisoformat(str(entry["in_force_from"]))
            out.append(
                "    "
                + pick(
                    lang,
                    f"en vigueur à compter du {format_date(start, lang)}",
                    f"in force from {format_date(start, lang)}",
                )
            )
        parameters = entry["parameters"]
        assert isinstance(parameters, dict)  # noqa: S101 - built above
        for name, value in parameters.items():
            out.append(f"    {name} = {_shown(value, lang)}")
        for category in entry.get("categories", []):  # type: ignore[attr-defined]
            minimums = ", ".join(
                f"{share} {_shown(value, lang)}" for share, value in category["minimums"].items()
            )
            out.append(f"    {category['id']}: {minimums}")
    return "\n".join(out) + "\n"


def _shown(value: object, lang: Lang) -> str:
    if not isinstance(value, dict):
        return pick(lang, "aucune valeur en vigueur", "no value in force")
    if not value["confirmed"]:
        return pick(lang, "NON CONFIRMÉ", "NOT CONFIRMED")
    shown = value["value"]
    text = ", ".join(shown) if isinstance(shown, list) else str(shown)
    return f"{text} ({value['source']})"
