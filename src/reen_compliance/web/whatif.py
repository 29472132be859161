"""« What if »: change one answer, decide again, and list the findings that change.

The questions offered are those a legal officer weighs: the date a document is adopted, the
number of devices sent to reuse, the amount bought from reuse. The comparison is the `diff`
command's (`report_diff.compare_reports`), shown side by side with the current situation.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass

from reen_compliance.formats.report import Report
from reen_compliance.report.diff import compare_reports
from reen_compliance.report.words import status_label
from reen_compliance.web.answers import read_amount, read_count, read_date

PREFIX = "whatif."
DOCUMENTS = ("nr_work_programme", "nr_strategy", "spaser")


@dataclass(frozen=True, slots=True)
class Change:
    """One question of the « what if » form."""

    name: str
    label_id: str
    widget: str
    label_args: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    """One finding that changes: its title and period, its status now and with the change."""

    title: str
    period: str
    before: str
    after: str
    before_status: str
    after_status: str


def _latest(data: Mapping[object, object], key: str) -> tuple[object, object] | None:
    section = data.get(key)
    if not isinstance(section, Mapping) or not section:
        return None
    year = max(section, key=lambda y: int(str(y)) if str(y).isdigit() else 0)
    return year, section[year]


def changes_offered(
    data: Mapping[object, object], names: Mapping[str, str] | None = None
) -> list[Change]:
    """The « what if » questions that make sense for this profile.

    `names` gives the decree's name of each purchase category id, shown instead of the id.
    """
    offered = [
        Change(f"{PREFIX}documents.{name}.adopted_on", f"web-whatif-adopted-{name}", "date")
        for name in DOCUMENTS
    ]
    disposal = _latest(data, "equipment_disposal")
    if disposal is not None:
        year = disposal[0]
        offered.append(
            Change(
                f"{PREFIX}equipment_disposal.{year}.sent_to_reuse",
                "web-whatif-sent-to-reuse",
                "integer",
                (("year", str(year)),),
            )
        )
    bought = _latest(data, "procurement")
    if bought is not None and isinstance(bought[1], list):
        year = bought[0]
        figures: list[object] = bought[1]
        for index, figure in enumerate(figures):
            if isinstance(figure, Mapping) and "category" in figure:
                category = str(figure["category"])
                offered.append(
                    Change(
                        f"{PREFIX}procurement.{year}.{index}.reuse_eur_ht",
                        "web-whatif-reuse-amount",
                        "amount",
                        (
                            ("year", str(year)),
                            ("category", (names or {}).get(category, category)),
                        ),
                    )
                )
    return offered


def changed_data(data: Mapping[object, object], form: Mapping[str, str]) -> dict[object, object]:
    """A copy of the profile with the « what if » answers written in."""
    changed: dict[object, object] = copy.deepcopy(dict(data))
    for change in changes_offered(data):
        typed = form.get(change.name, "").strip()
        if not typed:
            continue
        path: list[object] = [
            int(p) if p.isdigit() else p for p in change.name[len(PREFIX) :].split(".")
        ]
        if path[0] == "documents":
            documents = changed.setdefault("documents", {})
            assert isinstance(documents, dict)  # noqa: S101 - read from a mapping
            previous = documents.get(path[1])
            document = dict(previous) if isinstance(previous, Mapping) else {}
            document["status"] = "adopted"
            document["adopted_on"] = read_date(typed)
            documents[path[1]] = document
            continue
        reader = read_amount if change.widget == "amount" else read_count
        target: object = changed
        for key in path[:-1]:
            target = target[key]  # type: ignore[index]  # the path was read from this data
        target[path[-1]] = reader(typed)  # type: ignore[index]
    return changed


def side_by_side(current: Report, changed: Report) -> list[Row]:
    """The findings whose status or gap differs, with both situations in the page's words."""
    from reen_compliance.report.text import describe_gap  # noqa: PLC0415

    titles = {f.rule_id: f.title for f in (*current.findings, *changed.findings)}
    lang = current.lang
    rows = []
    for item in compare_reports(current, changed).changes:
        before = status_label(item.old_status, lang) if item.old_status else "—"
        after = status_label(item.new_status, lang) if item.new_status else "—"
        if item.old_gap != item.new_gap:
            before += f" ({describe_gap(item.old_gap, lang)})" if item.old_gap else ""
            after += f" ({describe_gap(item.new_gap, lang)})" if item.new_gap else ""
        rows.append(
            Row(
                titles.get(item.rule_id, item.rule_id),
                item.period or "",
                before,
                after,
                item.old_status.value if item.old_status else "",
                item.new_status.value if item.new_status else "",
            )
        )
    return rows
