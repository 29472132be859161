"""The rule linter: schema, citations, timelines, scenarios, and the generated coverage table."""

from __future__ import annotations

from pathlib import Path

import pytest

from reen_compliance.cli.common import main
from reen_compliance.law.lint import coverage_table, lint_rules, schema_text

ROOT = Path(__file__).resolve().parents[1]
# The legal reference sits beside the checkout (../shared/legal), in CI as on a developer's machine.
REFERENCE = ROOT.parent / "shared" / "legal" / "obligations"


def _copy(tmp_path: Path, rule_id: str, old: str, new: str) -> Path:
    text = (ROOT / "rules" / f"{rule_id}.yaml").read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / f"{rule_id}.yaml"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_bundled_pack_is_clean() -> None:
    """Every bundled rule validates, cites its texts and is read by a feature."""
    reference = REFERENCE if REFERENCE.is_dir() else None
    problems, loaded = lint_rules(
        [ROOT / "rules"], features_dir=ROOT / "features", reference_dir=reference
    )
    assert problems == []
    assert len(loaded) == len(list((ROOT / "rules").glob("*.yaml")))


def test_lint_fails_on_an_overlapping_date_range(tmp_path: Path) -> None:
    """Two versions of a value that overlap are refused, with the rule file named."""
    copy = _copy(
        tmp_path,
        "recycled-paper-purchases",
        "{effective_from: 2020-01-01, value: 40",
        "{effective_from: 2019-06-01, value: 40",
    )
    problems, _ = lint_rules([copy], features_dir=ROOT / "features")
    assert any("versions overlap" in p and "recycled-paper-purchases" in p for p in problems)
    assert main(["lint-rules", str(copy), "--features", str(ROOT / "features")]) == 2


def test_lint_fails_on_a_gap_in_sanction_periods(tmp_path: Path) -> None:
    """A gap between two sanction regimes is refused like a gap between values."""
    copy = _copy(
        tmp_path,
        "rgaa-accessibility",
        "  - effective_from: 2024-01-01\n",
        "  - effective_from: 2024-02-01\n",
    )
    problems, _ = lint_rules([copy], features_dir=ROOT / "features")
    assert any("$.sanctions: gap between versions" in p for p in problems)


def test_lint_fails_on_a_missing_citation(tmp_path: Path) -> None:
    """A legal basis without Légifrance identifier is refused by the schema."""
    copy = _copy(
        tmp_path,
        "pcaet-digital",
        "    legifrance_id: JORFTEXT000044327272\n",
        "",
    )
    problems, _ = lint_rules([copy], features_dir=ROOT / "features")
    assert any("legifrance_id" in p for p in problems), problems
    assert main(["lint-rules", str(copy), "--features", str(ROOT / "features")]) == 2


def test_lint_fails_on_a_rule_without_scenario(tmp_path: Path) -> None:
    """A rule no feature reads is refused."""
    problems, _ = lint_rules([ROOT / "rules" / "pcaet-digital.yaml"], features_dir=tmp_path)
    assert any("no scenario" in p for p in problems)


def test_lint_exits_0_on_a_clean_rule() -> None:
    """A clean rule with its feature lints with exit code 0."""
    rule = ROOT / "rules" / "beges-ghg-report.yaml"
    assert main(["lint-rules", str(rule), "--features", str(ROOT / "features")]) == 0


def test_coverage_table_is_up_to_date() -> None:
    """docs/coverage.md matches the rules and features (regenerate with --write-coverage)."""
    _, loaded = lint_rules([ROOT / "rules"], features_dir=ROOT / "features")
    expected = coverage_table(loaded, ROOT / "features")
    assert (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8") == expected, (
        "stale: run python -m reen_compliance.cli.lint_rules --write-coverage"
    )


def test_rule_schema_file_is_up_to_date() -> None:
    """schemas/rule.schema.json matches the rule model."""
    assert (ROOT / "schemas" / "rule.schema.json").read_text(encoding="utf-8") == schema_text()


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="legal reference not available")
def test_every_obligation_of_the_reference_has_a_rule_and_a_row() -> None:
    """Each obligation file has a rule and appears in the coverage table."""
    table = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    for obligation in REFERENCE.glob("*.yaml"):
        assert f"| {obligation.stem} |" in table, obligation.stem


def test_lint_refuses_an_unofficial_host(tmp_path: Path) -> None:
    """A citation linking to a mirror instead of Légifrance is refused, in both languages."""
    copy = _copy(
        tmp_path,
        "rgaa-accessibility",
        "url: https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000006682279",
        "url: https://www.doctrine.fr/l/texts/lois/JORFTEXT000000809647/articles/LEGIARTI000006682279",
    )
    problems, _ = lint_rules([copy], features_dir=None)
    assert any(
        "$.legal_basis[0].url: 'www.doctrine.fr' is not an official source" in p for p in problems
    )
    french, _ = lint_rules([copy], features_dir=None, lang="fr")
    assert any("n'est pas une source officielle" in p for p in french), french
    assert main(["lint-rules", str(copy), "--features", str(ROOT / "features")]) == 2


def test_lint_refuses_the_circulaires_host_and_plain_http(tmp_path: Path) -> None:
    """Légifrance's circulaires site is not the texts' host, and an official URL is https."""
    copy = _copy(
        tmp_path,
        "pcaet-digital",
        "url: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044327272",
        "url: http://circulaire.legifrance.gouv.fr/jorf/id/JORFTEXT000044327272",
    )
    problems, _ = lint_rules([copy], features_dir=None)
    assert any("'circulaire.legifrance.gouv.fr' is not an official source" in p for p in problems)
    plain = _copy(
        tmp_path,
        "pcaet-digital",
        "url: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044327272",
        "url: http://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044327272",
    )
    problems, _ = lint_rules([plain], features_dir=None)
    assert any("is given in https" in p for p in problems), problems


def test_lint_refuses_an_id_of_the_wrong_kind_or_shape(tmp_path: Path) -> None:
    """A decree cited by a code's id, or by no id at all, is refused; so is a URL of another id."""
    copy = _copy(
        tmp_path,
        "reen-art16-it-equipment-reuse",
        "legifrance_id: JORFARTI000047439327",
        "legifrance_id: LEGITEXT000006070633",
    )
    problems, _ = lint_rules([copy], features_dir=None)
    assert any("« Décret » is cited with a LEGITEXT id" in p for p in problems), problems
    assert any("names neither the cited id LEGITEXT000006070633" in p for p in problems)
    shapeless = _copy(
        tmp_path,
        "recycled-paper-purchases",
        "legifrance_id: JORFTEXT000031044385",
        "legifrance_id: NON RETROUVÉ",
    )
    problems, _ = lint_rules([shapeless], features_dir=None)
    assert any("'NON RETROUVÉ' is not a Légifrance id" in p for p in problems), problems


def test_a_code_is_cited_by_a_code_id(tmp_path: Path) -> None:
    """A citation whose text starts with « Code » may not carry a decree's JORFTEXT."""
    copy = _copy(
        tmp_path,
        "reen-art35-strategy",
        "  - text: Décret n° 2022-1084 du 29 juillet 2022",
        "  - text: Code général des collectivités territoriales (décret n° 2022-1084 du 29 juillet 2022",
    )
    problems, _ = lint_rules([copy], features_dir=None)
    assert any("« Code » is cited with a JORFTEXT id" in p for p in problems), problems


def test_one_jorftext_names_one_text(tmp_path: Path) -> None:
    """Décret n° 2022-2 cited with the id of décret n° 2024-134 is refused across the pack."""
    wrong = _copy(
        tmp_path,
        "agec-art77-state-single-use-plastics",
        'legifrance_id: {fr: "NON RETROUVÉ (identifiant du décret n° 2022-2 absent de la'
        ' référence)", en: "NOT FOUND (the reference does not give the id of décret n° 2022-2)"}',
        "legifrance_id: JORFTEXT000049184670",
    )
    shares = ROOT / "rules" / "agec-art58-procurement-shares.yaml"
    problems, _ = lint_rules([shares, wrong], features_dir=None)
    assert any(
        "JORFTEXT000049184670 is cited for n° 2022-2 here and for n° 2024-134" in p
        for p in problems
    ), problems


def test_a_reviewed_exception_lets_a_citation_through_and_an_unused_one_is_refused(
    tmp_path: Path,
) -> None:
    """An exception names rule, check and value; one that covers nothing is itself a problem."""
    url = "https://www.senat.fr/leg/pjl20-155.html"
    copy = _copy(
        tmp_path,
        "pcaet-digital",
        "url: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044327272",
        f"url: {url}",
    )
    exceptions = tmp_path / "exceptions.yaml"
    exceptions.write_text(
        "exceptions:\n"
        f"  - {{rule: pcaet-digital, check: host, value: '{url}',"
        " reason: 'The adopted text is read at the Sénat until Légifrance has it.'}\n"
        "  - {rule: pcaet-digital, check: host, value: 'https://example.org/',"
        " reason: 'An entry that no longer matches any citation of the rule.'}\n",
        encoding="utf-8",
    )
    problems, _ = lint_rules([copy], features_dir=None, exceptions=exceptions)
    unused = "the exception for pcaet-digital (https://example.org/) covers nothing: remove it"
    assert problems == [f"{exceptions}: {unused}"]


def test_an_exception_without_reason_is_a_located_problem(tmp_path: Path) -> None:
    """The exceptions file is validated: a missing reason is reported at its line."""
    exceptions = tmp_path / "exceptions.yaml"
    exceptions.write_text(
        "exceptions:\n  - rule: pcaet-digital\n    check: host\n    value: x\n", encoding="utf-8"
    )
    problems, _ = lint_rules(
        [ROOT / "rules" / "pcaet-digital.yaml"], features_dir=None, exceptions=exceptions
    )
    assert any("exceptions.yaml:2" in p and "reason" in p for p in problems), problems
    assert (
        main(
            [
                "lint-rules",
                str(ROOT / "rules" / "pcaet-digital.yaml"),
                "--exceptions",
                str(exceptions),
            ]
        )
        == 2
    )


def test_lint_reports_a_french_only_text_an_english_reader_sees(tmp_path: Path) -> None:
    """A version label written as one plain French string is refused; a bare citation is not."""
    french = (
        'version: {fr: "en vigueur depuis le 31 juillet 2022", en: "in force since 31 July 2022"}'
    )
    copy = _copy(
        tmp_path, "reen-art35-strategy", french, "version: en vigueur depuis le 31 juillet 2022"
    )
    problems, _ = lint_rules([copy], features_dir=ROOT / "features")
    assert [p for p in problems if "French only" in p] == [
        (
            f"{copy}: $.legal_basis[1].version: “en vigueur depuis le 31 juillet 2022” is in"
            " French only where a reader of English sees it: write { fr: …, en: … }"
        )
    ]
    bare = _copy(tmp_path, "reen-art35-strategy", french, "version: loi n° 2021-1485, art. 35")
    assert lint_rules([bare], features_dir=ROOT / "features")[0] == []
