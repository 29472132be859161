"""Lint a rule pack as law: schema, citations, dated timelines, titles, and French scenarios.

Every rule file must validate against the rule schema, cite each text by a Légifrance
identifier of the right shape and an official URL (`lint_citations`, with its reviewed
exceptions), keep every dated timeline free of overlaps and gaps, carry French and English
titles, and be read by at least one feature tagged with its id. The coverage table
(rule -> articles -> scenarios) is generated from the same data. Messages come from the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from reen_compliance.errors import RulePackError
from reen_compliance.files.resources import rules_dir
from reen_compliance.i18n.formats import LANGUAGES, Lang
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render
from reen_compliance.law.checks import CategorySharesCheck
from reen_compliance.law.lint_citations import (
    LintException,
    apply_exceptions,
    citation_findings,
    load_exceptions,
    shared_id_findings,
)
from reen_compliance.law.lint_language import french_only_texts
from reen_compliance.law.loading import CompiledRule, load_rules, rule_files
from reen_compliance.law.model import Rule
from reen_compliance.law.timeline import timeline_problems
from reen_compliance.law.values import DatedValue
from reen_compliance.messages import Message, say

_SCENARIO = re.compile(r"^\s*(Plan du scénario|Scénario|Scenario Outline|Scenario)\s*:\s*(.+)$")


def default_exceptions() -> Path:
    """The reviewed exceptions to the citation checks, beside the bundled rules."""
    return rules_dir() / "lint" / "exceptions.yaml"


def lint_rules(
    paths: Iterable[str | Path],
    *,
    features_dir: Path | None,
    reference_dir: Path | None = None,
    exceptions: Path | None = None,
    lang: Lang = "en",
) -> tuple[list[str], list[CompiledRule]]:
    """Every problem found, as `file: $.path: message` lines, and the rules that loaded.

    Loading a rule from a path checks it against schemas/rule.schema.json, with line numbers.
    `exceptions` defaults to `default_exceptions()`; an exception that covers nothing in the
    rules linted is a problem too, so the list stays short and true.
    """
    problems: list[str] = []
    loaded: list[CompiledRule] = []
    exceptions_file = exceptions or default_exceptions()
    try:
        reviewed = load_exceptions(exceptions_file)
    except RulePackError as failure:
        problems.extend(p.in_language(lang) for p in failure.problems)
        reviewed = ()
    used: set[LintException] = set()
    for file in rule_files(paths):
        try:
            compiled = load_rules([file]).rules[0]
        except RulePackError as failure:
            problems.extend(p.in_language(lang) for p in failure.problems)
            continue
        loaded.append(compiled)
        rule = compiled.rule
        left, covered = apply_exceptions(rule.id, citation_findings(rule), reviewed)
        used |= covered
        said = [(f.path, f.message) for f in left] + _law_problems(rule)
        problems.extend(f"{file}: {path}: {message.render(lang)}" for path, message in said)
        if features_dir is not None and not scenarios_of(features_dir, rule.id):
            no_scenario = say("lint.no_scenario", rule_id=rule.id)
            problems.append(f"{file}: {no_scenario.render(lang)}")
    files = {c.rule.id: c.file for c in loaded}
    for rule_id, finding in shared_id_findings(c.rule for c in loaded):
        left, covered = apply_exceptions(rule_id, [finding], reviewed)
        used |= covered
        problems.extend(f"{files[rule_id]}: {f.path}: {f.message.render(lang)}" for f in left)
    linted = set(files)
    problems.extend(
        f"{exceptions_file}: "
        + say("lint.exception_unused", rule_id=e.rule, value=e.value).render(lang)
        for e in reviewed
        if e.rule in linted and e not in used
    )
    if reference_dir is not None:
        encoded = {Path(c.rule.reference_file).stem for c in loaded}
        without_rule = say("lint.reference_without_rule").render(lang)
        problems.extend(
            f"{obligation}: {without_rule}"
            for obligation in sorted(reference_dir.glob("*.yaml"))
            if obligation.stem not in encoded
        )
    return problems, loaded


def _law_problems(rule: Rule) -> list[tuple[str, Message]]:
    """Overlapping or gapped dated timelines, and missing titles, with their JSON paths."""
    problems: list[tuple[str, Message]] = []
    for index, basis in enumerate(rule.legal_basis):
        dated = [_dated(v.effective_from, v.effective_to) for v in basis.versions]
        problems.extend(
            (f"$.legal_basis[{index}].versions", message) for message in timeline_problems(dated)
        )
    sanctions = [_dated(s.effective_from, s.effective_to) for s in rule.sanctions]
    problems.extend(("$.sanctions", m) for m in timeline_problems(sanctions))
    if isinstance(rule.check, CategorySharesCheck):
        regimes = [_dated(r.effective_from, r.effective_to) for r in rule.check.regimes]
        problems.extend(("$.check.regimes", m) for m in timeline_problems(regimes))
    if not rule.title.fr.strip() or not rule.title.en.strip():
        problems.append(("$.title", say("lint.titles")))
    problems.extend(
        (path, say("lint.french_only", text=text)) for path, text in french_only_texts(rule)
    )
    return problems


def _dated(start: date, end: date | None) -> DatedValue:
    """A span of dates as a dated value, for the timeline checks (its source is not read)."""
    return DatedValue(effective_from=start, effective_to=end, source="-")


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


_COLUMNS = ("rule", "reference", "articles", "confidence", "scenarios")
"""The columns of the coverage table (docs/coverage.md), headed in French."""


def coverage_table(rules: Sequence[CompiledRule], features_dir: Path) -> str:
    """Markdown: each rule, its reference, its articles, confidence and scenarios."""
    out = [
        "# " + " / ".join(render(msg("coverage-title"), lang) for lang in LANGUAGES),
        "",
        (
            "<!-- Generated by `python -m reen_compliance.cli.lint_rules --write-coverage`; "
            "do not edit. -->"
        ),
        "",
        "| "
        + " | ".join(render(msg(f"coverage-col-{column}"), "fr") for column in _COLUMNS)
        + " |",
        "| --- | --- | --- | --- | --- |",
    ]
    for compiled in sorted(rules, key=lambda c: c.rule.id):
        rule = compiled.rule
        articles = "<br>".join(
            f"{basis.text.split(' (')[0]}, {basis.article.fr}".replace("|", "/")
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
    from reen_compliance.law.schemas import schema_text as published  # noqa: PLC0415 - one generator

    return published("rule.schema.json")
