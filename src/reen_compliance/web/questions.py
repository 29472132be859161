"""The profile as questions, one section per obligation, built from the rule pack and the schema.

The first section, « Votre organisme », asks who the body is (the facts every rule's scope
reads). Then each rule gets a section with the profile data it reads: the facts of its
condition beyond identity (last year's purchases, the data centres' power) and the data of its
check (`data`, `document`, `practices`). A part of the profile two rules read is asked under the
first; the second links to it. Each section names the rule and quotes its legal basis with the
Légifrance link. The questions themselves come from the JSON Schema (`schema_form`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from reen_compliance.i18n.formats import Lang
from reen_compliance.law.loading import CompiledRule, RuleSet
from reen_compliance.web.form_options import form_options
from reen_compliance.web.schema_answers import apply_nodes
from reen_compliance.web.schema_form import (
    Context,
    Node,
    Question,
    leaves,
    node,
    properties,
)

IDENTITY: Final = ("name", "kind", "epci_category", "siren", "insee_code", "population", "staff")
"""The fields of « Votre organisme »: what every rule's scope reads."""

FACT_ROOTS: Final[dict[str, str]] = {
    "previous_year_purchases_eur_ht": "collectivity.annual_purchases_eur_ht",
    "data_centre_power_kw": "data_centres",
}
"""The facts a condition reads that are not the body's identity, and where the profile holds
them (`law.facts.fact_sources`)."""

EXCLUDED: Final[dict[str, str]] = {
    "format_version": "always 1: carried with the profile, never asked",
}
"""Profile paths the form does not ask, and why."""

BODY = "body"
EXEMPTIONS = "exemptions"
OTHERS = "others"


@dataclass(frozen=True, slots=True)
class Citation:
    """The article a section serves and where to read it."""

    text: str
    article: str
    url: str


@dataclass(frozen=True, slots=True)
class SeeAlso:
    """A part of the profile this section reads, asked in an earlier section."""

    anchor: str
    title: str


@dataclass(frozen=True, slots=True)
class Section:
    """The questions that serve one obligation, with its title and legal basis."""

    rule_id: str
    title: str
    citations: tuple[Citation, ...]
    nodes: tuple[Node, ...] = field(default=())
    see_also: tuple[SeeAlso, ...] = ()
    why_not: str | None = None
    """Why the obligation does not bind the body on the page's date (the section is folded)."""

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every input of the section, in page order."""
        return tuple(leaves(self.nodes))


def rule_roots(compiled: CompiledRule) -> tuple[str, ...]:
    """The profile paths a rule reads, beyond the body's identity, in a stable order."""
    roots = [FACT_ROOTS[name] for name in sorted(compiled.applies_to.names) if name in FACT_ROOTS]
    check = compiled.rule.check
    document = getattr(check, "document", None)
    if document is not None:
        roots.append(f"documents.{document}")
    data = getattr(check, "data", None)
    if data is not None:
        roots.append(str(data))
    roots += [f"practices.{name}" for name in getattr(check, "practices", ())]
    return tuple(dict.fromkeys(roots))


def _value(data: Mapping[object, object], path: str) -> object:
    current: object = data
    for part in path.split("."):
        if not isinstance(current, Mapping):
            return None
        current = current.get(part)
    return current


def _root_node(data: Mapping[object, object], path: str, ctx: Context) -> Node:
    """The node of a root path: a top-level field or a field of an object field."""
    parts = path.split(".")
    model = "Profile"
    for part in parts[:-1]:
        model = _model_of(model, part)
    return node(model, parts[-1], path, _value(data, path), ctx, parent=parts[-1])


def _model_of(model: str, name: str) -> str:
    from reen_compliance.web.schema_form import ref_model, shape  # noqa: PLC0415

    return ref_model(shape(properties(model)[name])[1])


def all_roots(
    rules: RuleSet, later: Collection[str] = frozenset()
) -> list[tuple[str, tuple[str, ...]]]:
    """Each section's id and its root paths, in page order: body, rules, exemptions, others.

    The rules named in `later` (those that do not bind the body) come last, after the others.
    """
    body: tuple[str, tuple[str, ...]] = (BODY, tuple(f"collectivity.{n}" for n in IDENTITY))
    seen = set(body[1])
    first: list[tuple[str, tuple[str, ...]]] = []
    last: list[tuple[str, tuple[str, ...]]] = []
    for compiled in rules.rules:
        roots = rule_roots(compiled)
        (last if compiled.rule.id in later else first).append((compiled.rule.id, roots))
        seen.update(roots)
    seen.add("exemptions")
    others = [
        path
        for path in _every_root()
        if path not in seen and not any(s.startswith(path + ".") for s in seen)
    ]
    return [body, *first, (EXEMPTIONS, ("exemptions",)), (OTHERS, tuple(others)), *last]


def _every_root() -> list[str]:
    """Every top-level field, and the fields of the object fields the rules split up."""
    found = []
    for name in properties("Profile"):
        if name in EXCLUDED:
            continue
        if name in {"collectivity", "documents", "practices"}:
            inner = _model_of("Profile", name)
            found += [f"{name}.{sub}" for sub in properties(inner)]
        else:
            found.append(name)
    return found


def sections(  # noqa: PLR0913 - the profile, the law, and what the page asked
    data: Mapping[object, object],
    rules: RuleSet,
    lang: str,
    as_of: date,
    *,
    added: frozenset[str] = frozenset(),
    posted: frozenset[str] = frozenset(),
    later: Mapping[str, str] | None = None,
) -> list[Section]:
    """Every section of the form for the profile `data`, filled with its current answers.

    `added` names the lists that get one more empty item; `posted`, the fields a form sent, so
    that the item added on the previous page is read; `later`, the rules that do not bind the
    body, with why: their sections come last (the same questions, asked in another order).
    """
    from reen_compliance.i18n.message import msg  # noqa: PLC0415
    from reen_compliance.i18n.render import render  # noqa: PLC0415
    from reen_compliance.report.words import citation_title  # noqa: PLC0415

    lang_: Lang = "en" if lang == "en" else "fr"
    ctx = Context(as_of, added, posted, form_options(rules, lang_))
    later = later or {}
    found: list[Section] = []
    asked_in: dict[str, tuple[str, str]] = {}
    for section_id, roots in all_roots(rules, later):
        compiled = rules.get(section_id)
        if compiled is not None:
            title = compiled.rule.title.in_language(lang)
            citations = tuple(
                Citation(
                    citation_title(b.text, lang_, b.note.in_language(lang_) if b.note else None),
                    b.article.in_language(lang_),
                    b.url,
                )
                for b in compiled.rule.legal_basis
            )
        else:
            if not roots:
                continue
            title = render(msg(f"web-section-{section_id}"), lang_)
            citations = ()
        nodes, see_also = [], []
        for path in roots:
            if path in asked_in:
                see_also.append(SeeAlso(*asked_in[path]))
                continue
            asked_in[path] = (f"s-{section_id}", title)
            nodes.append(_root_node(data, path, ctx))
        found.append(
            Section(
                section_id, title, citations, tuple(nodes), tuple(see_also), later.get(section_id)
            )
        )
    return found


def apply_answers(
    data: MutableMapping[object, object], form: Mapping[str, str], asked: list[Section]
) -> None:
    """Write the answers of `form` into the profile `data`, for the questions asked only."""
    apply_nodes(data, form, [item for section in asked for item in section.nodes])
