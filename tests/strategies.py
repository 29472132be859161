"""Hypothesis strategies: dates, timelines, profiles, expressions and ledgers."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import yaml
from hypothesis import strategies as st

from reen_compliance.law.values import DatedValue

FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2030, 12, 31)
YEARS = (2022, 2023, 2024, 2025, 2026)
KINDS = ("commune", "epci", "departement", "region", "state_service", "public_establishment")
EPCI_CATEGORIES = (
    "metropole",
    "communaute_urbaine",
    "communaute_agglomeration",
    "communaute_communes",
    "syndicat",
)
CATEGORIES_BY_YEAR = {
    2022: ("d2021-254:it-equipment", "d2021-254:phones", "d2021-254:textiles"),
    2023: ("d2021-254:it-equipment", "d2021-254:phones", "d2021-254:textiles"),
    2025: ("d2024-134:it-telephony", "d2024-134:textiles"),
    2026: ("d2024-134:it-telephony", "d2024-134:textiles"),
}
"""Categories of the regime in force for the whole year (2024 straddles two regimes)."""
STRATEGY_ELEMENTS = ("objectives", "measures", "indicators", "means")

days = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)


def money(max_euros: int = 10_000_000) -> st.SearchStrategy[Decimal]:
    """Exact amounts in euros with cents."""
    return st.integers(min_value=0, max_value=max_euros * 100).map(lambda c: Decimal(c) / 100)


@st.composite
def timelines(draw: st.DrawFn) -> list[DatedValue]:
    """Dated versions in order, without overlaps; some end on an inclusive day, leaving gaps."""
    count = draw(st.integers(min_value=0, max_value=6))
    start = draw(days)
    versions: list[DatedValue] = []
    for index in range(count):
        length = draw(st.integers(min_value=1, max_value=800))
        closed = draw(st.booleans())
        end = start + timedelta(days=length - 1) if closed else None
        value = draw(st.one_of(st.none(), st.integers(0, 100)))
        versions.append(
            DatedValue(effective_from=start, effective_to=end, value=value, source=f"v{index}")
        )
        gap = draw(st.integers(min_value=0, max_value=30)) if closed else 0
        start += timedelta(days=length + gap)
    return versions


@st.composite
def documents(draw: st.DrawFn, *, name: str) -> dict[str, Any] | None:
    """A document entry in any state, or None when the profile does not say."""
    status = draw(st.sampled_from([None, "adopted", "in_preparation", "not_adopted"]))
    if status is None:
        return None
    document: dict[str, Any] = {"status": status}
    if status == "adopted":
        document["adopted_on"] = draw(st.dates(date(2020, 1, 1), date(2027, 12, 31)))
        if name == "nr_strategy" and draw(st.booleans()):
            elements = draw(st.lists(st.sampled_from(STRATEGY_ELEMENTS), unique=True))
            document["contents"] = {"elements": elements}
    return document


def compliant_document(name: str) -> dict[str, Any]:
    """A document adopted early enough and complete enough to satisfy any deadline."""
    document: dict[str, Any] = {"status": "adopted", "adopted_on": date(2022, 1, 3)}
    if name == "nr_strategy":
        document["contents"] = {"elements": list(STRATEGY_ELEMENTS)}
    return document


@st.composite
def procurement_figures(draw: st.DrawFn, year: int) -> list[dict[str, str]]:
    """Declared purchases of one year, one figure per category of the regime in force."""
    categories = draw(st.lists(st.sampled_from(CATEGORIES_BY_YEAR[year]), unique=True))
    figures = []
    for category in categories:
        total = draw(money())
        reuse = draw(money()).min(total)
        recycled = draw(money()).min(total - reuse)
        figures.append(
            {
                "category": category,
                "total_eur_ht": str(total),
                "reuse_eur_ht": str(reuse),
                "recycled_eur_ht": str(recycled),
            }
        )
    return figures


@st.composite
def profile_dicts(
    draw: st.DrawFn, *, population: st.SearchStrategy[int] | None = None
) -> dict[str, Any]:
    """A valid profile as plain data, as a person would write it in YAML."""
    kind = draw(st.sampled_from(KINDS))
    collectivity: dict[str, Any] = {
        "name": draw(st.text(min_size=1, max_size=20).filter(str.strip)),
        "kind": kind,
    }
    if kind == "epci":
        collectivity["epci_category"] = draw(st.sampled_from(EPCI_CATEGORIES))
    years = draw(st.lists(st.sampled_from(YEARS), unique=True, max_size=4))
    totals = st.integers(min_value=0, max_value=3_000_000) if population is None else population
    collectivity["population"] = [
        {"applies_from": date(year, 1, 1), "total": draw(totals), "source": "INSEE"}
        for year in years
    ]
    collectivity["annual_purchases_eur_ht"] = {
        year: str(draw(money(100_000_000)))
        for year in draw(st.lists(st.sampled_from(YEARS), unique=True))
    }
    if draw(st.booleans()):
        collectivity["staff"] = draw(st.integers(min_value=0, max_value=100_000))
    profile: dict[str, Any] = {"format_version": 1, "collectivity": collectivity}
    docs = {
        name: draw(documents(name=name)) for name in ("nr_work_programme", "nr_strategy", "spaser")
    }
    profile["documents"] = {name: doc for name, doc in docs.items() if doc is not None}
    disposal_years = draw(st.lists(st.sampled_from(YEARS), unique=True))
    profile["equipment_disposal"] = {
        year: {
            "reformed_on_jan_1": draw(st.integers(0, 5000)),
            "sent_to_reuse": draw(st.integers(0, 5000)),
        }
        for year in disposal_years
    }
    procurement_years = draw(st.lists(st.sampled_from(sorted(CATEGORIES_BY_YEAR)), unique=True))
    profile["procurement"] = {year: draw(procurement_figures(year)) for year in procurement_years}
    return profile


def to_yaml(data: dict[str, Any]) -> str:
    """Dump plain data as the YAML a person would write."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


# --- text and mutations --------------------------------------------------------------------

YAML_PIECES = st.sampled_from(
    [
        ":",
        "-",
        " ",
        "\n",
        "  ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a",
        "*a",
        "!!",
        "!!python/object",
        "'",
        '"',
        "#",
        "? ",
        "<<",
        "~",
        "null",
        "2024-02-30",
        "1e999",
        "-.inf",
        ".nan",
        "0x1F",
        "0o17",
        "1_000",
        "\t",
        "\\ud800",
        "\x00",
        "\x85",
        "\ufeff",
        "format_version",
        "kind",
        "collectivity",
        "population",
        "total",
        "commune",
        "yes",
        "on",
        "9" * 50,
    ]
)


@st.composite
def mutated_text(draw: st.DrawFn, text: str) -> str:
    """`text` after a few random edits: cuts, insertions, duplicated or swapped lines."""
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        operation = draw(st.sampled_from(["cut", "insert", "duplicate", "swap", "replace"]))
        lines = text.splitlines(keepends=True)
        if operation == "cut" and text:
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start, min(len(text), start + 40)))
            text = text[:start] + text[end:]
        elif operation == "insert":
            at = draw(st.integers(0, len(text)))
            piece = draw(st.one_of(YAML_PIECES, st.text(max_size=8)))
            text = text[:at] + piece + text[at:]
        elif operation == "duplicate" and lines:
            index = draw(st.integers(0, len(lines) - 1))
            lines.insert(index, lines[index])
            text = "".join(lines)
        elif operation == "swap" and len(lines) > 1:
            first, second = draw(st.permutations(range(len(lines))))[:2]
            lines[first], lines[second] = lines[second], lines[first]
            text = "".join(lines)
        elif operation == "replace" and text:
            at = draw(st.integers(0, len(text) - 1))
            text = text[:at] + draw(YAML_PIECES) + text[at + 1 :]
    return text


# --- expressions ---------------------------------------------------------------------------

EXPRESSION_NAMES = (
    "population",
    "kind",
    "entity",
    "staff",
    "population_threshold",
    "unknown_name",
    "__class__",
    "__import__",
    "eval",
    "min",
    "max",
    "abs",
    "getattr",
    "x",
)
_leaves = st.one_of(
    st.sampled_from(EXPRESSION_NAMES),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
    st.sampled_from(["1e999", "1e-999", "0.5", "'commune'", "'a'", "True", "False", "None", "..."]),
)
_BINARY = ("+", "-", "*", "/", "**", "//", "%", "@", "<<", "&", "|", "^")
_COMPARE = ("<", "<=", ">", ">=", "==", "!=", " in ", " not in ", " is ")


def _combine(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    pair = st.tuples(children, children)
    return st.one_of(
        st.tuples(children, st.sampled_from(_BINARY), children).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        ),
        st.tuples(children, st.sampled_from(_COMPARE), children).map(
            lambda t: f"({t[0]}{t[1]}{t[2]})"
        ),
        pair.map(lambda t: f"({t[0]} and {t[1]})"),
        pair.map(lambda t: f"({t[0]} or {t[1]})"),
        children.map(lambda c: f"(not {c})"),
        children.map(lambda c: f"(-{c})"),
        st.tuples(
            st.sampled_from(["min", "max", "abs", "eval", "getattr", "len"]),
            st.lists(children, max_size=3),
        ).map(lambda t: f"{t[0]}({', '.join(t[1])})"),
        st.lists(children, max_size=3).map(lambda items: f"({', '.join(items)},)"),
        st.lists(children, max_size=3).map(lambda items: f"[{', '.join(items)}]"),
        children.map(lambda c: f"{c}.__class__"),
        pair.map(lambda t: f"{t[0]}[{t[1]}]"),
        children.map(lambda c: f"(lambda: {c})"),
        st.tuples(children, children, children).map(lambda t: f"({t[0]} if {t[1]} else {t[2]})"),
        children.map(lambda c: f"[_ for _ in {c}]"),
        children.map(lambda c: f"(y := {c})"),
    )


expression_sources = st.recursive(_leaves, _combine, max_leaves=12)
"""Python-like expressions, mostly outside the rule language, some inside it."""

environments = st.fixed_dictionaries(
    {},
    optional={
        name: st.one_of(
            st.none(),
            st.integers(-(10**6), 10**12),
            st.decimals(allow_nan=False, allow_infinity=False, places=2),
            st.sampled_from(["commune", "epci", "cc"]),
            st.tuples(st.sampled_from(["commune", "cc"])),
        )
        for name in ("population", "kind", "entity", "staff", "population_threshold")
    },
)
"""Values a condition may meet at evaluation time, including wrong types and missing facts."""


# --- ledgers -------------------------------------------------------------------------------

LEDGER_HEADER = "date;montant_ht;cpv;libelle;fournisseur;reemploi;recycle\n"
CSV_CELL = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    st.sampled_from(
        [
            "01/02/2024",
            "30/02/2024",
            "2024-12-31",
            "12,50",
            "1 234,56",
            "1.234,5",
            "-3",
            "30213100-6",
            "302131",
            "oui",
            "non",
            "x",
            '=HYPERLINK("a")',
            '"',
            '";"',
            "\r",
            "€",
        ]
    ),
)


@st.composite
def ledger_bytes(draw: st.DrawFn) -> bytes:
    """CSV-ish bytes: sometimes arbitrary, usually a header and cells of the right flavour."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=400))
    rows = draw(st.lists(st.lists(CSV_CELL, min_size=0, max_size=8), max_size=8))
    text = LEDGER_HEADER + "".join(";".join(row) + "\n" for row in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return text.encode(encoding, errors="replace")


@st.composite
def ledger_lines(draw: st.DrawFn) -> list[tuple[date, Decimal, bool]]:
    """Valid purchases of IT equipment in 2025: (date, amount HT, reuse flag)."""
    return draw(
        st.lists(
            st.tuples(
                st.dates(date(2025, 1, 1), date(2025, 12, 31)),
                st.integers(1, 10_000_000).map(lambda cents: Decimal(cents) / 100),
                st.booleans(),
            ),
            min_size=1,
            max_size=30,
        )
    )


def ledger_csv(lines: list[tuple[date, Decimal, bool]]) -> str:
    """Write purchases as a French CSV ledger (decimal comma)."""
    rows = [
        f"{day:%d/%m/%Y};{str(amount).replace('.', ',')};30213100-6;Ordinateur;Fournisseur;"
        f"{'oui' if reuse else 'non'};non\n"
        for day, amount, reuse in lines
    ]
    return LEDGER_HEADER + "".join(rows)
