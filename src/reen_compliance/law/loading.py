"""Load profiles and rule packs: read -> validate -> models, collecting every located problem.

Profiles are checked by their pydantic models; rule files are checked against the published
rule schema's model, then their conditions are compiled once against the names they may read
and their dated values are checked for overlaps and gaps.
"""

from __future__ import annotations

import hashlib
import types
import typing
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from reen_compliance.errors import (
    InvalidInputError,
    Problem,
    ProfileError,
    RulePackError,
    suggest,
)
from reen_compliance.files.limits import Limits
from reen_compliance.files.resources import rules_dir
from reen_compliance.files.source import Locator, PathKey, read_document, read_text
from reen_compliance.formats.profile import Profile
from reen_compliance.law.checks import CategorySharesCheck, YearlyRatioCheck
from reen_compliance.law.expressions import Condition, ExpressionError, compile_condition
from reen_compliance.law.facts import FACT_NAMES, PERIOD_NAMES
from reen_compliance.law.model import Rule
from reen_compliance.law.timeline import timeline_problems
from reen_compliance.law.values import DatedValue
from reen_compliance.messages import CATALOGUE, Message, say

RULE_PACK_VERSION = "2026.11.0"
DEFAULT_LIMITS = Limits()


def load_profile(path: str | Path, *, limits: Limits | None = None) -> Profile:
    """Read and validate a profile file (YAML, or JSON by its `.json` suffix).

    Without `limits`, the defaults apply, with the size set by `source.max_input_bytes`.

    Raises:
        ProfileError: with every problem found, each with file, line and JSON path.
    """
    document = read_document(path, limits=limits, error=ProfileError)
    return _validate(Profile, document.data, document.locator, ProfileError)


def parse_profile(text: str, file: str = "<profile>", *, as_json: bool = False) -> Profile:
    """Validate a profile given as text, as `load_profile` does for a file."""
    document = read_text(text, file, error=ProfileError, as_json=as_json)
    return _validate(Profile, document.data, document.locator, ProfileError)


M = typing.TypeVar("M", bound=BaseModel)


def _validate(model: type[M], data: object, locator: Locator, error: type[InvalidInputError]) -> M:
    if not isinstance(data, dict):
        found: object = say("word.nothing") if data is None else type(data).__name__
        raise error([locator.problem((), say("schema.not_a_mapping", found=found))])
    try:
        return model.model_validate(data)
    except ValidationError as failure:
        problems = {_problem(model, detail, locator, data) for detail in failure.errors()}
        raise error(problems) from None


def _data_path(data: object, loc: tuple[int | str, ...]) -> PathKey:
    """Keep the parts of a pydantic location that exist in the data (drop union tags)."""
    path: list[Hashable] = []
    current = data
    for position, part in enumerate(loc):
        last = position == len(loc) - 1
        if isinstance(current, dict):
            key = _matching_key(current, part)
            if key is not None:
                path.append(key)
                current = current[key]
            elif last:
                path.append(part)
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            path.append(part)
            current = current[part]
        elif last or not isinstance(part, str):
            path.append(part)
    return tuple(path)


def _matching_key(mapping: dict[Hashable, object], part: object) -> Hashable | None:
    if isinstance(part, Hashable) and part in mapping:
        return part
    text = str(part)
    return next((key for key in mapping if str(key) == text), None)


def _problem(
    model: type[BaseModel], detail: ErrorDetails, locator: Locator, data: object
) -> Problem:
    """Translate one pydantic error into words a person fixing the file understands."""
    path = _data_path(data, tuple(detail["loc"]))
    kind = detail["type"]
    found = _found(path, detail, locator)
    ctx = detail.get("ctx") or {}
    hint: Message | None = None
    if kind == "extra_forbidden":
        hint = suggest(str(path[-1]), _field_names(model, path[:-1])) if path else None
    elif kind == "literal_error":
        hint = suggest(str(detail.get("input")), _literal_choices(str(ctx.get("expected"))))
    elif kind == "string_type":
        hint = say("hint.leading_zeros")
    if kind.startswith("reen."):  # a model validator's own message, in the catalogues
        return locator.problem(path, say(kind.removeprefix("reen."), **ctx), hint)
    for prefix, message_id in _MESSAGES:
        if kind == prefix or (prefix.endswith("_") and kind.startswith(prefix)):
            wanted = CATALOGUE[message_id].example
            values = {k: str(v) for k, v in ctx.items() if k in wanted}
            return locator.problem(path, say(message_id, found=found, **values), hint)
    detail_text = detail["msg"].removeprefix("Value error, ")
    if kind == "value_error":  # a validator's sentence outside the catalogues (none in ours)
        return locator.problem(path, detail_text, hint)
    return locator.problem(path, say("schema.other", detail=detail_text, found=found), hint)


# Pydantic error types -> catalogue ids (messages.py); `{found}` is the value as written.
_MESSAGES: tuple[tuple[str, str], ...] = (
    ("extra_forbidden", "schema.extra_forbidden"),
    ("missing", "schema.missing"),
    ("date_", "schema.date"),
    ("datetime_", "schema.date"),
    ("int_", "schema.int"),
    ("decimal_", "schema.decimal"),
    ("string_type", "schema.string_type"),
    ("string_pattern_mismatch", "schema.string_pattern_mismatch"),
    ("string_too_short", "schema.string_too_short"),
    ("literal_error", "schema.literal_error"),
    ("greater_than_equal", "schema.greater_than_equal"),
    ("less_than_equal", "schema.less_than_equal"),
    ("model_type", "schema.model_type"),
    ("dict_type", "schema.dict_type"),
    ("tuple_type", "schema.list_type"),
    ("list_type", "schema.list_type"),
    ("too_short", "schema.too_short"),
    ("bool_", "schema.bool"),
)


def _found(path: PathKey, detail: ErrorDetails, locator: Locator) -> str:
    raw = locator.raw.get(path)
    if raw is not None:
        return repr(raw)
    value = detail.get("input")
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _literal_choices(expected: str) -> list[str]:
    return [part.strip().strip("'") for part in expected.replace(" or ", ",").split(",") if part]


def _field_names(model: type[BaseModel], path: Sequence[Hashable]) -> list[str]:
    """The field names of the model found at `path`, for a "did you mean" hint."""
    current: object = model
    for part in path:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field_info = current.model_fields.get(str(part))
            if field_info is None:
                return []
            current = field_info.annotation
            continue
        origin = typing.get_origin(current)
        args = typing.get_args(current)
        if origin in {dict, tuple, list} and args:
            current = args[-1] if origin is dict else args[0]
            continue
        return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: object) -> object:
    """Strip Optional and Annotated until a model or container remains."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in {typing.Union, types.UnionType}:
            options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = options[0] if len(options) == 1 else annotation
            if len(options) != 1:
                return annotation
        else:
            return annotation


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A validated rule with its conditions compiled once.

    `memo` keeps what the engine works out from this rule alone on a day and a law date
    (parameters in force, citations), for every evaluation that uses the rule: see `law_memo`.
    """

    rule: Rule
    applies_to: Condition
    review_conditions: tuple[Condition | None, ...]
    file: str
    memo: dict[Hashable, object] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """A loaded rule pack: its rules by id, its version and the hash of its files."""

    rules: tuple[CompiledRule, ...]
    version: str
    sha256: str

    def get(self, rule_id: str) -> CompiledRule | None:
        """The rule with this id, or None."""
        return next((rule for rule in self.rules if rule.rule.id == rule_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every rule id, in the pack's order."""
        return tuple(rule.rule.id for rule in self.rules)


def load_rules(
    paths: Iterable[str | Path] | None = None, *, only: Iterable[str] | None = None
) -> RuleSet:
    """Load, validate and compile a rule pack (the bundled one when `paths` is None).

    `only` restricts the pack to some rule ids, so callers evaluate just what they need.

    Raises:
        RulePackError: with every problem across every file, sorted by file and line.
    """
    if paths is None:
        return _restrict(_bundled_rules(), only)
    files = rule_files(paths)
    return _restrict(_load_files(files, against_schema=True), only)


@cache
def _bundled_rules() -> RuleSet:
    # The bundled pack is ours: the size limit set for untrusted inputs does not apply to it.
    # It is checked against rule.schema.json by the tests and lint-rules; here its models (from
    # which that schema is generated) suffice, for a fast start, and after the first load its
    # validated rules come from the precompiled copy `rule_cache` keeps.
    from reen_compliance.law import cache as rule_cache  # noqa: PLC0415 - only for the bundled pack

    files = rule_files([rules_dir()])
    cached = rule_cache.read(files)
    if cached is not None:
        pack, rules = cached
        try:
            compiled = tuple(_compile(rule, file, Locator(str(file))) for file, rule in rules)
        except RulePackError:
            pass  # not a pack this version accepts: load it the ordinary way
        else:
            return RuleSet(compiled, RULE_PACK_VERSION, pack)
    rule_set = _load_files(files, DEFAULT_LIMITS, against_schema=False)
    rule_cache.write(files, rule_set.sha256, [rule.rule for rule in rule_set.rules])
    return rule_set


@cache
def _rule_validator() -> object:
    import json  # noqa: PLC0415 - only for third-party packs

    import jsonschema  # noqa: PLC0415 - slow import, only for third-party packs

    from reen_compliance.files.resources import schemas_dir  # noqa: PLC0415

    schema = json.loads((schemas_dir() / "rule.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def schema_problems(data: object, locator: Locator) -> list[Problem]:
    """Check rule data against the published rule schema; one problem per violation."""
    import jsonschema  # noqa: PLC0415 - slow import, only for third-party packs

    validator = _rule_validator()
    assert isinstance(validator, jsonschema.Draft202012Validator)  # noqa: S101 - built above
    problems = []
    for error in validator.iter_errors(_json_ready(data)):
        path = tuple(error.absolute_path)
        problems.append(locator.problem(path, f"schema: {error.message}"))
    return problems


def _json_ready(data: object) -> object:
    """Decimals as numbers-in-text, as the schema accepts them; everything else unchanged."""
    if isinstance(data, dict):
        return {str(key): _json_ready(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_json_ready(value) for value in data]
    if isinstance(data, Decimal):
        return str(data)
    return data


def rule_files(paths: Iterable[str | Path]) -> list[Path]:
    """The rule files of `paths`: each file as given, each folder's `*.yaml` in name order."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(path.glob("*.yaml")))
        else:
            files.append(path)
    return files


def _restrict(rule_set: RuleSet, only: Iterable[str] | None) -> RuleSet:
    if only is None:
        return rule_set
    wanted = list(only)
    unknown = [rule_id for rule_id in wanted if rule_set.get(rule_id) is None]
    if unknown:
        problems = [
            Problem.of(
                "<rules>",
                None,
                None,
                "$",
                say("rules.unknown_id", rule_id=rule_id),
                suggest(rule_id, rule_set.ids),
            )
            for rule_id in unknown
        ]
        raise RulePackError(problems)
    kept = tuple(rule for rule in rule_set.rules if rule.rule.id in set(wanted))
    return RuleSet(kept, rule_set.version, rule_set.sha256)


def _load_files(
    files: Sequence[Path], limits: Limits | None = None, *, against_schema: bool
) -> RuleSet:
    problems: list[Problem] = []
    compiled: list[CompiledRule] = []
    digest = hashlib.sha256()
    if not files:
        raise RulePackError([Problem.of("<rules>", None, None, "$", say("rules.none"))])
    for file in files:
        try:
            document = read_document(file, limits=limits, error=RulePackError)  # size first
            digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
            if against_schema:
                found = schema_problems(document.data, document.locator)
                if found:
                    raise RulePackError(found)  # noqa: TRY301 - collected with the others below
            rule = _validate(Rule, document.data, document.locator, RulePackError)
            compiled.append(_compile(rule, file, document.locator))
        except RulePackError as failure:
            problems.extend(failure.problems)
        except OSError as failure:
            message = say("rules.unreadable", reason=str(failure))
            problems.append(Problem.of(str(file), None, None, "$", message))
    seen: dict[str, str] = {}
    for entry in compiled:
        if entry.rule.id in seen:
            message = say("rules.duplicate_id", rule_id=entry.rule.id, file=seen[entry.rule.id])
            problems.append(Problem.of(entry.file, None, None, "$.id", message))
        seen[entry.rule.id] = entry.file
    if problems:
        raise RulePackError(problems)
    return RuleSet(tuple(compiled), RULE_PACK_VERSION, digest.hexdigest())


def _compile(rule: Rule, file: Path, locator: Locator) -> CompiledRule:
    problems: list[Problem] = []
    if rule.id != file.stem:
        message = say("rules.id_mismatch", rule_id=rule.id, stem=file.stem)
        problems.append(locator.problem(("id",), message))
    names = FACT_NAMES | set(rule.parameters)

    def compile_at(
        source: str, path: PathKey, known: frozenset[str] | set[str] = names
    ) -> Condition | None:
        try:
            return compile_condition(source, known)
        except ExpressionError as failure:
            line, column = locator.position(path)
            if line is not None and failure.column is not None and column is not None:
                column += failure.column
            problems.append(
                Problem.of(
                    str(file),
                    line,
                    column,
                    locator.json_path(path),
                    say("rules.expression", error=failure.said, source=source),
                    failure.hint_said or failure.hint,
                )
            )
            return None

    applies_to = compile_at(rule.applies_to, ("applies_to",))
    names_for_notes = names | PERIOD_NAMES
    reviews = tuple(
        compile_at(note.when, ("review_notes", index, "when"), names_for_notes)
        if note.when
        else None
        for index, note in enumerate(rule.review_notes)
    )
    for name, parameter in rule.parameters.items():
        problems.extend(_timeline(parameter.values, ("parameters", name, "values"), locator))
    problems.extend(_check_problems(rule, locator))
    if problems or applies_to is None:
        raise RulePackError(problems)
    return CompiledRule(rule, applies_to, reviews, str(file))


def _timeline(values: Sequence[DatedValue], path: PathKey, locator: Locator) -> list[Problem]:
    return [locator.problem(path, message) for message in timeline_problems(values)]


def _check_problems(rule: Rule, locator: Locator) -> list[Problem]:
    check = rule.check
    problems: list[Problem] = []
    if isinstance(check, YearlyRatioCheck) and check.minimum not in rule.parameters:
        message = say("rules.undefined_parameter", name=check.minimum)
        problems.append(
            locator.problem(("check", "minimum"), message, suggest(check.minimum, rule.parameters))
        )
    if isinstance(check, CategorySharesCheck):
        for r_index, regime in enumerate(check.regimes):
            for c_index, category in enumerate(regime.categories):
                for share, values in category.minimums.items():
                    path = ("check", "regimes", r_index, "categories", c_index, "minimums", share)
                    problems.extend(_timeline(values, path, locator))
    return problems
