"""Write a starter profile in YAML for a body of the reference data, every section commented.

Known facts (name, codes, the population series the reference data holds) are filled in;
every other section is there, described in the reader's language from the catalogues
(`field-…` and `init-…` messages), with an example and a « À COMPLÉTER » marker. Unknown stays
unknown: a section is `null` or empty until filled, so `check` runs on the file as written.
"""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date
from typing import TYPE_CHECKING, Final

from reen_compliance.i18n.message import Value, msg
from reen_compliance.i18n.render import render

if TYPE_CHECKING:
    from reen_compliance.reference.bodies import PopulationPoint, ReferenceBody, ReferenceVintage
    from reen_compliance.report.words import Lang

MUNICIPALE = "population_municipale"
WIDTH: Final = 100


def _quoted(text: str) -> str:
    """Return `text` as a double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


class _Writer:
    """Comment lines in the reader's language, wrapped to 100 columns."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def say(self, message_id: str, **values: Value) -> str:
        return render(msg(message_id, **values), self.lang)

    def comment(self, text: str, indent: int = 0) -> list[str]:
        prefix = " " * indent + "# "
        return textwrap.wrap(text, WIDTH, initial_indent=prefix, subsequent_indent=prefix)

    def field(self, model: str, name: str, indent: int = 0) -> list[str]:
        """The description of a field, as comment lines."""
        from reen_compliance.law.schemas import field_message_id  # noqa: PLC0415

        return self.comment(self.say(field_message_id(model, name)), indent)

    def day(self, year: int, month: int, day: int) -> str:
        """A date as the reader writes it: « 12/12/2024 » in French, ISO in English."""
        written = date(year, month, day)
        return written.strftime("%d/%m/%Y") if self.lang == "fr" else written.isoformat()


def _population_lines(body: ReferenceBody, w: _Writer) -> list[str]:
    """Return the `population:` lines: every yearly reference figure, or an empty list to fill."""
    points = body.series or _single_point(body)
    lines = w.field("Collectivity", "population", 2)
    if not any(point.population is not None for point in points):
        return [
            *lines,
            *w.comment(w.say("init-population-empty"), 2),
            f'  #   - {{applies_from: {w.day(2026, 1, 1)}, total: 0, source: "INSEE …"}}',
            "  population: []",
        ]
    lines += ["  population:", *w.comment(w.say("init-population-reference"), 4)]
    if body.kind == "epci":
        lines += w.comment(w.say("init-epci-sum"), 4)
    for point in sorted(points, key=lambda p: p.year):
        lines += _point_lines(body, point, w)
    return lines + w.comment(w.say("init-population-add"), 4)


def _single_point(body: ReferenceBody) -> tuple[PopulationPoint, ...]:
    """The one figure of a body built without a series."""
    from reen_compliance.reference.bodies import PopulationPoint  # noqa: PLC0415 - typing-only above

    return (
        PopulationPoint(
            year=body.population_applies_from.year,
            population=body.population,
            measure=body.population_measure,
            millesime=body.population_year,
            source=body.population_source,
        ),
    )


def _point_lines(body: ReferenceBody, point: PopulationPoint, w: _Writer) -> list[str]:
    """The line of one year's figure, or a comment saying why there is none to write."""
    day = point.applies_from.isoformat()
    if point.population is None:
        return w.comment(w.say("init-no-population-year", day=point.applies_from), 4)
    if point.siren is not None and point.siren != body.siren:
        former = w.say(
            "init-former-commune", day=point.applies_from, total=point.population, siren=point.siren
        )
        return w.comment(former, 4)
    lines = []
    if point.measure == MUNICIPALE:
        source = (
            w.say("init-source-municipale", millesime=str(point.millesime))
            if point.millesime
            else w.say("init-source-municipale-unknown")
        )
        lines += w.comment(w.say("init-replace-municipale"), 4)
    else:
        source = w.say("init-source-reference", source=point.source)
    lines.append(
        f"    - {{applies_from: {day}, total: {point.population}, source: {_quoted(source)}}}"
    )
    return lines


def _identity_lines(body: ReferenceBody, w: _Writer) -> list[str]:
    """Return the name, kind, category and codes of `collectivity`."""
    lines = [*w.field("Collectivity", "name", 2), f"  name: {_quoted(body.name)}"]
    lines += w.field("Collectivity", "kind", 2)
    if body.kind == "commune":
        lines += ["  kind: commune", *w.field("Collectivity", "epci_category", 2)]
        lines.append("  epci_category: null")
    else:
        category = body.epci_category
        lines.append("  kind: epci")
        lines += w.field("Collectivity", "epci_category", 2)
        if category == "metropole_de_lyon":
            category = "metropole"
            lines += w.comment(w.say("init-lyon"), 2)
        lines.append(f"  epci_category: {category}")
    siren = _quoted(body.siren) if body.siren else "null"
    insee = _quoted(body.insee_code) if body.insee_code else "null"
    lines += [*w.field("Collectivity", "siren", 2), f"  siren: {siren}"]
    return [*lines, *w.field("Collectivity", "insee_code", 2), f"  insee_code: {insee}"]


def _header(body: ReferenceBody, vintage: ReferenceVintage, w: _Writer) -> list[str]:
    """Where the figures come from, that the profile's figures prevail, what to fill."""
    texts = [
        w.say("init-header-written"),
        w.say("init-attribution", attribution=vintage.attribution),
        w.say("init-licence", licence=vintage.licence),
        w.say("init-reference-data", source=vintage.source, version=vintage.package_version),
        w.say("init-override"),
        w.say("init-check-every-value"),
    ]
    if body.epci_siren:
        texts.append(w.say("init-member-of", siren=body.epci_siren))
    if not body.current:
        into = body.merged_into
        texts.append(w.say("init-merged", into=into) if into else w.say("init-merged-unknown"))
    return [line for text in texts for line in w.comment(text)]


def _entry(
    w: _Writer, field: tuple[str, str], empty: str, example: str, indent: int = 0
) -> list[str]:
    """A field (model, name) left to fill: its description, an example, then its empty value."""
    model, name = field
    pad = " " * indent
    return [
        *w.field(model, name, indent),
        f"{pad}# {w.say('init-to-fill-example')}",
        f"{pad}#   {name}: {example}",
        f"{pad}{name}: {empty}",
    ]


def _by_year(w: _Writer, name: str, example: list[str]) -> list[str]:
    """A section keyed by year, left empty with example lines to put in its place."""
    return [
        *w.field("Profile", name),
        f"# {w.say('init-replace-braces')}",
        f"#   {name}:",
        *(f"#     {line}" for line in example),
        f"{name}: {{}}",
    ]


def _sections(w: _Writer) -> list[str]:
    """Every section after `collectivity`, described, with an example, empty until filled."""
    d = w.day
    document = (
        f'{{status: adopted, adopted_on: {d(2024, 12, 12)}, reference: "…", url: "https://…"}}'
    )
    practice = f'{{applied: true, declared_on: {d(2026, 1, 15)}, evidence: "…"}}'
    lines = [*w.field("Profile", "documents"), "documents:"]
    for name in ("nr_work_programme", "nr_strategy", "spaser", "pcaet"):
        lines += _entry(w, ("Documents", name), "null", document, 2)
    lines += _by_year(
        w,
        "sustainable_development_reports",
        [
            (
                f"2025: {{adopted_on: {d(2025, 2, 6)}, covers_nr_strategy: true,"
                f" budget_debate_on: {d(2025, 2, 20)}}}"
            )
        ],
    )
    lines += _by_year(
        w, "equipment_disposal", ["2025: {reformed_on_jan_1: 300, sent_to_reuse: 141}"]
    )
    lines += _by_year(
        w,
        "procurement",
        [
            "2025:",
            (
                '  - {category: "d2024-134:it-telephony", total_eur_ht: "905000.00",'
                ' reuse_eur_ht: "160000.00", recycled_eur_ht: "0"}'
            ),
        ],
    )
    lines += _entry(w, ("Profile", "spaser_targets"), "[]",
        '[{year: 2025, category: "d2024-134:textiles", share: reuse, target_pct: "5"}]', 0,
    )  # fmt: skip
    lists = {
        "contracts": f'[{{reference: "…", consultation_launched_on: {d(2026, 6, 15)},'
        " environmental_execution_condition: true, environmental_award_criterion: false}]",
        "digital_product_purchases": f'[{{reference: "…", launched_on: {d(2025, 3, 3)},'
        " has_repairability_index: true, repairability_index_considered: true}]",
    }
    for name, example in lists.items():
        lines += _entry(w, ("Profile", name), "null", example, 0)
    lines += [*w.field("Profile", "practices"), "practices:"]
    for name in (
        "circular_clauses",
        "energy_efficient_software",
        "no_single_use_plastics",
        "refurbished_temporary_buildings",
        "retreaded_tyres",
    ):
        lines += _entry(w, ("Practices", name), "null", practice, 2)
    lines += _by_year(
        w, "paper_purchases", ['2025: {unit: eur_ht, total: "87300.00", recycled: "47800.00"}']
    )
    services = (
        f'[{{name: "…", kind: website, url: "https://…", statement_published_on: {d(2024, 10, 1)},'
        f' audit_on: {d(2024, 9, 15)}, compliance_rate_pct: "72",'
        " home_page_mention: partiellement}]"
    )
    reports = (
        f"[{{published_on: {d(2023, 11, 30)}, reference_year: 2022, transition_plan: true,"
        " significant_indirect_emissions: true, transmitted: true}]"
    )
    centres = f'[{{name: "…", installed_power_kw: "650", declared_on: {d(2024, 3, 1)}}}]'
    for name, example in (
        ("online_services", services),
        ("ghg_reports", reports),
        ("data_centres", centres),
    ):
        lines += _entry(w, ("Profile", name), "null", example, 0)
    exemption = (
        "[{rule_id: agec-art58-procurement-shares, period: 2025,"
        ' ground: defence_operational_constraint, justification: "…"}]'
    )
    return lines + _entry(w, ("Profile", "exemptions"), "[]", exemption, 0)


def starter_profile_yaml(body: ReferenceBody, vintage: ReferenceVintage, lang: Lang = "fr") -> str:
    """Return a starter profile for `body`: known facts filled in, every other field described.

    The text parses with `yaml.safe_load` and is a valid profile; SIREN and INSEE codes are
    quoted strings.
    """
    w = _Writer(lang)
    purchases = '{2024: "65000000.00"}'
    lines = [
        *_header(body, vintage, w),
        *w.field("Profile", "format_version"),
        "format_version: 1",
        *w.field("Profile", "collectivity"),
        "collectivity:",
        *_identity_lines(body, w),
        *_population_lines(body, w),
        *_entry(w, ("Collectivity", "annual_purchases_eur_ht"), "{}", purchases, 2),
        *_entry(w, ("Collectivity", "staff"), "null", "1450", 2),
        *_sections(w),
    ]
    return "\n".join(lines) + "\n"


_EXAMPLE_LINE = re.compile(r"^(\s*)#   (\w+): (.+)$")
_EXAMPLE_BLOCK = re.compile(r"^#   (\w+):$")


def with_examples(text: str) -> str:
    """The starter profile with every example put in place of the empty value it follows."""
    lines = text.splitlines()
    out: list[str] = []
    pending: tuple[str, str, str] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if match := _EXAMPLE_LINE.match(line):
            pending = (match[1], match[2], match[3])
        elif match := _EXAMPLE_BLOCK.match(line):
            out.append(f"{match[1]}:")
            while lines[index].startswith("#     "):
                out.append("  " + lines[index].removeprefix("#     "))
                index += 1
            index += 1  # the empty `key: {}` the block replaces
        elif pending and line.startswith(f"{pending[0]}{pending[1]}:"):
            out.append(f"{pending[0]}{pending[1]}: {pending[2]}")
            pending = None
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def starter_examples(body: ReferenceBody, vintage: ReferenceVintage) -> dict[str, object]:
    """The starter profile of `body` with all its examples filled in, as data."""
    import yaml  # noqa: PLC0415

    data: dict[str, object] = yaml.safe_load(with_examples(starter_profile_yaml(body, vintage)))
    return data
