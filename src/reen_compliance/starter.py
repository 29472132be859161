"""Write a starter profile in YAML for a body of the reference data, with comments to fill in."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reen_compliance.reference import PopulationPoint, ReferenceBody, ReferenceVintage

MUNICIPALE = "population_municipale"


def _quoted(text: str) -> str:
    """Return `text` as a double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _population_lines(body: ReferenceBody) -> list[str]:
    """Return the `population:` lines: every yearly reference figure, or an empty list to fill."""
    points = body.series or _single_point(body)
    if not any(point.population is not None for point in points):
        return [
            "  # TO FILL: the population totale INSEE authenticates, one line per 1 January:",
            '  # - {applies_from: 2026-01-01, total: 0, source: "INSEE, populations légales …"}',
            "  population: []",
        ]
    lines = [
        "  population:",
        "    # One line per 1 January: the figure in force from that date (reference data).",
    ]
    if body.kind == "epci":
        lines += [
            "    # Sum of the member communes' population totale; that the thresholds use this",
            "    # sum for an EPCI is an interpretation, not confirmed by a text.",
        ]
    for point in sorted(points, key=lambda p: p.year):
        lines += _point_lines(body, point)
    lines.append("    # Add a line for each later 1 January once INSEE authenticates a new figure.")
    return lines


def _single_point(body: ReferenceBody) -> tuple[PopulationPoint, ...]:
    """The one figure of a body built without a series."""
    from reen_compliance.reference import PopulationPoint  # noqa: PLC0415 - typing-only above

    return (
        PopulationPoint(
            year=body.population_applies_from.year,
            population=body.population,
            measure=body.population_measure,
            millesime=body.population_year,
            source=body.population_source,
        ),
    )


def _point_lines(body: ReferenceBody, point: PopulationPoint) -> list[str]:
    """The line of one year's figure, or a comment saying why there is none to write."""
    day = point.applies_from.isoformat()
    if point.population is None:
        return [
            (
                f"    # TO FILL {day}: the reference data has no population for this year"
                " (never take another year's figure instead)."
            )
        ]
    if point.siren is not None and point.siren != body.siren:
        return [
            (
                f"    # {day}: {point.population} was the figure of the former commune with"
                f" SIREN {point.siren} (before the commune nouvelle), not this body's."
            )
        ]
    lines = []
    if point.measure == MUNICIPALE:
        source = (
            f"population municipale INSEE {point.millesime or 'millésime inconnu'}, "
            "données de référence reen-compliance — à remplacer par la population totale "
            "authentifiée"
        )
        lines += [
            "    # REPLACE: this is the population municipale, not the population totale the",
            "    # law's thresholds use (CGCT R. 2151-1); put the population totale INSEE",
            "    # authenticated for this 1 January here.",
        ]
    else:
        source = f"{point.source}, données de référence reen-compliance"
    lines.append(
        f"    - {{applies_from: {day}, total: {point.population}, source: {_quoted(source)}}}"
    )
    return lines


def _identity_lines(body: ReferenceBody) -> list[str]:
    """Return the name, kind, category and codes of `collectivity`."""
    lines = [f"  name: {_quoted(body.name)}"]
    if body.kind == "commune":
        lines += [
            (
                "  kind: commune  # commune | epci | departement | region | state_service"
                " | public_establishment | other_buyer"
            ),
            "  epci_category: null",
        ]
    else:
        category = body.epci_category
        lines.append("  kind: epci  # commune | epci | departement | region | ...")
        if category == "metropole_de_lyon":
            category = "metropole"
            lines += [
                "  # The Métropole de Lyon is a collectivité à statut particulier (CGCT",
                "  # L. 3611-1), not an EPCI; the profile format has no kind for it, so it is",
                "  # written as a métropole. Texts naming it apart may treat it otherwise:",
                "  # check each finding.",
            ]
        lines.append(
            f"  epci_category: {category}  # metropole | communaute_urbaine"
            " | communaute_agglomeration | communaute_communes | syndicat"
        )
    lines.append(f"  siren: {_quoted(body.siren) if body.siren else 'null'}")
    lines.append(f"  insee_code: {_quoted(body.insee_code) if body.insee_code else 'null'}")
    return lines


def _vintage_lines(vintage: ReferenceVintage) -> list[str]:
    """Say where the figures come from and that the profile's figures prevail."""
    return [
        (
            f"# Reference data: {vintage.source} (up to {vintage.package_version}); one population"
            " figure per 1 January since 2021, each line naming its source (package version,"
            " file, millésime)."
        ),
        (
            "# The figures in this file override the reference data: the engine reads only this"
            " profile and, on each date, uses the latest population figure applying on or before"
            " it."
        ),
    ]


def starter_profile_yaml(body: ReferenceBody, vintage: ReferenceVintage) -> str:
    """Return a starter profile for `body`: known facts filled in, the rest left as comments.

    The text parses with `yaml.safe_load`; SIREN and INSEE codes are quoted strings.
    """
    header = [
        "# Starter profile written by reen-compliance from its reference data:",
        f"# {vintage.attribution}.",
        f"# Licence: {vintage.licence}.",
        *_vintage_lines(vintage),
        "# Check every value; lines marked TO FILL or REPLACE need your own figures.",
    ]
    if body.epci_siren:
        header.append(f"# Member of the EPCI à fiscalité propre with SIREN {body.epci_siren}.")
    if not body.current:
        header.append(
            f"# This body no longer exists: merged into {body.merged_into or 'another body'}."
        )
    lines = [
        *header,
        "format_version: 1",
        "collectivity:",
        *_identity_lines(body),
        *_population_lines(body),
        '  # TO FILL: calendar year -> total public purchasing HT, e.g. 2024: "65000000.00"',
        "  annual_purchases_eur_ht: {}",
        (
            "# TO FILL: nr_work_programme / nr_strategy / spaser: {status: adopted | in_preparation"
            " | not_adopted, adopted_on: YYYY-MM-DD, reference: ..., url: ...}"
        ),
        "documents: {}",
        "sustainable_development_reports: {}  # TO FILL",
        "equipment_disposal: {}  # TO FILL",
        "procurement: {}  # TO FILL",
    ]
    return "\n".join(lines) + "\n"
