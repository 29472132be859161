"""Render a listing of bound bodies as terminal text, CSV or JSON; renderers write nothing."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from reen_compliance.i18n.message import Code, Msg, Value, msg
from reen_compliance.i18n.render import render
from reen_compliance.law.values import AppliedValue
from reen_compliance.reference.bodies import ReferenceData
from reen_compliance.reference.bound import (
    METROPOLE_DE_LYON,
    BodyOutcome,
    BoundListing,
    KindOutcome,
    PopulationVintage,
    RuleBinding,
)
from reen_compliance.report.words import Lang

CSV_COLUMNS = (
    "rule_id",
    "status",
    "kind",
    "epci_category",
    "siren",
    "insee_code",
    "name",
    "population",
    "population_applies_from",
    "population_source",
    "population_assumed_in_force",
    "bound_since",
    "bound_since_is_lower_bound",
    "bodies",
    "missing_fact",
    "reference_data",
)


def _say(lang: Lang, message_id: str, /, **values: Value) -> str:
    return render(msg(message_id, **values), lang)


def reference_lines(listing: BoundListing, lang: Lang) -> list[str]:
    """The data's vintage, the Métropole de Lyon's reading and the caveats on the figures."""
    vintage = listing.reference.vintage
    lines = [
        _say(
            lang,
            "bound-list-reference-data",
            attribution=vintage.attribution,
            licence=vintage.licence,
        )
    ]
    lines += [
        "  " + _say(lang, "bound-list-vintage", counts=counts_words((v,)), source=v.source)
        for v in listing.vintages
    ]
    if listing.epci_perimeter_as_of is not None:
        lines.append("  " + _say(lang, "bound-list-perimeters", day=listing.epci_perimeter_as_of))
    lines.append(reading_text(lang))
    lines += [
        _say(lang, "bound-list-superseded", counts=counts_words(groups), day=start)
        for start, groups in _by_start(listing.superseded)
    ]
    lines += [
        _say(lang, "bound-list-assumed", counts=counts_words(groups), day=start)
        for start, groups in _by_start(listing.assumed_population)
    ]
    return lines


def _by_start(
    groups: tuple[PopulationVintage, ...],
) -> list[tuple[date, tuple[PopulationVintage, ...]]]:
    """The groups gathered by the date their figure applies from, earliest first."""
    starts = sorted({group.applies_from for group in groups})
    return [(day, tuple(g for g in groups if g.applies_from == day)) for day in starts]


def counts_words(groups: tuple[PopulationVintage, ...]) -> Msg:
    """« 20 communes et 1 255 EPCI » / "20 communes and 1,255 EPCI", as a message."""
    communes = sum(group.bodies for group in groups if group.kind == "commune")
    epcis = sum(group.bodies for group in groups if group.kind == "epci")
    if communes and epcis:
        return msg(
            "bound-list-communes-and-epcis",
            communes=msg("bound-list-communes", count=communes),
            epcis=msg("bound-list-epcis", count=epcis),
        )
    if epcis:
        return msg("bound-list-epcis", count=epcis)
    return msg("bound-list-communes", count=communes)


def reading_text(lang: Lang) -> str:
    """How EPCI populations and the Métropole de Lyon are read, in one sentence."""
    return _say(lang, "bound-list-reading")


def _value(value: AppliedValue) -> Msg:
    written: Value = "—"
    if value.value is not None:
        written = (
            int(value.value)
            if value.value.isdigit()
            else msg("bound-list-fact", name=Code(value.value))
        )
    return msg(
        "bound-list-value",
        name=msg("bound-list-fact", name=Code(value.name)),
        value=written,
        source=value.source,
    )


def _tail(outcome: BodyOutcome) -> Msg:
    if outcome.bound is None:
        return msg(
            "bound-list-unknown", fact=msg("bound-list-fact", name=Code(outcome.missing or "?"))
        )
    if outcome.since is None:
        return msg("bound-list-not-in-force-yet")
    if outcome.since_is_lower_bound:
        return msg("bound-list-since-at-least", day=outcome.since)
    return msg("bound-list-since", day=outcome.since)


_KIND_WIDTH = 28
"""Width of the kind column: the longest kind label (26 characters in French) and two spaces."""


def _body_line(outcome: BodyOutcome, lang: Lang) -> str:
    body = outcome.body
    code = body.insee_code if body.kind == "commune" else body.siren
    kind = _say(lang, "bound-list-kind", kind=body.epci_category or body.kind)
    if body.population is None:
        text = _say(lang, "bound-list-body-no-population", name=body.name, tail=_tail(outcome))
    else:
        text = _say(
            lang, "bound-list-body", name=body.name, population=body.population, tail=_tail(outcome)
        )
    return f"    {code or '':<9}  {kind:<{_KIND_WIDTH}}{text}"


def _kind_label(kind: KindOutcome) -> Msg:
    entity = msg("bound-list-kind", kind=kind.entity)
    if kind.epci_category == METROPOLE_DE_LYON:
        return msg("bound-list-kind-lyon", entity=entity)
    return entity


def _kinds(kinds: list[KindOutcome]) -> tuple[Value, ...]:
    return tuple(msg("bound-list-kind-count", kind=_kind_label(k), count=k.bodies) for k in kinds)


def _binding_lines(binding: RuleBinding, lang: Lang) -> list[str]:
    rule = binding.rule.rule
    lines = ["", f"{rule.id} — {rule.title.in_language(lang)}"]
    if not binding.in_force:
        lines.append("  " + _say(lang, "bound-list-not-in-force", start=rule.in_force_from))
        return lines
    condition = Code(rule.applies_to)
    if binding.values:
        values = tuple(_value(v) for v in binding.values)
        lines.append(
            "  " + _say(lang, "bound-list-condition-values", condition=condition, values=values)
        )
    else:
        lines.append("  " + _say(lang, "bound-list-condition", condition=condition))
    communes = msg("bound-list-communes", count=binding.count("commune"))
    epcis = msg("bound-list-epcis", count=binding.count("epci"))
    if binding.threshold:
        lines.append(
            "  "
            + _say(
                lang,
                "bound-list-counts",
                total=len(binding.bound),
                communes=communes,
                epcis=epcis,
                not_bound=binding.not_bound,
                unknown=len(binding.unknown),
            )
        )
        lines += [_body_line(outcome, lang) for outcome in binding.listed]
        return lines
    bound = [k for k in binding.kinds if k.bound]
    unknown_kinds = [k for k in binding.kinds if k.bound is None]
    if bound:
        lines.append(
            "  "
            + _say(
                lang, "bound-list-no-threshold", kinds=_kinds(bound), communes=communes, epcis=epcis
            )
        )
    if unknown_kinds:
        missing = tuple(
            msg("bound-list-fact", name=Code(name))
            for name in sorted({k.missing or "?" for k in unknown_kinds})
        )
        lines.append(
            "  " + _say(lang, "bound-list-depends", missing=missing, kinds=_kinds(unknown_kinds))
        )
    if not bound and not unknown_kinds:
        lines.append("  " + _say(lang, "bound-list-binds-none"))
    return lines


def render_bound_text(listing: BoundListing, lang: Lang) -> str:
    """The listing for a terminal: vintage and caveats first, then each rule's bodies."""
    lines = [
        _say(lang, "bound-list-title", as_of=listing.as_of, law_as_of=listing.law_as_of),
        *reference_lines(listing, lang),
    ]
    for binding in listing.rules:
        lines += _binding_lines(binding, lang)
    return "\n".join(lines) + "\n"


def _body_data(outcome: BodyOutcome, listing: BoundListing) -> dict[str, object]:
    body = outcome.body
    assumed = bool(listing.assumed_population) and body.population_applies_from > listing.as_of
    return {
        "kind": body.kind,
        "epci_category": body.epci_category,
        "siren": body.siren,
        "insee_code": body.insee_code,
        "name": body.name,
        "population": body.population,
        "population_applies_from": body.population_applies_from.isoformat(),
        "population_source": body.population_source,
        "population_assumed_in_force": assumed,
        "bound_since": outcome.since.isoformat() if outcome.since else None,
        "bound_since_is_lower_bound": outcome.since_is_lower_bound,
        "missing_fact": outcome.missing,
    }


def _binding_data(binding: RuleBinding, listing: BoundListing, lang: Lang) -> dict[str, object]:
    rule = binding.rule.rule
    data: dict[str, object] = {
        "id": rule.id,
        "title": rule.title.in_language(lang),
        "in_force": binding.in_force,
        "applies_to": rule.applies_to,
        "threshold": binding.threshold,
        "values": [v.traced(lang).model_dump(mode="json") for v in binding.values],
        "counts": {
            "bound": binding.count("commune") + binding.count("epci"),
            "bound_communes": binding.count("commune"),
            "bound_epcis": binding.count("epci"),
            "not_bound": binding.not_bound if binding.threshold else None,
            "unknown": len(binding.unknown) if binding.threshold else None,
        },
    }
    if binding.threshold:
        data["bound"] = [_body_data(o, listing) for o in binding.bound]
        data["unknown"] = [_body_data(o, listing) for o in binding.unknown]
    else:
        data["kinds"] = [
            {
                "kind": k.kind,
                "epci_category": k.epci_category,
                "entity": k.entity,
                "bodies": k.bodies,
                "bound": k.bound,
                "missing_fact": k.missing,
            }
            for k in binding.kinds
        ]
    return data


def reference_data_header(
    reference: ReferenceData, epci_perimeter_as_of: date | None
) -> dict[str, object]:
    """Where the reference data comes from, its licence and the EPCI perimeters' date."""
    vintage = reference.vintage
    return {
        "source": vintage.source,
        "package_version": vintage.package_version,
        "attribution": vintage.attribution,
        "licence": vintage.licence,
        "epci_perimeter_as_of": epci_perimeter_as_of.isoformat() if epci_perimeter_as_of else None,
    }


def bound_data(listing: BoundListing, lang: Lang) -> dict[str, object]:
    """The listing as JSON-ready data, with the reference data's vintage and caveats."""
    return {
        "as_of": listing.as_of.isoformat(),
        "law_as_of": listing.law_as_of.isoformat(),
        "reference_data": {
            **reference_data_header(listing.reference, listing.epci_perimeter_as_of),
            "populations": [_vintage_data(v) for v in listing.vintages],
            "vintages": vintage_table(listing.reference),
        },
        "assumed_current_population": [_vintage_data(v) for v in listing.assumed_population],
        "possibly_superseded_population": [_vintage_data(v) for v in listing.superseded],
        "reading": reading_text(lang),
        "rules": [_binding_data(b, listing, lang) for b in listing.rules],
    }


def vintage_table(reference: ReferenceData) -> list[dict[str, object]]:
    """The data's years: in force from, millésime, files (package version) of each figure."""
    return [
        {
            "applies_from": date(v.year, 1, 1).isoformat(),
            "millesime": v.millesime,
            "communes_population_totale": v.communes_population_totale,
            "communes_population_municipale": v.communes_population_municipale,
            "epci": v.epci,
            "epci_perimeter_as_of": (
                v.epci_perimeter_as_of.isoformat() if v.epci_perimeter_as_of else None
            ),
        }
        for v in reference.vintages
    ]


def _vintage_data(vintage: PopulationVintage) -> dict[str, object]:
    return {
        "kind": vintage.kind,
        "bodies": vintage.bodies,
        "source": vintage.source,
        "year": vintage.year,
        "applies_from": vintage.applies_from.isoformat(),
    }


def render_bound_json(listing: BoundListing, lang: Lang) -> str:
    """The listing as indented JSON."""
    return json.dumps(bound_data(listing, lang), ensure_ascii=False, indent=2) + "\n"


def render_bound_csv(listing: BoundListing) -> str:
    """One row per bound or unknown body of a threshold rule, one per kind for the others.

    Every row names the reference data and, for a body, its figure's source and vintage.
    """
    vintage = listing.reference.vintage
    reference = f"{vintage.source} {vintage.package_version}"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for binding in listing.rules:
        rule_id = binding.rule.rule.id
        for outcome in binding.listed:
            row = _body_data(outcome, listing)
            row.update(
                rule_id=rule_id,
                status="bound" if outcome.bound else "unknown",
                bodies=1,
                reference_data=reference,
            )
            writer.writerow(row)
        for kind in binding.kinds:
            if kind.bound is False:
                continue
            writer.writerow(
                {
                    "rule_id": rule_id,
                    "status": "bound_no_threshold" if kind.bound else "unknown",
                    "kind": kind.kind,
                    "epci_category": kind.epci_category,
                    "bodies": kind.bodies,
                    "missing_fact": kind.missing,
                    "reference_data": reference,
                }
            )
    return buffer.getvalue()
