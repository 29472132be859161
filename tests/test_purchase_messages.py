"""Purchase checks (practices, plans, items, SPASER, category shares) word decisions from the catalogues."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from reen_compliance import evaluate, load_profile
from reen_compliance.formats.report import Report
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import has_message, message_ids, render

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    ROOT / "src" / "reen_compliance" / "decisions" / f"{name}.py"
    for name in (
        "category_shares",
        "clauses",
        "declared_practice",
        "item_requirements",
        "plan_contents",
        "spaser_alignment",
    )
] + [ROOT / "src" / "reen_compliance" / name for name in ("shares.py", "law_versions.py")]
PREFIXES = ("purchase-", "practice-", "plan-", "item-", "spaser-", "shares-")
RULES = (
    "agec-art55-circular-clauses",
    "agec-art55-energy-efficient-software",
    "agec-art58-procurement-shares",
    "agec-art77-state-single-use-plastics",
    "ccp-l2172-temporary-buildings-retreaded-tyres",
    "ccp-spaser-agec-targets",
    "climat-resilience-art35-environmental-clauses",
    "pcaet-digital",
    "reen-art15-repairability-durability-index",
)
LEAKS = re.compile(
    r"\bTrue\b|\bFalse\b|\bNone\b|\w_\w|d20\d\d-\d+:|\(s\)|\d{4}-\d\d-\d\d|->| vs |il manque 0"
)


def _used_ids() -> set[str]:
    pattern = re.compile(r'"((?:' + "|".join(PREFIXES) + r')[a-z0-9-]+|step-[a-z-]+)"')
    return {found for path in SOURCES for found in pattern.findall(path.read_text("utf-8"))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_message_the_purchase_checks_use_is_in_the_catalogue(lang: str) -> None:
    """Each message id the purchase decisions build is defined in the catalogue of `lang`."""
    used = _used_ids()
    assert len(used) > 50  # the ids were found in the sources
    assert sorted(i for i in used if not has_message(i, lang)) == []


def test_both_catalogues_define_the_same_purchase_messages() -> None:
    """French and English define the same purchase message ids, so neither falls back."""
    mine = {lang: {i for i in message_ids(lang) if i.startswith(PREFIXES)} for lang in ("fr", "en")}  # type: ignore[arg-type]
    assert mine["fr"] == mine["en"]


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("fr", 1, "minimum atteint pour 1 catégorie"),
        ("fr", 2, "minimum atteint pour 2 catégories"),
        ("en", 1, "minimum met for 1 category"),
        ("en", 3, "minimum met for 3 categories"),
    ],
)
def test_categories_are_counted_with_a_true_plural(lang: str, count: int, expected: str) -> None:
    """« 2 catégorie(s) » is gone: the catalogue picks singular or plural."""
    assert render(msg("shares-met", count=count), lang) == expected  # type: ignore[arg-type]


def _report(lang: str, as_of: date, law_as_of: date | None = None) -> Report:
    profile = load_profile(ROOT / "examples" / "ville-exemple.yaml")
    return evaluate(profile, as_of=as_of, law_as_of=law_as_of, lang=lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("as_of", [date(2024, 3, 1), date(2025, 6, 1), date(2026, 11, 24)])
def test_purchase_findings_hold_no_internal_token(lang: str, as_of: date) -> None:
    """Explanations and trace steps name categories and shares in words, never ids or literals."""
    report = _report(lang, as_of)
    texts = [
        text
        for finding in report.findings
        if finding.rule_id in RULES
        for text in (finding.explanation, *finding.trace.steps)
    ]
    assert texts
    assert [text for text in texts if LEAKS.search(text)] == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            "décret publié le 23 février 2024, après la date du droit retenue (1er janvier 2024)",
        ),
        ("en", "decree published on 23 February 2024, after the law date (1 January 2024)"),
    ],
)
def test_figures_of_a_decree_unpublished_on_the_law_date_are_noted_in_words(
    lang: str, expected: str
) -> None:
    """A category of a decree unknown on --law-as-of is named by its label, with written dates."""
    report = _report(lang, date(2024, 12, 31), law_as_of=date(2024, 1, 1))
    (finding,) = [
        f
        for f in report.findings
        if f.rule_id == "agec-art58-procurement-shares" and f.period == "2024"
    ]
    notes = [note for note in finding.review_notes if expected in note]
    assert len(notes) == 2  # two categories of décret 2024-134 are declared
    assert not any(LEAKS.search(note) for note in notes)
