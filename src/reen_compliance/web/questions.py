"""The profile as questions, one section per obligation, built from the rule pack and the schema.

Each section names the rule it serves and quotes its legal basis with the Légifrance link; each
question's kind of answer (a choice, a date, a number, an amount, a text) and its choices come
from the profile's JSON Schema, its words from the catalogue (`web-q-…`). « Je ne sais pas »
removes the answer from the profile: unknown stays unknown, never « non ».
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Literal

from reen_compliance.formats.profile import Document, EquipmentDisposal, Profile
from reen_compliance.law.loading import RuleSet
from reen_compliance.web.answers import read_amount, read_count, read_date

Widget = Literal["choice", "date", "integer", "amount", "text"]
UNKNOWN = ""
DOCUMENT_FIELDS = ("status", "adopted_on", "reference", "url")
EQUIPMENT_FIELDS = ("reformed_on_jan_1", "sent_to_reuse")


@dataclass(frozen=True, slots=True)
class Question:
    """One field of the form: its name (the profile's JSON path), its kind and current value."""

    name: str
    label_id: str
    widget: Widget
    value: str
    choices: tuple[str, ...] = ()
    label_args: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class Citation:
    """The article a section serves and where to read it."""

    text: str
    article: str
    url: str


@dataclass(frozen=True, slots=True)
class Section:
    """The questions that serve one obligation, with its title and legal basis."""

    rule_id: str
    title: str
    citations: tuple[Citation, ...]
    questions: tuple[Question, ...] = field(default=())


@cache
def _schema() -> dict[str, object]:
    return Profile.model_json_schema()


def widget_of(model: type[Document | EquipmentDisposal], name: str) -> Widget:
    """The kind of input a model's field needs, read from the profile's JSON Schema."""
    definitions = _schema()["$defs"]
    assert isinstance(definitions, dict)  # noqa: S101 - the shape pydantic always produces
    prop = definitions[model.__name__]["properties"][name]
    options = [prop, *prop.get("anyOf", ())]
    if any("enum" in option for option in options):
        return "choice"
    if any(option.get("format") == "date" for option in options):
        return "date"
    if any(option.get("type") == "integer" for option in options):
        return "integer"
    return "text"


def choices_of(model: type[Document], name: str) -> tuple[str, ...]:
    """The allowed values of an enumerated field, as the schema lists them."""
    definitions = _schema()["$defs"]
    assert isinstance(definitions, dict)  # noqa: S101 - the shape pydantic always produces
    enum: list[str] = definitions[model.__name__]["properties"][name]["enum"]
    return tuple(enum)


def sections(
    data: Mapping[object, object], rules: RuleSet, lang: str, as_of: date
) -> list[Section]:
    """Every section of the form for the profile `data`, filled with its current answers."""
    found: list[Section] = []
    for compiled in rules.rules:
        rule = compiled.rule
        check = rule.check
        title = rule.title.in_language(lang)
        citations = tuple(
            Citation(b.text, b.article.in_language(lang), b.url) for b in rule.legal_basis
        )
        if check.kind == "document_deadline":
            questions = _document_questions(data, check.document)
            if check.document == "spaser":  # whether it binds depends on the purchases
                questions = _purchase_questions(data, as_of) + questions
        elif check.kind == "yearly_ratio":
            questions = _equipment_questions(data, as_of)
        else:
            continue
        found.append(Section(rule.id, title, citations, questions))
    return found


def _get(data: Mapping[object, object], *path: object) -> object:
    current: object = data
    for key in path:
        if not isinstance(current, Mapping):
            return None
        current = current.get(key, current.get(str(key)) if isinstance(key, int) else None)
    return current


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _document_questions(data: Mapping[object, object], document: str) -> tuple[Question, ...]:
    questions = []
    for name in DOCUMENT_FIELDS:
        widget = widget_of(Document, name)
        value = _text(_get(data, "documents", document, name))
        choices = (*choices_of(Document, name), UNKNOWN) if widget == "choice" else ()
        label = f"web-q-status-{document}" if name == "status" else f"web-q-document-{name}"
        questions.append(Question(f"documents.{document}.{name}", label, widget, value, choices))
    return tuple(questions)


def measured_years(data: Mapping[object, object], key: object, as_of: date) -> list[int]:
    """The two calendar years before `as_of` and any the profile already fills."""
    known = _get(data, *key) if isinstance(key, tuple) else _get(data, key)
    years = {as_of.year - 2, as_of.year - 1}
    if isinstance(known, Mapping):
        years.update(int(year) for year in known if str(year).isdigit())
    return sorted(years)


def _equipment_questions(data: Mapping[object, object], as_of: date) -> tuple[Question, ...]:
    return tuple(
        Question(
            f"equipment_disposal.{year}.{name}",
            f"web-q-equipment-{name}",
            widget_of(EquipmentDisposal, name),
            _text(_get(data, "equipment_disposal", year, name)),
            label_args=(("year", str(year)),),
        )
        for year in measured_years(data, "equipment_disposal", as_of)
        for name in EQUIPMENT_FIELDS
    )


def _purchase_questions(data: Mapping[object, object], as_of: date) -> tuple[Question, ...]:
    key = ("collectivity", "annual_purchases_eur_ht")
    return tuple(
        Question(
            f"collectivity.annual_purchases_eur_ht.{year}",
            "web-q-annual-purchases",
            "amount",
            _text(_get(data, *key, year)),
            label_args=(("year", str(year)),),
        )
        for year in measured_years(data, key, as_of)
    )


def apply_answers(
    data: MutableMapping[object, object], form: Mapping[str, str], questions: list[Section]
) -> None:
    """Write the answers of `form` into the profile `data`, for the questions asked only."""
    for section in questions:
        for question in section.questions:
            if question.name not in form:
                continue
            path = question.name.split(".")
            if path[0] == "documents":
                _apply_document(data, form, path[1])
                continue
            typed = form[question.name].strip()
            reader = read_amount if question.widget == "amount" else read_count
            parent = _parent(data, path[:-1])
            last = int(path[-1]) if path[-1].isdigit() else path[-1]
            if typed:
                parent[last] = reader(typed)
            else:
                parent.pop(last, None)
    disposal = data.get("equipment_disposal")
    if isinstance(disposal, dict):
        for year in [y for y, value in disposal.items() if value == {}]:
            del disposal[year]


def _apply_document(
    data: MutableMapping[object, object], form: Mapping[str, str], name: str
) -> None:
    documents = _parent(data, ["documents"])
    status = form.get(f"documents.{name}.status", "").strip()
    if status == UNKNOWN:
        documents.pop(name, None)
        return
    existing = documents.get(name)
    document: dict[object, object] = dict(existing) if isinstance(existing, Mapping) else {}
    document["status"] = status
    for field_name in DOCUMENT_FIELDS[1:]:
        typed = form.get(f"documents.{name}.{field_name}", "").strip()
        if typed:
            document[field_name] = read_date(typed) if field_name == "adopted_on" else typed
        else:
            document.pop(field_name, None)
    documents[name] = document


def _parent(
    data: MutableMapping[object, object], path: list[str]
) -> MutableMapping[object, object]:
    current = data
    for part in path:
        key: object = int(part) if part.isdigit() else part
        child = current.get(key)
        if not isinstance(child, dict):
            child = {}
            current[key] = child
        current = child
    return current
