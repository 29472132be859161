"""The published JSON Schemas, generated from the models so they never drift from the code."""

from __future__ import annotations

import json
from typing import Final

from pydantic import BaseModel

from reen_compliance.model import Profile
from reen_compliance.report_model import Report
from reen_compliance.rule_model import Rule

SCHEMA_MODELS: Final[dict[str, tuple[type[BaseModel], str, str]]] = {
    "profile.schema.json": (
        Profile,
        "Profil d'un organisme public / Profile of a public body (format 1)",
        "validation",
    ),
    "rule.schema.json": (
        Rule,
        "Règle : une obligation légale datée / Rule: one dated legal obligation",
        "validation",
    ),
    "report.schema.json": (
        Report,
        "Rapport de conformité / Compliance report (format 1)",
        "serialization",
    ),
}


def schema_text(name: str) -> str:
    """The JSON Schema document `name`, as committed in schemas/."""
    model, title, mode = SCHEMA_MODELS[name]
    schema = model.model_json_schema(mode=mode)  # type: ignore[arg-type]
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://reen-compliance.invalid/schemas/{name}",
        **schema,
        "title": title,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
