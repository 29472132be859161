"""Lint a rule pack as law: schema, citations, dated timelines, titles, and French scenarios.

Every rule file must validate against the rule schema, cite each text by a Légifrance
identifier or a URL, keep every dated timeline free of overlaps and gaps, carry French and
English titles, and be read by at least one feature tagged with its id. The coverage table
(rule -> articles -> scenarios) is generated from the same data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from reen_compliance.errors import RulePackError
from reen_compliance.loading import CompiledRule, load_rules
from reen_compliance.rule_model import CategorySharesCheck, DatedValue, Rule
from reen_compliance.source import read_document
from reen_compliance.timeline import timeline_problems

LEGIFRANCE_ID = re.compile(r"\b(JORFTEXT|JORFARTI|LEGIARTI|LEGITEXT|JORFSCTA|LEGISCTA)\d{12}\b")
_SCENARIO = re.compile(r"^\s*(Plan du scénario|Scénario|Scenario Outline|Scenario)\s*:\s*(.+)$")


def rule_schema() -> dict[str, object]:
    """The JSON Schema of a rule file, generated from the rule model."""
    return Rule.model_json_schema()


def rule_files(paths: Iterable[str | Path]) -> list[Path]:
    """The YAML files of `paths`, folders expanded in name order."""
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return files


def lint_rules(
    paths: Iterable[str | Path],
    *,
    features_dir: Path | None,
    reference_dir: Path | None = None,
) -> tuple[list[str], list[CompiledRule]]:
    """Every problem found, as `file: $.path: message` lines, and the rules that loaded."""
    import jsonschema  # noqa: PLC0415 - heavy, only for linting

    validator = jsonschema.Draft202012Validator(rule_schema())
    problems: list[str] = []
    loaded: list[CompiledRule] = []
    for file in rule_files(paths):
        try:
            data = read_document(file, error=RulePackError).data
        except RulePackError as failure:
            problems.extend(str(p) for p in failure.problems)
            continue
        problems.extend(
            f"{file}: $.{'.'.join(map(str, error.absolute_path))}: schema: {error.message}"
            for error in validator.iter_errors(data)
        )
        try:
            compiled = load_rules([file]).rules[0]
        except RulePackError as failure:
            problems.extend(str(p) for p in failure.problems)
            continue
        loaded.append(compiled)
        problems.extend(f"{file}: {message}" for message in _law_problems(compiled.rule))
        if features_dir is not None and not scenarios_of(features_dir, compiled.rule.id):
            problems.append(
                f"{file}: no scenario: add features/{compiled.rule.id}.feature tagged "
                f"@{compiled.rule.id}"
            )
    if reference_dir is not None:
        encoded = {Path(c.rule.reference_file).stem for c in loaded}
        problems.extend(
            f"{obligation}: obligation of the legal reference without a rule"
            for obligation in sorted(reference_dir.glob("*.yaml"))
            if obligation.stem not in encoded
        )
    return problems, loaded


def _law_problems(rule: Rule) -> list[str]:
    """Citations without identifier or URL, and overlapping or gapped dated timelines."""
    problems: list[str] = []
    for index, basis in enumerate(rule.legal_basis):
        if not LEGIFRANCE_ID.search(basis.legifrance_id) and not basis.url.startswith("http"):
            problems.append(
                f"$.legal_basis[{index}]: cites neither a Légifrance identifier nor a URL"
            )
        dated = [_dated(v.effective_from, v.effective_to, v.label) for v in basis.versions]
        problems.extend(
            f"$.legal_basis[{index}].versions: {message}" for message in timeline_problems(dated)
        )
    sanctions = [_dated(s.effective_from, s.effective_to, s.source) for s in rule.sanctions]
    problems.extend(f"$.sanctions: {message}" for message in timeline_problems(sanctions))
    if isinstance(rule.check, CategorySharesCheck):
        regimes = [_dated(r.effective_from, r.effective_to, r.id) for r in rule.check.regimes]
        problems.extend(f"$.check.regimes: {message}" for message in timeline_problems(regimes))
    if not rule.title.fr.strip() or not rule.title.en.strip():
        problems.append("$.title: French and English titles are both required")
    return problems


def _dated(start: date, end: date | None, source: str) -> DatedValue:
    return DatedValue(effective_from=start, effective_to=end, source=source or "-")


def scenarios_of(features_dir: Path, rule_id: str) -> list[str]:
    """Names of the scenarios in the feature files tagged @rule_id."""
    names: list[str] = []
    tag = re.compile(rf"(^|\s)@{re.escape(rule_id)}(\s|$)", re.MULTILINE)
    for feature in sorted(features_dir.glob("*.feature")):
        text = feature.read_text(encoding="utf-8")
        if not tag.search(text):
            continue
        names.extend(
            match.group(2).strip() for line in text.splitlines() if (match := _SCENARIO.match(line))
        )
    return names


def coverage_table(rules: Sequence[CompiledRule], features_dir: Path) -> str:
    """Markdown: each rule, its reference, its articles, confidence and scenarios."""
    out = [
        "# Couverture des obligations / Coverage",
        "",
        (
            "<!-- Generated by `python -m reen_compliance.commands.lint_rules --write-coverage`; "
            "do not edit. -->"
        ),
        "",
        "| Règle | Référence | Articles | Confiance | Scénarios |",
        "| --- | --- | --- | --- | --- |",
    ]
    for compiled in sorted(rules, key=lambda c: c.rule.id):
        rule = compiled.rule
        articles = "<br>".join(
            f"{basis.text.split(' (')[0]}, {basis.article}".replace("|", "/")
            for basis in rule.legal_basis
        )
        scenarios = scenarios_of(features_dir, rule.id)
        listed = "<br>".join(name.replace("|", "/") for name in scenarios)
        review = " ⚠" if rule.review else ""
        out.append(
            f"| `{rule.id}` | {Path(rule.reference_file).stem} | {articles} | "
            f"{rule.confidence}{review} | {len(scenarios)} : {listed} |"
        )
    return "\n".join(out) + "\n"


def schema_text() -> str:
    """The rule schema as the JSON file `schemas/rule.schema.json` holds it."""
    from reen_compliance.schemas import schema_text as published  # noqa: PLC0415 - one generator

    return published("rule.schema.json")
