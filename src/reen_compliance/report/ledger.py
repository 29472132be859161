"""Render ledger results (shares per year and category) as text, Markdown, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from reen_compliance.decisions.procurement import YearMeasures
from reen_compliance.decisions.targets import TargetProgress
from reen_compliance.formats.report import ShareMeasure
from reen_compliance.i18n.message import Code, Money, Msg, Percent, Value, msg
from reen_compliance.i18n.render import render, render_value
from reen_compliance.ledger.summary import LedgerSummary, escape_spreadsheet_cell
from reen_compliance.report.words import Lang, status_label

SHARE_IDS = {
    "reuse": "out-share-reuse",
    "recycled": "out-share-recycled",
    "reuse_or_recycled": "out-share-reuse-or-recycled",
}
"""The catalogue id of each share's name."""


@dataclass(frozen=True, slots=True)
class LedgerResult:
    """What the `ledger` command shows: measures per year, and what could not be classified."""

    years: tuple[YearMeasures, ...]
    summary: LedgerSummary
    notes: tuple[str, ...]
    progress: tuple[TargetProgress, ...] = ()
    """SPASER targets next to the shares achieved (`ledger --profile`)."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Category id -> the decree's label, quoted as is in both languages."""
    regimes: Mapping[str, Value] = field(default_factory=dict)
    """Regime id -> its label (a text of the rule files, read in the reader's language)."""

    def label(self, category_id: str) -> str:
        """The decree's label of a category, or its id when the rules do not name it."""
        return self.labels.get(category_id, category_id)

    def regime(self, regime_id: str) -> Value:
        """The label of a regime (the decree), or its id quoted as a code."""
        return self.regimes.get(regime_id, Code(regime_id))


def _say(lang: Lang, message_id: str, /, **values: Value) -> str:
    return render(msg(message_id, **values), lang)


def _share(share: str) -> Msg:
    return msg(SHARE_IDS[share])


def _pct(value: Decimal | None) -> Value:
    return "—" if value is None else Percent(value)


def _minimum(measure: ShareMeasure) -> Msg | Value:
    return _minimum_of(measure.minimum_pct, confirmed=measure.minimum_confirmed)


def _minimum_of(minimum: Decimal | None, *, confirmed: bool) -> Value:
    if minimum is None:
        return msg("out-not-confirmed")
    if not confirmed:
        return msg("ledger-out-minimum-unconfirmed", minimum=Percent(minimum))
    return Percent(minimum)


def _period(data_period: str) -> Value:
    """An ISO range `2023-01-01/2023-12-31` as words; anything else is quoted as is."""
    try:
        start, end = (date.fromisoformat(day) for day in data_period.split("/"))
    except ValueError:
        return Code(data_period)
    return msg("ledger-out-period", start=start, end=end)


def _share_line(m: ShareMeasure, lang: Lang) -> str:
    values: dict[str, Value] = {
        "share": _share(m.share),
        "measured": _pct(m.share_pct),
        "minimum": _minimum(m),
        "status": status_label(m.status, lang),
        "total": Money(m.total_eur_ht),
    }
    if m.missing_eur_ht:
        return _say(lang, "ledger-out-share-missing", missing=Money(m.missing_eur_ht), **values)
    return _say(lang, "ledger-out-share", **values)


def render_ledger_text(result: LedgerResult, lang: Lang) -> str:
    """Terminal text: one block per year, a heading per category, one line per share."""
    out: list[str] = []
    for year in result.years:
        title_id = "ledger-out-year" if year.complete else "ledger-out-year-open"
        title = _say(lang, title_id, year=str(year.year))
        out += [title, "-" * len(title)]
        if not year.measures:
            out.append("  " + _say(lang, "ledger-out-no-purchase"))
        heading = ("", "")
        for m in year.measures:
            if (m.category, m.data_period) != heading:
                heading = (m.category, m.data_period)
                out.append(
                    "  "
                    + _say(
                        lang,
                        "ledger-out-category",
                        label=result.label(m.category),
                        category=Code(m.category),
                        period=_period(m.data_period),
                    )
                )
            out.append("    " + _share_line(m, lang))
        out.append("")
    out += _unclassified_lines(result, lang)
    progress = _progress_lines(result, lang)
    if progress:
        out += ["", _say(lang, "ledger-out-targets"), *progress]
    sheets = _sheet_lines(result.summary, lang)
    if sheets:
        out += ["", _say(lang, "ledger-out-sheets"), *sheets]
    if result.notes:
        out += ["", _say(lang, "ledger-out-notes"), *(f"  - {note}" for note in result.notes)]
    return "\n".join(out).rstrip() + "\n"


_REACHED = {
    None: "ledger-out-target-not-measured",
    True: "ledger-out-target-reached",
    False: "ledger-out-target-not-reached",
}


def _progress_lines(result: LedgerResult, lang: Lang) -> list[str]:
    """One line per target: achieved share, target, legal minimum."""
    return [
        "  "
        + _say(
            lang,
            "ledger-out-target",
            year=str(item.year),
            label=result.label(item.category),
            share=_share(item.share) if item.share in SHARE_IDS else Code(item.share),
            achieved=_pct(item.achieved_pct),
            target=Percent(item.target_pct),
            minimum=(
                msg("ledger-out-minimum-unknown")
                if item.minimum_pct is None
                else _minimum_of(item.minimum_pct, confirmed=item.minimum_confirmed)
            ),
            reached=msg(_REACHED[item.target_reached]),
        )
        for item in result.progress
    ]


def _sheet_lines(summary: LedgerSummary, lang: Lang) -> list[str]:
    """Each workbook sheet read and its line count."""
    return [
        "  " + _say(lang, "ledger-out-sheet", sheet=Code(f"{ledger.path}[{sheet}]"), count=count)
        for ledger in summary.files
        for sheet, count in ledger.sheets
    ]


def _unclassified_lines(result: LedgerResult, lang: Lang) -> list[str]:
    out: list[str] = []
    for item in result.summary.unmapped:
        top = tuple(
            msg("ledger-note-cpv-amount", cpv=Code(c.cpv), amount=Money(c.total_ht))
            for c in item.top_cpv[:5]
        )
        out.append(
            _say(
                lang,
                "ledger-out-unclassified" if top else "ledger-out-unclassified-no-cpv",
                year=str(item.year),
                regime=result.regime(item.regime_id),
                count=item.line_count,
                amount=Money(item.total_ht),
                without_cpv=item.without_cpv_line_count,
                cpv=top,
            )
        )
    out.extend(
        _say(
            lang,
            "ledger-out-outside",
            year=str(outside.year),
            count=outside.line_count,
            amount=Money(outside.total_ht),
        )
        for outside in result.summary.outside_regime
    )
    return out


def ledger_data(result: LedgerResult) -> dict[str, object]:
    """JSON-ready data: decimals as strings, every unclassified euro reported."""
    return {
        "years": [
            {
                "year": year.year,
                "complete": year.complete,
                "measures": [m.model_dump(mode="json") for m in year.measures],
            }
            for year in result.years
        ],
        "unmapped": [
            {
                "year": u.year,
                "regime": u.regime_id,
                "line_count": u.line_count,
                "total_eur_ht": str(u.total_ht),
                "without_cpv_line_count": u.without_cpv_line_count,
                "without_cpv_eur_ht": str(u.without_cpv_ht),
                "top_cpv": [
                    {"cpv": c.cpv, "total_eur_ht": str(c.total_ht), "line_count": c.line_count}
                    for c in u.top_cpv
                ],
            }
            for u in result.summary.unmapped
        ],
        "outside_regime": [
            {"year": o.year, "line_count": o.line_count, "total_eur_ht": str(o.total_ht)}
            for o in result.summary.outside_regime
        ],
        "files": [
            {
                "path": f.path,
                "sha256": f.sha256,
                "line_count": f.line_count,
                "kind": f.kind,
                "sheets": [{"name": name, "line_count": count} for name, count in f.sheets],
                "duplicate_of": f.duplicate_of,
            }
            for f in result.summary.files
        ],
        "unreachable": [
            {"year": u.year, "regime": u.regime_id, "categories": list(u.category_ids)}
            for u in result.summary.unreachable
        ],
        "spaser_targets": [
            {
                "year": p.year,
                "category": p.category,
                "share": p.share,
                "target_pct": str(p.target_pct),
                "achieved_pct": None if p.achieved_pct is None else str(p.achieved_pct),
                "minimum_pct": None if p.minimum_pct is None else str(p.minimum_pct),
                "minimum_confirmed": p.minimum_confirmed,
                "target_reached": p.target_reached,
            }
            for p in result.progress
        ],
        "notes": list(result.notes),
    }


def render_ledger_json(result: LedgerResult) -> str:
    """Stable JSON of the ledger results."""
    return json.dumps(ledger_data(result), ensure_ascii=False, indent=2) + "\n"


def render_ledger_markdown(result: LedgerResult, lang: Lang) -> str:
    """A Markdown table per year, then the unclassified lines and notes."""
    out: list[str] = ["# " + _say(lang, "ledger-out-md-title")]
    columns = (
        "out-col-category",
        "out-col-data-period",
        "out-col-share",
        "out-col-measured",
        "out-col-minimum",
        "out-label-status",
        "ledger-out-col-total",
        "out-col-missing-eur",
    )
    header = "| " + " | ".join(_say(lang, column) for column in columns) + " |"
    for year in result.years:
        out += [
            "",
            f"## {year.year}",
            "",
            header,
            "| --- | --- | --- | ---: | --- | --- | ---: | ---: |",
        ]
        for m in year.measures:
            cells: tuple[Value, ...] = (
                msg(
                    "ledger-out-md-category",
                    label=result.label(m.category),
                    category=Code(m.category),
                ),
                _period(m.data_period),
                _share(m.share),
                _pct(m.share_pct),
                _minimum(m),
                status_label(m.status, lang),
                Money(m.total_eur_ht),
                "" if m.missing_eur_ht is None else Money(m.missing_eur_ht),
            )
            out.append("| " + " | ".join(_cell(value, lang) for value in cells) + " |")
    lines = _unclassified_lines(result, lang)
    if lines:
        out += ["", "## " + _say(lang, "ledger-out-md-unclassified"), ""]
        out += [f"- {line}" for line in lines]
    if result.notes:
        out += ["", "## " + _say(lang, "ledger-out-md-notes"), ""]
        out += [f"- {n}" for n in result.notes]
    return "\n".join(out).rstrip(" ") + "\n"


def _cell(value: Value, lang: Lang) -> str:
    """One table cell: a value written in the reader's language."""
    return render_value(value, lang)


def render_csv(rows: Sequence[dict[str, str]], fields: Sequence[str]) -> str:
    r"""CSV with every text cell escaped against formula injection in spreadsheets.

    A carriage return inside a cell becomes a line feed: with `\n` as line terminator the
    writer would leave it unquoted, and a reader would split the row there.
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _csv_cell(value) for key, value in row.items()})
    return buffer.getvalue()


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _csv_cell(value: str) -> str:
    """Escape text a spreadsheet would run; a plain number such as `-384.00` stays a number."""
    if _NUMBER.fullmatch(value):
        return value
    return escape_spreadsheet_cell(value).replace("\r\n", "\n").replace("\r", "\n")


LEDGER_CSV_FIELDS = (
    "year",
    "category",
    "label",
    "data_period",
    "share",
    "total_eur_ht",
    "qualifying_eur_ht",
    "share_pct",
    "minimum_pct",
    "minimum_confirmed",
    "status",
    "missing_eur_ht",
)


def render_ledger_csv(result: LedgerResult) -> str:
    """One CSV row per year, category and share; decimals with a dot, as data."""
    rows = [
        {
            "year": str(year.year),
            "category": m.category,
            "label": m.label,
            "data_period": m.data_period,
            "share": m.share,
            "total_eur_ht": _plain(m.total_eur_ht),
            "qualifying_eur_ht": _plain(m.qualifying_eur_ht),
            "share_pct": _plain(m.share_pct),
            "minimum_pct": _plain(m.minimum_pct),
            "minimum_confirmed": "true" if m.minimum_confirmed else "false",
            "status": m.status.value,
            "missing_eur_ht": _plain(m.missing_eur_ht),
        }
        for year in result.years
        for m in year.measures
    ]
    rows += [
        _gap_row(str(u.year), u.regime_id, "unclassified", u.total_ht)
        for u in result.summary.unmapped
    ]
    rows += [
        _gap_row(str(o.year), "", "outside_regime", o.total_ht)
        for o in result.summary.outside_regime
    ]
    return render_csv(rows, LEDGER_CSV_FIELDS)


def _gap_row(year: str, category: str, share: str, total: Decimal) -> dict[str, str]:
    """A CSV row for euros no category received: `share` says which kind of gap."""
    row = dict.fromkeys(LEDGER_CSV_FIELDS, "")
    row.update({"year": year, "category": category, "share": share, "total_eur_ht": _plain(total)})
    return row


UNCLASSIFIED_FIELDS = (
    "file",
    "sheet",
    "line",
    "date",
    "amount_eur_ht",
    "cpv",
    "nature",
    "family",
    "supplier",
    "description",
)


def render_unclassified_csv(summary: LedgerSummary) -> str:
    """The worklist of `ledger --unclassified`: every line no category was found for."""
    rows = [
        {
            "file": line.file.split("[", 1)[0] if line.sheet else line.file,
            "sheet": line.sheet or "",
            "line": str(line.line),
            "date": line.date.isoformat(),
            "amount_eur_ht": _plain(line.amount_ht),
            "cpv": line.cpv or "",
            "nature": line.nature or "",
            "family": line.family or "",
            "supplier": line.supplier,
            "description": line.description,
        }
        for line in summary.unclassified_lines
    ]
    return render_csv(rows, UNCLASSIFIED_FIELDS)


def _plain(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}"
