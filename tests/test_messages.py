"""The message catalogue: both languages for every id, used ids exist, docs/errors.md stays true."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast, visitor

from reen_compliance.cli import common as cli
from reen_compliance.errors import ProfileError
from reen_compliance.law.loading import parse_profile
from reen_compliance.messages import CATALOGUE, catalogue_markdown, fluent_id, say

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "errors.md"
SAME_IN_BOTH = {"hint.parenthesized"}
"""Entries whose French and English templates are rightly identical (their values differ)."""


def placeholders(message_id: str, lang: str) -> set[str]:
    """The names the catalogue's message fills (a quoted value's `_plain` form is the same name)."""
    parsed = FluentParser().parse(
        (ROOT / "src" / "reen_compliance" / "i18n" / f"{lang}.ftl").read_text(encoding="utf-8")
    )
    wanted = fluent_id(message_id)
    (entry,) = (e for e in parsed.body if isinstance(e, ast.Message) and e.id.name == wanted)
    names: set[str] = set()

    class Collect(visitor.Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
            names.add(node.id.name.removesuffix("_plain"))

    Collect().visit(entry)
    return names


@pytest.mark.parametrize("message_id", list(CATALOGUE))
def test_entry_renders_in_both_languages(message_id: str) -> None:
    """Each entry fills the same placeholders in English and French, and renders its example."""
    entry = CATALOGUE[message_id]
    assert placeholders(message_id, "en") == placeholders(message_id, "fr") == set(entry.example)
    message = say(message_id, **entry.example)
    english, french = message.render("en"), message.render("fr")
    assert english
    assert french
    if message_id not in SAME_IN_BOTH:
        assert english != french


def test_every_id_used_in_the_code_is_in_the_catalogue() -> None:
    """`say("…")`, `_MESSAGES` and validators' `reen.…` error types name only catalogue ids.

    Every non-word id is used somewhere.
    """
    sources = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "src").rglob("*.py")
        if p.name != "messages.py"
    )
    prefixes = "|".join(sorted({message_id.split(".")[0] for message_id in CATALOGUE}))
    used = set(re.findall(rf'"(?:reen\.)?((?:{prefixes})\.[a-z_0-9]+)"', sources))
    used |= {f"word.{kind}" for kind in ("text", "collection", "bool")}
    assert used - set(CATALOGUE) == set()
    assert set(CATALOGUE) - used == set()


def test_docs_errors_md_matches_the_catalogue() -> None:
    """docs/errors.md is the catalogue's table (REEN_REGENERATE_DOCS=1 rewrites it)."""
    expected = catalogue_markdown()
    if os.environ.get("REEN_REGENERATE_DOCS"):
        DOC.write_text(expected, encoding="utf-8")
    assert DOC.read_text(encoding="utf-8") == expected


def test_english_str_is_unchanged_and_french_is_available() -> None:
    """`str(problem)` keeps the English text; `in_language("fr")` gives the French one."""
    with pytest.raises(ProfileError) as caught:
        parse_profile(
            "format_version: 1\ncollectivity: {name: X, kind: commune, staf: 3}\n", "p.yaml"
        )
    (problem,) = caught.value.problems
    assert str(problem) == "p.yaml:2:40: $.collectivity.staf: unknown field (did you mean 'staff'?)"
    assert problem.in_language("fr") == (
        "p.yaml:2:40: $.collectivity.staf: champ inconnu (vouliez-vous dire 'staff' ?)"
    )


@pytest.mark.parametrize(
    ("lang", "heading", "message"),
    [
        ("fr", "profil invalide", "date attendue, telle que « 2024-01-01 », trouvé '2024-02-30'"),
        ("en", "invalid profile", "expected a date such as 2024-01-01, found '2024-02-30'"),
    ],
)
def test_cli_speaks_the_report_language(
    capsys: pytest.CaptureFixture[str], lang: str, heading: str, message: str
) -> None:
    """The CLI writes problems in `--lang` (French by default)."""
    path = ROOT / "tests" / "hostile" / "impossible-date.yaml"
    code = cli.main(["validate", str(path), "--lang", lang])
    err = capsys.readouterr().err
    assert code == cli.EXIT_INVALID
    assert heading in err
    assert f"{path}:6:22: $.collectivity.population[0].applies_from: {message}" in err


def test_french_groups_thousands_with_narrow_spaces() -> None:
    """Sizes read 10 485 760 in French and 10,485,760 in English."""
    message = say("file.too_large_stream", limit=10_485_760)
    assert "10,485,760" in message.render("en")
    assert "10\u202f485\u202f760" in message.render("fr")
