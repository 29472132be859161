"""The published JSON Schemas, generated from the models so they never drift from the code."""

from __future__ import annotations

import json
import re
from typing import Any, Final

from pydantic import BaseModel

from reen_compliance.formats.profile import Profile
from reen_compliance.formats.report import Report
from reen_compliance.i18n.formats import LANGUAGES
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render
from reen_compliance.law.model import Rule

SCHEMA_MODELS: Final[dict[str, tuple[type[BaseModel], str, str]]] = {
    "profile.schema.json": (
        Profile,
        "schema-profile-title",
        "validation",
    ),
    "rule.schema.json": (
        Rule,
        "schema-rule-title",
        "validation",
    ),
    "report.schema.json": (
        Report,
        "schema-report-title",
        "serialization",
    ),
}


def schema_text(name: str) -> str:
    """The JSON Schema document `name`, as committed in schemas/."""
    model, title_id, mode = SCHEMA_MODELS[name]
    title = " / ".join(render(msg(title_id), lang) for lang in LANGUAGES)
    if name != "rule.schema.json":
        title += " (format 1)"
    schema = model.model_json_schema(mode=mode)  # type: ignore[arg-type]
    if model is Profile:
        describe_fields(schema)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://reen-compliance.invalid/schemas/{name}",
        **schema,
        "title": title,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def field_message_id(model: str, field: str) -> str:
    """The catalogue id describing `field` of `model`: `field-population-figure-applies-from`."""
    kebab = re.sub(r"(?<!^)(?=[A-Z])", "-", model).lower()
    return f"field-{kebab}-{field.replace('_', '-')}"


def profile_fields(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (model, field, property) of the profile schema, the profile's own fields first."""
    found = [("Profile", name, prop) for name, prop in schema["properties"].items()]
    for model, definition in schema.get("$defs", {}).items():
        found += [(model, name, prop) for name, prop in definition.get("properties", {}).items()]
    return found


def describe_fields(schema: dict[str, Any]) -> None:
    """Give every profile field its description from the catalogues: French / English.

    `description` holds both, as the schema's title does, for editors that show it on hover;
    `x-description` holds each language apart, for a form built from the schema.
    """
    from reen_compliance.i18n.message import msg  # noqa: PLC0415
    from reen_compliance.i18n.render import render  # noqa: PLC0415

    for model, name, prop in profile_fields(schema):
        message = msg(field_message_id(model, name))
        french, english = render(message, "fr"), render(message, "en")
        prop["description"] = f"{french} / {english}"
        prop["x-description"] = {"fr": french, "en": english}
