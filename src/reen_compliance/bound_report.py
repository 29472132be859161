"""Render a listing of bound bodies as terminal text, CSV or JSON; renderers write nothing."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from reen_compliance.bound import (
    METROPOLE_DE_LYON,
    BodyOutcome,
    BoundListing,
    KindOutcome,
    PopulationVintage,
    RuleBinding,
)
from reen_compliance.reference import ReferenceData
from reen_compliance.report_model import TraceValue
from reen_compliance.wording import Lang, format_date, format_int, pick

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


def _kind_words(vintage: PopulationVintage, lang: Lang) -> str:
    return counts_words((vintage,), lang)


def reference_lines(listing: BoundListing, lang: Lang) -> list[str]:
    """The data's vintage, the Métropole de Lyon's reading and the caveats on the figures."""
    vintage = listing.reference.vintage
    lines = [
        pick(lang, "Données de référence : ", "Reference data: ")
        + f"{vintage.attribution} — {vintage.licence}.",
    ]
    lines += [
        f"  {_kind_words(v, lang)} : {v.source}"
        if lang == "fr"
        else f"  {_kind_words(v, lang)}: {v.source}"
        for v in listing.vintages
    ]
    if listing.epci_perimeter_as_of is not None:
        day = format_date(listing.epci_perimeter_as_of, lang)
        lines.append(
            pick(lang, f"  Périmètres des EPCI au {day}.", f"  EPCI perimeters as of {day}.")
        )
    lines.append(reading_text(lang))
    for start, groups in _by_start(listing.superseded):
        day = format_date(start, lang)
        lines.append(
            pick(
                lang,
                f"Attention : {counts_words(groups, lang)} : chiffre en vigueur depuis le {day} ; "
                "l'INSEE en authentifie un nouveau chaque 1er janvier : c'est le dernier que "
                "portent les données, pas forcément celui en vigueur.",
                f"Caution: {counts_words(groups, lang)}: figure in force since {day}; INSEE "
                "authenticates a new one each 1 January: this is the latest the data carries, "
                "not necessarily the one in force.",
            )
        )
    for start, groups in _by_start(listing.assumed_population):
        day = format_date(start, lang)
        lines.append(
            pick(
                lang,
                f"SUPPOSÉ : {counts_words(groups, lang)} : chiffre applicable seulement à "
                f"compter du {day}, supposé en vigueur (--assume-current-population).",
                f"ASSUMED: {counts_words(groups, lang)}: figure applying only from {day}, "
                "assumed in force (--assume-current-population).",
            )
        )
    return lines


def _by_start(
    groups: tuple[PopulationVintage, ...],
) -> list[tuple[date, tuple[PopulationVintage, ...]]]:
    """The groups gathered by the date their figure applies from, earliest first."""
    starts = sorted({group.applies_from for group in groups})
    return [(day, tuple(g for g in groups if g.applies_from == day)) for day in starts]


def counts_words(groups: tuple[PopulationVintage, ...], lang: Lang) -> str:
    """« 20 communes et 1 255 EPCI » / "20 communes and 1,255 EPCI"."""
    parts = []
    for kind, word in (("commune", "communes"), ("epci", "EPCI")):
        count = sum(group.bodies for group in groups if group.kind == kind)
        if count:
            parts.append(f"{format_int(count, lang)} {word}")
    return pick(lang, " et ", " and ").join(parts)


def reading_text(lang: Lang) -> str:
    """How EPCI populations and the Métropole de Lyon are read, in one sentence."""
    return pick(
        lang,
        "Lecture : la population d'un EPCI est la somme des populations totales de ses "
        "communes membres (NON CONFIRMÉE par les textes). La Métropole de Lyon (collectivité "
        "à statut particulier, CGCT L. 3611-1) est évaluée comme un EPCI de catégorie "
        "métropole.",
        "Reading: an EPCI's population is the sum of its member communes' population totale "
        "(NOT CONFIRMED by the texts). The Métropole de Lyon (collectivité à statut "
        "particulier, CGCT L. 3611-1) is evaluated as an EPCI of category métropole.",
    )


def _values_text(values: tuple[TraceValue, ...]) -> str:
    return "; ".join(f"{v.name} = {v.value} ({v.source})" for v in values)


def _since_text(outcome: BodyOutcome, lang: Lang) -> str:
    if outcome.since is None:
        return ""
    day = format_date(outcome.since, lang)
    if outcome.since_is_lower_bound:
        return pick(lang, f"depuis le {day} au moins", f"since {day} at least")
    return pick(lang, f"depuis le {day}", f"since {day}")


def _body_line(outcome: BodyOutcome, lang: Lang) -> str:
    body = outcome.body
    code = body.insee_code if body.kind == "commune" else body.siren
    kind = body.epci_category or body.kind
    population = ("?" if body.population is None else format_int(body.population, lang)) + pick(
        lang, " hab.", " inh."
    )
    tail = (
        pick(lang, f"inconnu : {outcome.missing} manque", f"unknown: {outcome.missing} missing")
        if outcome.bound is None
        else _since_text(outcome, lang)
    )
    return f"    {code or '':<9}  {kind:<24}  {body.name} — {population}, {tail}"


def _kind_label(kind: KindOutcome) -> str:
    if kind.epci_category == METROPOLE_DE_LYON:
        return f"{METROPOLE_DE_LYON} → {kind.entity}"
    return kind.entity


def _binding_lines(binding: RuleBinding, lang: Lang) -> list[str]:
    rule = binding.rule.rule
    lines = ["", f"{rule.id} — {rule.title.in_language(lang)}"]
    if not binding.in_force:
        start = format_date(rule.in_force_from, lang)
        lines.append(
            pick(
                lang, f"  Pas en vigueur (à compter du {start}).", f"  Not in force (from {start})."
            )
        )
        return lines
    condition = (
        f"  Condition : {rule.applies_to}" if lang == "fr" else f"  Condition: {rule.applies_to}"
    )
    if binding.values:
        condition += (
            f" ; {_values_text(binding.values)}"
            if lang == "fr"
            else f"; {_values_text(binding.values)}"
        )
    lines.append(condition)
    communes, epcis = (format_int(binding.count(kind), lang) for kind in ("commune", "epci"))
    if binding.threshold:
        total = format_int(len(binding.bound), lang)
        not_bound = format_int(binding.not_bound, lang)
        unknown = format_int(len(binding.unknown), lang)
        lines.append(
            pick(
                lang,
                f"  Liés : {total} ({communes} communes, {epcis} EPCI) ; non liés : {not_bound} ; "
                f"inconnus : {unknown}",
                f"  Bound: {total} ({communes} communes, {epcis} EPCI); not bound: {not_bound}; "
                f"unknown: {unknown}",
            )
        )
        lines += [_body_line(outcome, lang) for outcome in binding.listed]
        return lines
    bound = [k for k in binding.kinds if k.bound]
    unknown_kinds = [k for k in binding.kinds if k.bound is None]
    if bound:
        kinds = ", ".join(f"{_kind_label(k)} ({format_int(k.bodies, lang)})" for k in bound)
        lines.append(
            pick(
                lang,
                f"  Sans seuil : lie tout organisme de ces catégories : {kinds} — "
                f"{communes} communes, {epcis} EPCI.",
                f"  No threshold: binds every body of these kinds: {kinds} — "
                f"{communes} communes, {epcis} EPCI.",
            )
        )
    if unknown_kinds:
        missing = ", ".join(sorted({k.missing or "?" for k in unknown_kinds}))
        kinds = ", ".join(f"{_kind_label(k)} ({format_int(k.bodies, lang)})" for k in unknown_kinds)
        lines.append(
            pick(
                lang,
                f"  Dépend de faits absents des données de référence ({missing}) : {kinds}.",
                f"  Depends on facts the reference data does not carry ({missing}): {kinds}.",
            )
        )
    if not bound and not unknown_kinds:
        lines.append(
            pick(lang, "  Ne lie aucune commune ni aucun EPCI.", "  Binds no commune or EPCI.")
        )
    return lines


def render_bound_text(listing: BoundListing, lang: Lang) -> str:
    """The listing for a terminal: vintage and caveats first, then each rule's bodies."""
    day = format_date(listing.as_of, lang)
    law_day = format_date(listing.law_as_of, lang)
    lines = [
        pick(
            lang,
            f"Organismes liés au {day} (droit au {law_day})",
            f"Bodies bound on {day} (law as of {law_day})",
        ),
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
        "values": [v.model_dump(mode="json") for v in binding.values],
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


def bound_data(listing: BoundListing, lang: Lang) -> dict[str, object]:
    """The listing as JSON-ready data, with the reference data's vintage and caveats."""
    vintage = listing.reference.vintage
    return {
        "as_of": listing.as_of.isoformat(),
        "law_as_of": listing.law_as_of.isoformat(),
        "reference_data": {
            "source": vintage.source,
            "package_version": vintage.package_version,
            "attribution": vintage.attribution,
            "licence": vintage.licence,
            "epci_perimeter_as_of": (
                listing.epci_perimeter_as_of.isoformat() if listing.epci_perimeter_as_of else None
            ),
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
