"""Write schemas/*.json from the models: `python scripts/generate_schemas.py`."""

from pathlib import Path

from reen_compliance.law.schemas import SCHEMA_MODELS, schema_text

ROOT = Path(__file__).resolve().parents[1]

for name in SCHEMA_MODELS:
    (ROOT / "schemas" / name).write_text(schema_text(name), encoding="utf-8")
    print(f"schemas/{name}")
