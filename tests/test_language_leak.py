"""Language leaks: no English or internal token in French output, no French prose in English.

Two sources are checked. Every message of the catalogues `i18n/fr.ftl` and `i18n/en.ftl` is
rendered with sample values built from the placeholders it uses (dates, counts through every
plural form, amounts, percentages, both genders). Every golden output of
`tests/golden/outputs` is read as a user reads it. What may stay as written is narrow and
named below: code quoted with backticks, JSON paths, URLs, rule and category ids, the
reproducibility receipt's machine values, the bodies' own names, and, in English, official
French titles of texts and names of decree categories, quoted « … » or “…” (or, in JSON, a
measure's `label`: the decree's category name as data). A leak in a module not yet
converted to the catalogues is an expected failure naming that module (issue 12); it turns
into a failure as soon as the module is fixed, so the mark is then removed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from reen_compliance.i18n.formats import LANGUAGES, Lang
from reen_compliance.i18n.message import Money, Percent, Value, msg
from reen_compliance.i18n.render import render
from reen_compliance.law.lint_language import localized_texts
from reen_compliance.law.loading import load_rules

GOLDEN = Path(__file__).resolve().parent / "golden" / "outputs"

ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "not",
        "due",
        "compliant",
        "missing",
        "year",
        "years",
        "items",
        "item",
        "is",
        "are",
        "with",
        "without",
        "from",
        "by",
        "for",
        "none",
        "true",
        "false",
        "deadline",
        "deadlines",
        "gap",
        "share",
        "reuse",
        "recycled",
        "profile",
        "rules",
        "rule",
        "value",
        "values",
        "status",
        "period",
        "bound",
        "exempted",
        "applied",
        "declaration",
        "yes",
        "to",
        "in",
        "or",
        "was",
        "were",
        "has",
        "have",
        "been",
        "should",
        "must",
        "shall",
        "figures",
        "finding",
        "findings",
        "data",
        "report",
    ]
)
"""Words that are English and never French (« on », « a », « an », « but » are French too)."""

FRENCH_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "non",
        "conforme",
        "année",
        "échéance",
        "est",
        "sont",
        "pour",
        "avec",
        "sans",
        "une",
        "dans",
        "sur",
        "pas",
        "au",
        "aux",
        "et",
        "ou",
        "il",
        "elle",
        "ne",
        "qui",
        "que",
        "ces",
        "cette",
        "été",
        "doit",
        "vérifier",
        "constat",
        "constatation",
        "constatations",
        "exigé",
        "constaté",
        "manque",
        "écart",
        "présenté",
        "adopté",
        "adoptée",
        "assujetti",
    ]
)
"""Words that are French and never English prose."""

GRAMMAR_VARIABLES = frozenset({"gender"})
"""Selector variables a language may need for agreement and another may ignore."""

_CODE = re.compile(r"`[^`]*`")
_URL = re.compile(r"https?://\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|org|eu|gouv)\b")
_JSON_PATH = re.compile(r"\$[.\[]\S*|\b[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+\b")
_CATEGORY_ID = re.compile(r"\bd20\d\d-\d+:[\w-]+")
_PLACEHOLDERS = re.compile(r"<(?:ROOT|DIR|SHA256|VERSION)>[^\s”»]*")
_ARGPARSE_FIELDS = re.compile(r"%\(\w+\)[rsd]")
"""The fields argparse fills in its own words (`cli-argparse-…`): values, not prose."""
_QUOTED_FR = re.compile(r"«[^»]*»|“[^”]*”|(?<!\w)'[^']*'(?!\w)")
_SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
_LITERAL = re.compile(r"\b(?:True|False|None)\b")
_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_DECIMAL_POINT = re.compile(r"\d\.\d")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ACCENTED = re.compile(r"[éèêëàâçùûôîï]")


# --- what may stay as written ---------------------------------------------------------------


@cache
def _rule_ids() -> tuple[str, ...]:
    """The rule ids of the rule pack, longest first."""
    return tuple(sorted((c.rule.id for c in load_rules().rules), key=len, reverse=True))


BODY_NAMES = ("Ville d'Exemple", "Petite Commune", "Metz Métropole", "Metz")
"""The names of the example bodies: a name is the body's own, in any language."""

PROPER_NOUNS = ("Légifrance", "Métropole de Lyon")
"""Names of a service and of a body, the same in every language."""


@cache
def _profile_texts() -> tuple[str, ...]:
    """The free texts the example profile writes (references, names), shown as the body wrote them."""
    import yaml  # noqa: PLC0415 - only the golden outputs need it

    root = Path(__file__).resolve().parents[1] / "examples" / "ville-exemple.yaml"
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and " " in node:
            found.add(node)

    walk(yaml.safe_load(root.read_text(encoding="utf-8")))
    return tuple(sorted(found, key=len, reverse=True))


def _without_codes(text: str) -> str:
    """The text without what is code in every language: quoted code, paths, URLs, ids."""
    for pattern in (_CODE, _URL, _JSON_PATH, _CATEGORY_ID, _PLACEHOLDERS, _ARGPARSE_FIELDS):
        text = pattern.sub(" ", text)
    for rule_id in _rule_ids():
        text = text.replace(rule_id, " ")
    for name in (*BODY_NAMES, *PROPER_NOUNS, *_profile_texts()):
        text = text.replace(name, " ")
    return text


def _without_citations(text: str) -> str:
    """The text without official titles of French texts: quoted « … » or “…”, or named by number."""
    text = _QUOTED_FR.sub(" ", text)
    return re.sub(
        r"\b(?:[Ll]oi|[Dd]écrets?|[Aa]rrêté|[Oo]rdonnance)\s+(?:n°\s*)?[\d-]+(?:\s+et\s+(?:n°\s*)?[\d-]+)?",
        " ",
        text,
    )


_GUILLEMETS = re.compile(r"«[^»]*»")


def french_leaks(text: str) -> list[str]:
    """English words and internal tokens in a French text, outside what it quotes « … ».

    French quotes in guillemets what is written as is: a title, a value the user wrote, the
    syntax a field accepts (« 2024-01-01 », « true »).
    """
    prose = _GUILLEMETS.sub(" ", _without_codes(text))
    found = [word for word in _WORD.findall(prose) if word.lower() in ENGLISH_WORDS]
    for pattern in (_SNAKE, _LITERAL, _ISO_DAY, _DECIMAL_POINT):
        found += pattern.findall(prose)
    return found


def english_leaks(text: str) -> list[str]:
    """French words (or accented words) in an English text, official titles aside."""
    prose = _without_citations(_without_codes(text))
    return [
        word
        for word in _WORD.findall(prose)
        if word.lower() in FRENCH_WORDS or _ACCENTED.search(word)
    ]


def leaks(text: str, lang: Lang) -> list[str]:
    """The leaks of a text meant for readers of `lang`."""
    return french_leaks(text) if lang == "fr" else english_leaks(text)


def test_the_detectors_catch_what_issue_12_lists() -> None:
    """Each defect class of issue 12 is caught, and correct prose passes."""
    assert french_leaks("bilan inclus : True")
    assert french_leaks("reuse 10 % < 20 %")
    assert french_leaks("éléments : refurbished_temporary_buildings")
    assert french_leaks("règle en vigueur le 2021-11-17")
    assert french_leaks("min_share_pct = 25.00")
    assert french_leaks("duty: best_effort")
    assert english_leaks("text not codified (non codifié)")
    assert english_leaks("repealed (abrogé à compter du 1er juillet 2024)")
    assert not french_leaks(
        "Il manque 7 matériels (exigé : 91, constaté : 84), `d2024-134:textiles`."
    )
    assert not english_leaks("Most rates of décret n° 2024-134 are not confirmed.")
    assert not english_leaks("Required by « les acheteurs soumis au présent code ».")


# --- the catalogues ------------------------------------------------------------------------


class _Variables(Visitor):  # type: ignore[misc]  # fluent.syntax ships no type information
    """The variables a Fluent pattern uses, as placeables or selectors."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)


@cache
def catalogue(lang: Lang) -> dict[str, frozenset[str]]:
    """Each message id of the catalogue of `lang`, with the variables it uses."""
    text = (resources.files("reen_compliance.i18n") / f"{lang}.ftl").read_text(encoding="utf-8")
    entries: dict[str, frozenset[str]] = {}
    for entry in FluentParser().parse(text).body:
        assert not isinstance(entry, ast.Junk), f"{lang}.ftl does not parse: {entry.content!r}"
        if isinstance(entry, ast.Message):
            assert entry.id.name not in entries, f"{entry.id.name} defined twice in {lang}.ftl"
            visitor = _Variables()
            visitor.visit(entry)
            entries[entry.id.name] = frozenset(visitor.names)
    return entries


def test_both_catalogues_define_the_same_ids_with_the_same_variables() -> None:
    """Every id is in both catalogues and fills the same values (agreement selectors aside)."""
    french, english = catalogue("fr"), catalogue("en")
    assert sorted(set(french) ^ set(english)) == []
    different = {
        message_id: (sorted(french[message_id]), sorted(english[message_id]))
        for message_id in french
        if french[message_id] - GRAMMAR_VARIABLES != english[message_id] - GRAMMAR_VARIABLES
    }
    assert different == {}


DATE_NAMES = frozenset(
    [
        "day",
        "due",
        "as_of",
        "law_as_of",
        "start",
        "end",
        "since",
        "until",
        "presented",
        "debate",
        "required_from",
        "deadline",
    ]
)
MONEY_NAMES = frozenset({"amount"})
PERCENT_NAMES = frozenset({"share", "minimum"})
SAMPLE_TEXT = "Xyzzy"
"""A sample text that is a word of no language, for values the caller writes itself."""


def samples(names: frozenset[str]) -> Iterator[dict[str, Value]]:
    """Values for `names` reaching every plural form and both genders."""
    for number in (0, 1, 2, 12345):
        for gender in ("f", "m"):
            values: dict[str, Value] = {}
            for name in names:
                if name in DATE_NAMES:
                    values[name] = date(2025, 1, 1) if number < 2 else date(2024, 12, 12)
                elif name in MONEY_NAMES:
                    values[name] = Money(Decimal("17000.5"))
                elif name in PERCENT_NAMES:
                    values[name] = Percent(Decimal("18.5"))
                elif name == "gender":
                    values[name] = gender
                elif name == "year":
                    values[name] = 2024
                elif name.endswith(("_sha", "sha256")):
                    values[name] = "0123abcd"
                else:
                    values[name] = number if _numeric(name) else SAMPLE_TEXT
            yield values


def _numeric(name: str) -> bool:
    return name in {"count", "missing", "sent", "in_stock", "number", "total", "required"} or (
        name == "actual"
    )


CATALOGUE_XFAIL: dict[tuple[str, Lang], str] = {}
"""Messages of sections owned elsewhere that still leak, with the module that must fix them."""

INPUT_SYNTAX: dict[tuple[str, Lang], frozenset[str]] = {
    ("error-cell-bool", "en"): frozenset({"non"}),  # « oui/non » are values a ledger cell holds
    ("web-error-date", "fr"): frozenset({"2024-12-15"}),  # a date form the field accepts
    ("web-switch-language", "en"): frozenset({"Français"}),  # the language offered, in its name
}
"""Words of the other language that a message quotes as the syntax a user types."""


def _catalogue_cases() -> list[Any]:
    cases = []
    for lang in LANGUAGES:
        for message_id in catalogue(lang):
            reason = CATALOGUE_XFAIL.get((message_id, lang))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(message_id, lang, marks=marks, id=f"{lang}:{message_id}"))
    return cases


@pytest.mark.parametrize(("message_id", "lang"), _catalogue_cases())
def test_catalogue_message_speaks_one_language(message_id: str, lang: Lang) -> None:
    """The message, rendered with sample values, holds no word or token of the other language."""
    names = catalogue(lang)[message_id]
    found = {
        leak
        for values in samples(names)
        for leak in leaks(render(msg(message_id, **values), lang), lang)
    }
    assert sorted(found - INPUT_SYNTAX.get((message_id, lang), frozenset())) == []


# --- the golden outputs --------------------------------------------------------------------

# `data_source` is a locator (`profile: $.procurement`, `ledger: export.csv`), worded by the
# renderers for people; in the JSON it stays the machine's value.
PROSE_KEYS = frozenset(
    {
        "title",
        "explanation",
        "remediation",
        "review_notes",
        "sanction",
        "label",
        "steps",
        "warnings",
        "problems",
        "status_note",
        "period_label",
        "remedy_act",
        "remedy_by",
    }
)
"""JSON fields that hold prose; the others hold codes, ids, dates and amounts as data."""

OFFICIAL_NAMES = frozenset({("label", "measures")})
"""(field, list) pairs of the JSON that hold an official French name as data, the same in every
language: a measure's `label` is the decree's name of the category, as `regime` names the decree."""

DAYS = ("2022-06-01", "2024-03-01", "2025-06-01", "2026-11-24")
RECEIPT_HEADINGS = {"fr": "Reçu de reproductibilité", "en": "Reproducibility receipt"}


def _prose_of_json(data: object, key: str = "", parent: str = "") -> Iterator[str]:
    if isinstance(data, dict):
        for name, value in data.items():
            yield from _prose_of_json(value, name, key)
    elif isinstance(data, list):
        for item in data:
            yield from _prose_of_json(item, key, parent)
    elif isinstance(data, str) and key in PROSE_KEYS and (key, parent) not in OFFICIAL_NAMES:
        yield data


_BOUND_BODY = re.compile(r"^( {4}\S*\s{2,}.*?\s{2,})(.+?)( — )")
"""A body line of `bound`: code, kind, then the body's name up to the dash."""


_YAML_EXAMPLE = re.compile(r"^\s+(?:- )?\{?[a-z_0-9]+:(?: |$)|^\s+- \{")


def _yaml_comment_paragraphs(lines: list[str]) -> list[str]:
    """The comments of a YAML file as paragraphs: a sentence wrapped over lines is read whole.

    A commented example (`#   key: value`, `#   - {…}`) is YAML to uncomment, not prose.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        comment = line.split("# ", 1)[1] if "# " in line else None
        if comment is None or _YAML_EXAMPLE.match(comment):
            if current:
                paragraphs.append(" ".join(current))
            current = []
            continue
        current.append(comment.strip())
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def golden_prose(path: Path, lang: Lang) -> list[str]:
    """The lines of a golden output a person reads as prose, in the file's language."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return [line for item in _prose_of_json(json.loads(text)) for line in item.splitlines()]
    lines = text.splitlines()
    if path.suffix == ".yaml":  # a starter profile: its comments are prose, its values data
        lines = _yaml_comment_paragraphs(lines)
    if path.name.startswith("bound-"):  # a body's name, as the reference data writes it
        lines = [_BOUND_BODY.sub(r"\1\3", line) for line in lines]
    if path.suffix == ".csv":  # the header row is the rule ids column, then one row per body
        lines = lines[1:]
    heading = RECEIPT_HEADINGS[lang]
    for index, line in enumerate(lines):
        if line.lstrip("# ") == heading:  # the receipt's values are the inputs of a re-run
            lines = [*lines[:index], *(ln.split(":")[0] for ln in lines[index:])]
            break
    return lines


GOLDEN_XFAIL: dict[str, str] = {}
"""Golden outputs whose remaining leaks belong to a module not yet converted (none left)."""


def _golden_cases() -> list[Any]:
    cases = []
    for path in sorted(GOLDEN.iterdir()):
        lang: Lang = "fr" if "-fr." in path.name else "en"
        reason = GOLDEN_XFAIL.get(path.name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(path.name, lang, marks=marks, id=path.name))
    return cases


@pytest.mark.parametrize(("name", "lang"), _golden_cases())
def test_golden_output_speaks_one_language(name: str, lang: Lang) -> None:
    """The reviewed output of a command holds no word or token of the other language."""
    found = [
        (line[:120], leak)
        for line in golden_prose(GOLDEN / name, lang)
        for leak in leaks(line, lang)
    ]
    assert found == []


# --- the rule texts ------------------------------------------------------------------------

CITATION_FIELDS = frozenset({"source", "version", "label", "article", "legifrance_id"})
"""Fields of citations and dated values, whose texts must read in each language alone."""


_PARAMETER = re.compile(r"\{[a-z_]+\}|\bRGAA \d+(?:\.\d+)*")
"""A `{parameter}` the report fills, and the version number that names a standard."""


@pytest.mark.parametrize("rule_id", _rule_ids())
def test_every_rule_text_reads_in_english_without_french(rule_id: str) -> None:
    """Each English text of a rule (titles, citations, versions, value sources) holds no French."""
    rule = load_rules().get(rule_id)
    assert rule is not None
    found = [
        (path, leak)
        for path, text in localized_texts(rule.rule, "$")
        for leak in leaks(text.en, "en")
    ]
    assert found == []


@pytest.mark.parametrize("rule_id", _rule_ids())
def test_every_citation_text_reads_in_french_without_english(rule_id: str) -> None:
    """Each French citation, version label and value source of a rule holds no English."""
    rule = load_rules().get(rule_id)
    assert rule is not None
    found = [
        (path, leak)
        for path, text in localized_texts(rule.rule, "$")
        if path.rsplit(".", 1)[-1] in CITATION_FIELDS
        for leak in leaks(_PARAMETER.sub(" ", text.fr), "fr")
    ]
    assert found == []
