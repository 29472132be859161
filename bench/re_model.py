"""The five obligations as rule-engine expressions, one per obligation, compiled once.

rule-engine has no local variables: `[body for name in [value]][0]` binds `name` once. Years
are iterated with `$range`; the AGEC minimums are a mapping literal keyed "category|year".
"""

from __future__ import annotations

import re
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
SHARES = ("reuse", "recycled", "reuse_or_recycled")
QUALIFYING = ("f.reuse + f.donations", "f.recycled", "f.reuse + f.recycled + f.donations")


def _list(values: frozenset[str]) -> str:
    return "[" + ", ".join(f'"{value}"' for value in sorted(values)) + "]"


def _let(name: str, value: str, body: str) -> str:
    return f"[({body}) for {name} in [{value}]][0]"


def _pop_at(day: str) -> str:
    return _let(
        "ps",
        f"[p.total for p in pops if p.start <= {day}]",
        "ps.length > 0 ? ps[-1] : null",
    )


def _holds(pop: str) -> str:
    return (
        f"(not (entity in {_list(ART35_ENTITIES)}) ? false : ({pop} == null ? null : {pop} > {T}))"
    )


def _year_end(year: str) -> str:
    """Ordinal of 31 December of `year` (an expression): the days of years 1 to `year`."""
    return f"(365 * {year} + {year} // 4 - {year} // 100 + {year} // 400)"


def _since() -> str:
    """Since when the body is bound (art. 35), walking population changes back from asOf."""
    fig_fail = f"[p.start for p in pops if p.start <= asOf and (p.start < {IF} or p.total <= {T})]"
    last_fail = _let(
        "ff",
        fig_fail,
        _let(
            "ifp",
            _pop_at(str(IF)),
            f"(ifp == null or ifp <= {T}) and (ff.length == 0 or $max(ff) < {IF}) ? "
            f"[{IF}, ifp == null] : (ff.length > 0 ? [$max(ff), false] : [null, false])",
        ),
    )
    after = "[p.start for p in pops if p.start <= asOf and (lf[0] == null or p.start > lf[0])]"
    return _let(
        "lf",
        last_fail,
        f"lf[0] == null or lf[0] < {IF} ? [{IF}, lf[1]] : "
        + _let("af", after, "[af.length > 0 ? $min(af) : asOf, lf[1]]"),
    )


def document_rule(field: str, deadline: date, *, strategy: bool) -> str:
    """A document adopted by its deadline, or by the day the body became bound if later."""
    day = deadline.toordinal()
    outcome = '"compliant"'
    if strategy:
        later = date(2022, 7, 31).toordinal()
        elements = f"{field}.elements"
        missing = (
            f'{field}.hasContents and (not ("objectives" in {elements}) or '
            f'not ("measures" in {elements}) or ({field}.adopted >= {later} and '
            f'(not ("indicators" in {elements}) or not ("means" in {elements}))))'
        )
        outcome = f'({missing} ? "non_compliant" : "compliant")'
    adopted = f"{field}.adopted != null and {field}.adopted <= asOf"
    due = _let("s", _since(), f"s[0] > {day} and not s[1] ? s[0] : {day}")
    bound_case = (
        f'{field} == null ? "insufficient_data" : ({adopted} ? {outcome} : '
        f'(asOf <= {due} ? "not_yet_due" : "non_compliant"))'
    )
    return _let(
        "bound",
        _holds(_pop_at("asOf")),
        'bound == null ? "insufficient_data" : '
        f'(bound == false ? "not_applicable" : ({bound_case}))',
    )


def report_rule() -> str:
    """Each budget year's sustainable-development report contains the strategy's review."""
    required = REPORT_REQUIRED_FROM.toordinal()
    status = (
        'bound == null ? "insufficient_data" : (bound == false ? "not_applicable" : '
        '(r == null or r.adopted > asOf ? (asOfYear <= y ? "not_yet_due" : "insufficient_data") : '
        '(r.debate != null and r.adopted > r.debate ? "non_compliant" : '
        f'(r.adopted < {required} ? "not_applicable" : '
        '(r.covers ? "compliant" : "non_compliant")))))'
    )
    day = f"$min([asOf, {_year_end('y')}])"
    body = _let(
        "bound",
        _holds(_pop_at(day)),
        _let("r", "reports[y.to_str] if y.to_str in reports else null", status),
    )
    body = body.replace(
        "reports[y.to_str] if y.to_str in reports else null",
        "(y.to_str in reports ? reports[y.to_str] : null)",
    )
    return f"[[y, {body}] for y in $range({REPORT_FIRST_YEAR}, asOfYear + 1)]"


def reuse_rule() -> str:
    """Art. 16: units sent to reuse against the reformed stock, per calendar year."""
    minimum = str(reuse_minimum(LAST_YEAR))
    for year in range(LAST_YEAR - 1, REUSE_FIRST_YEAR - 1, -1):
        if reuse_minimum(year) != reuse_minimum(year + 1):
            minimum = f"(y <= {year} ? {reuse_minimum(year)} : {minimum})"
    status = (
        f'not (entity in {_list(ALL_ENTITIES)}) ? "not_applicable" : '
        '(r == null ? (asOf <= end ? "not_yet_due" : "insufficient_data") : '
        '(r.b == 0 ? "insufficient_data" : (asOf <= end ? "not_yet_due" : '
        f'(r.a * 100 >= {minimum} * r.b ? "compliant" : "non_compliant"))))'
    )
    body = _let(
        "end",
        _year_end("y"),
        _let("r", "(y.to_str in disposal ? disposal[y.to_str] : null)", status),
    )
    return f"[[y, {body}] for y in $range({REUSE_FIRST_YEAR}, asOfYear + 1)]"


def minimum_lookup() -> dict[tuple[str, int], tuple[Decimal, Decimal, Decimal]]:
    """(category, year) -> minimums of reuse, recycled, any: -1 unusable, -2 no such share."""
    table = {}
    for law in agec_categories():
        for year in law.years():
            cells = []
            for share in SHARES:
                minimum = usable_minimum(law, share, year) if share in law.minimums else None
                absent = share not in law.minimums
                cells.append(
                    Decimal(-2) if absent else (minimum if minimum is not None else Decimal(-1))
                )
            table[law.category_id, year] = (cells[0], cells[1], cells[2])
    return table


def agec_rule() -> str:
    """AGEC art. 58: worst share of the year's figures against the minimums in force."""
    codes = ", ".join(
        f"(m[{i}] == -2 ? -1 : (f.total == 0 ? 0 : (m[{i}] < 0 ? 2 : "
        f"(({q}) * 100 >= m[{i}] * f.total ? 1 : 3))))"
        for i, q in enumerate(QUALIFYING)
    )
    figure_code = _let("m", "minimums(f.cat, f.year)", f"$max([{codes}])")
    worst = (
        '(w == 3 ? "non_compliant" : (w == 2 ? "insufficient_data" : '
        '(w == 0 ? "not_applicable" : "compliant")))'
    )
    status = (
        f'not (entity in {_list(ALL_ENTITIES)}) ? "not_applicable" : '
        '(cs.length == 0 ? (asOf <= end ? "not_yet_due" : "insufficient_data") : '
        + _let("w", "$max(cs)", f'(asOf <= end and w != 0 ? "not_yet_due" : {worst})')
        + ")"
    )
    body = _let(
        "end",
        _year_end("y"),
        _let("cs", f"[{figure_code} for f in figures if f.year == y]", status),
    )
    return f"[[y, {body}] for y in $range({AGEC_FIRST_YEAR}, asOfYear + 1)]"


_ATTRIBUTE = re.compile(r"\b([A-Za-z_]\w*)\.([A-Za-z_]\w*)\b")
_BUILTIN_ATTRIBUTES = frozenset({"length", "to_str"})


def _as_items(text: str) -> str:
    """Write `f.cat` as `f["cat"]`, the fast way to read a mapping in rule-engine.

    On a mapping, rule-engine tries an attribute first and scores spelling suggestions when it
    fails, which costs more than the whole lookup.
    """
    return _ATTRIBUTE.sub(
        lambda m: (
            m.group(0) if m.group(2) in _BUILTIN_ATTRIBUTES else f'{m.group(1)}["{m.group(2)}"]'
        ),
        text,
    )


RULES = (
    (
        "reen-art35-work-programme",
        lambda: document_rule("wp", WORK_PROGRAMME_DEADLINE, strategy=False),
    ),
    ("reen-art35-strategy", lambda: document_rule("strategy", STRATEGY_DEADLINE, strategy=True)),
    ("reen-art35-annual-report", report_rule),
    ("reen-art16-it-equipment-reuse", reuse_rule),
    ("agec-art58-procurement-shares", agec_rule),
)


def build_re_rules() -> list[tuple[str, object]]:
    """Compile each obligation's expression once with `rule_engine.Rule`."""
    import rule_engine  # noqa: PLC0415 - optional dependency (extra `bench`)

    table = minimum_lookup()

    def minimums(category: str, year: Decimal) -> tuple[Decimal, Decimal, Decimal]:
        return table[category, int(year)]

    def resolve(thing: object, name: str) -> object:
        if name == "minimums":  # a host function: the table stays in Python, not re-coerced
            return minimums
        return rule_engine.resolve_item(thing, name)

    context = rule_engine.Context(default_value=None, resolver=resolve)
    return [
        (rule_id, rule_engine.Rule(_as_items(text()), context=context)) for rule_id, text in RULES
    ]


def re_statuses(
    rules: list[tuple[str, object]], facts: dict[str, object]
) -> list[tuple[str, str | None, str]]:
    """Evaluate every obligation on one profile's facts: (rule id, period, status)."""
    out: list[tuple[str, str | None, str]] = []
    for rule_id, rule in rules:
        value = rule.evaluate(facts)  # type: ignore[attr-defined]
        if isinstance(value, str):
            out.append((rule_id, None, value))
        else:
            out.extend((rule_id, str(int(year)), status) for year, status in value)
    return out
