"""Every profile field is described in French and English, in the schema and the documentation."""

from __future__ import annotations

import json
from pathlib import Path

from reen_compliance.formats.profile import Profile
from reen_compliance.i18n.render import has_message
from reen_compliance.law.schemas import field_message_id, profile_fields

ROOT = Path(__file__).resolve().parents[1]


def test_every_field_has_a_catalogue_description_in_both_languages() -> None:
    """Each (model, field) of the profile has its `field-…` message in fr.ftl and en.ftl."""
    missing = [
        field_message_id(model, name)
        for model, name, _ in profile_fields(Profile.model_json_schema())
        for lang in ("fr", "en")
        if not has_message(field_message_id(model, name), lang)
    ]
    assert missing == []


def test_the_published_schema_describes_every_field_in_each_language() -> None:
    """schemas/profile.schema.json gives every property a French and an English description."""
    schema = json.loads((ROOT / "schemas" / "profile.schema.json").read_text(encoding="utf-8"))
    fields = profile_fields(schema)
    assert len(fields) > 90
    for model, name, prop in fields:
        described = prop.get("x-description", {})
        assert described.get("fr"), (model, name)
        assert described.get("en"), (model, name)
        assert prop["description"] == f"{described['fr']} / {described['en']}"


def test_field_ids_follow_the_model_and_field_names() -> None:
    """Ids are kebab-case: the model's words, then the field's."""
    assert field_message_id("PopulationFigure", "applies_from") == (
        "field-population-figure-applies-from"
    )
    assert field_message_id("Profile", "format_version") == "field-profile-format-version"


def test_docs_profile_md_matches_the_schema_and_catalogues() -> None:
    """docs/profile.md is what scripts/generate_profile_doc.py writes today."""
    from reen_compliance.reference.profile_doc import doc_from_files  # noqa: PLC0415

    assert (ROOT / "docs" / "profile.md").read_text(encoding="utf-8") == doc_from_files(ROOT)


def test_every_field_of_the_doc_has_an_example() -> None:
    """Each row of docs/profile.md shows an example value."""
    rows = [
        line
        for line in (ROOT / "docs" / "profile.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    assert len(rows) == len(profile_fields(Profile.model_json_schema()))
    assert [row for row in rows if row.endswith("|  |")] == []


def test_the_starter_profile_examples_make_a_valid_profile() -> None:
    """Put in place, every example of the starter profile validates, in both languages."""
    import yaml  # noqa: PLC0415

    from reen_compliance.reference.bodies import ReferenceData  # noqa: PLC0415
    from reen_compliance.reference.starter import starter_profile_yaml, with_examples  # noqa: PLC0415

    reference = ReferenceData.bundled()
    for lang in ("fr", "en"):
        text = starter_profile_yaml(reference.lookup("57463"), reference.vintage, lang)
        filled = Profile.model_validate(yaml.safe_load(with_examples(text)))
        assert filled.contracts
        assert filled.documents.nr_strategy is not None
