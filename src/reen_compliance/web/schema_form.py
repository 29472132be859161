"""Questions built from the profile's JSON Schema: one input per field, groups for the rest.

Each property's shape in the schema gives its node: an enumeration is a choice with « je ne
sais pas », a yes/no field three choices, a date, a number or an amount a text input read the
French way; a nested model is a group; a mapping keyed by year is one group (or one input) per
measured year; a list of models is a repeatable group with an « add one » button that works
without script. Labels come from the catalogue: `web-q-<model>-<field>` where the form needs a
question, the field's description `field-<model>-<field>` otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, Literal

from reen_compliance.formats.profile import Profile
from reen_compliance.i18n.render import has_message
from reen_compliance.law.schemas import field_message_id
from reen_compliance.web.form_options import FormOptions, Option, OptionGroup, Options

Widget = Literal[
    "choice", "boolean", "date", "integer", "decimal", "amount", "text", "list", "select", "checks"
]
GroupKind = Literal["object", "years", "repeat", "item"]
UNKNOWN = ""
NONE = "none"
BOOLEAN_CHOICES = ("true", "false", UNKNOWN)

LABELS: dict[tuple[str, str], str] = {
    ("Document", "status"): "web-q-status-{parent}",
    ("Document", "adopted_on"): "web-q-document-adopted_on",
    ("Document", "reference"): "web-q-document-reference",
    ("Document", "url"): "web-q-document-url",
    ("EquipmentDisposal", "reformed_on_jan_1"): "web-q-equipment-reformed_on_jan_1",
    ("EquipmentDisposal", "sent_to_reuse"): "web-q-equipment-sent_to_reuse",
}
"""The questions the first version of the form worded, kept as they were."""

LISTED: dict[tuple[str, str], tuple[str, str]] = {
    ("ProcurementFigure", "category"): ("categories", "web-q-list-procurement-category"),
    ("SpaserTarget", "category"): ("categories", "web-q-list-spaser-category"),
    ("StrategyContents", "elements"): ("elements", "web-q-list-contents-elements"),
    ("StrategyContents", "themes"): ("themes", "web-q-list-contents-themes"),
    ("Exemption", "rule_id"): ("rules", "web-q-list-exemption-rule"),
    ("Exemption", "ground"): ("grounds", "web-q-list-exemption-ground"),
}
"""Fields holding an id the rule pack lists: offered as a list (`form_options`), and their words."""

YEAR_LEAF_LABELS: dict[tuple[str, str], str] = {
    ("Collectivity", "annual_purchases_eur_ht"): "web-q-annual-purchases",
    ("DataCentre", "yearly_reports"): "web-q-yearly-report-sent",
}
"""The words of one year's input of a mapping keyed by year (with `$year`)."""


@dataclass(frozen=True, slots=True)
class Question:
    """One input: its name (the profile's JSON path), its kind, its current value."""

    name: str
    label_id: str
    widget: Widget
    value: str
    choices: tuple[str, ...] = ()
    label_args: tuple[tuple[str, object], ...] = ()
    key: object = None
    integers: bool = False
    """For a list widget: whether its values are whole numbers."""
    options: Options = ()
    """For a `select` (one id) or `checks` (several): the rule pack's list, grouped."""

    @property
    def chosen(self) -> frozenset[str]:
        """The values a `checks` question holds."""
        return frozenset(part.strip() for part in self.value.split(",") if part.strip())


@dataclass(frozen=True, slots=True)
class Group:
    """A nested model, the years of a mapping, or the items of a list, with its legend."""

    name: str
    label_id: str
    kind: GroupKind
    children: tuple[Question | Group, ...]
    label_args: tuple[tuple[str, object], ...] = ()
    key: object = None
    add_label: str = ""
    """For a list: the « add one » button's words (its value is the group's name)."""
    state: Question | None = None
    """For a list whose absence means unknown: « none » or « je ne sais pas », when empty."""
    choice_only: bool = False
    """A model whose required fields are all choices: « je ne sais pas » to all removes it."""


Node = Question | Group


@dataclass(frozen=True, slots=True)
class Context:
    """What shapes the form beyond the data: the years measured and the items added."""

    as_of: date
    added: frozenset[str] = field(default_factory=frozenset)
    posted: frozenset[str] = field(default_factory=frozenset)
    """The names a form sent: an item added on the previous page is read when it is sent."""
    lists: FormOptions | None = None
    """The rule pack's lists, for the fields that hold one of its ids (`LISTED`)."""

    def adds(self, path: str, count: int) -> bool:
        """Whether the list at `path`, of `count` items, gets one more (empty or just sent)."""
        prefix = f"{path}.{count}."
        return path in self.added or any(name.startswith(prefix) for name in self.posted)


@cache
def schema() -> dict[str, Any]:
    """The profile's JSON Schema (validation mode), built once."""
    return Profile.model_json_schema()


def properties(model: str) -> dict[str, Any]:
    """The properties of `model` (`Profile` or one of its definitions)."""
    source: dict[str, Any] = schema() if model == "Profile" else schema()["$defs"][model]
    found: dict[str, Any] = source.get("properties", {})
    return found


def required(model: str) -> tuple[str, ...]:
    """The required fields of `model`."""
    source = schema() if model == "Profile" else schema()["$defs"][model]
    return tuple(source.get("required", ()))


def shape(prop: Mapping[str, Any]) -> tuple[str, dict[str, Any], bool]:
    """The node a property needs, its non-null schema, and whether it may be null.

    The node is `object`, `years`, `repeat`, `list` or a widget; a property that may be null
    is one whose absence means unknown.
    """
    options = [o for o in prop.get("anyOf", [prop]) if o.get("type") != "null"]
    nullable = len(options) < len(prop.get("anyOf", [prop]))
    option = dict(options[0])
    if {o.get("type") for o in options} == {"number", "string"}:
        return "decimal", option, nullable
    if "$ref" in option:
        return "object", option, nullable
    kind = option.get("type")
    if "enum" in option or "const" in option:
        found = "choice"
    elif kind == "array":
        found = "repeat" if "$ref" in option["items"] else "list"
    elif kind == "object":
        found = "years"
    elif kind == "boolean":
        found = "boolean"
    elif option.get("format") == "date":
        found = "date"
    elif kind == "integer":
        found = "integer"
    else:
        found = "text"
    return found, option, nullable


def ref_model(option: Mapping[str, Any]) -> str:
    """The definition a `$ref` names."""
    return str(option["$ref"]).rsplit("/", 1)[-1]


def kebab(name: str) -> str:
    """`field_name` as `field-name`."""
    return name.replace("_", "-")


def label_id(model: str, name: str, parent: str = "") -> str:
    """The question's words: the first version's, a `web-q-…` question, or the description."""
    if (model, name) in LABELS:
        return LABELS[(model, name)].format(parent=parent)
    question = field_message_id(model, name).replace("field-", "web-q-", 1)
    return question if has_message(question, "fr") else field_message_id(model, name)


def display(value: object) -> str:
    """A value as the form shows it (dates ISO, yes/no as `true`/`false`, lists joined)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ", ".join(display(item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def measured_years(known: object, as_of: date) -> list[int]:
    """The two calendar years before `as_of` and any the profile already fills."""
    years = {as_of.year - 2, as_of.year - 1}
    if isinstance(known, Mapping):
        years.update(int(str(year)) for year in known if str(year).isdigit())
    return sorted(years)


def _value_at(container: object, key: object) -> object:
    if isinstance(container, Mapping):
        return container.get(key, container.get(str(key)) if isinstance(key, int) else None)
    if isinstance(container, list | tuple) and isinstance(key, int) and key < len(container):
        return container[key]
    return None


def node(  # noqa: PLR0913, PLR0917 - the parts of one property
    model: str,
    name: str,
    path: str,
    value: object,
    ctx: Context,
    args: tuple[tuple[str, object], ...] = (),
    parent: str = "",
) -> Node:
    """The node of field `name` of `model`, at form path `path`, holding `value`."""
    prop = properties(model)[name]
    found, option, nullable = shape(prop)
    label = label_id(model, name, parent)
    if found == "object":
        inner = ref_model(option)
        return model_group(inner, path, value, ctx, label, args, name)
    if found == "years":
        return _years(model, name, path, value, ctx, option, label)
    if found == "repeat":
        return _repeat(name, path, value, ctx, option, label, nullable=nullable)
    if (model, name) in LISTED and ctx.lists is not None:
        listed = _listed(LISTED[(model, name)], path, value, ctx.lists, args)
        if listed is not None:
            return listed
    return leaf(path, name, found, option, value, label, args)


def _listed(
    how: tuple[str, str],
    path: str,
    value: object,
    lists: FormOptions,
    args: tuple[tuple[str, object], ...],
) -> Question | None:
    """A `select` or `checks` question over the rule pack's list; None when it lists nothing."""
    kind, label = how
    if kind == "categories":
        year = dict(args).get("year")
        options = lists.categories(int(str(year)) if year is not None else None)
    elif kind in {"elements", "themes"}:
        options = lists.contents(path.split(".")[1], kind)
    elif kind == "rules":
        options = lists.exempted_rules()
    else:
        options = lists.grounds()
    if not options:
        return None
    shown = display(value)
    widget: Widget = "checks" if kind in {"elements", "themes"} else "select"
    held = [shown] if widget == "select" else [part.strip() for part in shown.split(",")]
    known = {option.value for group in options for option in group.options}
    kept = tuple(Option(item, item, kept=True) for item in held if item and item not in known)
    if kept:  # a value the list does not know stays offered, and chosen
        options = (OptionGroup("", kept), *options)
    key = path.rsplit(".", 1)[-1]
    return Question(path, label, widget, shown, (), args, key, options=options)


def leaf(  # noqa: PLR0913, PLR0917 - the parts of one input
    path: str,
    key: object,
    found: str,
    option: Mapping[str, Any],
    value: object,
    label: str,
    args: tuple[tuple[str, object], ...] = (),
) -> Question:
    """An input of the kind `found` (a widget, `choice` or `list`)."""
    widget: Widget
    if found == "choice":
        return Question(
            path, label, "choice", display(value), (*option["enum"], UNKNOWN), args, key
        )
    if found == "boolean":
        return Question(path, label, "boolean", display(value), BOOLEAN_CHOICES, args, key)
    if found == "decimal":
        widget = "amount" if "eur" in str(key).split("_") else "decimal"
    elif found == "list":
        integers = option["items"].get("type") == "integer"
        return Question(path, label, "list", display(value), (), args, key, integers=integers)
    else:
        widget = found  # type: ignore[assignment]  # date, integer or text
    return Question(path, label, widget, display(value), (), args, key)


def model_group(  # noqa: PLR0913, PLR0917 - the parts of one group
    model: str,
    path: str,
    value: object,
    ctx: Context,
    label: str,
    args: tuple[tuple[str, object], ...] = (),
    key: object = None,
    kind: GroupKind = "object",
) -> Group:
    """Every field of `model` under `path`, filled from `value`."""
    children = tuple(
        node(model, name, f"{path}.{name}", _value_at(value, name), ctx, args, str(key))
        for name in properties(model)
    )
    needed = required(model)
    choice_only = bool(needed) and all(
        shape(properties(model)[name])[0] in {"choice", "boolean"} for name in needed
    )
    return Group(path, label, kind, children, args, key, choice_only=choice_only)


def _years(  # noqa: PLR0913, PLR0917 - the parts of one mapping
    model: str,
    name: str,
    path: str,
    value: object,
    ctx: Context,
    option: Mapping[str, Any],
    label: str,
) -> Group:
    inner = option["additionalProperties"]
    found, inner_option, _ = shape(inner)
    children: list[Node] = []
    for year in measured_years(value, ctx.as_of):
        here, args = f"{path}.{year}", (("year", str(year)),)
        held = _value_at(value, year)
        if found == "object":
            children.append(
                model_group(
                    ref_model(inner_option), here, held, ctx, "web-year-group", args, year, "item"
                )
            )
        elif found == "repeat":
            children.append(
                _repeat(name, here, held, ctx, inner_option, "web-year-group", args, key=year)
            )
        else:
            words = YEAR_LEAF_LABELS.get((model, name), label)
            children.append(leaf(here, year, found, inner_option, held, words, args))
    return Group(path, label, "years", tuple(children), key=name)


def _repeat(  # noqa: PLR0913, PLR0917 - the parts of one list
    name: str,
    path: str,
    value: object,
    ctx: Context,
    option: Mapping[str, Any],
    label: str,
    args: tuple[tuple[str, object], ...] = (),
    *,
    key: object = None,
    nullable: bool = False,
) -> Group:
    inner = ref_model(option["items"])
    items = list(value) if isinstance(value, list | tuple) else []
    count = len(items) + (1 if not items or ctx.adds(path, len(items)) else 0)
    children = tuple(
        model_group(
            inner,
            f"{path}.{index}",
            items[index] if index < len(items) else None,
            ctx,
            f"web-item-{kebab(name)}",
            (*args, ("number", index + 1)),
            index,
            "item",
        )
        for index in range(count)
    )
    state = None
    if nullable and not items:
        shown = NONE if isinstance(value, list | tuple) else UNKNOWN
        state = Question(path, "web-list-state", "choice", shown, (NONE, UNKNOWN), (), name)
    return Group(
        path,
        label,
        "repeat",
        children,
        args,
        key if key is not None else name,
        f"web-add-{kebab(name)}",
        state,
    )


def leaves(nodes: tuple[Node, ...] | list[Node]) -> list[Question]:
    """Every input under `nodes`, list states included, in page order."""
    found: list[Question] = []
    for item in nodes:
        if isinstance(item, Question):
            found.append(item)
            continue
        if item.state is not None:
            found.append(item.state)
        found += leaves(item.children)
    return found
