"""The published JSON Schemas, generated from the models so they never drift from the code."""

from __future__ import annotations

import json
from typing import Final

from pydantic import BaseModel

from reen_compliance.i18n.formats import LANGUAGES
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render
from reen_compliance.model import Profile
from reen_compliance.report_model import Report
from reen_compliance.rule_model import Rule

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
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://reen-compliance.invalid/schemas/{name}",
        **schema,
        "title": title,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
