"""Write a form's answers back into the profile, along the nodes the form was built from.

Only the inputs the form sent are touched, so a page that carries the profile without its
questions changes nothing. An empty answer removes the key: unknown stays unknown, never
« non » or 0. A group left empty is removed; so is a document or a declaration whose status
(its required choices) is « je ne sais pas »; a list item left empty is dropped, and a list
whose absence means unknown becomes empty only when the user answers « aucun ».
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from datetime import date

from reen_compliance.web.answers import read_amount, read_count, read_date
from reen_compliance.web.schema_form import NONE, Group, Node, Question, leaves

Container = MutableMapping[object, object] | list[object]


def _date(typed: str) -> object:
    iso = read_date(typed)
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return iso


def _list(typed: str, *, integers: bool) -> list[object]:
    parts = [part.strip() for part in typed.replace(";", ",").split(",") if part.strip()]
    return [read_count(part) for part in parts] if integers else list(parts)


READERS: dict[str, Callable[[str], object]] = {
    "choice": str,
    "select": str,
    "text": str,
    "boolean": lambda typed: {"true": True, "false": False}.get(typed, typed),
    "date": _date,
    "integer": read_count,
    "decimal": read_amount,
    "amount": read_amount,
}


def read(question: Question, typed: str) -> object:
    """The profile's value of an answer (the text as typed when it cannot be read)."""
    if question.widget in {"list", "checks"}:
        return _list(typed, integers=question.integers)
    return READERS[question.widget](typed)


def apply_nodes(
    data: MutableMapping[object, object], form: Mapping[str, str], roots: list[Node]
) -> None:
    """Write the answers of `form` into `data` for the root nodes asked (paths from the top)."""
    for root in roots:
        if not _asked(root, form):
            continue
        parents = root.name.split(".")[:-1]
        chain: list[MutableMapping[object, object]] = [data]
        for part in parents:
            child = chain[-1].get(part)
            if not isinstance(child, dict):
                child = {}
                chain[-1][part] = child
            chain.append(child)
        _apply(root, chain[-1], form)
        for depth in range(len(parents), 0, -1):  # intermediate groups left empty go away
            if not chain[depth]:
                chain[depth - 1].pop(parents[depth - 1], None)


def _asked(item: Node, form: Mapping[str, str]) -> bool:
    if isinstance(item, Question):
        return item.name in form
    return any(question.name in form for question in leaves([item]))


def _get(container: Container, key: object) -> object:
    if isinstance(container, list):
        return container[key] if isinstance(key, int) and key < len(container) else None
    return container.get(key, container.get(str(key)) if isinstance(key, int) else None)


def _set(container: Container, key: object, value: object) -> None:
    if isinstance(container, list):
        assert isinstance(key, int)  # noqa: S101 - list items are keyed by their index
        container.extend([{}] * (key + 1 - len(container)))
        container[key] = value
        return
    if isinstance(key, int) and str(key) in container:
        del container[str(key)]
    container[key] = value


def _pop(container: Container, key: object) -> None:
    if isinstance(container, list):
        if isinstance(key, int) and key < len(container):
            container[key] = {}
        return
    container.pop(key, None)
    if isinstance(key, int):
        container.pop(str(key), None)


def _apply(item: Node, container: Container, form: Mapping[str, str]) -> None:
    if isinstance(item, Question):
        if item.name not in form:
            return
        typed = form[item.name].strip()
        if typed:
            _set(container, item.key, read(item, typed))
        else:
            _pop(container, item.key)
        return
    if not _asked(item, form):
        return
    held = _get(container, item.key)
    if item.kind == "repeat":
        _apply_list(item, container, held, form)
        return
    group: dict[object, object] = dict(held) if isinstance(held, Mapping) else {}
    for child in item.children:
        _apply(child, group, form)
    if not group or (item.choice_only and not _any_choice(item, group)):
        _pop(container, item.key)
    else:
        _set(container, item.key, group)


def _any_choice(item: Group, group: Mapping[object, object]) -> bool:
    """Whether one of the group's choices (its status) is answered."""
    return any(
        isinstance(child, Question) and child.widget in {"choice", "boolean"} and child.key in group
        for child in item.children
    )


def _apply_list(item: Group, container: Container, held: object, form: Mapping[str, str]) -> None:
    source = held if isinstance(held, list | tuple) else ()
    items: list[object] = [dict(x) if isinstance(x, Mapping) else x for x in source]
    for child in item.children:
        _apply(child, items, form)
    kept = [x for x in items if x not in ({}, None)]
    if kept:
        _set(container, item.key, kept)
    elif form.get(item.name, "").strip() == NONE:
        _set(container, item.key, [])
    else:
        _pop(container, item.key)
