"""Write a starter profile in YAML for a body of the reference data, with comments to fill in.

The comments and the sources written in the file are catalogue messages (`starter-…`), in the
language of the command that writes the file.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from reen_compliance.i18n.message import Code, Value, msg
from reen_compliance.i18n.render import render

if TYPE_CHECKING:
    from reen_compliance.i18n.formats import Lang
    from reen_compliance.reference import PopulationPoint, ReferenceBody, ReferenceVintage

MUNICIPALE = "population_municipale"


def _quoted(text: str) -> str:
    """Return `text` as a double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _say(lang: Lang, message_id: str, /, **values: Value) -> str:
    return render(msg(message_id, **values), lang)


def _population_lines(body: ReferenceBody, lang: Lang) -> list[str]:
    """Return the `population:` lines: every yearly reference figure, or an empty list to fill."""
    points = body.series or _single_point(body)
    if not any(point.population is not None for point in points):
        return [
            "  # " + _say(lang, "starter-fill-population"),
            "  # " + _say(lang, "starter-fill-population-example"),
            "  population: []",
        ]
    lines = ["  population:", "    # " + _say(lang, "starter-one-line-per-year")]
    if body.kind == "epci":
        lines.append("    # " + _say(lang, "starter-epci-sum"))
    for point in sorted(points, key=lambda p: p.year):
        lines += _point_lines(body, point, lang)
    lines.append("    # " + _say(lang, "starter-add-line"))
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


def _point_lines(body: ReferenceBody, point: PopulationPoint, lang: Lang) -> list[str]:
    """The line of one year's figure, or a comment saying why there is none to write."""
    if point.population is None:
        return ["    # " + _say(lang, "starter-no-figure", day=point.applies_from)]
    if point.siren is not None and point.siren != body.siren:
        text = _say(
            lang,
            "starter-former-commune",
            day=point.applies_from,
            population=point.population,
            siren=Code(point.siren),
        )
        return ["    # " + text]
    lines = []
    if point.measure == MUNICIPALE:
        source = (
            _say(lang, "starter-source-municipale", millesime=Code(str(point.millesime)))
            if point.millesime
            else _say(lang, "starter-source-municipale-unknown")
        )
        lines.append("    # " + _say(lang, "starter-replace-municipale"))
    else:
        source = _say(lang, "starter-source", source=point.source)
    day = point.applies_from.isoformat()
    lines.append(
        f"    - {{applies_from: {day}, total: {point.population}, source: {_quoted(source)}}}"
    )
    return lines


def _identity_lines(body: ReferenceBody, lang: Lang) -> list[str]:
    """Return the name, kind, category and codes of `collectivity`."""
    lines = [f"  name: {_quoted(body.name)}"]
    if body.kind == "commune":
        lines += [
            "  kind: commune  # " + _say(lang, "starter-kinds"),
            "  epci_category: null",
        ]
    else:
        category = body.epci_category
        lines.append("  kind: epci  # " + _say(lang, "starter-kinds-short"))
        if category == "metropole_de_lyon":
            category = "metropole"
            lines.append("  # " + _say(lang, "starter-lyon"))
        lines.append(f"  epci_category: {category}  # " + _say(lang, "starter-epci-categories"))
    lines.append(f"  siren: {_quoted(body.siren) if body.siren else 'null'}")
    lines.append(f"  insee_code: {_quoted(body.insee_code) if body.insee_code else 'null'}")
    return lines


def starter_profile_yaml(body: ReferenceBody, vintage: ReferenceVintage, lang: Lang = "fr") -> str:
    """Return a starter profile for `body`: known facts filled in, the rest left as comments.

    The text parses with `yaml.safe_load`; SIREN and INSEE codes are quoted strings. Its
    comments, and the sources it writes, are in `lang`.
    """
    header = [
        _say(lang, "starter-header"),
        _say(lang, "starter-attribution", attribution=vintage.attribution),
        _say(lang, "starter-licence", licence=vintage.licence),
        _say(
            lang,
            "starter-reference-data",
            source=vintage.source,
            version=Code(vintage.package_version),
        ),
        _say(lang, "starter-override"),
        _say(lang, "starter-check"),
    ]
    if body.epci_siren:
        header.append(_say(lang, "starter-member-of", siren=Code(body.epci_siren)))
    if not body.current:
        header.append(
            _say(lang, "starter-merged", into=body.merged_into)
            if body.merged_into
            else _say(lang, "starter-merged-unknown")
        )
    lines = [
        *(f"# {line}" for line in header),
        "format_version: 1",
        "collectivity:",
        *_identity_lines(body, lang),
        *_population_lines(body, lang),
        "  # " + _say(lang, "starter-fill-purchases"),
        "  annual_purchases_eur_ht: {}",
        "# " + _say(lang, "starter-fill-documents"),
        "documents: {}",
        *(
            f"{section}: {{}}  # {_say(lang, 'starter-fill')}"
            for section in (
                "sustainable_development_reports",
                "equipment_disposal",
                "procurement",
            )
        ),
    ]
    return "\n".join(lines) + "\n"
