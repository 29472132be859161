"""Write docs/profile.md from the schema and the catalogues: run this file with Python."""

from pathlib import Path

from reen_compliance.reference.profile_doc import doc_from_files

ROOT = Path(__file__).resolve().parents[1]
(ROOT / "docs" / "profile.md").write_text(doc_from_files(ROOT), encoding="utf-8")
print("docs/profile.md")
