"""Declared shares, periodic reports, site reports and accessibility: decisions, then words."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from reen_compliance import Status, evaluate, load_rules, parse_profile
from reen_compliance.i18n.formats import Lang
from reen_compliance.i18n.render import message_ids

DECIDE = Path(__file__).resolve().parents[1] / "src" / "reen_compliance" / "decisions"
MODULES = ("declared_share", "periodic_publication", "site_reports", "accessibility")
PREFIXES = ("declared-share-", "publication-", "site-", "accessibility-")
TOWN = """
format_version: 1
collectivity:
  name: Ville
  kind: commune
  population: [{applies_from: 2015-01-01, total: 118000, source: INSEE}]
"""


def _report(extra: str, rule_id: str, as_of: date, lang: Lang = "fr") -> list[str]:
    profile = parse_profile(TOWN + extra)
    report = evaluate(profile, as_of=as_of, rules=load_rules(only=[rule_id]), lang=lang)
    return [
        f"{f.status.value} | {f.explanation} | {' / '.join(f.trace.steps)}" for f in report.findings
    ]


@pytest.mark.parametrize("module", MODULES)
def test_decision_modules_hold_no_sentence(module: str) -> None:
    """A decision module imports no renderer nor wording helper and never reads the language."""
    tree = ast.parse((DECIDE / f"{module}.py").read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert not imported & {"reen_compliance.report.words", "reen_compliance.i18n.render"}
    names = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert "lang" not in names


def test_both_catalogues_word_the_same_messages() -> None:
    """Every message of these kinds exists in French and in English."""
    french = {i for i in message_ids("fr") if i.startswith(PREFIXES)}
    english = {i for i in message_ids("en") if i.startswith(PREFIXES)}
    assert french == english
    assert len(french) > 50


def test_a_share_short_by_less_than_a_hundredth_never_says_nothing_is_missing() -> None:
    """39.999 % against 40 % is non compliant, and the sentence says by how little, not « 0 »."""
    extra = "paper_purchases:\n  2023: {unit: kg, total: '1000', recycled: '399.99'}\n"
    french = _report(extra, "recycled-paper-purchases", date(2024, 3, 1))
    english = _report(extra, "recycled-paper-purchases", date(2024, 3, 1), "en")
    assert french[0].startswith("non_compliant | 2023 : 40")
    assert "il manque moins de 0,01 point." in french[0]
    assert "(unité déclarée : kilogrammes)" in french[0]
    assert "less than 0.01 point short." in english[0]
    assert "il manque 0 " not in " ".join(french)


def test_one_missing_point_is_singular_and_the_unit_is_in_words() -> None:
    """« il manque 1 point » and « euros HT », never a plural mark nor the token eur_ht."""
    extra = "paper_purchases:\n  2023: {unit: eur_ht, total: '100', recycled: '39'}\n"
    french = _report(extra, "recycled-paper-purchases", date(2024, 3, 1))
    assert "(unité déclarée : euros HT)" in french[0]
    assert "il manque 1 point." in french[0]
    assert "part mesurée : 39\u202f% pour un minimum de 40\u202f%" in french[0]


def test_a_report_never_published_is_named_without_guessing_its_gender() -> None:
    """The report's subject leads the sentence; the trace steps are French."""
    found = _report("ghg_reports: []\n", "beges-ghg-report", date(2016, 1, 1))
    assert found == [
        (
            "non_compliant | Bilan des émissions de gaz à effet de serre : aucune publication ; la "
            "première est exigible au plus tard le 1er janvier 2015. Échéance légale : le 31 "
            "décembre 2012. Les chiffres du profil ne remontent pas avant le 1er janvier 2015 : "
            "l'obligation est exigible au moins depuis cette date, et depuis l'échéance légale si "
            "l'organisme était déjà assujetti ; les textes ne prévoient aucun délai. | aucune "
            "publication / échéance dépassée"
        )
    ]


def test_a_site_report_sent_late_is_compliant_and_says_so() -> None:
    """Information sent after 15 May still counts as sent, with the delay said in words."""
    extra = (
        "data_centres:\n  - {name: DC1, installed_power_kw: '800', "
        "yearly_reports: {2025: 2026-06-01}}\n"
    )
    found = _report(extra, "data-centre-energy-reporting", date(2026, 7, 1))
    assert found == [
        (
            "compliant | « DC1 » (800 kW) : informations de l'année 2025, dues au plus tard le 15 mai "
            "2026, transmises le 1er juin 2026, après l'échéance. | année des données : 2025 / "
            "échéance : 15 mai 2026 / transmises le 1er juin 2026"
        )
    ]


def test_one_accessibility_failure_is_singular_and_unknowns_are_their_own_sentence() -> None:
    """« manquement » for one failure, then the missing facts, then the accessibility not reached."""
    extra = (
        "online_services:\n  - {name: Site, kind: website, created_on: 2019-01-01, "
        "compliance_rate_pct: '41', home_page_mention: partiellement}\n"
    )
    found = _report(extra, "rgaa-accessibility", date(2025, 6, 1))
    assert found == [
        (
            "non_compliant | « Site » : manquement : mention « partiellement conforme » incohérente "
            "avec le taux mesuré (attendu : « non conforme »). Éléments non renseignés : déclaration "
            "d'accessibilité, schéma pluriannuel, plan d'action annuel. Accessibilité non atteinte : "
            "41\u202f% des critères respectés au dernier audit, alors que l'art. 47 de la loi "
            "n° 2005-102 exige des services accessibles ; depuis le 1er janvier 2024, l'ARCOM peut "
            "sanctionner le défaut d'accessibilité lui-même (art. 47-1). Dérogations pour charge "
            "disproportionnée non appréciées ici. | obligations "
            "applicables au service à compter du 23 septembre 2019 / mention attendue : « non "
            "conforme » / 1 manquement ; 3 éléments non renseignés"
        )
    ]
    assert Status.NON_COMPLIANT.value == found[0].split(" | ")[0]
