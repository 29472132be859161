"""docs/profile.md: every profile field, its French and English description, and an example.

Generated from the profile schema, the `field-…` messages of the catalogues and the example
values of `examples/ville-exemple.yaml` and of the starter profile's examples (`EXTRA` for the
few fields neither fills), so the page never drifts from the format; a test keeps it in step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from reen_compliance.formats.profile import Profile
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render
from reen_compliance.law.schemas import field_message_id

EXTRA: Final[dict[tuple[str, str], object]] = {
    ("Document", "planned_on"): "30/06/2027",
    ("ProcurementFigure", "donations_eur"): "1200.00",
    ("PracticeDeclaration", "not_possible_reason"): "…",
    ("DataCentre", "siret"): "21570463600017",
    ("DataCentre", "commissioned_on"): "2019-09-01",
    ("DataCentre", "yearly_reports"): {2025: "2026-03-31"},
    ("Exemption", "expires_on"): "2025-12-31",
    ("Collectivity", "epci_category"): "communaute_agglomeration",
    ("Practices", "no_single_use_plastics"): {"applied": True},
    ("Practices", "refurbished_temporary_buildings"): {"applied": True},
    ("Practices", "retreaded_tyres"): {"applied": False, "not_possible_reason": "…"},
}
"""Examples of the fields the example profile and the starter's examples leave out."""


def header() -> str:
    """The page's title and introduction, in French then English, from the catalogues."""
    title = f"# {render(msg('profile-doc-title'), 'fr')} / {render(msg('profile-doc-title'), 'en')}"
    return (
        "\n\n".join(
            [title, render(msg("profile-doc-intro"), "fr"), render(msg("profile-doc-intro"), "en")]
        )
        + "\n"
    )


def _model_of(prop: dict[str, Any]) -> str | None:
    """The model a property holds: itself, in a list, or as the values of a mapping."""
    for option in [prop, *prop.get("anyOf", ()), prop.get("items", {})]:
        if "$ref" in option:
            return str(option["$ref"]).rsplit("/", 1)[-1]
        for inner in (option.get("items"), option.get("additionalProperties")):
            if isinstance(inner, dict) and inner and (found := _model_of(inner)):
                return found
    return None


def _items(value: object) -> list[object]:
    """The values under a property: a list's items, a mapping's values (lists flattened)."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict) and all(isinstance(key, int) for key in value):
        return [v for sub in value.values() for v in (sub if isinstance(sub, list) else [sub])]
    return [value]


def _examples(profile: dict[str, Any], schema: dict[str, Any]) -> dict[tuple[str, str], object]:
    """The first value found for each (model, field) in `profile`, walked along the schema."""
    found: dict[tuple[str, str], object] = {}

    def walk(model: str, data: object) -> None:
        if not isinstance(data, dict):
            return
        defined = schema["properties"] if model == "Profile" else schema["$defs"][model]
        properties = defined if model == "Profile" else defined["properties"]
        for name, prop in properties.items():
            if data.get(name) is None:
                continue
            found.setdefault((model, name), data[name])
            if inner := _model_of(prop):
                for item in _items(data[name]):
                    walk(inner, item)

    walk("Profile", profile)
    return found


def _yaml(value: object) -> str:
    """A value as one line of YAML flow style (dates and ids left bare where YAML allows)."""
    import yaml  # noqa: PLC0415

    text: str = yaml.safe_dump(
        value, default_flow_style=True, allow_unicode=True, width=10_000, sort_keys=False
    )
    return text.strip().removesuffix("...").strip()


def profile_doc(*profiles: dict[str, Any]) -> str:
    """The page: one section per model, one row per field (description fr/en, example)."""
    schema = Profile.model_json_schema()
    examples: dict[tuple[str, str], object] = dict(EXTRA)
    for profile in profiles:
        for key, value in _examples(profile, schema).items():
            examples.setdefault(key, value)
    models = {"Profile": schema["properties"]}
    models |= {name: d.get("properties", {}) for name, d in schema["$defs"].items()}
    out = [header()]
    for model, properties in models.items():
        if not properties:
            continue
        out += [f"## `{model}`", "", "| champ / field | description | exemple / example |"]
        out.append("| --- | --- | --- |")
        for name in properties:
            message = msg(field_message_id(model, name))
            french, english = render(message, "fr"), render(message, "en")
            example = examples.get((model, name))
            shown = "" if example is None else f"`{name}: {_yaml(example)}`"
            if len(shown) > 160:  # noqa: PLR2004 - a whole section: see its fields below
                shown = f"`{name}:` …"
            described = f"{french}<br>*{english}*".replace("|", "\\|")
            shown = shown.replace("|", "\\|")
            out.append(f"| `{name}` | {described} | {shown} |")
        out.append("")
    return "\n".join(out)


def doc_from_files(root: Path) -> str:
    """The page from the example profile and the starter profile's examples of Metz."""
    import yaml  # noqa: PLC0415

    from reen_compliance.reference.bodies import ReferenceData  # noqa: PLC0415
    from reen_compliance.reference.starter import starter_examples  # noqa: PLC0415

    example = yaml.safe_load((root / "examples" / "ville-exemple.yaml").read_text(encoding="utf-8"))
    reference = ReferenceData.bundled()
    starter = starter_examples(reference.lookup("57463"), reference.vintage)
    return profile_doc(example, starter)
