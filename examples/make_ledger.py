"""Write the fictional purchase ledger of « Ville d'Exemple » as CSV, XLSX and ODS, reproducibly.

About 3,000 purchases over 2023-2025, so 2024 straddles the change of decree on 1 July. Every
supplier is invented. The CSV is what a French finance package exports (UTF-8 with BOM, `;`,
`1 234,56` with a no-break space, `DD/MM/YYYY`, `oui`/`non`); the spreadsheets hold typed cells
(date cells, numeric amounts). The three files give identical summaries (a test checks it).

Run: `python examples/make_ledger.py` (needs openpyxl and odfpy, development dependencies only).
"""

from __future__ import annotations

import csv
import random
import re
import zipfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEM = "ledger-ville-exemple"
HEADER = (
    "Date",
    "Montant HT",
    "Code CPV",
    "Libellé",
    "Fournisseur",
    "Réemploi",
    "Recyclé",
    "Catégorie",
)
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)

# (CPV, description, min € HT, max € HT, weight, share reused, share recycled)
CATALOGUE: tuple[tuple[str, str, int, int, int, float, float], ...] = (
    ("30213100-6", "Ordinateurs portables pour les services", 650, 9_000, 10, 0.25, 0.0),
    ("30213300-8", "Ordinateurs de bureau", 550, 6_000, 6, 0.2, 0.0),
    ("30231300", "Écrans 24 pouces", 150, 2_400, 5, 0.15, 0.0),
    ("32250000-0", "Téléphones mobiles", 180, 3_500, 6, 0.3, 0.0),
    ("48820000-2", "Serveur pour la salle informatique", 3_000, 18_000, 1, 0.1, 0.0),
    ("38652120-7", "Vidéoprojecteur salle du conseil", 400, 1_800, 1, 0.1, 0.0),
    ("30232110-8", "Imprimantes laser", 200, 2_500, 3, 0.1, 0.0),
    ("30120000-6", "Copieur multifonction", 1_500, 7_000, 1, 0.2, 0.0),
    ("30125100-2", "Cartouches de toner", 40, 1_200, 10, 0.3, 0.1),
    ("30197643", "Ramettes de papier pour photocopie A4", 30, 1_500, 12, 0.0, 0.6),
    ("30192000-1", "Fournitures de bureau", 15, 900, 14, 0.0, 0.3),
    ("39130000-2", "Mobilier de bureau", 200, 8_000, 4, 0.3, 0.1),
    ("18100000-0", "Vêtements de travail des services techniques", 100, 4_000, 4, 0.05, 0.2),
    ("34110000-1", "Véhicule de service", 12_000, 32_000, 1, 0.2, 0.0),
    ("34430000-0", "Vélos de service", 300, 2_400, 1, 0.3, 0.0),
    ("79000000-4", "Prestations de services aux entreprises", 500, 15_000, 5, 0.0, 0.0),
    ("72000000-5", "Maintenance du logiciel de gestion", 800, 12_000, 3, 0.0, 0.0),
    ("", "Réception des vœux du maire", 200, 5_000, 2, 0.0, 0.0),
)
SUPPLIERS = (
    "Atelier Numérique d'Exemple",
    "Bureautique des Tilleuls (fictif)",
    "Papeterie du Moulin Imaginaire",
    "Mobilier des Quatre Vents (fictif)",
    "Textiles de la Vallée Fictive",
    "Garage des Exemples",
    "Cycles du Canal Imaginaire",
    "Conseil & Associés d'Exemple",
)
FIRST_DAY = date(2023, 1, 1)
DAYS = (date(2025, 12, 31) - FIRST_DAY).days + 1
LINES = 3_000
V2_START = date(2024, 7, 1)


def make_rows() -> list[tuple[date, Decimal, str, str, str, bool, bool, str]]:
    """Draw the ledger's rows from a seeded generator, sorted by date."""
    rng = random.Random(2024)  # noqa: S311 - fictional data, not cryptography
    weights = [item[4] for item in CATALOGUE]
    rows = []
    for _ in range(LINES):
        cpv, label, low, high, _weight, reused, recycled = rng.choices(CATALOGUE, weights)[0]
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        amount = Decimal(rng.randrange(low * 100, high * 100)) / 100
        reuse = rng.random() < reused
        is_recycled = rng.random() < recycled
        description = label
        if rng.random() < 0.02:  # noqa: PLR2004 - about 2 % of lines are credit notes
            amount = -amount
            description = f"Avoir : {label.lower()}"
        category = ""
        if day >= V2_START and "Vélos" in label and rng.random() < 0.5:  # noqa: PLR2004
            category = "Engins de transport et pièces détachées"  # an explicit category, by label
        supplier = rng.choice(SUPPLIERS)
        rows.append((day, amount, cpv, description, supplier, reuse, is_recycled, category))
    rows.sort(key=lambda row: (row[0], row[3], row[1]))
    return rows


def french_amount(amount: Decimal) -> str:
    """Format like a French export: `-1 234,56` with a no-break space."""
    text = f"{amount:,.2f}"
    return text.replace(",", "\u00a0").replace(".", ",")


def oui_non(flag: bool) -> str:  # noqa: FBT001 - a plain formatter
    """Return `oui` or `non`."""
    return "oui" if flag else "non"


def write_csv(rows: list[tuple[date, Decimal, str, str, str, bool, bool, str]]) -> Path:
    """Write the CSV export (UTF-8 with BOM, `;`)."""
    path = HERE / f"{STEM}.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        for day, amount, cpv, label, supplier, reuse, recycled, category in rows:
            writer.writerow(
                (
                    day.strftime("%d/%m/%Y"),
                    french_amount(amount),
                    cpv,
                    label,
                    supplier,
                    oui_non(reuse),
                    oui_non(recycled),
                    category,
                )
            )
    return path


def write_xlsx(rows: list[tuple[date, Decimal, str, str, str, bool, bool, str]]) -> Path:
    """Write the XLSX workbook with date and numeric cells."""
    from datetime import datetime  # noqa: PLC0415

    import openpyxl  # noqa: PLC0415 - generation-time dependency only

    path = HERE / f"{STEM}.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None  # noqa: S101 - a new workbook has one sheet
    sheet.title = "Mandats"
    sheet.append(HEADER)
    for day, amount, cpv, label, supplier, reuse, recycled, category in rows:
        sheet.append(
            [day, float(amount), cpv, label, supplier, oui_non(reuse), oui_non(recycled), category]
        )
        sheet.cell(sheet.max_row, 1).number_format = "DD/MM/YYYY"
        sheet.cell(sheet.max_row, 2).number_format = "#,##0.00"
    workbook.properties.created = datetime(2024, 1, 1)  # noqa: DTZ001 - fixed, for reproducible bytes
    workbook.properties.modified = datetime(2024, 1, 1)  # noqa: DTZ001
    workbook.save(path)
    return path


def write_ods(rows: list[tuple[date, Decimal, str, str, str, bool, bool, str]]) -> Path:
    """Write the ODS spreadsheet with date and float cells."""
    from odf.opendocument import OpenDocumentSpreadsheet  # noqa: PLC0415
    from odf.table import Table, TableCell, TableRow  # noqa: PLC0415
    from odf.text import P  # noqa: PLC0415

    def text_cell(value: str) -> TableCell:
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=value))
        return cell

    path = HERE / f"{STEM}.ods"
    document = OpenDocumentSpreadsheet()
    table = Table(name="Mandats")
    header = TableRow()
    for title in HEADER:
        header.addElement(text_cell(title))
    table.addElement(header)
    for day, amount, cpv, label, supplier, reuse, recycled, category in rows:
        row = TableRow()
        when = TableCell(valuetype="date", datevalue=day.isoformat())
        when.addElement(P(text=day.strftime("%d/%m/%Y")))
        row.addElement(when)
        money = TableCell(valuetype="float", value=str(amount))
        money.addElement(P(text=french_amount(amount)))
        row.addElement(money)
        for value in (cpv, label, supplier, oui_non(reuse), oui_non(recycled), category):
            row.addElement(text_cell(value) if value else TableCell())
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def freeze_zip_times(path: Path) -> None:
    """Rewrite a zip with fixed entry times, keeping order and compression, for stable bytes."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in entries:
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(  # noqa: PLW2901 - the entry's bytes, normalised
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            target.writestr(fixed, data)


def main() -> None:
    """Generate the three files next to this script."""
    rows = make_rows()
    print(write_csv(rows))
    for writer in (write_xlsx, write_ods):
        path = writer(rows)
        freeze_zip_times(path)
        print(path)


if __name__ == "__main__":
    main()
