"""Render ledger results (shares per year and category) as text, Markdown, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reen_compliance.ledger import LedgerSummary, escape_spreadsheet_cell
from reen_compliance.ledger_targets import TargetProgress
from reen_compliance.procurement import YearMeasures
from reen_compliance.report_model import ShareMeasure
from reen_compliance.wording import Lang, format_money, format_pct, pick, status_label

SHARE_LABELS = {
    "reuse": ("réemploi / réutilisation", "reuse"),
    "recycled": ("matières recyclées", "recycled content"),
    "reuse_or_recycled": ("réemploi ou recyclé (total)", "reuse or recycled (total)"),
}


@dataclass(frozen=True, slots=True)
class LedgerResult:
    """What the `ledger` command shows: measures per year, and what could not be classified."""

    years: tuple[YearMeasures, ...]
    summary: LedgerSummary
    notes: tuple[str, ...]
    progress: tuple[TargetProgress, ...] = ()
    """SPASER targets next to the shares achieved (`ledger --profile`)."""


def _share(measure: ShareMeasure, lang: Lang) -> str:
    return SHARE_LABELS[measure.share][0 if lang == "fr" else 1]


def _minimum(measure: ShareMeasure, lang: Lang) -> str:
    if measure.minimum_pct is None or not measure.minimum_confirmed:
        text = pick(lang, "non confirmé", "not confirmed")
        return f"{text} ({format_pct(measure.minimum_pct, lang)})" if measure.minimum_pct else text
    return format_pct(measure.minimum_pct, lang)


def render_ledger_text(result: LedgerResult, lang: Lang) -> str:
    """Terminal text: one block per year, one line per category and share."""
    out: list[str] = []
    for year in result.years:
        title = pick(lang, f"Année {year.year}", f"Year {year.year}")
        if not year.complete:
            title += pick(lang, " (année non close)", " (year not over)")
        out += [title, "-" * len(title)]
        if not year.measures:
            out.append(pick(lang, "  aucun achat classé", "  no classified purchase"))
        for m in year.measures:
            share = "—" if m.share_pct is None else format_pct(m.share_pct, lang)
            missing = (
                ""
                if m.missing_eur_ht is None or not m.missing_eur_ht
                else pick(lang, " ; manque ", "; missing ") + format_money(m.missing_eur_ht, lang)
            )
            out.append(
                f"  {m.category} [{m.data_period}] {_share(m, lang)}: {share} "
                f"/ min. {_minimum(m, lang)} — {status_label(m.status, lang)}"
                f" ({pick(lang, 'total', 'total')} {format_money(m.total_eur_ht, lang)}){missing}"
            )
        out.append("")
    out += _unclassified_lines(result.summary, lang)
    progress = _progress_lines(result.progress, lang)
    if progress:
        out += ["", pick(lang, "Objectifs du SPASER :", "SPASER targets:"), *progress]
    sheets = _sheet_lines(result.summary)
    if sheets:
        out += ["", pick(lang, "Feuilles lues :", "Sheets read:"), *sheets]
    if result.notes:
        out += ["", pick(lang, "Remarques :", "Notes:"), *(f"  - {note}" for note in result.notes)]
    return "\n".join(out).rstrip() + "\n"


def _progress_lines(progress: Sequence[TargetProgress], lang: Lang) -> list[str]:
    """One line per target: achieved share, target, legal minimum."""
    out: list[str] = []
    for item in progress:
        achieved = "—" if item.achieved_pct is None else format_pct(item.achieved_pct, lang)
        minimum = "—" if item.minimum_pct is None else format_pct(item.minimum_pct, lang)
        if item.minimum_pct is not None and not item.minimum_confirmed:
            minimum += pick(lang, " (non confirmé)", " (not confirmed)")
        reached = {
            None: pick(lang, "non mesuré", "not measured"),
            True: pick(lang, "atteint", "reached"),
            False: pick(lang, "non atteint", "not reached"),
        }[item.target_reached]
        out.append(
            f"  {item.year} {item.category} [{item.share}] : "
            if lang == "fr"
            else f"  {item.year} {item.category} [{item.share}]: "
        )
        out[-1] += pick(
            lang,
            f"atteint {achieved} / objectif {format_pct(item.target_pct, lang)} / "
            f"minimum légal {minimum} — {reached}",
            f"achieved {achieved} / target {format_pct(item.target_pct, lang)} / "
            f"legal minimum {minimum} — {reached}",
        )
    return out


def _sheet_lines(summary: LedgerSummary) -> list[str]:
    """Each workbook sheet read and its line count."""
    return [
        f"  {ledger.path}[{sheet}]: {count}"
        for ledger in summary.files
        for sheet, count in ledger.sheets
    ]


def _unclassified_lines(summary: LedgerSummary, lang: Lang) -> list[str]:
    out: list[str] = []
    for item in summary.unmapped:
        top = ", ".join(f"{c.cpv} ({format_money(c.total_ht, lang)})" for c in item.top_cpv[:5])
        out.append(
            pick(
                lang,
                f"Lignes non classées {item.year} ({item.regime_id}) : {item.line_count} lignes, "
                f"{format_money(item.total_ht, lang)} ; dont sans CPV : "
                f"{item.without_cpv_line_count} ; principaux CPV : {top or '—'}",
                f"Unclassified lines {item.year} ({item.regime_id}): {item.line_count} lines, "
                f"{format_money(item.total_ht, lang)}; without CPV: {item.without_cpv_line_count}; "
                f"top CPV: {top or '—'}",
            )
        )
    out.extend(
        pick(
            lang,
            f"Lignes hors de toute période réglementaire {outside.year} : "
            f"{outside.line_count} lignes, {format_money(outside.total_ht, lang)}",
            f"Lines outside any regulatory period {outside.year}: {outside.line_count} lines, "
            f"{format_money(outside.total_ht, lang)}",
        )
        for outside in summary.outside_regime
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
    out: list[str] = [
        pick(lang, "# Parts d'achats par catégorie", "# Purchase shares per category")
    ]
    header = pick(
        lang,
        "| Catégorie | Période | Part | Mesuré | Minimum | Statut | Total HT | Manque HT |",
        "| Category | Period | Share | Measured | Minimum | Status | Total | Missing |",
    )
    for year in result.years:
        out += [
            "",
            f"## {year.year}",
            "",
            header,
            "| --- | --- | --- | ---: | --- | --- | ---: | ---: |",
        ]
        for m in year.measures:
            share = "—" if m.share_pct is None else format_pct(m.share_pct, lang)
            missing = "" if m.missing_eur_ht is None else format_money(m.missing_eur_ht, lang)
            out.append(
                f"| `{m.category}` | {m.data_period} | {_share(m, lang)} | {share} | "
                f"{_minimum(m, lang)} | {status_label(m.status, lang)} | "
                f"{format_money(m.total_eur_ht, lang)} | {missing} |"
            )
    lines = _unclassified_lines(result.summary, lang)
    if lines:
        out += ["", pick(lang, "## Lignes non classées", "## Unclassified lines"), ""]
        out += [f"- {line}" for line in lines]
    if result.notes:
        out += ["", pick(lang, "## Remarques", "## Notes"), ""] + [f"- {n}" for n in result.notes]
    return "\n".join(out) + "\n"


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
