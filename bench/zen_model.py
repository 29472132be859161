"""The five obligations as a zen-engine (GoRules ZEN) decision graph, built once.

Expression nodes hold the obligations' logic, a decision table in loop mode holds the AGEC
minimums (one row per category and run of years). ZEN closures cannot see an outer item, so
the years are unrolled up to `LAST_YEAR`, each with its own expression.
"""

from __future__ import annotations

import itertools
import json
from datetime import date
from decimal import Decimal

from law import (
    AGEC_FIRST_YEAR,
    ALL_ENTITIES,
    ART35_ENTITIES,
    ART35_IN_FORCE,
    LAST_YEAR,
    POPULATION_THRESHOLD,
    REPORT_FIRST_YEAR,
    REPORT_REQUIRED_FROM,
    REUSE_FIRST_YEAR,
    STRATEGY_DEADLINE,
    WORK_PROGRAMME_DEADLINE,
    agec_categories,
    reuse_minimum,
    usable_minimum,
)

IF = ART35_IN_FORCE.toordinal()
T = POPULATION_THRESHOLD
SHARE_FIELDS = {"reuse": "mReuse", "recycled": "mRecycled", "reuse_or_recycled": "mAny"}
QUALIFYING = {
    "reuse": "#.reuse + #.donations",
    "recycled": "#.recycled",
    "reuse_or_recycled": "#.reuse + #.recycled + #.donations",
}


def _list(values: frozenset[str]) -> str:
    return "[" + ", ".join(f'"{value}"' for value in sorted(values)) + "]"


def _end(year: int) -> int:
    return date(year, 12, 31).toordinal()


def _pop_at(day: str) -> str:
    found = f"filter(pops, #.start <= {day})"
    return f"(len({found}) > 0 ? {found}[len({found}) - 1].total : null)"


def _holds(pop: str) -> str:
    """Art. 35 applicability on a day from the population on it: true, false or null."""
    return (
        f"(not (entity in {_list(ART35_ENTITIES)}) ? false : ({pop} == null ? null : {pop} > {T}))"
    )


def _node(node_id: str, kind: str, content: dict[str, object] | None = None) -> dict[str, object]:
    node: dict[str, object] = {
        "id": node_id,
        "type": kind,
        "name": node_id,
        "position": {"x": 0, "y": 0},
    }
    if content is not None:
        node["content"] = content
    return node


def _expressions(pairs: list[tuple[str, str]], **options: object) -> dict[str, object]:
    return {
        "expressions": [{"id": f"e{i}", "key": k, "value": v} for i, (k, v) in enumerate(pairs)],
        **options,
    }


def _facts_node() -> dict[str, object]:
    """Population on each day a rule is tested, and since when the body is bound (art. 35)."""
    pairs = [
        ("popNow", _pop_at("asOf")),
        ("inForcePop", _pop_at(str(IF))),
        (
            "figFail",
            f"map(filter(pops, #.start <= asOf and (#.start < {IF} or #.total <= {T})), #.start)",
        ),
        ("ifFail", f"$.inForcePop == null or $.inForcePop <= {T}"),
        ("figLastFail", "len($.figFail) > 0 ? max($.figFail) : null"),
        (
            "lastFail",
            f"$.ifFail and ($.figLastFail == null or $.figLastFail < {IF}) ? {IF} : $.figLastFail",
        ),
        ("lowerBound", f"$.lastFail == {IF} and $.inForcePop == null"),
        (
            "afterFail",
            (
                "map(filter(pops, #.start <= asOf and "
                "($.lastFail == null or #.start > $.lastFail)), #.start)"
            ),
        ),
        (
            "since",
            (
                f"$.lastFail == null or $.lastFail < {IF} ? {IF} : "
                "(len($.afterFail) > 0 ? min($.afterFail) : asOf)"
            ),
        ),
    ]
    pairs.extend(
        (f"pop{year}", f"asOf < {_end(year)} ? $.popNow : {_pop_at(str(_end(year)))}")
        for year in range(REPORT_FIRST_YEAR, LAST_YEAR + 1)
    )
    return _node("facts", "expressionNode", _expressions(pairs, passThrough=True))


def _minimums_node() -> dict[str, object]:
    """AGEC art. 58 minimums by category and year: -1 unusable (unconfirmed, low), null absent."""
    rows: list[dict[str, str]] = []
    for law in agec_categories():
        runs: list[tuple[int, int, tuple[str, ...]]] = []
        for year in law.years():
            cells = []
            for share in SHARE_FIELDS:
                if share not in law.minimums:
                    cells.append("null")
                    continue
                minimum = usable_minimum(law, share, year)
                cells.append("-1" if minimum is None else str(Decimal(minimum)))
            if runs and runs[-1][2] == tuple(cells) and runs[-1][1] == year - 1:
                runs[-1] = (runs[-1][0], year, runs[-1][2])
            else:
                runs.append((year, year, tuple(cells)))
        for index, (first, last, cells) in enumerate(runs):
            open_ended = law.end is None and index == len(runs) - 1
            years = (
                f">= {first}"
                if open_ended
                else (f"[{first}..{last}]" if last > first else str(first))
            )
            row = {
                "_id": f"{law.category_id}-{first}",
                "cat": f'"{law.category_id}"',
                "year": years,
            }
            row.update({f"o{i}": cell for i, cell in enumerate(cells)})
            rows.append(row)
    return _node(
        "minimums",
        "decisionTableNode",
        {
            "hitPolicy": "first",
            "inputs": [
                {"id": "cat", "name": "cat", "field": "cat"},
                {"id": "year", "name": "year", "field": "year"},
            ],
            "outputs": [
                {"id": f"o{i}", "name": f, "field": f} for i, f in enumerate(SHARE_FIELDS.values())
            ],
            "rules": rows,
            "inputField": "figures",
            "outputPath": "measured",
            "executionMode": "loop",
            "passThrough": True,
        },
    )


def _codes_node() -> dict[str, object]:
    """Worst measure per AGEC year: -1 no figure, 0 not applicable, 1 met, 2 unknown, 3 missed."""
    codes = []
    for share, field in SHARE_FIELDS.items():
        codes.append(
            f"(#.{field} == null ? -1 : (#.total == 0 ? 0 : (#.{field} < 0 ? 2 : "
            f"(({QUALIFYING[share]}) * 100 >= #.{field} * #.total ? 1 : 3))))"
        )
    pairs = [("codes", f"map(measured, {{year: #.year, code: max([{', '.join(codes)}])}})")]
    for year in range(AGEC_FIRST_YEAR, LAST_YEAR + 1):
        of_year = f"filter($.codes, #.year == {year})"
        pairs.append((f"agec{year}", f"len({of_year}) == 0 ? -1 : max(map({of_year}, #.code))"))
    return _node("codes", "expressionNode", _expressions(pairs, passThrough=True))


def _document(field: str, deadline: date, *, strategy: bool) -> str:
    due = f"($.since > {deadline.toordinal()} and not lowerBound ? since : {deadline.toordinal()})"
    due = due.replace("$.since", "since")
    adopted = f"{field} != null and {field}.adopted != null and {field}.adopted <= asOf"
    outcome = '"compliant"'
    if strategy:
        later = date(2022, 7, 31).toordinal()
        missing = (
            f'{field}.hasContents and (not ("objectives" in {field}.elements) or '
            f'not ("measures" in {field}.elements) or ({field}.adopted >= {later} and '
            f'(not ("indicators" in {field}.elements) or not ("means" in {field}.elements))))'
        )
        outcome = f'({missing} ? "non_compliant" : "compliant")'
    bound = _holds("popNow")
    return (
        f'{bound} == null ? "insufficient_data" : ({bound} == false ? "not_applicable" : '
        f'({field} == null ? "insufficient_data" : ({adopted} ? {outcome} : '
        f'(asOf <= {due} ? "not_yet_due" : "non_compliant"))))'
    )


def _report(year: int) -> str:
    bound = _holds(f"pop{year}")
    report = f'reports["{year}"]'
    return (
        f'{bound} == null ? "insufficient_data" : ({bound} == false ? "not_applicable" : '
        f"({report} == null or {report}.adopted > asOf ? "
        f'(asOfYear <= {year} ? "not_yet_due" : "insufficient_data") : '
        f'({report}.debate != null and {report}.adopted > {report}.debate ? "non_compliant" : '
        f'({report}.adopted < {REPORT_REQUIRED_FROM.toordinal()} ? "not_applicable" : '
        f'({report}.covers ? "compliant" : "non_compliant")))))'
    )


def _reuse(year: int) -> str:
    record = f'disposal["{year}"]'
    end = _end(year)
    return (
        f'not (entity in {_list(ALL_ENTITIES)}) ? "not_applicable" : '
        f'({record} == null ? (asOf <= {end} ? "not_yet_due" : "insufficient_data") : '
        f'({record}.b == 0 ? "insufficient_data" : (asOf <= {end} ? "not_yet_due" : '
        f"({record}.a * 100 >= {reuse_minimum(year)} * {record}.b ? "
        '"compliant" : "non_compliant"))))'
    )


def _agec(year: int) -> str:
    code = f"agec{year}"
    in_progress = f"asOf <= {_end(year)}"
    worst = (
        f'({code} == 3 ? "non_compliant" : ({code} == 2 ? "insufficient_data" : '
        f'({code} == 0 ? "not_applicable" : "compliant")))'
    )
    return (
        f'not (entity in {_list(ALL_ENTITIES)}) ? "not_applicable" : '
        f'({code} == -1 ? ({in_progress} ? "not_yet_due" : "insufficient_data") : '
        f'({in_progress} and {code} != 0 ? "not_yet_due" : {worst}))'
    )


def _yearly(first: int, status: object) -> str:
    pairs = ", ".join(f"[{year}, {status(year)}]" for year in range(first, LAST_YEAR + 1))  # type: ignore[operator]
    return f"filter([{pairs}], #[0] <= asOfYear)"


def decision_graph() -> dict[str, object]:
    """The JSON decision graph (the content GoRules' editor would save)."""
    statuses = _expressions(
        [
            ("wp", _document("wp", WORK_PROGRAMME_DEADLINE, strategy=False)),
            ("strategy", _document("strategy", STRATEGY_DEADLINE, strategy=True)),
            ("report", _yearly(REPORT_FIRST_YEAR, _report)),
            ("reuse", _yearly(REUSE_FIRST_YEAR, _reuse)),
            ("agec", _yearly(AGEC_FIRST_YEAR, _agec)),
        ]
    )
    nodes = [
        _node("input", "inputNode"),
        _facts_node(),
        _minimums_node(),
        _codes_node(),
        _node("statuses", "expressionNode", statuses),
        _node("output", "outputNode"),
    ]
    edges = [
        {"id": f"edge{i}", "sourceId": a["id"], "targetId": b["id"], "type": "edge"}
        for i, (a, b) in enumerate(itertools.pairwise(nodes))
    ]
    return {"nodes": nodes, "edges": edges}


def build_zen_decision() -> object:
    """Compile the graph once with `zen.ZenEngine().create_decision`."""
    import zen  # noqa: PLC0415 - optional dependency (extra `bench`)

    return zen.ZenEngine().create_decision(json.dumps(decision_graph()))


RULE_KEYS = (
    ("wp", "reen-art35-work-programme"),
    ("strategy", "reen-art35-strategy"),
    ("report", "reen-art35-annual-report"),
    ("reuse", "reen-art16-it-equipment-reuse"),
    ("agec", "agec-art58-procurement-shares"),
)


def zen_statuses(result: dict[str, object]) -> list[tuple[str, str | None, str]]:
    """The decision's output as (rule id, period, status)."""
    out: list[tuple[str, str | None, str]] = []
    for key, rule_id in RULE_KEYS:
        value = result[key]
        if isinstance(value, str):
            out.append((rule_id, None, value))
        else:
            assert isinstance(value, list)  # noqa: S101 - the graph's output shape
            out.extend((rule_id, str(int(year)), status) for year, status in value)
    return out
